#include "ParticipantPicker.h"

#include "ChipFlowLayout.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport::ui {

ParticipantPicker::ParticipantPicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new QWidget(this);
    m_chipLayout = new ChipFlowLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chips->setVisible(false);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Type a name, then press Enter"));
    m_edit->setAccessibleName(tr("Participants"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    // While the completer's popup is open it hands keys to the line edit directly, past
    // our event filter; Enter still ends here.
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            addByName(m_edit->text());
    });
    layout->addWidget(m_chips);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);
    // The completer fills the line edit before its Enter reaches our filter; adding the chip
    // later, and only if the text is still that name, keeps one Enter from also saving.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        QTimer::singleShot(0, this, [this, text] {
            if (m_edit->text() == text)
                addByName(text);
        });
    });
}

void ParticipantPicker::setCandidates(const QList<Candidate> &candidates)
{
    m_candidates = candidates;
    QStringList names;
    names.reserve(candidates.size());
    for (const Candidate &candidate : candidates)
        names << displayName(candidate);
    m_names->setStringList(names);
}

QString ParticipantPicker::displayName(const Candidate &candidate) const
{
    // Two colleagues may share a name; the id tells them apart in the completer.
    const auto same = std::count_if(m_candidates.cbegin(), m_candidates.cend(), [&](const Candidate &other) {
        return other.name.compare(candidate.name, Qt::CaseInsensitive) == 0;
    });
    return same > 1 ? tr("%1 (#%2)").arg(candidate.name).arg(candidate.id) : candidate.name;
}

QList<core::Id> ParticipantPicker::participants() const
{
    QList<core::Id> ids;
    for (const Candidate &chosen : m_chosen)
        ids << chosen.id;
    return ids;
}

void ParticipantPicker::addParticipant(core::Id id, const QString &name)
{
    if (std::any_of(m_chosen.cbegin(), m_chosen.cend(), [id](const Candidate &c) { return c.id == id; }))
        return;
    m_chosen.append({id, name});
    auto *chip = new QToolButton(m_chips);
    chip->setObjectName(QStringLiteral("chip%1").arg(id));
    chip->setText(tr("%1 ✕").arg(name));
    chip->setAccessibleName(tr("Remove %1").arg(name));
    chip->setToolTip(tr("Remove %1 from this interaction").arg(name));
    chip->setAutoRaise(false);
    connect(chip, &QToolButton::clicked, this, [this, id] { removeParticipant(id); });
    m_chipLayout->addWidget(chip);
    m_chips->setVisible(true);
    Q_EMIT participantsChanged();
}

bool ParticipantPicker::addByName(const QString &text)
{
    const QString wanted = text.simplified();
    QList<Candidate> partial;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        const QString shown = displayName(candidate);
        if (shown.compare(wanted, Qt::CaseInsensitive) == 0) {
            partial = {candidate};
            break;
        }
        if (shown.contains(wanted, Qt::CaseInsensitive))
            partial << candidate;
    }
    // A part of one name is enough ("silva"); a part of several is not a choice.
    if (partial.size() == 1) {
        addParticipant(partial.constFirst().id, partial.constFirst().name);
        m_edit->clear();
        m_completer->popup()->hide();
        return true;
    }
    if (partial.isEmpty()) {
        Q_EMIT refused(tr("No active colleague is called \"%1\".").arg(wanted));
    } else {
        QStringList names;
        for (const Candidate &candidate : std::as_const(partial))
            names << displayName(candidate);
        Q_EMIT refused(tr("\"%1\" matches %2; type more of the name.").arg(wanted, names.join(QStringLiteral(", "))));
    }
    return false;
}

void ParticipantPicker::removeParticipant(core::Id id)
{
    const auto it = std::find_if(m_chosen.begin(), m_chosen.end(), [id](const Candidate &c) { return c.id == id; });
    if (it == m_chosen.end())
        return;
    m_chosen.erase(it);
    if (auto *chip = m_chips->findChild<QToolButton *>(QStringLiteral("chip%1").arg(id))) {
        m_chipLayout->removeWidget(chip);
        chip->deleteLater();
    }
    m_chips->setVisible(!m_chosen.isEmpty());
    m_edit->setFocus(Qt::OtherFocusReason);
    Q_EMIT participantsChanged();
}

void ParticipantPicker::removeLast()
{
    if (!m_chosen.isEmpty())
        removeParticipant(m_chosen.constLast().id);
}

bool ParticipantPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_edit->text().trimmed().isEmpty()) {
            // A name in the field: Enter chooses it; only an empty field lets Enter save.
            addByName(m_edit->text());
            return true;
        }
        if (key->key() == Qt::Key_Backspace && m_edit->text().isEmpty() && !m_chosen.isEmpty()) {
            removeLast();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rapport::ui

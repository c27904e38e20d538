#include "FactsPanel.h"

#include "services/Journal.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {
namespace {

constexpr int kDefaultFollowUpDays = 7;

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FactsPanel::FactsPanel(core::Journal &journal, QWidget *parent) : QWidget(parent), m_journal(journal)
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("rememberText"));
    m_text->setPlaceholderText(tr("Remember something…"));
    m_text->setAccessibleName(tr("Something to remember"));
    m_text->setMaxLength(core::kMaxTextLength);

    m_withFollowUp = new QCheckBox(tr("Follow up on"), this);
    m_withFollowUp->setObjectName(QStringLiteral("rememberWithFollowUp"));
    m_followUpOn = new QDateEdit(this);
    m_followUpOn->setObjectName(QStringLiteral("rememberFollowUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setAccessibleName(tr("Follow-up date"));
    m_followUpOn->setEnabled(false);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("rememberAdd"));
    m_add->setAccessibleName(tr("Add what to remember"));

    connect(m_withFollowUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);
    connect(m_add, &QPushButton::clicked, this, &FactsPanel::add);
    connect(m_text, &QLineEdit::returnPressed, this, &FactsPanel::add);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_text, 1);
    addRow->addWidget(m_withFollowUp);
    addRow->addWidget(m_followUpOn);
    addRow->addWidget(m_add);

    m_followUpsTitle = new QLabel(tr("Follow-ups"), this);
    QFont bold = m_followUpsTitle->font();
    bold.setBold(true);
    m_followUpsTitle->setFont(bold);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_facts = new QWidget(this);
    m_layout->addWidget(m_facts);
    m_layout->addLayout(addRow);
    m_layout->addWidget(m_followUpsTitle);
    m_followUps = new QWidget(this);
    m_layout->addWidget(m_followUps);
}

void FactsPanel::setColleague(core::Id id)
{
    if (id != m_id) {
        m_text->clear();
        m_withFollowUp->setChecked(false);
        m_followUpOn->setDate(m_journal.clock().today().addDays(kDefaultFollowUpDays));
    }
    m_id = id;
    reload();
}

QWidget *FactsPanel::replaceList(QWidget *&current, QVBoxLayout *into, int at)
{
    // The old list goes later, not now: this may run inside one of its check boxes' signals.
    auto *fresh = new QWidget(this);
    auto *list = new QVBoxLayout(fresh);
    list->setContentsMargins(0, 0, 0, 0);
    into->insertWidget(at, fresh);
    current->hide();
    current->setParent(nullptr);
    current->deleteLater();
    current = fresh;
    return fresh;
}

void FactsPanel::reload()
{
    auto facts = m_journal.repositories().facts.listForColleague(m_id);
    auto followUps = m_journal.repositories().facts.followUpsForColleague(m_id);
    if (!facts || !followUps) {
        Q_EMIT statusMessage((facts ? followUps.error() : facts.error()).message);
        return;
    }

    QWidget *factList = replaceList(m_facts, m_layout, m_layout->indexOf(m_facts));
    if (facts->isEmpty()) {
        auto *empty = new QLabel(tr("Nothing noted yet. Small details — a favourite coffee, a trip, a child's first "
                                    "school day — are worth remembering and asking about later."),
                                 factList);
        empty->setWordWrap(true);
        factList->layout()->addWidget(empty);
    }
    for (const core::Fact &fact : std::as_const(*facts)) {
        QString text = tr("%1 — %2").arg(dateText(fact.notedOn), fact.text);
        if (fact.followUpOn)
            text = tr("%1 (follow up on %2)").arg(text, dateText(*fact.followUpOn));
        auto *label = plainLabel(text, factList);
        label->setObjectName(QStringLiteral("fact"));
        factList->layout()->addWidget(label);
    }

    QWidget *followUpList = replaceList(m_followUps, m_layout, m_layout->indexOf(m_followUps));
    const QDate today = m_journal.clock().today();
    for (const core::FollowUp &f : std::as_const(*followUps)) {
        QString when;
        if (f.doneOn)
            when = tr("done %1").arg(dateText(*f.doneOn));
        else if (f.dueOn < today)
            when = tr("was due %1").arg(dateText(f.dueOn));
        else
            when = tr("due %1").arg(dateText(f.dueOn));
        // QCheckBox shows its text as plain text, so what the user wrote is safe here.
        auto *box = new QCheckBox(tr("%1 — %2").arg(f.what, when), followUpList);
        box->setObjectName(QStringLiteral("followUpDone"));
        box->setProperty("followUpId", QVariant::fromValue(f.id));
        box->setChecked(f.doneOn.has_value());
        box->setAccessibleDescription(tr("Check when done"));
        const core::Id id = f.id;
        connect(box, &QCheckBox::toggled, this, [this, id](bool done) { setFollowUpDone(id, done); });
        followUpList->layout()->addWidget(box);
    }
    m_followUpsTitle->setVisible(!followUps->isEmpty());
}

void FactsPanel::add()
{
    const QString text = m_text->text().trimmed();
    if (m_id == 0)
        return;
    if (text.isEmpty()) {
        Q_EMIT statusMessage(tr("Write what to remember first."));
        m_text->setFocus();
        return;
    }
    core::Fact fact{0, m_id, text, m_journal.clock().today(), std::nullopt};
    if (m_withFollowUp->isChecked())
        fact.followUpOn = m_followUpOn->date();
    auto added = m_journal.addFact(fact);
    if (!added) {
        Q_EMIT statusMessage(added.error().message);
        return;
    }
    m_text->clear();
    m_withFollowUp->setChecked(false);
    Q_EMIT statusMessage(fact.followUpOn ? tr("Remembered, with a follow-up on %1.").arg(dateText(*fact.followUpOn))
                                         : tr("Remembered."));
}

void FactsPanel::setFollowUpDone(core::Id id, bool done)
{
    const auto status = m_journal.completeFollowUp(id, done ? std::optional<QDate>(m_journal.clock().today()) : std::nullopt);
    if (!status)
        Q_EMIT statusMessage(status.error().message);
    else
        Q_EMIT statusMessage(done ? tr("Follow-up done.") : tr("Follow-up open again."));
}

} // namespace rapport::ui

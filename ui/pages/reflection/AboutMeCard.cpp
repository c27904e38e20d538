#include "AboutMeCard.h"

#include "dialogs/DialogSupport.h"
#include "services/Journal.h"
#include "services/ReflectionOverview.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

AboutMeCard::AboutMeCard(core::Journal &journal, QWidget *parent)
    : QFrame(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("aboutMeCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("About me"), this);
    QFont heading = title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    title->setFont(heading);
    auto *why = new QLabel(tr("Knowing yourself comes first: how you sound under pressure, what you bring, and "
                              "how many relationships you can truly keep up."),
                           this);
    why->setWordWrap(true);
    why->setForegroundRole(QPalette::PlaceholderText);

    m_general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_general);
    m_style = textField(QStringLiteral("communicationStyle"), tr("Communication style"),
                        tr("e.g. direct; I go quiet under pressure and need a moment to answer"));
    m_strengths = textField(QStringLiteral("strengths"), tr("Strengths"), tr("e.g. patient explainer, calm in incidents"));
    m_growth = textField(QStringLiteral("growthAreas"), tr("Growth areas"),
                         tr("e.g. asking for help earlier; saying no kindly"));

    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setAccessibleName(tr("Relationship capacity"));
    m_capacity->setRange(1, core::kMaxCapacity);
    m_capacity->setSuffix(tr(" relationships"));
    connect(m_capacity, &QSpinBox::valueChanged, this, [this] {
        setDirty(true);
        updateCapacity();
    });
    m_capacityText = new QLabel(this);
    m_capacityText->setObjectName(QStringLiteral("capacityText"));
    m_capacityText->setWordWrap(true);
    m_capacityText->setTextFormat(Qt::PlainText);

    m_save = new QPushButton(tr("&Save about me"), this);
    m_save->setObjectName(QStringLiteral("saveAboutMe"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &AboutMeCard::save);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Co&mmunication style:"), m_errors->wrap(QStringLiteral("communication_style"), m_style));
    form->addRow(tr("S&trengths:"), m_errors->wrap(QStringLiteral("strengths"), m_strengths));
    form->addRow(tr("&Growth areas:"), m_errors->wrap(QStringLiteral("growth_areas"), m_growth));
    form->addRow(tr("&Capacity:"), m_errors->wrap(QStringLiteral("capacity"), m_capacity));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_capacityText);
    layout->addWidget(m_general);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addStretch();

    connect(&m_journal, &core::Journal::changed, this, &AboutMeCard::reload);
    reload();
}

AboutMeCard::~AboutMeCard() = default;

QPlainTextEdit *AboutMeCard::textField(const QString &objectName, const QString &accessibleName,
                                       const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    submitOnCtrlEnter(edit, [this] { save(); });
    return edit;
}

void AboutMeCard::reload()
{
    core::ReflectionQuery query(m_journal);
    if (auto count = query.cadencedColleagues())
        m_cadenced = *count;
    if (!m_dirty) {
        const auto about = query.aboutMe();
        if (!about) {
            Q_EMIT statusMessage(about.error().message);
            return;
        }
        const QScopedValueRollback loading(m_loading, true);
        m_style->setPlainText(about->communicationStyle);
        m_strengths->setPlainText(about->strengths);
        m_growth->setPlainText(about->growthAreas);
        m_capacity->setValue(about->capacity);
    }
    updateCapacity();
}

bool AboutMeCard::save()
{
    m_errors->clear();
    core::AboutMe about;
    about.communicationStyle = m_style->toPlainText();
    about.strengths = m_strengths->toPlainText();
    about.growthAreas = m_growth->toPlainText();
    about.capacity = m_capacity->value();
    // Saved first, so the journal's change signal finds nothing unsaved to keep.
    const bool wasDirty = m_dirty;
    setDirty(false);
    if (auto saved = m_journal.setAboutMe(about); !saved) {
        setDirty(wasDirty);
        m_errors->show(saved.error());
        return false;
    }
    Q_EMIT statusMessage(tr("About me saved; Ctrl+Z takes it back"));
    return true;
}

void AboutMeCard::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
}

QString AboutMeCard::capacityText() const
{
    const int capacity = m_capacity->value();
    const QString keep = tr("You keep a touchbase cadence with %n colleague(s)", nullptr, m_cadenced);
    if (m_cadenced > capacity)
        return tr("%1, more than your capacity of %2. Don't stretch yourself too thin: a longer cadence or "
                  "fewer cadences keeps the rest real.")
            .arg(keep)
            .arg(capacity);
    return tr("%1, within your capacity of %2.").arg(keep).arg(capacity);
}

void AboutMeCard::updateCapacity()
{
    m_capacityText->setText(capacityText());
}

} // namespace rapport::ui

#include "GratitudeEntry.h"

#include "models/GratitudeModel.h"
#include "services/Journal.h"
#include "services/JournalQuery.h"
#include "widgets/ColleagueCombo.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::ui {

GratitudeEntry::GratitudeEntry(core::Journal &journal, Shape shape, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_colleague = makeColleagueCombo(this, QStringLiteral("entryColleague"), tr("Colleague to thank or thanked by"), 14);
    m_colleague->lineEdit()->setPlaceholderText(tr("Colleague"));

    m_what = new QLineEdit(this);
    m_what->setObjectName(QStringLiteral("entryWhat"));
    m_what->setAccessibleName(tr("What for"));
    m_what->setPlaceholderText(tr("What for, specifically"));
    m_what->setMaxLength(core::kMaxTextLength);

    m_date = new QDateEdit(m_journal.clock().today(), this);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_date->setDisplayFormat(format);

    m_direction = new QButtonGroup(this);
    auto *given = new QPushButton(GratitudeModel::directionLabel(core::GratitudeDirection::Given), this);
    given->setObjectName(QStringLiteral("entryGiven"));
    given->setAccessibleName(tr("Thanks given"));
    auto *received = new QPushButton(GratitudeModel::directionLabel(core::GratitudeDirection::Received), this);
    received->setObjectName(QStringLiteral("entryReceived"));
    received->setAccessibleName(tr("Thanks received"));
    for (QPushButton *button : {given, received}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
    }
    m_direction->addButton(given, static_cast<int>(core::GratitudeDirection::Given));
    m_direction->addButton(received, static_cast<int>(core::GratitudeDirection::Received));
    given->setChecked(true);

    m_where = new QComboBox(this);
    m_where->setObjectName(QStringLiteral("entryWhere"));
    m_where->setAccessibleName(tr("Where"));
    for (const auto where : {core::GratitudeWhere::Private, core::GratitudeWhere::Public})
        m_where->addItem(GratitudeModel::whereLabel(where), static_cast<int>(where));

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("entryAdd"));
    m_add->setAccessibleName(tr("Add thanks"));

    m_colleagueError = errorLabel(QStringLiteral("colleagueError"));
    m_whatError = errorLabel(QStringLiteral("whatError"));
    m_dateError = errorLabel(QStringLiteral("dateError"));

    if (shape == Shape::Row)
        layOutRow(given, received);
    else
        layOutForm(given, received);

    connect(m_add, &QPushButton::clicked, this, &GratitudeEntry::submit);
    connect(m_what, &QLineEdit::returnPressed, this, &GratitudeEntry::submit);
    connect(m_colleague->lineEdit(), &QLineEdit::returnPressed, this, &GratitudeEntry::submit);
    connect(&m_journal, &core::Journal::changed, this, &GratitudeEntry::refreshColleagues);
    refreshColleagues();
}

GratitudeEntry::~GratitudeEntry() = default;

void GratitudeEntry::layOutRow(QWidget *given, QWidget *received)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_colleague, 0, 0);
    grid->addWidget(m_what, 0, 1);
    grid->addWidget(m_date, 0, 2);
    grid->addWidget(given, 0, 3);
    grid->addWidget(received, 0, 4);
    grid->addWidget(m_where, 0, 5);
    grid->addWidget(m_add, 0, 6);
    grid->addWidget(m_colleagueError, 1, 0);
    grid->addWidget(m_whatError, 1, 1);
    grid->addWidget(m_dateError, 1, 2, 1, 5);
    grid->setColumnStretch(1, 1);
}

// Labels and errors under each field; the Add button, renamed "Thank", is left for the
// dialog's button row (submitButton()).
void GratitudeEntry::layOutForm(QWidget *given, QWidget *received)
{
    const auto stacked = [this](QWidget *field, QLabel *error) {
        auto *box = new QWidget(this);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(error);
        return box;
    };
    auto *directions = new QWidget(this);
    auto *directionRow = new QHBoxLayout(directions);
    directionRow->setContentsMargins(0, 0, 0, 0);
    directionRow->addWidget(given);
    directionRow->addWidget(received);
    directionRow->addStretch();

    m_what->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_add->setText(tr("&Thank"));
    m_add->setDefault(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Colleague:"), stacked(m_colleague, m_colleagueError));
    form->addRow(tr("&What for:"), stacked(m_what, m_whatError));
    form->addRow(tr("&Date:"), stacked(m_date, m_dateError));
    form->addRow(tr("Direction:"), directions);
    form->addRow(tr("W&here:"), m_where);
}

void GratitudeEntry::setWhat(const QString &what)
{
    m_what->setText(what);
    m_what->selectAll();
}

void GratitudeEntry::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QLabel *GratitudeEntry::errorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(link);"));
    label->hide();
    return label;
}

void GratitudeEntry::refreshColleagues()
{
    const auto colleagues = core::JournalQuery(m_journal).colleagues();
    if (!colleagues) {
        Q_EMIT statusMessage(colleagues.error().message);
        return;
    }
    const core::Id current = chosenColleague();
    const QString typed = m_colleague->currentText();
    const QSignalBlocker blocker(m_colleague);
    m_colleague->clear();
    for (const auto &c : *colleagues) {
        if (!c.archived)
            m_colleague->addItem(c.name, c.id);
    }
    const int keep = m_colleague->findData(current);
    m_colleague->setCurrentIndex(keep);
    if (keep < 0)
        m_colleague->setEditText(current > 0 ? QString() : typed);
}

core::Id GratitudeEntry::chosenColleague() const
{
    // The typed name decides: a completer may leave the index on an older choice.
    const int match = m_colleague->findText(m_colleague->currentText().trimmed(), Qt::MatchFixedString);
    return match >= 0 ? m_colleague->itemData(match).toLongLong() : 0;
}

void GratitudeEntry::prefill(core::Id colleagueId)
{
    clearErrors();
    m_colleague->setCurrentIndex(m_colleague->findData(colleagueId));
    m_direction->button(static_cast<int>(core::GratitudeDirection::Given))->setChecked(true);
    m_date->setDate(m_journal.clock().today());
    m_what->setFocus(Qt::OtherFocusReason);
    m_what->selectAll();
}

bool GratitudeEntry::submit()
{
    clearErrors();
    core::Gratitude entry;
    entry.colleagueId = chosenColleague();
    if (entry.colleagueId == 0) {
        showError(QStringLiteral("colleague"), m_colleague->currentText().trimmed().isEmpty()
                                                   ? tr("Choose a colleague.")
                                                   : tr("No colleague is called \"%1\".").arg(m_colleague->currentText().trimmed()));
        return false;
    }
    entry.what = m_what->text().trimmed();
    entry.date = m_date->date();
    entry.direction = static_cast<core::GratitudeDirection>(m_direction->checkedId());
    entry.where = static_cast<core::GratitudeWhere>(m_where->currentData().toInt());
    const auto id = m_journal.addGratitude(entry);
    if (!id) {
        showError(id.error().field, id.error().message);
        return false;
    }
    m_what->clear();
    m_what->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Thanks logged; Ctrl+Z takes it back"));
    Q_EMIT added(*id);
    return true;
}

void GratitudeEntry::showError(const QString &field, const QString &message)
{
    QLabel *label = m_whatError;
    QWidget *focus = m_what;
    if (field == QLatin1String("date")) {
        label = m_dateError;
        focus = m_date;
    } else if (field.startsWith(QLatin1String("colleague"))) {
        label = m_colleagueError;
        focus = m_colleague;
    }
    label->setText(message);
    label->show();
    focus->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(message);
}

void GratitudeEntry::clearErrors()
{
    for (QLabel *label : {m_colleagueError, m_whatError, m_dateError}) {
        label->clear();
        label->hide();
    }
}

} // namespace rapport::ui

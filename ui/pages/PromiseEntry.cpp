#include "PromiseEntry.h"

#include "dialogs/DialogSupport.h"
#include "services/Journal.h"
#include "services/PromisesOverview.h"
#include "widgets/ColleagueCombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace rapport::ui {
namespace {

constexpr int kDefaultDueDays = 7;
const QString kColleagueField = QStringLiteral("colleague_id");

} // namespace

PromiseEntry::PromiseEntry(core::Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_general = FieldErrors::makeErrorLabel(this);
    m_errors = std::make_unique<FieldErrors>(m_general);

    m_colleague = makeColleagueCombo(this, QStringLiteral("promiseColleague"), tr("Promise with"), 14);
    m_colleague->lineEdit()->setPlaceholderText(tr("Colleague"));

    m_what = new QLineEdit(this);
    m_what->setObjectName(QStringLiteral("promiseWhat"));
    m_what->setAccessibleName(tr("What was promised"));
    m_what->setPlaceholderText(tr("What was promised"));
    connect(m_what, &QLineEdit::returnPressed, this, &PromiseEntry::submit);

    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("promiseDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDate(m_journal.clock().today().addDays(kDefaultDueDays));

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("promiseDirection"));
    m_direction->setAccessibleName(tr("Who promised"));
    m_direction->addItem(tr("I promised"), static_cast<int>(core::CommitmentDirection::Mine));
    m_direction->addItem(tr("They promised"), static_cast<int>(core::CommitmentDirection::Theirs));

    m_add = new QPushButton(tr("&Record promise"), this);
    m_add->setObjectName(QStringLiteral("recordPromise"));
    m_add->setAccessibleName(tr("Record promise"));
    connect(m_add, &QPushButton::clicked, this, &PromiseEntry::submit);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_errors->wrap(kColleagueField, m_colleague), 0, 0, Qt::AlignTop);
    grid->addWidget(m_errors->wrap(QStringLiteral("what"), m_what), 0, 1, Qt::AlignTop);
    grid->addWidget(m_errors->wrap(QStringLiteral("due_on"), m_due), 0, 2, Qt::AlignTop);
    grid->addWidget(m_direction, 0, 3, Qt::AlignTop);
    grid->addWidget(m_add, 0, 4, Qt::AlignTop);
    grid->addWidget(m_general, 1, 0, 1, 5);
    grid->setColumnStretch(1, 1);

    connect(&m_journal, &core::Journal::changed, this, &PromiseEntry::refreshColleagues);
    refreshColleagues();
}

PromiseEntry::~PromiseEntry() = default;

void PromiseEntry::refreshColleagues()
{
    const QString typed = m_colleague->currentText();
    const QSignalBlocker block(m_colleague);
    m_colleague->clear();
    if (const auto refs = core::PromisesOverview(m_journal).colleagues()) {
        for (const auto &ref : *refs)
            m_colleague->addItem(ref.name, ref.id);
    }
    m_colleague->setCurrentIndex(-1);
    m_colleague->setEditText(typed);
}

void PromiseEntry::setColleague(core::Id colleagueId)
{
    const int index = m_colleague->findData(colleagueId);
    if (index >= 0)
        m_colleague->setCurrentIndex(index);
    m_what->setFocus(Qt::OtherFocusReason);
}

std::optional<core::Id> PromiseEntry::chosenColleague() const
{
    const QString typed = m_colleague->currentText().trimmed();
    // The typed name decides: the index may linger from an earlier pick.
    for (int i = 0; i < m_colleague->count(); ++i) {
        if (m_colleague->itemText(i).compare(typed, Qt::CaseInsensitive) == 0)
            return m_colleague->itemData(i).toLongLong();
    }
    return std::nullopt;
}

bool PromiseEntry::submit()
{
    const auto colleague = chosenColleague();
    if (!colleague) {
        m_errors->show(core::Error::inField(kColleagueField, m_colleague->currentText().trimmed().isEmpty()
                                                                 ? tr("Who is the promise with?")
                                                                 : tr("Choose a colleague from the list.")));
        return false;
    }
    core::Commitment promise;
    promise.colleagueId = *colleague;
    promise.what = m_what->text().trimmed();
    promise.direction = static_cast<core::CommitmentDirection>(m_direction->currentData().toInt());
    promise.madeOn = m_journal.clock().today();
    promise.dueOn = m_due->date();
    const auto added = m_journal.addCommitment(promise);
    if (!added) {
        core::Error error = added.error();
        if (error.field == QLatin1String("made_on"))
            error.field = QStringLiteral("due_on"); // the made-on date is today, not a field here
        m_errors->show(error);
        return false;
    }
    m_errors->clear();
    m_what->clear();
    m_due->setDate(m_journal.clock().today().addDays(kDefaultDueDays));
    m_what->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Promise recorded. Ctrl+Z undoes it."));
    Q_EMIT recorded(*added);
    return true;
}

} // namespace rapport::ui

#include "DueList.h"

#include "metrics/Timeline.h"
#include "storage/DueQueries.h"
#include "storage/ReminderStateRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DueList", text);
}

// The latest day on or before `on` that is the birthday month * 100 + day: the occurrence
// a snoozed birthday reminder stands for. 29 February falls on the 28th in common years.
Day lastBirthday(int monthDay, const QDate &on)
{
    const int month = monthDay / 100;
    for (int year = on.year(); year >= on.year() - 1; --year) {
        const int day = month == 2 && monthDay % 100 == 29 && !QDate::isLeapYear(year) ? 28 : monthDay % 100;
        const QDate date(year, month, day);
        if (date.isValid() && date <= on)
            return toDay(date);
    }
    return toDay(on);
}

// What the user did with reminders: snoozes wait, dismissed occurrences stay away.
class UserChoices
{
public:
    UserChoices(storage::ReminderState state, Day today) : m_state(std::move(state)), m_today(today) {}

    bool hidden(DueType type, Id id, Day dueDay) const
    {
        if (m_state.snoozedUntil.isEmpty() && m_state.dismissed.isEmpty())
            return false;
        const storage::ReminderItem item{dueTypeKey(type), id};
        return m_state.snoozedUntil.value(item, m_today) > m_today || m_state.dismissed.contains({item, dueDay});
    }

private:
    storage::ReminderState m_state;
    Day m_today;
};

Result<UserChoices> userChoices(Database &db, Day today)
{
    auto state = storage::ReminderStateRepository(db).dueState();
    if (!state)
        return state.error();
    return UserChoices(std::move(*state), today);
}

Result<QList<DueItem>> touchbases(storage::DueQueries &queries, const UserChoices &choices, Day today)
{
    auto cadenced = queries.cadencedColleagues(today);
    if (!cadenced)
        return cadenced.error();
    QList<DueItem> touchbases;
    for (const auto &c : *cadenced) {
        const Day anchor = c.lastContact ? std::max(c.trackedSince, *c.lastContact) : c.trackedSince;
        const Day nextDue = anchor + c.cadenceDays;
        const Day reminderDay = c.snoozedUntil ? std::max(nextDue, *c.snoozedUntil) : nextDue;
        if (reminderDay > today || choices.hidden(DueType::Touchbase, c.id, nextDue))
            continue;
        touchbases.append({DueType::Touchbase, c.id, c.id, std::max(0, today - nextDue), nextDue, c.name,
                           tr("Touch base with %1").arg(c.name)});
    }
    std::stable_sort(touchbases.begin(), touchbases.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        return a.colleagueName.localeAwareCompare(b.colleagueName) < 0;
    });
    return touchbases;
}

} // namespace

QString dueTypeKey(DueType type)
{
    switch (type) {
    case DueType::Touchbase: return QStringLiteral("touchbase");
    case DueType::FollowUp: return QStringLiteral("follow_up");
    case DueType::Commitment: return QStringLiteral("commitment");
    case DueType::Birthday: return QStringLiteral("birthday");
    }
    return {};
}

Result<QList<DueItem>> dueTouchbases(Database &db, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    auto choices = userChoices(db, today);
    if (!choices)
        return choices.error();
    storage::DueQueries queries(db);
    return touchbases(queries, *choices, today);
}

Result<QList<DueItem>> dueItems(Database &db, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    storage::DueQueries queries(db);
    auto userState = userChoices(db, today);
    if (!userState)
        return userState.error();
    const UserChoices &choices = *userState;

    auto due = touchbases(queries, choices, today);
    if (!due)
        return due.error();
    QList<DueItem> items = std::move(*due);

    auto followUps = queries.openFollowUpsDueBy(today);
    if (!followUps)
        return followUps.error();
    for (const auto &f : *followUps) {
        if (choices.hidden(DueType::FollowUp, f.id, f.due))
            continue;
        items.append({DueType::FollowUp, f.colleagueId, f.id, today - f.due, f.due, f.colleagueName,
                      tr("Follow up with %1: %2").arg(f.colleagueName, f.what)});
    }

    auto promises = queries.openPromisesOfMineDueBy(today + 1);
    if (!promises)
        return promises.error();
    for (const auto &p : *promises) {
        if (choices.hidden(DueType::Commitment, p.id, p.due))
            continue;
        const QString title = p.due > today ? tr("Due tomorrow, promised to %1: %2")
                                            : tr("Promised to %1: %2");
        items.append({DueType::Commitment, p.colleagueId, p.id, std::max(0, today - p.due), p.due, p.colleagueName,
                      title.arg(p.colleagueName, p.what)});
    }

    std::vector<int> monthDays{todayDate.month() * 100 + todayDate.day()};
    if (todayDate.month() == 2 && todayDate.day() == 28 && !QDate::isLeapYear(todayDate.year()))
        monthDays.push_back(229); // 29 February birthdays are remembered on the 28th in common years
    auto birthdays = queries.birthdays(monthDays);
    if (!birthdays)
        return birthdays.error();
    QSet<Id> shown;
    for (const auto &b : *birthdays) {
        if (choices.hidden(DueType::Birthday, b.id, today))
            continue;
        shown.insert(b.id);
        items.append({DueType::Birthday, b.colleagueId, b.id, 0, today, b.colleagueName, tr("%1's birthday").arg(b.colleagueName)});
    }
    // A snoozed birthday shows on the day it was snoozed to, that day only, like a birthday.
    auto snoozedBirthdays = queries.birthdaysSnoozedUntil(today);
    if (!snoozedBirthdays)
        return snoozedBirthdays.error();
    for (const auto &b : *snoozedBirthdays) {
        const Day occurrence = lastBirthday(b.due, todayDate);
        if (shown.contains(b.id) || choices.hidden(DueType::Birthday, b.id, occurrence))
            continue;
        items.append({DueType::Birthday, b.colleagueId, b.id, 0, occurrence, b.colleagueName,
                      tr("%1's birthday").arg(b.colleagueName)});
    }
    return items;
}

} // namespace rapport::core

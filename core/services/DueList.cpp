#include "DueList.h"

#include "metrics/Timeline.h"
#include "storage/DueQueries.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::core {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DueList", text);
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

Result<QList<DueItem>> dueItems(Database &db, const QDate &todayDate)
{
    const Day today = toDay(todayDate);
    storage::DueQueries queries(db);
    QList<DueItem> items;

    auto cadenced = queries.cadencedColleagues(today);
    if (!cadenced)
        return cadenced.error();
    QList<DueItem> touchbases;
    for (const auto &c : *cadenced) {
        const Day anchor = c.lastContact ? std::max(c.trackedSince, *c.lastContact) : c.trackedSince;
        const Day nextDue = anchor + c.cadenceDays;
        const Day reminderDay = c.snoozedUntil ? std::max(nextDue, *c.snoozedUntil) : nextDue;
        if (reminderDay > today)
            continue;
        touchbases.append({DueType::Touchbase, c.id, c.id, std::max(0, today - nextDue), nextDue, c.name,
                           tr("Touch base with %1").arg(c.name)});
    }
    std::stable_sort(touchbases.begin(), touchbases.end(), [](const DueItem &a, const DueItem &b) {
        if (a.overdueDays != b.overdueDays)
            return a.overdueDays > b.overdueDays;
        return a.colleagueName.localeAwareCompare(b.colleagueName) < 0;
    });
    items += touchbases;

    auto followUps = queries.openFollowUpsDueBy(today);
    if (!followUps)
        return followUps.error();
    for (const auto &f : *followUps) {
        items.append({DueType::FollowUp, f.colleagueId, f.id, today - f.due, f.due, f.colleagueName,
                      tr("Follow up with %1: %2").arg(f.colleagueName, f.what)});
    }

    auto promises = queries.openPromisesOfMineDueBy(today + 1);
    if (!promises)
        return promises.error();
    for (const auto &p : *promises) {
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
    for (const auto &b : *birthdays)
        items.append({DueType::Birthday, b.colleagueId, b.id, 0, today, b.colleagueName, tr("%1's birthday").arg(b.colleagueName)});
    return items;
}

} // namespace rapport::core

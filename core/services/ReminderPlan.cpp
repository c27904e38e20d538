#include "ReminderPlan.h"

#include <algorithm>

namespace rapport::core {
namespace {

// A week back covers every day on, and a week ahead the next reminder time.
constexpr int kWeek = 7;

// The instant of local `time` on `day`: the first valid local time after it when it falls
// in a gap (Qt 6.4 gives an invalid QDateTime there, later versions shift it), the earlier
// instant when it occurs twice (Qt gives the later).
QDateTime localInstant(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(day, time, zone);
    if (!naive.isValid() || naive.date() != day || naive.time() != time) {
        QDateTime from = day.startOfDay(zone);
        for (int i = 0; i < 4 && from.isValid(); ++i) {
            const QTimeZone::OffsetData transition = zone.nextTransition(from);
            if (!transition.atUtc.isValid())
                break;
            const QDateTime local = transition.atUtc.toTimeZone(zone);
            if (local.date() != day)
                break;
            if (local.time() > time)
                return local;
            from = transition.atUtc;
        }
        return naive.isValid() ? naive : day.addDays(1).startOfDay(zone);
    }
    const QTimeZone::OffsetData previous = zone.previousTransition(naive);
    if (previous.atUtc.isValid()) {
        const int shift = zone.offsetFromUtc(previous.atUtc.addSecs(-1)) - previous.offsetFromUtc;
        if (shift > 0) {
            const QDateTime earlier = naive.addSecs(-shift).toTimeZone(zone);
            if (earlier.date() == day && earlier.time() == time)
                return earlier;
        }
    }
    return naive;
}

} // namespace

std::optional<QDateTime> reminderTimeOn(const ReminderSettings &settings, const QDate &day, const QTimeZone &zone)
{
    if (!settings.enabled || !settings.daysOn.contains(day.dayOfWeek()))
        return std::nullopt;
    const QTime time = settings.isQuiet(settings.time) ? settings.quietEnd : settings.time;
    return localInstant(day, time, zone);
}

ReminderDecision planReminder(const ReminderSettings &settings, const ReminderMoment &moment)
{
    const QDateTime now = moment.now.toTimeZone(moment.zone);
    const QDate today = now.date();
    ReminderDecision decision;
    decision.nextCheck = today.addDays(1).startOfDay(moment.zone);
    if (!settings.enabled || settings.daysOn.isEmpty())
        return decision;
    const QDateTime awake = moment.awakeSince.isValid() ? std::min(moment.awakeSince, now) : now;

    // The reminder times that went off since the last notification: the latest, and
    // whether any went by unseen. A journal never notified owes nothing from before today.
    std::optional<QDate> latest;
    bool missed = false;
    for (int back = 0; back <= kWeek; ++back) {
        const QDate day = today.addDays(-back);
        if (moment.lastNotified ? day <= *moment.lastNotified : back > 0)
            break;
        const auto at = reminderTimeOn(settings, day, moment.zone);
        if (!at || *at > now)
            continue;
        if (!latest)
            latest = day;
        missed = missed || *at < awake;
    }
    const bool owed = latest && (*latest == today || missed);
    const bool allowed = settings.daysOn.contains(today.dayOfWeek()) && !settings.isQuiet(now.time());
    if (owed && allowed && moment.anythingDue) {
        decision.notify = true;
        decision.catchUp = missed;
    }

    for (int ahead = 0; ahead <= kWeek; ++ahead) {
        const auto at = reminderTimeOn(settings, today.addDays(ahead), moment.zone);
        if (at && *at > now) {
            decision.nextCheck = std::min(decision.nextCheck, *at);
            break;
        }
    }
    if (owed && !decision.notify && settings.isQuiet(now.time())) {
        const QDateTime quietEnds = localInstant(today, settings.quietEnd, moment.zone);
        if (quietEnds > now)
            decision.nextCheck = std::min(decision.nextCheck, quietEnds);
    }
    return decision;
}

} // namespace rapport::core

// When to notify (core/services/ReminderPlan.h), with pinned times in Europe/Berlin.

#include "services/ReminderPlan.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(const char *isoDate, const char *time)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate),
        QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm")), kBerlin);
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::string text(const QDateTime &t)
{
    return t.toString(Qt::ISODateWithMs).toStdString();
}

class ReminderPlanTest : public ::testing::Test
{
protected:
    // The moment `now`, up since `awake` (invalid: just started), last notified on `last`.
    ReminderDecision plan(const QDateTime &now, std::optional<QDate> last, const QDateTime &awake = {}, bool due = true)
    {
        return planReminder(settings, ReminderMoment { now, last, due, awake, kBerlin });
    }

    ReminderSettings settings; // 09:00, quiet 21:00-08:00, Monday to Friday
};

// 2026-03-02 is a Monday, 2026-02-27 a Friday.
TEST_F(ReminderPlanTest, OnceADayAtTheReminderTime)
{
    ASSERT_TRUE(kBerlin.isValid());
    const QDateTime upSince = berlin("2026-03-02", "07:30");
    ReminderDecision d = plan(berlin("2026-03-02", "08:59"), day("2026-02-27"), upSince);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-02", "09:00")) << text(d.nextCheck);

    d = plan(berlin("2026-03-02", "09:00"), day("2026-02-27"), upSince);
    EXPECT_TRUE(d.notify);
    EXPECT_FALSE(d.catchUp);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-03", "00:00")) << text(d.nextCheck);

    // Notified today: nothing more today, however much is due.
    d = plan(berlin("2026-03-02", "09:01"), day("2026-03-02"), upSince);
    EXPECT_FALSE(d.notify);
    d = plan(berlin("2026-03-02", "18:00"), day("2026-03-02"), upSince);
    EXPECT_FALSE(d.notify);
    // The next day: at its own reminder time.
    d = plan(berlin("2026-03-03", "00:00"), day("2026-03-02"), upSince);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-03", "09:00")) << text(d.nextCheck);
}

TEST_F(ReminderPlanTest, NothingDueIsNoNotificationAndTheDayStaysOpen)
{
    const QDateTime upSince = berlin("2026-03-02", "07:30");
    EXPECT_FALSE(plan(berlin("2026-03-02", "09:00"), day("2026-02-27"), upSince, false).notify);
    // Something falls due at 15:00: that day's one notification, not a catch-up.
    const ReminderDecision later = plan(berlin("2026-03-02", "15:00"), day("2026-02-27"), upSince, true);
    EXPECT_TRUE(later.notify);
    EXPECT_FALSE(later.catchUp);
    // Nothing was due all Monday while the app ran: Tuesday's first moment outside the quiet
    // hours is no catch-up; Tuesday's own reminder is.
    EXPECT_FALSE(plan(berlin("2026-03-03", "08:00"), day("2026-02-27"), upSince).notify);
    const ReminderDecision tuesday = plan(berlin("2026-03-03", "09:00"), day("2026-02-27"), upSince);
    EXPECT_TRUE(tuesday.notify);
    EXPECT_FALSE(tuesday.catchUp);
}

TEST_F(ReminderPlanTest, DisabledNeverNotifies)
{
    settings.enabled = false;
    const ReminderDecision d = plan(berlin("2026-03-02", "10:00"), day("2026-02-20"));
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-03", "00:00"));
    EXPECT_FALSE(reminderTimeOn(settings, day("2026-03-02"), kBerlin).has_value());
    settings.enabled = true;
    settings.daysOn = Weekdays();
    EXPECT_FALSE(plan(berlin("2026-03-02", "10:00"), day("2026-02-20")).notify);
}

TEST_F(ReminderPlanTest, SpringForwardFiresAtTheFirstValidTime)
{
    // 2026-03-29, a Sunday: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist.
    settings.time = QTime(2, 30);
    settings.quietStart = settings.quietEnd = QTime(0, 0);
    settings.daysOn = Weekdays::everyDay();
    const auto at = reminderTimeOn(settings, day("2026-03-29"), kBerlin);
    ASSERT_TRUE(at.has_value());
    EXPECT_EQ(*at, utc("2026-03-29T01:00:00")) << text(*at);
    EXPECT_EQ(at->toTimeZone(kBerlin).time(), QTime(3, 0));

    const QDateTime upSince = utc("2026-03-28T22:00:00");
    ReminderDecision d = plan(utc("2026-03-29T00:59:00"), day("2026-03-28"), upSince);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, utc("2026-03-29T01:00:00")) << text(d.nextCheck);
    d = plan(utc("2026-03-29T01:00:00"), day("2026-03-28"), upSince);
    EXPECT_TRUE(d.notify);
    EXPECT_FALSE(d.catchUp);
    // The day before and after keep 02:30.
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-28"), kBerlin), utc("2026-03-28T01:30:00"));
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-30"), kBerlin), utc("2026-03-30T00:30:00"));
}

TEST_F(ReminderPlanTest, FallBackFiresOnce)
{
    // 2026-10-25, a Sunday: 03:00 CEST goes back to 02:00 CET, so 02:30 comes twice
    // (00:30 and 01:30 UTC). The reminder goes off at the first.
    settings.time = QTime(2, 30);
    settings.quietStart = settings.quietEnd = QTime(0, 0);
    settings.daysOn = Weekdays::everyDay();
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-10-25"), kBerlin), utc("2026-10-25T00:30:00"));

    const QDateTime upSince = utc("2026-10-24T20:00:00");
    ReminderDecision d = plan(utc("2026-10-25T00:29:00"), day("2026-10-24"), upSince);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, utc("2026-10-25T00:30:00")) << text(d.nextCheck);
    d = plan(utc("2026-10-25T00:30:00"), day("2026-10-24"), upSince);
    EXPECT_TRUE(d.notify);
    EXPECT_FALSE(d.catchUp);
    // The second 02:30, notified already: nothing, and nothing until the next day's.
    d = plan(utc("2026-10-25T01:30:00"), day("2026-10-25"), upSince);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-10-26", "00:00")) << text(d.nextCheck);
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-10-26"), kBerlin), utc("2026-10-26T01:30:00"));
}

TEST_F(ReminderPlanTest, SleptThroughTheReminderIsOneCatchUpOnWake)
{
    // Up at 07:30, asleep from 08:00 to 11:00 over the 09:00 reminder.
    const ReminderDecision before
        = plan(berlin("2026-03-02", "08:00"), day("2026-02-27"), berlin("2026-03-02", "07:30"));
    EXPECT_FALSE(before.notify);
    EXPECT_EQ(before.nextCheck, berlin("2026-03-02", "09:00"));
    const QDateTime woke = berlin("2026-03-02", "11:00");
    const ReminderDecision onWake = plan(woke, day("2026-02-27"), woke);
    EXPECT_TRUE(onWake.notify);
    EXPECT_TRUE(onWake.catchUp);
    EXPECT_FALSE(plan(berlin("2026-03-02", "11:01"), day("2026-03-02"), woke).notify);
}

TEST_F(ReminderPlanTest, ClosedOverTheWeekend)
{
    // Notified on Friday; started on Saturday: nothing owed, and no notification on a day off.
    ReminderDecision d = plan(berlin("2026-02-28", "10:00"), day("2026-02-27"));
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-01", "00:00"));
    // Started on Monday after 09:00: Monday's reminder went by while closed.
    d = plan(berlin("2026-03-02", "10:00"), day("2026-02-27"));
    EXPECT_TRUE(d.notify);
    EXPECT_TRUE(d.catchUp);
    // Started on Monday before 09:00 (inside the quiet hours): Monday's reminder, on time.
    const QDateTime early = berlin("2026-03-02", "07:30");
    d = plan(early, day("2026-02-27"), early);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-02", "09:00"));
    d = plan(berlin("2026-03-02", "09:00"), day("2026-02-27"), early);
    EXPECT_TRUE(d.notify);
    EXPECT_FALSE(d.catchUp);

    // Last notified on Thursday, closed over Friday's reminder, started on Saturday and left
    // running: the catch-up waits for Monday, when the quiet hours end, and comes once.
    const QDateTime saturday = berlin("2026-02-28", "10:00");
    EXPECT_FALSE(plan(saturday, day("2026-02-26"), saturday).notify);
    d = plan(berlin("2026-03-02", "00:00"), day("2026-02-26"), saturday);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-02", "08:00")) << text(d.nextCheck);
    d = plan(berlin("2026-03-02", "08:00"), day("2026-02-26"), saturday);
    EXPECT_TRUE(d.notify);
    EXPECT_TRUE(d.catchUp);
    EXPECT_FALSE(plan(berlin("2026-03-02", "09:00"), day("2026-03-02"), saturday).notify);
}

TEST_F(ReminderPlanTest, ManyMissedDaysAreOneSummary)
{
    const QDateTime start = berlin("2026-03-04", "12:00");
    const ReminderDecision d = plan(start, day("2026-02-10"), start);
    EXPECT_TRUE(d.notify);
    EXPECT_TRUE(d.catchUp);
    EXPECT_FALSE(plan(berlin("2026-03-04", "12:01"), day("2026-03-04"), start).notify);
    // Never notified before (a new journal): the same.
    EXPECT_TRUE(plan(start, std::nullopt, start).catchUp);
}

TEST_F(ReminderPlanTest, QuietHoursWrapMidnight)
{
    // 21:00-08:00 by default.
    EXPECT_TRUE(settings.isQuiet(QTime(21, 0)));
    EXPECT_TRUE(settings.isQuiet(QTime(23, 59)));
    EXPECT_TRUE(settings.isQuiet(QTime(0, 0)));
    EXPECT_TRUE(settings.isQuiet(QTime(7, 59)));
    EXPECT_FALSE(settings.isQuiet(QTime(8, 0)));
    EXPECT_FALSE(settings.isQuiet(QTime(20, 59)));
    // A reminder time inside them goes off when they end that day.
    settings.time = QTime(7, 0);
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-02"), kBerlin), berlin("2026-03-02", "08:00"));
    settings.time = QTime(22, 30);
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-02"), kBerlin), berlin("2026-03-02", "08:00"));
    // Quiet hours that do not wrap, and none at all.
    settings.quietStart = QTime(12, 0);
    settings.quietEnd = QTime(14, 0);
    settings.time = QTime(12, 30);
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-02"), kBerlin), berlin("2026-03-02", "14:00"));
    settings.quietStart = settings.quietEnd = QTime(12, 0);
    EXPECT_FALSE(settings.isQuiet(QTime(12, 0)));
    EXPECT_EQ(*reminderTimeOn(settings, day("2026-03-02"), kBerlin), berlin("2026-03-02", "12:30"));
}

TEST_F(ReminderPlanTest, AMissedReminderWaitsOutTheQuietHours)
{
    // Started at 23:00 on Monday, Monday's 09:00 went by while closed: not at night.
    const QDateTime late = berlin("2026-03-02", "23:00");
    ReminderDecision d = plan(late, day("2026-02-27"), late);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-03", "00:00"));
    d = plan(berlin("2026-03-03", "00:30"), day("2026-02-27"), late);
    EXPECT_FALSE(d.notify);
    EXPECT_EQ(d.nextCheck, berlin("2026-03-03", "08:00"));
    d = plan(berlin("2026-03-03", "08:00"), day("2026-02-27"), late);
    EXPECT_TRUE(d.notify);
    EXPECT_TRUE(d.catchUp);
}

TEST_F(ReminderPlanTest, DaysOffHaveNoReminder)
{
    EXPECT_FALSE(reminderTimeOn(settings, day("2026-02-28"), kBerlin).has_value()); // Saturday
    EXPECT_FALSE(plan(berlin("2026-02-28", "09:00"), day("2026-02-27"), berlin("2026-02-28", "08:00")).notify);
    settings.daysOn.set(Qt::Saturday, true);
    EXPECT_TRUE(plan(berlin("2026-02-28", "09:00"), day("2026-02-27"), berlin("2026-02-28", "08:00")).notify);
    EXPECT_EQ(Weekdays::workWeek().bits(), 0x1fu);
    EXPECT_TRUE(Weekdays::workWeek().contains(Qt::Friday));
    EXPECT_FALSE(Weekdays::workWeek().contains(Qt::Sunday));
}

} // namespace
} // namespace rapport::core

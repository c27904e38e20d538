// The reminder scheduler driven with a pinned clock and check(), on a real journal, and the
// reminder settings it reads.

#include "services/ReminderScheduler.h"

#include "TestSupport.h"
#include "services/Settings.h"

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

using test::must;

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

QDateTime berlin(const char *isoDate, const char *time)
{
    return QDateTime(
        test::date(isoDate), QTime::fromString(QString::fromLatin1(time), QStringLiteral("HH:mm")), kBerlin);
}

// Monday 2026-03-02. Ana (cadence 7, tracked since 02-01, never met) is due; Ben's birthday
// is on 03-03.
class ReminderSchedulerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        journal.clock().set(berlin("2026-03-02", "07:30"));
        ana = must(j().addColleague(test::makeColleague(QStringLiteral("Ana"), 7, "2026-02-01")));
        Colleague b = test::makeColleague(QStringLiteral("Ben"), 0, "2026-02-01");
        b.birthday = Birthday { 3, 3, std::nullopt };
        ben = must(j().addColleague(b));
        makeScheduler();
    }

    void makeScheduler()
    {
        scheduler = std::make_unique<ReminderScheduler>(j(), settings, journal.clock());
        scheduler->setTimeZone(kBerlin);
        QObject::connect(scheduler.get(), &ReminderScheduler::dueChanged, scheduler.get(),
            [this](const QList<DueItem> &items) { changes.append(items); });
        QObject::connect(scheduler.get(), &ReminderScheduler::notify, scheduler.get(),
            [this](const QList<DueItem> &items, bool catchUp) {
                notes.append({ items, catchUp });
            });
    }

    void at(const char *isoDate, const char *time)
    {
        journal.clock().set(berlin(isoDate, time));
        scheduler->check();
    }
    Journal &j() { return journal.journal(); }
    std::optional<QDate> recorded() { return must(journal.repos().reminders.lastReminderDay()); }

    test::TempJournal journal { test::date("2026-03-02") };
    Settings settings { journal.folder() + QStringLiteral("/settings.conf") };
    std::unique_ptr<ReminderScheduler> scheduler;
    QList<QList<DueItem>> changes;
    QList<std::pair<QList<DueItem>, bool>> notes;
    Id ana = 0, ben = 0;
};

TEST_F(ReminderSchedulerTest, NotifiesOnceAtTheReminderTimeAndRecordsTheDay)
{
    scheduler->start();
    ASSERT_EQ(changes.size(), 1);
    ASSERT_EQ(changes[0].size(), 1);
    EXPECT_EQ(changes[0][0].colleagueId, ana);
    EXPECT_TRUE(notes.isEmpty()); // 07:30: a new journal owes nothing from before today
    EXPECT_EQ(scheduler->nextCheck(), berlin("2026-03-02", "09:00"));

    at("2026-03-02", "08:59");
    at("2026-03-02", "09:00");
    ASSERT_EQ(notes.size(), 1);
    EXPECT_FALSE(notes[0].second);
    EXPECT_EQ(notes[0].first, scheduler->dueItems());
    EXPECT_EQ(recorded(), test::date("2026-03-02"));
    EXPECT_EQ(scheduler->nextCheck(), berlin("2026-03-03", "00:00"));
    at("2026-03-02", "09:01");
    at("2026-03-02", "12:00");
    EXPECT_EQ(notes.size(), 1);
    EXPECT_EQ(changes.size(), 1); // the list did not change

    // Midnight: Ben's birthday joins the list; his reminder at 09:00.
    at("2026-03-03", "00:00");
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[1].size(), 2);
    at("2026-03-03", "09:00");
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes[1].first.size(), 2);
    EXPECT_FALSE(notes[1].second);

    // The day is kept in the journal: a new scheduler (the app restarted) does not repeat it.
    scheduler.reset();
    journal.reopen();
    notes.clear();
    makeScheduler();
    at("2026-03-03", "09:30");
    EXPECT_TRUE(notes.isEmpty());
}

TEST_F(ReminderSchedulerTest, ASleepOverTheReminderIsOneCatchUpOnWake)
{
    must(journal.repos().reminders.setLastReminderDay(test::date("2026-02-27")));
    at("2026-03-02", "07:59");
    at("2026-03-02", "08:00");
    EXPECT_TRUE(notes.isEmpty());
    at("2026-03-02", "11:00"); // the next tick after a sleep from 08:00
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes[0].second);
    at("2026-03-02", "11:01");
    at("2026-03-02", "11:02");
    EXPECT_EQ(notes.size(), 1);
}

TEST_F(ReminderSchedulerTest, StartingAfterTheReminderTimeIsACatchUp)
{
    must(journal.repos().reminders.setLastReminderDay(test::date("2026-02-25")));
    journal.clock().set(berlin("2026-03-02", "10:15"));
    scheduler->start();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes[0].second);
    EXPECT_EQ(recorded(), test::date("2026-03-02"));
}

TEST_F(ReminderSchedulerTest, NothingDueNothingNotifiedNothingRecorded)
{
    Colleague a = *must(journal.repos().colleagues.find(ana));
    a.cadenceDays = 0;
    must(j().updateColleague(a));
    at("2026-03-02", "08:59");
    at("2026-03-02", "09:00");
    EXPECT_TRUE(notes.isEmpty());
    EXPECT_FALSE(recorded().has_value());
    EXPECT_EQ(changes.size(), 1);
    EXPECT_TRUE(changes[0].isEmpty());
}

TEST_F(ReminderSchedulerTest, JournalChangesUpdateTheListAndSettingsApply)
{
    settings.setRemindersEnabled(false);
    scheduler->start();
    ASSERT_EQ(changes.size(), 1);
    // Snoozing from the journal: the list follows at once, with no notification.
    must(j().snoozeReminder(DueType::Touchbase, ana, test::date("2026-03-04")));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_TRUE(changes[1].isEmpty());
    must(j().undoStack().undo());
    ASSERT_EQ(changes.size(), 3);
    at("2026-03-02", "09:00");
    EXPECT_TRUE(notes.isEmpty());
    // Turned on again: the reminder owed today goes out on the next check.
    settings.setRemindersEnabled(true);
    at("2026-03-02", "09:01");
    EXPECT_EQ(notes.size(), 1);
}

TEST_F(ReminderSchedulerTest, ASlotThatChangesTheJournalDoesNotNotifyTwice)
{
    // The tray's "Snooze all until tomorrow" from inside the notification.
    QObject::connect(scheduler.get(), &ReminderScheduler::notify, scheduler.get(),
        [this] { must(j().snoozeAllDue(test::date("2026-03-03"))); });
    scheduler->start();
    at("2026-03-02", "09:00");
    EXPECT_EQ(notes.size(), 1);
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_TRUE(changes.last().isEmpty());
    EXPECT_TRUE(scheduler->dueItems().isEmpty());
}

TEST(ReminderSettingsTest, DefaultsRoundTripAndBadValues)
{
    test::ensureCoreApplication();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rapport.conf"));
    {
        Settings s(file);
        EXPECT_EQ(s.reminderSettings(), ReminderSettings());
        EXPECT_EQ(s.reminderTime(), QTime(9, 0));
        EXPECT_TRUE(s.remindersEnabled());
        EXPECT_EQ(s.quietStart(), QTime(21, 0));
        EXPECT_EQ(s.quietEnd(), QTime(8, 0));
        EXPECT_EQ(s.reminderDays(), Weekdays::workWeek());
        EXPECT_EQ(s.defaultCadence(), 30);
        EXPECT_TRUE(s.closeToTray());
        EXPECT_FALSE(s.closeToTrayExplained());
        EXPECT_FALSE(s.noTrayExplained());
        EXPECT_TRUE(s.language().isEmpty());

        ReminderSettings r;
        r.time = QTime(7, 45);
        r.enabled = false;
        r.quietStart = QTime(22, 0);
        r.quietEnd = QTime(6, 30);
        r.daysOn = Weekdays { Qt::Monday, Qt::Sunday };
        s.setReminderSettings(r);
        s.setDefaultCadence(14);
        s.setCloseToTray(false);
        s.setCloseToTrayExplained(true);
        s.setNoTrayExplained(true);
        s.setLanguage(QStringLiteral("pt_BR"));
        s.sync();
    }
    {
        Settings s(file);
        EXPECT_EQ(s.reminderTime(), QTime(7, 45));
        EXPECT_FALSE(s.remindersEnabled());
        EXPECT_EQ(s.quietStart(), QTime(22, 0));
        EXPECT_EQ(s.quietEnd(), QTime(6, 30));
        EXPECT_EQ(s.reminderDays(), (Weekdays { Qt::Sunday, Qt::Monday }));
        EXPECT_EQ(s.defaultCadence(), 14);
        EXPECT_FALSE(s.closeToTray());
        EXPECT_TRUE(s.closeToTrayExplained());
        EXPECT_TRUE(s.noTrayExplained());
        EXPECT_EQ(s.language(), QStringLiteral("pt_BR"));
        // Every day off is kept as such; a cadence out of range is clamped.
        s.setReminderDays(Weekdays());
        s.setDefaultCadence(400);
        s.sync();
    }
    {
        Settings s(file);
        EXPECT_TRUE(s.reminderDays().isEmpty());
        EXPECT_EQ(s.defaultCadence(), 365);
    }
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("reminders/time"), QStringLiteral("25:99"));
        raw.setValue(
            QStringLiteral("reminders/days"), QStringList { QStringLiteral("fri"), QStringLiteral("someday") });
        raw.setValue(QStringLiteral("colleagues/default_cadence"), QStringLiteral("often"));
    }
    Settings s(file);
    EXPECT_EQ(s.reminderTime(), QTime(9, 0));
    EXPECT_EQ(s.reminderDays(), Weekdays { Qt::Friday });
    EXPECT_EQ(s.defaultCadence(), 30);
}

} // namespace
} // namespace rapport::core

// The iCalendar export on a hand-made journal: which events come out and on which day (the
// due list's rules: overdue today, snoozed on the snoozed day, dismissed, archived and closed
// left out, the horizon), read back by Python's icalendar module; stable UIDs and a
// SEQUENCE that grows with a later date; alarms; no private notes; safe files.

#include "io/CalendarExport.h"

#include "IoTestSupport.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "services/DueList.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

// The events of an .ics file as Python's icalendar module reads them (read-ics.py).
QJsonObject pythonCalendar(const QString &path)
{
    const QString script = QString::fromUtf8(test::readAll(QStringLiteral(RAPPORT_READ_ICS)));
    return QJsonDocument::fromJson(test::runPython(script, { path })).object();
}

QJsonArray events(const QJsonObject &calendar)
{
    return calendar.value(u"events"_s).toArray();
}

// "UID DTSTART SUMMARY" of each event, in file order.
QStringList outline(const QJsonObject &calendar)
{
    QStringList lines;
    for (const QJsonValue &e : events(calendar)) {
        const QJsonObject o = e.toObject();
        lines << o[u"uid"_s].toString() + u' ' + o[u"dtstart"_s].toString() + u' ' + o[u"summary"_s].toString();
    }
    return lines;
}

QJsonObject eventWithUid(const QJsonObject &calendar, const QString &uid)
{
    for (const QJsonValue &e : events(calendar)) {
        if (e.toObject()[u"uid"_s].toString() == uid)
            return e.toObject();
    }
    ADD_FAILURE() << "no event " << uid.toStdString();
    return {};
}

// Ids of the hand-made journal, named after what each is there to show.
struct Journal1
{
    Id ana = 0, ben = 0, chloe = 0, dan = 0, eve = 0;
};

// Today is 2025-03-15. What each record should become is noted beside it.
Journal1 fillJournal(Journal &j)
{
    Journal1 ids;
    Colleague ana = test::makeColleague(u"Ana Silva"_s, 14, "2024-01-01");
    ana.notes = u"PRIVATE colleague note"_s;
    ids.ana = must(j.addColleague(ana)); // touchbase-1: contact 03-10 + 14 = 03-24
    ids.ben = must(j.addColleague(test::makeColleague(u"Ben Okafor"_s, 7, "2024-01-01"))); // due 03-08: today
    ids.chloe = must(j.addColleague(test::makeColleague(u"Chloé Martin"_s, 30, "2025-03-01"))); // 03-31, snoozed 04-05
    ids.dan = must(j.addColleague(test::makeColleague(u"Dan Archived"_s, 7, "2024-01-01"))); // archived: nothing
    ids.eve = must(j.addColleague(test::makeColleague(u"Eve Nocadence"_s, 0, "2024-01-01"))); // no touchbase

    Interaction coffee = test::makeInteraction("2025-03-10", { ids.ana });
    coffee.notes = u"PRIVATE interaction note"_s;
    must(j.logInteraction(coffee));
    must(j.logInteraction(test::makeInteraction("2025-03-01", { ids.ben })));
    must(j.addFact(test::makeFact(ids.ana, "2025-03-02", u"PRIVATE fact without a follow-up"_s)));
    must(j.snooze(ids.chloe, date("2025-04-05")));

    must(j.addFollowUp(test::makeFollowUp(ids.ana, "2025-03-20", u"ask how the Lisbon trip went"_s))); // 1: 03-20
    must(j.addFollowUp(test::makeFollowUp(ids.ben, "2025-03-10", u"send the slides"_s))); // 2: overdue, today
    const Id snoozed = must(j.addFollowUp(test::makeFollowUp(ids.eve, "2025-03-12", u"ask about the offsite"_s)));
    must(j.snoozeReminder(DueType::FollowUp, snoozed, date("2025-03-18"))); // 3: on 03-18
    const Id done = must(j.addFollowUp(test::makeFollowUp(ids.ana, "2025-03-14", u"done already"_s)));
    must(j.completeFollowUp(done, date("2025-03-14"))); // 4: closed
    must(j.addFollowUp(test::makeFollowUp(ids.dan, "2025-03-20", u"archived colleague"_s))); // 5: archived
    must(j.addFollowUp(test::makeFollowUp(ids.ana, "2026-04-01", u"beyond the horizon"_s))); // 6: too far
    const Id dismissed = must(j.addFollowUp(test::makeFollowUp(ids.ben, "2025-03-13", u"dismissed"_s)));
    must(j.dismissReminder(
        { DueType::FollowUp, ids.ben, dismissed, 2, test::day("2025-03-13"), u"Ben Okafor"_s, QString() })); // 7

    using D = CommitmentDirection;
    must(j.addCommitment(test::makeCommitment(ids.ana, "2025-03-01", "2025-03-25", D::Mine,
        u"send the onboarding checklist"_s))); // 1: 03-25
    must(j.addCommitment(
        test::makeCommitment(ids.eve, "2025-03-01", "2025-03-17", D::Theirs, u"review my design doc"_s))); // 2
    must(j.addCommitment(test::makeCommitment(ids.ben, "2025-02-20", "2025-03-01", D::Mine, u"share the notes"_s)));
    const Id kept = must(j.addCommitment(test::makeCommitment(ids.ana, "2025-03-01", "2025-03-20")));
    must(j.closeCommitment(kept, CommitmentStatus::Done, date("2025-03-05"))); // 4: closed
    const Id dropped = must(j.addCommitment(test::makeCommitment(ids.ben, "2025-03-01", "2025-03-20", D::Theirs)));
    must(j.closeCommitment(dropped, CommitmentStatus::Dropped, date("2025-03-05"))); // 5: closed
    must(j.addCommitment(test::makeCommitment(ids.ana, "2025-03-01", "2026-03-15", D::Mine, u"yearly review"_s)));
    must(j.setArchived(ids.dan, true));
    return ids;
}

const QStringList kExpectedOutline = {
    u"touchbase-2@rapport 2025-03-15 Touch base with Ben Okafor"_s,
    u"follow-up-2@rapport 2025-03-15 Follow up with Ben Okafor: send the slides"_s,
    u"commitment-3@rapport 2025-03-15 Promised to Ben Okafor: share the notes"_s,
    u"commitment-2@rapport 2025-03-17 Eve Nocadence promised: review my design doc"_s,
    u"follow-up-3@rapport 2025-03-18 Follow up with Eve Nocadence: ask about the offsite"_s,
    u"follow-up-1@rapport 2025-03-20 Follow up with Ana Silva: ask how the Lisbon trip went"_s,
    u"touchbase-1@rapport 2025-03-24 Touch base with Ana Silva"_s,
    u"commitment-1@rapport 2025-03-25 Promised to Ana Silva: send the onboarding checklist"_s,
    u"touchbase-3@rapport 2025-04-05 Touch base with Chloé Martin"_s,
    u"commitment-6@rapport 2026-03-15 Promised to Ana Silva: yearly review"_s,
};

class CalendarExportTest : public ::testing::Test
{
protected:
    QString file(const QString &name) const { return QDir(journal.folder()).filePath(name); }
    // Writes the calendar of `db` to NAME.ics and reads it back in Python.
    QJsonObject exported(Database &db, const QString &name, const CalendarOptions &options = {})
    {
        const QString path = file(name + u".ics"_s);
        must(CalendarExport::writeFile(db, path, clock, options));
        return pythonCalendar(path);
    }

    test::TempJournal journal { date("2025-03-15") };
    // 10:30 at UTC+1 on the journal's today: DTSTAMP is 09:30 UTC.
    FixedClock clock { QDateTime(date("2025-03-15"), QTime(10, 30), QTimeZone(3600)) };
};

TEST_F(CalendarExportTest, EventsFallOnTheDaysTheDueListGivesThem)
{
    fillJournal(journal.journal());
    const QJsonObject calendar = exported(journal.db(), u"rapport"_s);
    EXPECT_EQ(calendar[u"errors"_s].toArray(), QJsonArray());
    EXPECT_EQ(calendar[u"prodid"_s].toString(), u"-//Rapport//Rapport " RAPPORT_VERSION "//EN"_s);
    EXPECT_EQ(calendar[u"version"_s].toString(), u"2.0"_s);
    EXPECT_EQ(calendar[u"name"_s].toString(), u"Rapport"_s);
    EXPECT_EQ(outline(calendar), kExpectedOutline);

    const QJsonObject overdue = eventWithUid(calendar, u"touchbase-2@rapport"_s);
    EXPECT_EQ(overdue[u"dtend"_s].toString(), u"2025-03-16"_s);
    EXPECT_EQ(overdue[u"dtstamp"_s].toString(), u"2025-03-15T09:30:00+00:00"_s);
    EXPECT_EQ(overdue[u"transp"_s].toString(), u"TRANSPARENT"_s);
    EXPECT_EQ(overdue[u"description"_s].toString(), u"On a 7-day cadence.\nDue since 2025-03-08."_s);
    EXPECT_EQ(overdue[u"categories"_s].toArray(), (QJsonArray { u"Rapport"_s, u"Touchbase"_s }));
    EXPECT_EQ(eventWithUid(calendar, u"touchbase-1@rapport"_s)[u"description"_s].toString(), u"On a 14-day cadence."_s);
    EXPECT_EQ(eventWithUid(calendar, u"touchbase-3@rapport"_s)[u"description"_s].toString(),
        u"On a 30-day cadence.\nDue on 2025-03-31, snoozed until this day."_s);
    EXPECT_EQ(eventWithUid(calendar, u"follow-up-3@rapport"_s)[u"description"_s].toString(),
        u"Due on 2025-03-12, snoozed until this day."_s);
    EXPECT_EQ(
        eventWithUid(calendar, u"commitment-3@rapport"_s)[u"description"_s].toString(), u"Due since 2025-03-01."_s);
    EXPECT_TRUE(eventWithUid(calendar, u"commitment-1@rapport"_s)[u"description"_s].isNull());
    EXPECT_EQ(eventWithUid(calendar, u"commitment-2@rapport"_s)[u"categories"_s].toArray(),
        (QJsonArray { u"Rapport"_s, u"Promise"_s }));

    // Every event reminds at 09:00 on its day, with its summary.
    for (const QJsonValue &e : events(calendar)) {
        const QJsonArray alarms = e[u"alarms"_s].toArray();
        ASSERT_EQ(alarms.size(), 1) << e[u"uid"_s].toString().toStdString();
        EXPECT_EQ(alarms[0][u"action"_s].toString(), u"DISPLAY"_s);
        EXPECT_EQ(alarms[0][u"trigger_minutes"_s].toInt(), 9 * 60);
        EXPECT_EQ(alarms[0][u"description"_s].toString(), e[u"summary"_s].toString());
    }
}

TEST_F(CalendarExportTest, TodaysEventsAreTheDueListsItems)
{
    fillJournal(journal.journal());
    QStringList due;
    for (const DueItem &item : must(dueItems(journal.db(), date("2025-03-15")))) {
        if (item.dueOn <= test::day("2025-03-15")) // the due list shows my promises a day early
            due << item.title;
    }
    QStringList today;
    for (const QJsonValue &e : events(exported(journal.db(), u"today"_s))) {
        if (e[u"dtstart"_s].toString() == u"2025-03-15"_s)
            today << e[u"summary"_s].toString();
    }
    EXPECT_EQ(today, due);
}

TEST_F(CalendarExportTest, TheHorizonLimitsHowFarAheadEventsGo)
{
    fillJournal(journal.journal());
    EXPECT_EQ(outline(exported(journal.db(), u"five"_s, { QTime(9, 0), 5 })), kExpectedOutline.mid(0, 6));
    EXPECT_EQ(outline(exported(journal.db(), u"zero"_s, { QTime(9, 0), 0 })), kExpectedOutline.mid(0, 3));
    EXPECT_EQ(outline(exported(journal.db(), u"negative"_s, { QTime(9, 0), -4 })), kExpectedOutline.mid(0, 3));
}

TEST_F(CalendarExportTest, AlarmsGoOffAtTheChosenTimeOrNotAtAll)
{
    fillJournal(journal.journal());
    const QJsonObject early = exported(journal.db(), u"early"_s, { QTime(7, 30) });
    EXPECT_EQ(events(early)[0][u"alarms"_s][0][u"trigger_minutes"_s].toInt(), 7 * 60 + 30);
    const QJsonObject midnight = exported(journal.db(), u"midnight"_s, { QTime(0, 0) });
    EXPECT_EQ(events(midnight)[0][u"alarms"_s][0][u"trigger_minutes"_s].toInt(), 0);
    const QJsonObject silent = exported(journal.db(), u"silent"_s, { QTime() });
    EXPECT_EQ(events(silent).size(), kExpectedOutline.size());
    for (const QJsonValue &e : events(silent))
        EXPECT_EQ(e[u"alarms"_s].toArray(), QJsonArray());
}

TEST_F(CalendarExportTest, ExportingAgainKeepsUidsAndALaterDateRaisesTheSequence)
{
    const Journal1 ids = fillJournal(journal.journal());
    QBuffer first, second;
    first.open(QIODevice::WriteOnly);
    second.open(QIODevice::WriteOnly);
    must(CalendarExport::write(journal.db(), first, clock));
    must(CalendarExport::write(journal.db(), second, clock));
    EXPECT_EQ(first.data(), second.data()); // same journal, same clock: the same text

    const QJsonObject before = exported(journal.db(), u"before"_s);
    // The checklist moves three days later: the same event, a higher SEQUENCE.
    must(journal->renegotiateCommitment(1, date("2025-03-28"), date("2025-03-15")));
    const QJsonObject later = exported(journal.db(), u"later"_s);
    const auto sequence = [](const QJsonObject &calendar, const QString &uid) {
        return eventWithUid(calendar, uid)[u"sequence"_s].toInteger();
    };
    EXPECT_EQ(eventWithUid(later, u"commitment-1@rapport"_s)[u"dtstart"_s].toString(), u"2025-03-28"_s);
    EXPECT_GT(sequence(later, u"commitment-1@rapport"_s), sequence(before, u"commitment-1@rapport"_s));
    EXPECT_EQ(sequence(later, u"touchbase-1@rapport"_s), sequence(before, u"touchbase-1@rapport"_s));
    QStringList uidsBefore, uidsLater;
    for (const QJsonValue &e : events(before))
        uidsBefore << e[u"uid"_s].toString();
    for (const QJsonValue &e : events(later))
        uidsLater << e[u"uid"_s].toString();
    uidsBefore.sort();
    uidsLater.sort();
    EXPECT_EQ(uidsLater, uidsBefore);

    // A day later, a date moved earlier still gets a higher SEQUENCE than any of the day before.
    clock.set(clock.now().addDays(1));
    journal.clock().set(clock.now());
    must(journal->renegotiateCommitment(1, date("2025-03-20"), date("2025-03-16")));
    must(journal->logInteraction(test::makeInteraction("2025-03-16", { ids.ben })));
    const QJsonObject nextDay = exported(journal.db(), u"next-day"_s);
    EXPECT_EQ(eventWithUid(nextDay, u"commitment-1@rapport"_s)[u"dtstart"_s].toString(), u"2025-03-20"_s);
    EXPECT_GT(sequence(nextDay, u"commitment-1@rapport"_s), sequence(later, u"commitment-1@rapport"_s));
    EXPECT_EQ(eventWithUid(nextDay, u"touchbase-2@rapport"_s)[u"dtstart"_s].toString(), u"2025-03-23"_s);
    EXPECT_GT(sequence(nextDay, u"touchbase-2@rapport"_s), sequence(later, u"touchbase-2@rapport"_s));
}

TEST_F(CalendarExportTest, AJournalMovedByJsonUpdatesTheSameEvents)
{
    fillJournal(journal.journal());
    const QJsonObject original = exported(journal.db(), u"original"_s);
    const QString json = file(u"journal.json"_s);
    must(JsonExport::writeFile(journal.db(), json, clock));
    test::TempJournal moved { date("2025-03-15") };
    must(JsonImport::read(moved.journal(), json));
    const QJsonObject again = exported(moved.db(), u"moved"_s);
    // Every event comes back under its UID with its summary; snoozes and dismissals do not
    // travel with JSON, so a few dates differ and the dismissed follow-up is back.
    for (const QJsonValue &e : events(original)) {
        const QString uid = e[u"uid"_s].toString();
        EXPECT_EQ(eventWithUid(again, uid)[u"summary"_s], e[u"summary"_s]) << uid.toStdString();
    }
    EXPECT_EQ(eventWithUid(again, u"follow-up-7@rapport"_s)[u"summary"_s].toString(),
        u"Follow up with Ben Okafor: dismissed"_s);
}

TEST_F(CalendarExportTest, NothingFromNotesGoesIntoTheFile)
{
    fillJournal(journal.journal());
    const QString path = file(u"private.ics"_s);
    must(CalendarExport::writeFile(journal.db(), path, clock));
    const QByteArray ics = test::readAll(path);
    EXPECT_FALSE(ics.contains("PRIVATE ")) << ics.toStdString();
    EXPECT_TRUE(ics.contains("CLASS:PRIVATE\r\n"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST_F(CalendarExportTest, LongMultiByteTextFoldsIntoWholeCharacters)
{
    // 200 characters of two, three and four octets each, and a what with everything TEXT escapes.
    const QString name = QString(u"Zoë Ångström 日本語 😀 "_s).repeated(10).left(200).trimmed();
    const Id id = must(journal->addColleague(test::makeColleague(name, 0, "2024-01-01")));
    const QString what = u"back\\slash; semi, comma\nsecond line\r\nthird: \"quoted\" 😀"_s;
    must(journal->addFollowUp(test::makeFollowUp(id, "2025-03-20", what)));
    const QString path = file(u"long.ics"_s);
    must(CalendarExport::writeFile(journal.db(), path, clock));

    const QByteArray ics = test::readAll(path);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("\r\n"), ics.count('\n')); // no bare line feed
    const QList<QByteArray> lines = ics.chopped(1).split('\n');
    int folded = 0;
    for (QByteArray line : lines) {
        ASSERT_TRUE(line.endsWith('\r'));
        line.chop(1);
        EXPECT_LE(line.size(), 75) << line.toStdString();
        EXPECT_TRUE(QUtf8StringView(line).isValidUtf8()) << line.toStdString(); // not cut inside a character
        folded += line.startsWith(' ');
    }
    EXPECT_GE(folded, 8); // the summary and the alarm's description, several lines each
    // Unfolded, the summary is the escaped text whole.
    const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
    const QString summary = u"Follow up with %1: %2"_s.arg(name, what);
    QString escaped = summary;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u";"_s, u"\\;"_s).replace(u","_s, u"\\,"_s);
    escaped.replace(u"\r\n"_s, u"\\n"_s).replace(u"\n"_s, u"\\n"_s);
    EXPECT_TRUE(unfolded.contains(QByteArray("\r\nSUMMARY:" + escaped.toUtf8() + "\r\n")));

    // Python reads the same text back, with its one line break for CRLF.
    const QJsonObject calendar = pythonCalendar(path);
    EXPECT_EQ(calendar[u"errors"_s].toArray(), QJsonArray());
    ASSERT_EQ(events(calendar).size(), 1);
    EXPECT_EQ(events(calendar)[0][u"summary"_s].toString(), QString(summary).replace(u"\r\n"_s, u"\n"_s));
}

TEST_F(CalendarExportTest, AnEmptyJournalIsAnEmptyCalendar)
{
    const QJsonObject calendar = exported(journal.db(), u"empty"_s);
    EXPECT_EQ(calendar[u"name"_s].toString(), u"Rapport"_s);
    EXPECT_EQ(events(calendar), QJsonArray());
}

TEST_F(CalendarExportTest, ProgressCountsEventsAndACancelLeavesNoFile)
{
    fillJournal(journal.journal());
    const QString path = file(u"cancelled.ics"_s);
    QList<qint64> seen;
    must(CalendarExport::writeFile(journal.db(), path, clock, {}, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, kExpectedOutline.size());
        seen << done;
        return true;
    }));
    EXPECT_EQ(seen.last(), kExpectedOutline.size());
    ASSERT_TRUE(QFile::remove(path));
    const Status cancelled
        = CalendarExport::writeFile(journal.db(), path, clock, {}, [](qint64 done, qint64) { return done < 4; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().message, u"The export was cancelled."_s);
    EXPECT_EQ(QDir(journal.folder()).entryList({ u"*.ics*"_s }, QDir::Files | QDir::Hidden), QStringList());
}

} // namespace
} // namespace rapport::core::io

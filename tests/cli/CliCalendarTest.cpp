// rapport-cli export --format ics: upcoming touchbases, follow-ups and promises as
// iCalendar on stdout or in a file, the alarm at the app's reminder time or --alarm, the
// horizon (--days), "today" pinned with --date, and the usage errors of its options.

#include "CliRunner.h"
#include "services/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *arg : list)
        out << QString::fromUtf8(arg);
    return out;
}

// The lines of an .ics text (CRLF-ended), unfolded, without DTSTAMP (the export's moment).
QStringList contentLines(QString ics)
{
    EXPECT_TRUE(ics.endsWith(u"\r\n"_s));
    ics.replace(u"\r\n "_s, QString());
    QStringList lines = ics.split(u"\r\n"_s, Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(u"DTSTAMP:"_s); });
    return lines;
}

// "UID DTSTART SUMMARY" of each event.
QStringList outline(const QString &ics)
{
    QStringList out;
    QString uid, start;
    for (const QString &line : contentLines(ics)) {
        if (line.startsWith(u"UID:"_s))
            uid = line.mid(4);
        else if (line.startsWith(u"DTSTART;VALUE=DATE:"_s))
            start = line.mid(19);
        else if (line.startsWith(u"SUMMARY:"_s))
            out << uid + u' ' + start + u' ' + line.mid(8);
    }
    return out;
}

QStringList triggers(const QString &ics)
{
    return contentLines(ics).filter(QRegularExpression(u"^TRIGGER:"_s));
}

class CliCalendarTest : public CliTest
{
protected:
    void SetUp() override
    {
        ok(args({ "init" }));
        ok(args({ "add-colleague", "Ana Silva", "--cadence", "14", "--since", "2025-01-01" }));
        ok(args({ "add-colleague", "Ben Okafor", "--cadence", "7", "--since", "2025-01-01" }));
        ok(args({ "log", "coffee", "Ana Silva", "--date", "2025-03-10", "--note", "private words" }));
        ok(args({ "log", "coffee", "Ben Okafor", "--date", "2025-03-01" }));
        ok(args({ "follow-up", "Ana Silva", "--what", "ask about Lisbon, the trip; and more", "--due", "2025-03-20" }));
        ok(args(
            { "promise", "Ben Okafor", "--what", "send the notes", "--made", "2025-03-01", "--due", "2025-03-12" }));
        ok(args({ "promise", "Ana Silva", "--what", "review the doc", "--made", "2025-03-01", "--due", "2025-04-30",
            "--theirs" }));
    }

    QString ics(QStringList extra = {}) const
    {
        return ok(args({ "export", "--format", "ics", "--date", "2025-03-15" }) << extra);
    }
};

const QStringList kOutline = {
    u"touchbase-2@rapport 20250315 Touch base with Ben Okafor"_s,
    u"commitment-1@rapport 20250315 Promised to Ben Okafor: send the notes"_s,
    u"follow-up-1@rapport 20250320 Follow up with Ana Silva: ask about Lisbon\\, the trip\\; and more"_s,
    u"touchbase-1@rapport 20250324 Touch base with Ana Silva"_s,
    u"commitment-2@rapport 20250430 Ana Silva promised: review the doc"_s,
};

TEST_F(CliCalendarTest, WritesUpcomingEventsToStdoutOrAFile)
{
    const QString out = ics();
    EXPECT_TRUE(out.startsWith(u"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//Rapport "_s));
    EXPECT_TRUE(out.endsWith(u"END:VCALENDAR\r\n"_s));
    EXPECT_EQ(outline(out), kOutline);
    EXPECT_FALSE(out.contains(u"private words"_s));
    // No settings yet: the app's default reminder time.
    EXPECT_EQ(triggers(out), QStringList(kOutline.size(), u"TRIGGER:PT9H"_s));
    EXPECT_TRUE(contentLines(out).contains(u"DESCRIPTION:On a 7-day cadence.\\nDue since 2025-03-08."_s));

    const QString file = path(u"upcoming.ics"_s);
    EXPECT_EQ(ok(args({ "export", "--format", "ics", "--date", "2025-03-15", "--output" }) << file),
        u"exported to %1\n"_s.arg(file));
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(contentLines(QString::fromUtf8(written.readAll())), contentLines(out));
    EXPECT_EQ(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

TEST_F(CliCalendarTest, AlarmsFollowTheAppsReminderTimeOrAlarm)
{
    {
        core::Settings settings(QDir(configHome()).filePath(u"rapport/rapport.conf"_s));
        settings.setReminderTime(QTime(8, 15));
    }
    EXPECT_EQ(triggers(ics()), QStringList(kOutline.size(), u"TRIGGER:PT8H15M"_s));
    EXPECT_EQ(triggers(ics(args({ "--alarm", "7:30" }))), QStringList(kOutline.size(), u"TRIGGER:PT7H30M"_s));
    EXPECT_EQ(triggers(ics(args({ "--alarm", "18:05" }))), QStringList(kOutline.size(), u"TRIGGER:PT18H5M"_s));
    const QString silent = ics(args({ "--alarm", "none" }));
    EXPECT_EQ(triggers(silent), QStringList());
    EXPECT_FALSE(silent.contains(u"VALARM"_s));
}

TEST_F(CliCalendarTest, DaysAndDateChooseTheWindow)
{
    EXPECT_EQ(outline(ics(args({ "--days", "5" }))), kOutline.mid(0, 3));
    EXPECT_EQ(outline(ics(args({ "--days", "0" }))), kOutline.mid(0, 2));
    // A week later what is overdue moves to that day; Ana's touchbase is two days off.
    const QString later = ok(args({ "export", "--format", "ics", "--date", "2025-03-22", "--days", "1" }));
    EXPECT_EQ(outline(later),
        (QStringList { u"touchbase-2@rapport 20250322 Touch base with Ben Okafor"_s,
            u"follow-up-1@rapport 20250322 Follow up with Ana Silva: ask about Lisbon\\, the trip\\; and more"_s,
            u"commitment-1@rapport 20250322 Promised to Ben Okafor: send the notes"_s }));
}

TEST_F(CliCalendarTest, BadOptionsAreErrors)
{
    const auto fails = [this](const QStringList &command, int status, const QString &message) {
        const CliRun r = runDb(command);
        EXPECT_EQ(r.exitCode, status) << command.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_EQ(r.err, message) << command.join(u' ').toStdString();
        EXPECT_EQ(r.out, QString());
    };
    const auto usage = [](const QString &message) {
        return u"rapport-cli: %1\nTry \"rapport-cli export --help\".\n"_s.arg(message);
    };
    fails(args({ "export", "--format", "json", "--alarm", "9:00" }), 2, usage(u"--alarm goes with --format ics"_s));
    fails(args({ "export", "--format", "csv", "--days", "3" }), 2, usage(u"--days goes with --format ics"_s));
    fails(args({ "export", "--format", "ics", "--list", "colleagues" }), 2, usage(u"--list goes with --format csv"_s));
    fails(args({ "export", "--format", "ics", "--alarm", "25:00" }), 1,
        u"rapport-cli: --alarm: 25:00 is not a time (HH:MM) or none\n"_s);
    fails(args({ "export", "--format", "ics", "--days", "-1" }), 1,
        u"rapport-cli: --days: -1 is not between 0 and 9999\n"_s);
    fails(args({ "export", "--format", "ics", "--date", "2025-02-30" }), 1,
        u"rapport-cli: --date: 2025-02-30 is not a date (YYYY-MM-DD)\n"_s);
    const CliRun missing = run(args({ "export", "--format", "ics", "--db" }) << path(u"none.rapport"_s));
    EXPECT_EQ(missing.exitCode, 1);
}

} // namespace
} // namespace rapport::test

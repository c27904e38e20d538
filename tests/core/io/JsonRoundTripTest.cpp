// The rapport-journal JSON format: an export holds every record in the documented shape;
// imported into an empty journal it restores the journal exactly, so exporting again gives
// the same text but for exported_at; imported into a journal with records it merges with
// new ids and the references follow; cancelling leaves no file and no change.

#include "IoTestSupport.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"
#include "services/DemoJournal.h"
#include "storage/JournalReader.h"
#include "storage/Query.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

const FixedClock kExportClock(QDateTime(QDate(2025, 3, 15), QTime(9, 30), QTimeZone(3600)));

QByteArray exported(Database &db, const Clock &clock = kExportClock)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    must(JsonExport::write(db, buffer, clock), "export");
    return buffer.data();
}

QByteArray withoutExportedAt(QByteArray json)
{
    QList<QByteArray> lines = json.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.startsWith("  \"exported_at\": "); });
    return lines.join('\n');
}

// Every table of the schema's versions 1 to 3, the ones an export covers.
QStringList journalTables(Database &db)
{
    static const QStringList tables = { u"colleague|"_s, u"colleague_tag|"_s, u"colleague_photo|"_s, u"fact|"_s,
        u"interaction|"_s, u"participant|"_s, u"gratitude|"_s, u"commitment|"_s, u"renegotiation|"_s, u"follow_up|"_s,
        u"reflection|"_s, u"about_me|"_s, u"contact_day|"_s, u"interaction_day|"_s, u"gratitude_day|"_s };
    QStringList rows = test::dumpJournal(db);
    rows.removeIf([](const QString &row) {
        return std::none_of(tables.begin(), tables.end(), [&](const QString &table) { return row.startsWith(table); });
    });
    return rows;
}

class JsonRoundTripTest : public ::testing::Test
{
protected:
    QString file(const char *name) const { return QDir(source.folder()).filePath(QString::fromLatin1(name)); }

    test::TempJournal source { date("2025-03-15") };
    test::TempJournal target { date("2025-03-15") };
};

TEST_F(JsonRoundTripTest, DemoJournalComesBackExactlyIntoAnEmptyJournal)
{
    must(fillDemoJournal(source.journal(), 7), "demo");
    // Snoozes are reminder state, which the format does not carry.
    must(storage::execute(source.db(), QStringLiteral("UPDATE colleague SET snoozed_until = NULL")), "unsnooze");
    const QString path = file("demo.json");
    must(JsonExport::writeFile(source.db(), path, kExportClock), "export");

    const ImportSummary summary = must(JsonImport::read(target.journal(), path), "import");
    EXPECT_FALSE(summary.merged);
    const auto counts = must(storage::JournalReader(source.db()).counts());
    EXPECT_EQ(summary.added.total(), counts.total());
    EXPECT_EQ(summary.added.interactions, counts.interactions);

    const FixedClock later(QDateTime(QDate(2025, 4, 1), QTime(18, 5), QTimeZone(-4 * 3600)));
    const QByteArray first = test::readAll(path);
    const QByteArray second = exported(target.db(), later);
    EXPECT_TRUE(second.contains("\"exported_at\": \"2025-04-01T18:05:00-04:00\""));
    EXPECT_EQ(withoutExportedAt(second), withoutExportedAt(first));
    // Not just the same text: the same rows, ids, aggregates and all.
    EXPECT_EQ(journalTables(target.db()), journalTables(source.db()));
    EXPECT_EQ(must(target.db().integrityProblems(false)), QStringList());
}

TEST_F(JsonRoundTripTest, ExportHasTheDocumentedShape)
{
    test::fillSmallJournal(source.journal());
    const QByteArray json = exported(source.db());
    const QList<QByteArray> lines = json.split('\n');
    EXPECT_EQ(lines[0], "{");
    EXPECT_EQ(lines[1], "  \"format\": \"rapport-journal\",");
    EXPECT_EQ(lines[2], "  \"version\": 1,");
    EXPECT_EQ(lines[3], "  \"exported_at\": \"2025-03-15T09:30:00+01:00\",");
    // A colleague with no optional field set: every key in the documented order, null for none.
    EXPECT_TRUE(json.contains(
        "    {\"id\": 2, \"name\": \"Ben Okafor\", \"pronouns\": null, \"role\": null, \"team\": null, \"department\": "
        "null, "
        "\"email\": null, \"phone\": null, \"chat\": null, \"work_mode\": null, \"time_zone\": null, \"start_date\": "
        "null, "
        "\"birthday\": \"--05-14\", \"how_we_met\": null, \"preferred_channel\": null, \"best_time\": null, "
        "\"working_style\": null, \"cadence_days\": 7, \"tags\": [], \"notes\": null, \"tracked_since\": "
        "\"2024-02-01\", "
        "\"archived\": false, \"photo_png_base64\": null}\n"))
        << json.toStdString();
    EXPECT_TRUE(
        json.contains("    {\"id\": 1, \"date\": \"2025-03-01\", \"time\": \"12:35\", \"duration_min\": 45, "
                      "\"kind\": \"meal\", \"participants\": [1, 2], \"channel\": \"in_person\", "
                      "\"initiated_by\": \"them\", \"quality\": 4, \"notes\": \"Talked about the Lisbon trip.\\n"
                      "Ask about the kids' school.\"}\n"));
    EXPECT_TRUE(json.contains("\"status\": \"open\", \"closed_on\": null, \"renegotiations\": "
                              "[{\"from\": \"2025-03-08\", \"to\": \"2025-03-12\", \"on\": \"2025-03-05\"}]}"));
    EXPECT_TRUE(json.contains("\"due_on\": \"2025-03-14\", \"done_on\": null, \"fact_id\": 1}"));

    // And the same read by an independent parser.
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QStringList keys = { u"format"_s, u"version"_s, u"exported_at"_s, u"colleagues"_s, u"facts"_s,
        u"interactions"_s, u"gratitude"_s, u"commitments"_s, u"follow_ups"_s, u"reflections"_s, u"about_me"_s };
    QStringList sorted = keys;
    sorted.sort();
    EXPECT_EQ(doc.keys(), sorted);
    const QJsonObject ana = doc.value(u"colleagues"_s).toArray().at(0).toObject();
    EXPECT_EQ(ana.value(u"birthday"_s).toString(), u"1990-07-14"_s);
    EXPECT_EQ(ana.value(u"tags"_s).toArray().size(), 3);
    EXPECT_EQ(QByteArray::fromBase64(ana.value(u"photo_png_base64"_s).toString().toLatin1()), test::tinyPng());
    EXPECT_EQ(ana.value(u"work_mode"_s).toString(), u"hybrid"_s);
    const QJsonObject about = doc.value(u"about_me"_s).toObject();
    EXPECT_EQ(about.value(u"capacity"_s).toInt(), 9);
    EXPECT_EQ(about.value(u"strengths"_s).toString(), u"Follow-through"_s);
    EXPECT_EQ(doc.value(u"gratitude"_s).toArray().at(0).toObject().value(u"where"_s).toString(), u"private"_s);
}

TEST_F(JsonRoundTripTest, MergeGivesNewIdsAndRemapsEveryReference)
{
    // The file: Ana #1 and Ben #2; Ben's fact #1 and its follow-up; a meal with both.
    test::fillSmallJournal(source.journal());
    const QString path = file("small.json");
    must(JsonExport::writeFile(source.db(), path, kExportClock), "export");

    // The journal it goes into already has three colleagues, a fact, an interaction and a
    // reflection, an "about me" card of its own, and something to undo.
    Journal &j = target.journal();
    for (const char *name : { "Zoe", "Yann", "Xena" })
        must(j.addColleague(test::makeColleague(QString::fromLatin1(name))));
    must(j.addFact(test::makeFact(1, "2025-01-02", QStringLiteral("Plays the cello"))));
    must(j.logInteraction(test::makeInteraction("2025-01-03", { 1, 3 })));
    must(j.addReflection(test::makeReflection("2025-01-04", QStringLiteral("Mine"))));
    const AboutMe mine { QStringLiteral("Quiet"), {}, {}, 5 };
    must(j.setAboutMe(mine));
    ASSERT_TRUE(j.undoStack().canUndo());

    const ImportSummary summary = must(JsonImport::read(j, path), "merge");
    EXPECT_TRUE(summary.merged);
    EXPECT_EQ(summary.added.colleagues, 2);
    EXPECT_FALSE(j.undoStack().canUndo());

    Repositories &r = target.repos();
    // Ana -> #4, Ben -> #5, in the order of the file.
    EXPECT_EQ(must(r.colleagues.find(4))->name, QStringLiteral("Ana Silva"));
    EXPECT_EQ(must(r.colleagues.find(4))->tags, (QStringList { u"zeta"_s, u"alpha"_s, u"mentor"_s }));
    EXPECT_EQ(must(r.colleagues.find(4))->photoPng, test::tinyPng());
    EXPECT_EQ(must(r.colleagues.find(5))->name, QStringLiteral("Ben Okafor"));
    // The meal -> interaction #2 with both; the journal's own #1 untouched.
    EXPECT_EQ(must(r.interactions.find(2))->participants, (QList<Id> { 4, 5 }));
    EXPECT_EQ(must(r.interactions.find(1))->participants, (QList<Id> { 1, 3 }));
    // Ben's fact -> #2 about #5; its follow-up -> #1, about #5, pointing at fact #2.
    EXPECT_EQ(must(r.facts.find(2))->colleagueId, 5);
    const FollowUp followUp = *must(r.facts.findFollowUp(1));
    EXPECT_EQ(followUp.colleagueId, 5);
    EXPECT_EQ(followUp.factId, std::optional<Id>(2));
    EXPECT_EQ(must(r.gratitude.find(1))->colleagueId, 5);
    const Commitment promise = *must(r.commitments.find(1));
    EXPECT_EQ(promise.colleagueId, 4);
    EXPECT_EQ(promise.renegotiations.size(), 1);
    EXPECT_EQ(must(r.reflections.find(2))->text, QStringLiteral("Listen more than I talk"));
    // The journal's own card stays.
    EXPECT_EQ(must(r.reflections.aboutMe()), mine);
    EXPECT_EQ(must(target.db().integrityProblems(false)), QStringList());
}

TEST_F(JsonRoundTripTest, HandWrittenFileWithUnknownFieldsAndNoOptionalOnes)
{
    const QString path = file("hand.json");
    test::writeAll(path, R"({"format": "rapport-journal", "version": 1, "written_by": {"tool": "a script", "v": [1, 2]},
 "colleagues": [{"id": 7, "name": "  Ana   Silva ", "favourite_colour": "teal"}, {"id": 3, "name": "Ben"}],
 "interactions": [{"id": 1, "date": "2025-02-01", "kind": "coffee", "participants": [7, 3, 7]}],
 "gratitude": [{"id": 4, "colleague_id": 3, "date": "2025-02-02", "direction": "received", "what": "the review"}]
})");
    const ImportSummary summary = must(JsonImport::read(target.journal(), path), "import");
    EXPECT_FALSE(summary.merged);
    const Colleague ana = *must(target.repos().colleagues.find(7));
    EXPECT_EQ(ana.name, QStringLiteral("Ana Silva")); // tidied as the Validator does for every entry
    EXPECT_EQ(ana.trackedSince, date("2025-03-15")); // the journal clock's today
    EXPECT_EQ(must(target.repos().interactions.find(1))->participants, (QList<Id> { 3, 7 }));
    EXPECT_EQ(must(target.repos().gratitude.find(4))->where, GratitudeWhere::Private);
    EXPECT_EQ(must(target.db().integrityProblems(false)), QStringList());
}

TEST_F(JsonRoundTripTest, ProgressCountsEveryRecordAndCancelLeavesNothing)
{
    test::fillSmallJournal(source.journal());
    const QString path = file("small.json");
    QList<qint64> seen;
    must(JsonExport::writeFile(source.db(), path, kExportClock, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 8); // 2 colleagues and 6 other records
        seen << done;
        return true;
    }));
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last(), 8);
    const QByteArray whole = test::readAll(path);

    // A cancelled export leaves the earlier file as it was, and no new file.
    const auto cancel = [](qint64, qint64) { return false; };
    const Status cancelled = JsonExport::writeFile(source.db(), path, kExportClock, cancel);
    EXPECT_EQ(cancelled.error().message, QStringLiteral("The export was cancelled."));
    EXPECT_EQ(test::readAll(path), whole);
    const QString fresh = file("fresh.json");
    EXPECT_FALSE(JsonExport::writeFile(source.db(), fresh, kExportClock, cancel));
    EXPECT_FALSE(QFileInfo::exists(fresh));
    EXPECT_EQ(QDir(source.folder()).entryList(QDir::Files).filter(u".json"_s), QStringList { u"small.json"_s });

    // An import cancelled while it writes leaves the journal as it was.
    test::fillSmallJournal(target.journal());
    const QStringList before = test::dumpJournal(target.db());
    qint64 last = 0;
    auto stopped = JsonImport::read(target.journal(), path, [&](qint64 done, qint64 total) {
        EXPECT_EQ(total, 16); // each record checked, then written
        EXPECT_GT(done, last);
        last = done;
        return done < 12;
    });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().message, QStringLiteral("The import was cancelled; the journal was left as it was."));
    EXPECT_EQ(test::dumpJournal(target.db()), before);
}

TEST_F(JsonRoundTripTest, CancelledImportIntoAnEmptyJournalPutsIndexesAndTriggersBack)
{
    // Into an empty journal the import sets indexes and triggers aside while it writes:
    // a cancel (or any failure) must leave the schema and the connection as they were.
    test::fillSmallJournal(source.journal());
    const QString path = file("small.json");
    must(JsonExport::writeFile(source.db(), path, kExportClock), "export");
    const auto schema = [this] {
        QStringList rows;
        QSqlQuery q(target.db().connection());
        q.exec(u"SELECT type, name, sql FROM sqlite_schema ORDER BY name"_s);
        while (q.next())
            rows << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
        return rows;
    };
    const QStringList before = schema();
    const QVariant cache = test::pragma(target.db(), u"cache_size"_s);
    auto stopped = JsonImport::read(target.journal(), path, [](qint64 done, qint64 total) { return done < total - 1; });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(test::pragma(target.db(), u"cache_size"_s), cache);
    EXPECT_EQ(test::pragma(target.db(), u"ignore_check_constraints"_s).toInt(), 0);
    EXPECT_EQ(must(storage::JournalReader(target.db()).counts()).total(), 0);
    // And the next import goes through.
    must(JsonImport::read(target.journal(), path), "import");
    EXPECT_EQ(schema(), before);
    EXPECT_EQ(must(target.db().integrityProblems(false)), QStringList());
}

TEST_F(JsonRoundTripTest, ExportFileIsOwnerOnly)
{
    const QString path = file("private.json");
    must(JsonExport::writeFile(source.db(), path, kExportClock));
    EXPECT_EQ(
        QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
}

} // namespace
} // namespace rapport::core::io

// vCard import and colleagues already there: a card matches one by email (ignoring case),
// else by name; it is never added twice but skipped or updated, all together or one
// decision per contact, with the changes an update would make listed beforehand. Cards of
// one file that are the same colleague become one contact.

#include "IoTestSupport.h"
#include "io/VCardImport.h"
#include "photo/PhotoScaling.h"

#include <QDir>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::date;
using test::must;

class VCardMergeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Colleague ana = test::makeColleague(u"Ana Silva"_s, 14, "2024-05-01");
        ana.email = u"Ana.Silva@ACME.example"_s;
        ana.role = u"Engineer"_s;
        ana.howWeMet = u"Onboarding buddy"_s;
        ana.workMode = WorkMode::Hybrid;
        ana.tags = { u"coffee"_s, u"Mentor"_s };
        ana.notes = u"Old note"_s;
        anaId = must(journal->addColleague(ana));
        Colleague ben = test::makeColleague(u"ben okafor"_s, 30, "2024-06-01");
        ben.phone = u"+44 20 7946 0000"_s;
        benId = must(journal->addColleague(ben));
        must(journal->addColleague(test::makeColleague(u"Chloé Dubois"_s)));
    }

    VCardPlan plan(const QString &path)
    {
        return must(VCardImport::read(journal.journal(), path, scaledPhotoPng), "read");
    }

    Colleague stored(Id id) { return *must(journal.repos().colleagues.find(id)); }

    QString temp(const char *name, const QByteArray &content) const
    {
        const QString path = QDir(journal.folder()).filePath(QString::fromLatin1(name));
        test::writeAll(path, content);
        return path;
    }

    test::TempJournal journal { date("2026-01-15") };
    Id anaId = 0;
    Id benId = 0;
    const QString apple = test::fixture(u"vcard/apple.vcf"_s);
};

TEST_F(VCardMergeTest, MatchesByEmailIgnoringCaseElseByNameAndListsWhatAnUpdateWouldChange)
{
    const VCardPlan read = plan(apple);
    ASSERT_EQ(read.contacts.size(), 2);
    const VCardContact &ana = read.contacts[0];
    EXPECT_EQ(ana.line, 1);
    EXPECT_EQ(ana.existing, anaId);
    EXPECT_EQ(ana.existingName, u"Ana Silva"_s);
    EXPECT_EQ(ana.match, VCardContact::Match::Email); // the card's name differs
    EXPECT_EQ(ana.colleague.id, 0);
    EXPECT_EQ(ana.changes,
        (QStringList { u"Name: Ana Silva → Ana Maria Silva"_s, u"Role: Engineer → Staff Engineer"_s,
            u"Team: (none) → Platform"_s, u"Department: (none) → Engineering"_s,
            u"Email: Ana.Silva@ACME.example → ana.silva@acme.example"_s, u"Phone: (none) → +351 912 345 678"_s,
            u"Chat: (none) → ana.silva"_s, u"Birthday: (none) → --03-15"_s, u"Tags: platform added"_s,
            u"Notes: a paragraph added"_s, u"Photo: added"_s }));
    const VCardContact &ben = read.contacts[1];
    EXPECT_EQ(ben.line, 51);
    EXPECT_EQ(ben.existing, benId);
    EXPECT_EQ(ben.existingName, u"ben okafor"_s);
    EXPECT_EQ(ben.match, VCardContact::Match::Name); // no email in the journal
    EXPECT_EQ(ben.changes,
        (QStringList { u"Name: ben okafor → Ben Okafor"_s, u"Role: (none) → Product Manager"_s,
            u"Department: (none) → Product"_s, u"Email: (none) → ben.okafor@acme.example"_s,
            u"Birthday: (none) → 1988-11-02"_s }));
}

TEST_F(VCardMergeTest, SkipChangesNothingButTheUndoStack)
{
    const QStringList before = test::dumpJournal(journal.db());
    ASSERT_TRUE(journal->undoStack().canUndo());
    const VCardSummary summary = must(VCardImport::apply(journal.journal(), plan(apple), VCardMerge::Skip));
    EXPECT_EQ(summary.added, 0);
    EXPECT_EQ(summary.updated, 0);
    EXPECT_EQ(summary.skipped, 2);
    EXPECT_EQ(test::dumpJournal(journal.db()), before);
    EXPECT_FALSE(journal->undoStack().canUndo()); // imports are not undoable
}

TEST_F(VCardMergeTest, UpdateReplacesWhatTheCardHasAddsNotesAndTagsAndKeepsTheRest)
{
    const Colleague was = stored(anaId);
    const VCardSummary summary = must(VCardImport::apply(journal.journal(), plan(apple), VCardMerge::Update));
    EXPECT_EQ(summary.added, 0);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(summary.skipped, 0);
    EXPECT_EQ(must(journal.repos().colleagues.count()), 3); // never added twice

    const Colleague ana = stored(anaId);
    EXPECT_EQ(ana.name, u"Ana Maria Silva"_s);
    EXPECT_EQ(ana.role, u"Staff Engineer"_s);
    EXPECT_EQ(ana.email, u"ana.silva@acme.example"_s);
    EXPECT_EQ(ana.phone, u"+351 912 345 678"_s);
    EXPECT_EQ(ana.birthday, (Birthday { 3, 15, std::nullopt }));
    EXPECT_EQ(ana.tags, (QStringList { u"coffee"_s, u"Mentor"_s, u"platform"_s })); // "mentor" is there already
    EXPECT_EQ(ana.notes,
        u"Old note\n\nMet at the Lisbon offsite. Loves a flat white, no sugar.\nAsk about her "
        "marathon training in the spring."_s);
    EXPECT_FALSE(ana.photoPng.isEmpty());
    // What only Rapport keeps stays as it was.
    EXPECT_EQ(ana.cadenceDays, 14);
    EXPECT_EQ(ana.howWeMet, u"Onboarding buddy"_s);
    EXPECT_EQ(ana.workMode, WorkMode::Hybrid);
    EXPECT_EQ(ana.trackedSince, was.trackedSince);
    EXPECT_EQ(ana.archived, was.archived);

    const Colleague ben = stored(benId);
    EXPECT_EQ(ben.name, u"Ben Okafor"_s);
    EXPECT_EQ(ben.phone, u"+44 20 7946 0000"_s);
    EXPECT_EQ(ben.cadenceDays, 30);

    // The same file again has nothing left to change, and the notes are not added twice.
    const VCardPlan again = plan(apple);
    EXPECT_EQ(again.contacts[0].changes, QStringList());
    EXPECT_EQ(again.contacts[0].match, VCardContact::Match::Email);
    const VCardSummary second = must(VCardImport::apply(journal.journal(), again, VCardMerge::Update));
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.skipped, 2);
    EXPECT_EQ(stored(anaId), ana);
}

TEST_F(VCardMergeTest, OneDecisionPerContactAndNewColleaguesAreAddedAlongside)
{
    const QString path = temp("team.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nTITLE:Lead\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Farah Haddad\r\nEMAIL:farah@acme.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nTITLE:PM\r\nEND:VCARD\r\n");
    const VCardPlan read = plan(path);
    ASSERT_EQ(read.contacts.size(), 3);
    EXPECT_EQ(read.contacts[0].match, VCardContact::Match::Name);
    EXPECT_EQ(read.contacts[1].existing, std::nullopt);
    EXPECT_EQ(read.contacts[1].match, VCardContact::Match::None);
    EXPECT_EQ(read.contacts[1].changes, QStringList());

    // The decision for the new colleague is ignored: a contact without a match is added.
    const VCardSummary summary = must(VCardImport::apply(
        journal.journal(), read, QList<VCardMerge> { VCardMerge::Update, VCardMerge::Skip, VCardMerge::Skip }));
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.skipped, 1);
    EXPECT_EQ(stored(anaId).role, u"Lead"_s);
    EXPECT_EQ(stored(benId).role, QString());
    const Id farah = must(journal->resolveColleague(u"farah haddad"_s));
    EXPECT_EQ(stored(farah).email, u"farah@acme.example"_s);
    EXPECT_EQ(stored(farah).trackedSince, date("2026-01-15"));

    const auto wrong = VCardImport::apply(journal.journal(), read, QList<VCardMerge> { VCardMerge::Skip });
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().message, path + u": 1 decisions were given for 3 contacts"_s);
}

TEST_F(VCardMergeTest, CardsOfOneFileThatMatchEachOtherBecomeOneContact)
{
    const QString path = temp("twice.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Emi Nakamura\r\nEMAIL:emi@acme.example\r\nCATEGORIES:guild\r\n"
        "END:VCARD\r\n"
        // the same email in another case: fills what the first left blank
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Emi N.\r\nEMAIL:EMI@acme.example\r\nTEL:+81 3 1234 5678\r\n"
        "TITLE:Data Scientist\r\nCATEGORIES:Guild,research\r\nEND:VCARD\r\n"
        // the same name, no email
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN: emi  NAKAMURA \r\nTITLE:Ignored\r\nNOTE:Likes matcha.\r\nEND:VCARD\r\n");
    const VCardPlan read = plan(path);
    ASSERT_EQ(read.contacts.size(), 1);
    const Colleague &emi = read.contacts[0].colleague;
    EXPECT_EQ(read.contacts[0].line, 1);
    EXPECT_EQ(emi.name, u"Emi Nakamura"_s);
    EXPECT_EQ(emi.email, u"emi@acme.example"_s);
    EXPECT_EQ(emi.phone, u"+81 3 1234 5678"_s);
    EXPECT_EQ(emi.role, u"Data Scientist"_s); // the first to fill it
    EXPECT_EQ(emi.notes, u"Likes matcha."_s);
    EXPECT_EQ(emi.tags, (QStringList { u"guild"_s, u"research"_s }));
    const VCardSummary summary = must(VCardImport::apply(journal.journal(), read, VCardMerge::Skip));
    EXPECT_EQ(summary.added, 1);
    EXPECT_EQ(must(journal.repos().colleagues.count()), 4);
}

TEST_F(VCardMergeTest, ApplyRefusesWhenAMatchedColleagueIsGoneAndWritesNothing)
{
    const QString path = temp("team.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Farah Haddad\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nEND:VCARD\r\n");
    const VCardPlan read = plan(path);
    must(journal->deleteColleague(benId));
    const QStringList before = test::dumpJournal(journal.db());
    for (const VCardMerge merge : { VCardMerge::Skip, VCardMerge::Update }) {
        const auto applied = VCardImport::apply(journal.journal(), read, merge);
        ASSERT_FALSE(applied);
        EXPECT_EQ(applied.error().message,
            path + u": ben okafor (#%1) is no longer in the journal; read the file again"_s.arg(benId));
        EXPECT_EQ(test::dumpJournal(journal.db()), before);
    }
}

TEST_F(VCardMergeTest, AnUpdateTheValidatorRefusesNamesTheCardAndWritesNothing)
{
    Colleague ana = stored(anaId);
    for (int i = 0; i < 47; ++i)
        ana.tags << u"tag%1"_s.arg(i);
    must(journal->updateColleague(ana));
    const QString path = temp("tags.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Farah Haddad\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nCATEGORIES:one,two\r\nEND:VCARD\r\n");
    const VCardPlan read = plan(path);
    const QStringList before = test::dumpJournal(journal.db());
    const auto applied = VCardImport::apply(journal.journal(), read, VCardMerge::Update);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().message, path + u": line 5, field \"tags\": A colleague can have at most 50 tags."_s);
    EXPECT_EQ(applied.error().field, u"tags"_s);
    EXPECT_EQ(test::dumpJournal(journal.db()), before);
}

} // namespace
} // namespace rapport::core::io

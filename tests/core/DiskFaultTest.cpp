// Failures of the disk, injected deterministically (DESIGN.md section 9): every write path
// is run again and again with its 1st, 2nd, 3rd ... write or sync failing (a full disk, an
// I/O error, a read-only file) until it gets through. Each time the journal is either as it
// was before or as it is after a success, never in between; it passes its full check; the
// message names the journal and says what to do; and once the disk is well the same change
// goes through.

#include "FaultVfs.h"
#include "TestSupport.h"

#include "io/Backup.h"
#include "io/JsonExport.h"
#include "io/JsonImport.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <functional>

namespace rapport::core {
namespace {

using test::date;
using test::FaultVfs;
using test::must;

struct Fault
{
    FaultVfs::Op op;
    int code;
    const char *words; // what the message must say
};

const Fault kFaults[] = {
    { FaultVfs::Op::Write, SQLITE_FULL, "is full" },
    { FaultVfs::Op::Write, SQLITE_IOERR_WRITE, "could not be written" },
    { FaultVfs::Op::Sync, SQLITE_IOERR_FSYNC, "could not be written" },
    // A file made read-only under a running program (root ignores chmod, so injected).
    { FaultVfs::Op::Write, SQLITE_READONLY, "cannot be written to" },
};

class DiskFaultTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { FaultVfs::install(); }
    void SetUp() override
    {
        ana = must(journal->addColleague(test::makeColleague(QStringLiteral("Ana Silva"), 14)));
        ben = must(journal->addColleague(test::makeColleague(QStringLiteral("Ben Okafor"), 7)));
        coffee = must(journal->logInteraction(test::makeInteraction("2026-03-02", { ana, ben })));
        promise = must(journal->addCommitment(test::makeCommitment(ana, "2026-03-02", "2026-03-12")));
    }
    void TearDown() override { FaultVfs::disarm(); }

    // Runs `change` with the nth operation of the fault failing, for n = 1, 2, ... until it
    // succeeds with the fault unspent; checks the journal after every attempt.
    void everyStep(const char *what, const std::function<Status()> &change, bool countsJournalFiles = true)
    {
        for (const Fault &fault : kFaults) {
            const QStringList before = test::dumpJournal(journal.db());
            bool through = false;
            int failures = 0;
            for (int nth = 1; nth < 200 && !through; ++nth) {
                FaultVfs::arm(fault.op, nth, fault.code);
                const Status done = change();
                const bool fired = FaultVfs::fired();
                FaultVfs::disarm();
                SCOPED_TRACE(testing::Message() << what << ", fault " << fault.code << " at call " << nth);
                ASSERT_TRUE(must(journal.db().integrityProblems(false), "check").isEmpty());
                if (done) {
                    // A fault after the commit (a checkpoint) may not fail the change.
                    through = !fired;
                    if (fired)
                        takeBack(before);
                    continue;
                }
                ASSERT_TRUE(fired) << done.error().message.toStdString();
                ++failures;
                EXPECT_EQ(test::dumpJournal(journal.db()), before) << "a failed change left something behind";
                if (countsJournalFiles) {
                    EXPECT_TRUE(done.error().message.contains(QLatin1String(fault.words)))
                        << done.error().message.toStdString();
                    EXPECT_TRUE(done.error().message.contains(journal.path())) << done.error().message.toStdString();
                }
            }
            ASSERT_TRUE(through) << what << ": never got through";
            EXPECT_GT(failures, 0) << what << ": the fault " << fault.code << " never hit it";
            takeBack(before);
        }
    }

    // Takes back a change that went through, so the next fault starts from the same journal.
    void takeBack(const QStringList &before)
    {
        if (test::dumpJournal(journal.db()) == before)
            return;
        must(journal->undoStack().undo(), "undo");
        ASSERT_EQ(test::dumpJournal(journal.db()), before);
    }

    test::TempJournal journal { date("2026-03-10") };
    Id ana = 0;
    Id ben = 0;
    Id coffee = 0;
    Id promise = 0;
};

TEST_F(DiskFaultTest, AddingAColleague)
{
    everyStep("add colleague", [&]() -> Status {
        auto id = journal->addColleague(test::fullColleague(QStringLiteral("Cleo")));
        return id ? Status() : Status(id.error());
    });
}

TEST_F(DiskFaultTest, EveryEntryAndItsUndo)
{
    everyStep("log", [&]() -> Status {
        auto id = journal->logInteraction(test::fullInteraction("2026-03-09", { ana, ben }));
        return id ? Status() : Status(id.error());
    });
    everyStep("thank", [&]() -> Status {
        auto id = journal->addGratitude(test::makeGratitude(ben, "2026-03-09"));
        return id ? Status() : Status(id.error());
    });
    everyStep("close promise", [&] { return journal->closeCommitment(promise, CommitmentStatus::Done, date("2026-03-09")); });
    everyStep("delete colleague", [&] { return journal->deleteColleague(ben); });
}

TEST_F(DiskFaultTest, UndoingADeleteIsAllOrNothing)
{
    must(journal->deleteColleague(ben), "delete");
    const QStringList deleted = test::dumpJournal(journal.db());
    int failures = 0;
    for (int nth = 1; nth < 200; ++nth) {
        FaultVfs::arm(FaultVfs::Op::Write, nth, SQLITE_FULL);
        const Status undone = journal->undoStack().undo();
        const bool fired = FaultVfs::fired();
        FaultVfs::disarm();
        ASSERT_TRUE(must(journal.db().integrityProblems(false), "check").isEmpty());
        if (undone && !fired) {
            EXPECT_GT(failures, 0) << "the fault never hit the undo";
            return;
        }
        if (undone) {
            must(journal->undoStack().redo(), "redo");
            continue;
        }
        ++failures;
        EXPECT_EQ(test::dumpJournal(journal.db()), deleted) << "at write " << nth;
        EXPECT_TRUE(journal->undoStack().canUndo()) << "the change stays undoable";
    }
    FAIL() << "the undo never got through";
}

TEST_F(DiskFaultTest, AJsonImportIsAllOrNothing)
{
    const QString file = journal.folder() + QStringLiteral("/export.json");
    must(io::JsonExport::writeFile(journal.db(), file, journal.clock()), "export");
    for (const Fault &fault : kFaults) {
        // A journal with records of its own, so the import merges into it.
        test::TempJournal target { date("2026-03-10") };
        must(target->addColleague(test::makeColleague(QStringLiteral("Dana"))));
        const QStringList before = test::dumpJournal(target.db());
        bool through = false;
        int failures = 0;
        for (int nth = 1; nth < 400 && !through; ++nth) {
            FaultVfs::arm(fault.op, nth, fault.code);
            const auto imported = io::JsonImport::read(target.journal(), file);
            const bool fired = FaultVfs::fired();
            FaultVfs::disarm();
            SCOPED_TRACE(testing::Message() << "fault " << fault.code << " at call " << nth);
            ASSERT_TRUE(must(target.db().integrityProblems(false), "check").isEmpty());
            if (imported) {
                through = true;
                EXPECT_EQ(test::rowCount(target.db(), QStringLiteral("colleague")), 3);
                continue;
            }
            ASSERT_TRUE(fired) << imported.error().message.toStdString();
            ++failures;
            EXPECT_EQ(test::dumpJournal(target.db()), before) << "a failed import left something behind";
        }
        EXPECT_TRUE(through);
        EXPECT_GT(failures, 0) << "the fault " << fault.code << " never hit the import";
    }
}

TEST_F(DiskFaultTest, ABackupThatFailsLeavesNoFileAndTheJournalAsItWas)
{
    const QString target = journal.folder() + QStringLiteral("/backup.rapport");
    const QStringList before = test::dumpJournal(journal.db());
    int failures = 0;
    for (int nth = 1; nth < 400; ++nth) {
        FaultVfs::arm(FaultVfs::Op::Write, nth, SQLITE_FULL);
        const Status written = io::Backup::write(journal.db(), target);
        const bool fired = FaultVfs::fired();
        FaultVfs::disarm();
        EXPECT_EQ(test::dumpJournal(journal.db()), before);
        if (written && !fired) {
            EXPECT_GT(failures, 0) << "the fault never hit the backup";
            return;
        }
        ++failures;
        EXPECT_FALSE(written) << "at write " << nth;
        EXPECT_FALSE(QFileInfo::exists(target)) << "a half-written backup at write " << nth;
    }
    FAIL() << "the backup never got through";
}

} // namespace
} // namespace rapport::core

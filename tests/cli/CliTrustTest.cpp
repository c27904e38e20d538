// rapport-cli and a journal that another program has open, or that a disk damaged
// (DESIGN.md section 9): no command but check runs a whole-file check, so a -wal left by
// a running app costs nothing, and check still finds the damage.

#include "CliRunner.h"
#include "TestSupport.h"

#include "services/Journal.h"

namespace rapport::test {
namespace {

using namespace Qt::StringLiterals;

TEST_F(CliTest, OnlyCheckChecksTheWholeFile)
{
    ensureCoreApplication();
    core::FixedClock clock(date("2026-03-10"));
    {
        auto made = must(core::Journal::open(db(), core::Database::OpenMode::CreateIfMissing, clock));
        must(made->addColleague(makeColleague(u"Ana Silva"_s, 14)));
        for (int i = 0; i < 30; ++i)
            must(made->addReflection(core::Reflection { .date = date("2026-03-01"),
                .prompt = u"What went well?"_s,
                .text = QString(1500, QLatin1Char('a' + i)) }));
    }
    damageLastPage(db(), u"reflection"_s);

    // The app has the journal open and wrote to it: the -wal is there, which is no crash.
    auto app = must(core::Journal::open(db(), core::Database::OpenMode::MustExist, clock));
    must(app->addColleague(makeColleague(u"Ben Okafor"_s)));

    const CliRun due = runDb({ u"due"_s, u"--date"_s, u"2026-03-10"_s, u"--json"_s });
    EXPECT_EQ(due.exitCode, 0) << due.err.toStdString();

    const CliRun check = runDb({ u"check"_s });
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.startsWith(u"rapport-cli: the journal at %1 has "_s.arg(db()))) << check.err.toStdString();
    // SQLite's own words about the page, one problem a line.
    EXPECT_TRUE(check.out.contains(u"page"_s, Qt::CaseInsensitive)) << check.out.toStdString();
}

} // namespace
} // namespace rapport::test

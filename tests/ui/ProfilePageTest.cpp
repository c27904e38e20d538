// The profile card page: its timeline model under Qt's model tester, what it shows
// against the core figures, adding facts inline, archive and delete with undo, and the
// colleague's local time under a pinned clock. Delete's confirmation is injected through
// ProfilePage::setConfirmation, so no modal dialog runs in the tests.

#include "TestSupport.h"

#include "models/TimelineModel.h"
#include "pages/ProfilePage.h"
#include "pages/profile/DetailsPanel.h"
#include "pages/profile/HealthPanel.h"
#include "pages/profile/ProfileText.h"
#include "services/Stats.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTimeZone>

namespace rapport::ui {
namespace {

using core::Id;
using core::InteractionKind;
using test::date;
using test::must;

class ProfilePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        core::Colleague a = test::makeColleague(QStringLiteral("Ana Silva"), 14);
        a.pronouns = QStringLiteral("she/her");
        a.tags = QStringList{QStringLiteral("design"), QStringLiteral("runner")};
        ana = must(j().addColleague(a));
        ben = must(j().addColleague(test::makeColleague(QStringLiteral("Ben Okafor"), 7)));
        must(j().logInteraction(test::makeInteraction("2025-03-06", {ana}, InteractionKind::HelpGiven, 4)));
        must(j().logInteraction(test::makeInteraction("2025-03-01", {ana}, InteractionKind::HelpGiven, 5)));
        must(j().logInteraction(test::makeInteraction("2025-02-20", {ana, ben}, InteractionKind::HelpReceived, 4)));
        must(j().addGratitude(test::makeGratitude(ana, "2025-02-25")));
        const Id kept = must(j().addCommitment(test::makeCommitment(ana, "2025-02-01", "2025-02-10")));
        must(j().closeCommitment(kept, core::CommitmentStatus::Done, date("2025-02-09")));
        const Id late = must(j().addCommitment(test::makeCommitment(ana, "2025-02-01", "2025-02-15")));
        must(j().closeCommitment(late, core::CommitmentStatus::Done, date("2025-02-20")));
        must(j().addFact(test::makeFact(ana, "2025-02-25", QStringLiteral("Back from Lisbon on the 12th"))));
        j().undoStack().clear();
    }

    core::Journal &j() { return journal.journal(); }
    template<typename T>
    T *child(const ProfilePage &page, const char *name)
    {
        T *found = page.findChild<T *>(QLatin1String(name));
        if (!found)
            throw test::Failed(std::string("no child named ") + name);
        return found;
    }

    test::TempJournal journal{date("2025-03-15")};
    Id ana = 0, ben = 0;
};

core::TimelineEntry entry(int i)
{
    return {static_cast<core::TimelineEntry::Type>(i % 5), i + 1, date("2025-01-01").addDays(-i),
            QStringLiteral("Entry %1").arg(i), i % 3 ? QString() : QStringLiteral("Notes <b>%1</b>").arg(i)};
}

TEST(TimelineModelTest, PassesTheModelTesterAndFetchesInBatches)
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<core::TimelineEntry> entries;
    for (int i = 0; i < 250; ++i)
        entries.push_back(entry(i));
    model.setEntries(entries);
    EXPECT_EQ(model.rowCount(), TimelineModel::kBatch);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_FALSE(model.canFetchMore({}));

    const QModelIndex third = model.index(3, 0);
    EXPECT_EQ(third.data(TimelineModel::IdRole).value<Id>(), 4);
    EXPECT_EQ(third.data(TimelineModel::TitleRole).toString(), QStringLiteral("Entry 3"));
    EXPECT_EQ(third.data(TimelineModel::DetailRole).toString(), QStringLiteral("Notes <b>3</b>"));
    EXPECT_TRUE(third.data(Qt::DisplayRole).toString().contains(QStringLiteral("Entry 3")));
    EXPECT_FALSE(third.data(Qt::DecorationRole).value<QIcon>().isNull());

    model.setEntries({entry(0), entry(1)});
    EXPECT_EQ(model.rowCount(), 2);
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ProfilePageTest, ShowsTheColleagueAndTheScoreOfTheFigures)
{
    ProfilePage page(j());
    page.showColleague(ana);
    EXPECT_EQ(page.colleagueId(), ana);
    EXPECT_TRUE(page.isShowingColleague());
    EXPECT_EQ(child<QLabel>(page, "profileName")->text(), QStringLiteral("Ana Silva"));
    EXPECT_EQ(child<QLabel>(page, "profileName")->textFormat(), Qt::PlainText);

    const auto figures = must(core::computeColleagueFigures(j().database(), ana, date("2025-03-15")));
    EXPECT_EQ(page.healthPanel()->scoreText(), QStringLiteral("Health %1 of 100").arg(figures.health.score));
    EXPECT_TRUE(page.healthPanel()->cadenceText().startsWith(QStringLiteral("Every 14 day")));
    EXPECT_TRUE(page.healthPanel()->cadenceText().contains(QStringLiteral("next touchbase in 5 day")))
        << page.healthPanel()->cadenceText().toStdString();

    // Three interactions, thanks, two promises, the fact: newest first.
    EXPECT_EQ(page.timelineModel()->totalCount(), 7);
    EXPECT_EQ(page.timelineModel()->entry(0).date, date("2025-03-06"));
}

TEST_F(ProfilePageTest, HealthPartsSayTheNumbers)
{
    ProfilePage page(j());
    page.showColleague(ana);
    const QStringList parts = page.healthPanel()->partsText();
    ASSERT_EQ(parts.size(), 5) << parts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(parts[0].startsWith(QStringLiteral("Recency: last contact 9 day")));
    EXPECT_TRUE(parts[0].contains(QStringLiteral("within your 14-day cadence — 100 %")));
    EXPECT_TRUE(parts[1].startsWith(QStringLiteral("Consistency: on track ")));
    EXPECT_TRUE(parts[1].contains(QStringLiteral("of 90 days")));
    EXPECT_TRUE(parts[2].contains(QStringLiteral("rated 4.3 on average"))); // (4 + 5 + 4) / 3
    EXPECT_TRUE(parts[3].contains(QStringLiteral("you helped 2 time")));
    EXPECT_TRUE(parts[3].contains(QStringLiteral("they helped 1 time")));
    EXPECT_TRUE(parts[4].contains(QStringLiteral("1 of 2 kept on time — 50 %")));

    // A colleague with no rated talks, help or promises: those parts say why they are out.
    page.showColleague(ben);
    const QStringList benParts = page.healthPanel()->partsText();
    ASSERT_EQ(benParts.size(), 5);
    EXPECT_TRUE(benParts[3].contains(QStringLiteral("mostly them helping")));
    EXPECT_TRUE(benParts[4].contains(QStringLiteral("left out")));
}

TEST_F(ProfilePageTest, AddsAFactInlineWithAndWithoutFollowUp)
{
    ProfilePage page(j());
    page.showColleague(ana);
    child<QLineEdit>(page, "rememberText")->setText(QStringLiteral("Daughter started school"));
    child<QPushButton>(page, "rememberAdd")->click();
    auto facts = must(j().repositories().facts.listForColleague(ana));
    ASSERT_EQ(facts.size(), 2);
    EXPECT_EQ(facts.front().text, QStringLiteral("Daughter started school"));
    EXPECT_FALSE(facts.front().followUpOn.has_value());
    EXPECT_TRUE(must(j().repositories().facts.followUpsForColleague(ana)).isEmpty());
    EXPECT_TRUE(child<QLineEdit>(page, "rememberText")->text().isEmpty());

    child<QLineEdit>(page, "rememberText")->setText(QStringLiteral("Ask how the trip went"));
    child<QCheckBox>(page, "rememberWithFollowUp")->setChecked(true);
    child<QDateEdit>(page, "rememberFollowUpOn")->setDate(date("2025-03-20"));
    child<QPushButton>(page, "rememberAdd")->click();
    const auto followUps = must(j().repositories().facts.followUpsForColleague(ana));
    ASSERT_EQ(followUps.size(), 1);
    EXPECT_EQ(followUps.front().dueOn, date("2025-03-20"));
    EXPECT_EQ(followUps.front().what, QStringLiteral("Ask how the trip went"));

    // The follow-up's check box marks it done today.
    auto *done = child<QCheckBox>(page, "followUpDone");
    EXPECT_FALSE(done->isChecked());
    done->setChecked(true);
    EXPECT_EQ(must(j().repositories().facts.findFollowUp(followUps.front().id))->doneOn, date("2025-03-15"));
}

TEST_F(ProfilePageTest, ArchiveTogglesAndUndoRestores)
{
    ProfilePage page(j());
    page.showColleague(ana);
    auto *archive = child<QPushButton>(page, "archiveButton");
    EXPECT_EQ(archive->text(), QStringLiteral("Archive"));
    EXPECT_FALSE(child<QLabel>(page, "archivedBadge")->isVisibleTo(&page));
    archive->click();
    EXPECT_TRUE(must(j().repositories().colleagues.find(ana))->archived);
    EXPECT_EQ(archive->text(), QStringLiteral("Restore"));
    EXPECT_TRUE(child<QLabel>(page, "archivedBadge")->isVisibleTo(&page));
    must(j().undoStack().undo());
    EXPECT_FALSE(must(j().repositories().colleagues.find(ana))->archived);
    EXPECT_EQ(archive->text(), QStringLiteral("Archive"));
    archive->click();
    archive->click(); // Restore
    EXPECT_FALSE(must(j().repositories().colleagues.find(ana))->archived);
}

TEST_F(ProfilePageTest, ThankAndLogAreOneClickAwayForThisColleague)
{
    ProfilePage page(j());
    page.showColleague(ben);
    QSignalSpy thanked(&page, &ProfilePage::thankRequested);
    child<QPushButton>(page, "thankButton")->click();
    ASSERT_EQ(thanked.size(), 1);
    EXPECT_EQ(thanked.first().first().value<Id>(), ben);
}

TEST_F(ProfilePageTest, DeleteAsksWhatGoesAndUndoBringsEverythingBack)
{
    ProfilePage page(j());
    page.showColleague(ana);
    QString asked;
    page.setConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    child<QPushButton>(page, "deleteButton")->click();
    EXPECT_EQ(asked, QStringLiteral("Delete Ana Silva? This also deletes 2 interactions only with her, 1 thanks, "
                                    "2 promises and 1 fact; 1 shared interaction stays without her. "
                                    "You can undo this with Ctrl+Z."));
    EXPECT_TRUE(must(j().repositories().colleagues.exists(ana)));

    const QStringList before = test::dumpJournal(j().database());
    QSignalSpy deleted(&page, &ProfilePage::colleagueDeleted);
    page.setConfirmation([](const QString &) { return true; });
    child<QPushButton>(page, "deleteButton")->click();
    EXPECT_FALSE(must(j().repositories().colleagues.exists(ana)));
    ASSERT_EQ(deleted.count(), 1);
    EXPECT_EQ(deleted.at(0).at(0).value<Id>(), ana);
    EXPECT_FALSE(page.isShowingColleague());
    EXPECT_TRUE(child<QLabel>(page, "profileEmpty")->text().contains(QStringLiteral("Ana Silva")));

    must(j().undoStack().undo());
    EXPECT_EQ(test::dumpJournal(j().database()), before); // every row back, ids included
    EXPECT_TRUE(page.isShowingColleague());
    EXPECT_EQ(child<QLabel>(page, "profileName")->text(), QStringLiteral("Ana Silva"));
    EXPECT_EQ(deleted.count(), 1);
}

TEST_F(ProfilePageTest, ShowsTheirLocalTimeNow)
{
    core::Colleague c = must(j().repositories().colleagues.find(ana)).value();
    c.timeZone = QStringLiteral("Asia/Tokyo");
    must(j().updateColleague(c));
    journal.clock().set(QDateTime(date("2025-03-15"), QTime(12, 0), QTimeZone::utc()));

    ProfilePage page(j());
    page.showColleague(ana);
    EXPECT_EQ(page.detailsPanel()->localTimeText(), QStringLiteral("21:00 in Tokyo (9 h ahead of you)"));
    EXPECT_EQ(child<QLabel>(page, "localTime")->text(), page.detailsPanel()->localTimeText());

    journal.clock().set(QDateTime(date("2025-03-15"), QTime(12, 5), QTimeZone::utc()));
    page.detailsPanel()->refreshLocalTime();
    EXPECT_EQ(page.detailsPanel()->localTimeText(), QStringLiteral("21:05 in Tokyo (9 h ahead of you)"));

    const QDateTime now(date("2025-03-15"), QTime(12, 0), QTimeZone::utc());
    EXPECT_EQ(ProfileText::localTime(QStringLiteral("Asia/Kolkata"), now),
              QStringLiteral("17:30 in Kolkata (5 h 30 min ahead of you)"));
    EXPECT_EQ(ProfileText::localTime(QStringLiteral("America/New_York"), now),
              QStringLiteral("08:00 in New York (4 h behind you)"));
    EXPECT_EQ(ProfileText::localTime(QStringLiteral("Europe/Lisbon"), now),
              QStringLiteral("12:00 in Lisbon (same time as you)"));
    EXPECT_TRUE(ProfileText::localTime(QStringLiteral("Nowhere/Atlantis"), now).isEmpty());
}

TEST(ProfileTextTest, StartDateBirthdayAndPronouns)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_TRUE(ProfileText::startDate(date("2025-03-03"), date("2025-03-15")).contains(QStringLiteral("joined 12 day")));
    EXPECT_EQ(ProfileText::startDate(date("2021-03-01"), date("2025-03-15")), QStringLiteral("1 Mar 2021"));
    EXPECT_EQ(ProfileText::birthday(core::Birthday{7, 14, 1990}, date("2025-03-15")), QStringLiteral("14 July 1990"));
    EXPECT_EQ(ProfileText::birthday(core::Birthday{3, 15, std::nullopt}, date("2025-03-15")),
              QStringLiteral("15 March (today!)"));
    EXPECT_EQ(ProfileText::objectPronoun(QStringLiteral("he/him")), QStringLiteral("him"));
    EXPECT_EQ(ProfileText::objectPronoun(QString()), QStringLiteral("them"));
}


TEST_F(ProfilePageTest, FitsAt1280x800WithLongerText)
{
    // Every field filled, with text 40 % longer than usual, as a translation might be.
    core::Colleague c = test::fullColleague(QStringLiteral("Ana Maria Silva-Rodrigues de Albuquerque"));
    c.id = ana;
    c.role = QStringLiteral("Principal staff engineer for developer productivity and internal platforms");
    c.tags = QStringList{QStringLiteral("mentoring"), QStringLiteral("accessibility"), QStringLiteral("runner"),
                         QStringLiteral("design-systems"), QStringLiteral("lisbon"), QStringLiteral("new-parent")};
    must(j().updateColleague(c));
    must(j().addFact(test::makeFact(ana, "2025-03-10", QStringLiteral("Looking forward to the conference in Porto "
                                                                      "where she is giving a talk on onboarding"),
                                    date("2025-03-28"))));
    ProfilePage page(j());
    page.resize(1280 - 220, 800 - 60); // minus the navigation and the status bar
    page.show();
    page.showColleague(ana);
    QApplication::processEvents();
    auto *scroll = page.findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width());
}

} // namespace
} // namespace rapport::ui

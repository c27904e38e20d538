// The Colleagues page on real journals: the list model and its proxy under Qt's model
// tester, and the page driven through its widgets (typing, toggles, sorting, keyboard),
// following journal changes and undo with the selection kept.

#include "TestSupport.h"
#include "models/ColleagueFilterProxy.h"
#include "models/ColleagueListModel.h"
#include "pages/ColleaguesPage.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

using core::Id;
using test::date;
using test::must;

class ColleaguesPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::Colleague a = test::makeColleague(QStringLiteral("Ana Silva"), 14);
        a.role = QStringLiteral("Staff engineer");
        a.team = QStringLiteral("Payments");
        a.department = QStringLiteral("Engineering");
        a.tags = QStringList{QStringLiteral("mentor")};
        a.photoPng = photo();
        ana = must(j().addColleague(a));
        core::Colleague b = test::makeColleague(QStringLiteral("Ben Okafor"), 7);
        b.role = QStringLiteral("Designer");
        b.team = QStringLiteral("Growth");
        b.department = QStringLiteral("Product");
        ben = must(j().addColleague(b));
        core::Colleague c = test::makeColleague(QString::fromUtf8("Chloé Dubois"));
        c.team = QStringLiteral("Payments");
        c.tags = QStringList{QStringLiteral("remote")};
        chloe = must(j().addColleague(c));
        core::Colleague d = test::makeColleague(QStringLiteral("Dan Archer"), 30);
        d.team = QStringLiteral("Legal");
        dan = must(j().addColleague(d));
        must(j().logInteraction(test::makeInteraction("2025-03-10", {ana}, core::InteractionKind::Coffee, 5)));
        must(j().logInteraction(test::makeInteraction("2025-03-01", {ben})));
        must(j().setArchived(dan, true));
    }

    static QByteArray photo()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

    core::Journal &j() { return journal.journal(); }

    template<typename T>
    T *child(ColleaguesPage &page, const char *name)
    {
        T *found = page.findChild<T *>(QLatin1String(name));
        if (!found)
            throw test::Failed(std::string("no child ") + name);
        return found;
    }

    // The names the list shows, top to bottom.
    static QStringList shown(ColleaguesPage &page)
    {
        const QAbstractItemModel *model = page.findChild<QListView *>(QStringLiteral("colleagueList"))->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data(ColleagueListModel::NameRole).toString();
        return names;
    }

    // Adds `count` colleagues in one transaction, below the journal's notice (no reloads).
    void addMany(int count)
    {
        must(journal.db().transaction([&]() -> core::Status {
            for (int i = 0; i < count; ++i) {
                auto id = journal.repos().colleagues.insert(
                    test::makeColleague(QStringLiteral("Zed %1").arg(i, 4, 10, QLatin1Char('0')), i % 3 == 0 ? 7 : 0));
                if (!id)
                    return id.error();
            }
            return {};
        }),
             "add many");
    }

    test::TempJournal journal{date("2025-03-15")};
    Id ana = 0, ben = 0, chloe = 0, dan = 0;
};

const QString kChloe = QString::fromUtf8("Chloé Dubois");

TEST_F(ColleaguesPageTest, ModelAndProxyPassTheModelTesterThroughChanges)
{
    ColleagueListModel model(j());
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ColleagueFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(proxy.rowCount(), 3); // Dan is archived
    const QModelIndex first = model.index(0);
    EXPECT_EQ(first.data(ColleagueListModel::IdRole).toLongLong(), ana);
    EXPECT_EQ(first.data(ColleagueListModel::SubtitleRole).toString(), QStringLiteral("Staff engineer \u00B7 Payments"));
    EXPECT_EQ(first.data(ColleagueListModel::NextDueRole).toDate(), date("2025-03-24"));
    EXPECT_EQ(first.data(ColleagueListModel::LastContactRole).toDate(), date("2025-03-10"));
    EXPECT_EQ(first.data(ColleagueListModel::DueTextRole).toString(), QStringLiteral("due in 9 days"));
    EXPECT_TRUE(first.data(ColleagueListModel::HealthRole).isValid());
    EXPECT_EQ(first.data(ColleagueListModel::TagsRole).toStringList(), QStringList{QStringLiteral("mentor")});
    const QPixmap avatar = first.data(Qt::DecorationRole).value<QPixmap>();
    EXPECT_EQ(avatar.deviceIndependentSize().toSize(), QSize(36, 36));
    const QModelIndex benIndex = model.index(model.rowOf(ben));
    EXPECT_EQ(benIndex.data(ColleagueListModel::DueTextRole).toString(), QStringLiteral("7 days overdue"));
    EXPECT_EQ(model.index(model.rowOf(chloe)).data(ColleagueListModel::DueTextRole).toString(), QStringLiteral("no cadence"));
    EXPECT_FALSE(model.index(model.rowOf(dan)).data(ColleagueListModel::HealthRole).isValid());

    // A persistent index stays on its colleague through inserts, removals, moves and undo.
    const QPersistentModelIndex pinned(proxy.mapFromSource(benIndex));
    must(j().addColleague(test::makeColleague(QStringLiteral("Aaron"))));
    EXPECT_EQ(model.rowCount(), 5);
    must(j().setArchived(chloe, true));
    core::Colleague renamed = must(j().repositories().colleagues.find(ana)).value();
    renamed.name = QStringLiteral("Zoe Silva");
    must(j().updateColleague(renamed));
    proxy.setSortKey(core::ColleagueSort::Health);
    proxy.setSortKey(core::ColleagueSort::LastContact);
    must(j().undoStack().undo());
    must(j().undoStack().undo());
    must(j().undoStack().redo());
    must(j().deleteColleague(dan));
    ASSERT_TRUE(pinned.isValid());
    EXPECT_EQ(pinned.data(ColleagueListModel::IdRole).toLongLong(), ben);
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(ColleaguesPageTest, FetchesLazilyInBatches)
{
    addMany(450);
    ColleagueListModel model(j());
    ColleagueFilterProxy proxy;
    proxy.setSourceModel(&model);
    EXPECT_EQ(model.allRows().size(), 454u);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_TRUE(proxy.canFetchMore({}));
    proxy.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 454);
    EXPECT_FALSE(model.canFetchMore({}));
    // The testers check every row fetched so far, and every change from here on.
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // A change keeps what was fetched and inserts the newcomer in its place.
    const Id added = must(j().addColleague(test::makeColleague(QStringLiteral("Zed 0100b"))));
    EXPECT_EQ(model.rowCount(), 455);
    EXPECT_EQ(model.rowOf(added), 4 + 101);
    must(j().undoStack().undo());
    EXPECT_EQ(model.rowCount(), 454);
    EXPECT_EQ(model.rowOf(added), -1); // after Ana, Ben, Chloé, Dan and Zed 0000..0100
}

TEST_F(ColleaguesPageTest, SearchFindsColleaguesNotFetchedYet)
{
    addMany(450);
    ColleaguesPage page(j());
    auto *model = page.findChild<ColleagueListModel *>();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->rowCount(), 200);
    QTest::keyClicks(child<QLineEdit>(page, "colleagueSearch"), QStringLiteral("zed 0447"));
    EXPECT_EQ(shown(page), QStringList{QStringLiteral("Zed 0447")});
    EXPECT_EQ(child<QLabel>(page, "resultCount")->text(), QStringLiteral("1 of 453 colleagues"));
}

TEST_F(ColleaguesPageTest, TypingInTheSearchFieldFilters)
{
    ColleaguesPage page(j());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(page, "colleagueSearch");
    EXPECT_EQ(search->placeholderText(), QStringLiteral("Search name, role, team or tag"));
    EXPECT_TRUE(search->isClearButtonEnabled());
    EXPECT_EQ(shown(page), (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"), kChloe}));
    EXPECT_EQ(child<QLabel>(page, "resultCount")->text(), QStringLiteral("3 colleagues"));

    QTest::keyClicks(search, QStringLiteral("pay"));
    EXPECT_EQ(shown(page), (QStringList{QStringLiteral("Ana Silva"), kChloe}));
    EXPECT_EQ(child<QLabel>(page, "resultCount")->text(), QStringLiteral("2 of 3 colleagues"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("CHLOE"));
    EXPECT_EQ(shown(page), QStringList{kChloe});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("mentor"));
    EXPECT_EQ(shown(page), QStringList{QStringLiteral("Ana Silva")});

    QTest::keyClicks(search, QStringLiteral("xyz"));
    EXPECT_TRUE(shown(page).isEmpty());
    auto *empty = child<QLabel>(page, "emptyState");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No colleague matches; clear the search."));
    auto *clear = child<QPushButton>(page, "clearFiltersButton");
    ASSERT_TRUE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(shown(page).size(), 3);
    EXPECT_FALSE(empty->isVisible());
}

TEST_F(ColleaguesPageTest, FacetCombosDueNowAndArchivedToggles)
{
    ColleaguesPage page(j());
    auto *team = child<QComboBox>(page, "teamFilter");
    EXPECT_EQ(team->itemText(0), QStringLiteral("All teams"));
    EXPECT_EQ(team->count(), 3); // Growth, Payments; Legal only with the archived
    team->setCurrentIndex(team->findData(QStringLiteral("Payments")));
    EXPECT_EQ(shown(page), (QStringList{QStringLiteral("Ana Silva"), kChloe}));
    team->setCurrentIndex(0);
    auto *tag = child<QComboBox>(page, "tagFilter");
    tag->setCurrentIndex(tag->findData(QStringLiteral("remote")));
    EXPECT_EQ(shown(page), QStringList{kChloe});
    tag->setCurrentIndex(0);

    auto *dueNow = child<QCheckBox>(page, "dueNowToggle");
    dueNow->click();
    EXPECT_EQ(shown(page), QStringList{QStringLiteral("Ben Okafor")}); // 7 days overdue
    dueNow->click();

    auto *archived = child<QCheckBox>(page, "showArchivedToggle");
    archived->click();
    EXPECT_EQ(shown(page).size(), 4);
    EXPECT_TRUE(shown(page).contains(QStringLiteral("Dan Archer")));
    EXPECT_EQ(team->count(), 4);
    team->setCurrentIndex(team->findData(QStringLiteral("Legal")));
    EXPECT_EQ(shown(page), QStringList{QStringLiteral("Dan Archer")});
    // Hiding the archived again takes Legal away, and its filter with it.
    archived->click();
    EXPECT_EQ(team->currentIndex(), 0);
    EXPECT_EQ(shown(page).size(), 3);
}

TEST_F(ColleaguesPageTest, SortsByHealthLowestFirst)
{
    ColleaguesPage page(j());
    child<QCheckBox>(page, "showArchivedToggle")->click();
    auto *sort = child<QComboBox>(page, "sortCombo");
    ASSERT_EQ(sort->itemText(3), QStringLiteral("Health"));
    sort->setCurrentIndex(3);
    const QAbstractItemModel *model = child<QListView>(page, "colleagueList")->model();
    ASSERT_EQ(model->rowCount(), 4);
    for (int row = 1; row < 3; ++row) {
        EXPECT_LE(model->index(row - 1, 0).data(ColleagueListModel::HealthRole).toInt(),
                  model->index(row, 0).data(ColleagueListModel::HealthRole).toInt());
    }
    EXPECT_EQ(shown(page).last(), QStringLiteral("Dan Archer")); // archived: no health, last
    EXPECT_LT(shown(page).indexOf(QStringLiteral("Ben Okafor")), shown(page).indexOf(QStringLiteral("Ana Silva")));
    sort->setCurrentIndex(0);
    EXPECT_EQ(shown(page).first(), QStringLiteral("Ana Silva"));
}

TEST_F(ColleaguesPageTest, FollowsJournalChangesAndUndoKeepingTheSelection)
{
    ColleaguesPage page(j());
    ASSERT_TRUE(page.selectColleague(ben));
    must(j().addColleague(test::makeColleague(QStringLiteral("Aaron Abbott"))));
    EXPECT_EQ(shown(page).first(), QStringLiteral("Aaron Abbott"));
    EXPECT_EQ(child<QLabel>(page, "resultCount")->text(), QStringLiteral("4 colleagues"));
    EXPECT_EQ(page.currentColleague(), ben);

    must(j().undoStack().undo());
    EXPECT_EQ(shown(page), (QStringList{QStringLiteral("Ana Silva"), QStringLiteral("Ben Okafor"), kChloe}));
    EXPECT_EQ(page.currentColleague(), ben);
    must(j().undoStack().redo());
    EXPECT_EQ(shown(page).size(), 4);

    must(j().setArchived(ana, true));
    EXPECT_FALSE(shown(page).contains(QStringLiteral("Ana Silva")));
    EXPECT_EQ(page.currentColleague(), ben);
    must(j().undoStack().undo());
    EXPECT_TRUE(shown(page).contains(QStringLiteral("Ana Silva")));
    EXPECT_EQ(page.currentColleague(), ben);
}

TEST_F(ColleaguesPageTest, KeyboardFromSearchToListAndEnterOpens)
{
    ColleaguesPage page(j());
    QSignalSpy activated(&page, &ColleaguesPage::colleagueActivated);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    page.focusSearch();
    auto *search = child<QLineEdit>(page, "colleagueSearch");
    auto *list = child<QListView>(page, "colleagueList");
    QTest::keyClicks(search, QStringLiteral("d")); // Ben (designer), Chloé Dubois
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(list->hasFocus());
    EXPECT_EQ(page.currentColleague(), ben);
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(page.currentColleague(), chloe);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<Id>(), chloe);

    // Enter in the search field opens the colleague under the cursor (or the first match).
    page.focusSearch();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ana"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(1).at(0).value<Id>(), ana);

    // Double-click opens too.
    search->clear();
    list->doItemsLayout();
    const QModelIndex benIndex = list->model()->index(1, 0);
    const QPoint centre = list->visualRect(benIndex).center();
    // What a real double-click delivers: a click, then the double-click and its release.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
    ASSERT_EQ(activated.count(), 3);
    EXPECT_EQ(activated.at(2).at(0).value<Id>(), ben);

    QSignalSpy newRequested(&page, &ColleaguesPage::newColleagueRequested);
    QTest::mouseClick(child<QPushButton>(page, "newColleagueButton"), Qt::LeftButton);
    EXPECT_EQ(newRequested.count(), 1);
    EXPECT_FALSE(page.grab().isNull()); // paints every row through the delegate
}

TEST(ColleaguesPageEmptyTest, EmptyJournalSaysWhatToDoNext)
{
    test::TempJournal journal(date("2025-03-15"));
    ColleaguesPage page(journal.journal());
    page.show();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QString::fromUtf8("No colleagues yet. Add the first with Colleague \u25B8 New (Ctrl+N)."));
    EXPECT_FALSE(page.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isVisible());
    must(journal.journal().addColleague(test::makeColleague(QStringLiteral("Ana"))));
    EXPECT_FALSE(empty->isVisible());
    EXPECT_EQ(page.findChild<QLabel *>(QStringLiteral("resultCount"))->text(), QStringLiteral("1 colleague"));
}

} // namespace
} // namespace rapport::ui

// The Reflection page: its lazy, sortable model under Qt's model tester, writing an entry
// with a prompt in a few keystrokes, editing and deleting with undo, the "about me" card
// with its capacity sentence, and the curated prompts.

#include "TestSupport.h"

#include "dialogs/DialogSupport.h"
#include "models/ReflectionModel.h"
#include "pages/ReflectionPage.h"
#include "pages/reflection/AboutMeCard.h"
#include "pages/reflection/ReflectionEditor.h"
#include "pages/reflection/ReflectionPrompts.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

namespace rapport::ui {
namespace {

using core::Id;
using test::date;
using test::must;

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        throw test::Failed(std::string("no child ") + name);
    return found;
}

QList<Id> modelIds(ReflectionModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ReflectionModel::IdRole).toLongLong());
    return ids;
}

class ReflectionPageTest : public ::testing::Test
{
protected:
    core::Journal &j() { return journal.journal(); }
    Id add(const char *on, const QString &prompt, const QString &text)
    {
        return must(j().addReflection({0, date(on), prompt, text}));
    }

    test::TempJournal journal;
};

TEST(ReflectionPromptsTest, AtLeastTwentyDistinctQuestions)
{
    const QStringList prompts = ReflectionPrompts::all();
    EXPECT_GE(prompts.size(), 20);
    EXPECT_EQ(QSet<QString>(prompts.begin(), prompts.end()).size(), prompts.size());
    for (const QString &prompt : prompts)
        EXPECT_TRUE(prompt.endsWith(QLatin1Char('?'))) << prompt.toStdString();
    EXPECT_TRUE(prompts.contains(QStringLiteral("How many work relationships can I really keep up right now?")));
}

TEST_F(ReflectionPageTest, ModelPagesLazilyAndSortsByAnyColumnUnderTheModelTester)
{
    // 450 entries: more than two pages. Prompts differ in case and accents, where SQLite's
    // NOCASE order and a naive comparison would part ways.
    const QStringList prompts = {QStringLiteral("b question"), QStringLiteral("B question"), QStringLiteral("Émile?"),
                                 QStringLiteral("a question"), QString()};
    for (int i = 0; i < 450; ++i) {
        const QDate on = date("2024-01-01").addDays(i % 200);
        must(j().addReflection({0, on, prompts.at(i % prompts.size()), QStringLiteral("Entry %1").arg(i)}));
    }
    ReflectionModel model(j());
    EXPECT_EQ(model.rowCount(), ReflectionModel::kPageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto all = must(j().repositories().reflections.list()); // newest first, by (day, id)
    QList<Id> newest;
    for (const auto &r : all)
        newest.append(r.id);
    EXPECT_EQ(modelIds(model), newest);

    model.sort(ReflectionModel::DateColumn, Qt::AscendingOrder);
    QList<Id> oldest(newest.rbegin(), newest.rend());
    EXPECT_EQ(modelIds(model), oldest);

    model.sort(ReflectionModel::PromptColumn, Qt::AscendingOrder);
    std::stable_sort(all.begin(), all.end(), [](const core::Reflection &a, const core::Reflection &b) {
        if (const int c = core::storage::compareNoCase(a.prompt, b.prompt); c != 0)
            return c < 0;
        return std::pair(a.date, a.id) < std::pair(b.date, b.id);
    });
    QList<Id> byPrompt;
    for (const auto &r : all)
        byPrompt.append(r.id);
    EXPECT_EQ(modelIds(model), byPrompt);
    // NOCASE folds ASCII only: "a…" and "B…" interleave by letter, "É" (UTF-8 0xC3) sorts last.
    EXPECT_TRUE(model.index(0, ReflectionModel::PromptColumn).data(ReflectionModel::PromptRole).toString().isEmpty());
    EXPECT_EQ(model.index(model.rowCount() - 1, 0).data(ReflectionModel::PromptRole).toString(), QStringLiteral("Émile?"));

    // A change while sorted merges the new entry into its place among the rows loaded.
    const int loaded = model.rowCount();
    const Id fresh = add("2024-03-01", QStringLiteral("A question"), QStringLiteral("fresh"));
    EXPECT_EQ(model.rowCount(), loaded + 1);
    const auto after = std::find_if(all.begin(), all.end(), [](const core::Reflection &r) {
        return core::storage::compareNoCase(r.prompt, QStringLiteral("A question")) > 0
               || (r.prompt.compare(QStringLiteral("a question"), Qt::CaseInsensitive) == 0 && r.date > date("2024-03-01"));
    });
    byPrompt.insert(after - all.begin(), fresh);
    EXPECT_EQ(model.rowOf(fresh), static_cast<int>(after - all.begin()));
    EXPECT_EQ(modelIds(model), byPrompt);

    model.setSearch(QStringLiteral("ENTRY 44"));
    EXPECT_EQ(model.rowCount(), 11); // 44 and 440..449
}

TEST_F(ReflectionPageTest, WritesAnEntryWithAPromptInAFewKeystrokesAndUndoTakesItBack)
{
    ReflectionPage page(j());
    page.resize(1100, 700);
    page.show();
    auto *empty = child<QLabel>(page, "reflectionEmptyState");
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().startsWith(QStringLiteral("No reflections yet.")));

    auto *prompt = child<QComboBox>(page, "reflectionPrompt");
    prompt->setCurrentIndex(prompt->findData(QStringLiteral("What is my communication style under pressure, and how does "
                                                            "it land on others?")));
    auto *text = child<QPlainTextEdit>(page, "reflectionText");
    QTest::keyClicks(text, QStringLiteral("Short and clipped. I should say so when I am."));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

    const auto stored = must(j().repositories().reflections.list());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().date, date("2025-03-15"));
    EXPECT_EQ(stored.first().prompt, prompt->currentData().toString());
    EXPECT_EQ(stored.first().text, QStringLiteral("Short and clipped. I should say so when I am."));
    EXPECT_EQ(page.model()->rowCount(), 1);
    EXPECT_TRUE(page.view()->isVisible());
    EXPECT_EQ(page.editor()->editingId(), stored.first().id) << "further saves change this entry";
    EXPECT_EQ(j().undoStack().undoText(), QStringLiteral("Add reflection"));

    must(j().undoStack().undo());
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(page.editor()->editingId(), 0) << "the text stays, as a new entry";
    EXPECT_EQ(text->toPlainText(), QStringLiteral("Short and clipped. I should say so when I am."));
}

TEST_F(ReflectionPageTest, AnEmptyEntryIsRefusedBesideTheText)
{
    ReflectionPage page(j());
    page.show();
    QTest::keyClick(child<QPlainTextEdit>(page, "reflectionText"), Qt::Key_Return, Qt::ControlModifier);
    QLabel *error = page.editor()->errors().labelFor(QStringLiteral("text"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(must(j().repositories().reflections.list()).isEmpty());
}

TEST_F(ReflectionPageTest, ChoosingAnEntryEditsItAndDeleteRemovesItUndoably)
{
    const Id older = add("2025-03-01", QString(), QStringLiteral("Asked Ben for help with the migration."));
    const Id newer = add("2025-03-10", QStringLiteral("An old prompt, no longer curated?"), QStringLiteral("Draft"));
    ReflectionPage page(j());
    page.show();
    ASSERT_EQ(page.model()->rowCount(), 2);

    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, page.view()->visualRect(page.model()->index(0, 1)).center());
    EXPECT_EQ(page.editor()->editingId(), newer);
    EXPECT_EQ(page.editor()->prompt(), QStringLiteral("An old prompt, no longer curated?"));
    auto *text = child<QPlainTextEdit>(page, "reflectionText");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Final words"));
    child<QPushButton>(page, "saveReflection")->click();
    EXPECT_EQ(must(j().repositories().reflections.find(newer))->text, QStringLiteral("Final words"));
    EXPECT_EQ(page.model()->rowCount(), 2);

    page.view()->setCurrentIndex(page.model()->index(1, 0));
    QTest::keyClick(page.view(), Qt::Key_Delete);
    EXPECT_FALSE(must(j().repositories().reflections.find(older)).has_value());
    EXPECT_EQ(page.model()->rowCount(), 1);
    must(j().undoStack().undo());
    EXPECT_EQ(page.model()->rowCount(), 2);
    EXPECT_EQ(must(j().repositories().reflections.find(older))->text, QStringLiteral("Asked Ben for help with the migration."));
}

TEST_F(ReflectionPageTest, AboutMeWeighsCapacityAgainstCadencedColleaguesAndSavesUndoably)
{
    for (const char *name : {"Ana", "Ben", "Cara"})
        must(j().addColleague(test::makeColleague(QString::fromLatin1(name), 14)));
    must(j().addColleague(test::makeColleague(QStringLiteral("Dev without cadence"), 0)));
    const Id archived = must(j().addColleague(test::makeColleague(QStringLiteral("Eve"), 30)));
    must(j().setArchived(archived, true));

    AboutMeCard card(j());
    EXPECT_EQ(card.capacityText(),
              QStringLiteral("You keep a touchbase cadence with 3 colleagues, within your capacity of 12."));
    QTest::keyClicks(child<QPlainTextEdit>(card, "communicationStyle"), QStringLiteral("Direct; quiet under pressure"));
    auto *capacity = child<QSpinBox>(card, "capacity");
    capacity->setValue(2);
    EXPECT_TRUE(card.capacityText().startsWith(
        QStringLiteral("You keep a touchbase cadence with 3 colleagues, more than your capacity of 2.")));
    EXPECT_TRUE(card.isDirty());
    ASSERT_TRUE(card.save());
    EXPECT_FALSE(card.isDirty());

    const core::AboutMe saved = must(j().repositories().reflections.aboutMe());
    EXPECT_EQ(saved.communicationStyle, QStringLiteral("Direct; quiet under pressure"));
    EXPECT_EQ(saved.capacity, 2);
    must(j().undoStack().undo());
    EXPECT_EQ(must(j().repositories().reflections.aboutMe()).capacity, core::kDefaultCapacity);
    EXPECT_EQ(capacity->value(), core::kDefaultCapacity) << "the card follows the undo";
    EXPECT_TRUE(child<QPlainTextEdit>(card, "communicationStyle")->toPlainText().isEmpty());
}

} // namespace
} // namespace rapport::ui

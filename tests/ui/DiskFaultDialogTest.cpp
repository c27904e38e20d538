// A full disk while a dialog saves (DESIGN.md section 9): the dialog stays open with
// everything typed, says in plain words what happened to which journal, and saves once the
// disk has room again. The failure comes from support/FaultVfs, deterministically.

#include "FaultVfs.h"
#include "TestSupport.h"

#include "dialogs/QuickLogDialog.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <sqlite3.h>

namespace rapport::ui {
namespace {

using test::must;

TEST(DiskFaultDialogTest, QuickLogKeepsWhatWasTypedWhenTheDiskIsFull)
{
    test::FaultVfs::install();
    test::TempJournal tj;
    const core::Id ana = must(tj->addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));

    QuickLogDialog dialog(tj.journal());
    dialog.show();
    auto *with = dialog.findChild<QLineEdit *>(QStringLiteral("participants"));
    QTest::keyClicks(with, QStringLiteral("Ana Silva"));
    QTest::keyClick(with, Qt::Key_Return);
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    ASSERT_NE(notes, nullptr);
    notes->setPlainText(QStringLiteral("Asked about her trip to Lisbon"));

    test::FaultVfs::arm(test::FaultVfs::Op::Write, 1, SQLITE_FULL);
    QTest::keyClick(with, Qt::Key_Return); // empty: Enter saves
    test::FaultVfs::disarm();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(notes->toPlainText(), QStringLiteral("Asked about her trip to Lisbon"));
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("is full"))
            && label->text().contains(tj.path()))
            told = true;
    }
    EXPECT_TRUE(told) << "the dialog says the disk is full and names the journal";
    EXPECT_EQ(test::rowCount(tj.db(), QStringLiteral("interaction")), 0);

    QTest::keyClick(with, Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto logged = must(tj.repos().interactions.find(dialog.loggedId()));
    ASSERT_TRUE(logged);
    EXPECT_EQ(logged->participants, QList<core::Id> { ana });
    EXPECT_EQ(logged->notes, QStringLiteral("Asked about her trip to Lisbon"));
}

} // namespace
} // namespace rapport::ui

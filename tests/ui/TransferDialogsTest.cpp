// The dialogs of File ▸ Import and Back Up, driven offscreen: the passphrase rules, the
// CSV column mapping, and the vCard merge choices.
#include "TestSupport.h"
#include "dialogs/transfer/CsvMappingDialog.h"
#include "dialogs/transfer/PassphraseDialog.h"
#include "dialogs/transfer/VCardMergeDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

using core::io::ColleagueColumn;
using core::io::VCardMerge;

TEST(PassphraseDialogTest, AnEncryptedBackupNeedsTheSamePassphraseTwiceAndEightCharacters)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Encrypt, QStringLiteral("work.rapport-encrypted"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->text().isEmpty()); // nothing typed, nothing to scold

    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("short"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("at least 8 characters")));

    dialog.passphraseEdit()->setText(QStringLiteral("grüne Tür am Hafen"));
    dialog.repeatEdit()->setText(QStringLiteral("grüne Tür am Hafe"));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("x"));
    EXPECT_EQ(dialog.problemLabel()->text(), QStringLiteral("The two passphrases differ."));
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    dialog.repeatEdit()->setText(QStringLiteral("grüne Tür am Hafen"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.problemLabel()->isHidden());
    // UTF-8, as rapport-cli reads --passphrase-file, so either can open the other's backup.
    EXPECT_EQ(dialog.passphrase(), QStringLiteral("grüne Tür am Hafen").toUtf8());
    EXPECT_EQ(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
}

TEST(PassphraseDialogTest, OpeningABackupAsksOnceAndTakesAnyLength)
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Decrypt, QStringLiteral("old.rapport-encrypted"));
    EXPECT_EQ(dialog.repeatEdit(), nullptr);
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("abc"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
}

core::io::CsvColleagueImport::Preview preview()
{
    return { { QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("E-mail Address"),
                 QStringLiteral("Shoe size") },
        { { QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@example.org"), QStringLiteral("38") },
            { QStringLiteral("Ben"), QStringLiteral("Okafor"), QString(), QStringLiteral("44") } } };
}

TEST(CsvMappingDialogTest, HeadersAreGuessedAndEachFieldGoesToOneColumn)
{
    CsvMappingDialog dialog(QStringLiteral("contacts.csv"), preview());
    auto mapping = dialog.mapping();
    ASSERT_EQ(mapping.size(), 4);
    EXPECT_EQ(mapping[0], ColleagueColumn::GivenName);
    EXPECT_EQ(mapping[1], ColleagueColumn::FamilyName);
    EXPECT_EQ(mapping[2], ColleagueColumn::Email);
    EXPECT_EQ(mapping[3], std::nullopt); // no field is called "shoe size"
    EXPECT_TRUE(dialog.importButton()->isEnabled());

    // The user maps the last column to Email: the column that had it lets it go.
    QComboBox *shoe = dialog.fieldCombo(3);
    shoe->setCurrentIndex(shoe->findText(QStringLiteral("Email")));
    Q_EMIT shoe->activated(shoe->currentIndex());
    mapping = dialog.mapping();
    EXPECT_EQ(mapping[3], ColleagueColumn::Email);
    EXPECT_EQ(mapping[2], std::nullopt);
}

TEST(CsvMappingDialogTest, WithoutANameColumnTheImportCannotStart)
{
    CsvMappingDialog dialog(QStringLiteral("contacts.csv"), preview());
    for (int i : { 0, 1 }) {
        dialog.fieldCombo(i)->setCurrentIndex(0); // (leave out)
        Q_EMIT dialog.fieldCombo(i)->activated(0);
    }
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    QComboBox *first = dialog.fieldCombo(0);
    first->setCurrentIndex(first->findText(QStringLiteral("Name")));
    Q_EMIT first->activated(first->currentIndex());
    EXPECT_TRUE(dialog.importButton()->isEnabled());
}

core::io::VCardPlan mergePlan()
{
    core::io::VCardPlan plan;
    plan.path = QStringLiteral("contacts.vcf");
    core::io::VCardContact fresh;
    fresh.line = 1;
    fresh.colleague.name = QStringLiteral("Chidi Eze");
    core::io::VCardContact byEmail;
    byEmail.line = 9;
    byEmail.colleague.name = QStringLiteral("Ana Silva");
    byEmail.existing = 3;
    byEmail.existingName = QStringLiteral("Ana Silva");
    byEmail.match = core::io::VCardContact::Match::Email;
    byEmail.changes = { QStringLiteral("Role: Engineer → Lead") };
    core::io::VCardContact byName;
    byName.line = 20;
    byName.colleague.name = QStringLiteral("Ben Okafor");
    byName.existing = 4;
    byName.existingName = QStringLiteral("Ben Okafor");
    byName.match = core::io::VCardContact::Match::Name;
    plan.contacts = { fresh, byEmail, byName };
    return plan;
}

TEST(VCardMergeDialogTest, OnlyMatchedContactsAreListedAndEachIsUpdatedOrSkipped)
{
    const core::io::VCardPlan plan = mergePlan();
    VCardMergeDialog dialog(plan);
    QTreeWidget *tree = dialog.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("same email as Ana Silva"));
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Role: Engineer → Lead"));
    EXPECT_EQ(tree->topLevelItem(1)->text(1), QStringLiteral("same name as Ben Okafor"));
    // A card with changes starts ticked; one with nothing new starts as skip.
    EXPECT_EQ(dialog.decisions(), (QList<VCardMerge> { VCardMerge::Skip, VCardMerge::Update, VCardMerge::Skip }));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(summary->text(), QStringLiteral("1 new colleague will be added; 1 updated; 1 skipped."));

    dialog.setAll(true);
    EXPECT_EQ(dialog.decisions(), (QList<VCardMerge> { VCardMerge::Skip, VCardMerge::Update, VCardMerge::Update }));
    tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(dialog.decisions(), (QList<VCardMerge> { VCardMerge::Skip, VCardMerge::Skip, VCardMerge::Update }));
    EXPECT_EQ(summary->text(), QStringLiteral("1 new colleague will be added; 1 updated; 1 skipped."));
}

} // namespace
} // namespace rapport::ui

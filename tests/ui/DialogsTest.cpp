// The quick log and colleague editor, driven the way a user drives them: typing into
// fields, pressing Enter, reading the message beside a refused field.
#include "TestSupport.h"
#include "dialogs/ColleagueEditorDialog.h"
#include "dialogs/ColleagueForm.h"
#include "dialogs/DialogSupport.h"
#include "dialogs/ParticipantPicker.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/QuickLogDialog.h"
#include "services/Autostart.h"
#include "services/Settings.h"
#include "dialogs/ThankDialog.h"
#include "pages/GratitudeEntry.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

using namespace rapport;
using rapport::test::date;
using rapport::test::must;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        throw test::Failed(std::string("no child ") + name);
    return found;
}

void choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
}

bool showsError(QLabel *label)
{
    return label && !label->isHidden() && !label->text().isEmpty() && label->textFormat() == Qt::PlainText;
}

core::Colleague stored(test::TempJournal &tj, core::Id id)
{
    auto found = must(tj.repos().colleagues.find(id));
    if (!found)
        throw test::Failed("colleague not stored");
    return *found;
}

class DialogsTest : public ::testing::Test
{
protected:
    test::TempJournal tj;
};

TEST_F(DialogsTest, EditorAddsAColleagueWithExactlyTheTypedFields)
{
    ui::ColleagueEditorDialog dialog(tj.journal(), std::nullopt);
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("New colleague"));
    auto *name = child<QLineEdit>(dialog, "name");
    QTest::keyClicks(name, QStringLiteral("  Ana Silva "));
    QTest::keyClicks(child<QComboBox>(dialog, "team")->lineEdit(), QStringLiteral("Payments"));
    choose(child<QComboBox>(dialog, "cadence"), 14);
    QTest::keyClick(name, Qt::Key_Return); // Enter in a line edit saves

    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_NE(dialog.savedId(), 0);
    core::Colleague expected;
    expected.id = dialog.savedId();
    expected.name = QStringLiteral("Ana Silva");
    expected.team = QStringLiteral("Payments");
    expected.cadenceDays = 14;
    expected.trackedSince = date("2025-03-15");
    EXPECT_EQ(stored(tj, dialog.savedId()), expected);
}

TEST_F(DialogsTest, EditorKeepsCustomCadenceTagsBirthdayAndAScaledPhoto)
{
    ui::ColleagueEditorDialog dialog(tj.journal(), std::nullopt);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "name"), QStringLiteral("Ben Okafor"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tags"), QStringLiteral("mentor, new hire,,"));
    QTest::keyClicks(child<QLineEdit>(dialog, "birthday"), QStringLiteral("--07-14"));
    child<QComboBox>(dialog, "timeZone")->setEditText(QStringLiteral("Europe/Lisbon"));
    choose(child<QComboBox>(dialog, "cadence"), -1);
    auto *custom = child<QSpinBox>(dialog, "customCadence");
    EXPECT_FALSE(custom->isHidden());
    custom->setValue(21);
    QImage photo(600, 300, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    dialog.form()->setPhoto(photo);
    dialog.save();

    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const core::Colleague ben = stored(tj, dialog.savedId());
    EXPECT_EQ(ben.cadenceDays, 21);
    EXPECT_EQ(ben.tags, (QStringList{QStringLiteral("mentor"), QStringLiteral("new hire")}));
    EXPECT_EQ(ben.birthday, (core::Birthday{7, 14, std::nullopt}));
    EXPECT_EQ(ben.timeZone, QStringLiteral("Europe/Lisbon"));
    QImage saved;
    ASSERT_TRUE(saved.loadFromData(ben.photoPng, "PNG"));
    EXPECT_EQ(saved.size(), QSize(256, 128));
}

TEST_F(DialogsTest, EditorShowsAnEmptyNameBesideTheNameAndSavesNothing)
{
    ui::ColleagueEditorDialog dialog(tj.journal(), std::nullopt);
    dialog.show();
    QTest::keyClicks(child<QComboBox>(dialog, "team")->lineEdit(), QStringLiteral("Payments"));
    dialog.form()->setCurrentIndex(3); // the name is on another tab
    QTest::keyClick(child<QComboBox>(dialog, "team"), Qt::Key_Return);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), 0);
    EXPECT_EQ(must(tj.repos().colleagues.count()), 0);
    QLabel *message = dialog.form()->errors().labelFor(QStringLiteral("name"));
    EXPECT_TRUE(showsError(message));
    EXPECT_EQ(dialog.form()->currentIndex(), 0);
    EXPECT_EQ(dialog.focusWidget(), child<QLineEdit>(dialog, "name"));
    EXPECT_FALSE(showsError(dialog.form()->errors().labelFor(QStringLiteral("birthday"))));
}

TEST_F(DialogsTest, EditorShowsABadBirthdayBesideItAndSavesNothing)
{
    for (const QString &bad : {QStringLiteral("next spring"), QStringLiteral("1990-02-30"), QStringLiteral("--13-01")}) {
        SCOPED_TRACE(bad.toStdString());
        ui::ColleagueEditorDialog dialog(tj.journal(), std::nullopt);
        dialog.show();
        child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Chloé Martin")); // keyClicks is ASCII only
        auto *birthday = child<QLineEdit>(dialog, "birthday");
        QTest::keyClicks(birthday, bad);
        QTest::keyClick(birthday, Qt::Key_Return);

        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(must(tj.repos().colleagues.count()), 0);
        EXPECT_TRUE(showsError(dialog.form()->errors().labelFor(QStringLiteral("birthday"))));
        EXPECT_FALSE(showsError(dialog.form()->errors().labelFor(QStringLiteral("name"))));
        EXPECT_EQ(dialog.focusWidget(), birthday);
    }
}

TEST_F(DialogsTest, EditorChangesAnExistingColleagueAndUndoRestoresIt)
{
    const core::Colleague original = [&] {
        core::Colleague ana = test::fullColleague(QStringLiteral("Ana Silva"));
        ana.id = must(tj->addColleague(ana));
        return stored(tj, ana.id);
    }();

    { // Saving without a change keeps every field, photo and snooze included.
        ui::ColleagueEditorDialog dialog(tj.journal(), original.id);
        dialog.show();
        dialog.save();
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(stored(tj, original.id), original);
    }

    ui::ColleagueEditorDialog dialog(tj.journal(), original.id);
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Edit Ana Silva"));
    auto *name = child<QLineEdit>(dialog, "name");
    EXPECT_EQ(name->text(), original.name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ana Souza"));
    choose(child<QComboBox>(dialog, "cadence"), 30);
    QTest::keyClick(name, Qt::Key_Enter);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedId(), original.id);

    core::Colleague expected = original;
    expected.name = QStringLiteral("Ana Souza");
    expected.cadenceDays = 30;
    EXPECT_EQ(stored(tj, original.id), expected);

    must(tj->undoStack().undo());
    EXPECT_EQ(stored(tj, original.id), original);
}

class QuickLogTest : public DialogsTest
{
protected:
    void SetUp() override
    {
        ana = must(tj->addColleague(test::makeColleague(QStringLiteral("Ana Silva"))));
        ben = must(tj->addColleague(test::makeColleague(QStringLiteral("Ben Okafor"))));
        chloe = must(tj->addColleague(test::makeColleague(QStringLiteral("Chloé Martin"))));
    }
    qint64 interactions() { return must(tj.repos().interactions.count()); }

    core::Id ana = 0;
    core::Id ben = 0;
    core::Id chloe = 0;
};

TEST_F(QuickLogTest, TwoParticipantsKindAndQualityThenEnterSaves)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.show();
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Quick log"));
    auto *with = child<QLineEdit>(dialog, "participants");
    QTest::keyClicks(with, QStringLiteral("ana silva"));
    QTest::keyClick(with, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "Enter on a typed name chooses it; it does not save";
    QTest::keyClicks(with, QStringLiteral("Ben Okafor"));
    QTest::keyClick(with, Qt::Key_Return);
    EXPECT_TRUE(with->text().isEmpty());
    EXPECT_EQ(dialog.participantPicker()->participants(), (QList<core::Id>{ana, ben}));
    const auto chips = dialog.findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^chip")));
    ASSERT_EQ(chips.size(), 2);
    EXPECT_EQ(chips.at(0)->text(), QStringLiteral("Ana Silva ✕"));
    EXPECT_EQ(chips.at(1)->accessibleName(), QStringLiteral("Remove Ben Okafor"));
    choose(child<QComboBox>(dialog, "kind"), static_cast<int>(core::InteractionKind::Touchbase));
    choose(child<QComboBox>(dialog, "quality"), 5);

    QTest::keyClick(with, Qt::Key_Return); // empty now: Enter saves
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto logged = must(tj.repos().interactions.find(dialog.loggedId()));
    ASSERT_TRUE(logged);
    EXPECT_EQ(logged->participants, (QList<core::Id>{ana, ben}));
    EXPECT_EQ(logged->kind, core::InteractionKind::Touchbase);
    EXPECT_EQ(logged->quality, 5);
    EXPECT_EQ(logged->date, date("2025-03-15"));
    EXPECT_FALSE(logged->time);
    EXPECT_FALSE(logged->durationMin);
    EXPECT_FALSE(logged->channel);
}

TEST_F(QuickLogTest, CompleterMatchesAnywhereIgnoringCaseAndBackspaceRemovesTheLastChip)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.show();
    auto *with = child<QLineEdit>(dialog, "participants");
    QCompleter *completer = with->completer();
    ASSERT_TRUE(completer);
    completer->setCompletionPrefix(QStringLiteral("MART"));
    EXPECT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("Chloé Martin"));

    QTest::keyClicks(with, QStringLiteral("mart"));
    QTest::keyClick(with, Qt::Key_Return); // a part of one name is enough
    EXPECT_EQ(dialog.participantPicker()->participants(), QList<core::Id>{chloe});
    QTest::keyClicks(with, QStringLiteral("a"));
    QTest::keyClick(with, Qt::Key_Return); // a part of several names is not a choice
    EXPECT_EQ(dialog.participantPicker()->participants(), QList<core::Id>{chloe});
    EXPECT_TRUE(showsError(dialog.errors().labelFor(QStringLiteral("participants"))));
    with->clear();

    dialog.setParticipants({chloe, ana});
    EXPECT_EQ(dialog.participantPicker()->participants(), (QList<core::Id>{chloe, ana}));
    QTest::keyClick(with, Qt::Key_Backspace);
    EXPECT_EQ(dialog.participantPicker()->participants(), (QList<core::Id>{chloe}));
    child<QToolButton>(dialog, qPrintable(QStringLiteral("chip%1").arg(chloe)))->click();
    EXPECT_TRUE(dialog.participantPicker()->participants().isEmpty());
}

TEST_F(QuickLogTest, EnterInTheCompleterPopupChoosesTheNameWithoutSaving)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.show();
    auto *with = child<QLineEdit>(dialog, "participants");
    QTest::keyClicks(with, QStringLiteral("okaf"));
    QAbstractItemView *popup = with->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QApplication::processEvents(); // the completer's choice lands on the next turn
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.participantPicker()->participants(), QList<core::Id>{ben});
    EXPECT_TRUE(with->text().isEmpty());
    EXPECT_EQ(interactions(), 0);
}

TEST_F(QuickLogTest, WithoutParticipantsTheMessageIsBesideThemAndNothingIsSaved)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.show();
    QTest::keyClick(child<QComboBox>(dialog, "kind"), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.loggedId(), 0);
    EXPECT_EQ(interactions(), 0);
    EXPECT_TRUE(showsError(dialog.errors().labelFor(QStringLiteral("participants"))));
    EXPECT_EQ(dialog.focusWidget(), child<QLineEdit>(dialog, "participants"));

    // An unknown name is refused the same way, and is not logged either.
    auto *with = child<QLineEdit>(dialog, "participants");
    QTest::keyClicks(with, QStringLiteral("Zed"));
    QTest::keyClick(with, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errors().labelFor(QStringLiteral("participants"))->text().contains(QStringLiteral("Zed")));
    dialog.save();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(interactions(), 0);
}

TEST_F(QuickLogTest, EnterInTheNotesIsANewlineAndCtrlEnterSaves)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.setParticipants({ben});
    dialog.setKind(core::InteractionKind::HelpGiven);
    dialog.show();
    auto *notes = child<QPlainTextEdit>(dialog, "notes");
    QTest::keyClicks(notes, QStringLiteral("<b>line one</b>"));
    QTest::keyClick(notes, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    QTest::keyClicks(notes, QStringLiteral("line two"));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    auto logged = must(tj.repos().interactions.find(dialog.loggedId()));
    ASSERT_TRUE(logged);
    EXPECT_EQ(logged->notes, QStringLiteral("<b>line one</b>\nline two"));
    EXPECT_EQ(logged->kind, core::InteractionKind::HelpGiven);
    EXPECT_EQ(logged->participants, QList<core::Id>{ben});
}

TEST_F(QuickLogTest, EscapeCancelsWithoutSaving)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.setParticipants({ana});
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(interactions(), 0);
}

TEST_F(QuickLogTest, ThankIsOneActionAwayAndQuickLogStaysOpen)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.setParticipants({ben, ana});
    dialog.show();
    auto *thank = child<QPushButton>(dialog, "thankButton");
    // The Thank dialog is modal: answer it from inside its own event loop.
    bool answered = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *thanks = qobject_cast<ui::ThankDialog *>(QApplication::activeModalWidget());
        if (!thanks)
            return;
        answered = true;
        EXPECT_EQ(child<QComboBox>(*thanks, "entryColleague")->currentText(), QStringLiteral("Ben Okafor"));
        auto *what = child<QLineEdit>(*thanks, "entryWhat");
        EXPECT_EQ(thanks->focusWidget(), what) << "the cursor waits in \"what for\"";
        QTest::keyClicks(what, QStringLiteral("covering my on-call shift"));
        QTest::keyClick(what, Qt::Key_Return);
    });
    thank->click();
    ASSERT_TRUE(answered);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), 0) << "Quick log neither saved nor closed";
    EXPECT_EQ(interactions(), 0);
    EXPECT_EQ(child<QLabel>(dialog, "thankedNote")->text(),
              QStringLiteral("Thanks to Ben Okafor logged. Log the conversation too, or close."));

    const auto entries = must(tj.repos().gratitude.listForColleague(ben));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().what, QStringLiteral("covering my on-call shift"));
    EXPECT_EQ(entries.first().direction, core::GratitudeDirection::Given);
    EXPECT_EQ(entries.first().date, date("2025-03-15"));
    EXPECT_EQ(tj->undoStack().undoText(), QStringLiteral("Thank Ben Okafor"));
}

TEST_F(QuickLogTest, ThankDialogRefusesAnEmptyReasonBesideItAndCancelWritesNothing)
{
    ui::ThankDialog dialog(tj.journal(), chloe);
    dialog.show();
    auto *what = child<QLineEdit>(dialog, "entryWhat");
    QTest::keyClick(what, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(showsError(child<QLabel>(dialog, "whatError")));
    EXPECT_EQ(dialog.thankedId(), 0);
    child<QPushButton>(dialog, "entryReceived")->click();
    QTest::keyClicks(what, QStringLiteral("the pairing session"));
    QTest::keyClick(what, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = must(tj.repos().gratitude.find(dialog.thankedId()));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->colleagueId, chloe);
    EXPECT_EQ(stored->direction, core::GratitudeDirection::Received);

    ui::ThankDialog cancelled(tj.journal(), ana);
    cancelled.show();
    QTest::keyClicks(child<QLineEdit>(cancelled, "entryWhat"), QStringLiteral("never saved"));
    QTest::keyClick(&cancelled, Qt::Key_Escape);
    EXPECT_EQ(cancelled.result(), QDialog::Rejected);
    EXPECT_TRUE(must(tj.repos().gratitude.listForColleague(ana)).isEmpty());
}

TEST_F(DialogsTest, PreferencesSaveRemindersTrayAutostartAndCapacityOnlyOnOk)
{
    QTemporaryDir dir;
    core::Settings settings(dir.filePath(QStringLiteral("rapport.conf")));
    const core::Autostart autostart(QStringLiteral("/usr/bin/rapport"), dir.filePath(QStringLiteral("config")));
    {
        ui::PreferencesDialog cancelled(settings, &tj.journal(), autostart);
        child<QCheckBox>(cancelled, "closeToTray")->setChecked(false);
        cancelled.reject();
    }
    EXPECT_TRUE(settings.closeToTray()) << "Cancel changes nothing";

    ui::PreferencesDialog dialog(settings, &tj.journal(), autostart);
    EXPECT_EQ(child<QTimeEdit>(dialog, "reminderTime")->time(), QTime(9, 0));
    EXPECT_TRUE(child<QCheckBox>(dialog, "day1")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(dialog, "day7")->isChecked()) << "Monday to Friday by default";
    child<QTimeEdit>(dialog, "reminderTime")->setTime(QTime(8, 30));
    child<QTimeEdit>(dialog, "quietStart")->setTime(QTime(22, 0));
    child<QCheckBox>(dialog, "day6")->setChecked(true);
    child<QSpinBox>(dialog, "defaultCadence")->setValue(14);
    child<QSpinBox>(dialog, "capacity")->setValue(8);
    child<QCheckBox>(dialog, "closeToTray")->setChecked(false);
    child<QCheckBox>(dialog, "autostart")->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);

    const core::ReminderSettings reminders = settings.reminderSettings();
    EXPECT_EQ(reminders.time, QTime(8, 30));
    EXPECT_EQ(reminders.quietStart, QTime(22, 0));
    EXPECT_TRUE(reminders.daysOn.contains(Qt::Saturday));
    EXPECT_FALSE(reminders.daysOn.contains(Qt::Sunday));
    EXPECT_EQ(settings.defaultCadence(), 14);
    EXPECT_FALSE(settings.closeToTray());
    EXPECT_TRUE(autostart.isEnabled());
    EXPECT_TRUE(QFile::exists(autostart.entryPath()));
    EXPECT_EQ(must(tj.repos().reflections.aboutMe()).capacity, 8);
    must(tj->undoStack().undo());
    EXPECT_EQ(must(tj.repos().reflections.aboutMe()).capacity, core::kDefaultCapacity) << "capacity is a journal change";

    ui::PreferencesDialog again(settings, &tj.journal(), autostart);
    child<QCheckBox>(again, "autostart")->setChecked(false);
    again.accept();
    EXPECT_FALSE(QFile::exists(autostart.entryPath()));
}

// Translations run about 40 % longer than English: every label and button must still get
// at least the room it asks for once the layouts settle.
template<typename Dialog>
void expectRoomForLongerText(Dialog &dialog)
{
    const QString longer = QStringLiteral(" Verlängerung");
    for (QLabel *label : dialog.template findChildren<QLabel *>()) {
        if (!label->text().isEmpty() && !label->wordWrap())
            label->setText(label->text() + longer);
    }
    for (QAbstractButton *button : dialog.template findChildren<QAbstractButton *>())
        button->setText(button->text() + longer);
    dialog.show();
    dialog.adjustSize();
    QApplication::processEvents();
    for (QWidget *widget : dialog.template findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)))
            continue;
        if (qobject_cast<QLabel *>(widget) && static_cast<QLabel *>(widget)->wordWrap())
            continue;
        EXPECT_GE(widget->width(), widget->minimumSizeHint().width()) << qPrintable(widget->objectName())
                                                                        << " " << qPrintable(widget->accessibleName());
    }
}

TEST_F(QuickLogTest, LongerTranslationsAreNotClipped)
{
    ui::QuickLogDialog dialog(tj.journal());
    dialog.setParticipants({ana, ben, chloe});
    expectRoomForLongerText(dialog);
}

TEST_F(DialogsTest, LongerTranslationsAreNotClippedInTheEditor)
{
    ui::ColleagueEditorDialog dialog(tj.journal(), std::nullopt);
    expectRoomForLongerText(dialog);
}

} // namespace

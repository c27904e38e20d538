// The tray icon, the words of reminders, the choice of how they arrive and the in-window
// banner, offscreen. The same parts on a real X server with a tray and a notification
// server are in tests/desktop.
#include "TestSupport.h"
#include "tray/BadgeIconEngine.h"
#include "tray/Notifier.h"
#include "tray/ReminderText.h"
#include "tray/TrayIcon.h"
#include "widgets/ReminderBanner.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

core::DueItem touchbase(const QString &name, int overdueDays, core::Id id = 1)
{
    return { core::DueType::Touchbase, id, id, overdueDays, 0, name, QStringLiteral("Touch base with ") + name };
}

QList<core::DueItem> touchbases(int count)
{
    QList<core::DueItem> items;
    for (int i = 1; i <= count; ++i)
        items << touchbase(QStringLiteral("Colleague %1").arg(i), i, i);
    return items;
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList result;
    for (const QAction *action : actions)
        result << action->text();
    return result;
}

// Pixels of `image` in the top right quarter that are clearly red (the badge).
int redPixelsTopRight(const QImage &image)
{
    int red = 0;
    for (int y = 0; y < image.height() / 2; ++y)
        for (int x = image.width() / 2; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.alpha() > 200 && c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
    return red;
}

TEST(ReminderText, LabelsAnItemByItsTitleAndHowLongItIsOverdue)
{
    EXPECT_EQ(ReminderText::itemLabel(touchbase(QStringLiteral("Ana Silva"), 3)),
        QStringLiteral("Touch base with Ana Silva — 3 days overdue"));
    EXPECT_EQ(ReminderText::itemLabel(touchbase(QStringLiteral("Ana Silva"), 1)),
        QStringLiteral("Touch base with Ana Silva — 1 day overdue"));
    EXPECT_EQ(ReminderText::itemLabel(touchbase(QStringLiteral("Ana Silva"), 0)),
        QStringLiteral("Touch base with Ana Silva"));
    // A birthday is never "overdue"; a title that does not name the colleague gets the name.
    core::DueItem birthday { core::DueType::Birthday, 2, 2, 4, 0, QStringLiteral("Ben Okafor"),
        QStringLiteral("Birthday") };
    EXPECT_EQ(ReminderText::itemLabel(birthday), QStringLiteral("Ben Okafor: Birthday"));
}

TEST(ReminderText, SummarisesTodayAndWhatCameDueWhileClosed)
{
    const auto three = ReminderText::reminder(touchbases(3), false);
    EXPECT_EQ(three.summary, QStringLiteral("3 things due today"));
    EXPECT_EQ(three.body,
        QStringLiteral("Touch base with Colleague 1 — 1 day overdue\n"
                       "Touch base with Colleague 2 — 2 days overdue\n"
                       "Touch base with Colleague 3 — 3 days overdue"));
    EXPECT_EQ(ReminderText::reminder(touchbases(1), false).summary, QStringLiteral("1 thing due today"));

    const auto seven = ReminderText::reminder(touchbases(7), true);
    EXPECT_EQ(seven.summary, QStringLiteral("While Rapport was closed: 7 things came due"));
    const QStringList lines = seven.body.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), ReminderText::kBodyItems + 1);
    EXPECT_EQ(lines.at(4), QStringLiteral("Touch base with Colleague 5 — 5 days overdue"));
    EXPECT_EQ(lines.last(), QStringLiteral("and 2 more"));
}

TEST(ReminderText, ToolTipCountsAndNamesTheFirstItems)
{
    EXPECT_EQ(ReminderText::toolTip({}), QStringLiteral("Rapport — nothing due today"));
    EXPECT_EQ(ReminderText::toolTip(touchbases(5)),
        QStringLiteral("Rapport — 5 due today\n"
                       "Touch base with Colleague 1 — 1 day overdue\n"
                       "Touch base with Colleague 2 — 2 days overdue\n"
                       "Touch base with Colleague 3 — 3 days overdue\n"
                       "and 2 more"));
}

TEST(ReminderText, BadgeIsEmptyForNoneAndCappedPast99)
{
    EXPECT_EQ(ReminderText::badge(0), QString());
    EXPECT_EQ(ReminderText::badge(7), QStringLiteral("7"));
    EXPECT_EQ(ReminderText::badge(99), QStringLiteral("99"));
    EXPECT_EQ(ReminderText::badge(100), QStringLiteral("99+"));
}

TEST(ReminderText, TextThatLooksLikeMarkupIsShownLiterally)
{
    const QString plain = QStringLiteral("Touch base with Ana Silva");
    EXPECT_EQ(ReminderText::literal(plain), plain);
    const QString typed = QStringLiteral("Promised to <b>Ben</b>: <img src=x> & more");
    const QString shown = ReminderText::literal(typed);
    ASSERT_TRUE(Qt::mightBeRichText(shown));
    QTextDocument document;
    document.setHtml(shown);
    EXPECT_EQ(document.toPlainText(), typed);
}

TEST(BadgeIconEngine, DrawsAtTheSizeAskedWithABadgeOnlyWhenSomethingIsDue)
{
    const QIcon none(new BadgeIconEngine(0));
    const QIcon three(new BadgeIconEngine(3));
    const QIcon many(new BadgeIconEngine(250));
    for (const int size : { 16, 22, 48, 128 }) {
        const QImage plain = none.pixmap(QSize(size, size)).toImage();
        const QImage badged = three.pixmap(QSize(size, size)).toImage();
        ASSERT_EQ(plain.size(), QSize(size, size)) << size;
        ASSERT_EQ(badged.size(), QSize(size, size)) << size;
        EXPECT_EQ(redPixelsTopRight(plain), 0) << size;
        // The badge covers a good part of the top right quarter at every size.
        EXPECT_GT(redPixelsTopRight(badged), size * size / 4 / 5) << size;
        EXPECT_NE(badged, many.pixmap(QSize(size, size)).toImage()) << "3 and 99+ look different at " << size;
    }
    // On a 2x screen the icon is drawn with twice the pixels, not scaled up.
    const QPixmap hiDpi = three.pixmap(QSize(22, 22), 2.0);
    EXPECT_EQ(hiDpi.size(), QSize(44, 44));
    EXPECT_EQ(hiDpi.toImage(), three.pixmap(QSize(44, 44)).toImage());
}

TEST(TrayIcon, MenuListsTheDueItemsAndSaysWhatWasPicked)
{
    TrayIcon tray;
    // Nothing due: a plain icon, a quiet tooltip, nothing to snooze.
    EXPECT_EQ(texts(tray.itemActions()), QStringList { QStringLiteral("Nothing due today") });
    EXPECT_FALSE(tray.itemActions().first()->isEnabled());
    EXPECT_FALSE(tray.snoozeAllAction()->isEnabled());
    EXPECT_EQ(tray.toolTip(), QStringLiteral("Rapport — nothing due today"));
    const QImage plainIcon = tray.icon().pixmap(QSize(22, 22)).toImage();

    QList<core::DueItem> items = touchbases(12);
    items[0] = touchbase(QStringLiteral("Ana Silva"), 3, 41);
    items[1] = touchbase(QStringLiteral("R&D Guild"), 2, 42);
    tray.setDueItems(items);

    const QStringList shown = texts(tray.itemActions());
    ASSERT_EQ(shown.size(), TrayIcon::kMenuItems + 1);
    EXPECT_EQ(shown.at(0), QStringLiteral("Touch base with Ana Silva — 3 days overdue"));
    // '&' is doubled, so the menu shows it instead of underlining the next letter.
    EXPECT_EQ(shown.at(1), QStringLiteral("Touch base with R&&D Guild — 2 days overdue"));
    EXPECT_EQ(shown.last(), QStringLiteral("and 2 more…"));
    EXPECT_TRUE(tray.snoozeAllAction()->isEnabled());
    EXPECT_TRUE(tray.toolTip().startsWith(QStringLiteral("Rapport — 12 due today\nTouch base with Ana Silva")));
    EXPECT_NE(tray.icon().pixmap(QSize(22, 22)).toImage(), plainIcon);
    // Every item is in the menu the tray shows, between "Quick log…" and "Snooze all".
    const QList<QAction *> menu = tray.menu()->actions();
    EXPECT_LT(menu.indexOf(tray.quickLogAction()), menu.indexOf(tray.itemActions().first()));
    EXPECT_LT(menu.indexOf(tray.itemActions().last()), menu.indexOf(tray.snoozeAllAction()));
    EXPECT_EQ(tray.systemTrayIcon()->contextMenu(), tray.menu());

    QSignalSpy activated(&tray, &TrayIcon::itemActivated);
    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy quickLog(&tray, &TrayIcon::quickLogRequested);
    QSignalSpy snooze(&tray, &TrayIcon::snoozeAllRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    QSignalSpy toggle(&tray, &TrayIcon::toggleWindowRequested);
    tray.itemActions().at(1)->trigger();
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<core::DueItem>(), items.at(1));
    tray.itemActions().last()->trigger();
    tray.openAction()->trigger();
    EXPECT_EQ(open.size(), 2);
    tray.quickLogAction()->trigger();
    ASSERT_EQ(quickLog.size(), 1);
    EXPECT_EQ(quickLog.at(0).at(0).value<core::Id>(), 0);
    tray.snoozeAllAction()->trigger();
    tray.quitAction()->trigger();
    EXPECT_EQ(snooze.size(), 1);
    EXPECT_EQ(quit.size(), 1);
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context);
    EXPECT_EQ(toggle.size(), 1);

    // Back to nothing: the old actions are gone, not piled up.
    tray.setDueItems({});
    EXPECT_EQ(texts(tray.itemActions()), QStringList { QStringLiteral("Nothing due today") });
    EXPECT_EQ(tray.menu()->actions().size(), menu.size() - TrayIcon::kMenuItems);
    EXPECT_EQ(tray.icon().pixmap(QSize(22, 22)).toImage(), plainIcon);
}

TEST(Notifier, PrefersTheNotificationServiceThenTheTrayThenTheWindow)
{
    using Backend = Notifier::Backend;
    EXPECT_EQ(Notifier::chooseBackend(true, true), Backend::DesktopNotification);
    EXPECT_EQ(Notifier::chooseBackend(true, false), Backend::DesktopNotification);
    EXPECT_EQ(Notifier::chooseBackend(false, true), Backend::TrayMessage);
    EXPECT_EQ(Notifier::chooseBackend(false, false), Backend::WindowBanner);
    EXPECT_EQ(Notifier::backendName(Backend::WindowBanner), QStringLiteral("window-banner"));
    EXPECT_EQ(Notifier::notice(Backend::DesktopNotification, true), QString());
    EXPECT_EQ(Notifier::notice(Backend::WindowBanner, false),
        QStringLiteral("No system tray and no notification service: reminders will appear in this window."));
}

TEST(Notifier, WithoutBusOrTrayTheReminderGoesToTheWindow)
{
    // A connection that was never made: no bus at all.
    const QDBusConnection noBus(QStringLiteral("rapport-no-bus"));
    ASSERT_FALSE(noBus.isConnected());
    TrayIcon tray; // offscreen: there is no system tray
    Notifier notifier(&tray, noBus, QStringLiteral("org.freedesktop.Notifications"));
    EXPECT_EQ(notifier.backend(), Notifier::Backend::WindowBanner);
    EXPECT_EQ(notifier.desktopNotifications(), nullptr);

    QSignalSpy banner(&notifier, &Notifier::bannerRequested);
    notifier.notifyDue(touchbases(2), false);
    ASSERT_EQ(banner.size(), 1);
    EXPECT_EQ(banner.at(0).at(0).toString(), QStringLiteral("2 things due today"));
    EXPECT_EQ(banner.at(0).at(1).toString(),
        QStringLiteral("Touch base with Colleague 1 — 1 day overdue\nTouch base with Colleague 2 — 2 days overdue"));
}

TEST(ReminderBanner, HiddenUntilARemindThenOpensTodayOrGoesAway)
{
    QWidget window;
    auto *banner = new ReminderBanner(&window);
    window.show();
    EXPECT_FALSE(banner->isVisible());
    EXPECT_FALSE(banner->openTodayButton()->accessibleName().isEmpty());
    EXPECT_FALSE(banner->dismissButton()->accessibleName().isEmpty());

    // What the user typed is shown as typed, never as markup.
    const QString body = QStringLiteral("Promised to <b>Ben</b>: the notes");
    banner->showReminder(QStringLiteral("1 thing due today"), body);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->summary(), QStringLiteral("1 thing due today"));
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    const auto bodyLabel = std::find_if(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text() == body; });
    ASSERT_NE(bodyLabel, labels.cend());
    EXPECT_EQ((*bodyLabel)->textFormat(), Qt::PlainText);

    QSignalSpy open(banner, &ReminderBanner::openTodayRequested);
    QTest::mouseClick(banner->openTodayButton(), Qt::LeftButton);
    EXPECT_EQ(open.size(), 1);
    EXPECT_FALSE(banner->isVisible());

    banner->showReminder(QStringLiteral("2 things due today"), {});
    QSignalSpy dismissed(banner, &ReminderBanner::dismissed);
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    EXPECT_EQ(dismissed.size(), 1);
    EXPECT_FALSE(banner->isVisible());
}

TEST(ReminderBanner, TintFollowsALightOrADarkPalette)
{
    QWidget window;
    auto *banner = new ReminderBanner(&window);
    auto tintIn = [&](const QColor &base, const QColor &text, const QColor &highlight) {
        QPalette palette;
        palette.setColor(QPalette::Window, base);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Highlight, highlight);
        window.setPalette(palette);
        return banner->palette().color(QPalette::Window);
    };
    const QColor light = tintIn(QColor(0xf4, 0xf4, 0xf4), Qt::black, QColor(0x30, 0x8c, 0xc6));
    EXPECT_EQ(banner->palette().color(QPalette::WindowText), QColor(Qt::black));
    const QColor dark = tintIn(QColor(0x2a, 0x2a, 0x2a), Qt::white, QColor(0x30, 0x8c, 0xc6));
    EXPECT_EQ(banner->palette().color(QPalette::WindowText), QColor(Qt::white));
    // A tint: near the window colour, moved towards the highlight.
    EXPECT_GT(light.lightness(), 180);
    EXPECT_LT(dark.lightness(), 90);
    EXPECT_NE(light, QColor(0xf4, 0xf4, 0xf4));
    EXPECT_NE(dark, QColor(0x2a, 0x2a, 0x2a));
    EXPECT_GT(dark.blue(), dark.red());
}

} // namespace
} // namespace rapport::ui

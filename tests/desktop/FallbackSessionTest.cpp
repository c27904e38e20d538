// How reminders arrive when the desktop lacks parts: a tray but no session bus (the tray's
// own message), and neither (the banner in the window). Each suite runs in the session
// of tests/support/desktop-session.sh it names (--no-bus; --no-tray --no-bus), and first
// checks that the session really lacks what it should.
#include "DesktopSupport.h"
#include "tray/Notifier.h"
#include "tray/TrayIcon.h"
#include "widgets/ReminderBanner.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

QList<core::DueItem> dueItems()
{
    return {
        { core::DueType::Touchbase, 1, 1, 2, 0, QStringLiteral("Ana Silva"),
            QStringLiteral("Touch base with Ana Silva") },
        { core::DueType::FollowUp, 2, 5, 0, 0, QStringLiteral("Ben Okafor"),
            QStringLiteral("Follow up with Ben Okafor: the move") },
        { core::DueType::Birthday, 3, 3, 0, 0, QStringLiteral("Chen Wei"), QStringLiteral("Chen Wei's birthday") },
    };
}

TEST(TrayWithoutBus, ReminderIsAMessageFromTheTrayIcon)
{
    ASSERT_FALSE(QDBusConnection::sessionBus().isConnected()) << "this suite needs a session without a bus (--no-bus)";
    ASSERT_TRUE(QTest::qWaitFor([] { return TrayIcon::isAvailable(); }, 5000)) << "this suite needs a tray";

    TrayIcon tray;
    tray.show();
    ASSERT_TRUE(
        QTest::qWaitFor([] { return test::embeddedTrayWidget() && test::embeddedTrayWidget()->isVisible(); }, 5000));
    Notifier notifier(&tray);
    ASSERT_EQ(notifier.backend(), Notifier::Backend::TrayMessage);
    EXPECT_EQ(notifier.backendName(), QStringLiteral("tray-message"));
    EXPECT_EQ(notifier.notice(),
        QStringLiteral(
            "No notification service: reminders will appear as messages from the Rapport icon in the tray."));

    QSignalSpy banner(&notifier, &Notifier::bannerRequested);
    notifier.notifyDue(dueItems(), true);
    QWidget *balloon = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (balloon = test::visibleTopLevel("QBalloonTip")) != nullptr; }, 3000))
        << "no balloon from the tray icon";
    const QStringList texts = test::labelTexts(balloon);
    EXPECT_TRUE(texts.contains(QStringLiteral("While Rapport was closed: 3 things came due")))
        << texts.join(u'|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Touch base with Ana Silva — 2 days overdue\n"
                                              "Follow up with Ben Okafor: the move\nChen Wei's birthday")))
        << texts.join(u'|').toStdString();
    EXPECT_TRUE(banner.isEmpty());

    // A click on the balloon opens Rapport.
    QSignalSpy activated(&notifier, &Notifier::activated);
    QTest::mouseClick(balloon, Qt::LeftButton, {}, QPoint(10, 10));
    EXPECT_TRUE(activated.size() == 1 || activated.wait(2000));
    EXPECT_TRUE(QTest::qWaitFor([] { return test::visibleTopLevel("QBalloonTip") == nullptr; }, 2000));
}

TEST(NoTrayNoBus, ReminderAppearsInTheWindowBanner)
{
    ASSERT_FALSE(QDBusConnection::sessionBus().isConnected()) << "this suite needs a session without a bus (--no-bus)";
    ASSERT_FALSE(TrayIcon::isAvailable()) << "this suite needs a session without a tray (--no-tray)";

    TrayIcon tray; // what the app makes anyway; it has nowhere to go
    tray.show();
    Notifier notifier(&tray);
    ASSERT_EQ(notifier.backend(), Notifier::Backend::WindowBanner);
    EXPECT_EQ(notifier.notice(),
        QStringLiteral("No system tray and no notification service: reminders will appear in this window."));
    EXPECT_FALSE(tray.showMessage(QStringLiteral("x"), QStringLiteral("y")));

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new ReminderBanner(&window);
    layout->addWidget(banner);
    layout->addStretch();
    window.resize(640, 240);
    QObject::connect(&notifier, &Notifier::bannerRequested, banner, &ReminderBanner::showReminder);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(banner->isVisible());

    notifier.notifyDue(dueItems(), false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 2000));
    EXPECT_EQ(banner->summary(), QStringLiteral("3 things due today"));
    EXPECT_EQ(banner->body(),
        QStringLiteral("Touch base with Ana Silva — 2 days overdue\n"
                       "Follow up with Ben Okafor: the move\nChen Wei's birthday"));
    EXPECT_GT(banner->height(), 0);
    const QStringList texts = test::labelTexts(banner);
    EXPECT_TRUE(texts.contains(banner->summary()));
}

} // namespace
} // namespace rapport::ui

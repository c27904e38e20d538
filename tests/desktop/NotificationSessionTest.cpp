// Desktop notifications over a real session bus: delivered to dunst (and read back from
// its history), replacing the previous one, with actions only where the server offers
// them. Runs in the full session of tests/support/desktop-session.sh.
#include "DesktopSupport.h"
#include "FakeNotificationServer.h"
#include "tray/DBusNotifications.h"
#include "tray/Notifier.h"

#include <QDBusConnection>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

using test::FakeNotificationServer;

const QString kFakeService = QStringLiteral("org.rapport.test.Notifications");

QList<core::DueItem> dueItems()
{
    return {
        { core::DueType::Touchbase, 1, 1, 4, 0, QStringLiteral("Ana Silva"),
            QStringLiteral("Touch base with Ana Silva") },
        { core::DueType::Commitment, 2, 9, 0, 0, QStringLiteral("Ben Okafor"),
            QStringLiteral("Promised to Ben Okafor: send the notes") },
    };
}

// Closes whatever dunst shows, so it moves into the history, and empties the history.
void clearDunst()
{
    test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("close-all") });
    for (int i = 0; i < 200 && !test::dunstHistory().isEmpty(); ++i)
        test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("history-pop") });
    for (int i = 0; i < 200 && test::dunstDisplayed() > 0; ++i)
        test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("close-all") });
}

class NotificationService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDBusConnection::sessionBus().isConnected())
            << "no session bus: is this running in tests/support/desktop-session.sh with a bus?";
        clearDunst();
    }
};

// Waits for `notifier`'s desktop notifications client to know what the server can do.
::testing::AssertionResult capabilitiesKnown(Notifier &notifier)
{
    DBusNotifications *dbus = notifier.desktopNotifications();
    if (!dbus)
        return ::testing::AssertionFailure() << "the notifier has no D-Bus backend";
    QSignalSpy ready(dbus, &DBusNotifications::capabilitiesReady);
    if (!dbus->capabilitiesKnown() && !ready.wait(5000))
        return ::testing::AssertionFailure() << "GetCapabilities got no answer in 5 s";
    return ::testing::AssertionSuccess();
}

TEST_F(NotificationService, DunstIsChosenAndTheReminderIsDelivered)
{
    Notifier notifier(nullptr);
    ASSERT_EQ(notifier.backend(), Notifier::Backend::DesktopNotification);
    EXPECT_EQ(notifier.backendName(), QStringLiteral("desktop-notification"));
    ASSERT_TRUE(capabilitiesKnown(notifier));
    // dunst shows actions (its context menu), so Rapport offers Log and Snooze there.
    EXPECT_TRUE(notifier.desktopNotifications()->supportsActions());
    EXPECT_TRUE(notifier.desktopNotifications()->capabilities().contains(QStringLiteral("body")));

    QSignalSpy shown(notifier.desktopNotifications(), &DBusNotifications::shown);
    notifier.notifyDue(dueItems(), false);
    ASSERT_TRUE(shown.wait(5000)) << "dunst never answered Notify";
    const uint id = shown.at(0).at(0).toUInt();
    EXPECT_GT(id, 0u);
    EXPECT_TRUE(QTest::qWaitFor([] { return test::dunstDisplayed() == 1; }, 3000));

    // Read back from dunst itself: closed notifications go to its history.
    test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("close-all") });
    QJsonObject delivered;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QJsonArray history = test::dunstHistory();
            delivered = history.isEmpty() ? QJsonObject() : history.first().toObject();
            return !delivered.isEmpty();
        },
        3000))
        << "nothing in dunst's history";
    EXPECT_EQ(delivered.value(QStringLiteral("appname")).toString(), QStringLiteral("Rapport"));
    EXPECT_EQ(delivered.value(QStringLiteral("summary")).toString(), QStringLiteral("2 things due today"));
    EXPECT_EQ(delivered.value(QStringLiteral("body")).toString(),
        QStringLiteral("Touch base with Ana Silva — 4 days overdue\nPromised to Ben Okafor: send the notes"));
    EXPECT_EQ(delivered.value(QStringLiteral("id")).toInteger(), qint64(id));
    // The click on the notification itself is the "default" action Rapport attached.
    EXPECT_EQ(delivered.value(QStringLiteral("default_action_name")).toString(), QStringLiteral("default"));
}

TEST_F(NotificationService, NewerReminderReplacesTheOneOnScreenAndAClickOpensRapport)
{
    Notifier notifier(nullptr);
    ASSERT_TRUE(capabilitiesKnown(notifier));
    DBusNotifications *dbus = notifier.desktopNotifications();
    QSignalSpy shown(dbus, &DBusNotifications::shown);
    notifier.notify(QStringLiteral("First"), QStringLiteral("one"), true);
    ASSERT_TRUE(shown.wait(5000));
    notifier.notify(QStringLiteral("Second"), QStringLiteral("two"), true);
    ASSERT_TRUE(shown.size() == 2 || shown.wait(5000));
    EXPECT_EQ(shown.at(1).at(0).toUInt(), shown.at(0).at(0).toUInt());
    ASSERT_TRUE(QTest::qWaitFor([] { return test::dunstDisplayed() == 1; }, 3000));

    // dunstctl action 0: what a click on the notification does.
    QSignalSpy activated(&notifier, &Notifier::activated);
    QSignalSpy closed(dbus, &DBusNotifications::closed);
    ASSERT_TRUE(test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("action"), QStringLiteral("0") }).ok);
    ASSERT_TRUE(activated.wait(3000)) << "the click never reached Rapport";

    // Closed by the user: the next reminder is a new notification, not a replacement.
    ASSERT_TRUE(test::runTool(QStringLiteral("dunstctl"), { QStringLiteral("close-all") }).ok);
    ASSERT_TRUE(closed.size() == 1 || closed.wait(3000)) << "NotificationClosed never arrived";
    EXPECT_EQ(closed.at(0).at(0).toUInt(), shown.at(0).at(0).toUInt());
    EXPECT_EQ(dbus->currentId(), 0u);
    notifier.notify(QStringLiteral("Third"), QStringLiteral("three"), false);
    ASSERT_TRUE(shown.size() == 3 || shown.wait(5000));
    EXPECT_NE(shown.at(2).at(0).toUInt(), shown.at(0).at(0).toUInt());
}

TEST_F(NotificationService, ActionsAreOfferedOnlyWhenTheServerListsThem)
{
    for (const bool actions : { false, true }) {
        SCOPED_TRACE(actions ? "server with actions" : "server without actions");
        const QStringList capabilities = actions ? QStringList { QStringLiteral("body"), QStringLiteral("actions") }
                                                 : QStringList { QStringLiteral("body") };
        FakeNotificationServer server(kFakeService, capabilities);
        ASSERT_TRUE(server.isRegistered());
        Notifier notifier(nullptr, QDBusConnection::sessionBus(), kFakeService);
        ASSERT_EQ(notifier.backend(), Notifier::Backend::DesktopNotification);
        ASSERT_TRUE(capabilitiesKnown(notifier));
        EXPECT_EQ(notifier.desktopNotifications()->supportsActions(), actions);

        QSignalSpy shown(notifier.desktopNotifications(), &DBusNotifications::shown);
        notifier.notify(QStringLiteral("3 things due today"), QStringLiteral("Touch base with Ana Silva"), true);
        ASSERT_TRUE(shown.wait(3000));
        ASSERT_EQ(server.calls().size(), 1);
        const auto call = server.calls().first();
        EXPECT_EQ(call.appName, QStringLiteral("Rapport"));
        EXPECT_EQ(call.appIcon, QStringLiteral("rapport"));
        EXPECT_EQ(call.replacesId, 0u);
        EXPECT_EQ(call.summary, QStringLiteral("3 things due today"));
        EXPECT_EQ(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("rapport"));
        if (actions)
            EXPECT_EQ(call.actions,
                (QStringList { QStringLiteral("default"), QStringLiteral("Open Rapport"), QStringLiteral("log"),
                    QStringLiteral("Log"), QStringLiteral("snooze"), QStringLiteral("Snooze") }));
        else
            EXPECT_TRUE(call.actions.isEmpty());
    }
}

TEST_F(NotificationService, LogAndSnoozeComeBackOnlyForRapportsOwnNotification)
{
    FakeNotificationServer server(kFakeService, { QStringLiteral("actions"), QStringLiteral("body-markup") });
    ASSERT_TRUE(server.isRegistered());
    Notifier notifier(nullptr, QDBusConnection::sessionBus(), kFakeService);
    ASSERT_TRUE(capabilitiesKnown(notifier));
    QSignalSpy shown(notifier.desktopNotifications(), &DBusNotifications::shown);
    // A server that reads markup gets what the user typed escaped.
    notifier.notify(QStringLiteral("1 thing due today"), QStringLiteral("Promised to <b>R&D</b>"), true);
    ASSERT_TRUE(shown.wait(3000));
    const uint id = shown.at(0).at(0).toUInt();
    EXPECT_EQ(server.calls().first().body, QStringLiteral("Promised to &lt;b&gt;R&amp;D&lt;/b&gt;"));

    QSignalSpy log(&notifier, &Notifier::logRequested);
    QSignalSpy snooze(&notifier, &Notifier::snoozeRequested);
    server.invokeAction(id + 1000, QStringLiteral("log")); // someone else's notification
    server.invokeAction(id, QStringLiteral("snooze"));
    ASSERT_TRUE(snooze.wait(3000));
    server.invokeAction(id, QStringLiteral("log"));
    ASSERT_TRUE(log.wait(3000));
    EXPECT_EQ(log.size(), 1);
    EXPECT_EQ(snooze.size(), 1);

    // Once it is closed, the next reminder is a new notification, not a replacement.
    QSignalSpy closed(notifier.desktopNotifications(), &DBusNotifications::closed);
    server.close(id);
    ASSERT_TRUE(closed.wait(3000));
    notifier.notify(QStringLiteral("2 things due today"), QString(), false);
    ASSERT_TRUE(shown.wait(3000));
    EXPECT_EQ(server.calls().last().replacesId, 0u);
    EXPECT_EQ(
        server.calls().last().actions, (QStringList { QStringLiteral("default"), QStringLiteral("Open Rapport") }));
}

TEST_F(NotificationService, NameNobodyOwnsIsNotANotificationService)
{
    Notifier notifier(nullptr, QDBusConnection::sessionBus(), QStringLiteral("org.rapport.test.Nobody"));
    EXPECT_EQ(notifier.backend(), Notifier::Backend::WindowBanner);
}

TEST_F(NotificationService, RefusedNotificationFallsBackToTheWindow)
{
    FakeNotificationServer server(kFakeService, { QStringLiteral("body") });
    ASSERT_TRUE(server.isRegistered());
    server.setRefuse(true);
    Notifier notifier(nullptr, QDBusConnection::sessionBus(), kFakeService);
    ASSERT_TRUE(capabilitiesKnown(notifier));
    QSignalSpy banner(&notifier, &Notifier::bannerRequested);
    notifier.notify(QStringLiteral("1 thing due today"), QStringLiteral("Touch base with Ana Silva"), true);
    ASSERT_TRUE(banner.wait(3000)) << "a refused notification was lost";
    EXPECT_EQ(banner.at(0).at(0).toString(), QStringLiteral("1 thing due today"));
    EXPECT_EQ(banner.at(0).at(1).toString(), QStringLiteral("Touch base with Ana Silva"));
}

} // namespace
} // namespace rapport::ui

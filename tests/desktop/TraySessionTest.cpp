// The tray icon on a real X server with a real tray (jwm): embedded where the tray host
// put it, with the menu the user gets and a badge that changes what the tray shows.
// Runs in the full session of tests/support/desktop-session.sh.
#include "DesktopSupport.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace rapport::ui {
namespace {

using test::embeddedTrayWidget;

QList<core::DueItem> dueItems()
{
    return {
        { core::DueType::Touchbase, 1, 1, 3, 0, QStringLiteral("Ana Silva"), QStringLiteral("Coffee with Ana Silva") },
        { core::DueType::FollowUp, 2, 7, 0, 0, QStringLiteral("Ben Okafor"),
            QStringLiteral("Follow up with Ben Okafor: the move") },
        { core::DueType::Birthday, 3, 3, 0, 0, QStringLiteral("Chen Wei"), QStringLiteral("Chen Wei's birthday") },
    };
}

// What the X server shows in the tray icon's window right now.
QImage shownInTray(QWidget *icon)
{
    return QGuiApplication::primaryScreen()->grabWindow(icon->winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

int redPixels(const QImage &image)
{
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
    return red;
}

class TrayHost : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QTest::qWaitFor([] { return TrayIcon::isAvailable(); }, 5000))
            << "no system tray: is this running in tests/support/desktop-session.sh with a tray?";
        m_tray.show();
        ASSERT_TRUE(QTest::qWaitFor([] { return embeddedTrayWidget() && embeddedTrayWidget()->isVisible(); }, 5000));
        m_icon = embeddedTrayWidget();
        // Qt learns where the tray put the icon, and at what size, a moment after it is
        // embedded: wait until it knows it is in the panel at the bottom of the screen.
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_tray.systemTrayIcon()->geometry().top() >= 800 - 32; }, 5000))
            << "Qt never saw the icon move into the tray";
    }

    TrayIcon m_tray;
    QWidget *m_icon = nullptr;
};

TEST_F(TrayHost, IconIsEmbeddedInTheTrayOfTheWindowManager)
{
    EXPECT_TRUE(m_tray.isVisible());
    // The tray host reparents the icon's window into its own: the icon's parent is not
    // the root window but the window that manages the tray (it carries the tray's
    // orientation, which only a tray manager sets), and the icon is on screen.
    std::optional<test::XWindow> window;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            window = test::xWindow(m_icon->winId());
            return window && window->parent != 0 && window->parent != window->root && window->viewable;
        },
        5000))
        << "the tray icon's window was never reparented into the tray and shown";
    EXPECT_TRUE(test::xHasProperty(window->parent, QStringLiteral("_NET_SYSTEM_TRAY_ORIENTATION")))
        << "parent 0x" << QString::number(window->parent, 16).toStdString() << " is not the tray";

    // Where the X server has it: in the panel jwm keeps at the bottom of the 1280x800 screen.
    const QString info
        = test::runTool(QStringLiteral("xwininfo"), { QStringLiteral("-id"), QString::number(m_icon->winId()) }).out;
    const QRegularExpressionMatch top
        = QRegularExpression(QStringLiteral("Absolute upper-left Y:\\s+(\\d+)")).match(info);
    ASSERT_TRUE(top.hasMatch()) << info.toStdString();
    EXPECT_GE(top.captured(1).toInt(), 800 - 32) << info.toStdString();
}

TEST_F(TrayHost, ContextMenuOfTheRealIconListsTheDueItems)
{
    m_tray.setDueItems(dueItems());
    // A right click on the embedded icon opens the menu the user sees.
    QTest::mouseClick(m_icon, Qt::RightButton, {}, QPoint(5, 5));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_tray.menu()->isVisible(); }, 3000));
    QStringList shown;
    const QList<QAction *> actions = m_tray.menu()->actions();
    for (const QAction *action : actions)
        if (action->isVisible() && !action->isSeparator())
            shown << action->text();
    EXPECT_EQ(shown,
        (QStringList { QStringLiteral("Open Rapport"), QStringLiteral("Quick log…"),
            QStringLiteral("Coffee with Ana Silva — 3 days overdue"),
            QStringLiteral("Follow up with Ben Okafor: the move"), QStringLiteral("Chen Wei's birthday"),
            QStringLiteral("Snooze all until tomorrow"), QStringLiteral("Quit Rapport") }));
    QSignalSpy activated(&m_tray, &TrayIcon::itemActivated);
    m_tray.menu()->setActiveAction(m_tray.itemActions().at(1));
    QTest::keyClick(m_tray.menu(), Qt::Key_Return);
    ASSERT_TRUE(activated.size() == 1 || activated.wait(2000));
    EXPECT_EQ(activated.at(0).at(0).value<core::DueItem>().id, 7);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_tray.menu()->isVisible(); }, 2000));

    // A left click asks for the window.
    QSignalSpy toggle(&m_tray, &TrayIcon::toggleWindowRequested);
    QTest::mouseClick(m_icon, Qt::LeftButton, {}, QPoint(5, 5));
    EXPECT_EQ(toggle.size(), 1);
}

TEST_F(TrayHost, BadgeChangesWhatTheTrayShows)
{
    m_tray.setDueItems({});
    QImage plain;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            plain = shownInTray(m_icon);
            return !plain.isNull() && plain.size() == m_icon->size() * m_icon->devicePixelRatio();
        },
        3000));
    // The Rapport icon itself has no red: any red is the badge.
    EXPECT_EQ(redPixels(plain), 0);

    m_tray.setDueItems(dueItems());
    QImage badged;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            badged = shownInTray(m_icon);
            return redPixels(badged) > 0;
        },
        3000))
        << "no badge appeared in the tray";
    EXPECT_NE(badged, plain);
    EXPECT_GT(redPixels(badged), badged.width() * badged.height() / 20);

    m_tray.setDueItems({});
    EXPECT_TRUE(QTest::qWaitFor([&] { return redPixels(shownInTray(m_icon)) == 0; }, 3000))
        << "the badge stayed after the items were done";
}

} // namespace
} // namespace rapport::ui

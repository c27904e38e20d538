// main() of desktop_ui_tests: unlike the other widget tests (tests/support/UiTestMain.cpp),
// these need a real X server, a tray and a session bus, so they refuse to run offscreen.
// tests/support/desktop-session.sh provides all three (CTest runs them through it).
#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") || qEnvironmentVariable("QT_QPA_PLATFORM") != QStringLiteral("xcb")) {
        std::fprintf(stderr,
            "desktop_ui_tests needs a desktop session: run it as\n"
            "  tests/support/desktop-session.sh [--no-tray] [--no-bus] -- %s\n",
            argv[0]);
        return 2;
    }
    QApplication app(argc, argv);
    // The tray icon lives on after its window is closed, as in the app.
    QApplication::setQuitOnLastWindowClosed(false);
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/rapport_en.qm")))
        QApplication::installTranslator(&english);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

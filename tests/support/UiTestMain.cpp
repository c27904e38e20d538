// main() of the widget and model tests: a QApplication on the offscreen platform (so
// they run without a display) with the app's English plural forms, then GoogleTest.
#include <gtest/gtest.h>

#include <QApplication>
#include <QTranslator>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // What users read: the English plural forms ("1 day", "3 days") the app installs.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/rapport_en.qm")))
        QApplication::installTranslator(&english);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

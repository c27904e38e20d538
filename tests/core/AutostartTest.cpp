// The XDG autostart entry: where it goes, what it runs, that Debian's own validator
// (desktop-file-validate, from desktop-file-utils) accepts it, and that disabling removes it.
#include "services/Autostart.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rapport::core {
namespace {

// desktop-file-validate's verdict on `path`: empty when the file is valid.
std::string validatorComplaints(const QString &path)
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        return "desktop-file-validate not found: install the Debian package desktop-file-utils";
    QProcess process;
    process.start(validator, { path });
    if (!process.waitForFinished(10000))
        return "desktop-file-validate did not finish";
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    // It exits 1 on errors; warnings and hints are printed with a zero exit: both count.
    if (process.exitCode() != 0 || !output.trimmed().isEmpty())
        return output.toStdString() + " (exit " + std::to_string(process.exitCode()) + ")";
    return {};
}

QString entryLine(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    return {};
}

TEST(Autostart, EnableWritesAValidEntryThatRunsRapportMinimized)
{
    QTemporaryDir config;
    const Autostart autostart(QStringLiteral("/usr/bin/rapport"), config.path());
    EXPECT_EQ(autostart.entryPath(), config.path() + QStringLiteral("/autostart/rapport.desktop"));
    EXPECT_FALSE(autostart.isEnabled());

    test::must(autostart.enable(), "enable");
    ASSERT_TRUE(QFileInfo::exists(autostart.entryPath()));
    EXPECT_TRUE(autostart.isEnabled());
    EXPECT_EQ(validatorComplaints(autostart.entryPath()), "");
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("Exec")), QStringLiteral("/usr/bin/rapport --minimized"));
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("Type")), QStringLiteral("Application"));
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("Name")), QStringLiteral("Rapport"));
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("Icon")), QStringLiteral("rapport"));
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
    EXPECT_FALSE(entryLine(autostart.entryPath(), QStringLiteral("Comment")).isEmpty());
    EXPECT_FALSE(entryLine(autostart.entryPath(), QStringLiteral("Categories")).isEmpty());
    // Nothing half-written is left beside it.
    EXPECT_EQ(QDir(config.path() + QStringLiteral("/autostart")).entryList(QDir::Files),
        QStringList { QStringLiteral("rapport.desktop") });

    // Enabling twice is harmless; disabling removes the file, and again is harmless.
    test::must(autostart.enable(), "enable again");
    test::must(autostart.disable(), "disable");
    EXPECT_FALSE(QFileInfo::exists(autostart.entryPath()));
    EXPECT_FALSE(autostart.isEnabled());
    test::must(autostart.disable(), "disable again");
}

TEST(Autostart, ProgramPathWithSpecialCharactersIsQuotedAndStillValid)
{
    EXPECT_EQ(Autostart::execArgument(QStringLiteral("rapport")), QStringLiteral("rapport"));
    EXPECT_EQ(
        Autostart::execArgument(QStringLiteral("/opt/My Apps/rapport")), QStringLiteral("\"/opt/My Apps/rapport\""));
    EXPECT_EQ(Autostart::execArgument(QStringLiteral("/opt/a$b\"c/100%/rapport")),
        QStringLiteral("\"/opt/a\\$b\\\"c/100%%/rapport\""));

    QTemporaryDir config;
    const Autostart autostart(QStringLiteral("/opt/My Apps/100% \\ $HOME/rapport"), config.path());
    test::must(autostart.enable(), "enable");
    EXPECT_EQ(validatorComplaints(autostart.entryPath()), "");
    // Argument quoting, then the '%' of field codes, then the string escape of the
    // backslash in the file: "\\\\" is one backslash in the path.
    EXPECT_EQ(entryLine(autostart.entryPath(), QStringLiteral("Exec")),
        QStringLiteral("\"/opt/My Apps/100%% \\\\\\\\ \\\\$HOME/rapport\" --minimized"));
}

TEST(Autostart, EntryTurnedOffByTheDesktopIsNotEnabled)
{
    QTemporaryDir config;
    const Autostart autostart(QStringLiteral("rapport"), config.path());
    test::must(autostart.enable(), "enable");
    // What GNOME's session settings write when the user turns an entry off.
    QFile file(autostart.entryPath());
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    EXPECT_FALSE(autostart.isEnabled());
    test::must(autostart.enable(), "enable");
    EXPECT_TRUE(autostart.isEnabled());
}

TEST(Autostart, FollowsXdgConfigHome)
{
    QTemporaryDir config;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    EXPECT_EQ(
        Autostart(QStringLiteral("rapport")).entryPath(), config.path() + QStringLiteral("/autostart/rapport.desktop"));
    // A relative XDG_CONFIG_HOME is to be ignored, says the spec.
    qputenv("XDG_CONFIG_HOME", "relative/config");
    EXPECT_EQ(Autostart::defaultConfigHome(), QDir::homePath() + QStringLiteral("/.config"));
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
}

TEST(Autostart, UnwritableFolderIsAnErrorNotACrash)
{
    QTemporaryDir config;
    // A file where the autostart folder should be.
    QFile blocker(config.path() + QStringLiteral("/autostart"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Autostart autostart(QStringLiteral("rapport"), config.path());
    const Status status = autostart.enable();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().field, QStringLiteral("autostart"));
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("autostart"))) << status.error().message.toStdString();
}

} // namespace
} // namespace rapport::core

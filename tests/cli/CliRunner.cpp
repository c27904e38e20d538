#include "CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace rapport::test {
namespace {

constexpr int kTimeoutMs = 60'000;

// QProcess wants an application object; gtest_main does not make one.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "cli_tests";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

} // namespace

CliTest::CliTest()
{
    ensureApplication();
}

QString CliTest::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), path(QStringLiteral("state")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

QString CliTest::program()
{
    return QStringLiteral(RAPPORT_CLI_PATH);
}

CliRun CliTest::run(const QStringList &args, const QStringList &wrapper) const
{
    EXPECT_TRUE(m_dir.isValid());
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    if (wrapper.isEmpty())
        process.start(QStringLiteral(RAPPORT_CLI_PATH), args);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList(QStringLiteral(RAPPORT_CLI_PATH)) + args);
    CliRun result;
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        ADD_FAILURE() << "rapport-cli did not run: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliRun CliTest::runDb(QStringList args) const
{
    args << QStringLiteral("--db") << db();
    return run(args);
}

QString CliTest::ok(const QStringList &args) const
{
    const CliRun r = runDb(args);
    EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString();
    EXPECT_EQ(r.err, QString()) << args.join(QLatin1Char(' ')).toStdString();
    return r.out;
}

QJsonObject CliTest::json(const QStringList &args) const
{
    const QString out = ok(QStringList(args) << QStringLiteral("--json"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << out.toStdString();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

} // namespace rapport::test

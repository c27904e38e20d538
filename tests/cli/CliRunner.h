#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace rapport::test {

// The day the demo journal's history ends in every test that fills one: the demo is built
// backwards from its date, so a test that let it default to today would pass on one day only.
inline const QString kDemoDate = QStringLiteral("2026-11-20");

// What one run of rapport-cli did.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real rapport-cli binary as a separate process on journals in a temporary
// folder. HOME and the XDG folders point inside it, so a test never reads or writes the
// user's own settings, journal or log.
class CliTest : public ::testing::Test
{
protected:
    CliTest();

    // A path inside the temporary folder.
    QString path(const QString &name) const;
    // The journal most tests use: <tmp>/journal.rapport.
    QString db() const { return path(QStringLiteral("journal.rapport")); }
    QString dataHome() const { return path(QStringLiteral("data")); }
    QString configHome() const { return path(QStringLiteral("config")); }

    // The environment rapport-cli runs in, for tests that start it themselves.
    QProcessEnvironment environment() const;
    static QString program();

    // rapport-cli ARGS exactly as given; under `wrapper` (a program and its arguments, such
    // as /usr/bin/time -f %M) when one is given.
    CliRun run(const QStringList &args, const QStringList &wrapper = {}) const;
    // rapport-cli ARGS --db db().
    CliRun runDb(QStringList args) const;
    // runDb, expecting exit 0 and nothing on stderr; returns stdout.
    QString ok(const QStringList &args) const;
    // runDb with --json appended, expecting exit 0; the parsed object.
    QJsonObject json(const QStringList &args) const;

private:
    QTemporaryDir m_dir;
};

} // namespace rapport::test

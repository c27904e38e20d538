#pragma once

#include "domain/Clock.h"
#include "domain/Day.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "services/Journal.h"
#include "storage/Database.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace rapport::test {

// "2024-02-29" -> QDate; aborts the test binary on a malformed literal.
QDate date(const char *iso);
// "2024-02-29" -> day number.
core::Day day(const char *iso);

// The SQL driver plugin loads only with a QCoreApplication; GoogleTest's main makes none.
void ensureCoreApplication();

// A failed Result or Status inside a test helper: thrown, so GoogleTest reports the
// message and ends that test (it catches exceptions thrown from a test body).
struct Failed : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

std::string describe(const core::Error &error);

template<typename T>
T must(core::Result<T> result, const char *what = "")
{
    if (!result)
        throw Failed(std::string(what) + ": " + describe(result.error()));
    return std::move(result).value();
}
void must(const core::Status &status, const char *what = "");

// A journal file in a fresh temporary folder, opened through the Journal facade with a
// pinned clock. The folder and everything in it go at the end of the test.
class TempJournal
{
public:
    explicit TempJournal(const QDate &today = date("2025-03-15"));
    ~TempJournal();
    TempJournal(const TempJournal &) = delete;
    TempJournal &operator=(const TempJournal &) = delete;

    core::Journal &journal() { return *m_journal; }
    core::Journal *operator->() { return m_journal.get(); }
    core::Database &db() { return m_journal->database(); }
    core::Repositories &repos() { return m_journal->repositories(); }
    core::FixedClock &clock() { return m_clock; }
    QString folder() const { return m_dir.path(); }
    QString path() const;

    // Closes the journal and opens the same file again (it must exist).
    void reopen();
    void close();

private:
    QTemporaryDir m_dir;
    core::FixedClock m_clock;
    std::unique_ptr<core::Journal> m_journal;
};

// A plain QSqlDatabase connection on a file, outside the Database class: for building
// fixtures (other applications' files, newer versions) and for checking what is stored.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    // Runs a statement; throws Failed when it fails.
    void exec(const QString &sql);
    // The first column of the first row, or an invalid QVariant when there is none.
    QVariant scalar(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Every table of the journal as sorted text rows ("table|v1|v2|..."), so two states of a
// journal can be compared whole. Blobs are written in hex and NULL as "<null>". The change
// log is left out: it says that commits happened, not what the journal holds.
QStringList dumpJournal(core::Database &db);
QStringList dumpJournal(QSqlDatabase &db);
// contact_day as stored, and as recomputed from scratch from participant and gratitude.
QStringList contactDayRows(core::Database &db);
QStringList recomputedContactDays(core::Database &db);
qint64 rowCount(core::Database &db, const QString &table);
QVariant pragma(core::Database &db, const QString &name);

// Overwrites the last leaf page of `table` in the journal file with other bytes, as a failing
// disk leaves a page; the journal must be closed. Returns the page number.
int damageLastPage(const QString &journal, const QString &table);

// A few bytes that begin with the PNG signature (enough for the validator and storage).
QByteArray tinyPng();

// Builders of records with sensible defaults.
core::Colleague makeColleague(const QString &name, int cadenceDays = 0, const char *trackedSince = "2024-01-01");
// Every field of a colleague set to something that is not its default.
core::Colleague fullColleague(const QString &name);
core::Interaction makeInteraction(const char *on, QList<core::Id> participants,
                                  core::InteractionKind kind = core::InteractionKind::Coffee,
                                  std::optional<int> quality = std::nullopt);
// Every field of an interaction set.
core::Interaction fullInteraction(const char *on, QList<core::Id> participants);
core::Gratitude makeGratitude(core::Id colleagueId, const char *on,
                              core::GratitudeDirection direction = core::GratitudeDirection::Given,
                              const QString &what = QStringLiteral("the review"));
core::Commitment makeCommitment(core::Id colleagueId, const char *madeOn, const char *dueOn,
                                core::CommitmentDirection direction = core::CommitmentDirection::Mine,
                                const QString &what = QStringLiteral("send the notes"));
core::Fact makeFact(core::Id colleagueId, const char *notedOn, const QString &text,
                    std::optional<QDate> followUpOn = std::nullopt);
core::FollowUp makeFollowUp(core::Id colleagueId, const char *dueOn, const QString &what = QStringLiteral("ask how it went"),
                            std::optional<core::Id> factId = std::nullopt);
core::Reflection makeReflection(const char *on, const QString &text, const QString &prompt = QString());

} // namespace rapport::test

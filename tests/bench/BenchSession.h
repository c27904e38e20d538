#pragma once

#include "domain/Records.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace rapport::bench {

// The journal every benchmark reads, and what they need to know about it.
struct JournalInfo
{
    QString path;
    QDate today; // the last day of its history (or RAPPORT_BENCH_DATE)
    core::Id mostContacted = 0; // the colleague with the most contact days
    core::Id median = 0; // the colleague with the median number of contact days
    qint64 mostContactedCount = 0; // contacts: interactions and gratitude entries
    qint64 mostContactedDays = 0;
    qint64 medianCount = 0;
    qint64 medianDays = 0;
};

// A copy of the journal as a crash leaves it: the database file and a non-empty -wal.
struct UncleanCopy
{
    QString path; // open this: the -wal beside it makes the open run a quick_check
    QString savedWal; // the -wal as the crash left it; restore it before each open
};

// Everything the benchmarks share, made once per process. The bench journal itself is
// only ever read: every write goes to a private copy made with VACUUM INTO.
class BenchSession final
{
public:
    BenchSession();
    ~BenchSession();
    Q_DISABLE_COPY_MOVE(BenchSession)

    // The one session of the process (main() owns it).
    static BenchSession &instance();

    // RAPPORT_BENCH_JOURNAL when set; else a journal generated once and cached beside the
    // binary (RAPPORT_BENCH_COLLEAGUES x RAPPORT_BENCH_INTERACTIONS, default 500 x 100,000).
    core::Status prepare();
    const JournalInfo &info() const { return m_info; }

    // A connection to the bench journal, for benchmarks that only read.
    core::Result<core::Database *> reader();
    // A private copy of the bench journal (VACUUM INTO), for benchmarks that write.
    core::Result<QString> privateCopy();
    // A private copy left as after an unclean shutdown.
    core::Result<UncleanCopy> uncleanCopy();

    // Closes every connection; the scratch folder goes with the session.
    void close();

private:
    core::Status locateOrGenerate();
    core::Status inspect();
    core::Result<QString> scratchPath(const QString &name);

    JournalInfo m_info;
    std::unique_ptr<core::Database> m_reader;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::optional<QString> m_copy;
    std::optional<UncleanCopy> m_unclean;
};

// The interaction the writing benchmarks log: a coffee with the most contacted colleague
// on the journal's last day.
core::Interaction benchInteraction(const JournalInfo &info);

// Restores an unclean copy's -wal (and drops its -shm) so the next open sees a crash.
core::Status restoreUncleanWal(const UncleanCopy &copy);

} // namespace rapport::bench

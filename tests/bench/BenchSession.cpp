#include "BenchSession.h"

#include "domain/Day.h"
#include "services/Journal.h"
#include "services/SyntheticJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>
#include <unistd.h>

namespace rapport::bench {
namespace {

BenchSession *g_instance = nullptr;

constexpr int kDefaultColleagues = 500;
constexpr qint64 kDefaultInteractions = 100'000;
constexpr quint64 kGeneratedSeed = 1;
// The generated journal's last day is pinned, so the cached file is the same every time.
const QDate kGeneratedLastDay(2026, 6, 30);

core::Error error(const QString &text)
{
    return core::Error { text };
}

core::Result<qint64> positiveFromEnvironment(const char *name, qint64 fallback, qint64 max)
{
    const QString text = qEnvironmentVariable(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        return error(QStringLiteral("%1=%2 is not a number between 0 and %3")
                         .arg(QLatin1String(name), text, QString::number(max)));
    return value;
}

// Runs one query and returns its first row's columns.
core::Result<QList<QVariant>> firstRow(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return core::sqlError(QStringLiteral("rapport_bench: %1").arg(sql), query.lastError());
    QList<QVariant> row;
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
    }
    return row;
}

QString sqlText(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

BenchSession::BenchSession()
{
    g_instance = this;
}

BenchSession::~BenchSession()
{
    close();
    g_instance = nullptr;
}

BenchSession &BenchSession::instance()
{
    Q_ASSERT(g_instance);
    return *g_instance;
}

core::Status BenchSession::prepare()
{
    if (auto located = locateOrGenerate(); !located)
        return located;
    return inspect();
}

core::Status BenchSession::locateOrGenerate()
{
    const QString given = qEnvironmentVariable("RAPPORT_BENCH_JOURNAL");
    if (!given.isEmpty()) {
        if (!QFileInfo(given).isFile())
            return error(QStringLiteral("RAPPORT_BENCH_JOURNAL=%1: there is no journal there").arg(given));
        m_info.path = QFileInfo(given).absoluteFilePath();
        return {};
    }
    auto colleagues = positiveFromEnvironment("RAPPORT_BENCH_COLLEAGUES", kDefaultColleagues, 1'000'000);
    if (!colleagues)
        return colleagues.error();
    auto interactions = positiveFromEnvironment("RAPPORT_BENCH_INTERACTIONS", kDefaultInteractions, 100'000'000);
    if (!interactions)
        return interactions.error();
    m_info.path = QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("rapport-bench-%1x%2.rapport").arg(*colleagues).arg(*interactions));
    if (QFileInfo::exists(m_info.path))
        return {};

    // Generated under a name of its own, then renamed: a run that stops half-way, or two
    // runs at once, never leave a half-made journal under the cached name.
    std::fprintf(stderr, "rapport_bench: generating %lld colleagues x %lld interactions into %s (once; cached)\n",
        static_cast<long long>(*colleagues), static_cast<long long>(*interactions), qPrintable(m_info.path));
    const QString partial = m_info.path + QStringLiteral(".partial-%1").arg(::getpid());
    {
        auto db = core::Database::open(partial, core::Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        core::SyntheticOptions options;
        options.colleagues = static_cast<int>(*colleagues);
        options.interactions = *interactions;
        options.seed = kGeneratedSeed;
        options.today = kGeneratedLastDay;
        if (auto generated = core::generateSyntheticJournal(**db, options); !generated)
            return generated;
    }
    if (!QFile::rename(partial, m_info.path)) {
        QFile::remove(partial);
        if (!QFileInfo::exists(m_info.path)) // else another run made it first
            return error(QStringLiteral("cannot rename %1 to %2").arg(partial, m_info.path));
    }
    return {};
}

core::Status BenchSession::inspect()
{
    auto reading = reader();
    if (!reading)
        return reading.error();
    QSqlDatabase &db = (*reading)->connection();

    const QString pinned = qEnvironmentVariable("RAPPORT_BENCH_DATE");
    if (!pinned.isEmpty()) {
        const auto day = core::parseIsoDate(pinned);
        if (!day)
            return error(QStringLiteral("RAPPORT_BENCH_DATE=%1 is not a date (YYYY-MM-DD)").arg(pinned));
        m_info.today = *day;
    } else {
        auto last = firstRow(db, QStringLiteral("SELECT max(day) FROM contact_day"));
        if (!last)
            return last.error();
        if (last->isEmpty() || last->constFirst().isNull())
            return error(QStringLiteral("%1 has no contacts to measure").arg(m_info.path));
        m_info.today = core::fromDay(last->constFirst().toInt());
    }

    // Contacts are interactions and gratitude entries: the events of each contact day.
    const QString perColleague = QStringLiteral(
        "SELECT colleague_id, sum(events) AS n, count(*) AS days FROM contact_day GROUP BY colleague_id");
    auto most = firstRow(db, perColleague + QStringLiteral(" ORDER BY n DESC, colleague_id LIMIT 1"));
    if (!most)
        return most.error();
    auto median = firstRow(db,
        QStringLiteral("SELECT * FROM (%1) ORDER BY n, colleague_id LIMIT 1 "
                       "OFFSET (SELECT count(DISTINCT colleague_id) FROM contact_day) / 2")
            .arg(perColleague));
    if (!median)
        return median.error();
    if (most->size() < 3 || median->size() < 3)
        return error(QStringLiteral("%1 has no contacts to measure").arg(m_info.path));
    m_info.mostContacted = most->at(0).toLongLong();
    m_info.mostContactedCount = most->at(1).toLongLong();
    m_info.mostContactedDays = most->at(2).toLongLong();
    m_info.median = median->at(0).toLongLong();
    m_info.medianCount = median->at(1).toLongLong();
    m_info.medianDays = median->at(2).toLongLong();
    return {};
}

core::Result<core::Database *> BenchSession::reader()
{
    if (!m_reader) {
        auto db = core::Database::open(m_info.path, core::Database::OpenMode::MustExist);
        if (!db)
            return db.error();
        m_reader = std::move(*db);
    }
    return m_reader.get();
}

core::Result<QString> BenchSession::scratchPath(const QString &name)
{
    if (!m_scratch) {
        // Beside the bench journal, so copies live on the same disk as the journal.
        const QString beside = QFileInfo(m_info.path).absolutePath() + QStringLiteral("/rapport-bench-scratch-XXXXXX");
        m_scratch = std::make_unique<QTemporaryDir>(beside);
        if (!m_scratch->isValid())
            m_scratch = std::make_unique<QTemporaryDir>();
        if (!m_scratch->isValid())
            return error(QStringLiteral("cannot make a scratch folder: %1").arg(m_scratch->errorString()));
    }
    return m_scratch->filePath(name);
}

core::Result<QString> BenchSession::privateCopy()
{
    if (m_copy)
        return *m_copy;
    auto target = scratchPath(QStringLiteral("copy.rapport"));
    if (!target)
        return target.error();
    auto reading = reader();
    if (!reading)
        return reading.error();
    QSqlQuery vacuum((*reading)->connection());
    if (!vacuum.exec(QStringLiteral("VACUUM INTO ") + sqlText(*target)))
        return core::sqlError(QStringLiteral("rapport_bench: VACUUM INTO %1").arg(*target), vacuum.lastError());
    m_copy = *target;
    return *m_copy;
}

core::Result<UncleanCopy> BenchSession::uncleanCopy()
{
    if (m_unclean)
        return *m_unclean;
    auto base = privateCopy();
    if (!base)
        return base.error();
    auto target = scratchPath(QStringLiteral("unclean.rapport"));
    if (!target)
        return target.error();
    UncleanCopy copy { *target, *target + QStringLiteral(".saved-wal") };

    const core::FixedClock clock(m_info.today);
    auto journal = core::Journal::open(*base, core::Database::OpenMode::MustExist, clock);
    if (!journal)
        return journal.error();
    QSqlQuery pragma((*journal)->database().connection());
    if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
        return core::sqlError(QStringLiteral("rapport_bench: wal_autocheckpoint"), pragma.lastError());
    pragma.finish();
    auto added = (*journal)->logInteraction(benchInteraction(m_info));
    if (!added)
        return added.error();
    // Copied while the connection is open and nothing is checkpointed: the file as a crash
    // leaves it, with the committed change only in the -wal.
    const QString wal = *base + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0)
        return error(QStringLiteral("rapport_bench: %1 is empty; cannot stage an unclean shutdown").arg(wal));
    if (!QFile::copy(*base, copy.path) || !QFile::copy(wal, copy.savedWal))
        return error(QStringLiteral("rapport_bench: cannot copy %1 into %2").arg(*base, copy.path));
    if (auto undone = (*journal)->undoStack().undo(); !undone)
        return undone.error();
    journal->reset();
    if (auto restored = restoreUncleanWal(copy); !restored)
        return restored.error();
    m_unclean = copy;
    return copy;
}

void BenchSession::close()
{
    m_reader.reset();
    m_scratch.reset();
    m_copy.reset();
    m_unclean.reset();
}

core::Interaction benchInteraction(const JournalInfo &info)
{
    core::Interaction i;
    i.date = info.today;
    i.participants = { info.mostContacted };
    i.kind = core::InteractionKind::Coffee;
    i.quality = 4;
    i.notes = QStringLiteral("Benchmark coffee.");
    return i;
}

core::Status restoreUncleanWal(const UncleanCopy &copy)
{
    // Replaying the same committed frames over a file that already holds them gives the
    // same pages, so restoring the -wal alone recreates the crash for the next open.
    const QString wal = copy.path + QStringLiteral("-wal");
    QFile::remove(wal);
    QFile::remove(copy.path + QStringLiteral("-shm"));
    if (!QFile::copy(copy.savedWal, wal))
        return error(QStringLiteral("rapport_bench: cannot restore %1").arg(wal));
    return {};
}

} // namespace rapport::bench

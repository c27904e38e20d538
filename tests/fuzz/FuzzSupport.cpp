#include "FuzzSupport.h"

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/JournalReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace rapport::fuzz {
namespace {

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "Qt fatal: %s\n", qUtf8Printable(message));
}

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        broken("setup", QStringLiteral("cannot create a temporary folder"));
    return dir;
}

struct JournalState
{
    core::FixedClock clock { QDate(2026, 1, 15) };
    std::unique_ptr<core::Journal> journal;
    qint64 added = 0;
    int generation = 0;
};

// Never destroyed: Qt's list of SQL connections may be gone before static objects of
// ours are, and closing a journal then crashes. The folder goes anyway.
JournalState &state()
{
    static auto *s = new JournalState;
    return *s;
}

} // namespace

void setUp()
{
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietMessages);
    spdlog::set_level(spdlog::level::off);
    static int argc = 1;
    static char name[] = "rapport-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("RAPPORT_FUZZ_VERBOSE");
    return on;
}

void say(const char *target, const QString &text)
{
    if (verbose())
        std::fprintf(stderr, "%s: %s\n", target, qUtf8Printable(text));
}

QByteArray view(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString scratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = folder().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        broken("setup", QStringLiteral("cannot write %1").arg(path));
    return path;
}

core::Journal &ScratchJournal::get()
{
    JournalState &s = state();
    if (s.journal)
        return *s.journal;
    // A new file each time: removing the old one would also need its -wal and -shm.
    const QString path = folder().filePath(QStringLiteral("journal-%1.rapport").arg(++s.generation));
    auto opened = core::Journal::open(path, core::Database::OpenMode::CreateIfMissing, s.clock);
    if (!opened)
        broken("setup", QStringLiteral("cannot create a journal: %1").arg(opened.error().message));
    s.journal = std::move(*opened);
    s.added = 0;
    return *s.journal;
}

void ScratchJournal::grew(qint64 added)
{
    JournalState &s = state();
    s.added += added;
    if (s.added <= kMaxRecords || !s.journal)
        return;
    const QString path = s.journal->path();
    s.journal.reset();
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

qint64 ScratchJournal::records()
{
    auto counts = core::storage::JournalReader(get().database()).counts();
    if (!counts)
        broken("journal", QStringLiteral("cannot count records: %1").arg(counts.error().message));
    return counts->total();
}

void broken(const char *target, const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", target, qUtf8Printable(why));
    std::abort();
}

} // namespace rapport::fuzz

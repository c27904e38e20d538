// Malformed and hostile backups given to restore, generated here from a good plain and a
// good encrypted backup: each is refused with its own message, the journal file stays
// byte for byte as it was, and nothing is left beside it or in the keep folder. Hostile
// headers (Argon2id asking for 64 GiB, a part claiming 4 GiB) and huge files are
// refused within bounded time and memory.

#include "BackupTestSupport.h"
#include "MemoryBounds.h"
#include "io/Backup.h"
#include "io/EncryptedFile.h"
#include "storage/Schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <gtest/gtest.h>
#include <sodium.h>

#include <functional>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::must;

const QDateTime kNow(QDate(2025, 3, 15), QTime(10, 15, 0));
const QByteArray kPassphrase = "a passphrase for the fixtures";
const QString kNotABackup = u"This is not a Rapport backup: it is neither a journal nor an encrypted backup."_s;
const QString kNotADatabase = u"It is damaged or not a journal: file is not a database."_s;
const QString kMalformed = u"It is damaged or not a journal: database disk image is malformed."_s;

QString damaged(const QString &why)
{
    return u"The backup is damaged or was changed (%1)."_s.arg(why);
}

// Builds the inputs: from the good backups, by bytes, by SQL, or sealed.
class Inputs
{
public:
    explicit Inputs(const QString &folder)
        : m_folder(folder)
    {
    }

    QByteArray plain;
    QByteArray sealed;

    // The plain backup changed by SQL statements on a connection without foreign keys.
    QByteArray plainWith(const QStringList &statements) const { return database(plain, statements); }
    // A database made from nothing by `statements`.
    QByteArray database(const QByteArray &start, const QStringList &statements) const
    {
        const QString path = QDir(m_folder).filePath(u"work.db"_s);
        QFile::remove(path);
        if (!start.isEmpty())
            test::writeAll(path, start);
        {
            test::RawConnection raw(path);
            for (const QString &sql : statements)
                raw.exec(sql);
        }
        return test::readAll(path);
    }
    // `content` sealed with the fixtures' passphrase.
    QByteArray seal(const QByteArray &content) const
    {
        const QString out = QDir(m_folder).filePath(u"sealed.bin"_s);
        must(EncryptedFile::seal(content, out, kPassphrase, KdfCost::Interactive), "seal");
        return test::readAll(out);
    }
    // The good sealed backup with its header changed by `change` and its checksum made
    // to match again, as a hostile file would.
    QByteArray sealedHeader(const std::function<void(QByteArray &)> &change) const
    {
        QByteArray bytes = sealed;
        change(bytes);
        crypto_generichash(reinterpret_cast<unsigned char *>(bytes.data()) + 118, 32,
            reinterpret_cast<const unsigned char *>(bytes.constData()), 118, nullptr, 0);
        return bytes;
    }
    static void put64(QByteArray &bytes, qsizetype at, quint64 value)
    {
        qToLittleEndian<quint64>(value, reinterpret_cast<uchar *>(bytes.data()) + at);
    }
    static void put32(QByteArray &bytes, qsizetype at, quint32 value)
    {
        qToLittleEndian<quint32>(value, reinterpret_cast<uchar *>(bytes.data()) + at);
    }

private:
    QString m_folder;
};

struct Case
{
    const char *name;
    std::function<QByteArray(const Inputs &)> make;
    QString message; // after "PATH: "
    QByteArray passphrase = kPassphrase;
};

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x01);
    return bytes;
}

QByteArray overwritten(QByteArray bytes, qsizetype at, qsizetype length, char with)
{
    bytes.replace(at, length, QByteArray(length, with));
    return bytes;
}

QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator random(42);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

const QString kRapportId = u"PRAGMA application_id = %1"_s.arg(schema::kApplicationId);
const QStringList kNothing = { u"CREATE TABLE t (x)"_s, u"DROP TABLE t"_s };

QString newer(int version)
{
    return u"It was made by a newer version of Rapport (journal format %1; this version reads up to %2). Update "
           "Rapport to restore it."_s.arg(version)
               .arg(schema::latestVersion());
}

std::vector<Case> cases()
{
    const int latest = schema::latestVersion();
    const QString brokenRefs = u"It has broken references: a row of contact_day refers to a missing row of colleague; "
                               "row 2 of gratitude refers to a missing row of colleague."_s;
    const QString cutShort = damaged(u"it ends before its last part: it was cut short"_s);
    const QString outOfBounds = u"its key derivation asks for %1 passes over %2 KiB; Rapport allows 1 to 8 passes "
                                "over at most 524288 KiB"_s;
    return {
        // Not a backup at all.
        { "empty", [](const Inputs &) { return QByteArray(); }, u"The file is empty."_s },
        { "noise", [](const Inputs &) { return noise(4096); }, kNotABackup },
        { "csv text", [](const Inputs &) { return QByteArray("name,team\nAna Silva,Platform\n"); }, kNotABackup },
        { "json journal", [](const Inputs &) { return QByteArray(R"({"format": "rapport-journal", "version": 1})"); },
            kNotABackup },
        { "zeros", [](const Inputs &) { return QByteArray(1 << 20, '\0'); }, kNotABackup },
        { "almost the encrypted magic", [](const Inputs &in) { return flipped(in.sealed, 23); }, kNotABackup },
        // SQLite files that are cut short or damaged.
        { "sqlite magic only", [](const Inputs &) { return QByteArray("SQLite format 3", 16); }, kNotADatabase },
        { "first 100 bytes", [](const Inputs &in) { return in.plain.left(100); }, kMalformed },
        { "first page", [](const Inputs &in) { return in.plain.left(4096); }, kMalformed },
        { "half the pages", [](const Inputs &in) { return in.plain.left(in.plain.size() / 8192 * 4096); }, kMalformed },
        // SQLite reads no partial page: the last one, part of the schema's own table, is gone.
        { "last byte missing", [](const Inputs &in) { return in.plain.chopped(1); },
            u"It is damaged or not a journal: malformed database schema (reminder_snooze_logs_update) - near \"EN\": "
            u"syntax error."_s },
        { "page size field broken", [](const Inputs &in) { return overwritten(in.plain, 16, 2, '\x03'); },
            kNotADatabase },
        { "a table page overwritten", [](const Inputs &in) { return overwritten(in.plain, 2 * 4096 + 8, 400, '\xab'); },
            u"It is damaged: On tree page 3 cell 1: Offset 43947 out of range 4068..4092; On tree page 3 cell 0: "
            u"Offset "
            "43947 out of range 4068..4092; row 1 missing from index colleague_by_name."_s },
        { "the schema page overwritten", [](const Inputs &in) { return overwritten(in.plain, 100, 600, '\x5a'); },
            kMalformed },
        // SQLite databases that are not a journal this version can take.
        { "another application's database",
            [](const Inputs &in) {
                return in.database({},
                    { u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s,
                        u"INSERT INTO contacts VALUES ('Ana', '555')"_s });
            },
            u"It is an SQLite database, but not a Rapport journal."_s },
        { "an empty database", [](const Inputs &in) { return in.database({}, kNothing); },
            u"It is an empty SQLite database, not a Rapport journal."_s },
        { "another application id", [](const Inputs &in) { return in.plainWith({ u"PRAGMA application_id = 7"_s }); },
            u"It is an SQLite database, but not a Rapport journal."_s },
        { "marked but empty", [](const Inputs &in) { return in.database({}, QStringList { kRapportId } + kNothing); },
            u"It is marked as a Rapport journal but holds no journal (format 0)."_s },
        { "marked, latest format, no tables",
            [latest](const Inputs &in) {
                return in.database(
                    {}, QStringList { kRapportId, u"PRAGMA user_version = %1"_s.arg(latest) } + kNothing);
            },
            u"It is not a journal as Rapport makes them: its index colleague_by_birthday is missing."_s },
        { "the next format",
            [latest](const Inputs &in) { return in.plainWith({ u"PRAGMA user_version = %1"_s.arg(latest + 1) }); },
            newer(latest + 1) },
        { "a far newer format", [](const Inputs &in) { return in.plainWith({ u"PRAGMA user_version = 9999"_s }); },
            newer(9999) },
        { "broken references",
            [](const Inputs &in) {
                return in.plainWith({ u"INSERT INTO gratitude (colleague_id, day, direction, what) "
                                      "VALUES (999, 20000, 'given', 'x')"_s });
            },
            brokenRefs },
        { "a CHECK constraint broken",
            [](const Inputs &in) {
                return in.plainWith(
                    { u"PRAGMA ignore_check_constraints = ON"_s, u"UPDATE interaction SET quality = 9"_s });
            },
            u"It is damaged: CHECK constraint failed in interaction."_s },
        { "a hostile trigger",
            [](const Inputs &in) {
                return in.plainWith(
                    { u"CREATE TRIGGER wipe AFTER INSERT ON colleague BEGIN DELETE FROM interaction; END"_s });
            },
            u"It is not a journal as Rapport makes them: it has a trigger wipe that Rapport does not make."_s },
        { "an extra table", [](const Inputs &in) { return in.plainWith({ u"CREATE TABLE extra (x)"_s }); },
            u"It is not a journal as Rapport makes them: it has a table extra that Rapport does not make."_s },
        { "an extra view", [](const Inputs &in) { return in.plainWith({ u"CREATE VIEW v AS SELECT 1"_s }); },
            u"It is not a journal as Rapport makes them: it has a view v that Rapport does not make."_s },
        { "an index dropped", [](const Inputs &in) { return in.plainWith({ u"DROP INDEX colleague_by_name"_s }); },
            u"It is not a journal as Rapport makes them: its index colleague_by_name is missing."_s },
        { "a column added", [](const Inputs &in) { return in.plainWith({ u"ALTER TABLE colleague ADD COLUMN x"_s }); },
            u"It is not a journal as Rapport makes them: its table colleague is not the one Rapport makes."_s },
        { "an index redefined",
            [](const Inputs &in) {
                return in.plainWith(
                    { u"DROP INDEX colleague_by_name"_s, u"CREATE INDEX colleague_by_name ON colleague (name)"_s });
            },
            u"It is not a journal as Rapport makes them: its index colleague_by_name is not the one Rapport makes."_s },
        // Encrypted backups with a damaged or hostile header.
        { "encrypted magic only", [](const Inputs &in) { return in.sealed.left(24); },
            damaged(u"it ends inside its header"_s) },
        { "encrypted header cut short", [](const Inputs &in) { return in.sealed.left(100); },
            damaged(u"it ends inside its header"_s) },
        // A newer version writes a header whose checksum matches; anything else is damage.
        { "encrypted format 2", [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { b[24] = 2; }); },
            u"The backup was made by a newer version of Rapport (encrypted backup format 2; this version reads 1). "
            "Update Rapport to restore it."_s },
        { "encrypted format 0", [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { b[24] = 0; }); },
            damaged(u"its format version 0 is not one Rapport wrote"_s) },
        { "encrypted format 2 without a matching checksum",
            [](const Inputs &in) { return overwritten(in.sealed, 24, 1, '\x02'); },
            damaged(u"its header does not match its checksum"_s) },
        { "random bytes after the encrypted magic",
            [](const Inputs &in) {
                QByteArray bytes = in.sealed.left(24) + noise(in.sealed.size() - 24);
                bytes[24] = '\x9c'; // whatever the version byte says, the checksum tells
                return bytes;
            },
            damaged(u"its header does not match its checksum"_s) },
        { "a salt byte changed", [](const Inputs &in) { return flipped(in.sealed, 45); },
            damaged(u"its header does not match its checksum"_s) },
        { "a checksum byte changed", [](const Inputs &in) { return flipped(in.sealed, 149); },
            damaged(u"its header does not match its checksum"_s) },
        { "Argon2id asks for 64 GiB",
            [](const Inputs &in) {
                return in.sealedHeader([](QByteArray &b) { Inputs::put64(b, 34, quint64(64) << 30); });
            },
            damaged(outOfBounds.arg(2).arg(quint64(64) << 20)) },
        { "Argon2id asks for 2^40 passes",
            [](const Inputs &in) {
                return in.sealedHeader([](QByteArray &b) { Inputs::put64(b, 26, quint64(1) << 40); });
            },
            damaged(outOfBounds.arg(quint64(1) << 40).arg(65536)) },
        { "Argon2id asks for too little memory",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { Inputs::put64(b, 34, 1024); }); },
            damaged(outOfBounds.arg(2).arg(1)) },
        { "zero passes",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { Inputs::put64(b, 26, 0); }); },
            damaged(outOfBounds.arg(0).arg(65536)) },
        { "Argon2i instead of Argon2id",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { b[25] = 1; }); },
            damaged(u"its key derivation 1 is not Argon2id"_s) },
        { "chunk size 0",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { Inputs::put32(b, 58, 0); }); },
            damaged(u"its chunk size of 0 bytes is not between 4096 and 1048576"_s) },
        { "chunk size 1 GiB",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { Inputs::put32(b, 58, 1u << 30); }); },
            damaged(u"its chunk size of 1073741824 bytes is not between 4096 and 1048576"_s) },
        { "a key check that does not match",
            [](const Inputs &in) { return in.sealedHeader([](QByteArray &b) { b[90] = char(b[90] ^ 1); }); },
            u"The passphrase is not the one this backup was made with."_s },
        // Encrypted data that is cut, damaged or hostile.
        { "a part claims 4 GiB", [](const Inputs &in) { return overwritten(in.sealed, 150, 4, '\xff'); },
            damaged(u"part 1 claims 4294967295 bytes; a part holds 17 to 65553"_s) },
        { "a part claims 5 bytes",
            [](const Inputs &in) {
                QByteArray b = in.sealed;
                Inputs::put32(b, 150, 5);
                return b;
            },
            damaged(u"part 1 claims 5 bytes; a part holds 17 to 65553"_s) },
        { "header and nothing else", [](const Inputs &in) { return in.sealed.left(150); }, cutShort },
        { "cut inside a length", [](const Inputs &in) { return in.sealed.left(152); }, cutShort },
        { "a flipped data byte", [](const Inputs &in) { return flipped(in.sealed, 1000); },
            damaged(u"part 1 fails its authentication check"_s) },
        { "the last byte flipped", [](const Inputs &in) { return flipped(in.sealed, in.sealed.size() - 1); },
            damaged(u"part {last} fails its authentication check"_s) },
        { "data after the end", [](const Inputs &in) -> QByteArray { return in.sealed + noise(100); },
            damaged(u"there is more data after its last part"_s) },
        { "wrong passphrase", [](const Inputs &in) { return in.sealed; },
            u"The passphrase is not the one this backup was made with."_s, "not the passphrase" },
        { "no passphrase", [](const Inputs &in) { return in.sealed; },
            u"This backup is encrypted; give the passphrase it was made with."_s, QByteArray() },
        // Sealed correctly, but what is inside is no journal.
        { "sealed text", [](const Inputs &in) { return in.seal("name,team\nAna Silva,Platform\n"); }, kNotADatabase },
        { "sealed empty database", [](const Inputs &in) { return in.seal(in.database({}, kNothing)); },
            u"It is an empty SQLite database, not a Rapport journal."_s },
        { "sealed newer journal",
            [](const Inputs &in) { return in.seal(in.plainWith({ u"PRAGMA user_version = 9999"_s })); }, newer(9999) },
        { "sealed broken references",
            [](const Inputs &in) {
                return in.seal(in.plainWith({ u"INSERT INTO gratitude (colleague_id, day, direction, what) "
                                              "VALUES (999, 20000, 'given', 'x')"_s }));
            },
            brokenRefs },
    };
}

class RestoreMalformedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_GE(sodium_init(), 0);
        test::fillSmallJournal(m_journal.journal());
        ASSERT_TRUE(QDir().mkpath(file(u"inputs"_s)));
        const QString plain = file(u"inputs/good.rapport"_s);
        const QString sealed = file(u"inputs/good.rapport-encrypted"_s);
        must(Backup::write(m_journal.db(), plain), "plain backup");
        must(Backup::writeEncrypted(m_journal.db(), sealed, kPassphrase, {}, KdfCost::Interactive), "sealed backup");
        m_inputs.plain = test::readAll(plain);
        m_inputs.sealed = test::readAll(sealed);
        m_journal.close();
        m_before = test::readAll(m_journal.path());
        m_entries = test::entriesOf(m_journal.folder());
    }

    QString file(const QString &name) const { return QDir(m_journal.folder()).filePath(name); }

    // Restores `backup`, expecting `message` (after "PATH: " when `prefixed`), and no change.
    void refused(const QString &backup, const QByteArray &passphrase, const QString &message, bool prefixed = true)
    {
        auto restored = Backup::restore(backup, m_journal.path(), passphrase, file(u"kept"_s), kNow);
        ASSERT_FALSE(restored.ok());
        EXPECT_EQ(restored.error().message, prefixed ? QDir::toNativeSeparators(backup) + u": "_s + message : message);
        EXPECT_EQ(test::readAll(m_journal.path()), m_before);
        EXPECT_EQ(test::entriesOf(m_journal.folder()), m_entries);
        EXPECT_EQ(test::entriesOf(file(u"kept"_s)), QStringList());
    }

    test::TempJournal m_journal;
    Inputs m_inputs { file(u"inputs"_s) };
    QByteArray m_before;
    QStringList m_entries;
};

TEST_F(RestoreMalformedTest, EveryMalformedBackupIsRefusedWithItsMessageAndChangesNothing)
{
    const std::vector<Case> all = cases();
    EXPECT_GE(all.size(), 30u);
    for (const Case &c : all) {
        SCOPED_TRACE(c.name);
        const QString input = file(u"inputs/case.bin"_s);
        test::writeAll(input, c.make(m_inputs));
        // The number of the last part of the good encrypted backup.
        const qsizetype parts = (m_inputs.sealed.size() - 150 + 65556) / 65557;
        refused(input, c.passphrase, QString(c.message).replace(u"{last}"_s, QString::number(parts)));
        QFile::remove(input);
    }
    // The good ones still restore, so the refusals above were about the damage.
    EXPECT_TRUE(Backup::restore(file(u"inputs/good.rapport"_s), m_journal.path(), {}, file(u"kept"_s), kNow).ok());
}

// Derived tables (contact_day, interaction_day, gratitude_day, colleague.last_contact)
// that disagree with the entries would make every figure wrong: `check` refuses such a
// journal, so restore refuses such a backup, plain or sealed, and names the tables.
TEST_F(RestoreMalformedTest, ABackupWhoseFiguresDisagreeWithItsEntriesIsRefused)
{
    const QString prefix = u"It has figures that do not match its entries: "_s;
    const auto refusedWith = [&](const QByteArray &bytes, const QByteArray &passphrase, const QStringList &tables) {
        const QString input = file(u"inputs/case.bin"_s);
        test::writeAll(input, bytes);
        auto restored = Backup::restore(input, m_journal.path(), passphrase, file(u"kept"_s), kNow);
        ASSERT_FALSE(restored.ok());
        const QString message = restored.error().message;
        EXPECT_TRUE(message.startsWith(QDir::toNativeSeparators(input) + u": "_s + prefix)) << message.toStdString();
        for (const QString &table : tables)
            EXPECT_TRUE(message.contains(table + u" has "_s)) << message.toStdString();
        EXPECT_EQ(test::readAll(m_journal.path()), m_before);
        EXPECT_EQ(test::entriesOf(m_journal.folder()), m_entries);
        EXPECT_EQ(test::entriesOf(file(u"kept"_s)), QStringList());
    };
    const QByteArray counts = m_inputs.plainWith({ u"UPDATE interaction_day SET n = n + 5"_s });
    refusedWith(counts, {}, { u"interaction_day"_s });
    refusedWith(m_inputs.seal(counts), kPassphrase, { u"interaction_day"_s });
    refusedWith(m_inputs.plainWith({ u"DELETE FROM contact_day"_s }), {}, { u"contact_day"_s });
    refusedWith(
        m_inputs.plainWith({ u"UPDATE colleague SET last_contact = 1"_s }), {}, { u"colleague.last_contact"_s });
    refusedWith(m_inputs.plainWith({ u"UPDATE gratitude_day SET n = n + 1"_s }), {}, { u"gratitude_day"_s });
}

TEST_F(RestoreMalformedTest, NothingThereAFolderOrTheJournalItselfIsRefused)
{
    const QString missing = file(u"inputs/missing.rapport"_s);
    refused(missing, {}, u"There is no backup at %1."_s.arg(missing), false);
    refused(file(u"inputs"_s), {}, u"%1 is a folder, not a backup."_s.arg(file(u"inputs"_s)), false);
    refused(
        m_journal.path(), {}, u"%1 is the journal itself; restore from a backup of it."_s.arg(m_journal.path()), false);
}

TEST_F(RestoreMalformedTest, HostileAndHugeInputsAreRefusedWithinBoundedTimeAndMemory)
{
    const QString input = file(u"inputs/hostile.bin"_s);
    // `argon2KiB`: what the file's own key derivation may take (64 MiB for the fixtures).
    const auto bounded = [&](const QByteArray &head, qint64 size, qint64 argon2KiB, const QString &message) {
        test::writeAll(input, head);
        QFile grow(input);
        ASSERT_TRUE(grow.resize(size)); // sparse: huge on paper, nothing on disk
        test::resetPeakMemory();
        const qint64 baseline = test::peakMemoryKiB();
        QElapsedTimer timer;
        timer.start();
        refused(input, kPassphrase, message);
        EXPECT_LT(timer.elapsed(), 2'000);
        if (test::memoryBoundsApply()) {
            EXPECT_LT(test::peakMemoryKiB() - baseline, argon2KiB + 16 * 1024) << "KiB over the baseline";
        }
    };
    const qint64 gib = qint64(1) << 30;
    bounded(m_inputs.sealedHeader([](QByteArray &b) { Inputs::put64(b, 34, quint64(64) << 30); }),
        m_inputs.sealed.size(), 0,
        damaged(u"its key derivation asks for 2 passes over 67108864 KiB; Rapport allows 1 to 8 passes over at most "
                "524288 KiB"_s));
    bounded(overwritten(m_inputs.sealed, 150, 4, '\xff'), 4 * gib, 64 * 1024,
        damaged(u"part 1 claims 4294967295 bytes; a part holds 17 to 65553"_s));
    bounded(m_inputs.sealed, 2 * gib, 64 * 1024, damaged(u"there is more data after its last part"_s));
    bounded(QByteArray("\x7f"
                       "ELF"),
        2 * gib, 0, kNotABackup);
}

} // namespace
} // namespace rapport::core::io

// Encrypted backups (DESIGN.md section 7): sealed with a passphrase (Argon2id and
// secretstream), nothing of the journal readable in the file, the plain copy never left
// behind; restored with the right passphrase only; a wrong passphrase and a file damaged
// anywhere (header, middle, last byte, cut short) each get their own clear message, and
// the journal is left as it was.

#include "BackupTestSupport.h"
#include "io/Backup.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <gtest/gtest.h>

namespace rapport::core::io {
namespace {

using namespace Qt::StringLiterals;
using test::must;

const QDateTime kNow(QDate(2025, 3, 15), QTime(10, 15, 0));
const QByteArray kPassphrase = "correct horse battery staple";

class EncryptedBackupTest : public ::testing::Test
{
protected:
    void SetUp() override { test::fillSmallJournal(m_journal.journal()); }

    QString file(const QString &name) const { return QDir(m_journal.folder()).filePath(name); }
    Database &db() { return m_journal.db(); }

    // A sealed backup of the journal at `name`, with the fast test settings.
    QString sealed(const QString &name = u"backup.rapport-encrypted"_s)
    {
        const QString target = file(name);
        must(Backup::writeEncrypted(db(), target, kPassphrase, {}, KdfCost::Interactive), "encrypted backup");
        return target;
    }

    // Restores `backup` over the closed journal, expecting `message` after "PATH: ", and
    // checks that the journal and its folder are exactly as they were.
    void refused(const QString &backup, const QByteArray &passphrase, const QString &message)
    {
        const QByteArray before = test::readAll(m_journal.path());
        const QStringList entries = test::entriesOf(m_journal.folder());
        auto restored = Backup::restore(backup, m_journal.path(), passphrase, file(u"kept"_s), kNow);
        ASSERT_FALSE(restored.ok());
        EXPECT_EQ(restored.error().message, QDir::toNativeSeparators(backup) + u": "_s + message);
        EXPECT_EQ(test::readAll(m_journal.path()), before);
        EXPECT_EQ(test::entriesOf(m_journal.folder()), entries);
        EXPECT_EQ(test::entriesOf(file(u"kept"_s)), QStringList());
    }

    test::TempJournal m_journal;
};

TEST_F(EncryptedBackupTest, ARoundTripRestoresEveryRowAndTheFileShowsNothingOfThem)
{
    const QString backup = sealed();
    EXPECT_TRUE(Backup::isEncrypted(backup));
    EXPECT_EQ(test::modeOf(backup), 0600u);
    // Only the backup is left: its plain copy was temporary.
    EXPECT_EQ(test::entriesOf(m_journal.folder()),
        (QStringList {
            u"backup.rapport-encrypted"_s, u"journal.rapport"_s, u"journal.rapport-shm"_s, u"journal.rapport-wal"_s }));
    const QByteArray bytes = test::readAll(backup);
    EXPECT_TRUE(bytes.startsWith("RAPPORT-ENCRYPTED-BACKUP\x01"));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("Lisbon"));
    EXPECT_FALSE(bytes.contains("Ana Silva"));
    EXPECT_EQ(bytes[25], char(2)) << "Argon2id";
    EXPECT_EQ(qFromLittleEndian<quint64>(bytes.constData() + 26), 2u) << "interactive: 2 passes";
    EXPECT_EQ(qFromLittleEndian<quint64>(bytes.constData() + 34), quint64(64) << 20) << "over 64 MiB";
    EXPECT_EQ(qFromLittleEndian<quint32>(bytes.constData() + 58), 65536u);

    // A fresh salt and stream every time: the same journal seals differently.
    EXPECT_NE(test::readAll(sealed(u"again.rapport-encrypted"_s)), bytes);

    const QStringList rows = test::dumpJournal(db());
    const QString journal = file(u"restored/journal.rapport"_s);
    EXPECT_EQ(must(Backup::restore(backup, journal, kPassphrase, file(u"kept"_s), kNow), "restore"), QString());
    EXPECT_EQ(test::dumpFile(journal), rows);
    EXPECT_EQ(test::sqliteIntegrity(journal), u"ok\n"_s);
    EXPECT_EQ(test::entriesOf(file(u"restored"_s)), QStringList { u"journal.rapport"_s });
}

TEST_F(EncryptedBackupTest, ModerateCostRoundTrip)
{
    const QString backup = file(u"moderate.rapport-encrypted"_s);
    must(Backup::writeEncrypted(db(), backup, kPassphrase), "moderate backup");
    const QByteArray bytes = test::readAll(backup);
    EXPECT_EQ(qFromLittleEndian<quint64>(bytes.constData() + 26), 3u) << "moderate: 3 passes";
    EXPECT_EQ(qFromLittleEndian<quint64>(bytes.constData() + 34), quint64(256) << 20) << "over 256 MiB";
    const QStringList rows = test::dumpJournal(db());
    m_journal.close();
    const QString kept = must(Backup::restore(backup, m_journal.path(), kPassphrase, file(u"kept"_s), kNow), "restore");
    EXPECT_EQ(test::dumpFile(kept), rows);
    EXPECT_EQ(test::dumpFile(m_journal.path()), rows);
}

TEST_F(EncryptedBackupTest, AWrongOrMissingPassphraseIsRefused)
{
    const QString backup = sealed();
    m_journal.close();
    refused(backup, "correct horse battery stapler", u"The passphrase is not the one this backup was made with."_s);
    refused(backup, {}, u"This backup is encrypted; give the passphrase it was made with."_s);
}

TEST_F(EncryptedBackupTest, AnEmptyPassphraseSealsNothing)
{
    const Status empty = Backup::writeEncrypted(db(), file(u"x.rapport-encrypted"_s), {}, {}, KdfCost::Interactive);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().message, u"The passphrase is empty."_s);
    EXPECT_FALSE(QFileInfo::exists(file(u"x.rapport-encrypted"_s)));
}

TEST_F(EncryptedBackupTest, DamageAnywhereIsNamedAndChangesNothing)
{
    // A journal of several chunks of 64 KiB, restored over the small one.
    test::TempJournal large;
    test::fillLargeJournal(large.db());
    const QString backup = file(u"large.rapport-encrypted"_s);
    must(Backup::writeEncrypted(large.db(), backup, kPassphrase, {}, KdfCost::Interactive), "encrypted backup");
    m_journal.close();
    const QByteArray good = test::readAll(backup);
    ASSERT_GT(good.size(), 4 * 65536);
    const QString damaged = file(u"damaged.rapport-encrypted"_s);
    const auto tryWith = [&](QByteArray bytes, const QString &why) {
        test::writeAll(damaged, bytes);
        refused(damaged, kPassphrase, u"The backup is damaged or was changed (%1)."_s.arg(why));
    };
    const auto flipped = [&](qsizetype at) {
        QByteArray bytes = good;
        bytes[at] = char(bytes[at] ^ 0x20);
        return bytes;
    };
    // The header: its salt, and its checksum.
    tryWith(flipped(50), u"its header does not match its checksum"_s);
    tryWith(flipped(140), u"its header does not match its checksum"_s);
    // The middle, and the last byte: the third part, and the last one.
    const qsizetype part = 4 + 65536 + 17;
    const qsizetype parts = (good.size() - 150 + part - 1) / part;
    tryWith(flipped(150 + 2 * part + 1000), u"part 3 fails its authentication check"_s);
    tryWith(flipped(good.size() - 1), u"part %1 fails its authentication check"_s.arg(parts));
    // Cut short: anywhere, and exactly where the last part begins.
    const QString cut = u"it ends before its last part: it was cut short"_s;
    tryWith(good.left(good.size() - 1), cut);
    tryWith(good.left(150 + (parts - 1) * part), cut);
    tryWith(good.left(150 + 2), cut);
    tryWith(good.left(150), cut);
    tryWith(good.left(100), u"it ends inside its header"_s);
    // Two parts swapped; a part repeated; more after the end.
    QByteArray swapped = good;
    swapped.replace(150, part, good.mid(150 + part, part)).replace(150 + part, part, good.mid(150, part));
    tryWith(swapped, u"part 1 fails its authentication check"_s);
    tryWith(good.left(150 + 2 * part) + good.mid(150 + part), u"part 3 fails its authentication check"_s);
    tryWith(good + "x", u"there is more data after its last part"_s);

    // The undamaged file still restores.
    EXPECT_TRUE(Backup::restore(backup, m_journal.path(), kPassphrase, file(u"kept"_s), kNow).ok());
}

TEST_F(EncryptedBackupTest, ACancelLeavesNeitherTheBackupNorItsPlainCopy)
{
    test::TempJournal large;
    test::fillLargeJournal(large.db());
    const QString target = file(u"out/backup.rapport-encrypted"_s);
    qint64 lastTotal = 0;
    qint64 calls = 0;
    // Past the copy (the first half), into the sealing.
    const Status cancelled = Backup::writeEncrypted(
        large.db(), target, kPassphrase,
        [&](qint64 done, qint64 total) {
            lastTotal = total;
            ++calls;
            return done < total * 3 / 4;
        },
        KdfCost::Interactive);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().message, u"The backup was cancelled."_s);
    EXPECT_GT(calls, 4);
    EXPECT_GT(lastTotal, 0);
    EXPECT_EQ(test::entriesOf(file(u"out"_s)), QStringList());
}

} // namespace
} // namespace rapport::core::io

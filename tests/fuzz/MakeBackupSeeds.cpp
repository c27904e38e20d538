// Writes the seeds of the backup fuzz target (tests/fuzz/corpus/backup) into the folder
// given: small encrypted backups made with libsodium from the layout EncryptedFile.h
// documents, with Argon2id at its lowest costs, so that the fuzzer pays almost nothing for
// a valid header. Each seed is the repair byte of the target, then the backup.
//   make_backup_seeds tests/fuzz/corpus/backup

#include "BackupLayout.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace {

using namespace rapport::fuzz::backup;

// A backup of `plain` in chunks of `chunk` bytes.
QByteArray seal(const QByteArray &plain, quint32 chunk)
{
    QByteArray header(kHeaderSize, '\0');
    std::memcpy(header.data(), "RAPPORT-ENCRYPTED-BACKUP", 24);
    header[24] = 1; // format version
    header[25] = char(crypto_pwhash_ALG_ARGON2ID13);
    qToLittleEndian<quint64>(crypto_pwhash_OPSLIMIT_MIN, at(header, kOpsAt));
    qToLittleEndian<quint64>(crypto_pwhash_MEMLIMIT_MIN, at(header, kMemoryAt));
    for (int i = 0; i < int(crypto_pwhash_SALTBYTES); ++i)
        header[kSaltAt + i] = char(0xA0 + i);
    qToLittleEndian<quint32>(chunk, at(header, 58));
    unsigned char keys[2 * kKeyBytes];
    if (!deriveKeys(header, keys))
        return {};
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, at(header, 62), keys);
    writeKeyCheck(header, keys + kKeyBytes);
    writeChecksum(header);

    QByteArray out = header;
    qsizetype done = 0;
    do {
        const qsizetype n = std::min<qsizetype>(chunk, plain.size() - done);
        const bool final = done + n == plain.size();
        QByteArray sealed(n + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, at(sealed, 0), &length, at(plain, done), quint64(n),
            done == 0 ? at(header, 0) : nullptr, done == 0 ? kHeaderSize : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        QByteArray prefix(4, '\0');
        qToLittleEndian<quint32>(quint32(length), at(prefix, 0));
        out += prefix + sealed;
        done += n;
    } while (done < plain.size());
    sodium_memzero(keys, sizeof keys);
    return out;
}

bool write(const QDir &dir, const char *name, char repairs, const QByteArray &backup)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    const QByteArray bytes = QByteArray(1, repairs) + backup;
    return !backup.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2 || sodium_init() < 0) {
        std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    // Not a real journal: the target checks the envelope, not what is inside.
    QByteArray plain("SQLite format 3");
    plain += '\0';
    while (plain.size() < 300)
        plain += "a journal page ";
    QByteArray longer;
    while (longer.size() < 5000)
        longer += plain;
    longer.truncate(5000);

    QByteArray damaged = seal(plain, 64 * 1024);
    damaged.replace(kKeyCheckAt, 64, QByteArray(64, '\0')); // key check and checksum, for the repairs
    const bool ok = write(dir, "one-chunk", 0, seal(plain, 64 * 1024))
        && write(dir, "two-chunks", 0, seal(longer, 4096)) && write(dir, "empty-plaintext", 0, seal({}, 4096))
        && write(dir, "header-repaired", 3, damaged);
    if (!ok)
        std::fprintf(stderr, "cannot write the seeds into %s\n", argv[1]);
    return ok ? 0 : 1;
}

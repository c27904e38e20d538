#include "EncryptedFile.h"

#include "io/BackupFiles.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace rapport::core::io {
namespace {

constexpr char kMagic[] = "RAPPORT-ENCRYPTED-BACKUP";
constexpr qsizetype kMagicSize = sizeof kMagic - 1;
constexpr quint8 kFormatVersion = 1;

// Offsets in the header (see EncryptedFile.h).
constexpr qsizetype kVersionAt = 24;
constexpr qsizetype kAlgorithmAt = 25;
constexpr qsizetype kOpsAt = 26;
constexpr qsizetype kMemoryAt = 34;
constexpr qsizetype kSaltAt = 42;
constexpr qsizetype kChunkAt = 58;
constexpr qsizetype kStreamHeaderAt = 62;
constexpr qsizetype kKeyCheckAt = 86;
constexpr qsizetype kChecksumAt = 118;
constexpr qsizetype kHeaderSize = 150;
constexpr qsizetype kHashBytes = 32;
static_assert(kMagicSize == kVersionAt);
static_assert(kSaltAt + crypto_pwhash_SALTBYTES == kChunkAt);
static_assert(kStreamHeaderAt + crypto_secretstream_xchacha20poly1305_HEADERBYTES == kKeyCheckAt);
static_assert(kChecksumAt + kHashBytes == kHeaderSize);

constexpr quint32 kChunkSize = 64 * 1024;
constexpr qsizetype kAuthBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;

// What a header may ask of this machine. Moderate is 3 passes over 256 MiB; the limits
// leave room for stronger settings and refuse a hostile file's 64 GiB or a million passes.
constexpr quint64 kMaxOps = 8;
constexpr quint64 kMaxMemory = quint64(512) << 20;
constexpr quint32 kMinChunk = 4 * 1024;
constexpr quint32 kMaxChunk = 1024 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The 64-byte Argon2id output: the stream key, then the key-check key. Wiped when it goes.
struct Keys
{
    std::array<unsigned char, 2 * kKeyBytes> bytes {};
    Keys() = default;
    ~Keys() { sodium_memzero(bytes.data(), bytes.size()); }
    Q_DISABLE_COPY_MOVE(Keys)
    unsigned char *stream() { return bytes.data(); }
    unsigned char *check() { return bytes.data() + kKeyBytes; }
};

struct Stream
{
    crypto_secretstream_xchacha20poly1305_state state {};
    Stream() = default;
    ~Stream() { sodium_memzero(&state, sizeof state); }
    Q_DISABLE_COPY_MOVE(Stream)
};

unsigned char *bytes(QByteArray &data, qsizetype at = 0)
{
    return reinterpret_cast<unsigned char *>(data.data()) + at;
}

const unsigned char *bytes(const QByteArray &data, qsizetype at = 0)
{
    return reinterpret_cast<const unsigned char *>(data.constData()) + at;
}

bool derive(Keys &keys, const QByteArray &passphrase, const QByteArray &header, quint64 ops, quint64 memory)
{
    return crypto_pwhash(keys.bytes.data(), keys.bytes.size(), passphrase.constData(), quint64(passphrase.size()),
               bytes(header, kSaltAt), ops, size_t(memory), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

QByteArray keyCheck(const QByteArray &header, Keys &keys)
{
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(bytes(out), kHashBytes, bytes(header), kKeyCheckAt, keys.check(), kKeyBytes);
    return out;
}

QByteArray checksum(const QByteArray &header)
{
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(bytes(out), kHashBytes, bytes(header), kChecksumAt, nullptr, 0);
    return out;
}

QString damaged(const QString &why)
{
    return EncryptedFile::tr("The backup is damaged or was changed (%1).").arg(why);
}

QString cutShort()
{
    return damaged(EncryptedFile::tr("it ends before its last part: it was cut short"));
}

Error writeError(const QFile &file)
{
    return Error {
        EncryptedFile::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
    };
}

Error readError(const QFile &file)
{
    return Error {
        EncryptedFile::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
    };
}

// The header for new keys, with everything but the stream header, key check and checksum.
QByteArray newHeader(KdfCost cost)
{
    const bool moderate = cost == KdfCost::Moderate;
    QByteArray header(kHeaderSize, '\0');
    std::memcpy(header.data(), kMagic, kMagicSize);
    header[kVersionAt] = char(kFormatVersion);
    header[kAlgorithmAt] = char(crypto_pwhash_ALG_ARGON2ID13);
    qToLittleEndian<quint64>(
        moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE, bytes(header, kOpsAt));
    qToLittleEndian<quint64>(
        moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE, bytes(header, kMemoryAt));
    randombytes_buf(bytes(header, kSaltAt), crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint32>(kChunkSize, bytes(header, kChunkAt));
    return header;
}

// The header's fields, checked in the order that gives the clearest message: the
// checksum first, so that damage anywhere in it (the version byte too) reads as damage.
Status checkHeader(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < kHeaderSize || fileSize < kHeaderSize)
        return Error { damaged(EncryptedFile::tr("it ends inside its header")) };
    if (sodium_memcmp(bytes(checksum(header)), bytes(header, kChecksumAt), kHashBytes) != 0)
        return Error { damaged(EncryptedFile::tr("its header does not match its checksum")) };
    const int version = quint8(header[kVersionAt]);
    if (version > kFormatVersion)
        return Error { EncryptedFile::tr(
            "The backup was made by a newer version of Rapport (encrypted backup format %1; "
            "this version reads %2). Update Rapport to restore it.")
                           .arg(version)
                           .arg(kFormatVersion) };
    if (version != kFormatVersion)
        return Error { damaged(EncryptedFile::tr("its format version %1 is not one Rapport wrote").arg(version)) };
    const quint64 ops = qFromLittleEndian<quint64>(bytes(header, kOpsAt));
    const quint64 memory = qFromLittleEndian<quint64>(bytes(header, kMemoryAt));
    if (quint8(header[kAlgorithmAt]) != crypto_pwhash_ALG_ARGON2ID13)
        return Error { damaged(
            EncryptedFile::tr("its key derivation %1 is not Argon2id").arg(quint8(header[kAlgorithmAt]))) };
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || memory < crypto_pwhash_MEMLIMIT_MIN || memory > kMaxMemory)
        return Error { damaged(EncryptedFile::tr("its key derivation asks for %1 passes over %2 KiB; Rapport allows "
                                                 "%3 to %4 passes over at most %5 KiB")
                                   .arg(ops)
                                   .arg(memory / 1024)
                                   .arg(crypto_pwhash_OPSLIMIT_MIN)
                                   .arg(kMaxOps)
                                   .arg(kMaxMemory / 1024)) };
    const quint32 chunk = qFromLittleEndian<quint32>(bytes(header, kChunkAt));
    if (chunk < kMinChunk || chunk > kMaxChunk)
        return Error { damaged(EncryptedFile::tr("its chunk size of %1 bytes is not between %2 and %3")
                                   .arg(chunk)
                                   .arg(kMinChunk)
                                   .arg(kMaxChunk)) };
    return {};
}

} // namespace

bool EncryptedFile::hasMagic(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagicSize) == QByteArray(kMagic, kMagicSize);
}

Status EncryptedFile::seal(
    QByteArrayView plain, const QString &target, const QByteArray &passphrase, KdfCost cost, const Progress &progress)
{
    if (!sodiumReady())
        return Error { tr("The encryption library could not start.") };
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(out);

    QByteArray header = newHeader(cost);
    Keys keys;
    if (!derive(keys, passphrase, header, qFromLittleEndian<quint64>(bytes(header, kOpsAt)),
            qFromLittleEndian<quint64>(bytes(header, kMemoryAt))))
        return Error { tr("Not enough memory to derive the key from the passphrase.") };
    Stream stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, bytes(header, kStreamHeaderAt), keys.stream());
    const QByteArray check = keyCheck(header, keys);
    std::memcpy(header.data() + kKeyCheckAt, check.constData(), kHashBytes);
    const QByteArray sum = checksum(header);
    std::memcpy(header.data() + kChecksumAt, sum.constData(), kHashBytes);
    if (out.write(header) != kHeaderSize)
        return writeError(out);

    const qint64 total = plain.size();
    QByteArray sealed(4 + kChunkSize + kAuthBytes, '\0');
    qint64 done = 0;
    bool first = true;
    bool final = false;
    while (!final) {
        const qint64 length = std::min<qint64>(kChunkSize, total - done);
        final = done + length == total;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream.state, bytes(sealed, 4), &sealedLength,
            reinterpret_cast<const unsigned char *>(plain.data()) + done, quint64(length),
            first ? bytes(header) : nullptr, first ? kHeaderSize : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        done += length;
        qToLittleEndian<quint32>(quint32(sealedLength), bytes(sealed));
        if (out.write(sealed.constData(), qint64(4 + sealedLength)) != qint64(4 + sealedLength))
            return writeError(out);
        if (progress && !progress(done, total))
            return Error { cancelled() };
    }
    if (!out.flush())
        return writeError(out);
    out.close();
    return BackupFiles::sync(target);
}

Status EncryptedFile::open(
    const QString &sealedPath, const QByteArray &passphrase, const Sink &sink, const Progress &progress)
{
    if (!sodiumReady())
        return Error { tr("The encryption library could not start.") };
    QFile in(sealedPath);
    if (!in.open(QIODevice::ReadOnly))
        return readError(in);
    const qint64 total = in.size();
    const QByteArray header = in.read(kHeaderSize);
    if (header.size() < kMagicSize || !header.startsWith(QByteArray(kMagic, kMagicSize)))
        return Error { tr("This is not an encrypted Rapport backup.") };
    if (auto valid = checkHeader(header, total); !valid)
        return valid;

    Keys keys;
    if (!derive(keys, passphrase, header, qFromLittleEndian<quint64>(bytes(header, kOpsAt)),
            qFromLittleEndian<quint64>(bytes(header, kMemoryAt))))
        return Error { tr("Not enough memory to derive the key from the passphrase.") };
    if (sodium_memcmp(bytes(keyCheck(header, keys)), bytes(header, kKeyCheckAt), kHashBytes) != 0)
        return Error { tr("The passphrase is not the one this backup was made with.") };
    Stream stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, bytes(header, kStreamHeaderAt), keys.stream())
        != 0)
        return Error { damaged(tr("its stream header is not valid")) };

    const quint32 chunk = qFromLittleEndian<quint32>(bytes(header, kChunkAt));
    QByteArray sealed(chunk + kAuthBytes, '\0');
    QByteArray plain(chunk, '\0');
    for (qint64 part = 1;; ++part) {
        QByteArray prefix = in.read(4);
        if (prefix.size() < 4)
            return prefix.isEmpty() && in.error() != QFile::NoError ? readError(in) : Error { cutShort() };
        const quint32 length = qFromLittleEndian<quint32>(bytes(prefix));
        if (length < kAuthBytes || length > chunk + kAuthBytes)
            return Error { damaged(tr("part %1 claims %2 bytes; a part holds %3 to %4")
                                       .arg(part)
                                       .arg(length)
                                       .arg(kAuthBytes)
                                       .arg(chunk + kAuthBytes)) };
        if (in.read(sealed.data(), length) != qint64(length))
            return Error { cutShort() };
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream.state, bytes(plain), &plainLength, &tag, bytes(sealed),
                length, part == 1 ? bytes(header) : nullptr, part == 1 ? kHeaderSize : 0)
            != 0)
            return Error { damaged(tr("part %1 fails its authentication check").arg(part)) };
        if (auto taken = sink(QByteArrayView(plain.constData(), qint64(plainLength))); !taken)
            return taken;
        if (progress && !progress(in.pos(), total))
            return Error { cancelled() };
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!in.atEnd())
        return Error { damaged(tr("there is more data after its last part")) };
    return {};
}

} // namespace rapport::core::io

#pragma once

#include <QByteArray>
#include <QtEndian>

#include <sodium.h>

// The header of an encrypted backup as core/io/EncryptedFile.h documents it, written out
// again here (not taken from the implementation) for the fuzz target, which repairs
// headers, and for the program that makes its seeds.
namespace rapport::fuzz::backup {

inline constexpr qsizetype kOpsAt = 26;
inline constexpr qsizetype kMemoryAt = 34;
inline constexpr qsizetype kSaltAt = 42;
inline constexpr qsizetype kKeyCheckAt = 86;
inline constexpr qsizetype kChecksumAt = 118;
inline constexpr qsizetype kHeaderSize = 150;
inline constexpr qsizetype kKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;

// The passphrase of every seed.
inline const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

// Argon2id at these costs or below takes well under a millisecond: the seeds use them,
// and only such headers are repaired, so an input with a valid header costs little.
inline constexpr quint64 kCheapOps = 2;
inline constexpr quint64 kCheapMemory = 64 * 1024;

inline const unsigned char *at(const QByteArray &data, qsizetype offset)
{
    return reinterpret_cast<const unsigned char *>(data.constData()) + offset;
}

inline unsigned char *at(QByteArray &data, qsizetype offset)
{
    return reinterpret_cast<unsigned char *>(data.data()) + offset;
}

inline quint64 ops(const QByteArray &header)
{
    return qFromLittleEndian<quint64>(at(header, kOpsAt));
}

inline quint64 memory(const QByteArray &header)
{
    return qFromLittleEndian<quint64>(at(header, kMemoryAt));
}

// The 64-byte Argon2id output for the header's salt and costs: stream key, key-check key.
inline bool deriveKeys(const QByteArray &header, unsigned char (&keys)[2 * kKeyBytes])
{
    return crypto_pwhash(keys, sizeof keys, kPassphrase.constData(), quint64(kPassphrase.size()), at(header, kSaltAt),
               ops(header), size_t(memory(header)), crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

// Bytes 86..117: BLAKE2b-256 of bytes 0..85 keyed with the key-check key.
inline void writeKeyCheck(QByteArray &header, const unsigned char *checkKey)
{
    crypto_generichash(at(header, kKeyCheckAt), 32, at(header, 0), kKeyCheckAt, checkKey, kKeyBytes);
}

// Bytes 118..149: BLAKE2b-256 of bytes 0..117.
inline void writeChecksum(QByteArray &header)
{
    crypto_generichash(at(header, kChecksumAt), 32, at(header, 0), kChecksumAt, nullptr, 0);
}

} // namespace rapport::fuzz::backup

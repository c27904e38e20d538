#pragma once

#include "domain/Result.h"
#include "io/Transfer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rapport::core::io {

// How hard the passphrase is to guess at: Argon2id's libsodium "moderate" settings
// (3 passes over 256 MiB) for real backups, "interactive" (2 passes over 64 MiB) for tests.
enum class KdfCost { Moderate, Interactive };

// The sealed form of a backup: a passphrase-encrypted file (libsodium: Argon2id for the
// key, crypto_secretstream_xchacha20poly1305 for the data).
//
// Layout (integers little-endian), format version 1:
//   offset size
//        0   24  magic "RAPPORT-ENCRYPTED-BACKUP"
//       24    1  format version (1)
//       25    1  key derivation algorithm (crypto_pwhash_ALG_ARGON2ID13)
//       26    8  Argon2id opslimit
//       34    8  Argon2id memlimit in bytes
//       42   16  salt
//       58    4  plaintext bytes per chunk (65,536 when written)
//       62   24  secretstream header
//       86   32  key check: BLAKE2b-256 of bytes 0..85 keyed with the second half of the
//                64-byte Argon2id output (the first half is the stream key)
//      118   32  header checksum: BLAKE2b-256 of bytes 0..117, unkeyed
//      150       chunks: a 4-byte ciphertext length, then the ciphertext of at most one
//                chunk of plaintext plus 17 bytes; the 150 header bytes are the
//                additional data of the first chunk, and the last carries TAG_FINAL.
// The checksum tells a damaged header from a wrong passphrase; the key check, from the
// passphrase, tells a wrong passphrase from damaged data; every chunk is authenticated,
// and a file that ends before TAG_FINAL, or goes on after it, is damaged. Reading checks
// the checksum before the format version, so that damage is never taken for a newer
// format (a later format keeps bytes 0..24 and the checksum where they are, or older
// versions call it damaged); then the Argon2id settings against limits before deriving
// anything, so a hostile header cannot ask for gigabytes, and every chunk's length before
// reading it. Both directions work from memory: no plain copy is ever written to disk.
class EncryptedFile final
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedFile)

public:
    // Whether `path` begins with the magic.
    static bool hasMagic(const QString &path);

    // Takes the plain bytes as they are decrypted, each part authenticated first.
    using Sink = std::function<Status(QByteArrayView plain)>;

    // Encrypts `plain` into `target`, an existing owner-only file that is overwritten, and
    // flushes it to the disk. Progress in bytes; false cancels.
    static Status seal(QByteArrayView plain, const QString &target, const QByteArray &passphrase, KdfCost cost,
        const Progress &progress = {});
    // Decrypts `sealedPath` into `sink`, after checking the header, its limits and the
    // passphrase. The error's message is a sentence about the backup (or the sink's).
    // Progress in bytes read.
    static Status open(
        const QString &sealedPath, const QByteArray &passphrase, const Sink &sink, const Progress &progress = {});

    static QString cancelled() { return tr("The encryption was cancelled."); }
};

} // namespace rapport::core::io

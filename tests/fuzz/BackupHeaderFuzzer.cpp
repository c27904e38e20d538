// Fuzz target for encrypted backups (EncryptedFile::open with a fixed passphrase, on a
// temporary file). The first byte of an input says what to repair before the rest is
// written as the backup: bit 0 the key check, bit 1 the header checksum. Without repairs
// a mutated header almost never passes its checksum, and the fuzzer would not get past it;
// with them it reaches the cost limits, the chunk size and the chunks. Repairs are made
// only for headers whose Argon2id costs are tiny (as the seeds' are), since a valid header
// costs one key derivation per input; the limits of a real backup (Argon2id over 256 MiB)
// would bring the run down to a few inputs a second.

#include "BackupLayout.h"
#include "FuzzSupport.h"
#include "io/EncryptedFile.h"

namespace {

using namespace rapport::fuzz::backup;
using rapport::core::io::EncryptedFile;

constexpr const char *kTarget = "backup";

void repair(QByteArray &file, unsigned flags)
{
    if (file.size() < kHeaderSize || ops(file) > kCheapOps || memory(file) > kCheapMemory)
        return;
    if (flags & 1) {
        unsigned char keys[2 * kKeyBytes];
        if (deriveKeys(file, keys))
            writeKeyCheck(file, keys + kKeyBytes);
        sodium_memzero(keys, sizeof keys);
    }
    if (flags & 2)
        writeChecksum(file);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    rapport::fuzz::setUp();
    static const bool ready = sodium_init() >= 0;
    if (!ready || size == 0)
        return 0;
    QByteArray file(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    repair(file, data[0]);
    const QString sealed = rapport::fuzz::scratchFile(QStringLiteral("backup.rapport-backup"), file);
    // The plaintext goes to memory, as a restore takes it; only its size is kept.
    qint64 plainBytes = 0;
    auto opened = EncryptedFile::open(sealed, kPassphrase, [&plainBytes](QByteArrayView plain) {
        plainBytes += plain.size();
        return rapport::core::Status();
    });
    rapport::fuzz::say(kTarget, opened ? QStringLiteral("opened") : opened.error().message);
    if (!opened && opened.error().message.isEmpty())
        rapport::fuzz::broken(kTarget, QStringLiteral("refused without a message"));
    return 0;
}

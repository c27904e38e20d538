#include "FaultVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <stdexcept>

namespace rapport::test {
namespace {

// What is armed. Atomics: worker connections write from other threads.
std::atomic<int> g_op { -1 };
std::atomic<int> g_countdown { 0 };
std::atomic<int> g_code { SQLITE_OK };
std::atomic<bool> g_fired { false };

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

// Our file: SQLite allocates szOsFile bytes; the real file follows the header.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

// SQLITE_OK, or the armed code when this call is the one to fail (or a later one).
int fault(FaultVfs::Op op)
{
    if (g_op.load() != static_cast<int>(op))
        return SQLITE_OK;
    if (g_countdown.fetch_sub(1) > 1)
        return SQLITE_OK;
    g_fired = true;
    return g_code.load();
}

int shimClose(sqlite3_file *file)
{
    const int rc = real(file)->pMethods ? real(file)->pMethods->xClose(real(file)) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}
int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = fault(FaultVfs::Op::Write))
        return rc;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}
int shimSync(sqlite3_file *file, int flags)
{
    if (const int rc = fault(FaultVfs::Op::Sync))
        return rc;
    return real(file)->pMethods->xSync(real(file), flags);
}
int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int shimLock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}
int shimUnlock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}
int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int shimShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
}
int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    std::memset(shim->real, 0, std::size_t(g_base->szOsFile));
    const int rc = g_base->xOpen(g_base, name, shim->real, flags, outFlags);
    // No xFetch: memory-mapped reads would go around the shim (mmap is off in Rapport).
    file->pMethods = rc == SQLITE_OK && shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}
void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return g_base->xDlOpen(g_base, name);
}
void shimDlError(sqlite3_vfs *, int size, char *out)
{
    g_base->xDlError(g_base, size, out);
}
void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void shimDlClose(sqlite3_vfs *, void *handle)
{
    g_base->xDlClose(g_base, handle);
}
int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_base->xRandomness(g_base, size, out);
}
int shimSleep(sqlite3_vfs *, int micro)
{
    return g_base->xSleep(g_base, micro);
}
int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return g_base->xCurrentTime(g_base, out);
}
int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, size, out) : 0;
}
int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

} // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK || !(g_base = sqlite3_vfs_find(nullptr)))
            throw std::runtime_error("FaultVfs: no default VFS");
        g_methods = sqlite3_io_methods {};
        g_methods.iVersion = 2; // with shared memory (WAL), without xFetch
        g_methods.xClose = shimClose;
        g_methods.xRead = shimRead;
        g_methods.xWrite = shimWrite;
        g_methods.xTruncate = shimTruncate;
        g_methods.xSync = shimSync;
        g_methods.xFileSize = shimFileSize;
        g_methods.xLock = shimLock;
        g_methods.xUnlock = shimUnlock;
        g_methods.xCheckReservedLock = shimCheckReservedLock;
        g_methods.xFileControl = shimFileControl;
        g_methods.xSectorSize = shimSectorSize;
        g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;
        g_methods.xShmMap = shimShmMap;
        g_methods.xShmLock = shimShmLock;
        g_methods.xShmBarrier = shimShmBarrier;
        g_methods.xShmUnmap = shimShmUnmap;

        g_vfs = sqlite3_vfs {};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(ShimFile)) + g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = "rapport-fault";
        g_vfs.xOpen = shimOpen;
        g_vfs.xDelete = shimDelete;
        g_vfs.xAccess = shimAccess;
        g_vfs.xFullPathname = shimFullPathname;
        g_vfs.xDlOpen = shimDlOpen;
        g_vfs.xDlError = shimDlError;
        g_vfs.xDlSym = shimDlSym;
        g_vfs.xDlClose = shimDlClose;
        g_vfs.xRandomness = shimRandomness;
        g_vfs.xSleep = shimSleep;
        g_vfs.xCurrentTime = shimCurrentTime;
        g_vfs.xGetLastError = shimGetLastError;
        g_vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
        if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
            throw std::runtime_error("FaultVfs: cannot register");
    });
}

void FaultVfs::arm(Op op, int nth, int sqliteCode)
{
    g_fired = false;
    g_code = sqliteCode;
    g_countdown = nth;
    g_op = static_cast<int>(op);
}

void FaultVfs::disarm()
{
    g_op = -1;
}

bool FaultVfs::fired()
{
    return g_fired.load();
}

} // namespace rapport::test

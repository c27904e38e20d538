#pragma once

namespace rapport::test {

// A shim over SQLite's default VFS that makes the Nth write or sync from the
// moment it is armed fail, as SQLite's own test harness injects faults (test_vfs.c): a disk
// that fills up, or one that stops answering, at a chosen step of a chosen write path.
// Installed as the process's default VFS, so every connection (Qt's driver included) goes
// through it; unarmed, it only passes calls on.
class FaultVfs final
{
public:
    enum class Op { Write, Sync };

    // Registers the shim as the default VFS (once per process).
    static void install();
    // From now on, the `nth` call of `op` (1 = the next) and every later one of the same
    // kind fail with `sqliteCode` (SQLITE_FULL, SQLITE_IOERR_WRITE, ...), until disarm().
    static void arm(Op op, int nth, int sqliteCode);
    static void disarm();
    // Whether an armed fault failed a call since it was armed.
    static bool fired();
};

} // namespace rapport::test

#pragma once

#include "TransferTask.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

class QMenu;

namespace rapport::core {
class Clock;
class Journal;
} // namespace rapport::core

namespace rapport::ui {

class MainWindow;

// File ▸ Back Up, Back Up Encrypted and Restore (DESIGN.md section 7), and the daily
// rolling backups of the open journal: made with SQLite's backup API on a connection of
// their own, off the GUI thread, once a day while Rapport runs (the last 7 are kept).
// Restoring checks the backup, keeps the journal it replaces as a backup and writes the
// backup into the journal in place (core::io::Backup::restore); the window closes its
// journal around that and opens it again, so every page reads the restored journal.
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(MainWindow &window, const core::Clock &clock);
    // Waits for a rolling backup that is being made.
    ~BackupActions() override;
    Q_DISABLE_COPY_MOVE(BackupActions)

    void addMenus(QMenu *file);

    // Where rolling backups go and where a restore keeps the replaced journal
    // (default: core::io::Backup::defaultFolder()).
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    // Makes today's rolling backup of each journal opened from now on, and checks every
    // hour for a new day. Off until called, so tests and the demo do not write backups.
    void startRollingBackups();
    // Waits for a rolling backup in progress (tests; before a restore).
    void waitForRollingBackup();

    // A backup of the open journal to `path`, encrypted when a passphrase is given.
    bool backUp(const QString &path, const QByteArray &passphrase = {});
    // Replaces the open journal with the backup at `path` after checking it. Asks nothing.
    bool restore(const QString &path, const QByteArray &passphrase = {});

Q_SIGNALS:
    void done(const QString &summary);
    // A rolling backup was written (path) or failed (message); for tests and the log.
    void rollingBackupFinished(const QString &pathOrEmpty, const QString &error);

private:
    void chooseBackUp(bool encrypted);
    void chooseRestore();
    void makeRollingBackup();
    QString suggestedName(bool encrypted) const;

    MainWindow &m_window;
    const core::Clock &m_clock;
    QString m_folder;
    QThreadPool m_pool;
    QTimer m_daily;
    bool m_rolling = false;
};

} // namespace rapport::ui

#include "BackupActions.h"

#include "MainWindow.h"
#include "dialogs/transfer/PassphraseDialog.h"
#include "io/Backup.h"
#include "services/Journal.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace rapport::ui {
namespace {

using core::io::Backup;

constexpr auto kPlainSuffix = "rapport";
constexpr auto kEncryptedSuffix = "rapport-encrypted";

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

BackupActions::BackupActions(MainWindow &window, const core::Clock &clock)
    : QObject(&window)
    , m_window(window)
    , m_clock(clock)
    , m_folder(Backup::defaultFolder())
{
    m_pool.setMaxThreadCount(1);
    m_daily.setInterval(std::chrono::hours(1));
    connect(&m_daily, &QTimer::timeout, this, &BackupActions::makeRollingBackup);
}

BackupActions::~BackupActions()
{
    m_pool.waitForDone();
}

void BackupActions::addMenus(QMenu *file)
{
    file->addAction(tr("&Back Up…"), this, [this] { chooseBackUp(false); });
    file->addAction(tr("Back Up &Encrypted…"), this, [this] { chooseBackUp(true); });
    file->addAction(tr("Res&tore from Backup…"), this, &BackupActions::chooseRestore);
}

void BackupActions::startRollingBackups()
{
    connect(&m_window, &MainWindow::journalOpened, this, &BackupActions::makeRollingBackup, Qt::UniqueConnection);
    m_daily.start();
    if (m_window.journal())
        makeRollingBackup();
}

void BackupActions::waitForRollingBackup()
{
    m_pool.waitForDone();
}

void BackupActions::makeRollingBackup()
{
    core::Journal *journal = m_window.journal();
    if (!journal || m_rolling)
        return;
    m_rolling = true;
    const QString path = journal->path();
    const QString folder = m_folder;
    const QDate today = m_clock.today();
    m_pool.start([this, path, folder, today] {
        QString written;
        QString error;
        if (auto db = core::Database::openSecondary(path)) {
            if (auto made = Backup::rolling(**db, folder, today))
                written = *made;
            else
                error = made.error().message;
        } else {
            error = db.error().message;
        }
        // The destructor waits for this task, so `this` is alive when the call is queued.
        QMetaObject::invokeMethod(
            this,
            [this, written, error] {
                m_rolling = false;
                if (!error.isEmpty()) {
                    spdlog::warn("rolling backup failed: {}", error.toStdString());
                    Q_EMIT done(tr("Today's automatic backup could not be made: %1").arg(error));
                } else if (!written.isEmpty()) {
                    spdlog::info("rolling backup written");
                }
                Q_EMIT rollingBackupFinished(written, error);
            },
            Qt::QueuedConnection);
    });
}

QString BackupActions::suggestedName(bool encrypted) const
{
    const QString stem = m_window.journal() ? QFileInfo(m_window.journal()->path()).completeBaseName() : tr("journal");
    return QStringLiteral("%1-%2.%3")
        .arg(stem, m_clock.now().toString(QStringLiteral("yyyy-MM-dd-HHmmss")),
            QLatin1String(encrypted ? kEncryptedSuffix : kPlainSuffix));
}

void BackupActions::chooseBackUp(bool encrypted)
{
    if (!m_window.journal())
        return;
    QDir().mkpath(m_folder);
    QString path = QFileDialog::getSaveFileName(&m_window, encrypted ? tr("Encrypted Backup") : tr("Back Up"),
        QDir(m_folder).filePath(suggestedName(encrypted)),
        encrypted ? tr("Encrypted Rapport backups (*.%1)").arg(QLatin1String(kEncryptedSuffix))
                  : tr("Rapport journals (*.%1)").arg(QLatin1String(kPlainSuffix)));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(encrypted ? kEncryptedSuffix : kPlainSuffix);
    QByteArray passphrase;
    if (encrypted) {
        PassphraseDialog dialog(PassphraseDialog::Purpose::Encrypt, fileName(path), &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        passphrase = dialog.passphrase();
    }
    backUp(path, passphrase);
}

bool BackupActions::backUp(const QString &path, const QByteArray &passphrase)
{
    core::Journal *journal = m_window.journal();
    if (!journal)
        return false;
    const QString journalPath = journal->path();
    const auto outcome
        = TransferTask::run(&m_window, tr("Backing up to “%1”…").arg(fileName(path)), [&](const auto &progress) {
              auto db = core::Database::openSecondary(journalPath);
              if (!db)
                  return core::Status(db.error());
              return passphrase.isEmpty() ? Backup::write(**db, path, progress)
                                          : Backup::writeEncrypted(**db, path, passphrase, progress);
          });
    if (outcome.cancelled) {
        Q_EMIT done(tr("The backup was cancelled; no file was written."));
        return false;
    }
    if (!outcome.status) {
        m_window.showError(tr("The backup could not be made"), outcome.status.error().message);
        return false;
    }
    Q_EMIT done(passphrase.isEmpty() ? tr("Backed up to “%1”.").arg(path)
                                     : tr("Backed up to “%1”, encrypted with your passphrase.").arg(path));
    return true;
}

void BackupActions::chooseRestore()
{
    core::Journal *journal = m_window.journal();
    if (!journal)
        return;
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Restore from Backup"), m_folder,
        tr("Rapport backups (*.%1 *.%2);;All files (*)")
            .arg(QLatin1String(kPlainSuffix), QLatin1String(kEncryptedSuffix)));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(journal->path()).canonicalFilePath()) {
        m_window.showError(tr("The backup could not be restored"), tr("That is the journal that is open now."));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Restore from Backup"),
        tr("Replace the journal “%1” with the backup “%2”?").arg(fileName(journal->path()), fileName(path)),
        QMessageBox::Cancel, &m_window);
    confirm.setTextFormat(Qt::PlainText);
    confirm.setInformativeText(
        tr("The backup is checked first. The journal as it is now is kept as a backup in %1, so nothing is lost.")
            .arg(QDir::toNativeSeparators(m_folder)));
    confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() == QMessageBox::Cancel)
        return;
    QByteArray passphrase;
    if (Backup::isEncrypted(path)) {
        PassphraseDialog dialog(PassphraseDialog::Purpose::Decrypt, fileName(path), &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        passphrase = dialog.passphrase();
    }
    restore(path, passphrase);
}

bool BackupActions::restore(const QString &path, const QByteArray &passphrase)
{
    core::Journal *journal = m_window.journal();
    if (!journal)
        return false;
    const QString journalPath = journal->path();
    // The restore writes into the journal in place, so it may stay open elsewhere; the
    // window closes it and opens it again afterwards so that no page, undo step or cache
    // keeps anything of the journal as it was. A rolling backup still reading it ends first.
    waitForRollingBackup();
    m_window.closeJournal();
    QString kept;
    const QString folder = m_folder;
    const QDateTime now = m_clock.now();
    const auto outcome = TransferTask::run(
        &m_window, tr("Checking and restoring “%1”…").arg(fileName(path)), [&](const auto &progress) {
            auto restored = Backup::restore(path, journalPath, passphrase, folder, now, progress);
            if (!restored)
                return core::Status(restored.error());
            kept = *restored;
            return core::Status();
        });
    // Opened again either way: restored, or as it was when anything failed.
    const bool reopened = m_window.openJournal(journalPath, core::Database::OpenMode::MustExist);
    if (outcome.cancelled) {
        Q_EMIT done(tr("The restore was cancelled; the journal is as it was."));
        return false;
    }
    if (!outcome.status) {
        m_window.showError(
            tr("The backup could not be restored; the journal is as it was"), outcome.status.error().message);
        return false;
    }
    Q_EMIT done(kept.isEmpty() ? tr("Restored “%1”.").arg(fileName(path))
                               : tr("Restored “%1”; the journal it replaced is kept as “%2”.")
                                     .arg(fileName(path), QDir::toNativeSeparators(kept)));
    return reopened;
}

} // namespace rapport::ui

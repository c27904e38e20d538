// The main window's menus and their shortcuts (DESIGN.md section 8).
#include "MainWindow.h"

#include "BackupActions.h"
#include "DataTransfer.h"

#include "services/Journal.h"
#include "services/Locations.h"
#include "services/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>

namespace rapport::ui {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Journal…"), this, &MainWindow::newJournal);
    file->addAction(tr("&Open Journal…"), QKeySequence::Open, this, &MainWindow::openJournalDialog);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Explore the &Demo Journal"), this, &MainWindow::openDemoJournal);
    file->addSeparator();
    m_data->addMenus(file);
    m_backups->addMenus(file);
    file->addSeparator();
    file->addAction(tr("Save &Chart…"), QKeySequence(tr("Ctrl+Shift+S")), this, &MainWindow::saveChart);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, this, [this] {
        if (m_journal) {
            if (auto done = m_journal->undoStack().undo(); !done)
                showError(tr("That change could not be undone"), done.error().message);
        }
    });
    m_redo = edit->addAction(tr("&Redo"), QKeySequence(tr("Ctrl+Shift+Z")), this, [this] {
        if (m_journal) {
            if (auto done = m_journal->undoStack().redo(); !done)
                showError(tr("That change could not be redone"), done.error().message);
        }
    });
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    if (preferences->shortcut().isEmpty())
        preferences->setShortcut(QKeySequence(tr("Ctrl+,")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Today"), QKeySequence(tr("Ctrl+1")), this, [this] { showPage(Page::Today); });
    go->addAction(tr("&Colleagues"), QKeySequence(tr("Ctrl+2")), this, [this] { showPage(Page::Colleagues); });
    go->addAction(tr("&Journal"), QKeySequence(tr("Ctrl+3")), this, [this] { showPage(Page::Journal); });
    go->addAction(tr("&Gratitude"), QKeySequence(tr("Ctrl+4")), this, [this] { showPage(Page::Gratitude); });
    go->addAction(tr("&Promises"), QKeySequence(tr("Ctrl+5")), this, [this] { showPage(Page::Promises); });
    go->addAction(tr("&Insights"), QKeySequence(tr("Ctrl+6")), this, [this] { showPage(Page::Insights); });
    go->addAction(tr("&Reflection"), QKeySequence(tr("Ctrl+7")), this, [this] { showPage(Page::Reflection); });

    QMenu *colleague = menuBar()->addMenu(tr("&Colleague"));
    colleague->addAction(QIcon(QStringLiteral(":/icons/new-colleague.svg")), tr("&New Colleague…"),
                         QKeySequence(tr("Ctrl+N")), this, &MainWindow::newColleague);
    colleague->addAction(QIcon(QStringLiteral(":/icons/quick-log.svg")), tr("Quick &Log…"), QKeySequence(tr("Ctrl+L")),
                         this, [this] { quickLog(); });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_settings.recentJournals();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName(), this,
                                              [this, path] { openJournal(path, core::Database::OpenMode::MustExist); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::newJournal()
{
    const QString suffix = QLatin1String(core::kJournalSuffix);
    QString path = QFileDialog::getSaveFileName(this, tr("New Journal"), QDir(core::dataFolder()).filePath(tr("journal") + QLatin1Char('.') + suffix),
                                                tr("Rapport journals (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path)) {
        // The dialog asked about replacing; a journal is never overwritten, it is opened.
        openJournal(path, core::Database::OpenMode::MustExist);
        return;
    }
    openJournal(path, core::Database::OpenMode::CreateIfMissing);
}

void MainWindow::openJournalDialog()
{
    const QString start = m_journal ? QFileInfo(m_journal->path()).absolutePath() : core::dataFolder();
    const QString suffix = QLatin1String(core::kJournalSuffix);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Journal"), start,
                                                      tr("Rapport journals (*.%1);;All files (*)").arg(suffix));
    if (!path.isEmpty())
        openJournal(path, core::Database::OpenMode::MustExist);
}

} // namespace rapport::ui

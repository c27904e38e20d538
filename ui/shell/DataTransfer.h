#pragma once

#include "TransferTask.h"
#include "io/CsvExport.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;

namespace rapport::core {
class Clock;
class Database;
class Journal;
} // namespace rapport::core

namespace rapport::ui {

class MainWindow;

// File ▸ Import and File ▸ Export (DESIGN.md section 7) for the open journal: JSON, CSV,
// vCard in; JSON, CSV, iCalendar out. Each runs off the GUI thread behind a progress
// dialog with Cancel (TransferTask); an import clears the undo history, since no earlier
// change may refer to what it renumbered. The menu actions ask for the file; the
// functions below take it, and return true when the work was done.
class DataTransfer final : public QObject
{
    Q_OBJECT

public:
    DataTransfer(MainWindow &window, const core::Clock &clock);
    ~DataTransfer() override;
    Q_DISABLE_COPY_MOVE(DataTransfer)

    void addMenus(QMenu *file);

    bool importJson(const QString &path);
    // Shows the column-mapping dialog first.
    bool importCsv(const QString &path);
    // Shows the merge dialog when some contacts are already colleagues.
    bool importVCard(const QString &path);
    bool exportJson(const QString &path);
    // One list to a file, or every list into a folder (nullopt).
    bool exportCsv(std::optional<core::io::CsvList> list, const QString &path);
    bool exportCalendar(const QString &path);

Q_SIGNALS:
    // A short summary of what was done, for the status bar.
    void done(const QString &summary);

private:
    using JournalWork = std::function<core::Status(core::Journal &journal, const core::io::Progress &progress)>;
    using DatabaseWork = std::function<core::Status(core::Database &db, const core::io::Progress &progress)>;
    // Runs `work` off the GUI thread on a journal connection of its own, with progress.
    TransferTask::Outcome onWorker(const QString &label, const JournalWork &work);
    bool exportTo(const QString &path, const QString &failure, const QString &summary, const DatabaseWork &write);
    void chooseImport(const QString &title, const QString &filter, bool (DataTransfer::*import)(const QString &));
    void chooseExport(
        const QString &title, const QString &name, const QString &filter, bool (DataTransfer::*write)(const QString &));
    void chooseCsvExport(std::optional<core::io::CsvList> list);
    // Reports a failed task: an error box, or a status line when the user cancelled it.
    bool finish(const QString &what, const TransferTask::Outcome &outcome, const QString &summary);
    void afterImport();
    QString startFolder() const;

    MainWindow &m_window;
    const core::Clock &m_clock;
    QString m_lastFolder;
};

} // namespace rapport::ui

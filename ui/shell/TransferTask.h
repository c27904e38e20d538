#pragma once

#include "domain/Result.h"
#include "io/Transfer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace rapport::ui {

// Runs one long import, export, backup or restore off the GUI thread, behind a window-modal
// progress dialog whose Cancel stops it at the next record it reports (the core leaves
// the journal or the file as it was). The window keeps painting while a million records
// go by. `run` returns when the work has ended, so the work may capture locals by
// reference; it must open its own connection (core::Journal::openSecondary or
// core::Database::openSecondary), since a connection belongs to the thread that opened it.
class TransferTask final
{
    Q_DECLARE_TR_FUNCTIONS(TransferTask)

public:
    using Work = std::function<core::Status(const core::io::Progress &progress)>;

    struct Outcome
    {
        core::Status status;
        bool cancelled = false; // the user pressed Cancel and the work stopped for it
    };
    // `label` says what is happening ("Importing journal.json…").
    static Outcome run(QWidget *parent, const QString &label, const Work &work);

    // Milliseconds before the dialog appears, so a quick task does not flash one.
    static constexpr int kShowAfterMs = 300;
};

} // namespace rapport::ui

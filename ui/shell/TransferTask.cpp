#include "TransferTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <atomic>
#include <limits>
#include <memory>

namespace rapport::ui {
namespace {

// QProgressDialog counts in int; a million records are shown in thousandths.
constexpr int kSteps = 1000;

} // namespace

TransferTask::Outcome TransferTask::run(QWidget *parent, const QString &label, const Work &work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Rapport"));
    dialog.setWindowModality(Qt::WindowModal);
    // Shown by a timer of its own: QProgressDialog shows itself only from setValue, and a
    // task that reports nothing for a while (an integrity check) still wants its dialog.
    dialog.setMinimumDuration(std::numeric_limits<int>::max());
    dialog.reset();
    QTimer::singleShot(kShowAfterMs, &dialog, [&dialog] { dialog.show(); });
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);

    std::atomic_bool cancel { false };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, &cancel] {
        cancel = true;
        dialog.setLabelText(tr("Stopping; nothing will be changed…"));
        // The cancel button stays, disabled, so the dialog keeps its size.
        if (auto *button = dialog.findChild<QPushButton *>())
            button->setEnabled(false);
        dialog.show();
    });

    // Called on the worker thread; the dialog is updated on its own. A queued call whose
    // dialog is gone by then is dropped by Qt, never delivered.
    const core::io::Progress progress = [&dialog, &cancel](qint64 done, qint64 total) {
        const int value = total > 0 ? int(qMin<qint64>(done, total) * kSteps / total) : 0;
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, &cancel, value, total] {
                if (dialog.wasCanceled())
                    cancel = true; // cancel() called directly, without the canceled() signal
                if (cancel)
                    return;
                dialog.setMaximum(total > 0 ? kSteps : 0);
                dialog.setValue(value);
            },
            Qt::QueuedConnection);
        return !cancel.load();
    };

    Outcome outcome;
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&outcome, &work, &progress] { outcome.status = work(progress); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    if (!thread->isFinished()) {
        // The application is quitting under us: stop the work and wait for it, since it
        // holds references into this frame.
        cancel = true;
        thread->wait();
    }
    outcome.cancelled = cancel && !outcome.status;
    spdlog::info("transfer task ended: {}", outcome.status ? "done" : (outcome.cancelled ? "cancelled" : "failed"));
    return outcome;
}

} // namespace rapport::ui

#pragma once

#include "services/Insights.h"

#include <QObject>
#include <QThreadPool>

namespace rapport::ui {

// Computes Insights series off the GUI thread: on a journal of a million interactions a
// refresh reads contact days for a few hundred milliseconds, too long for the window to
// wait. One computation at a time, on a connection of its own (one per thread); while
// one runs, later requests collapse into the newest, and a result that a newer request
// has overtaken is dropped, never shown.
class InsightsLoader final : public QObject
{
    Q_OBJECT

public:
    explicit InsightsLoader(QString journalPath, QObject *parent = nullptr);
    // Waits for a running computation: it must not report to a loader that is gone.
    ~InsightsLoader() override;
    Q_DISABLE_COPY_MOVE(InsightsLoader)

    void request(const core::InsightsRequest &request);
    bool busy() const { return m_running; }
    // Wall time of the latest computation that was shown, connection included.
    qint64 lastMilliseconds() const { return m_lastMs; }

Q_SIGNALS:
    void loaded(const core::InsightsSeries &series);
    void failed(const QString &message);

private:
    void start();
    void finish(quint64 generation, const core::Result<core::InsightsSeries> &result, qint64 ms);

    QString m_path;
    QThreadPool m_pool;
    core::InsightsRequest m_wanted;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    qint64 m_lastMs = 0;
};

} // namespace rapport::ui

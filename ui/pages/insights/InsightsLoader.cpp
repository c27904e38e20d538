#include "InsightsLoader.h"

#include "storage/Database.h"

#include <QElapsedTimer>

namespace rapport::ui {

InsightsLoader::InsightsLoader(QString journalPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(journalPath))
{
    m_pool.setMaxThreadCount(1);
}

InsightsLoader::~InsightsLoader()
{
    m_pool.waitForDone();
}

void InsightsLoader::request(const core::InsightsRequest &request)
{
    m_wanted = request;
    ++m_generation;
    if (m_running)
        m_pending = true; // started when the running one ends
    else
        start();
}

void InsightsLoader::start()
{
    m_running = true;
    m_pending = false;
    const quint64 generation = m_generation;
    const core::InsightsRequest request = m_wanted;
    const QString path = m_path;
    m_pool.start([this, generation, request, path] {
        QElapsedTimer clock;
        clock.start();
        core::Result<core::InsightsSeries> result = core::Error {};
        if (auto db = core::Database::openSecondary(path))
            result = core::loadInsights(**db, request);
        else
            result = db.error();
        const qint64 ms = clock.elapsed();
        // Queued to the loader's thread; the destructor waits for this task, so `this` is alive.
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result), ms] { finish(generation, result, ms); },
            Qt::QueuedConnection);
    });
}

void InsightsLoader::finish(quint64 generation, const core::Result<core::InsightsSeries> &result, qint64 ms)
{
    m_running = false;
    if (generation == m_generation) {
        m_lastMs = ms;
        if (result)
            Q_EMIT loaded(*result);
        else
            Q_EMIT failed(result.error().message);
    }
    if (m_pending)
        start();
}

} // namespace rapport::ui

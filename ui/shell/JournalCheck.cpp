#include "JournalCheck.h"

#include "storage/Database.h"

#include <QMetaObject>

#include <spdlog/spdlog.h>

namespace rapport::ui {

JournalCheck::JournalCheck(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

JournalCheck::~JournalCheck()
{
    m_pool.waitForDone();
}

void JournalCheck::start(const QString &journalPath)
{
    m_pool.start([this, journalPath] {
        QStringList problems;
        auto db = core::Database::openSecondary(journalPath);
        auto found = db ? (*db)->integrityProblems(true) : core::Result<QStringList>(db.error());
        if (found) {
            problems = *found;
        } else if (found.error().message.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            // Another program held the journal the whole time: no finding, try next start.
            spdlog::warn("background check of the journal skipped: {}", found.error().message.toStdString());
            return;
        } else {
            // A page so damaged that the check itself fails ("database disk image is
            // malformed") is damage too.
            problems << found.error().message;
        }
        spdlog::info("background check of the journal: {} problem(s)", problems.size());
        // Queued to this object's thread; the destructor waits for this task.
        QMetaObject::invokeMethod(
            this,
            [this, journalPath, problems] {
                if (problems.isEmpty())
                    Q_EMIT clean(journalPath);
                else
                    Q_EMIT damaged(journalPath, problems);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rapport::ui

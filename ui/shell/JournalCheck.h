#pragma once

#include <QObject>
#include <QStringList>
#include <QThreadPool>

namespace rapport::ui {

// The whole-file check that opening a journal no longer waits for (DESIGN.md section 9):
// PRAGMA quick_check and foreign_key_check on a connection of its own, off the GUI
// thread, started once the window is up.
class JournalCheck final : public QObject
{
    Q_OBJECT

public:
    explicit JournalCheck(QObject *parent = nullptr);
    // Waits for a check in progress.
    ~JournalCheck() override;
    Q_DISABLE_COPY_MOVE(JournalCheck)

    void start(const QString &journalPath);
    // Blocks until the running check (if any) is done; for tests.
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    // The journal at `path` is damaged: what SQLite found, in its words.
    void damaged(const QString &path, const QStringList &problems);
    // The journal at `path` passed.
    void clean(const QString &path);

private:
    QThreadPool m_pool;
};

} // namespace rapport::ui

#pragma once

#include <QDialog>
#include <QStringList>
#include <QThreadPool>

class QListWidget;
class QPushButton;

namespace rapport::ui {

// What Rapport says when the background check finds damage (DESIGN.md section 9): in
// plain words, that it stopped writing; the rolling backups of this journal with their
// dates, each checked in the background, the newest one that passes chosen; and a way to
// export what can still be read.
class DamagedJournalDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Close, Restore, Export };

    DamagedJournalDialog(const QString &journalPath, const QStringList &problems, const QStringList &backups,
        QWidget *parent = nullptr);
    // Waits for the checks still running.
    ~DamagedJournalDialog() override;

    Choice choice() const { return m_choice; }
    // The backup chosen to restore (with Choice::Restore).
    QString backup() const;
    // Blocks until every backup was checked; for tests.
    void waitForChecks();

private:
    void checked(int row, const QString &failure);

    QListWidget *m_backups = nullptr;
    QPushButton *m_restore = nullptr;
    QThreadPool m_pool;
    Choice m_choice = Choice::Close;
};

} // namespace rapport::ui

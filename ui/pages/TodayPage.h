#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QModelIndex;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class DueListModel;

// What is due today and the newest entries: the page Rapport opens on.
class TodayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(core::Journal &journal, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void logRequested(core::Id colleagueId);
    void colleagueRequested(core::Id colleagueId);

private:
    void activateDue(const QModelIndex &index);

    core::Journal &m_journal;
    QLabel *m_date = nullptr;
    QLabel *m_summary = nullptr;
    DueListModel *m_dueModel = nullptr;
    QListView *m_due = nullptr;
    QLabel *m_dueEmpty = nullptr;
    QListWidget *m_latest = nullptr;
    QLabel *m_latestEmpty = nullptr;
};

} // namespace rapport::ui

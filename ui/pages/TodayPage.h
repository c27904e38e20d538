#pragma once

#include "domain/Records.h"
#include "services/DueList.h"

#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QModelIndex;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class DueActions;
class DueListModel;
class SuggestionsPanel;

// The page Rapport opens on (Ctrl+1): what is due today with Done, Snooze and Dismiss; a
// few explained suggestions for one small action; something to say; the newest entries.
class TodayPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(core::Journal &journal, QWidget *parent = nullptr);
    ~TodayPage() override;
    Q_DISABLE_COPY_MOVE(TodayPage)

    QListView *dueView() const { return m_due; }
    DueListModel *dueModel() const { return m_dueModel; }
    DueActions *dueActions() const { return m_actions; }
    SuggestionsPanel *suggestions() const { return m_suggestions; }
    QString starter() const;

public Q_SLOTS:
    void refresh();
    // Another conversation starter than the one shown.
    void nextStarter();

Q_SIGNALS:
    void logRequested(core::Id colleagueId, core::InteractionKind kind);
    void dueDoneRequested(const core::DueItem &item);
    void thankRequested(core::Id colleagueId);
    void colleagueRequested(core::Id colleagueId);
    void departmentRequested(const QString &department);
    void reflectionRequested();
    void statusMessage(const QString &message);

private:
    QWidget *buildDueColumn();
    QWidget *buildSideColumn();
    void refreshLatest(const QDate &today);
    void selectionChanged();

    core::Journal &m_journal;
    QLabel *m_date = nullptr;
    QLabel *m_summary = nullptr;
    DueListModel *m_dueModel = nullptr;
    QListView *m_due = nullptr;
    QLabel *m_dueEmpty = nullptr;
    DueActions *m_actions = nullptr;
    SuggestionsPanel *m_suggestions = nullptr;
    QLabel *m_starter = nullptr;
    int m_starterIndex = 0;
    QListWidget *m_latest = nullptr;
    QLabel *m_latestEmpty = nullptr;
};

} // namespace rapport::ui

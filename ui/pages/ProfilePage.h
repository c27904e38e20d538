#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class DetailsPanel;
class FactsPanel;
class HealthPanel;
class ProfileCharts;
class ProfileHeader;
class TimelineModel;

// A colleague's profile card: who they are, their local time, the health score with its
// parts in words, things to remember with follow-ups, and a timeline of everything with
// them. Archive, restore and delete are undoable; it follows every journal change.
class ProfilePage final : public QWidget
{
    Q_OBJECT

public:
    // Answers the question asked before deleting; true deletes.
    using Confirmation = std::function<bool(const QString &question)>;

    explicit ProfilePage(core::Journal &journal, QWidget *parent = nullptr);
    ~ProfilePage() override;
    Q_DISABLE_COPY_MOVE(ProfilePage)

    void showColleague(core::Id id);
    // The colleague the page is about, 0 for none. After they are deleted the page keeps
    // their id and shows an empty state, so undoing the deletion brings the card back.
    core::Id colleagueId() const { return m_id; }
    bool isShowingColleague() const { return m_shown; }

    // Replaces the QMessageBox asked before deleting (tests answer it themselves).
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }

    // The parts, for tests and for the main window's status line.
    TimelineModel *timelineModel() const { return m_timeline; }
    DetailsPanel *detailsPanel() const { return m_details; }
    HealthPanel *healthPanel() const { return m_health; }
    FactsPanel *factsPanel() const { return m_facts; }
    ProfileCharts *charts() const { return m_charts; }

Q_SIGNALS:
    void editRequested(core::Id id);
    void logRequested(core::Id id);
    void thankRequested(core::Id id);
    void backRequested();
    void statusMessage(const QString &message);
    void colleagueDeleted(core::Id id);

private:
    QWidget *buildCard();
    void reload();
    void showEmpty(const QString &text);
    void toggleArchived();
    void deleteColleague();
    bool confirm(const QString &question);

    core::Journal &m_journal;
    core::Id m_id = 0;
    bool m_shown = false;
    bool m_archived = false;
    QString m_name;
    Confirmation m_confirmation;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    ProfileHeader *m_header = nullptr;
    DetailsPanel *m_details = nullptr;
    HealthPanel *m_health = nullptr;
    ProfileCharts *m_charts = nullptr;
    FactsPanel *m_facts = nullptr;
    TimelineModel *m_timeline = nullptr;
    QListView *m_timelineView = nullptr;
    QLabel *m_timelineEmpty = nullptr;
    QPushButton *m_archive = nullptr;
};

} // namespace rapport::ui

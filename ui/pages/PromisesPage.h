#pragma once

#include "services/PromisesOverview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class PromiseEntry;
class PromiseModel;

// Promises, mine and theirs: state and direction filters, a quick entry row, actions on
// the selected one (Done, Dropped, Reopen, Move due date, Delete; all undoable) and my
// promise reliability this month and over 12 months above the list.
class PromisesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PromisesPage(core::Journal &journal, QWidget *parent = nullptr);
    ~PromisesPage() override;
    Q_DISABLE_COPY_MOVE(PromisesPage)

    PromiseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PromiseEntry *entry() const { return m_entry; }
    QLabel *reliabilityLabel() const { return m_summary; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *directionBox() const { return m_direction; }
    core::CommitmentFilter filter() const;
    core::Id selectedId() const;
    void select(core::Id id);

    // "Kept on time: 3 of 4 this month · 82 % over 12 months".
    static QString reliabilityText(const core::PromiseReliability &reliability);

    // Done or dropped today, or reopened (status open); false with a status message when refused.
    bool closeSelected(core::CommitmentStatus status);
    // Moves the selected promise's due date, recording the old one and today as the move.
    bool moveSelected(const QDate &newDue);

public Q_SLOTS:
    void focusSearch();
    // Starts a promise to this colleague in the entry row.
    void promiseTo(core::Id colleagueId);
    void markDone();
    void markDropped();
    void reopen();
    // Asks for the new date (with the hint that telling early keeps trust).
    void moveDueDate();
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildActions();
    void applyFilter();
    void updateState();
    void updateActions();
    void updateReliability();
    bool report(const core::Status &status, const QString &done);

    core::Journal &m_journal;
    core::PromisesOverview m_overview;
    PromiseModel *m_model = nullptr;
    core::Id m_keep = 0; // the selection across reloads
    QLabel *m_summary = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_search = nullptr;
    PromiseEntry *m_entry = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_dropped = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace rapport::ui

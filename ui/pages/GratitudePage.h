#pragma once

#include "services/GratitudeOverview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class GratitudeEntry;
class GratitudeModel;

// Thanks given and received: this month's counts, a gentle prompt for recent help not yet
// thanked, a quick entry row, filters (direction, where, colleague, words) and the list,
// newest first. Delete removes the selected entry (undoable).
class GratitudePage final : public QWidget
{
    Q_OBJECT

public:
    explicit GratitudePage(core::Journal &journal, QWidget *parent = nullptr);
    ~GratitudePage() override;
    Q_DISABLE_COPY_MOVE(GratitudePage)

    GratitudeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    GratitudeEntry *entry() const { return m_entry; }
    // What the filter bar says now (the search text may still be waiting to apply).
    core::GratitudeFilter filter() const;

public Q_SLOTS:
    void focusSearch();
    // Prefills the entry row with thanks given to this colleague and focuses "what for".
    void thank(core::Id colleagueId);
    void clearFilters();
    // Deletes the selected entry; Ctrl+Z brings it back.
    void deleteSelected();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void refreshColleagues();
    void refreshOverview();
    void applyFilter();
    void updateState();

    core::Journal &m_journal;
    core::GratitudeQuery m_query;
    GratitudeModel *m_model = nullptr;
    GratitudeEntry *m_entry = nullptr;
    QLabel *m_month = nullptr;
    QWidget *m_prompts = nullptr;
    QVBoxLayout *m_promptLayout = nullptr;
    QComboBox *m_directionFilter = nullptr;
    QComboBox *m_whereFilter = nullptr;
    QComboBox *m_colleagueFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace rapport::ui

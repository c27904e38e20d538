#pragma once

#include "domain/Records.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QStackedWidget;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class ColleagueFilterProxy;
class ColleagueListModel;

// The Colleagues page: everyone in the journal, searchable as you type, narrowed by team,
// department, tag, "due now" and archived, sorted by name, last contact, next due or
// health. It follows the journal: every change, undo and redo shows at once.
class ColleaguesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ColleaguesPage(core::Journal &journal, QWidget *parent = nullptr);
    ~ColleaguesPage() override;
    Q_DISABLE_COPY_MOVE(ColleaguesPage)

    // The colleague under the list's cursor, 0 when none.
    core::Id currentColleague() const;
    // Puts the cursor on the colleague when the filters show them; false otherwise.
    bool selectColleague(core::Id colleagueId);

public Q_SLOTS:
    // For the main window's Ctrl+F: focus the search field with its text selected.
    void focusSearch();
    // Empties the search and resets team, department, tag and "Due now".
    void clearFilters();
    // Everyone in this department, other filters cleared.
    void showDepartment(const QString &department);

Q_SIGNALS:
    // Enter or double-click on a colleague (also Enter in the search field).
    void colleagueActivated(core::Id colleagueId);
    void newColleagueRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void connectControls();
    void applyFilter();
    bool refillFacets(); // true when a value in use has gone
    void updateState();
    void fillView();
    void activate(const QModelIndex &index);

    ColleagueListModel *m_model = nullptr;
    ColleagueFilterProxy *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_tag = nullptr;
    QCheckBox *m_dueNow = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace rapport::ui

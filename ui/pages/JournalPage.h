#pragma once

#include "services/JournalQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class JournalModel;

// Every interaction, newest first, with a filter bar (kind, colleague, dates, words in
// the notes). Rows load as the list scrolls; Delete removes the selected entry (undoable).
class JournalPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(core::Journal &journal, QWidget *parent = nullptr);
    ~JournalPage() override;
    Q_DISABLE_COPY_MOVE(JournalPage)

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What the filter bar says now (the search text may still be waiting to apply).
    core::InteractionFilter filter() const;

public Q_SLOTS:
    void focusSearch();
    void clearFilters();
    // Deletes the selected interaction; Ctrl+Z brings it back.
    void deleteSelected();

Q_SIGNALS:
    void interactionActivated(core::Id id);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QDateEdit *buildDateEdit(const QString &accessibleName);
    void refreshColleagues();
    void settleColleagueText();
    void applyFilter();
    void updateState();
    std::optional<QDate> dateOf(const QDateEdit *edit) const;

    core::Journal &m_journal;
    core::JournalQuery m_query;
    JournalModel *m_model = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_colleague = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace rapport::ui

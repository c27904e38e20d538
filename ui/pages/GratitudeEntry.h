#pragma once

#include "domain/Records.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

// The Gratitude page's quick entry row: colleague, what for, date, given or received,
// private or public, and Add (Enter). A refused entry shows why beside the field.
class GratitudeEntry final : public QWidget
{
    Q_OBJECT

public:
    explicit GratitudeEntry(core::Journal &journal, QWidget *parent = nullptr);
    ~GratitudeEntry() override;
    Q_DISABLE_COPY_MOVE(GratitudeEntry)

public Q_SLOTS:
    // Thanks given to this colleague, dated today; the cursor waits in "what for".
    void prefill(core::Id colleagueId);
    // Adds the entry through the journal (undoable); true when it was added.
    bool submit();
    // Colleagues not archived, by name; keeps the current choice when it remains.
    void refreshColleagues();

Q_SIGNALS:
    void added(core::Id id);
    void statusMessage(const QString &message);

private:
    core::Id chosenColleague() const;
    void showError(const QString &field, const QString &message);
    void clearErrors();
    QLabel *errorLabel(const QString &objectName);

    core::Journal &m_journal;
    QComboBox *m_colleague = nullptr;
    QLineEdit *m_what = nullptr;
    QDateEdit *m_date = nullptr;
    QButtonGroup *m_direction = nullptr;
    QComboBox *m_where = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_colleagueError = nullptr;
    QLabel *m_whatError = nullptr;
    QLabel *m_dateError = nullptr;
};

} // namespace rapport::ui

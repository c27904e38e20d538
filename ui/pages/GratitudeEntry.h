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

// Thanks given or received: colleague, what for, date, given or received, private or
// public, and Add (Enter). A refused entry shows why beside the field. One row on the
// Gratitude page; a form in the Thank dialog, so both share every rule.
class GratitudeEntry final : public QWidget
{
    Q_OBJECT

public:
    enum class Shape { Row, Form };

    explicit GratitudeEntry(core::Journal &journal, QWidget *parent = nullptr)
        : GratitudeEntry(journal, Shape::Row, parent)
    {
    }
    GratitudeEntry(core::Journal &journal, Shape shape, QWidget *parent);
    ~GratitudeEntry() override;
    Q_DISABLE_COPY_MOVE(GratitudeEntry)

public Q_SLOTS:
    // Thanks given to this colleague, dated today; the cursor waits in "what for".
    void prefill(core::Id colleagueId);
    void setWhat(const QString &what);
    void setDate(const QDate &date);
    // Add (Row) or Thank (Form); a Form leaves it for its owner to place.
    QPushButton *submitButton() const { return m_add; }
    // Adds the entry through the journal (undoable); true when it was added.
    bool submit();
    // Colleagues not archived, by name; keeps the current choice when it remains.
    void refreshColleagues();

Q_SIGNALS:
    void added(core::Id id);
    void statusMessage(const QString &message);

private:
    void layOutRow(QWidget *given, QWidget *received);
    void layOutForm(QWidget *given, QWidget *received);
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

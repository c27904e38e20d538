#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class FieldErrors;

// The quick entry row of the Promises page: colleague (with completion), what, due date,
// mine or theirs. Errors show beside the field at fault; the record is undoable.
class PromiseEntry final : public QWidget
{
    Q_OBJECT

public:
    explicit PromiseEntry(core::Journal &journal, QWidget *parent = nullptr);
    ~PromiseEntry() override;
    Q_DISABLE_COPY_MOVE(PromiseEntry)

    QComboBox *colleagueBox() const { return m_colleague; }
    QLineEdit *whatEdit() const { return m_what; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *directionBox() const { return m_direction; }
    QPushButton *addButton() const { return m_add; }
    FieldErrors &errors() const { return *m_errors; }

public Q_SLOTS:
    // Records the promise; false (with the error shown) when the journal refuses it.
    bool submit();
    // Picks this colleague and puts the cursor in "what".
    void setColleague(core::Id colleagueId);
    void refreshColleagues();

Q_SIGNALS:
    void recorded(core::Id id);
    void statusMessage(const QString &message);

private:
    std::optional<core::Id> chosenColleague() const;

    core::Journal &m_journal;
    QComboBox *m_colleague = nullptr;
    QLineEdit *m_what = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_direction = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_general = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui

#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class FieldErrors;

// Writing a reflection: a date, an optional prompt from the curated list (or another at
// random), and the entry. Ctrl+Enter saves a new entry or the changes to the one being
// edited; each save is one undoable change.
class ReflectionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReflectionEditor(core::Journal &journal, QWidget *parent = nullptr);
    ~ReflectionEditor() override;
    Q_DISABLE_COPY_MOVE(ReflectionEditor)

    // The entry being edited; 0 while writing a new one.
    core::Id editingId() const { return m_editing; }
    QString prompt() const;
    FieldErrors &errors() const { return *m_errors; }

public Q_SLOTS:
    // An empty page dated today, no prompt; the cursor waits in the entry.
    void startNew();
    void edit(const core::Reflection &reflection);
    // Chooses the prompt (added to the list when it is not one of the curated ones).
    void setPrompt(const QString &prompt);
    // Another curated prompt than the one shown.
    void anotherPrompt();
    // Validates and saves through the journal; true when saved.
    bool save();

Q_SIGNALS:
    void saved(core::Id id);
    void statusMessage(const QString &message);

private:
    void updateMode();

    core::Journal &m_journal;
    core::Id m_editing = 0;
    QDateEdit *m_date = nullptr;
    QComboBox *m_prompt = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui

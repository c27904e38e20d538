#pragma once

#include "domain/Records.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class FieldErrors;
class ParticipantPicker;

// Logging an interaction in a few keystrokes (Ctrl+L). Enter saves from any single-line
// field (Ctrl+Enter in the notes), Esc cancels. A refused entry keeps the dialog open with
// the message beside the field at fault; nothing is saved.
class QuickLogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuickLogDialog(core::Journal &journal, QWidget *parent = nullptr);
    ~QuickLogDialog() override;

    void setParticipants(const QList<core::Id> &ids);
    void setKind(core::InteractionKind kind);
    // The interaction written on accept; 0 before.
    core::Id loggedId() const { return m_loggedId; }

    ParticipantPicker *participantPicker() const { return m_participants; }
    FieldErrors &errors() const { return *m_errors; }

public Q_SLOTS:
    // Validates and logs; accepts the dialog on success.
    void save();
    // Thanks to the first participant (or someone chosen there), in a dialog of its own.
    void thank();

private:
    bool takePendingName();
    QString nameOf(core::Id id) const;
    core::Interaction interaction() const;

    core::Journal &m_journal;
    core::Id m_loggedId = 0;
    ParticipantPicker *m_participants = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasTime = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_initiatedBy = nullptr;
    QComboBox *m_quality = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_general = nullptr;
    QLabel *m_thanked = nullptr;
    QPushButton *m_thank = nullptr;
    std::unique_ptr<FieldErrors> m_errors;
};

} // namespace rapport::ui

#pragma once

#include "domain/Records.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace rapport::core {
class Journal;
}

namespace rapport::ui {

class ColleagueForm;

// Adding a colleague (Ctrl+N) or editing one. Saving validates in the core; a refused
// field keeps the dialog open, shows the message beside it and saves nothing. An edit is
// one undoable change.
class ColleagueEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    ColleagueEditorDialog(core::Journal &journal, std::optional<core::Id> existing, QWidget *parent = nullptr);

    // The colleague added or edited on accept; 0 before.
    core::Id savedId() const { return m_savedId; }
    ColleagueForm *form() const { return m_form; }

public Q_SLOTS:
    void save();

private:
    void updateTitle();

    core::Journal &m_journal;
    core::Colleague m_base; // what the form edits; for a new colleague, the defaults
    bool m_isNew = true;
    core::Id m_savedId = 0;
    ColleagueForm *m_form = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace rapport::ui

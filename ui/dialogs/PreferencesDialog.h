#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace rapport::core {
class Autostart;
class Journal;
class Settings;
}

namespace rapport::ui {

// Preferences: when reminders arrive (time, quiet hours, days), the default cadence for
// new colleagues, the relationship capacity (kept in the journal's "about me"), closing
// to the tray, starting with the session, and the language. Nothing changes until OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `journal` may be null (no journal open): the capacity is then not offered.
    PreferencesDialog(core::Settings &settings, core::Journal *journal, const core::Autostart &autostart,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

    // Writes everything; false (with the message shown) when something could not be saved.
    bool apply();
    void accept() override;

    // The languages offered: code (empty for the system's) and its name in that language.
    static QList<std::pair<QString, QString>> languages();

private:
    QWidget *buildReminders();
    QWidget *buildColleagues();
    QWidget *buildDesktop();
    void load();

    core::Settings &m_settings;
    core::Journal *m_journal = nullptr;
    const core::Autostart &m_entry;
    QCheckBox *m_remindersOn = nullptr;
    QTimeEdit *m_time = nullptr;
    QTimeEdit *m_quietStart = nullptr;
    QTimeEdit *m_quietEnd = nullptr;
    QList<QCheckBox *> m_days;
    QSpinBox *m_cadence = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_autostart = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapport::ui

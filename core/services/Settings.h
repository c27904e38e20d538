#pragma once

#include "ReminderSettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>

namespace rapport::core {

// Typed access to the user's settings ($XDG_CONFIG_HOME/rapport/rapport.conf). One
// object, created by the composition root and passed to whoever needs it; every key and
// its default is here, nowhere else.
class Settings final
{
public:
    // The user's settings file.
    Settings();
    // A settings file of its own (tests).
    explicit Settings(const QString &fileName);
    Q_DISABLE_COPY_MOVE(Settings)

    // The journal the app opened last; empty when none.
    QString lastJournal() const;
    void setLastJournal(const QString &path);
    // Most recent first, at most kMaxRecentJournals.
    QStringList recentJournals() const;
    static constexpr int kMaxRecentJournals = 8;
    void removeRecentJournal(const QString &path);

    // Whether the welcome (start a journal or explore the demo) was shown once.
    bool welcomed() const;
    void setWelcomed(bool welcomed);
    // The main window's geometry and state, as QWidget::saveGeometry / saveState give them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Reminders (DESIGN.md section 3): the daily time (default 09:00), on or off (default
    // on), quiet hours (default 21:00 to 08:00; may wrap midnight; equal times mean none) and
    // the weekdays with reminders (default Monday to Friday).
    QTime reminderTime() const;
    void setReminderTime(const QTime &time);
    bool remindersEnabled() const;
    void setRemindersEnabled(bool enabled);
    QTime quietStart() const;
    QTime quietEnd() const;
    void setQuietHours(const QTime &start, const QTime &end);
    Weekdays reminderDays() const;
    void setReminderDays(Weekdays days);
    // All of the above at once, as the reminder scheduler takes them.
    ReminderSettings reminderSettings() const;
    void setReminderSettings(const ReminderSettings &reminders);

    // The touchbase cadence a new colleague starts with, 0..kMaxCadenceDays (default 30).
    int defaultCadence() const;
    void setDefaultCadence(int days); // clamped to 0..kMaxCadenceDays
    static constexpr int kDefaultCadence = 30;

    // Closing the window keeps Rapport in the tray (default on); whether that was explained
    // once; whether the lack of a tray was explained once.
    bool closeToTray() const;
    void setCloseToTray(bool on);
    bool closeToTrayExplained() const;
    void setCloseToTrayExplained(bool explained);
    bool noTrayExplained() const;
    void setNoTrayExplained(bool explained);

    // The interface language (e.g. "de", "pt_BR"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rapport::core

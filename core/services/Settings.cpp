#include "Settings.h"

#include "domain/Records.h"

#include <algorithm>
#include <array>

namespace rapport::core {
namespace {

const QString kLastJournal = QStringLiteral("journal/last");
const QString kRecentJournals = QStringLiteral("journal/recent");
const QString kWelcomed = QStringLiteral("app/welcomed");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kReminderTime = QStringLiteral("reminders/time");
const QString kRemindersEnabled = QStringLiteral("reminders/enabled");
const QString kQuietStart = QStringLiteral("reminders/quiet_start");
const QString kQuietEnd = QStringLiteral("reminders/quiet_end");
const QString kReminderDays = QStringLiteral("reminders/days");
const QString kDefaultCadenceKey = QStringLiteral("colleagues/default_cadence");
const QString kCloseToTray = QStringLiteral("tray/close_to_tray");
const QString kCloseToTrayExplained = QStringLiteral("tray/close_to_tray_explained");
const QString kNoTrayExplained = QStringLiteral("tray/no_tray_explained");
const QString kLanguage = QStringLiteral("app/language");

const ReminderSettings kReminderDefaults;
// Weekdays are kept by name, so the file reads well: days=mon, tue, wed, thu, fri
const std::array<QLatin1StringView, 7> kDayKeys = {QLatin1StringView("mon"), QLatin1StringView("tue"),
                                                   QLatin1StringView("wed"), QLatin1StringView("thu"),
                                                   QLatin1StringView("fri"), QLatin1StringView("sat"),
                                                   QLatin1StringView("sun")};

// "HH:mm"; anything else (a hand-edited file) reads as the default.
QTime readTime(const QSettings &settings, const QString &key, const QTime &fallback)
{
    const QTime time = QTime::fromString(settings.value(key).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : fallback;
}

QString timeText(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("rapport"),
                                             QStringLiteral("rapport")))
{
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

QString Settings::lastJournal() const
{
    return m_settings->value(kLastJournal).toString();
}

void Settings::setLastJournal(const QString &path)
{
    m_settings->setValue(kLastJournal, path);
    QStringList recent = recentJournals();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentJournals)
        recent.removeLast();
    m_settings->setValue(kRecentJournals, recent);
}

QStringList Settings::recentJournals() const
{
    return m_settings->value(kRecentJournals).toStringList();
}

void Settings::removeRecentJournal(const QString &path)
{
    QStringList recent = recentJournals();
    recent.removeAll(path);
    m_settings->setValue(kRecentJournals, recent);
}

bool Settings::welcomed() const
{
    return m_settings->value(kWelcomed, false).toBool();
}

void Settings::setWelcomed(bool welcomed)
{
    m_settings->setValue(kWelcomed, welcomed);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QTime Settings::reminderTime() const
{
    return readTime(*m_settings, kReminderTime, kReminderDefaults.time);
}

void Settings::setReminderTime(const QTime &time)
{
    m_settings->setValue(kReminderTime, timeText(time));
}

bool Settings::remindersEnabled() const
{
    return m_settings->value(kRemindersEnabled, kReminderDefaults.enabled).toBool();
}

void Settings::setRemindersEnabled(bool enabled)
{
    m_settings->setValue(kRemindersEnabled, enabled);
}

QTime Settings::quietStart() const
{
    return readTime(*m_settings, kQuietStart, kReminderDefaults.quietStart);
}

QTime Settings::quietEnd() const
{
    return readTime(*m_settings, kQuietEnd, kReminderDefaults.quietEnd);
}

void Settings::setQuietHours(const QTime &start, const QTime &end)
{
    m_settings->setValue(kQuietStart, timeText(start));
    m_settings->setValue(kQuietEnd, timeText(end));
}

Weekdays Settings::reminderDays() const
{
    // An empty list is kept: the user may turn every day off.
    if (!m_settings->contains(kReminderDays))
        return kReminderDefaults.daysOn;
    Weekdays days;
    const QStringList keys = m_settings->value(kReminderDays).toStringList();
    for (const QString &key : keys) {
        const auto found = std::find(kDayKeys.begin(), kDayKeys.end(), key.trimmed());
        if (found != kDayKeys.end())
            days.set(static_cast<Qt::DayOfWeek>(found - kDayKeys.begin() + 1), true);
    }
    return days;
}

void Settings::setReminderDays(Weekdays days)
{
    QStringList keys;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (days.contains(day))
            keys << QString(kDayKeys[std::size_t(day - 1)]);
    }
    m_settings->setValue(kReminderDays, keys);
}

ReminderSettings Settings::reminderSettings() const
{
    return {reminderTime(), remindersEnabled(), quietStart(), quietEnd(), reminderDays()};
}

void Settings::setReminderSettings(const ReminderSettings &reminders)
{
    setReminderTime(reminders.time);
    setRemindersEnabled(reminders.enabled);
    setQuietHours(reminders.quietStart, reminders.quietEnd);
    setReminderDays(reminders.daysOn);
}

int Settings::defaultCadence() const
{
    bool ok = false;
    const int days = m_settings->value(kDefaultCadenceKey, kDefaultCadence).toInt(&ok);
    return ok && days >= 0 && days <= kMaxCadenceDays ? days : kDefaultCadence;
}

void Settings::setDefaultCadence(int days)
{
    m_settings->setValue(kDefaultCadenceKey, std::clamp(days, 0, kMaxCadenceDays));
}

bool Settings::closeToTray() const
{
    return m_settings->value(kCloseToTray, true).toBool();
}

void Settings::setCloseToTray(bool on)
{
    m_settings->setValue(kCloseToTray, on);
}

bool Settings::closeToTrayExplained() const
{
    return m_settings->value(kCloseToTrayExplained, false).toBool();
}

void Settings::setCloseToTrayExplained(bool explained)
{
    m_settings->setValue(kCloseToTrayExplained, explained);
}

bool Settings::noTrayExplained() const
{
    return m_settings->value(kNoTrayExplained, false).toBool();
}

void Settings::setNoTrayExplained(bool explained)
{
    m_settings->setValue(kNoTrayExplained, explained);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

} // namespace rapport::core

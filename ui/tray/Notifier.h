#pragma once

#include "services/DueList.h"

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace rapport::ui {

class DBusNotifications;
class TrayIcon;

// Says a reminder the best way the desktop offers, chosen when it is made: a desktop
// notification (the freedesktop service on the session bus), else a message from the
// tray icon, else a banner in the main window (bannerRequested). A desktop notification
// that fails goes the next way instead, so a reminder is never lost.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Backend { DesktopNotification, TrayMessage, WindowBanner };

    // `tray` may be null (no tray icon at all); it is watched, so it may go first.
    explicit Notifier(TrayIcon *tray, QObject *parent = nullptr);
    // The same on another bus or service name (tests run a server of their own).
    Notifier(TrayIcon *tray, const QDBusConnection &bus, const QString &service, QObject *parent = nullptr);
    ~Notifier() override;

    // The order of preference, as a plain function of what the desktop has.
    static Backend chooseBackend(bool notificationService, bool tray);

    Backend backend() const { return m_backend; }
    // "desktop-notification", "tray-message" or "window-banner": for logs and settings.
    static QString backendName(Backend backend);
    QString backendName() const { return backendName(m_backend); }
    // What to tell the user, once, about where reminders will appear; empty when they
    // arrive as desktop notifications alongside a tray icon, as expected.
    static QString notice(Backend backend, bool tray);
    QString notice() const;
    // The desktop notification client, when that is the backend.
    DBusNotifications *desktopNotifications() const { return m_dbus; }
    void setAppIcon(const QString &icon);

    void notify(const QString &summary, const QString &body, bool withActions);
    // A reminder of `items` (ReminderText::reminder), with "Log" and "Snooze" where the
    // desktop offers actions.
    void notifyDue(const QList<core::DueItem> &items, bool catchUp);

Q_SIGNALS:
    // The user picked "Log" or "Snooze" on the notification, or clicked it.
    void logRequested();
    void snoozeRequested();
    void activated();
    // The WindowBanner backend (or the last resort of another): show this in the window.
    void bannerRequested(const QString &summary, const QString &body);

private:
    void init(const QDBusConnection &bus, const QString &service);
    bool hasTray() const;
    // The tray message, else the banner.
    void fallBack(const QString &summary, const QString &body);

    QPointer<TrayIcon> m_tray;
    DBusNotifications *m_dbus = nullptr;
    Backend m_backend = Backend::WindowBanner;
};

} // namespace rapport::ui

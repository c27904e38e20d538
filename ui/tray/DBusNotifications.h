#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;

namespace rapport::ui {

// A client of the freedesktop notification service (org.freedesktop.Notifications on
// the session bus): asks what the server can do once, sends notifications that replace
// the previous one, and reports the actions the user picks. Every call to the server is
// asynchronous, so a slow or stuck server never blocks the window.
class DBusNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifications)

public:
    static QString defaultService() { return QStringLiteral("org.freedesktop.Notifications"); }

    // Whether `service` is running on `bus`, or can be started by it on demand.
    static bool isServiceAvailable(const QDBusConnection &bus, const QString &service = defaultService());

    explicit DBusNotifications(
        const QDBusConnection &bus, const QString &service = defaultService(), QObject *parent = nullptr);
    ~DBusNotifications() override;

    // "rapport" (the installed theme icon) unless set; a file path works too.
    void setAppIcon(const QString &icon) { m_appIcon = icon; }

    bool capabilitiesKnown() const { return m_capabilitiesKnown; }
    QStringList capabilities() const { return m_capabilities; }
    bool supportsActions() const { return m_capabilities.contains(QStringLiteral("actions")); }
    // The id of the notification on screen (0 for none): the next one replaces it.
    uint currentId() const { return m_currentId; }

    // Sent once the server's capabilities are known, at once when they are already.
    // With `withActions` and a server that shows actions, it offers "Log" and "Snooze".
    void notify(const QString &summary, const QString &body, bool withActions);

Q_SIGNALS:
    void capabilitiesReady();
    // The server took the notification and gave it this id.
    void shown(uint id);
    // The server could not be reached or refused the notification: say it another way.
    void failed(const QString &summary, const QString &body, const QString &error);
    void logRequested();
    void snoozeRequested();
    void activated();
    void closed(uint id, uint reason);

private Q_SLOTS:
    // QDBusConnection::connect() takes slots by signature only.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString summary;
        QString body;
        bool withActions = false;
    };

    void send(const Pending &message);
    void onCapabilities(QDBusPendingCallWatcher *watcher);

    QDBusConnection m_bus;
    QString m_service;
    QString m_appIcon = QStringLiteral("rapport");
    QStringList m_capabilities;
    bool m_capabilitiesKnown = false;
    std::optional<Pending> m_pending;
    uint m_currentId = 0;
    QSet<uint> m_ids; // ours and not closed yet: actions on anything else are not ours
};

} // namespace rapport::ui

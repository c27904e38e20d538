#include "DBusNotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

#include <utility>

namespace rapport::ui {
namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// Long enough for a server started on demand, short enough that a stuck one is noticed.
constexpr int kCallTimeoutMs = 10000;

const QString kDefaultAction = QStringLiteral("default");
const QString kLogAction = QStringLiteral("log");
const QString kSnoozeAction = QStringLiteral("snooze");

} // namespace

bool DBusNotifications::isServiceAvailable(const QDBusConnection &bus, const QString &service)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(service);
    if (registered.isValid() && registered.value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

DBusNotifications::DBusNotifications(const QDBusConnection &bus, const QString &service, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_service(service)
{
    m_bus.connect(
        m_service, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(m_service, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
        SLOT(onNotificationClosed(uint, uint)));

    const QDBusMessage call
        = QDBusMessage::createMethodCall(m_service, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DBusNotifications::onCapabilities);
}

DBusNotifications::~DBusNotifications() = default;

void DBusNotifications::onCapabilities(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QStringList> reply = *watcher;
    // Without an answer, assume the bare minimum: text only, no actions.
    m_capabilities = reply.isError() ? QStringList() : reply.value();
    m_capabilitiesKnown = true;
    Q_EMIT capabilitiesReady();
    if (m_pending) {
        const Pending message = *std::exchange(m_pending, std::nullopt);
        send(message);
    }
}

void DBusNotifications::notify(const QString &summary, const QString &body, bool withActions)
{
    // Until the server has said what it can do, keep only the newest message: it would
    // replace the older one on screen anyway.
    if (!m_capabilitiesKnown) {
        m_pending = Pending { summary, body, withActions };
        return;
    }
    send({ summary, body, withActions });
}

void DBusNotifications::send(const Pending &message)
{
    QStringList actions;
    if (supportsActions()) {
        // "default" is what a click on the notification itself does; its label is unused.
        actions << kDefaultAction << tr("Open Rapport");
        if (message.withActions)
            actions << kLogAction << tr("Log") << kSnoozeAction << tr("Snooze");
    }
    // Servers that read markup in the body would render what the user typed: escape it.
    const QString body
        = m_capabilities.contains(QStringLiteral("body-markup")) ? message.body.toHtmlEscaped() : message.body;
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("rapport") } };

    QDBusMessage call = QDBusMessage::createMethodCall(m_service, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Rapport") << m_currentId << m_appIcon << message.summary << body << actions << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, message](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            Q_EMIT failed(message.summary, message.body, reply.error().message());
            return;
        }
        m_currentId = reply.value();
        m_ids.insert(m_currentId);
        Q_EMIT shown(m_currentId);
    });
}

void DBusNotifications::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_ids.contains(id))
        return;
    if (actionKey == kLogAction)
        Q_EMIT logRequested();
    else if (actionKey == kSnoozeAction)
        Q_EMIT snoozeRequested();
    else if (actionKey == kDefaultAction)
        Q_EMIT activated();
}

void DBusNotifications::onNotificationClosed(uint id, uint reason)
{
    if (!m_ids.remove(id))
        return;
    // Replacing a closed notification would bring nothing back: the next one is new.
    if (id == m_currentId)
        m_currentId = 0;
    Q_EMIT closed(id, reason);
}

} // namespace rapport::ui

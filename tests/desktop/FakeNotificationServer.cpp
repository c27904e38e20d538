#include "FakeNotificationServer.h"

#include <QDBusMessage>

namespace rapport::test {
namespace {

const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

FakeNotificationServer::FakeNotificationServer(const QString &service, QStringList capabilities)
    : m_connectionName(QStringLiteral("fake-server-") + service)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
    , m_service(service)
    , m_capabilities(std::move(capabilities))
{
    m_registered = m_bus.isConnected() && m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(m_service);
}

FakeNotificationServer::~FakeNotificationServer()
{
    m_bus.unregisterService(m_service);
    m_bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return m_capabilities;
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints, int)
{
    m_calls.append({ appName, replacesId, appIcon, summary, body, actions, hints });
    if (m_refuse) {
        sendErrorReply(QDBusError::Failed, QStringLiteral("refused by the test"));
        return 0;
    }
    return replacesId != 0 ? replacesId : m_nextId++;
}

void FakeNotificationServer::invokeAction(uint id, const QString &key)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("ActionInvoked"));
    signal << id << key;
    m_bus.send(signal);
}

void FakeNotificationServer::close(uint id)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("NotificationClosed"));
    signal << id << uint(2);
    m_bus.send(signal);
}

} // namespace rapport::test

#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace rapport::test {

// A notification server of the test's own, on the real session bus under another name,
// so a test can choose what it can do (its capabilities), see exactly what was sent, send
// actions back and refuse a call; dunst covers the real thing.
class FakeNotificationServer final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    // Registers on its own connection to the session bus as `service`.
    FakeNotificationServer(const QString &service, QStringList capabilities);
    ~FakeNotificationServer() override;

    bool isRegistered() const { return m_registered; }
    QString service() const { return m_service; }
    QList<Call> calls() const { return m_calls; }
    void setRefuse(bool refuse) { m_refuse = refuse; }

    void invokeAction(uint id, const QString &key);
    void close(uint id);

public Q_SLOTS:
    // The interface, as the spec names it.
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    QString m_service;
    QStringList m_capabilities;
    QList<Call> m_calls;
    uint m_nextId = 100;
    bool m_refuse = false;
    bool m_registered = false;
};

} // namespace rapport::test

#include "Notifier.h"

#include "DBusNotifications.h"
#include "ReminderText.h"
#include "TrayIcon.h"

namespace rapport::ui {

Notifier::Notifier(TrayIcon *tray, QObject *parent)
    : Notifier(tray, QDBusConnection::sessionBus(), DBusNotifications::defaultService(), parent)
{
}

Notifier::Notifier(TrayIcon *tray, const QDBusConnection &bus, const QString &service, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
{
    m_backend = chooseBackend(DBusNotifications::isServiceAvailable(bus, service), hasTray());
    if (m_backend == Backend::DesktopNotification) {
        m_dbus = new DBusNotifications(bus, service, this);
        connect(m_dbus, &DBusNotifications::logRequested, this, &Notifier::logRequested);
        connect(m_dbus, &DBusNotifications::snoozeRequested, this, &Notifier::snoozeRequested);
        connect(m_dbus, &DBusNotifications::activated, this, &Notifier::activated);
        connect(m_dbus, &DBusNotifications::failed, this,
            [this](const QString &summary, const QString &body, const QString &) { fallBack(summary, body); });
    }
    if (m_tray)
        connect(m_tray, &TrayIcon::messageClicked, this, &Notifier::activated);
}

Notifier::~Notifier() = default;

Notifier::Backend Notifier::chooseBackend(bool notificationService, bool tray)
{
    if (notificationService)
        return Backend::DesktopNotification;
    return tray ? Backend::TrayMessage : Backend::WindowBanner;
}

QString Notifier::backendName(Backend backend)
{
    switch (backend) {
    case Backend::DesktopNotification:
        return QStringLiteral("desktop-notification");
    case Backend::TrayMessage:
        return QStringLiteral("tray-message");
    case Backend::WindowBanner:
        return QStringLiteral("window-banner");
    }
    return {};
}

QString Notifier::notice(Backend backend, bool tray)
{
    switch (backend) {
    case Backend::DesktopNotification:
        return tray ? QString()
                    : tr("No system tray: reminders will arrive as desktop notifications and in this window.");
    case Backend::TrayMessage:
        return tr("No notification service: reminders will appear as messages from the Rapport icon in the tray.");
    case Backend::WindowBanner:
        return tr("No system tray and no notification service: reminders will appear in this window.");
    }
    return {};
}

QString Notifier::notice() const
{
    return notice(m_backend, hasTray());
}

void Notifier::setAppIcon(const QString &icon)
{
    if (m_dbus)
        m_dbus->setAppIcon(icon);
}

bool Notifier::hasTray() const
{
    return m_tray && TrayIcon::isAvailable();
}

void Notifier::notify(const QString &summary, const QString &body, bool withActions)
{
    switch (m_backend) {
    case Backend::DesktopNotification:
        m_dbus->notify(summary, body, withActions);
        return;
    case Backend::TrayMessage:
    case Backend::WindowBanner:
        fallBack(summary, body);
        return;
    }
}

void Notifier::notifyDue(const QList<core::DueItem> &items, bool catchUp)
{
    const ReminderText::Message message = ReminderText::reminder(items, catchUp);
    notify(message.summary, message.body, true);
}

void Notifier::fallBack(const QString &summary, const QString &body)
{
    // The tray may have gone since the choice (a panel restarted): then the window says it.
    if (m_tray && m_tray->showMessage(summary, body))
        return;
    Q_EMIT bannerRequested(summary, body);
}

} // namespace rapport::ui

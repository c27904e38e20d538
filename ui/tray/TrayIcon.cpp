#include "TrayIcon.h"

#include "BadgeIconEngine.h"
#include "ReminderText.h"

#include <QAction>
#include <QMenu>

namespace rapport::ui {
namespace {

// A menu entry shows '&' as a shortcut marker: doubled, a name like "R&D" stays as typed.
QString menuText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
{
    m_menu->setAccessibleName(tr("Rapport tray menu"));
    m_open = m_menu->addAction(tr("Open Rapport"));
    m_quickLog = m_menu->addAction(tr("Quick log…"));
    m_section = m_menu->addSection(tr("Due today"));
    m_afterItems = m_menu->addSeparator();
    m_snoozeAll = m_menu->addAction(tr("Snooze all until tomorrow"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit Rapport"));

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quickLog, &QAction::triggered, this, [this] { Q_EMIT quickLogRequested(0); });
    connect(m_snoozeAll, &QAction::triggered, this, &TrayIcon::snoozeAllRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);

    m_tray->setContextMenu(m_menu.get());
    setDueItems({});
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setDueItems(QList<core::DueItem> items)
{
    m_items = std::move(items);
    const int count = int(m_items.size());
    // A new engine per count: the tray repaints from it at whatever size it needs.
    m_tray->setIcon(QIcon(new BadgeIconEngine(count)));
    m_toolTip = ReminderText::toolTip(m_items);
    m_tray->setToolTip(ReminderText::literal(m_toolTip));
    m_snoozeAll->setEnabled(count > 0);
    rebuildItemActions();
}

void TrayIcon::rebuildItemActions()
{
    for (QAction *action : std::as_const(m_itemActions)) {
        m_menu->removeAction(action);
        delete action;
    }
    m_itemActions.clear();

    auto add = [this](const QString &text) {
        auto *action = new QAction(menuText(text), m_menu.get());
        m_menu->insertAction(m_afterItems, action);
        m_itemActions.append(action);
        return action;
    };

    if (m_items.isEmpty()) {
        add(tr("Nothing due today"))->setEnabled(false);
        return;
    }
    const int shown = int(qMin<qsizetype>(m_items.size(), kMenuItems));
    for (int i = 0; i < shown; ++i) {
        const core::DueItem item = m_items.at(i);
        connect(add(ReminderText::itemLabel(item)), &QAction::triggered, this,
            [this, item] { Q_EMIT itemActivated(item); });
    }
    if (m_items.size() > shown) {
        const int rest = int(m_items.size()) - shown;
        connect(add(tr("and %n more…", nullptr, rest)), &QAction::triggered, this, &TrayIcon::openRequested);
    }
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

bool TrayIcon::showMessage(const QString &summary, const QString &body)
{
    if (!m_tray->isVisible() || !isAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_tray->showMessage(ReminderText::literal(summary), ReminderText::literal(body), icon());
    return true;
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    // Trigger is the primary click; the context menu opens by itself on the other.
    if (reason == QSystemTrayIcon::Trigger)
        Q_EMIT toggleWindowRequested();
}

} // namespace rapport::ui

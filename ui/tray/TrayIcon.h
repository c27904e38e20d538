#pragma once

#include "services/DueList.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;

namespace rapport::ui {

// The icon in the system tray: the app icon with the number of due items, a tooltip that
// names the first few, and a menu to open the window, log a conversation, act on a due
// item, snooze everything until tomorrow or quit. Driven by plain data (setDueItems),
// so it knows nothing of where the items come from; it only says what the user asked for.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // The due items the menu lists before "and N more…".
    static constexpr int kMenuItems = 10;

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether the desktop has a system tray to show the icon in, right now.
    static bool isAvailable();

    // Updates the badge, the tooltip and the menu.
    void setDueItems(QList<core::DueItem> items);
    const QList<core::DueItem> &dueItems() const { return m_items; }

    void show();
    void hide();
    bool isVisible() const;

    // A message from the tray icon (a balloon where the platform draws one); false when
    // the icon is not shown, so the caller can say it another way.
    bool showMessage(const QString &summary, const QString &body);

    QMenu *menu() const { return m_menu.get(); }
    // The tooltip as plain text (the icon gets it in a form that is never read as markup).
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const;
    QAction *openAction() const { return m_open; }
    QAction *quickLogAction() const { return m_quickLog; }
    QAction *snoozeAllAction() const { return m_snoozeAll; }
    QAction *quitAction() const { return m_quit; }
    // The actions of the due-items section, in menu order ("and N more…" last when shown).
    QList<QAction *> itemActions() const { return m_itemActions; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }

Q_SIGNALS:
    void openRequested();
    // A left click on the icon: show the window, or hide it when it is in front.
    void toggleWindowRequested();
    // Quick log for a colleague, or for nobody yet (0).
    void quickLogRequested(core::Id colleagueId);
    void itemActivated(const core::DueItem &item);
    void snoozeAllRequested();
    void quitRequested();
    // The last message shown with showMessage() was clicked.
    void messageClicked();

private:
    void rebuildItemActions();
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    QList<core::DueItem> m_items;
    QString m_toolTip;
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QAction *m_open = nullptr;
    QAction *m_quickLog = nullptr;
    QAction *m_section = nullptr;
    QAction *m_afterItems = nullptr;
    QAction *m_snoozeAll = nullptr;
    QAction *m_quit = nullptr;
    QList<QAction *> m_itemActions;
};

} // namespace rapport::ui

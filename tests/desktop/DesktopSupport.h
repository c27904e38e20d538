#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace rapport::test {

// What a command-line tool printed; `ok` when it ran, finished in time and exited 0.
struct ToolRun
{
    bool ok = false;
    QString out;
    QString err;
};
// Runs `program` and waits for it at most `timeoutMs` (then kills it).
ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs = 5000);

// The X server's view of a window, through xwininfo and xprop (x11-utils): the evidence
// that an icon is really inside the tray, not just a widget Qt believes is shown.
struct XWindow
{
    quint64 id = 0;
    quint64 parent = 0;
    quint64 root = 0;
    bool viewable = false;
};
std::optional<XWindow> xWindow(quint64 id);
bool xHasProperty(quint64 id, const QString &property);

// The widget Qt embeds in an XEmbed tray for a QSystemTrayIcon, once there is one.
QWidget *embeddedTrayWidget();
// A visible top-level widget of the given class (e.g. "QBalloonTip"), if any.
QWidget *visibleTopLevel(const char *className);
// The texts of every label inside `widget`.
QStringList labelTexts(const QWidget *widget);

// dunst's history (`dunstctl history`): each notification as an object of plain values
// ("summary", "body", "appname", ...).
QJsonArray dunstHistory();
// `dunstctl count displayed` (-1 when it failed).
int dunstDisplayed();

} // namespace rapport::test

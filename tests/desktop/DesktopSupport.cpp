#include "DesktopSupport.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>

namespace rapport::test {
namespace {

quint64 hexAfter(const QString &text, const QString &label)
{
    const QRegularExpression pattern(QRegularExpression::escape(label) + QStringLiteral(":\\s*(0x[0-9a-fA-F]+)"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toULongLong(nullptr, 16) : 0;
}

} // namespace

ToolRun runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(timeoutMs)) {
        run.err = program + QStringLiteral(": ") + process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        run.err = program + QStringLiteral(": no answer in %1 ms").arg(timeoutMs);
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

std::optional<XWindow> xWindow(quint64 id)
{
    const QString hexId = QStringLiteral("0x") + QString::number(id, 16);
    const ToolRun tree
        = runTool(QStringLiteral("xwininfo"), { QStringLiteral("-children"), QStringLiteral("-id"), hexId });
    const ToolRun info = runTool(QStringLiteral("xwininfo"), { QStringLiteral("-id"), hexId });
    if (!tree.ok || !info.ok)
        return std::nullopt;
    XWindow window;
    window.id = id;
    window.root = hexAfter(tree.out, QStringLiteral("Root window id"));
    window.parent = hexAfter(tree.out, QStringLiteral("Parent window id"));
    window.viewable = info.out.contains(QStringLiteral("Map State: IsViewable"));
    return window;
}

bool xHasProperty(quint64 id, const QString &property)
{
    const ToolRun run = runTool(
        QStringLiteral("xprop"), { QStringLiteral("-id"), QStringLiteral("0x") + QString::number(id, 16), property });
    // xprop prints "NAME:  not found." for a property the window lacks.
    return run.ok && run.out.contains(QLatin1Char('=')) && !run.out.contains(QStringLiteral("not found"));
}

QWidget *embeddedTrayWidget()
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows)
        if (widget->objectName() == QStringLiteral("QSystemTrayIconSys"))
            return widget;
    return nullptr;
}

QWidget *visibleTopLevel(const char *className)
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows)
        if (widget->isVisible() && qstrcmp(widget->metaObject()->className(), className) == 0)
            return widget;
    return nullptr;
}

QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    return texts;
}

QJsonArray dunstHistory()
{
    const ToolRun run = runTool(QStringLiteral("dunstctl"), { QStringLiteral("history") });
    if (!run.ok)
        return {};
    // {"type": "aa{sv}", "data": [[{"summary": {"type": "s", "data": "..."}, ...}, ...]]}
    const QJsonArray outer = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    QJsonArray notifications;
    const QJsonArray list = outer.isEmpty() ? QJsonArray() : outer.at(0).toArray();
    for (const QJsonValue &entry : list) {
        QJsonObject plain;
        const QJsonObject typed = entry.toObject();
        for (auto it = typed.begin(); it != typed.end(); ++it)
            plain.insert(it.key(), it.value().toObject().value(QStringLiteral("data")));
        notifications.append(plain);
    }
    return notifications;
}

int dunstDisplayed()
{
    const ToolRun run = runTool(QStringLiteral("dunstctl"), { QStringLiteral("count"), QStringLiteral("displayed") });
    bool number = false;
    const int count = run.out.trimmed().toInt(&number);
    return run.ok && number ? count : -1;
}

} // namespace rapport::test

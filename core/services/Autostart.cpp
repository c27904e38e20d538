#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace rapport::core {
namespace {

const QString kField = QStringLiteral("autostart");

// A value of a desktop entry: the spec's string escapes, so a backslash or a line break
// in it survives the reading.
QString entryValue(const QString &text)
{
    QString value;
    value.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            value += QStringLiteral("\\\\");
            break;
        case '\n':
            value += QStringLiteral("\\n");
            break;
        case '\t':
            value += QStringLiteral("\\t");
            break;
        case '\r':
            value += QStringLiteral("\\r");
            break;
        default:
            value += c;
        }
    }
    return value;
}

} // namespace

Autostart::Autostart(QString executable, QString configHome)
    : m_executable(std::move(executable))
    , m_configHome(configHome.isEmpty() ? defaultConfigHome() : std::move(configHome))
{
}

QString Autostart::defaultConfigHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg;
    return QDir::homePath() + QStringLiteral("/.config");
}

QString Autostart::entryPath() const
{
    return m_configHome + QStringLiteral("/autostart/rapport.desktop");
}

QString Autostart::execArgument(const QString &path)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool quote = std::any_of(path.cbegin(), path.cend(), [](QChar c) { return reserved.contains(c); });
    QString argument;
    if (quote) {
        argument += QLatin1Char('"');
        for (const QChar c : path) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
                argument += QLatin1Char('\\');
            argument += c;
        }
        argument += QLatin1Char('"');
    } else {
        argument = path;
    }
    // A lone '%' would start a field code.
    return argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
}

QString Autostart::entryText() const
{
    const QStringList lines {
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Version=1.4"),
        QStringLiteral("Name=Rapport"),
        QStringLiteral("GenericName=") + entryValue(tr("Relationship journal")),
        QStringLiteral("Comment=") + entryValue(tr("Reminds you to keep in touch with the people you work with")),
        QStringLiteral("Exec=") + entryValue(execArgument(m_executable) + QStringLiteral(" --minimized")),
        QStringLiteral("Icon=rapport"),
        QStringLiteral("Terminal=false"),
        // It starts hidden in the tray: no busy cursor waiting for a window.
        QStringLiteral("StartupNotify=false"),
        QStringLiteral("Categories=Office;ContactManagement;"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status Autostart::enable() const
{
    const QString folder = QFileInfo(entryPath()).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::inField(kField, tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly))
        return Error::inField(
            kField, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(entryPath()), file.errorString()));
    file.write(entryText().toUtf8());
    if (!file.commit())
        return Error::inField(
            kField, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(entryPath()), file.errorString()));
    return {};
}

Status Autostart::disable() const
{
    QFile file(entryPath());
    if (!file.exists() || file.remove())
        return {};
    return Error::inField(
        kField, tr("Could not remove %1: %2").arg(QDir::toNativeSeparators(entryPath()), file.errorString()));
}

bool Autostart::isEnabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QStringLiteral("[Desktop Entry]");
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if ((key == QStringLiteral("Hidden") && value == QStringLiteral("true"))
            || (key == QStringLiteral("X-GNOME-Autostart-enabled") && value == QStringLiteral("false")))
            return false;
    }
    return true;
}

} // namespace rapport::core

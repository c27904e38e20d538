#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::core {

// Starting Rapport with the desktop session: an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/rapport.desktop (~/.config/autostart by default), that runs
// `<executable> --minimized`, so the app starts hidden in the tray.
class Autostart final
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    // `executable` is the program the session runs (the installed binary, by name or by
    // absolute path); `configHome` overrides $XDG_CONFIG_HOME (tests).
    explicit Autostart(QString executable, QString configHome = {});

    // $XDG_CONFIG_HOME when it is an absolute path, as the XDG spec says, else ~/.config.
    static QString defaultConfigHome();
    QString entryPath() const;
    // The whole entry as written.
    QString entryText() const;

    // Writes the entry (atomically: a crash leaves the old one or the new one).
    Status enable() const;
    // Removes the entry; nothing to do when there is none.
    Status disable() const;
    // There is an entry and the desktop has not turned it off (Hidden=true or
    // X-GNOME-Autostart-enabled=false, as session settings write them).
    bool isEnabled() const;

    // `path` as one argument of an Exec line: quoted when it has to be, with the
    // characters the Desktop Entry spec reserves escaped.
    static QString execArgument(const QString &path);

private:
    QString m_executable;
    QString m_configHome;
};

} // namespace rapport::core

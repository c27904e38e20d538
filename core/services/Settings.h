#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace rapport::core {

// Typed access to the user's settings ($XDG_CONFIG_HOME/rapport/rapport.conf). One
// object, created by the composition root and passed to whoever needs it; every key and
// its default is here, nowhere else.
class Settings final
{
public:
    // The user's settings file.
    Settings();
    // A settings file of its own (tests).
    explicit Settings(const QString &fileName);
    Q_DISABLE_COPY_MOVE(Settings)

    // The journal the app opened last; empty when none.
    QString lastJournal() const;
    void setLastJournal(const QString &path);
    // Most recent first, at most kMaxRecentJournals.
    QStringList recentJournals() const;
    static constexpr int kMaxRecentJournals = 8;
    void removeRecentJournal(const QString &path);

    // Whether the welcome (start a journal or explore the demo) was shown once.
    bool welcomed() const;
    void setWelcomed(bool welcomed);
    // The main window's geometry and state, as QWidget::saveGeometry / saveState give them.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rapport::core

#include "Settings.h"

namespace rapport::core {
namespace {

const QString kLastJournal = QStringLiteral("journal/last");
const QString kRecentJournals = QStringLiteral("journal/recent");
const QString kWelcomed = QStringLiteral("app/welcomed");
const QString kWindowGeometry = QStringLiteral("window/geometry");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("rapport"),
                                             QStringLiteral("rapport")))
{
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

QString Settings::lastJournal() const
{
    return m_settings->value(kLastJournal).toString();
}

void Settings::setLastJournal(const QString &path)
{
    m_settings->setValue(kLastJournal, path);
    QStringList recent = recentJournals();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentJournals)
        recent.removeLast();
    m_settings->setValue(kRecentJournals, recent);
}

QStringList Settings::recentJournals() const
{
    return m_settings->value(kRecentJournals).toStringList();
}

void Settings::removeRecentJournal(const QString &path)
{
    QStringList recent = recentJournals();
    recent.removeAll(path);
    m_settings->setValue(kRecentJournals, recent);
}

bool Settings::welcomed() const
{
    return m_settings->value(kWelcomed, false).toBool();
}

void Settings::setWelcomed(bool welcomed)
{
    m_settings->setValue(kWelcomed, welcomed);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

} // namespace rapport::core

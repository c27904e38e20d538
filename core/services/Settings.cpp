#include "Settings.h"

namespace rapport::core {
namespace {

const QString kLastJournal = QStringLiteral("journal/last");
const QString kRecentJournals = QStringLiteral("journal/recent");

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

} // namespace rapport::core

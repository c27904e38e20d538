#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace rapport::ui {

// Conversation starters and appreciation phrases for the Today page: curious, specific,
// low-pressure, in Rapport's own words. Translated like every other string.
class Starters final
{
    Q_DECLARE_TR_FUNCTIONS(Starters)

public:
    static QStringList all();
    // The same one all day, a different one tomorrow.
    static int indexFor(const QDate &day);
};

} // namespace rapport::ui

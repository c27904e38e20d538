#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rapport::ui {

// The curated questions a reflection may answer, drawn from the advice Rapport serves:
// knowing yourself, your capacity, how you sound under pressure, asking for help, and
// being candid with compassion. Translated like every other string.
class ReflectionPrompts final
{
    Q_DECLARE_TR_FUNCTIONS(ReflectionPrompts)

public:
    static QStringList all();
};

} // namespace rapport::ui

#pragma once

#include "domain/Day.h"

#include <QDate>
#include <QString>

namespace rapport::test {

// "2024-02-29" -> QDate; aborts the test binary on a malformed literal.
QDate date(const char *iso);
// "2024-02-29" -> day number.
core::Day day(const char *iso);

} // namespace rapport::test

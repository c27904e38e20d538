#include "TestSupport.h"

#include <cstdlib>
#include <cstdio>

namespace rapport::test {

QDate date(const char *iso)
{
    const auto parsed = core::parseIsoDate(QString::fromLatin1(iso));
    if (!parsed) {
        std::fprintf(stderr, "bad date literal in test: %s\n", iso);
        std::abort();
    }
    return *parsed;
}

core::Day day(const char *iso)
{
    return core::toDay(date(iso));
}

} // namespace rapport::test

#pragma once

#include <vector>

namespace rapport::core::schema {

// The statements of each schema version, applied in order by schema::migrate. One file a
// version; a released version is never edited, later ones amend it.
std::vector<const char *> version1();
std::vector<const char *> version2();
std::vector<const char *> version3();
std::vector<const char *> version4();
std::vector<const char *> version5();

} // namespace rapport::core::schema

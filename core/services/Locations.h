#pragma once

#include <QString>

namespace rapport::core {

// Where Rapport keeps its files: $XDG_DATA_HOME/rapport (usually ~/.local/share/rapport).
QString dataFolder();
// The journal used when none is named and none was used before.
QString defaultJournalPath();
// The file name filter for journals in file dialogs and the suffix of new journals.
inline constexpr auto kJournalSuffix = "rapport";

} // namespace rapport::core

#pragma once

#include "CliContext.h"

#include <functional>

namespace rapport::cli {

// import --format vcard PATH [--merge skip|update] (VCardCommand.cpp).
int importVCard(Context &context);

// Opens the journal to import into and runs `import` on it; a journal this command
// created is removed again when the import fails (TransferCommands.cpp).
int importIntoJournal(Context &context, const std::function<int(core::Journal &)> &import);

} // namespace rapport::cli

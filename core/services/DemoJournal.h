#pragma once

#include "Journal.h"

namespace rapport::core {

// Fills an empty journal with a believable team of twelve colleagues in four departments
// and eighteen months of history ending on the journal clock's today, so that every page,
// figure and reminder has something to show. The same seed gives the same journal. Writes
// through the journal's validated operations in one transaction and leaves nothing to undo;
// a journal that already has colleagues is refused. Returns the first error.
Status fillDemoJournal(Journal &journal, quint32 seed);

} // namespace rapport::core

#pragma once

#include "Journal.h"

namespace rapport::core {

Status fillDemoJournal(Journal &journal, quint32 seed);

} // namespace rapport::core

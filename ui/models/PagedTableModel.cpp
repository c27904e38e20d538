// The moc output for PagedTableModelBase's signals lives with this file.
#include "PagedTableModel.h"

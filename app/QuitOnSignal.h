#pragma once

namespace rapport::app {

// SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C) end the event loop like Quit
// does, so the journal is closed cleanly instead of being left mid-write.
void quitApplicationOnSignals();

} // namespace rapport::app

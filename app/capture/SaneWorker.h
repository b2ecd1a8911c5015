#pragma once

namespace motcua::capture {

// The scan worker process's main loop (`motcua-cli scan-worker`): speaks WorkerProtocol.h on
// stdin/stdout and drives SANE. The driver lives only in this process, so a hung or crashed
// driver never takes the app with it; the app's SaneScanner watches over it.
//
// Test-only faults, from MOTCUA_SCAN_WORKER_FAULT: "hang-after:N" (stops forever before page N+1
// of a batch), "crash-after:N" (dies by SIGSEGV there).
int runSaneWorker();

} // namespace motcua::capture

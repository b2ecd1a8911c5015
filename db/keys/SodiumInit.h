#pragma once

namespace motcua::keys {

// Calls sodium_init() exactly once per process (a function-local static: thread-safe in C++11+).
// Returns false when libsodium could not initialise; every crypto entry point checks it.
bool ensureSodium();

} // namespace motcua::keys

#include "db/keys/SodiumInit.h"

#include <sodium.h>

namespace motcua::keys {

bool ensureSodium()
{
    // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace motcua::keys

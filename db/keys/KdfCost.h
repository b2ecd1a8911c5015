#pragma once

#include <QtGlobal>

#include <chrono>

namespace motcua {

// The Argon2id cost of one key slot. Stored in each slot, so the production preset can change
// later without breaking existing slots (a slot is re-wrapped with the preset of its time at the
// next password change).
struct KdfCost {
    quint64 opslimit = 0;   // Argon2id passes
    quint64 memlimit = 0;   // bytes

    // ≈0.3–0.5 s per unlock on the reference machine (see the measured figures in
    // docs and the report of tst_keyslots): opslimit 3, 192 MiB.
    static KdfCost production();
    // libsodium's minimum (opslimit 1, 8 KiB): for tests only, never for real officers.
    static KdfCost fastForTests();
    // The cost for NEW slots: production(), or fastForTests() when the environment variable
    // MOTCUA_KDF=fast is set (so tests driving motcua-cli can create cheap slots). Using the
    // override logs a warning once per process.
    static KdfCost forNewSlots();

    // Within libsodium's limits AND our sanity caps (opslimit <= 20, memlimit <= 2 GiB), so a
    // tampered key file cannot make an unlock hang for hours or allocate absurd memory.
    bool isValid() const;

    // Runs one Argon2id at this cost and returns how long it took (-1 ms on failure).
    static std::chrono::milliseconds measure(const KdfCost &cost);

    friend bool operator==(const KdfCost &a, const KdfCost &b)
    {
        return a.opslimit == b.opslimit && a.memlimit == b.memlimit;
    }
};

} // namespace motcua

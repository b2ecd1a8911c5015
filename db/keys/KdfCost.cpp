#include "db/keys/KdfCost.h"

#include "db/keys/SodiumInit.h"
#include "db/DbLogging.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <atomic>

namespace motcua {

namespace {
constexpr quint64 kMaxOps = 20;
constexpr quint64 kMaxMem = quint64(2) * 1024 * 1024 * 1024;
} // namespace

KdfCost KdfCost::production()
{
    // Measured with libsodium 1.0.18 on the 2-core build machine (AMD EPYC): opslimit 3 with
    // 128 MiB ≈0.18 s, 192 MiB ≈0.30 s, 256 MiB ≈0.43 s when idle (about twice that under a
    // parallel build). 192 MiB keeps a slower counter PC near 0.5 s while staying memory-hard.
    return KdfCost{3, quint64(192) * 1024 * 1024};
}

KdfCost KdfCost::fastForTests()
{
    return KdfCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfCost KdfCost::forNewSlots()
{
    if (qEnvironmentVariable("MOTCUA_KDF") == QLatin1String("fast")) {
        static std::atomic_bool warned{false};
        if (!warned.exchange(true)) {
            qCWarning(lcKeys) << "MOTCUA_KDF=fast: new key slots use the minimal test cost";
        }
        return fastForTests();
    }
    return production();
}

bool KdfCost::isValid() const
{
    return opslimit >= crypto_pwhash_OPSLIMIT_MIN && opslimit <= kMaxOps
        && opslimit <= crypto_pwhash_OPSLIMIT_MAX && memlimit >= crypto_pwhash_MEMLIMIT_MIN
        && memlimit <= kMaxMem && memlimit <= crypto_pwhash_MEMLIMIT_MAX;
}

std::chrono::milliseconds KdfCost::measure(const KdfCost &cost)
{
    if (!keys::ensureSodium() || !cost.isValid())
        return std::chrono::milliseconds(-1);
    unsigned char out[32];
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    static const char pw[] = "measure";
    QElapsedTimer timer;
    timer.start();
    const int rc = crypto_pwhash(out, sizeof out, pw, sizeof pw - 1, salt, cost.opslimit,
                                 size_t(cost.memlimit), crypto_pwhash_ALG_ARGON2ID13);
    const qint64 ms = timer.elapsed();
    sodium_memzero(out, sizeof out);
    return std::chrono::milliseconds(rc == 0 ? ms : -1);
}

} // namespace motcua

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace motcua {

// SHA-256 through OpenSSL's libcrypto (SHA extensions / AVX2 where the CPU has them): ≈ 1.8 GB/s
// on the project's VM against ≈ 160 MB/s for QCryptographicHash in Qt 6.4, which made the hash
// the larger part of the portal's CPU for an uploaded page (docs/performance.md "Sync"), and of the
// chain links (ChainHash.h: 0.7 against 6.1 µs for an event of 1 KB).
// Pure computation (no I/O): libcrypto is linked by the domain for this only.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    bool add(const char *data, qint64 len);
    bool add(QByteArrayView bytes) { return add(bytes.data(), bytes.size()); }
    QByteArray result();   // 32 bytes; empty when the digest failed

    static QByteArray hash(const QByteArray &bytes);      // 32 bytes
    static QByteArray hashHex(const QByteArray &bytes);   // 64 lowercase hex

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace motcua

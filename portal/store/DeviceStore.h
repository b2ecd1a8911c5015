#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua::portal {

struct Device {
    QString uuid;
    QString office;
    int number = 0;          // 1–99: the NN of the device's dossier codes
    QByteArray publicKey;    // Ed25519, 32 bytes
    QString name;
    QDateTime enrolledAt;
    QDateTime revokedAt;     // null while active
    bool revoked() const { return revokedAt.isValid(); }
};

// Enrolled counter PCs (devices of 0001_core).
class DeviceStore {
public:
    explicit DeviceStore(QSqlDatabase &db) : m_db(db) {}

    // Gives the device the lowest number of the office never handed out before, in one
    // transaction that locks the office's row, so two portal instances enrolling at once cannot
    // hand out one number twice (and UNIQUE (office, number) would refuse it anyway).
    // "devices.office-full" when 1–99 are all taken (revoked devices keep their numbers: codes
    // minted under them must stay unique).
    // `slotSecret`: the device's portal key slot secret (empty: none).
    Result<Device> enroll(const QString &office, const QByteArray &publicKey, const QString &name, const QString &byLogin,
                          const QString &slotSecret = {});
    Result<std::optional<Device>> find(const QString &uuid) const;   // nullopt also for a malformed uuid
    // The device's portal key slot secret; empty when it was enrolled without one.
    Result<QString> slotSecret(const QString &uuid) const;
    // Idempotent: an already revoked device keeps its first revocation time.
    Result<void> revoke(const QString &uuid, const QString &byLogin);

private:
    QSqlDatabase &m_db;
};

bool isUuid(const QString &text);

} // namespace motcua::portal

#pragma once

#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace motcua::portal {

// Offices and officers (0001_core). Used on the thread that owns `db`.
class OfficeStore {
public:
    explicit OfficeStore(QSqlDatabase &db) : m_db(db) {}

    Result<QList<Office>> offices(const QStringList &codes) const;   // in code order
    Result<std::optional<Office>> office(const QString &code) const;
    Result<QList<Officer>> officers(const QString &officeCode) const;

    struct Credentials {
        Officer officer;
        QByteArray passwordHash;
    };
    Result<std::optional<Credentials>> credentials(const QString &login) const;

    Result<void> upsertOffice(const Office &office);
    Result<void> upsertOfficer(const Officer &officer, const QByteArray &passwordHash);

    static QJsonObject toJson(const Office &office);
    static QJsonObject toJson(const Officer &officer);

private:
    QSqlDatabase &m_db;
};

} // namespace motcua::portal

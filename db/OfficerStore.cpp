#include "db/OfficerStore.h"
#include "db/SqlError.h"

#include "domain/text/VietnameseFolding.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Officer officerFrom(const QSqlQuery &q)
{
    Officer o;
    o.login = q.value(0).toString();
    o.fullName = q.value(1).toString();
    o.officeCode = q.value(2).toString();
    o.roles = rolesFromString(q.value(3).toString()).value_or(Roles());
    o.active = q.value(4).toInt() != 0;
    o.createdAt = fromIso(q.value(5));
    o.revokedAt = fromIso(q.value(6));
    return o;
}

const char *const kOfficerColumns = "login, full_name, office_code, roles, active, created_at, revoked_at";

} // namespace

OfficerStore::OfficerStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status OfficerStore::addOffice(const Office &office)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO offices(code, name, name_folded, level, province_code, timezone)"
                             " VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(office.code);
    q.addBindValue(office.name);
    q.addBindValue(foldVietnamese(office.name));
    q.addBindValue(office.level == OfficeLevel::Province ? QStringLiteral("province") : QStringLiteral("commune"));
    q.addBindValue(office.provinceCode.isEmpty() ? QVariant() : QVariant(office.provinceCode));
    q.addBindValue(office.timeZone.isEmpty() ? QStringLiteral("Asia/Ho_Chi_Minh") : office.timeZone);
    if (!q.exec())
        return sqlError(q, "add office");
    return {};
}

std::optional<Office> OfficerStore::office(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, name, level, province_code, timezone FROM offices WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Office o;
    o.code = q.value(0).toString();
    o.name = q.value(1).toString();
    o.level = q.value(2).toString() == QLatin1String("province") ? OfficeLevel::Province : OfficeLevel::Commune;
    o.provinceCode = q.value(3).toString();
    o.timeZone = q.value(4).toString();
    return o;
}

Status OfficerStore::addOfficer(const Officer &officer)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO officers(login, full_name, full_name_folded, office_code, roles, active, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(officer.login);
    q.addBindValue(officer.fullName);
    q.addBindValue(foldVietnamese(officer.fullName));
    q.addBindValue(officer.officeCode);
    q.addBindValue(rolesToString(officer.roles));
    q.addBindValue(officer.active ? 1 : 0);
    q.addBindValue(iso(officer.createdAt.isValid() ? officer.createdAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q, "add officer");
    return {};
}

std::optional<Officer> OfficerStore::officer(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kOfficerColumns) + QStringLiteral(" FROM officers WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return officerFrom(q);
}

QList<Officer> OfficerStore::officers(bool includeRevoked) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT ") + QLatin1String(kOfficerColumns) + QStringLiteral(" FROM officers")
           + (includeRevoked ? QString() : QStringLiteral(" WHERE active = 1")) + QStringLiteral(" ORDER BY login"));
    QList<Officer> out;
    while (q.next())
        out.append(officerFrom(q));
    return out;
}

Status OfficerStore::revoke(const QString &login, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE officers SET active = 0, revoked_at = ? WHERE login = ? AND active = 1"));
    q.addBindValue(iso(at));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, "revoke officer");
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("auth.unknown-officer"), QStringLiteral("no active officer with that login"));
    return {};
}

Status OfficerStore::setRoles(const QString &login, Roles roles)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE officers SET roles = ? WHERE login = ?"));
    q.addBindValue(rolesToString(roles));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, "set roles");
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("auth.unknown-officer"), QStringLiteral("no officer with that login"));
    return {};
}

Status OfficerStore::logAuth(const QString &login, const QString &event, const QString &detail, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO auth_log(at, login, event, detail) VALUES(?, ?, ?, ?)"));
    q.addBindValue(iso(at));
    q.addBindValue(login);
    q.addBindValue(event);
    q.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    if (!q.exec())
        return sqlError(q, "auth log");
    return {};
}

QList<OfficerStore::AuthEntry> OfficerStore::authLog(const QString &login, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, login, event, detail FROM auth_log")
              + (login.isEmpty() ? QString() : QStringLiteral(" WHERE login = :login"))
              + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    if (!login.isEmpty())
        q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<AuthEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({fromIso(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Status OfficerStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, "set meta");
    return {};
}

QString OfficerStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fallback;
    return q.value(0).toString();
}

} // namespace motcua

#include "portal/store/OfficeStore.h"

#include "portal/db/Sql.h"

#include <QJsonArray>

namespace motcua::portal {

namespace {

Office officeFrom(const QSqlQuery &q)
{
    Office o;
    o.code = q.value(0).toString();
    o.name = q.value(1).toString();
    o.level = q.value(2).toString() == QLatin1String("province") ? OfficeLevel::Province : OfficeLevel::Commune;
    o.provinceCode = q.value(3).toString();
    o.timeZone = q.value(4).toString();
    return o;
}

Officer officerFrom(const QSqlQuery &q)
{
    Officer o;
    o.login = q.value(0).toString();
    o.fullName = q.value(1).toString();
    o.officeCode = q.value(2).toString();
    o.roles = rolesFromString(q.value(3).toString()).value_or(Roles());
    o.active = q.value(4).toBool();
    return o;
}

const QString kOfficeColumns = QStringLiteral("code, name, level, COALESCE(province, ''), timezone");
const QString kOfficerColumns = QStringLiteral("login, full_name, office, roles, active");

} // namespace

Result<QList<Office>> OfficeStore::offices(const QStringList &codes) const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM offices WHERE code = ANY(string_to_array(?, chr(31))) ORDER BY code")
                            .arg(kOfficeColumns),
                  {codes.join(QChar(31))});
    if (!q)
        return q.error();
    QList<Office> out;
    while (q->next())
        out << officeFrom(*q);
    return out;
}

Result<std::optional<Office>> OfficeStore::office(const QString &code) const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM offices WHERE code = ?").arg(kOfficeColumns), {code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Office>();
    return std::optional<Office>(officeFrom(*q));
}

Result<QList<Officer>> OfficeStore::officers(const QString &officeCode) const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1 FROM officers WHERE office = ? ORDER BY login").arg(kOfficerColumns),
                  {officeCode});
    if (!q)
        return q.error();
    QList<Officer> out;
    while (q->next())
        out << officerFrom(*q);
    return out;
}

Result<std::optional<OfficeStore::Credentials>> OfficeStore::credentials(const QString &login) const
{
    auto q = exec(m_db, QStringLiteral("SELECT %1, password_hash FROM officers WHERE login = ?").arg(kOfficerColumns), {login});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Credentials>();
    return std::optional<Credentials>(Credentials{officerFrom(*q), q->value(5).toString().toLatin1()});
}

Result<void> OfficeStore::upsertOffice(const Office &o)
{
    auto q = exec(m_db, QStringLiteral("INSERT INTO offices (code, name, level, province, timezone) VALUES (?, ?, ?, NULLIF(?, ''), ?)"
                                       " ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,"
                                       " province = EXCLUDED.province, timezone = EXCLUDED.timezone"),
                  {o.code, o.name, o.level == OfficeLevel::Province ? QStringLiteral("province") : QStringLiteral("commune"),
                   o.level == OfficeLevel::Province ? QString() : o.provinceCode, o.timeZone});
    if (!q)
        return q.error();
    return {};
}

Result<void> OfficeStore::upsertOfficer(const Officer &o, const QByteArray &passwordHash)
{
    auto q = exec(m_db, QStringLiteral("INSERT INTO officers (login, full_name, office, roles, password_hash, active) VALUES (?, ?, ?, ?, ?, ?)"
                                       " ON CONFLICT (login) DO UPDATE SET full_name = EXCLUDED.full_name, office = EXCLUDED.office,"
                                       " roles = EXCLUDED.roles, password_hash = EXCLUDED.password_hash, active = EXCLUDED.active"),
                  {o.login, o.fullName, o.officeCode, rolesToString(o.roles), QString::fromLatin1(passwordHash), o.active});
    if (!q)
        return q.error();
    return {};
}

QJsonObject OfficeStore::toJson(const Office &o)
{
    return QJsonObject{
        {QStringLiteral("code"), o.code},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("level"), o.level == OfficeLevel::Province ? QStringLiteral("province") : QStringLiteral("commune")},
        {QStringLiteral("province"), o.level == OfficeLevel::Province ? QJsonValue(QJsonValue::Null) : QJsonValue(o.provinceCode)},
    };
}

QJsonObject OfficeStore::toJson(const Officer &o)
{
    QJsonArray roles;
    for (Role r : kAllRoles) {
        if (o.has(r))
            roles.append(roleName(r));
    }
    return QJsonObject{
        {QStringLiteral("login"), o.login},
        {QStringLiteral("fullName"), o.fullName},
        {QStringLiteral("office"), o.officeCode},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("active"), o.active},
    };
}

} // namespace motcua::portal

#include "portal/seed/DemoSeed.h"

#include "portal/auth/Passwords.h"
#include "portal/db/Sql.h"
#include "portal/store/OfficeStore.h"
#include "portal/store/RegistryStore.h"

namespace motcua::portal::DemoSeed {

namespace {
const QString kProvince = QStringLiteral("000.00.00.H55");

Office office(const QString &code, const QString &name, OfficeLevel level, const QString &province)
{
    Office o;
    o.code = code;
    o.name = name;
    o.level = level;
    o.provinceCode = province;
    return o;
}

DemoOfficer demo(const QString &login, const QString &name, const QString &officeCode, Roles roles)
{
    DemoOfficer d;
    d.officer.login = login;
    d.officer.fullName = name;
    d.officer.officeCode = officeCode;
    d.officer.roles = roles;
    d.password = QStringLiteral("demo-%1-2026").arg(login);
    return d;
}
} // namespace

QList<Office> offices()
{
    return {
        office(kProvince, QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh (mẫu)"), OfficeLevel::Province, {}),
        office(QStringLiteral("H55.242"), QStringLiteral("UBND xã Tân Lập"), OfficeLevel::Commune, kProvince),
        office(QStringLiteral("H55.243"), QStringLiteral("UBND xã Tân Hội"), OfficeLevel::Commune, kProvince),
    };
}

QList<DemoOfficer> officers()
{
    return {
        demo(QStringLiteral("khanh"), QStringLiteral("Phạm Quốc Khánh"), kProvince, Role::Admin | Role::Supervisor),
        demo(QStringLiteral("nhung"), QStringLiteral("Đỗ Thị Hồng Nhung"), kProvince, Role::Counter | Role::Processing),
        demo(QStringLiteral("tuan"), QStringLiteral("Hoàng Anh Tuấn"), QStringLiteral("H55.242"), Role::Admin),
        demo(QStringLiteral("dung"), QStringLiteral("Vũ Tiến Dũng"), QStringLiteral("H55.242"), Role::Supervisor),
        demo(QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("H55.242"), Role::Counter),
        demo(QStringLiteral("binh"), QStringLiteral("Trần Văn Bình"), QStringLiteral("H55.242"), Role::Counter),
        demo(QStringLiteral("hoa"), QStringLiteral("Lê Thị Hoa"), QStringLiteral("H55.242"), Role::Processing),
        demo(QStringLiteral("mai"), QStringLiteral("Ngô Thị Mai"), QStringLiteral("H55.243"), allRoles()),
    };
}

Result<void> apply(QSqlDatabase &db, int registrySize)
{
    const QList<DemoOfficer> people = officers();
    QList<QByteArray> hashes;   // Argon2id before the transaction: it is the slow part
    for (const auto &p : people) {
        hashes << Passwords::hash(p.password);
        if (hashes.last().isEmpty())
            return Error(QStringLiteral("server.error"), QStringLiteral("password hashing failed"));
    }
    auto written = inTransaction(db, [&]() -> Result<void> {
        OfficeStore store(db);
        for (const Office &o : offices()) {
            if (auto r = store.upsertOffice(o); !r)
                return r;
        }
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (auto r = store.upsertOfficer(people[i].officer, hashes[i]); !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written;
    return RegistryStore(db).generate(registrySize);
}

} // namespace motcua::portal::DemoSeed

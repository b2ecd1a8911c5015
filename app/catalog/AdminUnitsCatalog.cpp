#include "app/catalog/AdminUnitsCatalog.h"

#include "app/catalog/CatalogLogging.h"

#include <QFile>

namespace motcua {

const AdminUnits &bundledAdminUnits()
{
    static const AdminUnits units = [] {
        QFile file(QStringLiteral(":/resources/catalog/admin-units.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalog) << "administrative units not bundled";
            return AdminUnits();
        }
        Result<AdminUnits> read = AdminUnits::fromJson(file.readAll());
        if (!read) {
            qCWarning(lcCatalog).noquote() << "administrative units refused:" << read.error().toString();
            return AdminUnits();
        }
        return *read;
    }();
    return units;
}

} // namespace motcua

#pragma once

#include "domain/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace motcua {

// A part of a digitized stack: the stack (hex SHA-256 of its files) and the dossier's place in it.
struct StackPart {
    QString stackSha256;
    int index = 0;
};

// The table digitized_parts (migration 0009): which dossier each part of a digitized stack became.
// record() runs inside the caller's transaction (the dossier's), so a part is recorded exactly when
// its dossier exists.
class DigitizedPartStore {
public:
    explicit DigitizedPartStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Status record(const StackPart &part, const QString &dossierCode);
    // The parts of `stackSha256` already received: index → dossier code.
    Result<QMap<int, QString>> received(const QString &stackSha256) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua

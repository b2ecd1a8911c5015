#pragma once

#include "domain/Result.h"
#include "domain/catalog/Catalog.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

// The catalog file format (docs/catalog-format.md):
//   {"format":"motcua-catalog","formatVersion":1,"version":"2026.1","issued":"2026-11-20",
//    "source":"...","procedures":[{...}, ...]}
// Parsing is all or nothing: the first problem rejects the whole file, as an Error with
//   code "catalog.bad-json"  not JSON (detail "line 3, column 7: <Qt's reason>"), or a duplicate key;
//   code "catalog.invalid"   JSON of the wrong shape (detail "line 42: procedure 1.001193: component 2 has no name").
// Lines and columns are 1-based; columns count characters.
namespace CatalogJson {

inline constexpr int kFormatVersion = 1;
inline const char *const kFormatName = "motcua-catalog";

Result<Catalog> parse(const QByteArray &json);

QByteArray serialize(const Catalog &catalog, QJsonDocument::JsonFormat format = QJsonDocument::Indented);
QJsonObject toJson(const Catalog &catalog);
QJsonObject toJson(const Procedure &procedure);

// One procedure alone (e.g. a row of the catalog store): the same checks except those spanning
// procedures (duplicate codes, bundle references); errors carry no line.
Result<Procedure> procedureFromJson(const QJsonObject &object);

} // namespace CatalogJson
} // namespace motcua

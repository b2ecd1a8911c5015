#pragma once

#include "db/CatalogStore.h"
#include "domain/catalog/Catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace motcua {

// Finds procedures as the officer types: by code prefix ("1.0011") or by words of the name or
// sector, diacritics and case optional ("dang ky khai sinh", "KHAI SINH", "khai sinh"; i and y
// interchangeable: "dang ki"). Every typed word must be the start of some word of the name or sector.
// Results come favourites first, then most recently used, then by how closely the name matches
// (the typed words as one phrase, then every word whole, then prefixes only), then the shorter
// name (the general procedure before its variants: "đăng ký khai sinh" before "… lưu động"), then
// by name.
// Names are folded once when the index is built; a query is a linear scan over pre-split words,
// well under a millisecond for 1,000 procedures. Immutable after construction: safe to share
// between threads.
class CatalogSearch {
public:
    explicit CatalogSearch(std::shared_ptr<const Catalog> catalog);

    const std::shared_ptr<const Catalog> &catalog() const { return m_catalog; }

    // `usage` by code (CatalogStore::usage); limit < 0: all matches.
    QList<const Procedure *> search(const QString &query, const QHash<QString, ProcedureUsage> &usage = {},
                                    int limit = -1) const;

    // True when `query` reads as the start of a procedure code (digits and dots, a digit first).
    static bool looksLikeCode(const QString &query);

private:
    struct Entry {
        const Procedure *procedure;
        QString foldedName;
        QStringList words; // folded words of name and sector
        qsizetype rankLength; // the folded name's length without a leading "thu tuc "
    };
    std::shared_ptr<const Catalog> m_catalog;
    std::vector<Entry> m_entries; // same order as catalog->procedures()
};

} // namespace motcua

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// The administrative units of the 2025 two-level structure (province → commune; Resolution
// 202/2025/QH15): data beside the catalog (resources/catalog/admin-units.json, docs/forms.md),
// validated when read. The form view's place pickers search them; the fill finds the province an
// address names. Names only: no unit code is carried (the list of communes may be partial).
struct AdminUnit {
    enum class Level { Province, Commune };
    Level level = Level::Province;
    QString name;       // "Phường Thanh Xuân", "Thành phố Hà Nội"
    QString province;   // a commune's province ("Thành phố Hà Nội"); a province's own name
    QString display() const;   // "Phường Thanh Xuân, Thành phố Hà Nội"; a province: its name
};

class AdminUnits {
public:
    // Reads and checks the file: format "motcua-admin-units" version 1; every province named
    // "Tỉnh …" or "Thành phố …" once, with the ID-number province codes it took over (each of the
    // 63 codes of domain/cccd/ProvinceCodes in exactly one province); communes "Phường …", "Xã …" or
    // "Đặc khu …", once per province. Errors: catalog.bad-units with the reason (JSON offset,
    // province, commune), never a partial table.
    static Result<AdminUnits> fromJson(const QByteArray &json);

    const QList<AdminUnit> &units() const { return m_units; }   // provinces first, then communes
    int provinceCount() const { return m_provinces; }
    bool complete() const { return m_complete; }                   // false: the communes are a partial list

    // The units whose names match what the officer typed, folded (foldVietnamese: case and
    // diacritics do not matter): every typed word a prefix of a word of the unit's name or of its
    // province's, kinds left out ("thanh xuan" → Phường Thanh Xuân, Thành phố Hà Nội; "ba dinh ha"
    // → Phường Ba Đình, Thành phố Hà Nội), or the initials of the name without its kind ("hn" →
    // Thành phố Hà Nội). Best first: the name's start, the name's words, with the province's
    // words, the initials; provinces before communes; at most `limit`.
    QList<AdminUnit> search(const QString &typed, int limit = 12) const;

    // The 2025 province an address or an authority's name names, the one named last ("…, Hoàn
    // Kiếm, Hà Nội" → "Thành phố Hà Nội"); a pre-2025 province name counts for the province that
    // took it over ("Hà Giang" → "Tỉnh Tuyên Quang"). "" when none.
    QString provinceIn(const QString &text) const;

private:
    struct Entry {
        AdminUnit unit;
        QString bare;                // folded name without its kind: "thanh xuan"
        QStringList nameWords;       // folded words of `bare`
        QStringList words;           // … and of its province's name without its kind ("ha noi")
        QString initials;            // of `bare`: "tx"
    };
    QList<AdminUnit> m_units;
    QList<Entry> m_entries;
    QList<QPair<QString, QString>> m_provinceNames;   // folded name (2025 or pre-2025) → 2025 province
    int m_provinces = 0;
    bool m_complete = false;
};

} // namespace motcua

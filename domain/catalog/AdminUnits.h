#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// The administrative units of the 2025 two-level structure (province → commune; Resolution
// 202/2025/QH15 and the Standing Committee's arrangement resolutions of June 2025): data beside the
// catalog (resources/catalog/admin-units.json, written by tools/catalog/make-admin-units from the
// GSO's list; docs/forms.md), validated when read. The form view's place pickers search them; the
// fill finds the province an address names.
struct AdminUnit {
    enum class Level { Province, Commune };
    Level level = Level::Province;
    QString name;       // "Phường Thanh Xuân", "Thành phố Hà Nội"
    QString province;   // a commune's province ("Thành phố Hà Nội"); a province's own name
    QString code;       // the GSO code: 5 digits for a commune ("00367"), 2 for a province ("01")
    QString display() const;   // "Phường Thanh Xuân, Thành phố Hà Nội"; a province: its name
};

class AdminUnits {
public:
    // Reads and checks the file: format "motcua-admin-units" version 2; every province named
    // "Tỉnh …" or "Thành phố …" once, with its 2-digit GSO code and the ID-number province codes it
    // took over (each of the 63 codes of domain/cccd/ProvinceCodes in exactly one province);
    // communes {"code", "name"}: a 5-digit code, unique in the file, and a name "Phường …", "Xã …" or
    // "Đặc khu …", once per province. Errors: catalog.bad-units with the reason (JSON offset,
    // province, commune), never a partial table.
    static Result<AdminUnits> fromJson(const QByteArray &json);

    const QList<AdminUnit> &units() const { return m_units; }   // provinces first, then communes
    int provinceCount() const { return m_provinces; }
    int communeCount() const { return int(m_units.size()) - m_provinces; }
    bool complete() const { return m_complete; }                   // false: the communes are a partial list

    // What a search looks among: every unit, or the provinces alone (a province field).
    enum class Scope { All, Provinces };

    // The units whose names match what the officer typed, folded (foldVietnamese: case and
    // diacritics do not matter): every typed word a prefix of a word of the unit's name or of its
    // province's, kinds left out ("thanh xuan" → Phường Thanh Xuân, Thành phố Hà Nội; "ba dinh ha"
    // → Phường Ba Đình, Thành phố Hà Nội), or the initials of the name without its kind ("hn" →
    // Thành phố Hà Nội). A kind typed first counts for the units of that kind ("phuong ba dinh" →
    // Phường Ba Đình, not Xã Ba Đình; "tp hcm"). Best first: the name's start, the name's words,
    // with the province's words, the initials; provinces before communes; within a rank, file
    // order; at most `limit`. One pass over the table (3,355 units) per call, nothing allocated
    // per unit: well under a frame (tools/bench units, docs/forms.md).
    QList<AdminUnit> search(const QString &typed, int limit = 12, Scope scope = Scope::All) const;

    // The 2025 province an address or an authority's name names, the one named last ("…, Hoàn
    // Kiếm, Hà Nội" → "Thành phố Hà Nội"); a pre-2025 province name counts for the province that
    // took it over ("Hà Giang" → "Tỉnh Tuyên Quang"). "" when none.
    QString provinceIn(const QString &text) const;

private:
    struct Entry {
        AdminUnit unit;
        QString kind;                // folded kind: "phuong", "thanh pho" …
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

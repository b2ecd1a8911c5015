#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace motcua {

// The 63 province codes that open a 12-digit personal number (Circular 07/2016/TT-BCA, Appendix 1;
// CATALOG.md). These are the provinces before the 2025 mergers: numbers issued earlier keep them,
// so the table is frozen, not data an administrator edits.
struct ProvinceCode {
    QString code;   // "001"
    QString name;   // "Hà Nội"
};

class ProvinceCodes {
public:
    static const QList<ProvinceCode> &all();           // 63 entries, ascending code
    static bool isKnown(QStringView code);             // exactly three ASCII digits from the table
    static QString name(QStringView code);             // empty when unknown
};

} // namespace motcua

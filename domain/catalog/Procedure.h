#pragma once

#include "domain/calendar/TimeLimit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// One administrative procedure (thủ tục hành chính) as published in the national procedures
// database. Plain value types; the JSON form and its validation live in CatalogJson.
// Facts that the source did not confirm are flagged (`verified`, `limitVerified`, ...) so the UI
// can show "chưa xác minh" instead of presenting a guess as law.

enum class ProcedureLevel { Commune, Province };

// How a component may be handed in. The Vietnamese legal terms are in acceptedFormName().
enum class AcceptedForm {
    Original,         // bản chính
    CertifiedCopy,    // bản sao có chứng thực
    CopyWithOriginal, // bản sao xuất trình kèm bản chính để đối chiếu
    Electronic,       // bản điện tử
};

struct Fee {
    QString description;
    std::optional<qint64> amount; // đồng; nullopt = set by the province (or not stated)
    std::optional<qint64> maximum; // the most charged per document/copy, whatever the count (200,000 đ per copy)
    QString unit;                  // "bản", "trang", "lần", ... (amount is per unit)
    bool free = false;
    bool verified = true;

    friend bool operator==(const Fee &, const Fee &) = default;
};

// One numbered component (thành phần hồ sơ) the applicant files.
struct Component {
    int number = 0;             // 1, 2, ... in order
    QString name;
    bool required = true;
    int copies = 1;
    QList<AcceptedForm> forms;  // at least one, no duplicates
    QString documentType;       // e.g. "birth-certificate-medical"; empty = none can be reused
    QString note;               // accepted alternatives, conditions ("khi ủy quyền")
    bool verified = true;

    friend bool operator==(const Component &, const Component &) = default;
};

// A document shown at the counter and handed back (giấy tờ xuất trình), not filed.
struct ShownDocument {
    QString name;
    QString documentType;
    QString note;

    friend bool operator==(const ShownDocument &, const ShownDocument &) = default;
};

// A bundled procedure (liên thông): one dossier routed to several authorities.
struct Bundle {
    QStringList procedures;  // codes of constituent procedures present in the same catalog
    QStringList authorities; // where the dossier is routed, in order
    QString note;
    bool verified = true;

    friend bool operator==(const Bundle &, const Bundle &) = default;
};

struct Procedure {
    QString code;      // "1.001193" or localised "1.011442.000.00.00.H38"
    QString name;
    QString sector;    // lĩnh vực: "Hộ tịch", "Chứng thực", "Cư trú", ...
    ProcedureLevel level = ProcedureLevel::Commune;
    QString authority; // cơ quan có thẩm quyền
    // nullopt: the record states no limit (shown "—"); a due moment cannot be computed and the
    // officer sets the appointment by hand. Never guessed.
    std::optional<TimeLimit> limit;
    QString limitNote;         // the limit as published ("1 (đơn vị?)", "tối đa 20 ngày làm việc ...")
    bool limitVerified = true;
    QList<Fee> fees;           // empty with feesVerified == false: the record states nothing
    bool feesVerified = true;
    QStringList results;       // result documents
    bool resultsVerified = true;
    QList<Component> components;
    QList<ShownDocument> toShow;
    std::optional<Bundle> bundle;
    QString source;            // where the facts come from
    bool verified = true;      // false: some fact of this procedure is unconfirmed
    QString note;

    bool isBundle() const { return bundle.has_value(); }
    // False when anything here is flagged unconfirmed: the UI shows "chưa xác minh" then.
    bool fullyVerified() const;
    const Component *component(int number) const;

    friend bool operator==(const Procedure &, const Procedure &) = default;
};

// Shape of a procedure code: d.dddddd, optionally a localisation suffix .ddd.dd.dd.Xdd(d).
bool isValidProcedureCode(const QString &code);
// Shape of a document-type code: lower-case ASCII words joined by '-'.
bool isValidDocumentType(const QString &type);

QString levelKey(ProcedureLevel level);                          // "commune" | "province"
std::optional<ProcedureLevel> levelFromKey(const QString &key);
QString acceptedFormKey(AcceptedForm form);                      // "original", "certifiedCopy", ...
std::optional<AcceptedForm> acceptedFormFromKey(const QString &key);
QString acceptedFormName(AcceptedForm form);                     // the Vietnamese legal term

} // namespace motcua

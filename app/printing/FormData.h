#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::printing {

// The one-stop counter's forms (Circular 03/2025/TT-VPCP, Appendix I): Form 01 receipt and
// appointment slip, Form 02 request to supplement / complete, Form 03 refusal with reasons.
enum class FormKind { Receipt01, Supplement02, Refusal03 };

// One row of a form's component table.
struct FormComponentLine {
    int number = 0;          // the procedure's component number
    QString name;            // component name from the catalog
    QString provided;        // how it was provided, already human text ("Bản chính, quét tại quầy, 2 trang", "Tái sử dụng từ hồ sơ X")
    bool missing = false;    // Form 02: this one is missing / must be completed
    QString missingReason;   // Form 02: why
};

// Everything a printed form shows, already resolved to text by the caller (catalog names, the
// applicant, the due moment computed by the calendar). FormPainter adds only the fixed wording.
struct FormData {
    FormKind kind = FormKind::Receipt01;
    QString officeName;      // "Bộ phận Một cửa UBND xã Tân Lập"
    QString officeCode;
    QString authority;       // competent authority of the procedure
    QString dossierCode;     // Form 01/02 (02: registered code); may be empty for 03
    QString lookupCode;      // Form 01/02
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QString applicantIdNumber;
    QString applicantAddress;
    QString applicantPhone;
    QString applicantEmail;
    QList<FormComponentLine> components;
    QString feesText;        // "Lệ phí: 8.000 đồng" or "Miễn lệ phí"
    QDateTime receivedAt;    // office-local wall time
    QDateTime dueAt;         // office-local; invalid = no due moment (printed as "Theo thông báo")
    QStringList reasons;     // Form 02: what to complete and why; Form 03: the refusal reasons
    QString officerName;     // the receiving officer
    QString lookupHint;      // e.g. "Tra cứu: nhắn mã tra cứu ..." (optional)
};

} // namespace motcua::printing

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::printing {

// The one-stop counter's forms (Circular 03/2025/TT-VPCP, Appendix I): Form 01 receipt and
// appointment slip, Form 02 request to supplement / complete, Form 03 refusal with reasons; after
// receipt, Form 04 apology and extension, Form 05 notice of stopping, Form 06 process control slip,
// Form 07 the dossier register of a period.
// Declaration: a citizen's declaration form (tờ khai, issue 13) filled by the software, its wording
// and fields from a form definition (app/forms), signed by the citizen.
enum class FormKind { Receipt01, Supplement02, Refusal03, Extension04, Stop05, ControlSlip06, Register07, Declaration };

// One row of a form's component table.
struct FormComponentLine {
    int number = 0;          // the procedure's component number
    QString name;            // component name from the catalog
    QString provided;        // how it was provided, already human text ("Bản chính, quét tại quầy, 2 trang", "Tái sử dụng từ hồ sơ X")
    bool missing = false;    // Form 02: this one is missing / must be completed
    QString missingReason;   // Form 02: why
};

// One row of Form 06: a hand-over of the dossier (or a step on it), who, when, on time or late.
struct HandoverLine {
    QString step;            // "Tiếp nhận", "Chuyển xử lý" … (already human text)
    QString from;            // the officer handing over (full name and login)
    QString to;              // who receives it; empty when nobody does
    QDateTime at;            // office-local
    QString timeliness;      // "Đúng hạn" / "Quá hạn" / "" when there is no due moment
};

// One printed line of a declaration: one or more "label: value" cells side by side
// ("Giới tính: Nam   Dân tộc: Kinh   Quốc tịch: Việt Nam"). An empty value prints as a dotted
// blank for the pen.
struct DeclarationCell {
    QString label;
    QString value;
};
// A table's row: the label once, then one value per column ("Họ, chữ đệm, tên | <bride> | <groom>").
struct DeclarationRow {
    QString label;
    QStringList values;
};
struct DeclarationSection {
    QString heading;                          // may be empty; a table's top-left cell ("Thông tin")
    QList<QList<DeclarationCell>> lines;
    QStringList columns;                      // not empty: printed as a ruled table ("Bên nữ", "Bên nam") of `rows`
    QList<DeclarationRow> rows;
};

// A filled declaration, already in the form's language (the definition's official wording).
struct DeclarationContent {
    QString title;                            // "TỜ KHAI ĐĂNG KÝ KHAI SINH"
    QString formNumber;                       // "CT01" or empty
    QString reference;                        // the footer's "<form id> v<version>"
    DeclarationCell addressee;                // "Kính gửi: UBND xã Tân Lập"
    QList<DeclarationSection> sections;
    QStringList pledge;                       // the closing commitment, official wording
    QString signer;                           // "Người yêu cầu"
    QString signerName;                       // printed under the signature space
    QString cosigner;                         // a second signature block on the left, or empty ("Bên nam")
    QString cosignerName;
    QString signatureNote;                    // under each signer; empty: "(signature and full name)" translated
    QString place;                            // "Làm tại" before the date line, or empty
    QString qrText;                           // the form payload (domain/forms/FormPayload.h)
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
    QDateTime issuedAt;      // office-local; the header's date when set (forms after receipt), else receivedAt's
    // Form 04: the extension; dueAt above is the new due moment.
    int extensionDays = 0;
    QDateTime previousDueAt; // office-local; the due moment before the extension
    // Form 06: every hand-over, in order.
    QList<HandoverLine> handovers;
    // Form 07: the period ("from 08/12/2026 to 11/12/2026") and one row per dossier, cells in the
    // register's column order (dossier code, procedure, applicant, received, due, returned, status).
    QString periodText;
    QList<QStringList> registerRows;
    // Declaration: its content (kind Declaration only); issuedAt above is the "ngày … tháng … năm …".
    DeclarationContent declaration;
};

} // namespace motcua::printing

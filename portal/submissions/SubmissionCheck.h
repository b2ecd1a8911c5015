#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace motcua::portal {

struct OnlineSubmission;

// One refused field of an online submission (docs/sync-protocol.md "Online submissions"): where
// ("applicant.idNumber", "components[1].pages[0]"), a code, an English sentence that names the
// rule, never the value (it may be personal data).
struct FieldError {
    QString field;
    QString code;      // online.required, online.bad-value, online.unknown-field, online.unknown-procedure,
                       // online.procedure-not-served, online.page-missing
    QString message;
};
QJsonArray toJson(const QList<FieldError> &errors);

namespace submissioncheck {

// The body of POST /v1/submissions read into `out`; every shape problem as a field error.
// {"office", "procedure", "externalRef", "applicant": {…}, "components": [{"number", "pages": [sha256…]}…]}
QList<FieldError> read(const QJsonObject &body, OnlineSubmission &out);

// The shape of what every path checks without the database: procedure and reference present and
// short, the applicant's facts as a Received carries them (Applicant::toJson: "kind" citizen or
// organisation; a citizen's 12-digit idNumber and name; an organisation's businessCode and name;
// dob/issued YYYY-MM-DD, gender Nam/Nữ, oldIdNumber 9 digits, no other key, text only), at least
// one component, numbers 1–999 and distinct, each with at least one page named by its SHA-256.
QList<FieldError> shape(const OnlineSubmission &s);

} // namespace submissioncheck
} // namespace motcua::portal

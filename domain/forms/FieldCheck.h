#pragma once

#include "domain/Result.h"
#include "domain/forms/FormDefinition.h"

#include <QString>

namespace motcua::forms {

// Checks one value against its field and gives it in its stored form (dates as YYYY-MM-DD, phone
// numbers without spaces or dots, ID numbers as 12 digits, white space collapsed). An empty value
// is fine here (required fields are checked on the whole form). Errors (stable codes; the detail
// names the field, never the value, which is personal data):
//   form.bad-id-number   not 12 digits, or its first three digits are no province code
//   form.bad-date        not a real date typed ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD
//   form.bad-year        not a year from 1900 to 2100
//   form.bad-date-or-year  (date-or-year) neither a real date nor a year from 1900 to 2100
//   form.bad-phone       not 0 or +84 then 8 to 10 digits
//   form.bad-email, form.bad-choice, form.bad-number,
//   form.bad-text        control characters, or longer than the field's maxLength
// Pure: no clock, no locale.
Result<QString> checkFieldValue(const FormField &field, const QString &value);

// A stored date or date-or-year value as a Vietnamese paper writes it: YYYY-MM-DD → dd/MM/yyyy, a
// year alone as is; `compact` gives ddMMyyyy (how the form view shows it for typing). Anything else
// is returned unchanged.
QString shownDateValue(const QString &stored, bool compact = false);

} // namespace motcua::forms

#pragma once

#include "domain/Result.h"
#include "domain/forms/FormDefinition.h"

#include <QByteArray>

namespace motcua::forms {

// The form definition file (docs/forms.md): UTF-8 JSON, one form per file,
//   {"format":"motcua-form","formatVersion":1,"id":"to-khai-khai-sinh","version":1,
//    "procedures":["1.001193"],"title":{"vi":"…","en":"…"},"source":"…","fields":[…],"sections":[…]}
// All or nothing: the first problem refuses the file, as an Error with
//   code "form.bad-json"  not JSON (detail "line 3, column 7: <Qt's reason>") or a key given twice;
//   code "form.invalid"   the wrong shape (detail "line 42: field 'child_name': unknown type 'txt'").
// Unknown keys are refused (a typo must not silently drop a rule). Lines are 1-based.
namespace FormDefinitionJson {

inline constexpr int kFormatVersion = 1;

Result<FormDefinition> parse(const QByteArray &json);

} // namespace FormDefinitionJson
} // namespace motcua::forms

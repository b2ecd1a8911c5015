#pragma once

#include "app/barcode/BarcodeReader.h"
#include "app/barcode/PayloadKind.h"

#include <QString>

namespace motcua {

// One line of `motcua-cli decode` output (stable contract, issue 4): a compact JSON object, UTF-8
// text not \u-escaped, keys in this order:
//   file, format, text, kind,
//   then  cccd {id, old_id, name, dob, gender, address, issued, extra, warnings}  for "cccd",
//         error                                                                 for "cccd-invalid",
//         receipt {dossier_code, lookup_code}                                    for "receipt",
//         separator {kind, label}  (label "" for a dossier separator)            for "separator",
//         form {id, version, hash, status, fields}                               for "form": status
//              "verified" (fields: name → value in the definition's order), "tampered" (the data
//              do not match the hash), "unknown-version" (no definition of it here), "bad-payload";
//              fields only when verified,
//   then  page (1-based page of the file the code is on).
// Dates are YYYY-MM-DD. No trailing newline.
QString decodeJsonLine(const QString &file, int page, const DecodedBarcode &code, const PayloadKind &kind);

// A JSON string literal: quotes, backslash and control characters escaped, everything else as is.
QString jsonQuoted(QStringView s);

} // namespace motcua

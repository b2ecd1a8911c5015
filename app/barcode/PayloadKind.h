#pragma once

#include "domain/cccd/CccdCard.h"
#include "domain/forms/FormPayload.h"
#include "domain/receipt/ReceiptPayload.h"
#include "domain/separator/SeparatorPayload.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace motcua {

// What a decoded text is, with the parsed value. `kind` is the stable name the CLI prints:
//   "cccd"          a chip ID card (card + warnings in `cccd`)
//   "cccd-invalid"  CCCD-shaped but broken (`cccd.error`)
//   "receipt"       one of our receipts (`receipt`)
//   "separator"     a separator sheet (`separator`)
//   "form"          a filled declaration form (`form`; issue 13)
//   "other"         anything else, including a MOTCUA tag we cannot read
struct PayloadKind {
    QString kind;
    CccdParseResult cccd;
    std::optional<ReceiptPayload> receipt;
    std::optional<SeparatorPayload> separator;
    std::optional<forms::FormPayload> form;

    static PayloadKind classify(QStringView text);
    static PayloadKind classify(const QString &text) { return classify(QStringView(text)); }
};

} // namespace motcua

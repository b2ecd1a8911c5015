#pragma once

#include "domain/Result.h"
#include "domain/codes/DossierCode.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace motcua {

// The QR printed on our own receipts. Format, version 1:
//
//     MOTCUA1|<dossier code>|<lookup code>
//
// e.g. `MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA`. Exactly three `|`-separated fields; the dossier
// code as DossierCode::parse reads it (`<office>-<yyMMdd>-<NN><SSSS>`), the lookup code as
// LookupCode::isWellFormed (6–8 characters, no look-alikes). Plain ASCII, so a QR of version 3–4
// at ECC M carries it and any phone or handheld scanner reads it. A later format gets a new tag
// (`MOTCUA2|…`); an unknown tag is "receipt.unsupported-version", not a crash.
struct ReceiptPayload {
    QString dossierCode;   // as printed, e.g. "38.98.H29-210519-010013"
    QString lookupCode;    // e.g. "7KQ9M2XA"

    static constexpr QStringView kTag = u"MOTCUA1";

    // The text to put in the QR. Error "receipt.bad-dossier-code" / "receipt.bad-lookup-code".
    Result<QString> toText() const;

    // A trailing CR/LF (keyboard-wedge scanners) is ignored. Errors (stable codes):
    // "receipt.not-receipt" (no MOTCUA tag), "receipt.unsupported-version", "receipt.bad-shape"
    // (not three fields), "receipt.bad-dossier-code", "receipt.bad-lookup-code". Never throws.
    static Result<ReceiptPayload> parse(QStringView text);
    static Result<ReceiptPayload> parse(const QString &text) { return parse(QStringView(text)); }
    static Result<ReceiptPayload> parseUtf8(QByteArrayView utf8);

    friend bool operator==(const ReceiptPayload &, const ReceiptPayload &) = default;
};

} // namespace motcua

#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace motcua {

// Something on a card that was read but deserves a look. `code` is stable and machine-readable
// ("unknown-province"); `args` are the facts a sentence needs (digits, years, ISO dates, the card's
// gender text), so ui/ can build a Vietnamese sentence from the code later. toString() is the
// short English form the CLI prints: "unknown-province: 099".
//
// Codes: unknown-province [code] · century-mismatch [digit, birth year] ·
//        gender-mismatch [digit, gender on card] · birth-year-mismatch [digits, birth year] ·
//        unknown-gender [text, ≤ 16 characters] · old-id-shape [length] ·
//        control-characters [the fields they were removed from: name, address, gender, old-id, extra]
struct CccdWarning {
    QString code;
    QStringList args;
    QString toString() const;
    friend bool operator==(const CccdWarning &, const CccdWarning &) = default;
};

// The fields of the chip ID card's QR (DOMAIN.md "The chip ID card (CCCD) QR"). Personal data:
// never log any of it.
struct CccdCard {
    enum class Sex { Unknown, Male, Female };

    QString id;        // 12 ASCII digits
    QString oldId;     // the old 9-digit number, or empty
    QString name;
    QDate dob;
    QString gender;    // "Nam" / "Nữ" when recognised (canonical spelling), else the text as read
    Sex sex = Sex::Unknown;
    QString address;
    QDate issued;
    QStringList extra; // fields after the seventh (newer cards), as read
    QString raw;       // the payload with a trailing CR/LF removed
};

struct CccdParseResult {
    enum Kind { NotCard, Invalid, Card };
    Kind kind = NotCard;
    Error error;                  // Invalid only: "cccd.too-few-fields", "cccd.bad-id", "cccd.bad-dob", ...
    CccdCard card;                // Card only
    QList<CccdWarning> warnings;  // Card only; empty when all agrees
};

// Reads the CCCD QR text. Rules (issue 4):
// - CCCD-shaped: the text contains `|` and its first field is one or more ASCII digits. Anything
//   else is NotCard (a receipt, a URL, a name…).
// - Invalid (error set): fewer than 7 fields ("cccd.too-few-fields"), a first field that is not 12
//   digits ("cccd.bad-id"), a date of birth or issue date that is not a real ddMMyyyy date
//   ("cccd.bad-dob", "cccd.bad-issued"), or more than kMaxChars characters ("cccd.too-long": no QR
//   holds that much, and it keeps hostile input from costing memory); text that was not valid
//   UTF-8 (U+FFFD, lone surrogates: "cccd.bad-encoding"); impossible dates: issued before birth
//   ("cccd.issued-before-birth"), and with `today` given, born or issued after it
//   ("cccd.born-in-future", "cccd.issued-in-future"); a name that is empty ("cccd.no-name").
// - Control and invisible format characters in the text fields (name, address, gender, old ID,
//   extras) are removed and white space collapsed, with a "control-characters" warning.
// `today` is the counter's date from the caller's clock (never read here, so tests are
// deterministic); invalid: the checks against today are skipped (a reader showing what a code holds).
// - Fields after the seventh are kept in `extra`, without a warning.
// - Warnings: see CccdWarning. A non-empty old ID that is not 9 digits is a warning
//   ("old-id-shape"), not an error: the rest of the card is still good, and the old number is
//   only a help for matching old records.
// Trailing CR/LF (keyboard-wedge scanners end with Enter) is removed; fields are trimmed of
// surrounding white space. Never asserts, never throws; any input is fine.
class CccdParser {
public:
    static constexpr qsizetype kMaxChars = 8192;

    static CccdParseResult parse(QStringView payload, QDate today = {});
    static CccdParseResult parse(const QString &payload, QDate today = {}) { return parse(QStringView(payload), today); }
    static CccdParseResult parseUtf8(QByteArrayView utf8, QDate today = {});   // invalid bytes: cccd.bad-encoding
    static bool isCccdShaped(QStringView payload);
};

} // namespace motcua

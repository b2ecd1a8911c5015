#pragma once
// What must hold for any input to the payload parsers. Shared by the libFuzzer targets (which
// abort on a violation) and tst_fuzzcorpus (which replays the corpus in the normal build).
// Each function returns an empty string when all holds, else what broke.
#include "domain/cccd/CccdCard.h"
#include "domain/receipt/ReceiptPayload.h"
#include "domain/separator/SeparatorPayload.h"

#include <QByteArrayView>
#include <QString>

namespace motcua::fuzz {

inline QString checkCccd(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const CccdParseResult r = CccdParser::parse(text);
    if ((r.kind != CccdParseResult::NotCard) != CccdParser::isCccdShaped(text))
        return QStringLiteral("kind disagrees with isCccdShaped");
    switch (r.kind) {
    case CccdParseResult::NotCard:
        if (!r.warnings.isEmpty() || !r.error.code.isEmpty())
            return QStringLiteral("NotCard with warnings or error");
        break;
    case CccdParseResult::Invalid:
        if (!r.error.code.startsWith(QStringLiteral("cccd.")) || !r.warnings.isEmpty())
            return QStringLiteral("Invalid without a cccd.* error, or with warnings");
        break;
    case CccdParseResult::Card: {
        const CccdCard &c = r.card;
        if (c.id.size() != 12 || !c.dob.isValid() || !c.issued.isValid() || !r.error.code.isEmpty())
            return QStringLiteral("Card with a bad id or date");
        if (c.sex == CccdCard::Sex::Unknown && c.gender != QStringLiteral("Nam") && c.gender != QString::fromUtf16(u"Nữ")) {
            // fine: an unknown gender text, which must carry a warning
            bool warned = false;
            for (const auto &w : r.warnings)
                warned = warned || w.code == QStringLiteral("unknown-gender");
            if (!warned)
                return QStringLiteral("unknown gender without a warning");
        }
        for (const auto &w : r.warnings) {
            if (w.code.isEmpty() || w.toString().isEmpty())
                return QStringLiteral("empty warning");
        }
        // Parsing the raw text again gives the same card: nothing depends on state.
        const CccdParseResult again = CccdParser::parse(c.raw);
        if (again.kind != CccdParseResult::Card || again.card.id != c.id || again.warnings != r.warnings
            || again.card.extra != c.extra)
            return QStringLiteral("reparsing raw text differs");
        break;
    }
    }
    return {};
}

inline QString checkReceiptAndSeparator(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const auto receipt = ReceiptPayload::parse(text);
    const auto separator = SeparatorPayload::parse(text);
    if (receipt.ok() && separator.ok())
        return QStringLiteral("both a receipt and a separator");
    if (receipt.ok()) {
        const auto back = receipt->toText();
        if (!back.ok() || ReceiptPayload::parse(*back).value() != *receipt)
            return QStringLiteral("receipt does not round-trip");
    } else if (!receipt.error().code.startsWith(QStringLiteral("receipt."))) {
        return QStringLiteral("receipt error without a receipt.* code");
    }
    if (separator.ok()) {
        const auto back = separator->toText();
        if (!back.ok() || SeparatorPayload::parse(*back).value() != *separator)
            return QStringLiteral("separator does not round-trip");
    } else if (!separator.error().code.startsWith(QStringLiteral("separator."))) {
        return QStringLiteral("separator error without a separator.* code");
    }
    if ((receipt.ok() || separator.ok()) && CccdParser::isCccdShaped(text))
        return QStringLiteral("one of ours is also CCCD-shaped");
    return {};
}

} // namespace motcua::fuzz

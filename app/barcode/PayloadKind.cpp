#include "app/barcode/PayloadKind.h"

namespace motcua {

PayloadKind PayloadKind::classify(QStringView text)
{
    // The three shapes cannot overlap (a card starts with digits, ours with "MOTCUA"), so the
    // order only saves work.
    PayloadKind k;
    if (auto sep = SeparatorPayload::parse(text)) {
        k.kind = QStringLiteral("separator");
        k.separator = std::move(sep).value();
        return k;
    }
    if (auto form = forms::FormPayload::parse(text)) {
        k.kind = QStringLiteral("form");
        k.form = std::move(form).value();
        return k;
    }
    if (auto rec = ReceiptPayload::parse(text)) {
        k.kind = QStringLiteral("receipt");
        k.receipt = std::move(rec).value();
        return k;
    }
    k.cccd = CccdParser::parse(text);
    switch (k.cccd.kind) {
    case CccdParseResult::Card: k.kind = QStringLiteral("cccd"); break;
    case CccdParseResult::Invalid: k.kind = QStringLiteral("cccd-invalid"); break;
    case CccdParseResult::NotCard: k.kind = QStringLiteral("other"); break;
    }
    return k;
}

} // namespace motcua

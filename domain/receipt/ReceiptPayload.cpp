#include "domain/receipt/ReceiptPayload.h"

#include "domain/codes/LookupCode.h"

namespace motcua {
namespace {

QStringView trimTrailingNewlines(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'\n' || s.back() == u'\r'))
        s.chop(1);
    return s;
}

// Anything this long is not one of ours: keeps the regular expressions off megabytes of input.
constexpr qsizetype kMaxChars = 256;

Status checkCodes(QStringView dossier, QStringView lookup)
{
    if (dossier.size() > kMaxChars || !DossierCode::parse(dossier.toString()).ok())
        return Error(QStringLiteral("receipt.bad-dossier-code"), QStringLiteral("not a dossier code"));
    if (!LookupCode::isWellFormed(lookup.toString()))
        return Error(QStringLiteral("receipt.bad-lookup-code"), QStringLiteral("not a lookup code"));
    return {};
}

} // namespace

Result<QString> ReceiptPayload::toText() const
{
    if (const Status s = checkCodes(dossierCode, lookupCode); !s.ok())
        return s.error();
    return QString(kTag.toString() + QLatin1Char('|') + dossierCode + QLatin1Char('|') + lookupCode);
}

Result<ReceiptPayload> ReceiptPayload::parseUtf8(QByteArrayView utf8)
{
    return parse(QString::fromUtf8(utf8));
}

Result<ReceiptPayload> ReceiptPayload::parse(QStringView input)
{
    const QStringView text = trimTrailingNewlines(input);
    const qsizetype bar = text.indexOf(u'|');
    const QStringView tag = bar < 0 ? text : text.first(bar);
    if (!tag.startsWith(u"MOTCUA") || tag.startsWith(u"MOTCUA-"))   // MOTCUA-SEP1 is a separator
        return Error(QStringLiteral("receipt.not-receipt"), QStringLiteral("no MOTCUA tag"));
    if (tag != kTag)
        return Error(QStringLiteral("receipt.unsupported-version"), QStringLiteral("tag is not MOTCUA1"));
    if (bar < 0 || text.size() > kMaxChars)
        return Error(QStringLiteral("receipt.bad-shape"), QStringLiteral("not MOTCUA1|dossier|lookup"));
    const QStringView rest = text.sliced(bar + 1);
    const qsizetype bar2 = rest.indexOf(u'|');
    if (bar2 < 0 || rest.indexOf(u'|', bar2 + 1) >= 0)
        return Error(QStringLiteral("receipt.bad-shape"), QStringLiteral("not MOTCUA1|dossier|lookup"));
    const QStringView dossier = rest.first(bar2);
    const QStringView lookup = rest.sliced(bar2 + 1);
    if (const Status s = checkCodes(dossier, lookup); !s.ok())
        return s.error();
    return ReceiptPayload{dossier.toString(), lookup.toString()};
}

} // namespace motcua

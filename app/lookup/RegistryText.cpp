#include "app/lookup/RegistryText.h"

namespace motcua::lookup {

QString RegistryText::ageText(const QDateTime &fetchedAt, const QDateTime &now)
{
    const qint64 secs = std::max<qint64>(0, fetchedAt.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    return tr("%n day(s) ago", nullptr, int(secs / 86400));
}

QString RegistryText::sourceText(const RegistryAnswer &answer, const QDateTime &now)
{
    using Source = RegistryAnswer::Source;
    switch (answer.source) {
    case Source::NotEnrolled: return {};
    case Source::Portal:
        return answer.found ? tr("From the portal's population registry, updated %1.").arg(ageText(answer.fetchedAt, now))
                            : tr("The population registry does not know this ID number.");
    case Source::Cache:
        return tr("From the cache, updated %1 (the portal cannot be reached).").arg(ageText(answer.fetchedAt, now));
    case Source::Unreachable:
        if (answer.error && (answer.error->code == QLatin1String("device.revoked") || answer.error->code == QLatin1String("device.unknown")))
            return tr("This device has been revoked on the portal: the registry cannot be asked, and its cached answers were deleted.");
        return tr("The portal cannot be reached and nothing is cached for this citizen: go on with the card's QR or by typing.");
    }
    return {};
}

QString RegistryText::documentKindName(const QString &kind)
{
    if (kind == QLatin1String("marriage-certificate"))
        return tr("Marriage certificate");
    if (kind == QLatin1String("marital-status-certificate"))
        return tr("Certificate of marital status");
    if (kind == QLatin1String("lawful-residence-proof"))
        return tr("Proof of lawful residence");
    if (kind == QLatin1String("ownership-certificate"))
        return tr("Certificate of ownership");
    if (kind == QLatin1String("birth-certificate"))
        return tr("Birth certificate");
    return kind;
}

QString RegistryText::documentText(const RegistryDocument &d)
{
    QStringList parts;
    parts << (d.number.isEmpty() ? documentKindName(d.kind) : tr("%1 No. %2").arg(documentKindName(d.kind), d.number));
    if (!d.issuer.isEmpty())
        parts << d.issuer;
    if (d.issuedAt.isValid())
        parts << d.issuedAt.toString(QStringLiteral("dd/MM/yyyy"));
    return parts.join(QStringLiteral(", "));
}

} // namespace motcua::lookup

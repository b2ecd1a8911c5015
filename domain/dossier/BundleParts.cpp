#include "domain/dossier/BundleParts.h"

#include <cmath>

namespace motcua {
namespace {

const QString kPart = QStringLiteral("part");
const QString kParts = QStringLiteral("parts");
const QString kAuthority = QStringLiteral("authority");
const QString kProcedure = QStringLiteral("procedure");

// A JSON number that is a whole number >= 1 (1.0 is fine, 1.5 and "1" are not).
std::optional<int> positiveInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 1 || d > 1e6 || std::trunc(d) != d)
        return std::nullopt;
    return int(d);
}

} // namespace

QJsonArray bundlePartsPayload(const Bundle &bundle)
{
    QJsonArray out;
    for (qsizetype i = 0; i < bundle.authorities.size(); ++i) {
        QJsonObject part{{kPart, int(i + 1)}, {kAuthority, bundle.authorities[i]}};
        if (i < bundle.procedures.size())
            part.insert(kProcedure, bundle.procedures[i]);
        out.append(part);
    }
    return out;
}

Result<QList<BundlePart>> partsFromPayload(const QJsonObject &receivedPayload)
{
    auto bad = [](const QString &d) { return Error(QStringLiteral("dossier.bad-payload"), d); };
    QList<BundlePart> parts;
    if (!receivedPayload.contains(kParts))
        return parts;
    const QJsonValue value = receivedPayload.value(kParts);
    if (!value.isArray() || value.toArray().isEmpty())
        return bad(QStringLiteral("parts must be a non-empty array"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("parts[%1]").arg(i);
        if (!array[i].isObject())
            return bad(where + QStringLiteral(" is not an object"));
        const QJsonObject o = array[i].toObject();
        BundlePart p;
        p.number = int(i + 1);
        if (positiveInt(o.value(kPart)) != p.number)
            return bad(where + QStringLiteral(" needs part ") + QString::number(p.number));
        p.authority = o.value(kAuthority).toString();
        if (p.authority.trimmed().isEmpty())
            return bad(where + QStringLiteral(" needs authority"));
        const QJsonValue procedure = o.value(kProcedure);
        if (!procedure.isUndefined() && !procedure.isString())
            return bad(where + QStringLiteral(" procedure is not a string"));
        p.procedure = procedure.toString();
        parts << p;
    }
    return parts;
}

bool namesPart(const Event &event)
{
    return (event.type == EventType::Transferred || event.type == EventType::ResultReady)
        && event.payload.contains(kPart);
}

std::optional<int> partNumber(const QJsonObject &payload)
{
    return positiveInt(payload.value(kPart));
}

QJsonObject partSentPayload(const BundlePart &part)
{
    return QJsonObject{{kPart, part.number}, {kAuthority, part.authority}};
}

QJsonObject partResultPayload(int number)
{
    return QJsonObject{{kPart, number}};
}

} // namespace motcua

#include "domain/dossier/Event.h"

#include "domain/dossier/CanonicalJson.h"

#include <QTimeZone>

namespace motcua {
namespace {

struct TypeName {
    EventType type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {EventType::Received, "Received"},
    {EventType::SupplementRequestedAtCounter, "SupplementRequestedAtCounter"},
    {EventType::ReceiptRefused, "ReceiptRefused"},
    {EventType::SupplementRequested, "SupplementRequested"},
    {EventType::SupplementReceived, "SupplementReceived"},
    {EventType::Transferred, "Transferred"},
    {EventType::Appraised, "Appraised"},
    {EventType::Approved, "Approved"},
    {EventType::Rejected, "Rejected"},
    {EventType::ResultReady, "ResultReady"},
    {EventType::Returned, "Returned"},
    {EventType::Withdrawn, "Withdrawn"},
    {EventType::Stopped, "Stopped"},
    {EventType::Extended, "Extended"},
    {EventType::ComponentAttached, "ComponentAttached"},
    {EventType::NoteAdded, "NoteAdded"},
    {EventType::SubmittedOnline, "SubmittedOnline"},
};

QJsonObject canonicalFields(const Event &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), uuidText(e.uuid));
    o.insert(QStringLiteral("dossier"), e.dossier);
    o.insert(QStringLiteral("type"), eventTypeName(e.type));
    o.insert(QStringLiteral("payload"), e.payload);
    o.insert(QStringLiteral("officer"), e.officer);
    o.insert(QStringLiteral("role"), roleName(e.role));
    o.insert(QStringLiteral("office"), e.office);
    o.insert(QStringLiteral("device"), e.device);
    // A sequence number stays far below 2^53, so a JSON number holds it exactly.
    o.insert(QStringLiteral("deviceSeq"), double(e.deviceSeq));
    o.insert(QStringLiteral("wallTime"), isoUtcMs(e.wallTime));
    o.insert(QStringLiteral("parent"), uuidText(e.parent));
    return o;
}

} // namespace

QString eventTypeName(EventType t)
{
    for (const auto &tn : kTypeNames) {
        if (tn.type == t)
            return QString::fromLatin1(tn.name);
    }
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &tn : kTypeNames) {
        if (name == QLatin1String(tn.name))
            return tn.type;
    }
    return std::nullopt;
}

QList<EventType> allEventTypes()
{
    QList<EventType> out;
    for (const auto &tn : kTypeNames)
        out << tn.type;
    return out;
}

QString isoUtcMs(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Formatted by hand: QDateTime::toString() is a few microseconds, and a rebuild writes five of
    // these per dossier. Same output as toString("yyyy-MM-ddTHH:mm:ss.zzz") + 'Z' for years 0–9999.
    const qint64 ms = t.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    const QDate d = QDate(1970, 1, 1).addDays(days);
    if (d.year() < 0 || d.year() > 9999)
        return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
    char buf[25];
    auto put = [&buf](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    buf[4] = '-';
    put(5, d.month(), 2);
    buf[7] = '-';
    put(8, d.day(), 2);
    buf[10] = 'T';
    put(11, int(rest / 3600000), 2);
    buf[13] = ':';
    put(14, int(rest / 60000 % 60), 2);
    buf[16] = ':';
    put(17, int(rest / 1000 % 60), 2);
    buf[19] = '.';
    put(20, int(rest % 1000), 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

QDateTime parseIsoUtcMs(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QByteArray Event::canonicalBytes() const
{
    return canonicalBytes(canonicalJson(payload));
}

QByteArray Event::canonicalBytes(const QByteArray &canonicalPayload) const
{
    // canonicalJson(canonicalFields(*this)) written member by member, the keys in their canonical
    // order (UTF-16 code units), without building the object: hashed three times for every event a
    // portal stores (checked, then sealed). tst_audit compares the two.
    QByteArray out;
    out.reserve(512);
    JsonObjectWriter o(out);
    o.member(QLatin1StringView("device"), device);
    o.member(QLatin1StringView("deviceSeq"), QJsonValue(double(deviceSeq)));
    o.member(QLatin1StringView("dossier"), dossier);
    o.member(QLatin1StringView("office"), office);
    o.member(QLatin1StringView("officer"), officer);
    o.member(QLatin1StringView("parent"), uuidText(parent));
    o.rawMember(QLatin1StringView("payload"), canonicalPayload);
    o.member(QLatin1StringView("role"), roleName(role));
    o.member(QLatin1StringView("type"), eventTypeName(type));
    o.member(QLatin1StringView("uuid"), uuidText(uuid));
    o.member(QLatin1StringView("wallTime"), isoUtcMs(wallTime));
    o.close();
    return out;
}

QJsonObject Event::toJson() const
{
    QJsonObject o = canonicalFields(*this);
    if (!deviceHash.isEmpty())
        o.insert(QStringLiteral("deviceHash"), QString::fromLatin1(deviceHash.toHex()));
    if (portalSeq > 0) {
        o.insert(QStringLiteral("portalSeq"), double(portalSeq));
        if (officeSeq > 0)
            o.insert(QStringLiteral("officeSeq"), double(officeSeq));
        o.insert(QStringLiteral("portalHash"), QString::fromLatin1(portalHash.toHex()));
    }
    return o;
}

Result<Event> Event::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &what) { return Error(QStringLiteral("event.bad-json"), what); };
    Event e;
    e.uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
    if (e.uuid.isNull())
        return bad(QStringLiteral("missing or invalid uuid"));
    e.dossier = o.value(QStringLiteral("dossier")).toString();
    if (e.dossier.isEmpty())
        return bad(QStringLiteral("missing dossier"));
    const auto type = eventTypeFromName(o.value(QStringLiteral("type")).toString());
    if (!type)
        return bad(QStringLiteral("unknown type"));
    e.type = *type;
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isObject() && !payload.isUndefined())
        return bad(QStringLiteral("payload is not an object"));
    e.payload = payload.toObject();
    e.officer = o.value(QStringLiteral("officer")).toString();
    const auto role = roleFromName(o.value(QStringLiteral("role")).toString());
    if (!role)
        return bad(QStringLiteral("unknown role"));
    e.role = *role;
    e.office = o.value(QStringLiteral("office")).toString();
    e.device = o.value(QStringLiteral("device")).toString();
    e.deviceSeq = qint64(o.value(QStringLiteral("deviceSeq")).toDouble());
    e.wallTime = parseIsoUtcMs(o.value(QStringLiteral("wallTime")).toString());
    if (!e.wallTime.isValid())
        return bad(QStringLiteral("invalid wallTime"));
    const QString parent = o.value(QStringLiteral("parent")).toString();
    if (!parent.isEmpty()) {
        e.parent = QUuid::fromString(parent);
        if (e.parent.isNull())
            return bad(QStringLiteral("invalid parent"));
    }
    e.deviceHash = QByteArray::fromHex(o.value(QStringLiteral("deviceHash")).toString().toLatin1());
    e.portalSeq = qint64(o.value(QStringLiteral("portalSeq")).toDouble());
    e.officeSeq = qint64(o.value(QStringLiteral("officeSeq")).toDouble());
    e.portalHash = QByteArray::fromHex(o.value(QStringLiteral("portalHash")).toString().toLatin1());
    return e;
}

} // namespace motcua

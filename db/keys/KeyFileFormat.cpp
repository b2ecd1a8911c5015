#include "db/keys/KeyFileFormat.h"

#include "db/keys/KeyCrypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace motcua::keys {

namespace {

// Throttle buckets for logins that have no slot are kept too (so an unknown login is throttled
// exactly like a known one and the throttle cannot be used to tell them apart), but capped so
// guessing many logins cannot grow the file without bound.
constexpr int kMaxUnknownBuckets = 32;
constexpr int kMaxFailures = 1000000;

const QString kFormatName = QStringLiteral("motcua-keys");

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

struct Reader {
    QString error;

    QJsonValue field(const QJsonObject &o, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() && error.isEmpty())
            error = QStringLiteral("missing field ") + QLatin1String(name);
        return v;
    }
    QByteArray bytes(const QJsonObject &o, const char *name, int exactLen, int minLen = -1)
    {
        const QJsonValue v = field(o, name);
        if (!error.isEmpty())
            return {};
        const QString s = v.toString();
        const QByteArray raw = s.toLatin1();
        const bool isHex = v.isString() && raw.size() % 2 == 0
            && std::all_of(raw.cbegin(), raw.cend(), [](char c) {
                   return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
               });
        const QByteArray b = isHex ? QByteArray::fromHex(raw) : QByteArray();
        const bool lenOk = exactLen >= 0 ? b.size() == exactLen : b.size() >= minLen;
        if (!isHex || !lenOk) {
            error = QStringLiteral("bad field ") + QLatin1String(name);
            return {};
        }
        return b;
    }
    qint64 integer(const QJsonObject &o, const char *name, qint64 lo, qint64 hi)
    {
        const QJsonValue v = field(o, name);
        if (!error.isEmpty())
            return 0;
        const double d = v.toDouble(-1);
        const qint64 i = qint64(d);
        if (!v.isDouble() || double(i) != d || i < lo || i > hi) {
            error = QStringLiteral("bad field ") + QLatin1String(name);
            return 0;
        }
        return i;
    }
    QDateTime time(const QJsonValue &v, const char *name)
    {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid()) {
            if (error.isEmpty())
                error = QStringLiteral("bad time in ") + QLatin1String(name);
            return {};
        }
        return t.toUTC();
    }
    QJsonArray array(const QJsonObject &o, const char *name)
    {
        const QJsonValue v = field(o, name);
        if (error.isEmpty() && !v.isArray())
            error = QStringLiteral("bad field ") + QLatin1String(name);
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const char *what)
    {
        if (error.isEmpty() && !v.isObject())
            error = QStringLiteral("bad entry in ") + QLatin1String(what);
        return v.toObject();
    }
};

} // namespace

SlotRecord *KeyFileData::findSlot(const QByteArray &id)
{
    for (auto &s : slotRecords)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SlotRecord *KeyFileData::findSlot(const QByteArray &id) const
{
    return const_cast<KeyFileData *>(this)->findSlot(id);
}

ThrottleRecord *KeyFileData::findThrottle(const QByteArray &id)
{
    for (auto &t : throttle)
        if (t.slotId == id)
            return &t;
    return nullptr;
}

const ThrottleRecord *KeyFileData::findThrottle(const QByteArray &id) const
{
    return const_cast<KeyFileData *>(this)->findThrottle(id);
}

ThrottleRecord &KeyFileData::throttleFor(const QByteArray &id)
{
    if (ThrottleRecord *t = findThrottle(id))
        return *t;
    // Evict the stalest buckets of ids that have no slot until there is room for one more.
    for (;;) {
        qsizetype unknown = 0;
        qsizetype oldest = -1;
        for (qsizetype i = 0; i < throttle.size(); ++i) {
            if (findSlot(throttle[i].slotId))
                continue;
            ++unknown;
            if (oldest < 0 || throttle[i].lastFailure < throttle[oldest].lastFailure)
                oldest = i;
        }
        if (unknown < kMaxUnknownBuckets || oldest < 0)
            break;
        throttle.removeAt(oldest);
    }
    ThrottleRecord rec;
    rec.slotId = id;
    throttle.append(rec);
    return throttle.last();
}

QByteArray serialize(const KeyFileData &d)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormatName);
    root.insert(QStringLiteral("version"), d.version);
    root.insert(QStringLiteral("workspace_id"), hex(d.workspaceId));
    root.insert(QStringLiteral("workspace_salt"), hex(d.workspaceSalt));
    root.insert(QStringLiteral("db_key_check"), hex(d.dbKeyCheck));

    QJsonArray slotArray;
    for (const SlotRecord &s : d.slotRecords) {
        QJsonObject kdf;
        kdf.insert(QStringLiteral("alg"), QStringLiteral("argon2id13"));
        kdf.insert(QStringLiteral("opslimit"), qint64(s.cost.opslimit));
        kdf.insert(QStringLiteral("memlimit"), qint64(s.cost.memlimit));
        kdf.insert(QStringLiteral("salt"), hex(s.kdfSalt));
        QJsonObject o;
        o.insert(QStringLiteral("id"), hex(s.id));
        o.insert(QStringLiteral("kdf"), kdf);
        o.insert(QStringLiteral("nonce"), hex(s.nonce));
        o.insert(QStringLiteral("ciphertext"), hex(s.ciphertext));
        o.insert(QStringLiteral("public_key"), hex(s.publicKey));
        o.insert(QStringLiteral("public_key_mac"), hex(s.publicKeyMac));
        slotArray.append(o);
    }
    root.insert(QStringLiteral("slots"), slotArray);

    QJsonArray grants;
    for (const GrantRecord &g : d.grants) {
        QJsonObject o;
        o.insert(QStringLiteral("slot"), hex(g.slotId));
        o.insert(QStringLiteral("from_check"), hex(g.fromCheck));
        o.insert(QStringLiteral("to_check"), hex(g.toCheck));
        o.insert(QStringLiteral("sealed"), hex(g.sealed));
        grants.append(o);
    }
    root.insert(QStringLiteral("grants"), grants);

    QJsonArray throttle;
    for (const ThrottleRecord &t : d.throttle) {
        if (t.failures <= 0)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("slot"), hex(t.slotId));
        o.insert(QStringLiteral("failures"), t.failures);
        o.insert(QStringLiteral("last_failure"), isoUtc(t.lastFailure));
        QJsonArray recent;
        for (const QDateTime &r : t.recent)
            recent.append(isoUtc(r));
        o.insert(QStringLiteral("recent"), recent);
        throttle.append(o);
    }
    root.insert(QStringLiteral("throttle"), throttle);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFileData> parse(const QByteArray &json)
{
    auto corrupt = [](const QString &why) { return Error(QStringLiteral("keys.corrupt-file"), why); };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return corrupt(QStringLiteral("JSON: ") + pe.errorString());
    if (!doc.isObject())
        return corrupt(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return corrupt(QStringLiteral("not a MotCua key file"));

    Reader r;
    KeyFileData d;
    d.version = int(r.integer(root, "version", 1, 1000));
    if (r.error.isEmpty() && d.version != kFormatVersion)
        return corrupt(QStringLiteral("unsupported key file version %1").arg(d.version));
    d.workspaceId = r.bytes(root, "workspace_id", kWorkspaceIdBytes);
    d.workspaceSalt = r.bytes(root, "workspace_salt", kWorkspaceSaltBytes);
    d.dbKeyCheck = r.bytes(root, "db_key_check", kKeyCheckBytes);

    for (const QJsonValue &v : r.array(root, "slots")) {
        const QJsonObject o = r.object(v, "slots");
        if (!r.error.isEmpty())
            break;
        SlotRecord s;
        s.id = r.bytes(o, "id", kSlotIdBytes);
        const QJsonObject kdf = r.object(r.field(o, "kdf"), "kdf");
        if (r.error.isEmpty() && kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13"))
            r.error = QStringLiteral("unsupported KDF");
        s.cost.opslimit = quint64(r.integer(kdf, "opslimit", 1, 1000));
        s.cost.memlimit = quint64(r.integer(kdf, "memlimit", 1, qint64(1) << 50));
        if (r.error.isEmpty() && !s.cost.isValid())
            r.error = QStringLiteral("KDF cost out of range");
        s.kdfSalt = r.bytes(kdf, "salt", kPwSaltBytes);
        s.nonce = r.bytes(o, "nonce", kNonceBytes);
        s.ciphertext = r.bytes(o, "ciphertext", -1, kAeadTagBytes + 1);
        s.publicKey = r.bytes(o, "public_key", kBoxPublicBytes);
        s.publicKeyMac = r.bytes(o, "public_key_mac", kMacBytes);
        if (r.error.isEmpty() && d.findSlot(s.id))
            r.error = QStringLiteral("duplicate slot id");
        if (!r.error.isEmpty())
            break;
        d.slotRecords.append(s);
    }

    for (const QJsonValue &v : r.array(root, "grants")) {
        const QJsonObject o = r.object(v, "grants");
        if (!r.error.isEmpty())
            break;
        GrantRecord g;
        g.slotId = r.bytes(o, "slot", kSlotIdBytes);
        g.fromCheck = r.bytes(o, "from_check", kKeyCheckBytes);
        g.toCheck = r.bytes(o, "to_check", kKeyCheckBytes);
        g.sealed = r.bytes(o, "sealed", kSealOverhead + kDbKeyBytes + kMacBytes);
        if (!r.error.isEmpty())
            break;
        d.grants.append(g);
    }

    for (const QJsonValue &v : r.array(root, "throttle")) {
        const QJsonObject o = r.object(v, "throttle");
        if (!r.error.isEmpty())
            break;
        ThrottleRecord t;
        t.slotId = r.bytes(o, "slot", kSlotIdBytes);
        t.failures = int(r.integer(o, "failures", 0, kMaxFailures));
        t.lastFailure = r.time(r.field(o, "last_failure"), "last_failure");
        for (const QJsonValue &rv : r.array(o, "recent"))
            t.recent.append(r.time(rv, "recent"));
        if (r.error.isEmpty() && d.findThrottle(t.slotId))
            r.error = QStringLiteral("duplicate throttle entry");
        if (!r.error.isEmpty())
            break;
        while (t.recent.size() > kRecentFailuresKept)
            t.recent.removeFirst();
        d.throttle.append(t);
    }

    if (!r.error.isEmpty())
        return corrupt(r.error);
    if (d.slotRecords.isEmpty())
        return corrupt(QStringLiteral("no key slot"));
    return d;
}

} // namespace motcua::keys

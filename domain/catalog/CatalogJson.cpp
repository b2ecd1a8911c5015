#include "domain/catalog/CatalogJson.h"

#include "domain/catalog/JsonPositions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace motcua::CatalogJson {

namespace {

const QString kInvalid = QStringLiteral("catalog.invalid");
const QString kBadJson = QStringLiteral("catalog.bad-json");

QString q(const QString &s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }

// Where we are while validating: the JSON pointer (for the line) and a human label
// ("procedure 1.001193: component 2") for the message.
struct Where {
    QString pointer;
    QString label;
    Where child(const QString &key, const QString &childLabel = {}) const
    {
        return {pointer + QLatin1Char('/') + JsonPositions::escapeKey(key),
                childLabel.isEmpty() ? label : label + QStringLiteral(": ") + childLabel};
    }
    Where item(qsizetype index, const QString &childLabel) const
    {
        return {pointer + QLatin1Char('/') + QString::number(index), label + QStringLiteral(": ") + childLabel};
    }
};

// Validating reader. Each check returns false after recording the first error; callers stop at
// once, so the first error is the one reported.
class Reader {
public:
    explicit Reader(const JsonPositions *positions) : m_positions(positions) {}

    bool fail(const QString &pointer, const QString &message)
    {
        if (m_error)
            return false;
        QString detail = message;
        if (m_positions) {
            const JsonPosition p = m_positions->at(pointer);
            if (p.line > 0)
                detail = QStringLiteral("line %1: ").arg(p.line) + message;
        }
        m_error = Error(kInvalid, detail);
        return false;
    }
    bool missing(const Where &w, const QString &key) { return fail(w.pointer, w.label + QStringLiteral(" has no ") + key); }
    bool bad(const Where &w, const QString &key, const QString &what)
    {
        return fail(w.child(key).pointer, w.label + QStringLiteral(": ") + q(key) + QLatin1Char(' ') + what);
    }
    const std::optional<Error> &error() const { return m_error; }

    bool onlyKeys(const QJsonObject &o, const Where &w, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *a : allowed)
                known = known || it.key() == QLatin1String(a);
            if (!known)
                return fail(w.child(it.key()).pointer, w.label + QStringLiteral(": unknown field ") + q(it.key()));
        }
        return true;
    }

    bool string(const QJsonObject &o, const Where &w, const char *key, QString &out, bool required, bool allowEmpty = false)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined())
            return !required || missing(w, k);
        if (!v.isString())
            return bad(w, k, QStringLiteral("must be a string"));
        out = v.toString();
        if (!allowEmpty && out.trimmed().isEmpty())
            return required ? missing(w, k) : bad(w, k, QStringLiteral("must not be empty"));
        return true;
    }

    bool boolean(const QJsonObject &o, const Where &w, const char *key, bool &out, bool required)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined())
            return !required || missing(w, k);
        if (!v.isBool())
            return bad(w, k, QStringLiteral("must be true or false"));
        out = v.toBool();
        return true;
    }

    // An integer (JSON numbers are doubles: reject fractions and anything beyond 2^53).
    bool integer(const QJsonValue &v, const Where &w, const QString &k, qint64 &out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
            return bad(w, k, QStringLiteral("must be an integer"));
        out = static_cast<qint64>(d);
        return true;
    }

    bool stringList(const QJsonObject &o, const Where &w, const char *key, QStringList &out, bool required)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined())
            return !required || missing(w, k);
        if (!v.isArray())
            return bad(w, k, QStringLiteral("must be a list of strings"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
                return fail(w.child(k).pointer + QLatin1Char('/') + QString::number(i),
                            w.label + QStringLiteral(": ") + q(k) + QStringLiteral(" entry %1 must be a non-empty string").arg(i + 1));
            out << a[i].toString();
        }
        return true;
    }

    bool array(const QJsonObject &o, const Where &w, const char *key, QJsonArray &out, bool required)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = o.value(k);
        if (v.isUndefined())
            return !required || missing(w, k);
        if (!v.isArray())
            return bad(w, k, QStringLiteral("must be a list"));
        out = v.toArray();
        return true;
    }

    bool objectItem(const QJsonArray &a, qsizetype i, const Where &w, QJsonObject &out)
    {
        if (!a[i].isObject())
            return fail(w.pointer, w.label + QStringLiteral(" must be an object"));
        out = a[i].toObject();
        return true;
    }

    bool limit(const QJsonObject &o, const Where &w, Procedure &p)
    {
        const QJsonValue v = o.value(QStringLiteral("limit"));
        if (v.isUndefined())
            return missing(w, QStringLiteral("limit"));
        if (v.isNull()) // stated as "—" in the record: no limit, never guessed
            return true;
        if (!v.isObject())
            return bad(w, QStringLiteral("limit"), QStringLiteral("must be an object or null"));
        const QJsonObject l = v.toObject();
        const Where lw = w.child(QStringLiteral("limit"), QStringLiteral("limit"));
        if (!onlyKeys(l, lw, {"unit", "amount", "nextDayAfter15"}))
            return false;
        QString unit;
        if (!string(l, lw, "unit", unit, true))
            return false;
        TimeLimit t;
        if (unit == QLatin1String("workingDays"))
            t.unit = TimeLimit::Unit::WorkingDays;
        else if (unit == QLatin1String("workingHours"))
            t.unit = TimeLimit::Unit::WorkingHours;
        else if (unit == QLatin1String("withinDay"))
            t.unit = TimeLimit::Unit::WithinDay;
        else
            return bad(lw, QStringLiteral("unit"), QStringLiteral("must be workingDays, workingHours or withinDay, not ") + q(unit));
        const QJsonValue amount = l.value(QStringLiteral("amount"));
        if (t.unit != TimeLimit::Unit::WithinDay) {
            qint64 n = 0;
            if (amount.isUndefined())
                return missing(lw, QStringLiteral("amount"));
            if (!integer(amount, lw, QStringLiteral("amount"), n))
                return false;
            if (n <= 0 || n > 3650)
                return bad(lw, QStringLiteral("amount"), QStringLiteral("must be between 1 and 3650, not %1").arg(n));
            t.amount = static_cast<int>(n);
        } else if (!amount.isUndefined() && !(amount.isDouble() && amount.toDouble() == 0)) {
            return bad(lw, QStringLiteral("amount"), QStringLiteral("must be omitted (or 0) for withinDay"));
        }
        if (!boolean(l, lw, "nextDayAfter15", t.nextDayAfter15, false))
            return false;
        p.limit = t;
        return true;
    }

    bool fee(const QJsonObject &o, const Where &w, Fee &f)
    {
        if (!onlyKeys(o, w, {"description", "amount", "maximum", "unit", "free", "verified"})
            || !string(o, w, "description", f.description, true) || !string(o, w, "unit", f.unit, false)
            || !boolean(o, w, "free", f.free, false) || !boolean(o, w, "verified", f.verified, false))
            return false;
        for (const char *key : {"amount", "maximum"}) {
            const QString k = QLatin1String(key);
            const QJsonValue v = o.value(k);
            if (v.isUndefined() && k == QLatin1String("amount"))
                return missing(w, k); // explicit null = "set by the province"; absence is a slip
            if (v.isUndefined() || v.isNull())
                continue;
            qint64 n = 0;
            if (!integer(v, w, k, n))
                return false;
            if (n < 0)
                return bad(w, k, QStringLiteral("must not be negative (%1)").arg(n));
            (k == QLatin1String("amount") ? f.amount : f.maximum) = n;
        }
        if (f.free && f.amount.value_or(0) != 0)
            return bad(w, QStringLiteral("amount"), QStringLiteral("must be 0 or null when the fee is free"));
        return true;
    }

    bool component(const QJsonObject &o, const Where &w, qsizetype index, Component &c)
    {
        if (!onlyKeys(o, w, {"number", "name", "required", "copies", "forms", "documentType", "note", "verified"}))
            return false;
        const QJsonValue num = o.value(QStringLiteral("number"));
        qint64 n = 0;
        if (num.isUndefined())
            return missing(w, QStringLiteral("number"));
        if (!integer(num, w, QStringLiteral("number"), n))
            return false;
        if (n != index + 1)
            return bad(w, QStringLiteral("number"),
                       QStringLiteral("is %1 but components must be numbered 1..n in order (expected %2)").arg(n).arg(index + 1));
        c.number = static_cast<int>(n);
        if (!string(o, w, "name", c.name, true) || !boolean(o, w, "required", c.required, true)
            || !string(o, w, "documentType", c.documentType, false) || !string(o, w, "note", c.note, false)
            || !boolean(o, w, "verified", c.verified, false))
            return false;
        if (!c.documentType.isEmpty() && !isValidDocumentType(c.documentType))
            return bad(w, QStringLiteral("documentType"), QStringLiteral("must be lower-case words joined by '-', not ") + q(c.documentType));
        const QJsonValue copies = o.value(QStringLiteral("copies"));
        if (!copies.isUndefined()) {
            qint64 k = 0;
            if (!integer(copies, w, QStringLiteral("copies"), k))
                return false;
            if (k < 1 || k > 100)
                return bad(w, QStringLiteral("copies"), QStringLiteral("must be between 1 and 100, not %1").arg(k));
            c.copies = static_cast<int>(k);
        }
        QStringList forms;
        if (!stringList(o, w, "forms", forms, true))
            return false;
        if (forms.isEmpty())
            return bad(w, QStringLiteral("forms"), QStringLiteral("must list at least one accepted form"));
        for (qsizetype i = 0; i < forms.size(); ++i) {
            const auto f = acceptedFormFromKey(forms[i]);
            const QString ptr = w.child(QStringLiteral("forms")).pointer + QLatin1Char('/') + QString::number(i);
            if (!f)
                return fail(ptr, w.label + QStringLiteral(": unknown accepted form ") + q(forms[i])
                                     + QStringLiteral(" (original, certifiedCopy, copyWithOriginal, electronic)"));
            if (c.forms.contains(*f))
                return fail(ptr, w.label + QStringLiteral(": accepted form ") + q(forms[i]) + QStringLiteral(" listed twice"));
            c.forms << *f;
        }
        return true;
    }

    bool bundle(const QJsonObject &o, const Where &w, Bundle &b)
    {
        if (!onlyKeys(o, w, {"procedures", "authorities", "note", "verified"}) || !stringList(o, w, "procedures", b.procedures, true)
            || !stringList(o, w, "authorities", b.authorities, true) || !string(o, w, "note", b.note, false)
            || !boolean(o, w, "verified", b.verified, false))
            return false;
        if (b.procedures.isEmpty())
            return bad(w, QStringLiteral("procedures"), QStringLiteral("must list the constituent procedures"));
        for (const QString &code : std::as_const(b.procedures))
            if (!isValidProcedureCode(code))
                return bad(w, QStringLiteral("procedures"), QStringLiteral("has a malformed code ") + q(code));
        return true;
    }

    bool procedure(const QJsonObject &o, const Where &at, Procedure &p)
    {
        Where w = at;
        // Name the procedure by its code in messages once the code is known to be sane.
        const QJsonValue codeValue = o.value(QStringLiteral("code"));
        if (codeValue.isString() && isValidProcedureCode(codeValue.toString()))
            w.label = QStringLiteral("procedure ") + codeValue.toString();
        if (!onlyKeys(o, w, {"code", "name", "sector", "level", "authority", "limit", "limitNote", "limitVerified", "fees",
                             "feesVerified", "results", "resultsVerified", "components", "toShow", "bundle", "source",
                             "verified", "note"})
            || !string(o, w, "code", p.code, true))
            return false;
        if (!isValidProcedureCode(p.code))
            return bad(w, QStringLiteral("code"), q(p.code) + QStringLiteral(" is not a procedure code (d.dddddd[.ddd.dd.dd.Xdd])"));
        QString level;
        if (!string(o, w, "name", p.name, true) || !string(o, w, "sector", p.sector, true) || !string(o, w, "level", level, true))
            return false;
        const auto lv = levelFromKey(level);
        if (!lv)
            return bad(w, QStringLiteral("level"), QStringLiteral("must be commune or province, not ") + q(level));
        p.level = *lv;
        if (!string(o, w, "authority", p.authority, true) || !limit(o, w, p) || !string(o, w, "limitNote", p.limitNote, false)
            || !boolean(o, w, "limitVerified", p.limitVerified, false) || !boolean(o, w, "feesVerified", p.feesVerified, false)
            || !stringList(o, w, "results", p.results, false) || !boolean(o, w, "resultsVerified", p.resultsVerified, false)
            || !string(o, w, "source", p.source, true) || !boolean(o, w, "verified", p.verified, true)
            || !string(o, w, "note", p.note, false))
            return false;

        QJsonArray list;
        if (!array(o, w, "fees", list, false))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Where fw = w.child(QStringLiteral("fees")).item(i, QStringLiteral("fee %1").arg(i + 1));
            QJsonObject fo;
            Fee f;
            if (!objectItem(list, i, fw, fo) || !fee(fo, fw, f))
                return false;
            p.fees << f;
        }
        list = {};
        if (!array(o, w, "components", list, true))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Where cw = w.child(QStringLiteral("components")).item(i, QStringLiteral("component %1").arg(i + 1));
            QJsonObject co;
            Component c;
            if (!objectItem(list, i, cw, co) || !component(co, cw, i, c))
                return false;
            p.components << c;
        }
        list = {};
        if (!array(o, w, "toShow", list, false))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Where sw = w.child(QStringLiteral("toShow")).item(i, QStringLiteral("document to show %1").arg(i + 1));
            QJsonObject so;
            ShownDocument d;
            if (!objectItem(list, i, sw, so) || !onlyKeys(so, sw, {"name", "documentType", "note"})
                || !string(so, sw, "name", d.name, true) || !string(so, sw, "documentType", d.documentType, false)
                || !string(so, sw, "note", d.note, false))
                return false;
            if (!d.documentType.isEmpty() && !isValidDocumentType(d.documentType))
                return bad(sw, QStringLiteral("documentType"), QStringLiteral("must be lower-case words joined by '-'"));
            p.toShow << d;
        }
        const QJsonValue b = o.value(QStringLiteral("bundle"));
        if (!b.isUndefined() && !b.isNull()) {
            const Where bw = w.child(QStringLiteral("bundle"), QStringLiteral("bundle"));
            if (!b.isObject())
                return bad(w, QStringLiteral("bundle"), QStringLiteral("must be an object"));
            Bundle bundleValue;
            if (!bundle(b.toObject(), bw, bundleValue))
                return false;
            if (bundleValue.procedures.contains(p.code))
                return bad(bw, QStringLiteral("procedures"), QStringLiteral("lists the bundle itself"));
            p.bundle = bundleValue;
        }
        return true;
    }

    bool catalog(const QJsonObject &o, Catalog &out)
    {
        const Where w{QString(), QStringLiteral("catalog")};
        if (!onlyKeys(o, w, {"format", "formatVersion", "version", "issued", "source", "procedures"}))
            return false;
        QString format, version, issuedText, source;
        if (!string(o, w, "format", format, true))
            return false;
        if (format != QLatin1String(kFormatName))
            return bad(w, QStringLiteral("format"), QStringLiteral("must be \"motcua-catalog\""));
        const QJsonValue fv = o.value(QStringLiteral("formatVersion"));
        qint64 formatVersion = 0;
        if (fv.isUndefined())
            return missing(w, QStringLiteral("formatVersion"));
        if (!integer(fv, w, QStringLiteral("formatVersion"), formatVersion))
            return false;
        if (formatVersion != kFormatVersion)
            return bad(w, QStringLiteral("formatVersion"), QStringLiteral("%1 is not supported (this program reads %2)").arg(formatVersion).arg(kFormatVersion));
        if (!string(o, w, "version", version, true) || !string(o, w, "issued", issuedText, true)
            || !string(o, w, "source", source, false))
            return false;
        const QDate issued = QDate::fromString(issuedText, Qt::ISODate);
        if (!issued.isValid() || issuedText.size() != 10)
            return bad(w, QStringLiteral("issued"), QStringLiteral("must be a date YYYY-MM-DD, not ") + q(issuedText));
        QJsonArray list;
        if (!array(o, w, "procedures", list, true))
            return false;
        if (list.isEmpty())
            return bad(w, QStringLiteral("procedures"), QStringLiteral("is empty"));

        QList<Procedure> procedures;
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Where pw = w.child(QStringLiteral("procedures")).item(i, {});
            const Where labelled{pw.pointer, QStringLiteral("procedure #%1").arg(i + 1)};
            QJsonObject po;
            Procedure p;
            if (!objectItem(list, i, labelled, po) || !procedure(po, labelled, p))
                return false;
            if (const auto it = seen.constFind(p.code); it != seen.constEnd()) {
                const int firstLine = m_positions ? m_positions->at(w.child(QStringLiteral("procedures")).pointer + QLatin1Char('/') + QString::number(*it)).line : 0;
                return fail(pw.pointer, QStringLiteral("procedure ") + p.code + QStringLiteral(": duplicate code")
                                            + (firstLine > 0 ? QStringLiteral(" (first at line %1)").arg(firstLine) : QString()));
            }
            seen.insert(p.code, i);
            procedures << p;
        }
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            const Procedure &p = procedures[i];
            if (!p.bundle)
                continue;
            for (const QString &code : std::as_const(p.bundle->procedures))
                if (!seen.contains(code))
                    return fail(w.child(QStringLiteral("procedures")).pointer + QLatin1Char('/') + QString::number(i) + QStringLiteral("/bundle"),
                                QStringLiteral("procedure ") + p.code + QStringLiteral(": bundle refers to unknown procedure ") + code);
        }
        out = Catalog(version, issued, source, procedures);
        return true;
    }

private:
    const JsonPositions *m_positions;
    std::optional<Error> m_error;
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

void putIfNotEmpty(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

Result<Catalog> parse(const QByteArray &input)
{
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 BOM, as some Windows editors write
        json = json.mid(3);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const JsonPosition p = JsonPositions::positionOf(json, pe.offset);
        return Error(kBadJson, QStringLiteral("line %1, column %2: %3").arg(p.line).arg(p.column).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return Error(kInvalid, QStringLiteral("line 1: the catalog must be a JSON object"));
    const JsonPositions positions = JsonPositions::scan(json);
    if (const auto &dup = positions.firstDuplicateKey())
        return Error(kBadJson, QStringLiteral("line %1, column %2: duplicate key %3")
                                   .arg(dup->position.line).arg(dup->position.column).arg(q(dup->pointer.section(QLatin1Char('/'), -1))));
    Reader reader(&positions);
    Catalog catalog;
    if (!reader.catalog(doc.object(), catalog))
        return *reader.error();
    return catalog;
}

Result<Procedure> procedureFromJson(const QJsonObject &object)
{
    Reader reader(nullptr);
    Procedure p;
    if (!reader.procedure(object, Where{QString(), QStringLiteral("procedure")}, p))
        return *reader.error();
    return p;
}

QJsonObject toJson(const Procedure &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), p.code);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("sector"), p.sector);
    o.insert(QStringLiteral("level"), levelKey(p.level));
    o.insert(QStringLiteral("authority"), p.authority);
    o.insert(QStringLiteral("limit"), p.limit ? QJsonValue(p.limit->toJson()) : QJsonValue(QJsonValue::Null));
    putIfNotEmpty(o, "limitNote", p.limitNote);
    o.insert(QStringLiteral("limitVerified"), p.limitVerified);
    QJsonArray fees;
    for (const Fee &f : p.fees) {
        QJsonObject fo;
        fo.insert(QStringLiteral("description"), f.description);
        fo.insert(QStringLiteral("amount"), f.amount ? QJsonValue(static_cast<double>(*f.amount)) : QJsonValue(QJsonValue::Null));
        if (f.maximum)
            fo.insert(QStringLiteral("maximum"), static_cast<double>(*f.maximum));
        putIfNotEmpty(fo, "unit", f.unit);
        fo.insert(QStringLiteral("free"), f.free);
        fo.insert(QStringLiteral("verified"), f.verified);
        fees.append(fo);
    }
    o.insert(QStringLiteral("fees"), fees);
    o.insert(QStringLiteral("feesVerified"), p.feesVerified);
    o.insert(QStringLiteral("results"), toArray(p.results));
    o.insert(QStringLiteral("resultsVerified"), p.resultsVerified);
    QJsonArray components;
    for (const Component &c : p.components) {
        QJsonObject co;
        co.insert(QStringLiteral("number"), c.number);
        co.insert(QStringLiteral("name"), c.name);
        co.insert(QStringLiteral("required"), c.required);
        co.insert(QStringLiteral("copies"), c.copies);
        QJsonArray forms;
        for (AcceptedForm f : c.forms)
            forms.append(acceptedFormKey(f));
        co.insert(QStringLiteral("forms"), forms);
        putIfNotEmpty(co, "documentType", c.documentType);
        putIfNotEmpty(co, "note", c.note);
        co.insert(QStringLiteral("verified"), c.verified);
        components.append(co);
    }
    o.insert(QStringLiteral("components"), components);
    QJsonArray shown;
    for (const ShownDocument &d : p.toShow) {
        QJsonObject so;
        so.insert(QStringLiteral("name"), d.name);
        putIfNotEmpty(so, "documentType", d.documentType);
        putIfNotEmpty(so, "note", d.note);
        shown.append(so);
    }
    o.insert(QStringLiteral("toShow"), shown);
    if (p.bundle) {
        QJsonObject bo;
        bo.insert(QStringLiteral("procedures"), toArray(p.bundle->procedures));
        bo.insert(QStringLiteral("authorities"), toArray(p.bundle->authorities));
        putIfNotEmpty(bo, "note", p.bundle->note);
        bo.insert(QStringLiteral("verified"), p.bundle->verified);
        o.insert(QStringLiteral("bundle"), bo);
    }
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("verified"), p.verified);
    putIfNotEmpty(o, "note", p.note);
    return o;
}

QJsonObject toJson(const Catalog &catalog)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormatName));
    o.insert(QStringLiteral("formatVersion"), kFormatVersion);
    o.insert(QStringLiteral("version"), catalog.version());
    o.insert(QStringLiteral("issued"), catalog.issued().toString(Qt::ISODate));
    putIfNotEmpty(o, "source", catalog.source());
    QJsonArray procedures;
    for (const Procedure &p : catalog.procedures())
        procedures.append(toJson(p));
    o.insert(QStringLiteral("procedures"), procedures);
    return o;
}

QByteArray serialize(const Catalog &catalog, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJson(catalog)).toJson(format);
}

} // namespace motcua::CatalogJson

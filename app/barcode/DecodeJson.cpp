#include "app/barcode/DecodeJson.h"

#include "app/forms/FormRegistry.h"

namespace motcua {
namespace {

// Builds `{"k":v,...}` in insertion order (QJsonObject would sort the keys).
class JsonObject {
public:
    JsonObject &str(const char *key, QStringView value) { return raw(key, jsonQuoted(value)); }
    JsonObject &num(const char *key, int value) { return raw(key, QString::number(value)); }
    JsonObject &list(const char *key, const QStringList &values)
    {
        QString v = QStringLiteral("[");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                v += QLatin1Char(',');
            v += jsonQuoted(values[i]);
        }
        return raw(key, v + QLatin1Char(']'));
    }
    JsonObject &raw(const char *key, const QString &json)
    {
        m_text += (m_text.isEmpty() ? QStringLiteral("{") : QStringLiteral(",")) + jsonQuoted(QString::fromLatin1(key))
            + QLatin1Char(':') + json;
        return *this;
    }
    QString text() const { return m_text.isEmpty() ? QStringLiteral("{}") : m_text + QLatin1Char('}'); }

private:
    QString m_text;
};

} // namespace

QString jsonQuoted(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString decodeJsonLine(const QString &file, int page, const DecodedBarcode &code, const PayloadKind &kind)
{
    JsonObject o;
    o.str("file", file).str("format", code.format).str("text", code.text).str("kind", kind.kind);
    if (kind.kind == QLatin1String("cccd")) {
        const CccdCard &c = kind.cccd.card;
        QStringList warnings;
        for (const CccdWarning &w : kind.cccd.warnings)
            warnings << w.toString();
        JsonObject card;
        card.str("id", c.id).str("old_id", c.oldId).str("name", c.name)
            .str("dob", c.dob.toString(Qt::ISODate)).str("gender", c.gender).str("address", c.address)
            .str("issued", c.issued.toString(Qt::ISODate)).list("extra", c.extra).list("warnings", warnings);
        o.raw("cccd", card.text());
    } else if (kind.kind == QLatin1String("cccd-invalid")) {
        o.str("error", kind.cccd.error.toString());
    } else if (kind.receipt) {
        o.raw("receipt", JsonObject().str("dossier_code", kind.receipt->dossierCode)
                             .str("lookup_code", kind.receipt->lookupCode).text());
    } else if (kind.form) {
        const forms::FormPayload &p = *kind.form;
        JsonObject form;
        form.str("id", p.formId).num("version", p.version).str("hash", p.hash);
        const forms::FormDefinition *d = forms::FormRegistry::bundled().find(p.formId, p.version);
        Result<QMap<QString, QString>> bound = d ? p.bind(*d) : Result<QMap<QString, QString>>(Error(QStringLiteral("form.unknown-version")));
        if (bound) {
            JsonObject fields;
            for (const forms::FormField &f : d->fields)
                fields.str(f.name.toUtf8().constData(), bound->value(f.name));
            form.str("status", u"verified").raw("fields", fields.text());
        } else {
            form.str("status", bound.error().code.mid(5));   // "form.tampered" → "tampered"
        }
        o.raw("form", form.text());
    } else if (kind.separator) {
        o.raw("separator", JsonObject().str("kind", SeparatorPayload::kindName(kind.separator->kind))
                               .str("label", kind.separator->label).text());
    }
    o.num("page", page);
    return o.text();
}

} // namespace motcua

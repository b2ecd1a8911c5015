#include "domain/forms/FormPayload.h"

#include <QCryptographicHash>

namespace motcua::forms {
namespace {

QString escaped(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (QChar c : v) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('|'))
            out += QLatin1String("\\|");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString body(const QString &formId, int version, const QStringList &values)
{
    QString b = formId + QLatin1Char('|') + QString::number(version);
    for (const QString &v : values)
        b += QLatin1Char('|') + escaped(v);
    return b;
}

} // namespace

QString FormPayload::hashOf(const QString &formId, int version, const QStringList &values)
{
    const QByteArray digest = QCryptographicHash::hash(body(formId, version, values).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QString FormPayload::encode(const QString &formId, int version, const QStringList &values)
{
    QString text = kTag.toString() + QLatin1Char('|') + formId + QLatin1Char('|') + QString::number(version) + QLatin1Char('|')
        + hashOf(formId, version, values);
    for (const QString &v : values)
        text += QLatin1Char('|') + escaped(v);
    return text;
}

Result<FormPayload> FormPayload::parse(QStringView text)
{
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    if (!text.startsWith(u"MOTCUA-FORM"))
        return Error(QStringLiteral("form.not-form"));
    if (!text.startsWith(kTag) || (text.size() > kTag.size() && text.at(kTag.size()) != QLatin1Char('|')))
        return Error(QStringLiteral("form.unsupported-payload"), text.left(text.indexOf(QLatin1Char('|'))).toString());

    // Split on unescaped '|', unescaping as we go.
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                return Error(QStringLiteral("form.bad-payload"), QStringLiteral("a trailing backslash"));
            const QChar n = text.at(++i);
            if (n == QLatin1Char('\\') || n == QLatin1Char('|'))
                current += n;
            else if (n == QLatin1Char('n'))
                current += QLatin1Char('\n');
            else
                return Error(QStringLiteral("form.bad-payload"), QStringLiteral("an unknown escape"));
        } else if (c == QLatin1Char('|')) {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    if (fields.size() < 5)
        return Error(QStringLiteral("form.bad-payload"), QStringLiteral("too few fields"));
    FormPayload p;
    p.formId = fields.at(1);
    bool ok = false;
    p.version = fields.at(2).toInt(&ok);
    if (!ok || p.version < 1 || p.formId.isEmpty())
        return Error(QStringLiteral("form.bad-payload"), QStringLiteral("no form id or version"));
    p.hash = fields.at(3);
    p.values = fields.mid(4);
    return p;
}

Result<QMap<QString, QString>> FormPayload::bind(const FormDefinition &definition) const
{
    if (definition.id != formId || definition.version != version)
        return Error(QStringLiteral("form.unknown-version"), QStringLiteral("%1 version %2").arg(formId).arg(version));
    if (values.size() != definition.fields.size())
        return Error(QStringLiteral("form.bad-payload"),
                     QStringLiteral("%1 values for %2 fields").arg(values.size()).arg(definition.fields.size()));
    if (!hashMatches())
        return Error(QStringLiteral("form.tampered"), QStringLiteral("the data do not match the printed hash"));
    QMap<QString, QString> out;
    for (qsizetype i = 0; i < values.size(); ++i)
        out.insert(definition.fields.at(i).name, values.at(i));
    return out;
}

} // namespace motcua::forms

#include "domain/forms/FieldCheck.h"

#include "domain/cccd/ProvinceCodes.h"

#include <QDate>
#include <QRegularExpression>

namespace motcua::forms {
namespace {

Error bad(const char *code, const FormField &f, const QString &why)
{
    return Error(QString::fromLatin1(code), QStringLiteral("field '%1': %2").arg(f.name, why));
}

QDate readDate(const QString &v)
{
    static const QRegularExpression compact(QStringLiteral("^([0-9]{2})([0-9]{2})([0-9]{4})$"));
    static const QRegularExpression slashed(QStringLiteral("^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$"));
    static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    if (auto m = iso.match(v); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    for (const QRegularExpression *re : {&compact, &slashed})
        if (auto m = re->match(v); m.hasMatch())
            return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

bool isYear(const QString &v)
{
    static const QRegularExpression year(QStringLiteral("^[0-9]{4}$"));
    return year.match(v).hasMatch() && v.toInt() >= 1900 && v.toInt() <= 2100;
}

} // namespace

QString shownDateValue(const QString &stored, bool compact)
{
    const QDate d = QDate::fromString(stored, Qt::ISODate);
    if (stored.size() != 10 || !d.isValid())
        return stored;
    return d.toString(compact ? QStringLiteral("ddMMyyyy") : QStringLiteral("dd/MM/yyyy"));
}

Result<QString> checkFieldValue(const FormField &f, const QString &raw)
{
    const QString v = raw.simplified();
    if (v.isEmpty())
        return QString();
    for (QChar c : raw)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            if (!(f.type == FieldType::LongText && c == QLatin1Char('\n')))
                return bad("form.bad-text", f, QStringLiteral("control characters"));
    if (v.size() > f.maxLength)
        return bad("form.bad-text", f, QStringLiteral("longer than %1 characters").arg(f.maxLength));

    switch (f.type) {
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Province:
    case FieldType::Commune:
        return v;
    case FieldType::Date: {
        const QDate d = readDate(v);
        if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
            return bad("form.bad-date", f, QStringLiteral("not a date (ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD)"));
        return d.toString(Qt::ISODate);
    }
    case FieldType::Year:
        if (!isYear(v))
            return bad("form.bad-year", f, QStringLiteral("not a year (yyyy)"));
        return v;
    case FieldType::DateOrYear: {
        if (isYear(v))
            return v;
        const QDate d = readDate(v);
        if (!d.isValid() || d.year() < 1900 || d.year() > 2100)
            return bad("form.bad-date-or-year", f, QStringLiteral("neither a date (ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD) nor a year (yyyy)"));
        return d.toString(Qt::ISODate);
    }
    case FieldType::IdNumber: {
        QString digits = v;
        digits.remove(QLatin1Char(' '));
        static const QRegularExpression twelve(QStringLiteral("^[0-9]{12}$"));
        if (!twelve.match(digits).hasMatch())
            return bad("form.bad-id-number", f, QStringLiteral("not 12 digits"));
        if (!ProvinceCodes::isKnown(QStringView(digits).left(3)))
            return bad("form.bad-id-number", f, QStringLiteral("its first three digits are no province code"));
        return digits;
    }
    case FieldType::Phone: {
        QString p = v;
        p.remove(QRegularExpression(QStringLiteral("[ .()-]")));
        static const QRegularExpression shape(QStringLiteral("^(\\+84|0)[0-9]{8,10}$"));
        if (!shape.match(p).hasMatch())
            return bad("form.bad-phone", f, QStringLiteral("not a Vietnamese phone number (0 or +84, then 8 to 10 digits)"));
        return p;
    }
    case FieldType::Email: {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!shape.match(v).hasMatch())
            return bad("form.bad-email", f, QStringLiteral("not an e-mail address"));
        return v;
    }
    case FieldType::Choice:
        for (const QString &c : f.choices)
            if (c.compare(v, Qt::CaseInsensitive) == 0)
                return c;
        return bad("form.bad-choice", f, QStringLiteral("not one of: ") + f.choices.join(QStringLiteral(", ")));
    case FieldType::Number: {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{1,4}$"));
        if (!shape.match(v).hasMatch())
            return bad("form.bad-number", f, QStringLiteral("not a whole number from 0 to 9999"));
        return QString::number(v.toInt());
    }
    }
    return v;
}

} // namespace motcua::forms

#include "domain/cccd/CccdCard.h"
#include "domain/cccd/ProvinceCodes.h"

#include <array>

namespace motcua {
namespace {

constexpr int kFields = 7;

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

QStringView trimTrailingNewlines(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'\n' || s.back() == u'\r'))
        s.chop(1);
    return s;
}

// ddMMyyyy, eight ASCII digits naming a real day (31022000 is not).
QDate parseCardDate(QStringView s)
{
    if (s.size() != 8 || !isAsciiDigits(s))
        return {};
    const int d = s.first(2).toInt();
    const int m = s.sliced(2, 2).toInt();
    const int y = s.sliced(4, 4).toInt();
    if (y < 1)   // QDate would take year 0 as invalid anyway; say so explicitly
        return {};
    return QDate(y, m, d);
}

// The 4th digit of the number: century of birth and sex. Even = male, odd = female;
// 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 1800s.
int centuryStart(int digit)
{
    static constexpr std::array<int, 5> starts{1900, 2000, 2100, 2200, 1800};
    return starts[static_cast<size_t>(digit / 2)];
}

CccdCard::Sex recogniseGender(const QString &text, QString *canonical)
{
    const QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    if (folded == QStringLiteral("nam")) {
        *canonical = QStringLiteral("Nam");
        return CccdCard::Sex::Male;
    }
    if (folded == QString::fromUtf16(u"nữ")) {
        *canonical = QString::fromUtf16(u"Nữ");
        return CccdCard::Sex::Female;
    }
    *canonical = text;
    return CccdCard::Sex::Unknown;
}

// Invalid UTF-8 arrives as U+FFFD (QString::fromUtf8, ZXing's text); a lone surrogate can come
// from a keyboard wedge. Neither is text a card holds.
bool hasBadEncoding(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QChar::ReplacementCharacter)
            return true;
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// A field without control (Cc) or format (Cf: zero-width, bidi overrides, BOM) characters, its
// white space collapsed. *cleaned tells whether such a character was removed.
QString cleanField(QStringView s, bool *cleaned)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const QChar::Category cat = c.category();
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            out.append(u' ');   // white space, collapsed below
        } else if (cat == QChar::Other_Control || cat == QChar::Other_Format) {
            *cleaned = true;
        } else {
            out.append(c);
        }
    }
    return out.simplified();
}

CccdParseResult invalid(const char *code, const QString &detail)
{
    CccdParseResult r;
    r.kind = CccdParseResult::Invalid;
    r.error = Error(QLatin1String(code), detail);
    return r;
}

} // namespace

QString CccdWarning::toString() const
{
    if (code == QLatin1String("century-mismatch") && args.size() == 2)
        return code + QStringLiteral(": digit ") + args[0] + QStringLiteral(" vs born ") + args[1];
    if (code == QLatin1String("gender-mismatch") && args.size() == 2)
        return code + QStringLiteral(": digit ") + args[0] + QStringLiteral(" vs ") + args[1];
    if (code == QLatin1String("birth-year-mismatch") && args.size() == 2)
        return code + QStringLiteral(": digits ") + args[0] + QStringLiteral(" vs born ") + args[1];
    if (code == QLatin1String("control-characters"))
        return code + QStringLiteral(" removed from: ") + args.join(QStringLiteral(", "));
    if (code == QLatin1String("old-id-shape") && args.size() == 1)
        return code + QStringLiteral(": ") + args[0] + QStringLiteral(" characters, not 9 digits");
    return args.isEmpty() ? code : code + QStringLiteral(": ") + args.join(QLatin1Char(' '));
}

bool CccdParser::isCccdShaped(QStringView payload)
{
    const qsizetype bar = payload.indexOf(u'|');
    return bar > 0 && isAsciiDigits(payload.first(bar));
}

CccdParseResult CccdParser::parseUtf8(QByteArrayView utf8, QDate today)
{
    return parse(QString::fromUtf8(utf8), today);
}

CccdParseResult CccdParser::parse(QStringView payload, QDate today)
{
    const QStringView text = trimTrailingNewlines(payload);
    if (!isCccdShaped(text))
        return {};
    if (text.size() > kMaxChars)
        return invalid("cccd.too-long", QStringLiteral("%1 characters, at most %2").arg(text.size()).arg(kMaxChars));
    if (hasBadEncoding(text))
        return invalid("cccd.bad-encoding", QStringLiteral("bytes that are not UTF-8 text"));

    // Split by hand on QStringView: no copies until we keep a field.
    QList<QStringView> fields;
    for (qsizetype from = 0;;) {
        const qsizetype bar = text.indexOf(u'|', from);
        if (bar < 0) {
            fields.append(text.sliced(from));
            break;
        }
        fields.append(text.sliced(from, bar - from));
        from = bar + 1;
    }
    if (fields.size() < kFields)
        return invalid("cccd.too-few-fields", QStringLiteral("%1 fields, at least %2 needed").arg(fields.size()).arg(kFields));
    const QStringView id = fields[0];
    if (id.size() != 12)
        return invalid("cccd.bad-id", QStringLiteral("%1 digits, 12 needed").arg(id.size()));
    const QDate dob = parseCardDate(fields[3].trimmed());
    if (!dob.isValid())
        return invalid("cccd.bad-dob", QStringLiteral("date of birth is not a real ddMMyyyy date"));
    const QDate issued = parseCardDate(fields[6].trimmed());
    if (!issued.isValid())
        return invalid("cccd.bad-issued", QStringLiteral("issue date is not a real ddMMyyyy date"));
    if (today.isValid() && dob > today)
        return invalid("cccd.born-in-future", QStringLiteral("the date of birth is after today"));
    if (issued < dob)
        return invalid("cccd.issued-before-birth", QStringLiteral("the issue date is before the date of birth"));
    if (today.isValid() && issued > today)
        return invalid("cccd.issued-in-future", QStringLiteral("the issue date is after today"));

    // Text fields: control and invisible format characters are removed (cleaning, with a warning
    // naming the fields); a name that is then empty is refused.
    QStringList cleanedFields;
    auto clean = [&cleanedFields](QStringView field, const char *name) {
        bool cleaned = false;
        QString out = cleanField(field, &cleaned);
        if (cleaned)
            cleanedFields << QLatin1String(name);
        return out;
    };
    CccdParseResult r;
    r.kind = CccdParseResult::Card;
    CccdCard &c = r.card;
    c.raw = text.toString();
    c.id = id.toString();
    c.oldId = clean(fields[1], "old-id");
    c.name = clean(fields[2], "name");
    if (c.name.isEmpty())
        return invalid("cccd.no-name", QStringLiteral("the name field is empty"));
    c.dob = dob;
    c.sex = recogniseGender(clean(fields[4], "gender"), &c.gender);
    c.address = clean(fields[5], "address");
    c.issued = issued;
    for (qsizetype i = kFields; i < fields.size(); ++i)
        c.extra.append(clean(fields[i], "extra"));
    cleanedFields.removeDuplicates();

    auto warn = [&r](const char *code, QStringList args) { r.warnings.append({QLatin1String(code), std::move(args)}); };

    if (!cleanedFields.isEmpty())
        warn("control-characters", cleanedFields);

    if (!c.oldId.isEmpty() && !(c.oldId.size() == 9 && isAsciiDigits(c.oldId)))
        warn("old-id-shape", {QString::number(c.oldId.size())});

    const QStringView province = id.first(3);
    if (!ProvinceCodes::isKnown(province))
        warn("unknown-province", {province.toString()});

    const int digit = id[3].unicode() - u'0';
    const int start = centuryStart(digit);
    const QString year = QString::number(dob.year());
    if (dob.year() < start || dob.year() > start + 99)
        warn("century-mismatch", {QString::number(digit), year});
    if (c.sex == CccdCard::Sex::Unknown)
        warn("unknown-gender", {c.gender.left(16)});
    else if ((digit % 2 == 1) != (c.sex == CccdCard::Sex::Female))
        warn("gender-mismatch", {QString::number(digit), c.gender});

    const QStringView yearDigits = id.sliced(4, 2);
    if (yearDigits.toInt() != dob.year() % 100)
        warn("birth-year-mismatch", {yearDigits.toString(), year});
    return r;
}

} // namespace motcua

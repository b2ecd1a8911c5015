#include "domain/forms/FormDefinition.h"

#include <array>
#include <utility>

namespace motcua::forms {
namespace {

constexpr std::array<std::pair<FieldType, const char *>, 12> kTypeNames{{
    {FieldType::Text, "text"},
    {FieldType::LongText, "long-text"},
    {FieldType::Date, "date"},
    {FieldType::Year, "year"},
    {FieldType::DateOrYear, "date-or-year"},
    {FieldType::IdNumber, "id-number"},
    {FieldType::Phone, "phone"},
    {FieldType::Email, "email"},
    {FieldType::Choice, "choice"},
    {FieldType::Number, "number"},
    {FieldType::Province, "province"},
    {FieldType::Commune, "commune"},
}};

} // namespace

QString fieldTypeName(FieldType t)
{
    for (const auto &[type, name] : kTypeNames)
        if (type == t)
            return QLatin1String(name);
    return {};
}

std::optional<FieldType> fieldTypeFromName(const QString &name)
{
    for (const auto &[type, n] : kTypeNames)
        if (name == QLatin1String(n))
            return type;
    return std::nullopt;
}

const FormField *FormDefinition::field(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &fields.at(i);
}

int FormDefinition::indexOf(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == name)
            return i;
    return -1;
}

const QStringList &prefillSources()
{
    // The chip card's QR (applicant.*), the contact the officer took (applicant.phone/email), the
    // counter's own authority and date; female_/male_applicant.* are the card's fields only when
    // the card holder is of that sex (the two sides of a marriage declaration).
    static const QStringList sources = [] {
        const QStringList card{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("old_id_number"),
                               QStringLiteral("birth_date"), QStringLiteral("birth_year"), QStringLiteral("gender"),
                               QStringLiteral("address"), QStringLiteral("id_issued")};
        QStringList all;
        for (const QString &prefix : {QStringLiteral("applicant."), QStringLiteral("female_applicant."), QStringLiteral("male_applicant.")})
            for (const QString &k : card)
                all << prefix + k;
        all << QStringLiteral("applicant.phone") << QStringLiteral("applicant.email") << QStringLiteral("office.authority")
            << QStringLiteral("today");
        return all;
    }();
    return sources;
}

const QStringList &suggestionSources()
{
    static const QStringList sources{QStringLiteral("relationship.parent"), QStringLiteral("applicant.province"),
                                     QStringLiteral("office.province")};
    return sources;
}

const QStringList &personFields()
{
    static const QStringList fields{QStringLiteral("name"),      QStringLiteral("birth_date"),  QStringLiteral("birth_year"),
                                    QStringLiteral("id_number"), QStringLiteral("gender"),      QStringLiteral("ethnicity"),
                                    QStringLiteral("nationality"), QStringLiteral("residence")};
    return fields;
}

} // namespace motcua::forms

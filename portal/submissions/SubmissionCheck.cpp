#include "portal/submissions/SubmissionCheck.h"

#include "portal/files/FileStore.h"
#include "portal/submissions/OnlineSubmissions.h"

#include <QDate>
#include <QJsonValue>

#include <cmath>
#include <QRegularExpression>
#include <QSet>

namespace motcua::portal {

QJsonArray toJson(const QList<FieldError> &errors)
{
    QJsonArray out;
    for (const FieldError &e : errors)
        out.append(QJsonObject{{QStringLiteral("field"), e.field}, {QStringLiteral("error"), e.code},
                               {QStringLiteral("message"), e.message}});
    return out;
}

namespace submissioncheck {
namespace {

constexpr int kMaxText = 500;

FieldError required(const QString &field)
{
    return {field, QStringLiteral("online.required"), QStringLiteral("This field is required.")};
}

FieldError badValue(const QString &field, const QString &rule)
{
    return {field, QStringLiteral("online.bad-value"), rule};
}

bool isDigits(const QString &s, int n)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return s.size() == n && digits.match(s).hasMatch();
}

bool isIsoDate(const QString &s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

void checkApplicant(const QJsonObject &a, QList<FieldError> &errors)
{
    static const QStringList kKeys{QStringLiteral("kind"),    QStringLiteral("idNumber"),     QStringLiteral("oldIdNumber"),
                                   QStringLiteral("name"),    QStringLiteral("dob"),          QStringLiteral("gender"),
                                   QStringLiteral("address"), QStringLiteral("issued"),       QStringLiteral("source"),
                                   QStringLiteral("businessCode"), QStringLiteral("representative"), QStringLiteral("phone"),
                                   QStringLiteral("email")};
    auto where = [](const QString &key) -> QString { return QStringLiteral("applicant.") + key; };
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!kKeys.contains(it.key()))
            errors << FieldError{where(it.key()), QStringLiteral("online.unknown-field"),
                                 QStringLiteral("Not a fact of an applicant (see Applicant::toJson).")};
        else if (!it.value().isString())
            errors << badValue(where(it.key()), QStringLiteral("Must be text."));
        else if (it.value().toString().size() > kMaxText)
            errors << badValue(where(it.key()), QStringLiteral("Too long (at most 500 characters)."));
    }
    const QString kind = a.value(QStringLiteral("kind")).toString(QStringLiteral("citizen"));
    if (kind != QLatin1String("citizen") && kind != QLatin1String("organisation"))
        errors << badValue(where(QStringLiteral("kind")), QStringLiteral("Must be citizen or organisation."));
    const bool citizen = kind != QLatin1String("organisation");
    auto text = [&a](const char *key) { return a.value(QLatin1String(key)).toString(); };
    if (text("name").trimmed().isEmpty())
        errors << required(where(QStringLiteral("name")));
    if (citizen && text("idNumber").isEmpty())
        errors << required(where(QStringLiteral("idNumber")));
    if (!citizen && text("businessCode").trimmed().isEmpty())
        errors << required(where(QStringLiteral("businessCode")));
    if (!text("idNumber").isEmpty() && !isDigits(text("idNumber"), 12))
        errors << badValue(where(QStringLiteral("idNumber")), QStringLiteral("Must be the 12 digits of a personal number."));
    if (!text("oldIdNumber").isEmpty() && !isDigits(text("oldIdNumber"), 9))
        errors << badValue(where(QStringLiteral("oldIdNumber")), QStringLiteral("Must be 9 digits."));
    for (const char *key : {"dob", "issued"}) {
        if (!text(key).isEmpty() && !isIsoDate(text(key)))
            errors << badValue(where(QLatin1String(key)), QStringLiteral("Must be a date YYYY-MM-DD."));
    }
    if (!text("gender").isEmpty() && text("gender") != QLatin1String("Nam") && text("gender") != QStringLiteral("Nữ"))
        errors << badValue(where(QStringLiteral("gender")), QStringLiteral("Must be Nam or Nữ."));
}

} // namespace

QList<FieldError> shape(const OnlineSubmission &s)
{
    QList<FieldError> errors;
    if (s.procedure.isEmpty())
        errors << required(QStringLiteral("procedure"));
    else if (s.procedure.size() > 64)
        errors << badValue(QStringLiteral("procedure"), QStringLiteral("Too long for a procedure code."));
    if (s.externalRef.isEmpty())
        errors << required(QStringLiteral("externalRef"));
    else if (s.externalRef.size() > 200)
        errors << badValue(QStringLiteral("externalRef"), QStringLiteral("Too long (at most 200 characters)."));
    checkApplicant(s.applicant, errors);
    if (s.components.isEmpty())
        errors << FieldError{QStringLiteral("components"), QStringLiteral("online.required"),
                             QStringLiteral("At least one component with its pages is required.")};
    QSet<int> numbers;
    for (qsizetype i = 0; i < s.components.size(); ++i) {
        const OnlineSubmission::Component &c = s.components[i];
        const QString where = QStringLiteral("components[%1]").arg(i);
        if (c.number < 1 || c.number > 999)
            errors << badValue(where + QStringLiteral(".number"), QStringLiteral("Must be a component number from 1 to 999."));
        else if (numbers.contains(c.number))
            errors << badValue(where + QStringLiteral(".number"), QStringLiteral("The same component number twice."));
        numbers.insert(c.number);
        if (c.pages.isEmpty())
            errors << FieldError{where + QStringLiteral(".pages"), QStringLiteral("online.required"),
                                 QStringLiteral("A component needs at least one page.")};
        for (qsizetype j = 0; j < c.pages.size(); ++j) {
            if (!FileStore::isValidHash(c.pages[j]))
                errors << badValue(where + QStringLiteral(".pages[%1]").arg(j), QStringLiteral("Must be a lowercase SHA-256."));
        }
    }
    return errors;
}

QList<FieldError> read(const QJsonObject &body, OnlineSubmission &out)
{
    QList<FieldError> errors;
    auto string = [&](const char *key, QString &to, bool mandatory) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (mandatory)
                errors << required(QLatin1String(key));
        } else if (!v.isString()) {
            errors << badValue(QLatin1String(key), QStringLiteral("Must be text."));
        } else {
            to = v.toString();
        }
    };
    string("office", out.office, true);
    string("procedure", out.procedure, false);   // empty: reported by shape()
    string("externalRef", out.externalRef, false);
    for (auto it = body.begin(); it != body.end(); ++it) {
        static const QStringList kKeys{QStringLiteral("office"), QStringLiteral("procedure"), QStringLiteral("externalRef"),
                                       QStringLiteral("applicant"), QStringLiteral("components")};
        if (!kKeys.contains(it.key()))
            errors << FieldError{it.key(), QStringLiteral("online.unknown-field"), QStringLiteral("Not a field of a submission.")};
    }
    const QJsonValue applicant = body.value(QStringLiteral("applicant"));
    if (applicant.isObject())
        out.applicant = applicant.toObject();
    else if (!applicant.isUndefined())
        errors << badValue(QStringLiteral("applicant"), QStringLiteral("Must be an object."));
    const QJsonValue components = body.value(QStringLiteral("components"));
    if (!components.isUndefined() && !components.isArray())
        errors << badValue(QStringLiteral("components"), QStringLiteral("Must be an array."));
    const QJsonArray list = components.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("components[%1]").arg(i);
        const QJsonObject c = list[i].toObject();
        OnlineSubmission::Component component;
        if (!list[i].isObject() || !c.value(QStringLiteral("number")).isDouble() || !c.value(QStringLiteral("pages")).isArray()) {
            errors << badValue(where, QStringLiteral("Must be {\"number\": N, \"pages\": [sha256, …]}."));
            continue;
        }
        const double number = c.value(QStringLiteral("number")).toDouble();
        component.number = number == std::floor(number) && number >= 0 && number <= 1e6 ? int(number) : -1;
        for (const QJsonValue &p : c.value(QStringLiteral("pages")).toArray())
            component.pages << (p.isString() ? p.toString() : QString());
        out.components << component;
    }
    return errors;
}

} // namespace submissioncheck
} // namespace motcua::portal

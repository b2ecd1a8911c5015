#include "domain/catalog/Procedure.h"

#include <QRegularExpression>

namespace motcua {

const Component *Procedure::component(int number) const
{
    for (const auto &c : components)
        if (c.number == number)
            return &c;
    return nullptr;
}

bool Procedure::fullyVerified() const
{
    if (!verified || !limitVerified || !feesVerified || !resultsVerified || (bundle && !bundle->verified))
        return false;
    for (const auto &f : fees)
        if (!f.verified)
            return false;
    for (const auto &c : components)
        if (!c.verified)
            return false;
    return true;
}

bool isValidProcedureCode(const QString &code)
{
    // National code d.dddddd (mã TTHC). A province localises it with its agency code
    // (Decision 20/2020/QĐ-TTg shape ddd.dd.dd.Xdd), e.g. 1.011442.000.00.00.H38.
    static const QRegularExpression re(
        QStringLiteral("^[0-9]\\.[0-9]{6}(\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2,3})?$"));
    return re.match(code).hasMatch();
}

bool isValidDocumentType(const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return type.size() <= 64 && re.match(type).hasMatch();
}

QString levelKey(ProcedureLevel level)
{
    return level == ProcedureLevel::Commune ? QStringLiteral("commune") : QStringLiteral("province");
}

std::optional<ProcedureLevel> levelFromKey(const QString &key)
{
    if (key == QLatin1String("commune"))
        return ProcedureLevel::Commune;
    if (key == QLatin1String("province"))
        return ProcedureLevel::Province;
    return std::nullopt;
}

QString acceptedFormKey(AcceptedForm form)
{
    switch (form) {
    case AcceptedForm::Original: return QStringLiteral("original");
    case AcceptedForm::CertifiedCopy: return QStringLiteral("certifiedCopy");
    case AcceptedForm::CopyWithOriginal: return QStringLiteral("copyWithOriginal");
    case AcceptedForm::Electronic: return QStringLiteral("electronic");
    }
    return {};
}

std::optional<AcceptedForm> acceptedFormFromKey(const QString &key)
{
    for (auto f : {AcceptedForm::Original, AcceptedForm::CertifiedCopy, AcceptedForm::CopyWithOriginal,
                   AcceptedForm::Electronic})
        if (acceptedFormKey(f) == key)
            return f;
    return std::nullopt;
}

QString acceptedFormName(AcceptedForm form)
{
    switch (form) {
    case AcceptedForm::Original: return QStringLiteral("Bản chính");
    case AcceptedForm::CertifiedCopy: return QStringLiteral("Bản sao có chứng thực");
    case AcceptedForm::CopyWithOriginal: return QStringLiteral("Bản sao xuất trình bản chính để đối chiếu");
    case AcceptedForm::Electronic: return QStringLiteral("Bản điện tử");
    }
    return {};
}

} // namespace motcua

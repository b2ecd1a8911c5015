#include "ui/receive/ReceiveText.h"

namespace motcua {

QString ReceiveText::limitText(const Procedure &p)
{
    if (!p.limit)
        return tr("no published time limit");
    switch (p.limit->unit) {
    case TimeLimit::Unit::WorkingDays: return tr("%n working day(s)", nullptr, p.limit->amount);
    case TimeLimit::Unit::WorkingHours: return tr("%n working hour(s)", nullptr, p.limit->amount);
    case TimeLimit::Unit::WithinDay: return tr("within the day");
    }
    return {};
}

QString ReceiveText::formsText(const Component &c)
{
    QStringList names;
    for (AcceptedForm f : c.forms)
        names << acceptedFormName(f);
    return names.join(QStringLiteral(" / "));
}

QString ReceiveText::qualityText(const QString &code)
{
    if (code == QLatin1String("quality.blank"))
        return tr("blank page, set aside");
    if (code == QLatin1String("quality.blurred"))
        return tr("blurred");
    if (code == QLatin1String("quality.low-resolution"))
        return tr("resolution too low");
    if (code == QLatin1String("quality.skewed"))
        return tr("skewed");
    if (code == QLatin1String("quality.too-dark"))
        return tr("too dark");
    if (code == QLatin1String("quality.too-light"))
        return tr("too light");
    if (code == QLatin1String("quality.too-few-pages"))
        return tr("fewer pages than expected");
    return tr("quality check: %1").arg(code);
}

QString ReceiveText::qualityList(const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << qualityText(c);
    return out.join(QStringLiteral(", "));
}

QString ReceiveText::cardWarningText(const CccdWarning &w)
{
    const QString a0 = w.args.value(0), a1 = w.args.value(1);
    if (w.code == QLatin1String("unknown-province"))
        return tr("The ID number starts with %1, which is no province code.").arg(a0);
    if (w.code == QLatin1String("century-mismatch"))
        return tr("The ID number's century digit (%1) does not match the year of birth %2.").arg(a0, a1);
    if (w.code == QLatin1String("gender-mismatch"))
        return tr("The ID number's gender digit (%1) does not match the gender on the card (%2).").arg(a0, a1);
    if (w.code == QLatin1String("birth-year-mismatch"))
        return tr("The ID number's year digits (%1) do not match the year of birth %2.").arg(a0, a1);
    if (w.code == QLatin1String("issued-before-birth"))
        return tr("The card's issue date %1 is before the date of birth %2.").arg(a0, a1);
    if (w.code == QLatin1String("unknown-gender"))
        return tr("The gender on the card (%1) is not recognised.").arg(a0);
    if (w.code == QLatin1String("old-id-shape"))
        return tr("The old ID number has %1 digits instead of 9.").arg(a0);
    return tr("The card needs a look (%1).").arg(w.toString());
}

} // namespace motcua

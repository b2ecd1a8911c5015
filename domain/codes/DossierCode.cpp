#include "domain/codes/DossierCode.h"

#include <QRegularExpression>

namespace motcua {
namespace {

const QRegularExpression &officeRe()
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Z]{2,4}(\\.[0-9A-Z]{2,4}){0,5}$"));
    return re;
}

const QRegularExpression &codeRe()
{
    static const QRegularExpression re(QStringLiteral("^(.+)-(\\d{2})(\\d{2})(\\d{2})-(\\d{2})(\\d{4})$"));
    return re;
}

} // namespace

bool isValidOfficeCode(const QString &code)
{
    return officeRe().match(code).hasMatch();
}

QString DossierCode::toString() const
{
    return office + QLatin1Char('-') + day.toString(QStringLiteral("yyMMdd")) + QLatin1Char('-')
        + QStringLiteral("%1%2").arg(deviceNumber, 2, 10, QLatin1Char('0')).arg(sequence, 4, 10, QLatin1Char('0'));
}

Result<DossierCode> DossierCode::parse(const QString &text)
{
    auto bad = [](const QString &why) { return Error(QStringLiteral("codes.bad-dossier-code"), why); };
    const auto m = codeRe().match(text);
    if (!m.hasMatch())
        return bad(QStringLiteral("not OFFICE-yyMMdd-NNSSSS"));
    DossierCode c;
    c.office = m.captured(1);
    if (!isValidOfficeCode(c.office))
        return bad(QStringLiteral("invalid office code"));
    // Two-digit years are 2000–2099: the system did not exist before.
    c.day = QDate(2000 + m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!c.day.isValid())
        return bad(QStringLiteral("invalid date"));
    c.deviceNumber = m.captured(5).toInt();
    c.sequence = m.captured(6).toInt();
    // 00 is the portal's (kPortalDeviceNumber: online submissions); a minter never hands it out.
    if (c.sequence < 1)
        return bad(QStringLiteral("sequence 0000"));
    return c;
}

DossierCodeMinter::DossierCodeMinter(QString officeCode, QString deviceId, int deviceNumber)
    : m_office(std::move(officeCode)), m_deviceId(std::move(deviceId)), m_deviceNumber(deviceNumber)
{
}

Result<DossierCode> DossierCodeMinter::mint(const QDate &day, DaySequenceSource &source) const
{
    if (!isValidOfficeCode(m_office))
        return Error(QStringLiteral("codes.bad-office"), QStringLiteral("invalid office code"));
    if (m_deviceNumber < 1 || m_deviceNumber > 99)
        return Error(QStringLiteral("codes.bad-device-number"), QString::number(m_deviceNumber));
    if (!day.isValid() || day.year() < 2000 || day.year() > 2099)
        return Error(QStringLiteral("codes.bad-day"), day.toString(Qt::ISODate));
    Result<int> seq = source.nextSequence(m_deviceId, day);
    if (!seq)
        return seq.error();
    if (*seq < 1 || *seq > 9999)
        return Error(QStringLiteral("codes.day-exhausted"), QString::number(*seq));
    return DossierCode{m_office, day, m_deviceNumber, *seq};
}

} // namespace motcua

#include "app/intake/ApplicantReader.h"

#include "app/barcode/BarcodeReader.h"

#include <QDateTime>
#include <QTimeZone>

namespace motcua::intake {

Applicant ApplicantReader::fromCard(const CccdCard &card)
{
    Applicant a;
    a.kind = Applicant::Kind::Citizen;
    a.idNumber = card.id;
    a.oldIdNumber = card.oldId;
    a.name = card.name;
    a.dateOfBirth = card.dob.toString(Qt::ISODate);
    a.gender = card.gender;
    a.address = card.address;
    a.issuedOn = card.issued.isValid() ? card.issued.toString(Qt::ISODate) : QString();
    a.source = QStringLiteral("card-qr");
    return a;
}

QDate ApplicantReader::today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date();
}

Result<CardReading> ApplicantReader::fromText(const QString &qrText, QDate today)
{
    const CccdParseResult r = CccdParser::parse(qrText, today);
    switch (r.kind) {
    case CccdParseResult::Card: return CardReading{fromCard(r.card), r.warnings};
    case CccdParseResult::Invalid: return r.error;
    case CccdParseResult::NotCard: break;
    }
    return Error(QStringLiteral("intake.not-a-card"), QStringLiteral("the code is not an ID card's"));
}

Result<CardReading> ApplicantReader::fromImage(const QImage &image, QDate today)
{
    Result<QList<DecodedBarcode>> codes = BarcodeReader::read(image);
    if (!codes)
        return codes.error();
    std::optional<Error> invalid;
    for (const DecodedBarcode &code : *codes) {
        Result<CardReading> r = fromText(code.text, today);
        if (r)
            return r;
        if (r.error().code != QLatin1String("intake.not-a-card"))
            invalid = r.error();
    }
    if (invalid)
        return *invalid;
    return Error(QStringLiteral("intake.not-a-card"),
                 codes->isEmpty() ? QStringLiteral("no code found on the image") : QStringLiteral("no ID-card code on the image"));
}

} // namespace motcua::intake

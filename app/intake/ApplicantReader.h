#pragma once

#include "app/intake/IntakeDraft.h"
#include "domain/Result.h"
#include "domain/cccd/CccdCard.h"

#include <QImage>
#include <QString>

namespace motcua::intake {

// A card read for the applicant step: the applicant it gives and what deserves a look.
struct CardReading {
    Applicant applicant;
    QList<CccdWarning> warnings;
};

// Turns what the counter has of an ID card — the QR text (a keyboard-wedge burst, pasted text) or an
// image of the card or of a scanned page — into an Applicant. Errors: intake.not-a-card (a code that
// is not an ID card's, or no code at all: detail says which), cccd.* (an ID-card QR that is invalid),
// barcode.* (the image). Pure: any thread.
class ApplicantReader {
public:
    static Result<CardReading> fromText(const QString &qrText);
    static Result<CardReading> fromImage(const QImage &image);
    static Applicant fromCard(const CccdCard &card);
};

} // namespace motcua::intake

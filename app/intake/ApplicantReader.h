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
// is not an ID card's, or no code at all: detail says which), cccd.* (an ID-card QR that is invalid:
// see CccdParser, e.g. cccd.bad-encoding, cccd.born-in-future), barcode.* (the image). Control
// characters removed from a name come back as a "control-characters" warning. Pure: any thread.
// `today` is the counter's date, for refusing a card born or issued in the future; callers with a
// clock pass theirs (tests pass a fixed date), the default is the date now in Vietnam.
class ApplicantReader {
public:
    static QDate today();   // the date now in Asia/Ho_Chi_Minh
    static Result<CardReading> fromText(const QString &qrText, QDate today = ApplicantReader::today());
    static Result<CardReading> fromImage(const QImage &image, QDate today = ApplicantReader::today());
    static Applicant fromCard(const CccdCard &card);
};

} // namespace motcua::intake

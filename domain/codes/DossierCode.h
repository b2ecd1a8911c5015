#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace motcua {

// A dossier code `<receiving office code>-<yyMMdd>-<NN><SSSS>` (ARCHITECTURE.md "Codes"):
// NN the device's two-digit number within its office (from enrollment, 01–99), SSSS the device's
// sequence for that day (0001–9999). Two devices of one office never share NN, and a device never
// reuses a (day, sequence), so offline counters never mint the same code.
struct DossierCode {
    QString office;        // e.g. "000.00.00.H30", "G12.18", "H55.242", "38.98.H29"
    QDate day;
    int deviceNumber = 0;  // 1..99 an enrolled device; 00 (kPortalDeviceNumber) the portal's online submissions
    int sequence = 0;      // 1..9999

    QString toString() const;                              // "38.98.H29-210519-010013"
    static Result<DossierCode> parse(const QString &text); // "codes.bad-dossier-code" with the reason
    friend bool operator==(const DossierCode &, const DossierCode &) = default;
};

// The number the portal mints online submissions' codes under (docs/sync-protocol.md "Online
// submissions"). Enrollment hands out 1–99 only and a stand-alone workspace mints as 01, and a
// minter refuses 0 (codes.bad-device-number), so no counter PC ever mints a code with NN = 00.
inline constexpr int kPortalDeviceNumber = 0;

// Office (agency) codes: dot-separated groups of 2–4 upper-case letters or digits, 1–6 groups
// (Decision 20/2020/QĐ-TTg shapes: `000.00.00.H30`, `G12.18`, `H55.242`, `38.98.H29`).
bool isValidOfficeCode(const QString &code);

// Where the minter gets the next sequence of a device for a day. The store implements it inside the
// same transaction as the Received event, so a crash never hands out a number twice nor loses one
// that was used. Must return 1 for the first call of a (device, day), then 2, 3 …
class DaySequenceSource {
public:
    virtual ~DaySequenceSource() = default;
    virtual Result<int> nextSequence(const QString &deviceId, const QDate &day) = 0;
};

class DossierCodeMinter {
public:
    // deviceId: the device's identity (what the store keys sequences by); deviceNumber: its NN.
    DossierCodeMinter(QString officeCode, QString deviceId, int deviceNumber);

    // The next code for `day` (the office-local calendar day of the receipt). Errors:
    // "codes.bad-office", "codes.bad-device-number", "codes.day-exhausted" (more than 9999 in a day),
    // or the source's error.
    Result<DossierCode> mint(const QDate &day, DaySequenceSource &source) const;

private:
    QString m_office;
    QString m_deviceId;
    int m_deviceNumber;
};

} // namespace motcua

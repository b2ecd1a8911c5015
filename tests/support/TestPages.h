#pragma once

// What the barcode tests draw their A4 pages with: the page size, sample payloads, and a code
// placed by its centre.
#include <QImage>
#include <QPointF>
#include <QString>

class QPainter;

namespace motcua::test {

constexpr int kA4W = 2480, kA4H = 3508;   // A4 at 300 dpi

// A chip ID card's QR text (Hồ Chí Minh City card, with the old 9-digit ID) and one of our receipts' QR text.
QString cardHcmPayload();
QString receiptPayload();

// `code` drawn with its centre at `at`, rotated by `angle` degrees (smoothly unless by quarter
// turns). The painter's state is left as it was.
void drawCentred(QPainter &p, const QImage &code, double angle, QPointF at);

} // namespace motcua::test

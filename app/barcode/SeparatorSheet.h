#pragma once

#include "domain/Result.h"
#include "domain/separator/SeparatorPayload.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace motcua {

// A printable separator sheet: an A4 page with a large QR (SeparatorPayload), a Vietnamese title
// ("TỜ PHÂN CÁCH HỒ SƠ" / "TỜ PHÂN CÁCH THÀNH PHẦN: <label>") and an instruction line. Put between
// the dossiers (and components) of a paper stack, it lets the digitizer split the scanned stack.
// Needs a QGuiApplication (fonts); the offscreen platform is fine.
class SeparatorSheet {
public:
    static QString title(const SeparatorPayload &payload);
    static QString instruction(const SeparatorPayload &payload);

    // Draws the sheet into `page` (device coordinates of the painter: the whole paper). Works on
    // any paint device (QPdfWriter here, a QPrinter in ui/). Errors as toText() / QrCode::encode.
    static Status paint(QPainter &painter, const QRectF &page, const SeparatorPayload &payload);

    // One A4 page, PDF/A-1b, vector QR. Errors: the payload's ("separator.bad-label"),
    // "separator.write-failed" (cannot write `path`).
    static Status writePdf(const SeparatorPayload &payload, const QString &path);
    static Status writePdf(SeparatorPayload::Kind kind, const QString &label, const QString &path)
    {
        return writePdf(SeparatorPayload{kind, label}, path);
    }
};

} // namespace motcua

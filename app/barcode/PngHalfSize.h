#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace motcua {

// A PNG file's page decoded straight to half its width and height in grey, with libpng's row API:
// each row is converted to 8-bit grey as it is inflated (any bit depth; palette expanded; colour by
// the luminance weights of BarcodeReader's half-size copy, (306 R + 601 G + 117 B) / 1024;
// transparency composed on white paper) and each 2×2 block averaged into a Grayscale8 image, so
// the full page is never allocated. An odd last row or column is left out, as in BarcodeReader.
// CRC and zlib (Adler-32) checks stay on and the file is read to its end: a corrupt or cut-short
// file gives a null image, never a plausible-looking page. Null too for anything else that this
// path does not take: not a PNG, interlaced (Adam7 rows do not arrive in order), shorter side below
// `minSide`, or bigger than QImageReader's allocation limit. The caller then decodes the file at
// full size with Qt, which says why it is unreadable, if it is.
class PngHalfSize {
public:
    struct Page {
        QImage half;   // Grayscale8, full / 2 rounded down
        QSize full;    // the file's own size
    };
    static Page read(const QString &path, int minSide);

    // Whether the file's first bytes are PNG's signature.
    static bool isPng(const QByteArray &head);
};

} // namespace motcua

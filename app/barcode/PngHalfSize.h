#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace motcua {

// A PNG file's page decoded straight to half its width and height in grey: each row converted to
// 8-bit grey (any bit depth; palette expanded; colour by the luminance weights of BarcodeReader's
// half-size copy, (306 R + 601 G + 117 B) / 1024; transparency composed on white paper) and each
// 2×2 block averaged into a Grayscale8 image (PngGreyAverage). An odd last row or column is left
// out, as in BarcodeReader. Two ways there, giving the same bits: the layouts scanners write (8
// bits, grey or colour, not interlaced) through PngChunks and PngInflate (libdeflate, the whole
// image data at once: 2–3× zlib's speed), everything else through libpng's row API, which never
// holds the full page. Either way the CRCs and zlib's Adler-32 are checked and the file is read
// to IEND: a corrupt or cut-short file gives a null image, never a plausible-looking page. Null too
// for anything else that neither path takes: not a PNG, interlaced (Adam7 rows do not arrive in
// order), shorter side below `minSide`, or bigger than QImageReader's allocation limit. The caller
// then decodes the file at full size with Qt, which says why it is unreadable, if it is.
class PngHalfSize {
public:
    struct Page {
        QImage half;   // Grayscale8, full / 2 rounded down
        QSize full;    // the file's own size
    };
    static Page read(const QString &path, int minSide);
    // Always through libpng: for the layouts PngInflate does not take, and for tests to compare.
    static Page readWithLibpng(const QString &path, int minSide);

    // Whether the file's first bytes are PNG's signature.
    static bool isPng(const QByteArray &head);
};

} // namespace motcua

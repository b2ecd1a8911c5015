#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>

namespace motcua::capture {

// Is an image file whole? Decoders are lenient: Qt's JPEG reader turns a file cut short (an
// interrupted copy, a half-sent e-mail attachment) into a page whose lower part is grey, with only
// a "Premature end of JPEG file" warning, and a PNG without its end may still give an image. A page
// kept that way is a half page in the dossier, so the file's structure is checked before decoding:
//  - JPEG: the markers walked from SOI, each segment's length inside the file, the entropy-coded
//    data scanned to its next marker, up to EOI (what follows EOI is ignored, as decoders do);
//  - PNG: PngChunks (every chunk's CRC, the critical chunks' order, the file reaching IEND).
// Other formats are left to their decoders. Error "import.damaged-image" with a technical detail
// (no file name): the officer is asked for a good copy.
class ImageIntegrity {
public:
    static Status checkFile(const QString &path);
    static Status checkBytes(QByteArrayView bytes);
    static Status checkJpeg(QByteArrayView bytes);
};

} // namespace motcua::capture

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace motcua {

// A whole PNG file in memory split into what decoding needs: IHDR's fields and the zlib stream of
// the IDAT chunks. Strict: the signature, every chunk's CRC (ancillary ones too: libpng only warns
// about those, we would rather let Qt decide), the order of the critical chunks (IHDR first and
// once, PLTE before the image data, one unbroken run of IDAT, IEND), IHDR's values, and the file
// reaching IEND. Any fault, or an unknown critical chunk, gives nullopt. What comes after IEND is
// ignored, as libpng does.
class PngChunks {
public:
    struct Header {
        std::uint32_t width = 0, height = 0;
        int bitDepth = 0;
        int colourType = 0;   // 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
        bool interlaced = false;
    };
    struct Stream {
        Header header;
        bool transparency = false;   // a tRNS chunk
        QByteArrayView single;   // the data of the only IDAT chunk, in the file
        QByteArray joined;       // or those of several, one after the other

        // The image data's zlib stream.
        QByteArrayView zlib() const { return joined.isEmpty() ? single : QByteArrayView(joined); }
    };

    static std::optional<Stream> split(QByteArrayView file);
};

} // namespace motcua

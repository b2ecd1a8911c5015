#include "app/barcode/PngChunks.h"

#include <QtEndian>

#include <libdeflate.h>

#include <vector>

namespace motcua {
namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr std::uint32_t kMaxLength = 0x7fffffffu;   // PNG's limit for lengths, widths and heights
constexpr std::uint32_t kMaxSide = 1000000;         // libpng's default user limit on either side

std::uint32_t bigEndian(const char *p)
{
    return qFromBigEndian<std::uint32_t>(p);
}

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// IHDR's 13 bytes, checked as libpng's png_check_IHDR does (with its default size limits).
std::optional<PngChunks::Header> parseHeader(QByteArrayView data)
{
    if (data.size() != 13)
        return std::nullopt;
    PngChunks::Header h;
    h.width = bigEndian(data.data());
    h.height = bigEndian(data.data() + 4);
    h.bitDepth = quint8(data[8]);
    h.colourType = quint8(data[9]);
    const int compression = quint8(data[10]), filter = quint8(data[11]), interlace = quint8(data[12]);
    h.interlaced = interlace == 1;
    if (h.width == 0 || h.height == 0 || h.width > kMaxSide || h.height > kMaxSide)
        return std::nullopt;
    if (compression != 0 || filter != 0 || interlace > 1)
        return std::nullopt;
    const int d = h.bitDepth;
    const bool anyDepth = d == 1 || d == 2 || d == 4 || d == 8 || d == 16;
    bool fits = false;
    switch (h.colourType) {
    case 0: fits = anyDepth; break;
    case 3: fits = anyDepth && d <= 8; break;
    case 2:
    case 4:
    case 6: fits = d == 8 || d == 16; break;
    default: break;
    }
    return fits ? std::optional(h) : std::nullopt;
}

} // namespace

std::optional<PngChunks::Stream> PngChunks::split(QByteArrayView file)
{
    const qsizetype signatureSize = sizeof kSignature - 1;
    if (file.size() < signatureSize || file.first(signatureSize) != QByteArrayView(kSignature, signatureSize))
        return std::nullopt;
    Stream stream;
    std::vector<QByteArrayView> idat;
    bool header = false, palette = false, idatEnded = false;
    qsizetype at = signatureSize;
    while (true) {
        if (file.size() - at < 12)
            return std::nullopt;   // cut short before IEND
        const std::uint32_t length = bigEndian(file.data() + at);
        const char *type = file.data() + at + 4;
        if (length > kMaxLength || qsizetype(length) > file.size() - at - 12)
            return std::nullopt;
        if (!isLetter(type[0]) || !isLetter(type[1]) || !isLetter(type[2]) || !isLetter(type[3]))
            return std::nullopt;
        // The CRC covers the type and the data.
        if (libdeflate_crc32(0, type, 4 + size_t(length)) != bigEndian(type + 4 + length))
            return std::nullopt;
        const QByteArrayView name(type, 4), data(type + 4, length);
        at += 12 + qsizetype(length);
        if (!header) {
            if (name != "IHDR")
                return std::nullopt;
            const auto h = parseHeader(data);
            if (!h)
                return std::nullopt;
            stream.header = *h;
            header = true;
            continue;
        }
        if (name == "IDAT") {
            if (idatEnded)
                return std::nullopt;   // IDAT chunks must follow one another
            idat.push_back(data);
            continue;
        }
        idatEnded = !idat.empty();
        if (name == "IEND")
            break;
        if (name == "PLTE") {
            // Once, before the image data, 1 to 256 entries, and not in a grey file.
            if (palette || idatEnded || data.isEmpty() || data.size() % 3 != 0 || data.size() > 3 * 256
                || !(stream.header.colourType & 2))
                return std::nullopt;
            palette = true;
        } else if (name == "tRNS") {
            stream.transparency = true;
        } else if (!(name[0] & 0x20)) {
            return std::nullopt;   // a critical chunk we do not know (IHDR again among them)
        }
    }
    if (idat.empty() || (stream.header.colourType == 3 && !palette))
        return std::nullopt;
    if (idat.size() == 1) {
        stream.single = idat.front();
    } else {
        qsizetype total = 0;
        for (const QByteArrayView &d : idat)
            total += d.size();
        stream.joined.reserve(total);
        for (const QByteArrayView &d : idat)
            stream.joined.append(d);
    }
    return stream;
}

} // namespace motcua

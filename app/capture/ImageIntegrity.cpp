#include "app/capture/ImageIntegrity.h"

#include "app/barcode/PngChunks.h"

#include <QFile>

#include <cstring>

namespace motcua::capture {
namespace {

constexpr char kCode[] = "import.damaged-image";

Error damaged(const QString &why)
{
    return Error(QString::fromLatin1(kCode), why);
}

bool isJpeg(QByteArrayView b)
{
    return b.size() >= 3 && quint8(b[0]) == 0xFF && quint8(b[1]) == 0xD8 && quint8(b[2]) == 0xFF;
}

bool isPng(QByteArrayView b)
{
    return b.size() >= 8 && std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0;
}

} // namespace

Status ImageIntegrity::checkJpeg(QByteArrayView b)
{
    const auto byte = [&b](qsizetype i) { return quint8(b[i]); };
    const qsizetype n = b.size();
    if (n < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return damaged(QStringLiteral("JPEG: no start of image"));
    qsizetype at = 2;
    bool frame = false;
    while (true) {
        // A marker: 0xFF, any number of 0xFF fill bytes, then its code.
        if (at >= n)
            return damaged(QStringLiteral("JPEG: cut short before its end marker (%1 bytes)").arg(n));
        // Stray bytes before a marker are skipped, as libjpeg does (with a warning).
        while (at < n && byte(at) != 0xFF)
            ++at;
        while (at < n && byte(at) == 0xFF)
            ++at;
        if (at >= n)
            return damaged(QStringLiteral("JPEG: cut short before its end marker (%1 bytes)").arg(n));
        const quint8 marker = byte(at++);
        if (marker == 0xD9) {   // EOI
            if (!frame)
                return damaged(QStringLiteral("JPEG: no image data before its end marker"));
            return {};
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue;   // TEM, RSTn: no length
        if (marker == 0x00 || marker == 0xD8)
            return damaged(QStringLiteral("JPEG: unexpected marker %1 at byte %2").arg(marker, 2, 16, QLatin1Char('0')).arg(at - 1));
        if (n - at < 2)
            return damaged(QStringLiteral("JPEG: cut short in a segment header (%1 bytes)").arg(n));
        const qsizetype length = (qsizetype(byte(at)) << 8) | byte(at + 1);
        if (length < 2 || length > n - at)
            return damaged(QStringLiteral("JPEG: segment %1 runs past the end of the file (%2 bytes)").arg(marker, 2, 16, QLatin1Char('0')).arg(n));
        at += length;
        if ((marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            frame = true;   // SOFn (not DHT, JPG, DAC)
        if (marker != 0xDA)
            continue;
        if (!frame)
            return damaged(QStringLiteral("JPEG: image data before any frame header"));
        // SOS: entropy-coded data up to the next marker that is not a stuffed 0xFF00 or a restart.
        while (true) {
            const void *ff = std::memchr(b.data() + at, 0xFF, size_t(n - at));
            if (!ff)
                return damaged(QStringLiteral("JPEG: cut short in its image data (%1 bytes)").arg(n));
            at = static_cast<const char *>(ff) - b.data();
            qsizetype next = at + 1;
            while (next < n && byte(next) == 0xFF)
                ++next;
            if (next >= n)
                return damaged(QStringLiteral("JPEG: cut short in its image data (%1 bytes)").arg(n));
            const quint8 code = byte(next);
            if (code == 0x00 || (code >= 0xD0 && code <= 0xD7)) {
                at = next + 1;
                continue;
            }
            at = next - 1;   // the marker's last 0xFF: the outer loop reads it
            break;
        }
    }
}

Status ImageIntegrity::checkBytes(QByteArrayView bytes)
{
    if (isJpeg(bytes))
        return checkJpeg(bytes);
    if (isPng(bytes)) {
        if (!PngChunks::split(bytes))
            return damaged(QStringLiteral("PNG: cut short, a chunk with a bad CRC, or chunks out of order"));
        return {};
    }
    return {};
}

Status ImageIntegrity::checkFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("import.unreadable"), f.errorString());
    const QByteArray head = f.peek(8);
    if (!isJpeg(head) && !isPng(head))
        return {};
    if (f.size() == 0)
        return damaged(QStringLiteral("empty file"));
    // Mapped, not read: a large scan is not copied onto the heap to be checked.
    const uchar *mapped = f.map(0, f.size());
    if (mapped)
        return checkBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), f.size()));
    return checkBytes(f.readAll());
}

} // namespace motcua::capture

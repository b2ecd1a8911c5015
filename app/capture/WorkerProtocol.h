#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace motcua::capture::protocol {

// The scan worker's protocol (version 1), over the worker's stdin/stdout.
//
// App → worker: one JSON object per line (UTF-8, '\n'-terminated):
//   {"cmd":"list"}
//   {"cmd":"describe","device":"test:0"}
//   {"cmd":"scan","device":"test:0","mode":"gray","dpi":200,"source":"flatbed",
//    "width_mm":210,"height_mm":297,"pages":3,"options":{"test-picture":"Grid"}}
//   {"cmd":"cancel"}        (honoured between reads of the page being scanned)
//   {"cmd":"quit"}
// Worker → app: frames. A frame is one JSON header line; when the header has "bytes":N, exactly N
// raw bytes follow the newline.
//   {"type":"hello","protocol":1,"sane":"1.2.1"}
//   {"type":"devices","devices":[{"name":…,"vendor":…,"model":…,"type":…}]}
//   {"type":"capabilities","device":…,"modes":["color","gray","lineart"],"sources":["flatbed",…],
//    "min_dpi":n,"max_dpi":n,"dpi_list":[…],"max_width_mm":x,"max_height_mm":y,
//    "device_modes":[…],"device_sources":[…]}
//   {"type":"progress","page":i,"percent":p}
//   {"type":"page","page":i,"width":w,"height":h,"format":"gray8"|"rgb888"|"mono","bpl":n,"dpi":d,"bytes":N}
//       + N bytes of pixels, rows top to bottom, `bpl` bytes each (mono: 1 bit per pixel, MSB
//       first, 1 = black as in SANE lineart)
//   {"type":"done","pages":n,"cancelled":false}
//   {"type":"error","code":"scanner.…","detail":…}
// Any frame counts as a sign of life for the app's watchdog.
constexpr int kVersion = 1;
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxPayloadBytes = qint64(1) << 31;   // 2 GiB: a frame larger than this is a protocol error

QByteArray encodeHeader(const QJsonObject &header);     // compact JSON + '\n'

// Incremental reader of worker frames: feed() bytes as they arrive, take frames with next().
class FrameReader {
public:
    struct Frame {
        QJsonObject header;
        QByteArray payload;
    };
    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next whole frame, or nullopt when more bytes are needed. Sets *bad on a malformed header.
    std::optional<Frame> next(bool *bad);
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    std::optional<QJsonObject> m_pendingHeader;
    qint64 m_pendingBytes = 0;
};

} // namespace motcua::capture::protocol

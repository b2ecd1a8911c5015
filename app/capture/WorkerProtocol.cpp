#include "app/capture/WorkerProtocol.h"

#include <QJsonDocument>

namespace motcua::capture::protocol {

QByteArray encodeHeader(const QJsonObject &header)
{
    QByteArray line = QJsonDocument(header).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

std::optional<FrameReader::Frame> FrameReader::next(bool *bad)
{
    *bad = false;
    if (!m_pendingHeader) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                *bad = true;
            return std::nullopt;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_buffer.left(nl), &err);
        m_buffer.remove(0, nl + 1);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            *bad = true;
            return std::nullopt;
        }
        m_pendingHeader = doc.object();
        m_pendingBytes = m_pendingHeader->value(QLatin1String("bytes")).toInteger(0);
        if (m_pendingBytes < 0 || m_pendingBytes > kMaxPayloadBytes) {
            *bad = true;
            return std::nullopt;
        }
    }
    if (m_buffer.size() < m_pendingBytes)
        return std::nullopt;
    Frame f;
    f.header = *m_pendingHeader;
    f.payload = m_buffer.left(m_pendingBytes);
    m_buffer.remove(0, m_pendingBytes);
    m_pendingHeader.reset();
    m_pendingBytes = 0;
    return f;
}

} // namespace motcua::capture::protocol

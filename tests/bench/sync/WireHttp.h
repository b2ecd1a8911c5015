#pragma once

// bench_sync load --wire's HTTP client: raw HTTP/1.1 over keep-alive TCP connections to one
// loopback port, all driven by ONE epoll loop on the calling thread (no Qt networking: the
// generator's own cost per request stays a few microseconds of parsing and two system calls).
// Closed loop: every connection has at most one request in flight; when its answer is complete
// the driver says what the connection sends next.
#include <QByteArray>

#include <functional>

namespace motcua::bench {

struct WireReply {
    int status = 0;
    QByteArray body;   // Content-Length or chunked bodies, decoded
};

class WireLoop {
public:
    // next(conn, reply): the next request of connection `conn` (the whole request's bytes), or an
    // empty array when the connection is done; called once with reply == nullptr to begin.
    using Next = std::function<QByteArray(int conn, const WireReply *reply)>;

    WireLoop(quint16 port, int connections) : m_port(port), m_connections(connections) {}

    // Until every connection is done. Empty on success; else why it stopped (a connection refused,
    // reset or closed mid-answer, an answer that does not parse): the bench fails loudly on it.
    QByteArray run(const Next &next);

    // "METHOD PATH HTTP/1.1" with Host, optional bearer token, and a JSON body when given.
    static QByteArray request(const char *method, const QByteArray &path, quint16 port, const QByteArray &token,
                              const QByteArray &jsonBody = {});

private:
    quint16 m_port;
    int m_connections;
};

// Cheap readers of the portal's compact JSON (QJsonDocument::Compact: no spaces, keys sorted).
qint64 jsonInteger(const QByteArray &body, const QByteArray &key, qsizetype from = 0, bool *found = nullptr);
bool jsonTrue(const QByteArray &body, const QByteArray &key, qsizetype from = 0);

} // namespace motcua::bench

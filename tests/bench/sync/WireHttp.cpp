#include "sync/WireHttp.h"

#include <QList>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace motcua::bench {
namespace {

struct Conn {
    int fd = -1;
    QByteArray out;          // the request being sent
    qsizetype sent = 0;
    QByteArray in;           // what came back so far
    qsizetype headerEnd = -1;   // index of "\r\n\r\n"
    qint64 length = -1;      // Content-Length
    bool chunked = false;
    bool closeAfter = false;  // "Connection: close"
    int status = 0;
    bool done = false;
};

QByteArray errnoText(const char *what)
{
    return QByteArray(what).append(": ").append(std::strerror(errno));
}

int connectTo(quint16 port, QByteArray *error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = errnoText("socket");
        return -1;
    }
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) {   // blocking: loopback
        *error = errnoText("connect");
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

// A chunked body starting at `from`: true and the decoded body once the last chunk came.
bool dechunk(const QByteArray &in, qsizetype from, QByteArray *body, bool *bad)
{
    body->clear();
    qsizetype at = from;
    for (;;) {
        const qsizetype eol = in.indexOf("\r\n", at);
        if (eol < 0)
            return false;
        bool ok = false;
        const qint64 size = in.mid(at, eol - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            *bad = true;
            return false;
        }
        if (size == 0)
            return in.indexOf("\r\n", eol + 2) >= 0;   // trailers end with an empty line
        if (in.size() < eol + 2 + size + 2)
            return false;
        body->append(in.constData() + eol + 2, size);
        at = eol + 2 + size + 2;
    }
}

// Parses what came so far: true with `reply` filled once the answer is complete.
bool parse(Conn &c, WireReply *reply, QByteArray *error)
{
    if (c.headerEnd < 0) {
        c.headerEnd = c.in.indexOf("\r\n\r\n");
        if (c.headerEnd < 0)
            return false;
        const QList<QByteArray> lines = c.in.left(c.headerEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/1.")) {
            *error = QByteArray("not an HTTP answer: ").append(c.in.left(80));
            return false;
        }
        c.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                c.length = value.toLongLong();
            else if (name == "transfer-encoding" && value.contains("chunked"))
                c.chunked = true;
            else if (name == "connection" && value == "close")
                c.closeAfter = true;
        }
        if (!c.chunked && c.length < 0)
            c.length = 0;   // no body framing on a keep-alive answer: none (204, 304)
    }
    const qsizetype bodyAt = c.headerEnd + 4;
    if (c.chunked) {
        bool bad = false;
        if (!dechunk(c.in, bodyAt, &reply->body, &bad)) {
            if (bad)
                *error = "a bad chunk";
            return false;
        }
    } else {
        if (c.in.size() < bodyAt + c.length)
            return false;
        reply->body = c.in.mid(bodyAt, c.length);
    }
    reply->status = c.status;
    return true;
}

void resetAnswer(Conn &c)
{
    c.in.clear();
    c.headerEnd = -1;
    c.length = -1;
    c.chunked = false;
    c.status = 0;
}

} // namespace

QByteArray WireLoop::request(const char *method, const QByteArray &path, quint16 port, const QByteArray &token,
                             const QByteArray &jsonBody)
{
    QByteArray r;
    r.reserve(200 + token.size() + jsonBody.size());
    r.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(QByteArray::number(port)).append("\r\n");
    if (!token.isEmpty())
        r.append("Authorization: Bearer ").append(token).append("\r\n");
    if (!jsonBody.isEmpty() || qstrcmp(method, "POST") == 0)
        r.append("Content-Type: application/json\r\nContent-Length: ").append(QByteArray::number(jsonBody.size())).append("\r\n");
    r.append("\r\n").append(jsonBody);
    return r;
}

QByteArray WireLoop::run(const Next &next)
{
    QByteArray error;
    const int ep = ::epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0)
        return errnoText("epoll_create1");
    std::vector<Conn> conns(static_cast<size_t>(m_connections));
    int open = 0;
    auto watch = [&](int i, bool writing) {
        epoll_event ev{};
        ev.events = EPOLLIN | (writing ? EPOLLOUT : 0u);
        ev.data.u32 = uint32_t(i);
        return ::epoll_ctl(ep, EPOLL_CTL_MOD, conns[size_t(i)].fd, &ev) == 0;
    };
    // Sends as much of the request as the socket takes; the rest on EPOLLOUT.
    auto flush = [&](int i) -> bool {
        Conn &c = conns[size_t(i)];
        while (c.sent < c.out.size()) {
            const ssize_t n = ::send(c.fd, c.out.constData() + c.sent, size_t(c.out.size() - c.sent), MSG_NOSIGNAL);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return watch(i, true);
            if (n < 0) {
                error = errnoText("send");
                return false;
            }
            c.sent += n;
        }
        return watch(i, false);
    };
    auto begin = [&](int i, QByteArray req) -> bool {
        Conn &c = conns[size_t(i)];
        if (req.isEmpty()) {
            c.done = true;
            ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(c.fd);
            c.fd = -1;
            --open;
            return true;
        }
        c.out = std::move(req);
        c.sent = 0;
        resetAnswer(c);
        return flush(i);
    };
    auto connectConn = [&](int i) -> bool {
        Conn &c = conns[size_t(i)];
        c.fd = connectTo(m_port, &error);
        if (c.fd < 0)
            return false;
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u32 = uint32_t(i);
        if (::epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev) != 0) {
            error = errnoText("epoll_ctl");
            return false;
        }
        return true;
    };
    for (int i = 0; i < m_connections && error.isEmpty(); ++i) {
        if (connectConn(i))
            ++open;
    }
    for (int i = 0; i < m_connections && error.isEmpty(); ++i)
        begin(i, next(i, nullptr));

    std::vector<epoll_event> events(256);
    char buffer[65536];
    while (error.isEmpty() && open > 0) {
        const int n = ::epoll_wait(ep, events.data(), int(events.size()), 1000);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = errnoText("epoll_wait");
            break;
        }
        for (int k = 0; k < n && error.isEmpty(); ++k) {
            const int i = int(events[size_t(k)].data.u32);
            Conn &c = conns[size_t(i)];
            if (c.done)
                continue;
            if ((events[size_t(k)].events & EPOLLOUT) && c.sent < c.out.size()) {
                if (!flush(i))
                    break;
            }
            if (!(events[size_t(k)].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                continue;
            bool closed = false;
            for (;;) {
                const ssize_t got = ::recv(c.fd, buffer, sizeof buffer, 0);
                if (got > 0) {
                    c.in.append(buffer, got);
                    continue;
                }
                if (got == 0)
                    closed = true;
                else if (errno != EAGAIN && errno != EWOULDBLOCK)
                    error = errnoText("recv");
                break;
            }
            if (!error.isEmpty())
                break;
            WireReply reply;
            if (!parse(c, &reply, &error)) {
                if (error.isEmpty() && closed)
                    error = QByteArray("the portal closed a connection mid-answer, connection ").append(QByteArray::number(i));
                continue;
            }
            if (c.closeAfter || closed) {   // the portal ends the connection: a new one for the next request
                ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                ::close(c.fd);
                c.closeAfter = false;
                if (!connectConn(i))
                    break;
            }
            begin(i, next(i, &reply));
        }
    }
    for (Conn &c : conns) {
        if (c.fd >= 0)
            ::close(c.fd);
    }
    ::close(ep);
    return error;
}

qint64 jsonInteger(const QByteArray &body, const QByteArray &key, qsizetype from, bool *found)
{
    const QByteArray needle = QByteArray("\"").append(key).append("\":");
    const qsizetype at = body.indexOf(needle, from);
    if (found)
        *found = at >= 0;
    if (at < 0)
        return 0;
    qsizetype end = at + needle.size();
    while (end < body.size() && (body.at(end) == '-' || (body.at(end) >= '0' && body.at(end) <= '9')))
        ++end;
    return body.mid(at + needle.size(), end - at - needle.size()).toLongLong();
}

bool jsonTrue(const QByteArray &body, const QByteArray &key, qsizetype from)
{
    const QByteArray needle = QByteArray("\"").append(key).append("\":");
    const qsizetype at = body.indexOf(needle, from);
    return at >= 0 && body.mid(at + needle.size(), 4) == "true";
}

} // namespace motcua::bench

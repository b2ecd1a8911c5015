#include "support/FaultProxy.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace motcua::test {

class FaultProxy::Worker : public QObject {
public:
    Worker(quint16 target, quint32 seed, std::atomic<bool> &enabled) : m_target(target), m_rng(seed), m_enabled(enabled) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
        return m_server->serverPort();
    }

    void setFaults(const Faults &f)
    {
        QMutexLocker lock(&m_mutex);
        m_faults = f;
    }
    Counts counts() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counts;
    }

    void dropAll()
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
            s->abort();
            s->deleteLater();
        }
    }

private:
    void count(int Counts::*field)
    {
        QMutexLocker lock(&m_mutex);
        ++(m_counts.*field);
    }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            Faults f;
            {
                QMutexLocker lock(&m_mutex);
                f = m_faults;
            }
            count(&Counts::connections);
            const bool faults = m_enabled;
            const double roll = m_rng.generateDouble();
            if (faults && roll < f.refuse) {
                count(&Counts::refused);
                client->abort();
                client->deleteLater();
                continue;
            }
            qint64 budget = -1;   // bytes forwarded before the cut (either direction); -1: never
            if (faults && roll < f.refuse + f.cut) {
                count(&Counts::cut);
                // Half the cuts within the first 2 KiB (a request or an answer's head), half anywhere
                // up to maxCutBytes (inside a page upload or a large answer).
                budget = m_rng.bounded(2) ? m_rng.bounded(2048) : m_rng.bounded(f.maxCutBytes);
            }
            int delay = 0;
            if (faults && m_rng.generateDouble() < f.delay) {
                count(&Counts::delayed);
                delay = int(m_rng.bounded(f.maxDelayMs));
            }
            auto *upstream = new QTcpSocket(this);
            auto forwarded = std::make_shared<qint64>(0);
            QPointer<QTcpSocket> c(client), u(upstream);
            auto closeBoth = [c, u] {
                if (c) {
                    c->abort();
                    c->deleteLater();
                }
                if (u) {
                    u->abort();
                    u->deleteLater();
                }
            };
            auto pump = [budget, forwarded, closeBoth](QTcpSocket *from, QTcpSocket *to) {
                if (!from || !to)
                    return;
                QByteArray bytes = from->readAll();
                if (budget >= 0 && *forwarded + bytes.size() > budget) {
                    to->write(bytes.left(budget - *forwarded));
                    to->flush();
                    closeBoth();
                    return;
                }
                *forwarded += bytes.size();
                to->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, this, [=] {
                if (u && u->state() == QAbstractSocket::ConnectedState)
                    pump(c, u);
            });
            connect(upstream, &QTcpSocket::connected, this, [=] {
                if (c && c->bytesAvailable())
                    pump(c, u);
            });
            connect(upstream, &QTcpSocket::readyRead, this, [=] { pump(u, c); });
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(upstream, &QTcpSocket::disconnected, this, [=] {
                if (u && u->bytesAvailable())
                    pump(u, c);
                if (c) {
                    c->flush();
                    c->disconnectFromHost();
                }
            });
            connect(upstream, &QTcpSocket::errorOccurred, this, [=](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError)
                    closeBoth();
            });
            const quint16 target = m_target;
            QTimer::singleShot(delay, this, [u, target] {
                if (u)
                    u->connectToHost(QHostAddress::LocalHost, target);
            });
        }
    }

    quint16 m_target;
    QRandomGenerator m_rng;
    std::atomic<bool> &m_enabled;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    Faults m_faults;
    Counts m_counts;
};

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed)
{
    m_worker = new Worker(targetPort, seed, m_enabled);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FaultProxy::~FaultProxy()
{
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [&] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return port != 0;
}

void FaultProxy::setFaults(const Faults &faults)
{
    m_worker->setFaults(faults);
}

void FaultProxy::dropConnections()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->dropAll(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::Counts FaultProxy::counts() const
{
    return m_worker->counts();
}

} // namespace motcua::test

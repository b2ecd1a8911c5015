#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace motcua::test {

// A TCP proxy on loopback in front of a server (the portal), on a thread of its own (tests block
// their own thread on QProcess), that misbehaves at random as a bad network does: refuses a
// connection outright, delays it, or cuts it after a random number of bytes in either direction
// (mid-request or mid-answer). Seeded: a failing run can be replayed. Faults off: a plain proxy.
class FaultProxy {
public:
    struct Faults {
        double refuse = 0.15;   // closed at once, before a byte
        double cut = 0.30;      // cut after a random count of forwarded bytes
        double delay = 0.20;    // held before it reaches the server
        int maxDelayMs = 400;
        int maxCutBytes = 256 * 1024;
    };
    struct Counts {
        int connections = 0, refused = 0, cut = 0, delayed = 0;
    };

    FaultProxy(quint16 targetPort, quint32 seed);
    ~FaultProxy();

    bool start();                 // listens on 127.0.0.1, a free port
    quint16 port() const { return m_port; }
    void setFaults(const Faults &faults);
    void setFaultsEnabled(bool on) { m_enabled = on; }
    // Cuts every connection open through the proxy now (a client's kept-alive connection too): its
    // next request opens a new one, which meets the faults set then. Returns when they are closed.
    void dropConnections();
    Counts counts() const;

    class Worker;   // lives in the proxy's thread

private:
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_enabled{true};
};

} // namespace motcua::test

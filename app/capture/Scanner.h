#pragma once

#include "app/capture/ScanTypes.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>

namespace motcua::capture {

// A scanner back end: list devices, scan a batch with progress, cancel. Asynchronous: every call
// returns at once and the outcome arrives as signals, so the GUI thread never waits on a driver.
// SANE now (SaneScanner, out of process); TWAIN/WIA later behind the same interface.
//
// A batch ends with exactly one of batchFinished() or batchFailed(). Pages already delivered by
// pageScanned() stay valid and are also kept in pages() after a failure; a failed batch can be
// retried with startBatch() (the implementation starts afresh).
//
// Error codes: scanner.hung, scanner.crashed, scanner.worker-missing, scanner.unknown-device,
// scanner.open-failed, scanner.source-unavailable, scanner.io, scanner.busy, scanner.protocol.
class Scanner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Scanner() override = default;

    virtual void listDevices() = 0;
    // A device's modes, sources, resolutions and area: deviceDescribed() or devicesFailed().
    virtual void describeDevice(const QString &device) = 0;
    virtual void startBatch(const QString &device, const ScanProfile &profile) = 0;
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;

    // Pages received in the current or last batch, in order.
    const QList<ScannedPage> &pages() const { return m_pages; }

signals:
    void devicesListed(const QList<motcua::capture::ScannerDevice> &devices);
    void devicesFailed(const motcua::Error &error);   // listDevices() or describeDevice() failed
    void deviceDescribed(const motcua::capture::DeviceCapabilities &capabilities);
    // Progress within the page being scanned (0..100); pageIndex counts from 0.
    void progress(int pageIndex, int percent);
    void pageScanned(const motcua::capture::ScannedPage &page);
    // Normal end: the page count was reached, the feeder ran empty, or cancel() was honoured.
    void batchFinished(int pageCount, bool cancelled);
    void batchFailed(const motcua::Error &error, int pagesKept);

protected:
    QList<ScannedPage> m_pages;
};

} // namespace motcua::capture


#pragma once

#include "app/capture/ScanTypes.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

namespace motcua::capture {
class Scanner;
}

namespace motcua {

// One scanner and what a press of "Scan" does with it, without widgets, for the Receive page (a
// component's pages, the ID card) and the casework dialogs (the result, supplied pages): the device
// is the one chosen for this PC (ScannerChooser), else the first found; the profile is the one set,
// else the device's document feeder when it has one (every sheet in it, one press) and the flatbed
// when the feeder gives nothing; an ID card has its own profile. One batch at a time; the scanner
// runs out of process (SaneScanner), so nothing here blocks the GUI thread.
class ScanSession : public QObject {
    Q_OBJECT
public:
    // `scanner`: not owned (made by the composition root's factory, usually a child of the caller).
    explicit ScanSession(capture::Scanner *scanner, QObject *parent = nullptr);

    void setScanner(capture::Scanner *scanner);
    capture::Scanner *scanner() const { return m_scanner; }
    // Empty: the one chosen for this PC, else the first found.
    void setDevice(const QString &device);
    void setProfile(const capture::ScanProfile &profile);   // used as given
    void resetProfile();                                    // the feeder when there is one, else the glass

    // Starts a batch for `target` (any non-zero number the caller tells its batches by); card: the
    // ID card profile. False when a batch runs already, or the scanner is busy (→ failed).
    bool start(int target, bool card = false);
    int target() const { return m_target; }   // 0 when no batch runs
    bool isActive() const { return m_target != 0; }

signals:
    void pageScanned(int target, const motcua::capture::ScannedPage &page);
    // The batch ended (also after batchFailed: failed() first); target() is 0 by then.
    void finished(int target);
    void failed(const motcua::Error &error);

private:
    void describeOrStart();   // the device's feeder is looked up once, then the batch starts
    void startBatch();
    capture::ScanProfile currentProfile() const;

    capture::Scanner *m_scanner = nullptr;
    QString m_device;
    capture::ScanProfile m_profile;
    bool m_profileChosen = false;   // setProfile: used as given
    bool m_described = false;       // the device's capabilities are known
    bool m_hasFeeder = false;
    bool m_feederEmpty = false;     // this press: the feeder gave nothing, the flatbed is used
    bool m_feederBatch = false;     // the running batch uses the feeder
    bool m_card = false;
    int m_target = 0;
};

} // namespace motcua

#include "ui/receive/ScanSession.h"

#include "app/capture/Scanner.h"
#include "ui/ScannerChooser.h"

namespace motcua {

ScanSession::ScanSession(capture::Scanner *scanner, QObject *parent)
    : QObject(parent), m_profile(capture::ScanProfile::forKind(capture::PageKind::Text))
{
    setScanner(scanner);
}

void ScanSession::setScanner(capture::Scanner *scanner)
{
    if (m_scanner)
        disconnect(m_scanner, nullptr, this, nullptr);
    m_scanner = scanner;
    if (!m_scanner)
        return;
    connect(m_scanner, &capture::Scanner::pageScanned, this, [this](const capture::ScannedPage &page) {
        if (m_target)
            emit pageScanned(m_target, page);
    });
    connect(m_scanner, &capture::Scanner::batchFinished, this, [this](int pageCount, bool cancelled) {
        if (m_feederBatch && pageCount == 0 && !cancelled && m_target) {
            m_feederEmpty = true;   // nothing in the feeder: the sheet is on the glass
            startBatch();
            return;
        }
        const int n = m_target;
        m_target = 0;
        emit finished(n);
    });
    connect(m_scanner, &capture::Scanner::batchFailed, this, [this](const Error &e) {
        const int n = m_target;
        m_target = 0;
        emit failed(e);
        emit finished(n);
    });
    connect(m_scanner, &capture::Scanner::devicesListed, this, [this](const QList<capture::ScannerDevice> &devices) {
        if (!m_target)
            return;
        if (devices.isEmpty()) {
            m_target = 0;
            emit failed(Error(QStringLiteral("scanner.no-device")));
            return;
        }
        m_device = devices.constFirst().name;
        describeOrStart();
    });
    connect(m_scanner, &capture::Scanner::deviceDescribed, this, [this](const capture::DeviceCapabilities &caps) {
        if (!m_target || caps.device != m_device)
            return;
        m_described = true;
        m_hasFeeder = caps.sources.contains(capture::ScanSource::Feeder);
        startBatch();
    });
    connect(m_scanner, &capture::Scanner::devicesFailed, this, [this](const Error &e) {
        m_target = 0;
        emit failed(e);
    });
}

void ScanSession::setDevice(const QString &device)
{
    m_device = device;
    m_described = false;
    m_hasFeeder = false;
}

void ScanSession::setProfile(const capture::ScanProfile &profile)
{
    m_profile = profile;
    m_profileChosen = true;
}

void ScanSession::resetProfile()
{
    m_profile = capture::ScanProfile::forKind(capture::PageKind::Text);
    m_profileChosen = false;
}

bool ScanSession::start(int target, bool card)
{
    if (m_target || !m_scanner || target == 0)
        return false;
    if (m_scanner->isBusy()) {
        emit failed(Error(QStringLiteral("scanner.busy")));
        return false;
    }
    m_target = target;
    m_card = card;
    m_feederEmpty = false;
    if (m_device.isEmpty())
        m_device = ScannerChooser::savedDevice();
    if (m_device.isEmpty())
        m_scanner->listDevices();   // → the first scanner found
    else
        describeOrStart();
    return true;
}

void ScanSession::describeOrStart()
{
    if (!m_profileChosen && !m_described)
        m_scanner->describeDevice(m_device);   // → deviceDescribed → startBatch()
    else
        startBatch();
}

void ScanSession::startBatch()
{
    const capture::ScanProfile profile = currentProfile();
    m_feederBatch = profile.source == capture::ScanSource::Feeder;
    m_scanner->startBatch(m_device, profile);
}

capture::ScanProfile ScanSession::currentProfile() const
{
    if (!m_card) {
        if (m_profileChosen || !m_hasFeeder || m_feederEmpty)
            return m_profile;
        capture::ScanProfile feeder = m_profile;
        feeder.source = capture::ScanSource::Feeder;
        feeder.pages = 0;   // every sheet in the feeder
        return feeder;
    }
    capture::ScanProfile card = capture::ScanProfile::forKind(capture::PageKind::IdCard);
    card.extraOptions = m_profile.extraOptions;   // the device's own settings apply to the card too
    return card;
}

} // namespace motcua

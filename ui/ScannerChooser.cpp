#include "ui/ScannerChooser.h"

#include "app/capture/Scanner.h"
#include "app/common/ErrorText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace motcua {
namespace {
const char kKey[] = "scanner/device";
}

QString ScannerChooser::savedDevice()
{
    return QSettings().value(QLatin1String(kKey)).toString();
}

void ScannerChooser::saveDevice(const QString &device)
{
    QSettings().setValue(QLatin1String(kKey), device);
}

ScannerChooser::ScannerChooser(QWidget *parent, const ServiceFactories &factories)
    : QDialog(parent), m_scanner(factories.makeScanner(this)), m_status(new QLabel(this)),
      m_list(new QListWidget(this)), m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("scannerChooser"));
    m_list->setObjectName(QStringLiteral("scannerList"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 320);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenDevice().isEmpty()) {
            saveDevice(chosenDevice());
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &ScannerChooser::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, m_ok, &QPushButton::click);
    connect(m_scanner, &capture::Scanner::devicesListed, this, [this](const QList<capture::ScannerDevice> &devices) {
        m_list->clear();
        const QString saved = savedDevice();
        for (const capture::ScannerDevice &d : devices) {
            const QString model = QStringList{d.vendor, d.model}.join(QLatin1Char(' ')).trimmed();
            auto *item = new QListWidgetItem(model.isEmpty() ? d.name : model + QStringLiteral("  —  ") + d.name, m_list);
            item->setData(Qt::UserRole, d.name);
            if (d.name == saved)
                m_list->setCurrentItem(item);
        }
        if (m_list->currentRow() < 0 && m_list->count() > 0)
            m_list->setCurrentRow(0);
        m_status->setText(devices.isEmpty() ? tr("No scanner was found. Check that it is switched on and connected, then refresh.")
                                            : tr("Choose the scanner of this counter:"));
        m_refresh->setEnabled(true);
        m_list->setFocus();
    });
    connect(m_scanner, &capture::Scanner::devicesFailed, this, [this](const Error &error) {
        m_status->setText(errorText(error));
        m_refresh->setEnabled(true);
    });
    retranslate();
    refresh();
}

QString ScannerChooser::chosenDevice() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScannerChooser::refresh()
{
    m_refresh->setEnabled(false);
    m_status->setText(tr("Looking for scanners…"));
    m_scanner->listDevices();
}

void ScannerChooser::retranslate()
{
    setWindowTitle(tr("Choose scanner"));
    m_refresh->setText(tr("&Refresh"));
}

} // namespace motcua

#include "ui/casework/ActionDialog.h"

#include "app/common/ErrorText.h"
#include "ui/receive/ScanSession.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <utility>

namespace motcua {

using casework::Action;

ActionDialog::ActionDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, Action action,
                           QWidget *parent, const ServiceFactories &factories)
    : CaseworkDialog(worker, dossier, action, parent)
{
    if (action == Action::Extend) {
        m_daysLabel = new QLabel(this);
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("daysField"));
        m_days->setRange(1, 365);
        m_days->setValue(5);
        fields()->addRow(m_daysLabel, m_days);
    }
    if (action == Action::SupplementReceived) {
        m_componentLabel = new QLabel(this);
        m_component = new QSpinBox(this);
        m_component->setObjectName(QStringLiteral("componentField"));
        m_component->setRange(1, 99);
        fields()->addRow(m_componentLabel, m_component);
    }
    if (action == Action::Result) {
        m_numberLabel = new QLabel(this);
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("numberField"));
        fields()->addRow(m_numberLabel, m_number);
    }
    if (action != Action::Accept && action != Action::Result && action != Action::SupplementReceived) {
        m_textLabel = new QLabel(this);
        m_text = new QLineEdit(this);   // one line: Enter confirms
        m_text->setObjectName(QStringLiteral("textField"));
        m_text->setMinimumWidth(380);
        fields()->addRow(m_textLabel, m_text);
    }
    if (takesFiles()) {
        m_filesLabel = new QLabel(this);
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        m_files = new QLabel(row);
        m_files->setObjectName(QStringLiteral("filesLabel"));
        m_import = new QPushButton(row);
        m_import->setObjectName(QStringLiteral("importButton"));
        m_import->setAutoDefault(false);
        m_scanButton = new QPushButton(row);
        m_scanButton->setObjectName(QStringLiteral("scanButton"));
        m_scanButton->setAutoDefault(false);
        h->addWidget(m_files, 1);
        h->addWidget(m_scanButton);
        h->addWidget(m_import);
        m_scan = new ScanSession(factories.makeScanner(this), this);
        connect(m_scanButton, &QPushButton::clicked, this, &ActionDialog::scan);
        connect(m_scan, &ScanSession::pageScanned, this, [this](int, const capture::ScannedPage &page) { m_scanned << page; });
        connect(m_scan, &ScanSession::finished, this, [this] {
            const QList<capture::ScannedPage> pages = std::exchange(m_scanned, {});
            m_scanButton->setEnabled(true);
            storeScannedPages(pages);   // → pagesImported, or the refusal in the message line
            pagesChanged();
        });
        connect(m_scan, &ScanSession::failed, this, [this](const Error &e) {
            m_scanButton->setEnabled(true);
            messageLabel()->setText(errorText(e));
            messageLabel()->show();
            pagesChanged();
        });
        fields()->addRow(m_filesLabel, row);
        connect(m_import, &QPushButton::clicked, this, [this] {
            importFiles(QFileDialog::getOpenFileNames(this, tr("Import documents"), QString(),
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)")));
        });
    }
    // The first field takes the typing.
    if (m_days)
        m_days->setFocus();
    else if (m_number)
        m_number->setFocus();
    else if (m_text)
        m_text->setFocus();
    refreshTexts();
}

void ActionDialog::scan()
{
    if (!m_scan || isBusy() || m_scan->isActive())
        return;
    m_scanned.clear();
    messageLabel()->hide();
    if (m_scan->start(1)) {
        m_scanButton->setEnabled(false);
        pagesChanged();
    }
}

bool ActionDialog::beforeSubmit()
{
    return !m_scan || !m_scan->isActive();   // the pages still on the scanner first
}

bool ActionDialog::needsText() const
{
    switch (action()) {
    case Action::Approve:
    case Action::Accept:
    case Action::Result:
    case Action::SupplementReceived:
    case Action::Transfer:
    case Action::Return: return false;
    default: return true;
    }
}

bool ActionDialog::takesFiles() const
{
    return action() == Action::Appraise || action() == Action::Result || action() == Action::SupplementReceived;
}

casework::ActionRequest ActionDialog::request() const
{
    casework::ActionRequest r;
    if (m_text)
        r.text = m_text->text();
    if (m_days)
        r.days = m_days->value();
    switch (action()) {
    case Action::Appraise: r.attachments = importedPages(); break;
    case Action::Result:
        r.resultPages = importedPages();
        r.resultNumber = m_number->text();
        break;
    case Action::SupplementReceived:
        r.components << casework::SuppliedComponent{m_component->value(), importedPages(), Provenance::ImportedFile};
        break;
    default: break;
    }
    return r;
}

casework::ActionForm ActionDialog::printedForm() const
{
    switch (action()) {
    case Action::RequestSupplement:
    case Action::ReturnForSupplement: return casework::ActionForm::Supplement02;
    case Action::Extend: return casework::ActionForm::Extension04;
    case Action::Stop: return casework::ActionForm::Stop05;
    default: return casework::ActionForm::None;
    }
}

void ActionDialog::pagesChanged()
{
    if (m_files)
        m_files->setText(m_scan && m_scan->isActive() ? tr("Scanning…") : pagesText());
}

void ActionDialog::refreshTexts()
{
    if (m_textLabel) {
        switch (action()) {
        case Action::Appraise: m_textLabel->setText(tr("Appraisal note")); break;
        case Action::Approve: m_textLabel->setText(tr("Note (optional)")); break;
        default: m_textLabel->setText(tr("Reason")); break;
        }
        m_text->setPlaceholderText(needsText() ? tr("Required") : tr("Optional"));
    }
    if (m_daysLabel)
        m_daysLabel->setText(tr("More working days"));
    if (m_componentLabel)
        m_componentLabel->setText(tr("Component number"));
    if (m_numberLabel)
        m_numberLabel->setText(tr("Document number"));
    if (m_filesLabel) {
        m_filesLabel->setText(action() == Action::Appraise ? tr("Attachments (optional)")
                              : action() == Action::Result ? tr("Result document")
                                                           : tr("Supplied pages"));
        m_import->setText(tr("Import…"));
        m_scanButton->setText(tr("Scan"));
        m_scanButton->setToolTip(tr("Scan the pages on the scanner (the document feeder when it has sheets, else the glass)."));
        m_files->setText(pagesText());
    }
}

} // namespace motcua

#include "ui/SupplementDialog.h"

#include "app/capture/ScanTypes.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeWorker.h"
#include "ui/receive/FormOutput.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

SupplementDialog::SupplementDialog(const Session &session, const QString &dossierCode, QWidget *parent)
    : FramedDialog(parent), m_code(dossierCode), m_output(new FormOutput(this))
{
    setObjectName(QStringLiteral("supplementDialog"));
    setMinimumWidth(640);
    messageLabel()->setObjectName(QStringLiteral("supplementMessage"));
    confirmButton()->setObjectName(QStringLiteral("receiveButton"));
    connect(confirmButton(), &QPushButton::clicked, this, &SupplementDialog::submit);

    // The workspace's own catalog (as the Receive page uses), then the Form 02 the citizen holds.
    Result<std::shared_ptr<const Catalog>> catalog = CatalogService::bundledCatalog();
    m_worker = std::make_unique<intake::IntakeWorker>(session, catalog ? *catalog : std::make_shared<const Catalog>());
    connect(m_worker.get(), &intake::IntakeWorker::formLoaded, this, &SupplementDialog::onFormLoaded);
    connect(m_worker.get(), &intake::IntakeWorker::pagesStored, this,
            [this](int ticket, const QList<intake::DraftPage> &pages, const QList<QImage> &, const QStringList &refusals) {
                onPagesStored(ticket, pages, refusals);
            });
    connect(m_worker.get(), &intake::IntakeWorker::committed, this, &SupplementDialog::onCommitted);
    connect(m_worker.get(), &intake::IntakeWorker::failed, this, &SupplementDialog::onFailed);
    m_worker->loadCatalog(m_nextTicket++);
    m_formTicket = m_nextTicket++;
    m_worker->loadForm(m_formTicket, m_code);
    refreshTexts();
    updateEnabled();
}

SupplementDialog::~SupplementDialog() = default;

void SupplementDialog::onFormLoaded(int ticket, const printing::FormData &form)
{
    if (ticket != m_formTicket)
        return;
    m_form02 = form;
    for (const printing::FormComponentLine &line : form.components) {
        if (!line.missing)
            continue;
        Row row;
        row.number = line.number;
        row.name = line.name;
        row.reason = line.missingReason;
        row.label = new QLabel(this);
        row.label->setWordWrap(true);
        row.pages = new QLabel(this);
        row.pages->setObjectName(QStringLiteral("pages_%1").arg(line.number));
        row.pages->setStyleSheet(QStringLiteral("color: #555555;"));
        row.importButton = new QPushButton(this);
        row.importButton->setObjectName(QStringLiteral("import_%1").arg(line.number));
        const int number = line.number;
        connect(row.importButton, &QPushButton::clicked, this, [this, number] {
            const QStringList files = QFileDialog::getOpenFileNames(
                this, tr("Import the component's files"), QString(), tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
            importFiles(number, files);
        });
        auto *h = new QHBoxLayout;
        h->addWidget(row.label, 1);
        h->addWidget(row.pages);
        h->addWidget(row.importButton);
        body()->addLayout(h);
        m_rows << row;
    }
    m_ready = true;
    refreshTexts();
    updateEnabled();
    growToFit();
    emit ready();
}

void SupplementDialog::importFiles(int number, const QStringList &files)
{
    if (files.isEmpty() || m_busy)
        return;
    const int ticket = m_nextTicket++;
    m_importTickets.insert(ticket, number);
    m_worker->importFiles(ticket, files, int(capture::PageKind::Text));
    updateEnabled();
}

int SupplementDialog::pageCount(int number) const
{
    const auto it = m_supplied.constFind(number);
    return it == m_supplied.constEnd() ? 0 : int(it->filedPages().size());
}

void SupplementDialog::onPagesStored(int ticket, const QList<intake::DraftPage> &pages, const QStringList &refusals)
{
    if (!m_importTickets.contains(ticket))
        return;
    const int number = m_importTickets.take(ticket);
    intake::DraftComponent &c = m_supplied[number];
    c.number = number;
    c.provenance = Provenance::ImportedFile;
    c.pages += pages;
    if (!refusals.isEmpty())
        showError(Error(refusals.first()));
    else
        clearError();   // the earlier complaint (a missing component) may be answered now
    for (const Row &row : std::as_const(m_rows))
        if (row.number == number)
            refreshRow(row);
    updateEnabled();
    emit pagesChanged(number);
}

void SupplementDialog::submit()
{
    if (m_busy || !m_ready || !m_importTickets.isEmpty())
        return;
    m_busy = true;
    clearError();
    m_commitTicket = m_nextTicket++;
    m_worker->receiveSupplement(m_commitTicket, m_code, m_supplied.values());
    updateEnabled();
}

void SupplementDialog::onCommitted(int ticket, const intake::IntakeOutcome &outcome)
{
    if (ticket != m_commitTicket)
        return;
    m_busy = false;
    emit received(m_code);
    emit formReady(outcome.form);
    if (m_previewEnabled)
        m_output->preview(outcome.form);
    accept();
}

void SupplementDialog::onFailed(int ticket, const Error &error)
{
    if (ticket == m_commitTicket)
        m_busy = false;
    if (m_importTickets.contains(ticket))
        m_importTickets.remove(ticket);
    showError(error);
    updateEnabled();
}

void SupplementDialog::refreshRow(const Row &row)
{
    QString text = QStringLiteral("<b>%1.</b> %2").arg(row.number).arg(row.name.toHtmlEscaped());
    if (!row.reason.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#8d6e63\">%1</span>").arg(row.reason.toHtmlEscaped());
    row.label->setText(text);
    const int n = pageCount(row.number);
    row.pages->setText(n == 0 ? tr("no page yet") : tr("%n page(s)", nullptr, n));
    row.importButton->setText(tr("Import…"));
}

void SupplementDialog::refreshTexts()
{
    setWindowTitle(tr("Supplement received"));
    setHeading(tr("Supplement for dossier %1").arg(m_code),
               !m_ready ? tr("Reading the request to supplement (Form 02)…")
                        : tr("%1 brings what the request to supplement (Form 02) asked for. Import the pages of each "
                             "component below; the dossier is then received and the receipt with the appointment "
                             "date (Form 01) is printed.")
                              .arg(m_form02.applicantName));
    for (const Row &row : std::as_const(m_rows))
        refreshRow(row);
    setButtonTexts(tr("Cancel"), tr("Receive and print Form 01"));
}

void SupplementDialog::updateEnabled()
{
    confirmButton()->setEnabled(m_ready && !m_busy && m_importTickets.isEmpty());
    for (const Row &row : std::as_const(m_rows))
        row.importButton->setEnabled(!m_busy);
}

} // namespace motcua

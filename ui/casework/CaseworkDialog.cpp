#include "ui/casework/CaseworkDialog.h"

#include "ui/casework/ActionText.h"
#include "ui/receive/FormOutput.h"

#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

using namespace casework;

CaseworkDialog::CaseworkDialog(CaseworkWorker *worker, const DossierActions &dossier, Action action, QWidget *parent)
    : FramedDialog(parent), m_worker(worker), m_dossier(dossier), m_action(action), m_output(new FormOutput(this))
{
    setObjectName(QStringLiteral("caseworkDialog"));
    setMinimumWidth(560);
    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    body()->addLayout(m_fields);
    connect(confirmButton(), &QPushButton::clicked, this, &CaseworkDialog::submit);
    connect(m_worker, &CaseworkWorker::performed, this, &CaseworkDialog::onPerformed);
    connect(m_worker, &CaseworkWorker::pagesStored, this, &CaseworkDialog::onPagesStored);
    connect(m_worker, &CaseworkWorker::failed, this, &CaseworkDialog::onFailed);
    refreshFrame();
}

CaseworkDialog::~CaseworkDialog() = default;

void CaseworkDialog::importFiles(const QStringList &files)
{
    if (files.isEmpty() || isBusy())
        return;
    m_importTicket = m_worker->newTicket();
    m_worker->importFiles(m_importTicket, files);
    updateEnabled();
}

void CaseworkDialog::storeScannedPages(const QList<capture::ScannedPage> &pages)
{
    if (pages.isEmpty() || isBusy())
        return;
    m_importTicket = m_worker->newTicket();
    m_worker->storeScans(m_importTicket, pages);
    updateEnabled();
}

QString CaseworkDialog::pagesText() const
{
    if (m_importTicket != 0)
        return tr("Importing…");
    return m_pages.isEmpty() ? tr("no file yet") : tr("%n page(s)", nullptr, int(m_pages.size()));
}

void CaseworkDialog::submit()
{
    if (isBusy() || !beforeSubmit())
        return;
    ActionRequest r = request();
    r.action = m_action;
    r.dossier = m_dossier.dossier;
    r.role = m_dossier.roleFor(m_action);
    m_busy = true;
    clearError();
    m_ticket = m_worker->newTicket();
    m_worker->perform(m_ticket, r, printedForm());
    updateEnabled();
}

void CaseworkDialog::onPerformed(int ticket, const ActionOutcome &outcome, const std::optional<printing::FormData> &form)
{
    if (ticket != m_ticket)
        return;
    m_busy = false;
    emit performed(outcome);
    if (form) {
        emit formReady(*form);
        if (m_previewEnabled)
            m_output->preview(*form);
    }
    accept();
}

void CaseworkDialog::onPagesStored(int ticket, const QStringList &pages)
{
    if (ticket != m_importTicket)
        return;
    m_importTicket = 0;
    m_pages += pages;
    clearError();
    pagesChanged();
    updateEnabled();
    emit pagesImported();
}

void CaseworkDialog::onFailed(int ticket, const Error &error)
{
    if (ticket != m_ticket && ticket != m_importTicket)
        return;
    if (ticket == m_ticket)
        m_busy = false;
    else
        m_importTicket = 0;
    pagesChanged();
    updateEnabled();
    showError(error);
    emit refused(error);
}

void CaseworkDialog::updateEnabled()
{
    confirmButton()->setEnabled(!isBusy());
}

void CaseworkDialog::refreshFrame()
{
    setWindowTitle(ActionText::title(m_action));
    setHeading(tr("%1 — dossier %2", "action, dossier code").arg(ActionText::title(m_action), m_dossier.dossier),
               ActionText::explanation(m_action));
    setButtonTexts(tr("Cancel"), tr("Confirm"));
}

void CaseworkDialog::retranslate()
{
    refreshFrame();
    refreshTexts();
}

} // namespace motcua

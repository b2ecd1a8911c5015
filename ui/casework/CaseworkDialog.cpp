#include "ui/casework/CaseworkDialog.h"

#include "app/common/ErrorText.h"
#include "ui/casework/ActionText.h"
#include "ui/receive/FormOutput.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

using namespace casework;

CaseworkDialog::CaseworkDialog(CaseworkWorker *worker, const DossierActions &dossier, Action action, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_dossier(dossier), m_action(action), m_output(new FormOutput(this))
{
    setObjectName(QStringLiteral("caseworkDialog"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral("color: #444444;"));
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_fields);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: 600;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);   // Enter confirms, Esc cancels (QDialog)
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &CaseworkDialog::submit);
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
    m_error.reset();
    m_message->hide();
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
    m_error.reset();
    m_message->hide();
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
    m_error = error;
    m_message->setText(errorText(error));
    m_message->show();
    pagesChanged();
    updateEnabled();
    growToFit();
    emit refused(error);
}

void CaseworkDialog::updateEnabled()
{
    m_confirm->setEnabled(!isBusy());
}

void CaseworkDialog::growToFit()
{
    // Messages arrive after the dialog is shown: grow so the diacritics are not clipped, never shrink.
    layout()->activate();
    const QSize wanted = sizeHint().expandedTo(size());
    if (wanted != size())
        resize(wanted);
}

void CaseworkDialog::refreshFrame()
{
    setWindowTitle(ActionText::title(m_action));
    m_title->setText(tr("%1 — dossier %2", "action, dossier code").arg(ActionText::title(m_action), m_dossier.dossier));
    m_explanation->setText(ActionText::explanation(m_action));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Esc"));
    m_confirm->setText(tr("Confirm"));
    m_confirm->setToolTip(tr("Enter"));
    if (m_error)
        m_message->setText(errorText(*m_error));
}

void CaseworkDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshFrame();
        refreshTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace motcua

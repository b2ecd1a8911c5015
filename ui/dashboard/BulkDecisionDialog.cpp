#include "ui/dashboard/BulkDecisionDialog.h"

#include "app/common/ErrorText.h"
#include "app/lookup/DossierText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

using casework::BulkVerdict;

BulkDecisionDialog::BulkDecisionDialog(casework::BulkDecisionWorker *worker, BulkVerdict verdict,
                                       const QList<casework::QueueRow> &rows, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_verdict(verdict), m_rows(rows), m_list(new QTableWidget(int(rows.size()), 3, this)),
      m_heading(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_result(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("bulkDecisionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int n = int(rows.size());
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("bulkHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_list->setObjectName(QStringLiteral("bulkList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int i = 0; i < n; ++i) {
        const casework::QueueRow &r = rows.at(i);
        m_codes << r.code;
        m_list->setItem(i, 0, new QTableWidgetItem(r.code));
        m_list->setItem(i, 1, new QTableWidgetItem(lookup::DossierText::procedureText(r.procedureCode, r.procedureName)));
        m_list->setItem(i, 2, new QTableWidgetItem(r.applicantName));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    layout->addWidget(m_list, 1);
    if (verdict != BulkVerdict::Approve) {
        m_reasonLabel = new QLabel(this);
        layout->addWidget(m_reasonLabel);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("bulkReason"));
        m_reason->setMaximumHeight(80);
        m_reasonLabel->setBuddy(m_reason);
        layout->addWidget(m_reason);
    }
    layout->addWidget(m_passwordLabel);
    m_password->setObjectName(QStringLiteral("bulkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    layout->addWidget(m_password);
    m_result->setObjectName(QStringLiteral("bulkResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_confirm, &QPushButton::clicked, this, &BulkDecisionDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });
    connect(m_worker, &casework::BulkDecisionWorker::decided, this, &BulkDecisionDialog::onDecided);
    connect(m_worker, &casework::BulkDecisionWorker::failed, this, &BulkDecisionDialog::onFailed);
    refreshTexts();
    m_password->setFocus();
    resize(760, 460);
}

void BulkDecisionDialog::refreshTexts()
{
    const int n = int(m_rows.size());
    const bool approve = m_verdict == BulkVerdict::Approve;
    setWindowTitle(approve ? tr("Approve dossiers") : tr("Send dossiers back"));
    m_heading->setText(approve ? tr("Approve these %n dossier(s)? Each gets one approval event.", nullptr, n)
                               : tr("Send these %n dossier(s) back to the officers who submitted them? "
                                    "Each gets one rejection event with the reason below.", nullptr, n));
    m_list->setHorizontalHeaderLabels({tr("Code"), tr("Procedure"), tr("Applicant")});
    for (int i = 0; i < n; ++i) {
        const casework::QueueRow &r = m_rows.at(i);
        m_list->item(i, 1)->setText(lookup::DossierText::procedureText(r.procedureCode, r.procedureName));
    }
    if (m_reasonLabel)
        m_reasonLabel->setText(tr("Reason for sending back (required):"));
    m_passwordLabel->setText(tr("Enter your password again to confirm:"));
    m_confirm->setText(approve ? tr("Approve %n dossier(s)", nullptr, n) : tr("Send back %n dossier(s)", nullptr, n));
    showPrompt(m_prompt);
}

void BulkDecisionDialog::showPrompt(Prompt prompt)
{
    m_prompt = prompt;
    switch (prompt) {
    case Prompt::None:
        m_result->clear();
        return;
    case Prompt::NeedReason:
        m_result->setText(tr("Write the reason for sending back."));
        return;
    case Prompt::NeedPassword:
        m_result->setText(tr("Enter your password to confirm."));
        return;
    case Prompt::Checking:
        m_result->setText(tr("Checking the password and recording…"));
        return;
    case Prompt::Failed:
        m_result->setText(tr("Nothing was changed: %1").arg(m_error ? errorText(*m_error) : QString()));
        return;
    case Prompt::Done: {
        const int n = int(m_outcome.changed.size());
        QStringList lines;
        lines << (m_verdict == BulkVerdict::Approve ? tr("%n dossier(s) approved.", nullptr, n)
                                                    : tr("%n dossier(s) sent back.", nullptr, n));
        if (!m_outcome.refused.isEmpty()) {
            lines << tr("%n dossier(s) could not be changed:", nullptr, int(m_outcome.refused.size()));
            for (const auto &[code, error] : m_outcome.refused)
                lines << tr("%1: %2").arg(code, errorText(error));
        }
        m_result->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    }
}

void BulkDecisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QDialog::changeEvent(event);
}

void BulkDecisionDialog::setBusy(bool busy)
{
    m_confirm->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (m_reason)
        m_reason->setEnabled(!busy);
}

void BulkDecisionDialog::confirm()
{
    if (isBusy() || m_done)
        return;
    casework::BulkRequest request;
    request.verdict = m_verdict;
    request.dossiers = m_codes;
    if (m_reason) {
        request.reason = m_reason->toPlainText().trimmed();
        if (request.reason.isEmpty()) {
            showPrompt(Prompt::NeedReason);
            return;
        }
    }
    if (m_password->text().isEmpty()) {
        showPrompt(Prompt::NeedPassword);
        return;
    }
    const QString password = m_password->text();
    m_password->clear();   // not kept in the dialog longer than needed
    m_ticket = m_worker->newTicket();
    setBusy(true);
    showPrompt(Prompt::Checking);
    m_worker->decide(m_ticket, password, request);
}

void BulkDecisionDialog::onFailed(int ticket, const Error &error)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    setBusy(false);
    m_error = error;
    showPrompt(Prompt::Failed);
    m_password->setFocus();
}

void BulkDecisionDialog::onDecided(int ticket, const casework::BulkOutcome &outcome)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_done = true;
    m_outcome = outcome;
    showPrompt(Prompt::Done);
    // Out of the button box, not only hidden (the box shows its buttons again when it relays them
    // out on a language change); a standard Close button instead of Cancel, its text Qt's own.
    m_buttons->removeButton(m_confirm);
    m_confirm->setParent(this);
    m_confirm->hide();
    delete m_buttons->button(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_password->setEnabled(false);
    emit decided(outcome);
}

} // namespace motcua

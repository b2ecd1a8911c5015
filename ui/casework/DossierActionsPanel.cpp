#include "ui/casework/DossierActionsPanel.h"

#include "app/common/ErrorText.h"
#include "ui/RoleText.h"
#include "ui/casework/ActionDialog.h"
#include "ui/casework/ActionText.h"
#include "ui/casework/ReturnDialog.h"
#include "ui/casework/TransferDialog.h"
#include "ui/receive/FormOutput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace motcua {

using casework::Action;

namespace {
// The order of the buttons: the ordinary path first.
constexpr Action kOrder[] = {Action::Accept, Action::ReturnForSupplement, Action::Transfer, Action::Appraise,
                             Action::RequestSupplement, Action::SupplementReceived, Action::Approve, Action::Reject,
                             Action::Result, Action::Return, Action::Extend, Action::Stop};
} // namespace

DossierActionsPanel::DossierActionsPanel(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(std::make_unique<casework::CaseworkWorker>(session)),
      m_output(new FormOutput(this))
{
    setObjectName(QStringLiteral("dossierActions"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_caption = new QLabel(this);
    m_caption->setStyleSheet(QStringLiteral("color: #666666;"));
    layout->addWidget(m_caption);
    for (Action a : kOrder) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("action_") + casework::actionName(a));
        b->hide();
        b->setEnabled(false);
        connect(b, &QPushButton::clicked, this, [this, a] { open(a); });
        layout->addWidget(b);
        m_buttons.insert(int(a), b);
    }
    m_form06 = new QPushButton(this);
    m_form06->setObjectName(QStringLiteral("action_form06"));
    m_form06->setEnabled(false);
    connect(m_form06, &QPushButton::clicked, this, &DossierActionsPanel::printForm06);
    layout->addWidget(m_form06);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("actionsStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #666666;"));
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_worker.get(), &casework::CaseworkWorker::actionsLoaded, this, &DossierActionsPanel::onLoaded);
    connect(m_worker.get(), &casework::CaseworkWorker::failed, this, &DossierActionsPanel::onFailed);
    connect(m_worker.get(), &casework::CaseworkWorker::formLoaded, this, &DossierActionsPanel::onFormLoaded);
    refreshTexts();
}

DossierActionsPanel::~DossierActionsPanel()
{
    // Dialogs still open share the worker: close them before it goes.
    for (CaseworkDialog *d : findChildren<CaseworkDialog *>())
        delete d;
}

void DossierActionsPanel::setSession(const Session &session)
{
    m_session = session;
    m_worker->setSession(session);
}

void DossierActionsPanel::clear()
{
    m_code.clear();
    m_loadTicket = 0;   // an answer still on its way is for a dossier no longer shown
    m_actions = {};
    m_loaded = false;
    m_error.clear();
    refreshButtons();
}

void DossierActionsPanel::setDossier(const QString &dossierCode)
{
    m_code = dossierCode;
    m_loaded = false;
    m_error.clear();
    m_loadTicket = m_worker->newTicket();
    m_worker->loadActions(m_loadTicket, dossierCode);
    refreshButtons();
}

QList<Action> DossierActionsPanel::offered() const
{
    QList<Action> out;
    for (Action a : kOrder) {
        if (m_buttons.value(int(a))->isVisibleTo(this))
            out << a;
    }
    return out;
}

void DossierActionsPanel::onLoaded(int ticket, const casework::DossierActions &actions)
{
    if (ticket != m_loadTicket)
        return;
    m_actions = actions;
    m_loaded = true;
    refreshButtons();
    emit loaded();
}

void DossierActionsPanel::onFailed(int ticket, const Error &error)
{
    if (ticket == m_loadTicket) {
        m_loaded = false;
        m_error = errorText(error);
        refreshButtons();
    } else if (ticket == m_formTicket) {
        m_error = errorText(error);
        refreshButtons();
    }
}

void DossierActionsPanel::refreshButtons()
{
    for (Action a : kOrder) {
        QPushButton *b = m_buttons.value(int(a));
        bool shown = m_loaded && m_actions.offers(a);
        // A Form 02 at the counter: the view's "Record supplement…" (SupplementDialog) records it.
        if (a == Action::SupplementReceived && m_actions.state.awaitsCounterSupplement())
            shown = false;
        b->setVisible(shown);
        b->setEnabled(shown);   // a hidden action's key does nothing
        if (shown) {
            const std::optional<Role> role = m_actions.roleFor(a);
            b->setToolTip(tr("%1 — as %2 (%3)", "action, role, key")
                              .arg(ActionText::explanation(a), role ? roleText(*role) : QString(),
                                   ActionText::shortcut(a).toString(QKeySequence::NativeText)));
        }
    }
    m_form06->setEnabled(m_loaded);
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (!m_loaded && !m_code.isEmpty())
        m_status->setText(tr("Reading what you may do…"));
    else if (m_loaded && offered().isEmpty())
        m_status->setText(tr("Nothing for you to do on this dossier now."));
    else
        m_status->clear();
}

CaseworkDialog *DossierActionsPanel::open(Action action)
{
    if (!m_loaded || !m_actions.offers(action))
        return nullptr;
    CaseworkDialog *dialog = nullptr;
    if (action == Action::Transfer)
        dialog = new TransferDialog(m_worker.get(), m_actions, this);
    else if (action == Action::Return)
        dialog = new ReturnDialog(m_worker.get(), m_actions, this);
    else
        dialog = new ActionDialog(m_worker.get(), m_actions, action, this, m_factories);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreviewEnabled(m_previewEnabled);
    const QString code = m_code;
    connect(dialog, &CaseworkDialog::performed, this, [this, code, action] {
        setDossier(code);
        emit actionPerformed(code, action);
    });
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

void DossierActionsPanel::printForm06()
{
    if (!m_loaded)
        return;
    m_formTicket = m_worker->newTicket();
    m_worker->loadForm(m_formTicket, m_code, casework::ActionForm::ControlSlip06);
}

void DossierActionsPanel::onFormLoaded(int ticket, const printing::FormData &form)
{
    if (ticket != m_formTicket)
        return;
    emit formReady(form);
    if (m_previewEnabled)
        m_output->preview(form);
}

void DossierActionsPanel::refreshTexts()
{
    m_caption->setText(tr("Actions:"));
    for (Action a : kOrder) {
        QPushButton *b = m_buttons.value(int(a));
        b->setText(tr("%1 (%2)", "action, key").arg(ActionText::button(a),
                                                     ActionText::shortcut(a).toString(QKeySequence::NativeText)));
        b->setShortcut(ActionText::shortcut(a));   // after setText, which resets it to the text's mnemonic
    }
    m_form06->setText(tr("Form 06 (%1)").arg(ActionText::form06Shortcut().toString(QKeySequence::NativeText)));
    m_form06->setShortcut(ActionText::form06Shortcut());
    m_form06->setToolTip(tr("Print the process control slip: every hand-over, who, when, on time or late."));
    refreshButtons();
}

void DossierActionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

} // namespace motcua

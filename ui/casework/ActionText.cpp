#include "ui/casework/ActionText.h"

namespace motcua {

using casework::Action;

QString ActionText::button(Action action)
{
    switch (action) {
    case Action::Accept: return tr("Accept submission…");
    case Action::ReturnForSupplement: return tr("Return for supplement…");
    case Action::Transfer: return tr("Transfer…");
    case Action::Appraise: return tr("Appraise…");
    case Action::RequestSupplement: return tr("Request supplement…");
    case Action::SupplementReceived: return tr("Supplement received…");
    case Action::Extend: return tr("Extend…");
    case Action::Stop: return tr("Stop…");
    case Action::Approve: return tr("Approve…");
    case Action::Reject: return tr("Reject…");
    case Action::Result: return tr("Result…");
    case Action::Return: return tr("Return result…");
    }
    return {};
}

QString ActionText::title(Action action)
{
    switch (action) {
    case Action::Accept: return tr("Accept the online submission");
    case Action::ReturnForSupplement: return tr("Return the submission for supplement");
    case Action::Transfer: return tr("Transfer the dossier");
    case Action::Appraise: return tr("Appraise the dossier");
    case Action::RequestSupplement: return tr("Request a supplement (Form 02)");
    case Action::SupplementReceived: return tr("Record the supplement received");
    case Action::Extend: return tr("Apologise and extend (Form 04)");
    case Action::Stop: return tr("Stop processing (Form 05)");
    case Action::Approve: return tr("Approve");
    case Action::Reject: return tr("Reject");
    case Action::Result: return tr("Attach the result");
    case Action::Return: return tr("Return the result to the citizen");
    }
    return {};
}

QString ActionText::explanation(Action action)
{
    switch (action) {
    case Action::Accept: return tr("The submission is received as it is: its processing time starts now.");
    case Action::ReturnForSupplement: return tr("The applicant is told what to complete; nothing is received.");
    case Action::Transfer: return tr("Hand the dossier to an officer or to a unit's pool.");
    case Action::Appraise: return tr("Record the appraisal's opinion, with documents if any.");
    case Action::RequestSupplement: return tr("The processing clock pauses until the citizen brings what is asked.");
    case Action::SupplementReceived: return tr("The supplied pages are filed and the processing clock runs again.");
    case Action::Extend: return tr("Add working days to the time limit; Form 04 tells the citizen the new date.");
    case Action::Stop: return tr("Processing ends here; Form 05 tells the citizen why.");
    case Action::Approve: return tr("The dossier goes back to the officer who submitted it, approved.");
    case Action::Reject: return tr("The dossier goes back to the officer who submitted it, with your reason.");
    case Action::Result: return tr("The result document and its number; it becomes the citizen's reusable document.");
    case Action::Return: return tr("Identify who collects the result and let the citizen rate the service.");
    }
    return {};
}

QKeySequence ActionText::shortcut(Action action)
{
    switch (action) {
    case Action::Accept: return QKeySequence(Qt::SHIFT | Qt::Key_F2);
    case Action::ReturnForSupplement: return QKeySequence(Qt::SHIFT | Qt::Key_F4);
    case Action::Transfer: return QKeySequence(Qt::Key_F2);
    case Action::Appraise: return QKeySequence(Qt::Key_F3);
    case Action::RequestSupplement: return QKeySequence(Qt::Key_F4);
    case Action::SupplementReceived: return QKeySequence(Qt::Key_F5);
    case Action::Extend: return QKeySequence(Qt::Key_F6);
    case Action::Stop: return QKeySequence(Qt::Key_F7);
    case Action::Approve: return QKeySequence(Qt::Key_F8);
    case Action::Reject: return QKeySequence(Qt::Key_F9);
    case Action::Result: return QKeySequence(Qt::Key_F10);
    case Action::Return: return QKeySequence(Qt::Key_F11);
    }
    return {};
}

} // namespace motcua

#pragma once

#include "app/auth/Session.h"
#include "app/casework/CaseworkWorker.h"
#include "app/workspace/ServiceFactories.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace motcua {

class CaseworkDialog;
class FormOutput;

// The dossier view's actions: one button per action the signed-in officer may take on the dossier
// in its state (CaseworkService::available, read on the casework worker: a refused action is never
// offered), each with its function key, and "Form 06". A button opens the action's small dialog
// (TransferDialog, ReturnDialog, else ActionDialog); when its event is written the panel asks for
// the actions again and says so (actionPerformed: the view reloads, the queues recount).
// Supplement received for a Form 02 at the counter stays with the view's own "Record supplement…"
// (SupplementDialog).
class DossierActionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DossierActionsPanel(const Session &session, QWidget *parent = nullptr);
    ~DossierActionsPanel() override;

    void setSession(const Session &session);
    void setDossier(const QString &dossierCode);   // reads what may be done now
    void clear();

    bool isLoaded() const { return m_loaded; }
    const casework::DossierActions &actions() const { return m_actions; }
    QPushButton *button(casework::Action action) const { return m_buttons.value(int(action)); }
    QPushButton *form06Button() const { return m_form06; }
    QList<casework::Action> offered() const;       // the buttons shown, in order
    casework::CaseworkWorker *worker() const { return m_worker.get(); }
    // Opens the action's dialog (what its button and its key do); nullptr when not offered.
    CaseworkDialog *open(casework::Action action);
    void printForm06();
    // Tests: no modal print preview (formReady is emitted either way).
    void setPreviewEnabled(bool enabled) { m_previewEnabled = enabled; }
    // The composition root's factories: the dialogs that scan make their scanner with them (SANE
    // by default).
    void setServiceFactories(const ServiceFactories &factories) { m_factories = factories; }

signals:
    void loaded();
    void dialogOpened(motcua::CaseworkDialog *dialog);
    void actionPerformed(const QString &dossierCode, motcua::casework::Action action);
    void formReady(const motcua::printing::FormData &form);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(int ticket, const casework::DossierActions &actions);
    void onFailed(int ticket, const Error &error);
    void onFormLoaded(int ticket, const printing::FormData &form);
    void refreshTexts();
    void refreshButtons();

    Session m_session;
    std::unique_ptr<casework::CaseworkWorker> m_worker;
    FormOutput *m_output;
    QString m_code;
    casework::DossierActions m_actions;
    bool m_loaded = false;
    bool m_previewEnabled = true;
    ServiceFactories m_factories;
    int m_loadTicket = 0;
    int m_formTicket = 0;
    QString m_error;

    QLabel *m_caption = nullptr;
    QHash<int, QPushButton *> m_buttons;
    QPushButton *m_form06 = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace motcua

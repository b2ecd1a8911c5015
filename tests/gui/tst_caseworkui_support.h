#pragma once
// Helpers of tst_caseworkui: a workspace with four officers and one received dossier, the app on
// it (Client: sign in, open a dossier, add an online submission as sync brings it, read events
// back, open an action's dialog with its key), a document image to attach, screenshots.

#include "domain/dossier/Event.h"
#include "gui/AppUnderTest.h"
#include "ui/DossierView.h"
#include "ui/MainWindow.h"
#include "ui/casework/ActionDialog.h"
#include "ui/casework/DossierActionsPanel.h"
#include "ui/pages/LookupPage.h"

#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QString>
#include <QtTest>

class QDialog;
class QWidget;

namespace caseworkui {

using namespace motcua;
using casework::Action;

extern const QString kPassword;
extern const QString kCard;
constexpr int kWaitMs = 60000;

// An A4 page at 150 dpi with `text` on 20 lines, written to `path`; returns `path`.
QString writeDocumentImage(const QString &path, const QString &text);
// Officers: tiepnhan (counter), xuly and xuly2 (processing), lanhdao (supervisor); one dossier of
// 1.001193 received by tiepnhan with both components.
QString createWorkspace(const QString &dir, QString *dossierCode);
// Saved in $MOTCUA_SCREENSHOT_DIR when it is set.
void screenshot(QWidget *w, const QString &name);
// Confirms with Enter and waits for the dialog to close (the event written).
bool confirmWithEnter(QDialog *dialog);

struct Client : motcua::test::AppUnderTest {
    QString code;
    QPair<qint64, QByteArray> portalHead{0, {}};   // the portal device's chain, for online submissions
    QPair<qint64, QByteArray> officeHead{0, {}};   // the office's chain on the portal

    Client();
    LookupPage *lookup() const { return static_cast<LookupPage *>(main()->page(MainWindow::LookupPageIndex)); }
    DossierView *view() const { return lookup()->dossierView(); }
    DossierActionsPanel *panel() const { return view()->actionsPanel(); }

    // Signs `login` in and opens the dossier (by default the one received) in the dossier view,
    // its actions read.
    bool openAs(const QString &login, const QString &dossier = {});
    // An online submission as sync brings it: the portal's SubmittedOnline (device number 00 in
    // its code, sealed on the portal's device), imported as pulled. Returns its code.
    QString addOnlineSubmission(int sequence);
    QList<Event> eventsOf(const QString &dossier) const;
    QList<Event> events() const;
    // Opens the action's dialog with its function key, as an officer would.
    template <typename Dialog>
    Dialog *openWithKey(Action action, const QKeySequence &key)
    {
        CaseworkDialog *opened = nullptr;
        auto c = QObject::connect(panel(), &DossierActionsPanel::dialogOpened, panel(), [&](CaseworkDialog *d) { opened = d; });
        main()->activateWindow();
        if (!QTest::qWaitForWindowActive(main()))
            return nullptr;
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key(key[0].key()), key[0].keyboardModifiers());
        (void)QTest::qWaitFor([&] { return opened != nullptr; }, 5000);   // a button's key clicks it "animated", a moment later
        QObject::disconnect(c);
        if (!opened || opened->action() != action)
            return nullptr;
        opened->setPreviewEnabled(false);
        return qobject_cast<Dialog *>(opened);
    }
};

} // namespace caseworkui

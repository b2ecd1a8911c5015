#pragma once
// Helpers of tst_receivepage and tst_receivescanning: a signed-in counter with the Receive page on screen, a
// keyboard-wedge burst, the SANE test scanner, and reading the workspace back.

#include "app/auth/AuthService.h"
#include "app/capture/ScanTypes.h"
#include "ui/Language.h"
#include "ui/pages/ReceivePage.h"

#include <QString>
#include <QStringList>

class QLineEdit;
class QPushButton;
class QWidget;
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace rptest {

constexpr int kWaitMs = 120000;   // generous: the 2-core test machine is shared

extern const QString kPassword;
// A CCCD QR text (female, born 1990 in Hà Nội): the burst a handheld scanner types.
extern const QString kCardText;
extern const QString kCardName;

// Before QApplication: the counter PC set to New York time (the codes, slips and menus must still
// say Hà Nội's day), the SANE test scanner's configuration and the scan worker program.
void prepareEnvironment();
// In initTestCase: Noto Sans 10 pt when installed (the screenshots' and layout checks' font).
void useTestFont();

QString createWorkspace(const QString &dir);
QString run(const QString &program, const QStringList &args);   // its stdout
void screenshot(QWidget *w, const char *name);   // into $MOTCUA_SCREENSHOT_DIR when set
QLineEdit *procedureQuery(motcua::ReceivePage *page);
QPushButton *button(motcua::ReceivePage *page, const char *name);
// Picks `code` among the results of what was typed, by keyboard (Down…, Enter): the keys pressed.
int pickProcedure(motcua::ReceivePage *page, const QString &code);
bool componentProvided(motcua::ReceivePage *page, int number);
// Space on the focused Scan button, then its pages: "" or what went wrong.
QString scanFocusedError(motcua::ReceivePage *page, int number);
bool scanFocused(motcua::ReceivePage *page, int number);
// After a card whose citizen the local cache does not know (or knows without a phone): waits until
// the page asks for the phone (the Applicant step, the phone field focused, the hint shown), types
// `phone` when given, then Enter: on to the next step. False when it was never asked.
bool answerPhone(motcua::ReceivePage *page, const QString &phone = {});
// The test scanner's grid; a different dpi gives a different page (and page hash).
motcua::capture::ScanProfile gridProfile(int pages = 1, int dpi = 150);
// Sends `text` as fast key presses (Vietnamese letters as Key_unknown with their text), then Enter,
// to whatever widget has the focus. With `stallAfter` ≥ 0 the GUI thread is kept busy for `stallMs`
// after that many characters (as if it had been busy while the scanner typed on).
void sendBurst(const QString &text, int stallAfter = -1, int stallMs = 0);
// SELECT … FROM dossiers WHERE code = ? (columns by name), "events.<type>": event counts by type,
// "counter.<column>": the counter_times row.
QVariantMap dossierRow(const QString &dir, const QString &code);
// A page-sized image with text on it (not blank) saved as PNG; returns its path.
QString writeDocumentImage(const QString &dir, const QString &name, const QString &text);

// A workspace, the officer "an" signed in, the Receive page shown at 1366×768.
struct Counter {
    QTemporaryDir tmp;
    QString dir;
    motcua::Language language;
    std::unique_ptr<motcua::AuthService> auth;
    std::unique_ptr<motcua::ReceivePage> page;

    explicit Counter(const QString &existingDir = {});
    ~Counter();
    bool signIn();
    void openPage();
    // signIn, openPage, and the page's window active: what most tests start with.
    bool openSignedIn();
};

} // namespace rptest

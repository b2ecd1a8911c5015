#pragma once
// Helpers of tst_receivepage: a signed-in counter with the Receive page on screen, a
// keyboard-wedge burst, the SANE test scanner, and reading the workspace back.

#include "app/auth/AuthService.h"
#include "app/capture/ScanTypes.h"
#include "ui/Language.h"
#include "ui/pages/ReceivePage.h"

#include <QString>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace rptest {

extern const QString kPassword;
// A CCCD QR text (female, born 1990 in Hà Nội): the burst a handheld scanner types.
extern const QString kCardText;
extern const QString kCardName;

QString createWorkspace(const QString &dir);
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
};

} // namespace rptest

#include "app/common/ErrorText.h"

#include <QCoreApplication>
#include <QHash>

namespace motcua {

namespace {

struct Entry {
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP marks the sentences for lupdate; errorText() translates at run time.
const Entry kEntries[] = {
    {"auth.wrong-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "Wrong login or password.")},
    {"auth.unknown-officer", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is no active officer with that login.")},
    {"auth.revoked", QT_TRANSLATE_NOOP("motcua::ErrorText", "This officer's access has been revoked.")},
    {"auth.throttled", QT_TRANSLATE_NOOP("motcua::ErrorText", "Too many failed attempts: wait before trying again.")},
    {"auth.no-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "No password was given.")},
    {"auth.empty-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "The password must not be empty.")},
    {"auth.password-too-short", QT_TRANSLATE_NOOP("motcua::ErrorText", "The new password must have at least 8 characters.")},
    {"auth.password-mismatch", QT_TRANSLATE_NOOP("motcua::ErrorText", "The two entries of the new password differ.")},
    {"auth.same-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "The new password must differ from the current one.")},
    {"auth.not-admin", QT_TRANSLATE_NOOP("motcua::ErrorText", "Only an administrator may do this.")},
    {"auth.self-revoke", QT_TRANSLATE_NOOP("motcua::ErrorText", "An administrator cannot revoke their own access.")},
    {"keys.corrupt-file", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace key file is damaged.")},
    {"keys.io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace key file cannot be read or written.")},
    {"keys.disk-full", QT_TRANSLATE_NOOP("motcua::ErrorText", "The disk holding the workspace is full: nothing was changed. Free some space and try again.")},
    {"keys.read-only", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace is on a read-only disk: nothing can be saved there.")},
    {"keys.no-permission", QT_TRANSLATE_NOOP("motcua::ErrorText", "This user account may not write to the workspace folder.")},
    {"keys.locked", QT_TRANSLATE_NOOP("motcua::ErrorText", "Another MotCua program is changing the workspace key file: try again in a moment.")},
    {"keys.slot-exists", QT_TRANSLATE_NOOP("motcua::ErrorText", "An officer with that login already exists.")},
    {"keys.last-slot", QT_TRANSLATE_NOOP("motcua::ErrorText", "The last officer of a workspace cannot be removed.")},
    {"keys.kdf-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "Not enough memory to check the password.")},
    {"workspace.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is no workspace in this folder.")},
    {"workspace.not-empty", QT_TRANSLATE_NOOP("motcua::ErrorText", "The folder is not empty: a new workspace needs an empty or missing folder.")},
    {"workspace.bad-login", QT_TRANSLATE_NOOP("motcua::ErrorText", "A login is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter.")},
    {"workspace.bad-office", QT_TRANSLATE_NOOP("motcua::ErrorText", "The office code is missing.")},
    {"workspace.bad-name", QT_TRANSLATE_NOOP("motcua::ErrorText", "The officer's full name is missing.")},
    {"workspace.io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace folder cannot be created or written.")},
    {"workspace.db-missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace's database (motcua.db) is missing: restore it from a backup. Nothing was created.")},
    {"workspace.db-damaged", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace's database (motcua.db) is cut short or damaged: restore it from a backup. Nothing was changed.")},
    {"workspace.db-foreign", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database (motcua.db) in this folder does not belong to this workspace: restore the workspace's own database. Nothing was changed.")},
    {"db.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace's database file (motcua.db) is missing: restore it from a backup.")},
    {"db.wrong-key", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database cannot be opened with this key.")},
    {"db.not-encrypted", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database file is not encrypted: refusing to use it.")},
    {"db.migration-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database could not be upgraded; nothing was changed.")},
    {"db.disk-full", QT_TRANSLATE_NOOP("motcua::ErrorText", "The disk is full: nothing was saved. Free some space and try again.")},
    {"db.read-only", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace's disk or folder is read-only: nothing was saved. Ask the administrator to check its permissions.")},
    {"db.io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The disk holding the workspace cannot be read or written (removed, failing or disconnected): nothing was saved.")},
    {"db.corrupt", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace database is damaged. Nothing was changed; close MotCua and call the administrator (motcua-cli audit verify).")},
    {"db.busy", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace is busy with another program for too long: nothing was saved. Try again in a moment.")},
    {"db.no-memory", QT_TRANSLATE_NOOP("motcua::ErrorText", "Not enough memory to finish: nothing was saved. Close other programs and try again.")},
    {"db.open-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace database cannot be opened. Nothing was changed; try again, or call the administrator.")},
    {"db.query-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace database could not answer. Nothing was changed; try again.")},
    {"db.transaction-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The change could not be saved to the workspace database; nothing was saved. Try again.")},
    {"db.sql-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The change could not be saved to the workspace database; nothing was saved. Try again.")},
    {"db.not-sqlcipher", QT_TRANSLATE_NOOP("motcua::ErrorText", "This installation lacks the encryption library: refusing to open the workspace.")},
    {"db.schema-too-new", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace was written by a newer version of MotCua: update this program.")},
    {"db.rekey-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace could not be re-encrypted with a new key; the old key still opens it.")},
    {"auth.not-counter", QT_TRANSLATE_NOOP("motcua::ErrorText", "Only a counter officer may receive dossiers.")},
    {"auth.locked", QT_TRANSLATE_NOOP("motcua::ErrorText", "The session is locked: sign in again to continue.")},
    {"intake.no-procedure", QT_TRANSLATE_NOOP("motcua::ErrorText", "Choose the procedure first.")},
    {"intake.unknown-procedure", QT_TRANSLATE_NOOP("motcua::ErrorText", "The procedure is not in the catalog.")},
    {"intake.no-applicant", QT_TRANSLATE_NOOP("motcua::ErrorText", "The applicant is missing.")},
    {"intake.bad-id-number", QT_TRANSLATE_NOOP("motcua::ErrorText", "The applicant's ID number must have 12 digits.")},
    {"intake.no-name", QT_TRANSLATE_NOOP("motcua::ErrorText", "The applicant's full name is missing.")},
    {"intake.incomplete", QT_TRANSLATE_NOOP("motcua::ErrorText", "A required component is missing: the dossier cannot be received. Request a supplement (Form 02) or refuse it (Form 03).")},
    {"intake.no-limit", QT_TRANSLATE_NOOP("motcua::ErrorText", "The procedure publishes no time limit: set the appointment by hand.")},
    {"intake.no-reasons", QT_TRANSLATE_NOOP("motcua::ErrorText", "A refusal needs at least one reason.")},
    {"intake.nothing-missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "Nothing is missing: there is nothing to request.")},
    {"intake.missing-page", QT_TRANSLATE_NOOP("motcua::ErrorText", "A page of the receipt is no longer in the store: scan it again.")},
    {"intake.not-a-card", QT_TRANSLATE_NOOP("motcua::ErrorText", "This is not the QR code of an ID card.")},
    {"intake.unknown-component", QT_TRANSLATE_NOOP("motcua::ErrorText", "A separator sheet names no component of this procedure.")},
    {"intake.not-awaiting-supplement", QT_TRANSLATE_NOOP("motcua::ErrorText", "This dossier is not waiting for a supplement requested at the counter.")},
    {"intake.no-pages", QT_TRANSLATE_NOOP("motcua::ErrorText", "No page to file was found.")},
    {"intake.blank-component", QT_TRANSLATE_NOOP("motcua::ErrorText", "Every page of a component is blank.")},
    {"drafts.unreadable", QT_TRANSLATE_NOOP("motcua::ErrorText", "A saved receipt draft cannot be read.")},
    {"dossier.role-missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "Your role does not allow this action on the dossier.")},
    {"dossier.wrong-state", QT_TRANSLATE_NOOP("motcua::ErrorText", "This action is not possible in the dossier's current status.")},
    {"dossier.not-holder", QT_TRANSLATE_NOOP("motcua::ErrorText", "Another officer holds this dossier.")},
    {"dossier.wrong-office", QT_TRANSLATE_NOOP("motcua::ErrorText", "This dossier belongs to another office.")},
    {"dossier.bad-payload", QT_TRANSLATE_NOOP("motcua::ErrorText", "The action lacks information it needs.")},
    {"dossier.not-author", QT_TRANSLATE_NOOP("motcua::ErrorText", "The action must be recorded by the signed-in officer.")},
    {"dossier.unknown-part", QT_TRANSLATE_NOOP("motcua::ErrorText", "This bundled dossier has no such part.")},
    {"dossier.parts-pending", QT_TRANSLATE_NOOP("motcua::ErrorText", "Some parts of this bundled dossier have no result yet.")},
    {"pages.tampered", QT_TRANSLATE_NOOP("motcua::ErrorText", "A stored page no longer matches its fingerprint: it may have been altered.")},
    {"pages.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "A page is missing from the store.")},
    {"import.unreadable", QT_TRANSLATE_NOOP("motcua::ErrorText", "The file cannot be read as an image.")},
    {"import.unsupported", QT_TRANSLATE_NOOP("motcua::ErrorText", "This kind of file cannot be imported.")},
    {"import.corrupt-pdf", QT_TRANSLATE_NOOP("motcua::ErrorText", "The PDF file is damaged or protected.")},
    {"import.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "The file does not exist.")},
    {"barcode.unreadable-file", QT_TRANSLATE_NOOP("motcua::ErrorText", "The file cannot be read as an image or a PDF.")},
    {"import.damaged-image", QT_TRANSLATE_NOOP("motcua::ErrorText", "The image file is incomplete or damaged (for example cut short while copying or sending): nothing was imported from it. Ask for the file again or scan the paper.")},
    {"cccd.too-few-fields", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code is incomplete: read it again.")},
    {"cccd.bad-id", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code has no valid 12-digit number.")},
    {"cccd.bad-dob", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code has an invalid date of birth.")},
    {"cccd.bad-issued", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code has an invalid issue date.")},
    {"cccd.too-long", QT_TRANSLATE_NOOP("motcua::ErrorText", "The text read is too long to be an ID card's QR code.")},
    {"cccd.bad-encoding", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code holds bytes that are not valid text: read it again.")},
    {"cccd.no-name", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code has no name.")},
    {"cccd.born-in-future", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code gives a date of birth in the future.")},
    {"cccd.issued-before-birth", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code gives an issue date before the date of birth.")},
    {"cccd.issued-in-future", QT_TRANSLATE_NOOP("motcua::ErrorText", "The ID card's QR code gives an issue date in the future.")},
    {"scanner.no-device", QT_TRANSLATE_NOOP("motcua::ErrorText", "No scanner was found.")},
    {"scanner.hung", QT_TRANSLATE_NOOP("motcua::ErrorText", "The scanner stopped answering; the pages already scanned are kept. Try again.")},
    {"scanner.crashed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The scanner driver failed; the pages already scanned are kept. Try again.")},
    {"scanner.busy", QT_TRANSLATE_NOOP("motcua::ErrorText", "The scanner is busy.")},
    {"scanner.open-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The scanner cannot be opened: check that it is switched on and connected.")},
    {"printing.write-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The form could not be saved as a PDF file.")},
    {"printing.render-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The form could not be drawn for printing.")},
    {"lookup.no-dossier", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is no dossier with this code in this workspace.")},
    {"lookup.page-undecodable", QT_TRANSLATE_NOOP("motcua::ErrorText", "The stored page cannot be decoded as an image.")},
    {"citizens.bad-id", QT_TRANSLATE_NOOP("motcua::ErrorText", "A citizen's ID number has 12 digits.")},
    {"citizens.no-name", QT_TRANSLATE_NOOP("motcua::ErrorText", "The citizen's full name is missing.")},
    {"sync.offline-warning", QT_TRANSLATE_NOOP("motcua::ErrorText", "This device has not synced with the portal for several days: connect it, or carry a bundle, soon.")},
    {"sync.offline-too-long", QT_TRANSLATE_NOOP("motcua::ErrorText", "This device has not synced with the portal for too long: new dossiers cannot be received until it syncs (connect it, or carry a bundle to a connected computer).")},
    {"sync.offline-too-many", QT_TRANSLATE_NOOP("motcua::ErrorText", "Too many dossiers on this device have not reached the portal: new dossiers cannot be received until it syncs.")},
    {"sync.not-enrolled", QT_TRANSLATE_NOOP("motcua::ErrorText", "This workspace is stand-alone (made with init): it is not enrolled on a portal and cannot sync. Enroll a new workspace with enroll --portal URL.")},
    {"sync.workspace-exists", QT_TRANSLATE_NOOP("motcua::ErrorText", "A workspace already exists in this folder: enrollment creates a new workspace and never converts an existing one (its dossier codes were minted as device 01). Choose an empty folder.")},
    {"sync.already-enrolled", QT_TRANSLATE_NOOP("motcua::ErrorText", "This workspace is enrolled on a portal already.")},
    {"sync.bad-portal-url", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal address must be an http:// or https:// URL with a host name.")},
    {"sync.transport", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal cannot be reached (no connection, or the connection was cut): nothing was lost, the next sync tries again.")},
    {"sync.timeout", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal did not answer in time: nothing was lost, the next sync tries again.")},
    {"server.error", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal had an internal error: nothing was lost, the next sync tries again.")},
    {"server.unavailable", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal is unavailable for the moment: nothing was lost, the next sync tries again.")},
    {"sync.refused", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal refused the request.")},
    {"sync.left-to-send", QT_TRANSLATE_NOOP("motcua::ErrorText", "Some items are not yet accepted by the portal.")},
    {"sync.no-result", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal did not answer for this item: it will be sent again.")},
    {"sync.bad-changes", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal sent changes this program cannot read: nothing was stored.")},
    {"sync.nothing-to-export", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is nothing to export: the portal has accepted every event of this device.")},
    {"sync.bundle-io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The bundle file cannot be read or written.")},
    {"sync.seal-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The bundle could not be sealed.")},
    {"sync.bad-portal-key", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal's public key stored at enrollment is damaged.")},
    {"sync.enroll-no-role", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal gives this officer no role on a counter device.")},
    {"sync.portal-managed", QT_TRANSLATE_NOOP("motcua::ErrorText", "This workspace is enrolled on a portal, which is the source of truth for officers, the catalog and the calendar: make this change on the portal; the next sync brings it here.")},
    {"sync.unknown-item", QT_TRANSLATE_NOOP("motcua::ErrorText", "This item is not in the outbox.")},
    {"auth.bad-credentials", QT_TRANSLATE_NOOP("motcua::ErrorText", "Wrong login or password on the portal.")},
    {"auth.token-missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal asked to sign in again.")},
    {"auth.token-invalid", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal did not accept this device's sign-in.")},
    {"auth.token-expired", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal's sign-in ran out; the next sync signs in again.")},
    {"auth.bad-signature", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal did not accept this device's signature (is this computer's clock right?).")},
    {"auth.forbidden", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal refused: this belongs to an office this device may not act for.")},
    {"device.revoked", QT_TRANSLATE_NOOP("motcua::ErrorText", "This device's enrollment was revoked on the portal: it can no longer sync.")},
    {"device.unknown", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal does not know this device.")},
    {"devices.office-full", QT_TRANSLATE_NOOP("motcua::ErrorText", "The office already has 99 enrolled devices.")},
    {"not-found", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal has no such item.")},
    {"request.malformed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal could not read the request.")},
    {"request.too-large", QT_TRANSLATE_NOOP("motcua::ErrorText", "The request is too large for the portal.")},
    {"files.hash-mismatch", QT_TRANSLATE_NOOP("motcua::ErrorText", "A page sent to the portal arrived damaged: it will be sent again.")},
    {"files.bad-offset", QT_TRANSLATE_NOOP("motcua::ErrorText", "A page upload was out of step with the portal: it resumes at the next sync.")},
    {"files.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal does not have a page of this item yet: it will be sent again after the page.")},
    {"sync.bad-signature", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal did not accept the signature of the items sent.")},
    {"bundle.tampered", QT_TRANSLATE_NOOP("motcua::ErrorText", "The bundle was changed or damaged after it was made: refused whole, nothing was stored.")},
    {"events.bad-link", QT_TRANSLATE_NOOP("motcua::ErrorText", "This event does not follow the previous one of its device: the missing one is sent first.")},
    {"events.seq-taken", QT_TRANSLATE_NOOP("motcua::ErrorText", "Another event already holds this place in the device's chain.")},
    {"event.bad-json", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal could not read this event.")},
    {"events.portal-mismatch", QT_TRANSLATE_NOOP("motcua::ErrorText", "The portal gave this event another place than before: it was not changed here.")},
    {"events.unknown", QT_TRANSLATE_NOOP("motcua::ErrorText", "This event is not in this workspace.")},
};

} // namespace

QString errorText(const Error &error)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> h;
        for (const Entry &e : kEntries)
            h.insert(QLatin1String(e.code), e.text);
        return h;
    }();
    const auto it = table.constFind(error.code);
    if (it != table.constEnd())
        return QCoreApplication::translate("motcua::ErrorText", it.value());
    // The code only: the detail may carry SQLite's or the system's own (English) message, and is
    // for the log, never for the officer.
    return QCoreApplication::translate("motcua::ErrorText", "The operation failed (error %1).").arg(error.code);
}

} // namespace motcua

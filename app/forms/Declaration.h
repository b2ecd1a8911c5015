#pragma once

#include "app/forms/FormRegistry.h"
#include "app/intake/IntakeDraft.h"
#include "app/printing/FormData.h"
#include "domain/forms/FormFill.h"
#include "domain/forms/FormPayload.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua {
class EventStore;
}

namespace motcua::forms {

// What the counter knows before anything is typed: the applicant's card and contact, the
// competent authority ("Kính gửi") and the date. Sources: "card-qr" (or the applicant's own
// source: "typed", "cache"), "office", "clock"; for suggestions, "applicant.province" and
// "office.province" (the bundled administrative units' province named by the address / the office).
FillInput fillInputFor(const intake::Applicant &applicant, const QString &authority, const QDate &today);

// The filled fields as one compact JSON object (UTF-8 text not escaped): every field in the
// definition's order (name → value, "" when empty), then "_sources" (name → source) for the
// fields that have a value. The `form fill` contract.
QString filledJson(const FormDefinition &definition, const FilledForm &filled);

// The printable declaration (FormKind::Declaration) with its payload QR; `issuedAt` office-local.
printing::FormData declarationForm(const FormDefinition &definition, const FilledForm &filled, const QDateTime &issuedAt);

// A declaration read back from the codes of a scanned page.
struct DeclarationReading {
    enum class Outcome {
        None,            // no form payload among the codes
        Verified,        // our payload, its definition known, its data match its hash
        Tampered,        // form.tampered: the data do not match the hash — not trusted
        UnknownForm,     // form.unknown-version: an id or version this counter has no definition of
        Unreadable,      // form.bad-payload / form.unsupported-payload
    };
    Outcome outcome = Outcome::None;
    Error error;                        // for every outcome but None and Verified
    QString formId;
    int version = 0;
    QString hash;
    QMap<QString, QString> fields;      // Verified only

    // The facts stored in ComponentAttached's "declaration" (Verified) — {"form","version","hash",
    // "fields"} — no translated text.
    QJsonObject facts() const;
};

// The first form payload among `codeTexts` (one page's or one file's codes), read against `registry`.
DeclarationReading readDeclaration(const QStringList &codeTexts, const FormRegistry &registry);

// The first form payload on the pages of `files` (images or PDFs, read as `decode` reads them).
// Unreadable files are skipped here: the page import reports them.
DeclarationReading readDeclarationFromFiles(const QStringList &files, const FormRegistry &registry);

// Puts what was read on a draft component: the facts when Verified, the issue code otherwise.
void applyReading(const DeclarationReading &reading, intake::DraftComponent &component);

// The applicant's earlier declarations in this workspace (ComponentAttached "declaration" facts of
// their dossiers, refused ones excepted), newest dossier first. Personal data: never logged.
Result<QList<EarlierDeclaration>> earlierDeclarations(const QSqlDatabase &db, const EventStore &events, const QString &idNumber);

} // namespace motcua::forms

#pragma once

#include "db/CitizenStore.h"
#include "domain/Result.h"
#include "domain/auth/Role.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

// Plain values the lookup service returns and the lookup worker carries across threads.
// Personal data (names, ID numbers, phones): for display only, never log it.
namespace motcua::lookup {

// What the officer typed, recognised. CodePrefix: the start of a dossier code ("H55.242-2612",
// "261207", "261207-01": without an office, this office's); Days: no text, the dossiers received
// on a range of office days (today by default).
enum class QueryKind { Empty, DossierCode, LookupCode, IdNumber, OldIdNumber, Phone, Name, CodePrefix, Days };

struct Query {
    QueryKind kind = QueryKind::Empty;
    QString text;        // normalized: the code upper-cased, the phone as 0xxxxxxxxx, the name trimmed
    bool alsoName = false; // a lookup-code-shaped word that may as well be a name ("THANHHA")
    QDate from;          // Days: the first and last office day listed
    QDate to;
};

// A dossier in the results and the header of the dossier view.
struct DossierHit {
    QString code;
    QString lookupCode;
    QString procedureCode;
    QString procedureName;   // from the catalog; empty when the catalog does not know the code
    QString applicantName;
    QString applicantIdNumber;
    DossierStatus status = DossierStatus::None;
    int statusCode = 0;      // national portal code 1–10
    QString statusText;      // translated
    QDateTime receivedAt;    // office-local
    QDateTime dueAt;         // office-local; invalid when no limit
    QDateTime finishedAt;    // office-local; invalid while open
    bool late = false;       // finished after the due moment, or open and past it
    int conflicts = 0;
};

struct LookupResults {
    Query query;
    QList<DossierHit> dossiers;
    QList<Citizen> citizens;
    // Set when the store could not answer (db.corrupt, db.busy …): the lists may be incomplete,
    // and "nothing found" must not be said.
    std::optional<Error> failure;
};

// One event of a dossier, readable.
struct TimelineRow {
    QDateTime at;            // office-local
    QString officer;         // login
    QString officerName;     // full name when known, else the login
    Role role = Role::Counter;
    EventType type = EventType::NoteAdded;
    QString typeText;        // translated ("Tiếp nhận")
    QString summary;         // translated, short
    bool conflict = false;   // refused by replay in this order: kept in the log, changed nothing
    QString conflictReason;  // the state machine's reason code
};

// One component as it stands, and where its pages came from.
struct ComponentRow {
    int number = 0;
    QString name;            // from the catalog ("Component n" only when the catalog does not know it)
    Provenance provenance = Provenance::ScannedAtCounter;
    QString provenanceText;  // translated, with the source dossier for a reused one
    QString sourceDossier;
    QStringList pageHashes;
    QString attachedBy;
    QDateTime attachedAt;    // office-local
    int revision = 1;
};

struct DossierDetails {
    DossierHit header;
    QString holder;          // login, or "pool:<office>", or empty
    QList<TimelineRow> timeline;
    QList<ComponentRow> components;
    QStringList pageHashes;  // every page of every component, in component order
};

// A page decoded for display. A page whose bytes do not match its hash is never decoded:
// `tampered` is set and `image` stays null.
struct PageImage {
    static constexpr int kThumbnailWidth = 72;
    static constexpr int kThumbnailHeight = 96;
    QString sha256;
    QImage image;
    QImage thumbnail;        // a small copy for lists (at most kThumbnailWidth × kThumbnailHeight), made on the worker
    bool tampered = false;
    Error error;             // set when the page could not be shown (pages.tampered, pages.missing, ...)
    bool ok() const { return !image.isNull(); }
};

// A reusable document the portal's data warehouse holds for a citizen (GET /v1/citizens/{idNumber}).
struct RegistryDocument {
    QString kind;             // a catalog document type (reuse matches on it)
    QString number;           // its number (số văn bản)
    QDate issuedAt;
    QString issuer;
    QString dossier;          // the dossier it was issued through, when the warehouse knows it
    QString sha256;           // its electronic copy on the portal; empty when it has none
    bool available = false;   // the copy is stored here (fetched, hash-checked): it can be reused
};

// The population registry's record of a citizen, as the portal (or the cache) gave it.
struct RegistryRecord {
    QString idNumber;
    QString oldIdNumber;      // empty when none
    QString fullName;
    QString dateOfBirth;      // "YYYY-MM-DD"
    QString gender;           // "Nam" / "Nữ"
    QString address;          // the registry's current address (may be newer than the card's)
    QList<RegistryDocument> documents;
};

// The answer to a citizen lookup by ID number through the portal (CitizenRegistry).
struct RegistryAnswer {
    enum class Source {
        NotEnrolled,   // a stand-alone workspace: no portal, today's local lookup only
        Portal,        // the portal answered just now (found or not)
        Cache,         // the portal could not answer; the encrypted cache did (fetchedAt: how old)
        Unreachable,   // the portal could not answer and nothing is cached
    };
    QString idNumber;
    Source source = Source::NotEnrolled;
    bool found = false;       // Portal/Cache: the registry knows the number
    RegistryRecord record;    // when found
    QDateTime fetchedAt;      // UTC: when the portal gave this record
    std::optional<Error> error;   // Cache/Unreachable: why the portal did not answer

    bool hasRecord() const { return found && (source == Source::Portal || source == Source::Cache); }
};

} // namespace motcua::lookup

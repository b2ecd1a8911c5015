#pragma once

#include "domain/Result.h"
#include "domain/auth/Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace motcua {

// What happened to a dossier. The counter outcomes at receipt are three separate events:
// Received (Form 01, accepted, clock starts), SupplementRequestedAtCounter (Form 02: the dossier is
// registered but not accepted, national status 5 "supplement required", no clock; when the citizen
// comes back, SupplementReceived at the counter (status 1) and then a counter outcome on the same
// code: a Received accepts it) and ReceiptRefused (Form 03, national status 3, final).
enum class EventType {
    Received,
    SupplementRequestedAtCounter,
    ReceiptRefused,
    SupplementRequested,
    SupplementReceived,
    Transferred,
    Appraised,
    Approved,
    Rejected,
    ResultReady,
    Returned,
    Withdrawn,
    Stopped,
    Extended,
    ComponentAttached,
    NoteAdded,
    // The citizen's submission through the public service portal (payload in StateMachine.cpp):
    // the FIRST event of a dossier whose code the portal minted (device number 00), authored and
    // sealed by the portal for the receiving office. Status 1, held by the office's counter pool,
    // no clock: a counter's Received on the same code accepts it (the clock starts then), a
    // SupplementRequestedAtCounter returns it for supplement.
    SubmittedOnline,
};

QString eventTypeName(EventType t);                               // "Received", "Transferred", ...
std::optional<EventType> eventTypeFromName(const QString &name);
QList<EventType> allEventTypes();

// One event of a dossier's log. Immutable once stored, except the portal fields, set once at sync.
struct Event {
    QUuid uuid;
    QString dossier;         // the dossier code (see domain/codes/DossierCode.h)
    EventType type = EventType::NoteAdded;
    QJsonObject payload;
    QString officer;         // login
    Role role = Role::Counter; // the role the officer acted in
    QString office;          // the acting officer's office code
    QString device;          // the authoring device's id
    qint64 deviceSeq = 0;    // 1, 2, 3 … per device; 0 = not yet assigned
    QDateTime wallTime;      // UTC, millisecond precision
    QUuid parent;            // the dossier event its author last saw (null for the first)
    QByteArray deviceHash;   // 32 bytes: SHA-256(previous device hash || canonicalBytes())
    qint64 portalSeq = 0;    // 0 = not synced; the portal's global sequence (the sync cursor)
    qint64 officeSeq = 0;    // 0 = not synced; the place in its receiving office's chain (1, 2, 3 …)
    QByteArray portalHash;   // 32 bytes, empty until synced: the office-chain link (audit/ChainHash.h)

    bool isSynced() const { return portalSeq > 0; }

    // The bytes both chains hash: every immutable field (not the hashes, not the portal fields) as
    // canonical JSON (see CanonicalJson.h). Times as ISO-8601 UTC with milliseconds
    // ("2026-03-02T01:30:00.000Z"), uuids without braces, hashes as lowercase hex.
    QByteArray canonicalBytes() const;
    // The same bytes, the payload's canonical JSON (canonicalJson(payload)) given by a caller that has
    // it already (the portal writes it and hashes the event twice).
    QByteArray canonicalBytes(const QByteArray &canonicalPayload) const;

    // Full JSON form (also the wire form for sync): the canonical fields plus "deviceHash",
    // "portalSeq", "officeSeq", "portalHash" when set.
    QJsonObject toJson() const;
    static Result<Event> fromJson(const QJsonObject &o);

    friend bool operator==(const Event &, const Event &) = default;
};

// Time helpers shared by the codec, the stores and tests.
QString isoUtcMs(const QDateTime &t);                 // "yyyy-MM-ddTHH:mm:ss.zzzZ"
QDateTime parseIsoUtcMs(const QString &s);            // invalid on error
QString uuidText(const QUuid &u);                     // without braces; "" for a null uuid

} // namespace motcua

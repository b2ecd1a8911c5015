#pragma once

#include "domain/Result.h"
#include "domain/catalog/Procedure.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

// Bundled procedures (liên thông): one dossier, received once at the counter, whose parts are
// routed to several authorities. No event type of its own: the payloads below extend Received,
// Transferred and ResultReady, and the one state machine (StateMachine.cpp) checks them.
//
// Received of a bundle: the usual Received payload ("procedure" is the bundle's own code) plus
// "parts", one per authority of the catalog's Bundle, in its order (bundlePartsPayload() builds it):
//   {"procedure": "2.000986", "limit": {…}, "applicant": {…}, "lookupCode": "…",
//    "parts": [{"part": 1, "procedure": "1.001193", "authority": "Ủy ban nhân dân cấp xã"},
//              {"part": 2, "procedure": "1.004222", "authority": "Công an cấp xã"},
//              {"part": 3, "authority": "Bảo hiểm xã hội"}]}
//   "part": the element's 1-based place in the array (required, so the log reads on its own);
//   "authority": non-empty; "procedure": optional, the constituent procedure's code.
//   No "parts" (or a Form 02 / Form 03 outcome): not a bundle; everything behaves as before.
//
// A part sent to its authority: a Transferred that names a part instead of an officer ("to" and
// "forApproval" must be absent). The holder does not change: the processing officer keeps
// coordinating the dossier while the other authorities decide their parts.
//   {"part": 2, "authority": "Công an cấp xã"}
//   "authority" is optional; when present it must be the part's. Other keys ("note", the receiving
//   authority's reference …) are kept in the log and not read.
//
// A part's result back: a ResultReady that names a part. The dossier stays in processing.
//   {"part": 2}                 (other keys, e.g. "note", "reference", kept and not read)
//   A part the receiving authority decides itself may get its result without being sent.
//
// The dossier's own ResultReady (no "part") of a bundle is refused with dossier.parts-pending until
// every part is done; the approval it needs is the same as for a single procedure.
namespace motcua {

// The "parts" array of a bundle's Received payload: authority i paired with constituent procedure i
// (the catalog lists the procedures it knows in the authorities' order; an authority past the end of
// that list, e.g. the social insurance part the catalog lacks, gets no procedure).
QJsonArray bundlePartsPayload(const Bundle &bundle);

// The parts a Received payload lists, all Pending. No "parts": an empty list (not a bundle).
// Malformed: a dossier.bad-payload error whose detail says what is wrong.
Result<QList<BundlePart>> partsFromPayload(const QJsonObject &receivedPayload);

// A Transferred or ResultReady whose payload has "part": routing of one part, not of the dossier.
bool namesPart(const Event &event);
// The "part" of a routing payload; nullopt when missing or not an integer >= 1.
std::optional<int> partNumber(const QJsonObject &payload);

// Payloads for the casework code.
QJsonObject partSentPayload(const BundlePart &part);  // {"part": n, "authority": "…"}
QJsonObject partResultPayload(int number);            // {"part": n}

} // namespace motcua

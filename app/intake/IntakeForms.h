#pragma once

#include "app/printing/FormData.h"
#include "db/Workspace.h"
#include "domain/Result.h"
#include "domain/catalog/Catalog.h"
#include "domain/catalog/Procedure.h"
#include "domain/dossier/Event.h"

#include <QTimeZone>

namespace motcua::intake {

struct IntakeOutcome;
struct IntakeDraft;
struct DraftComponent;

// Fills the printed form (Form 01 / 02 / 03) of a counter outcome from the draft, the catalog
// and the session: what the citizen takes home. Times are shown in the office's zone.
class IntakeForms {
public:
    static printing::FormData build(const IntakeOutcome &outcome, const IntakeDraft &draft, const Procedure &procedure,
                                    const SessionInfo &session, const QTimeZone &zone);
    // The form of a stored dossier, for a reprint: rebuilt from its counter outcome (the first
    // Received / Form 02 / Form 03 event's payload), its ComponentAttached events, the catalog (names,
    // fees) and its derived due moment. Error lookup.no-dossier when it has no counter outcome.
    static Result<printing::FormData> fromEvents(const QList<Event> &events, const QDateTime &dueAt, const Catalog &catalog,
                                                 const SessionInfo &session, const QTimeZone &zone,
                                                 const QString &officerName);
    // "Bản chính; 2 trang", "Bản sao; tái sử dụng từ hồ sơ X, 1 trang" — what the citizen provided,
    // for the form and the UI: the form and the pages, and where it came from only when that is not
    // the citizen's paper (no internal source words such as "scanned" or "imported").
    static QString providedText(const DraftComponent &component);
    // "Lệ phí: 8.000 đồng/bản" … or "Miễn lệ phí"; "" when the catalog states nothing.
    static QString feesText(const Procedure &procedure);
};

} // namespace motcua::intake

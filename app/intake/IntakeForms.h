#pragma once

#include "app/printing/FormData.h"
#include "db/Workspace.h"
#include "domain/catalog/Procedure.h"

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
    // "Bản chính; quét tại quầy, 2 trang" — how a component was provided, for the form and the UI.
    static QString providedText(const DraftComponent &component);
    // "Lệ phí: 8.000 đồng/bản" … or "Miễn lệ phí"; "" when the catalog states nothing.
    static QString feesText(const Procedure &procedure);
};

} // namespace motcua::intake

#pragma once

#include "domain/calendar/TimeLimit.h"
#include "domain/catalog/Procedure.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace motcua::lookup {

// Officer-facing (translated) words for dossiers: statuses, event types, provenance, and a short
// summary of an event's payload. Translated at call time, so the current language applies.
class DossierText {
    Q_DECLARE_TR_FUNCTIONS(motcua::lookup::DossierText)
public:
    static QString statusText(DossierStatus status);
    static QString eventTypeText(EventType type);
    static QString provenanceText(Provenance provenance, const QString &sourceDossier = {});
    static QString limitText(const TimeLimit &limit);
    // A one-line summary of what an event says ("Chuyển cho Trần Thị Bình (trình phê duyệt)").
    // officerNames: login → full name, for the officers an event names; procedure: the dossier's
    // procedure from the catalog (its name and its components' names), or nullptr when unknown.
    static QString eventSummary(const Event &event, const QHash<QString, QString> &officerNames,
                                const Procedure *procedure = nullptr);
    // "1.001193 — Đăng ký khai sinh"; the code alone when the name is unknown.
    static QString procedureText(const QString &code, const QString &name);
    // The component's name from the catalog; "Component n" only when the catalog does not know it.
    static QString componentName(int number, const Procedure *procedure);

private:
    static QString receiptSummary(const Event &e, const Procedure *procedure);
    static QString transferSummary(const Event &e, const QHash<QString, QString> &names);
    static QString componentSummary(const Event &e, const Procedure *procedure);
};

} // namespace motcua::lookup

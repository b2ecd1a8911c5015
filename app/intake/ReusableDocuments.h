#pragma once

#include "app/lookup/LookupTypes.h"
#include "domain/Result.h"
#include "domain/catalog/Catalog.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace motcua {
class EventStore;
}

namespace motcua::intake {

// An electronic document the applicant already has in an earlier dossier: a component that can be
// reused instead of paper (matched on the catalog's document type), or the result issued for that
// dossier (casework's ResultReady: the state's own document, numbered).
struct ReusableDocument {
    // Where it was found: this workspace's dossiers, or the portal's data warehouse (through the
    // registry lookup; its copy fetched and hash-checked into the page store). Choosing a warehouse
    // document records the component as from the national database.
    enum class Origin { Local, PortalWarehouse };
    Origin origin = Origin::Local;
    QString dossierCode;
    QString procedureCode;
    QString procedureName;
    int number = 0;                 // the component number in that dossier; 0 for a result
    QString documentType;
    QStringList pages;              // sha256, in order
    QDateTime attachedAt;           // UTC
    bool isResult = false;          // the result of that dossier, not a component the citizen filed
    QString resultNumber;           // its number (số văn bản), for a result
    QString name;                   // a result's name as the catalog lists it ("Giấy khai sinh (bản chính)")
    QString documentNumber;         // a warehouse document's number
    QString issuer;                 // a warehouse document's issuer ("UBND xã Tân Lập")
    QDate issuedAt;                 // a warehouse document's date of issue
    bool fromCache = false;         // a warehouse document known from the cache (the portal was unreachable)
};

// Finds the reusable documents of a citizen (by ID number) in this workspace: the components of
// their dossiers (not refused ones) and the results issued to them, newest dossiers first.
// Personal data: never log what it returns.
class ReusableDocuments {
public:
    // `events`: the thread's EventStore (WorkspaceServices::events()) on `db`.
    // The warehouse documents of a registry answer whose copy is stored here (RegistryDocument::available).
    static QList<ReusableDocument> fromRegistry(const lookup::RegistryAnswer &answer);
    // `local` then the warehouse's documents, a warehouse copy already among the local pages left out.
    static QList<ReusableDocument> merged(const QList<ReusableDocument> &local, const QList<ReusableDocument> &warehouse);

    static Result<QList<ReusableDocument>> find(const QSqlDatabase &db, const EventStore &events, const Catalog *catalog,
                                                const QString &idNumber);
};

} // namespace motcua::intake

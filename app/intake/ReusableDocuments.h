#pragma once

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
};

// Finds the reusable documents of a citizen (by ID number) in this workspace: the components of
// their dossiers (not refused ones) and the results issued to them, newest dossiers first.
// Personal data: never log what it returns.
class ReusableDocuments {
public:
    // `events`: the thread's EventStore (WorkspaceServices::events()) on `db`.
    static Result<QList<ReusableDocument>> find(const QSqlDatabase &db, const EventStore &events, const Catalog *catalog,
                                                const QString &idNumber);
};

} // namespace motcua::intake

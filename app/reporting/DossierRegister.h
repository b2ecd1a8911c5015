#pragma once

#include "app/printing/FormData.h"
#include "app/reporting/ReportService.h"
#include "domain/Result.h"
#include "domain/dossier/DossierState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace motcua::reporting {

// One dossier of the register (Form 07). Personal data (the applicant): never log it.
struct RegisterLine {
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QDateTime receivedAt;      // UTC
    QDateTime dueAt;           // UTC; invalid when none
    QDateTime finishedAt;
    QDateTime returnedAt;
    DossierStatus status = DossierStatus::None;
    bool late = false;         // finished after the due moment
};

// The dossier register (sổ theo dõi hồ sơ, Form 07) of a period: every dossier the office received
// on those office days (backlog digitization included: it is in the register too), oldest first,
// from the derived-state table. As a PDF (FormPainter) or as CSV (UTF-8, RFC 4180 quoting).
class DossierRegister {
    Q_DECLARE_TR_FUNCTIONS(motcua::reporting::DossierRegister)
public:
    explicit DossierRegister(const WorkspaceServices &services);

    Result<QList<RegisterLine>> lines(const ReportPeriod &period) const;
    // Header: code,procedure,procedure_name,applicant,received_at,due_at,finished_at,returned_at,status,national_status,late
    // (times ISO-8601 UTC with milliseconds, empty when none).
    static QByteArray csv(const QList<RegisterLine> &lines);
    printing::FormData form(const QList<RegisterLine> &lines, const ReportPeriod &period, const SessionInfo &session) const;

private:
    const WorkspaceServices &m_services;
};

} // namespace motcua::reporting

#pragma once

#include "app/workspace/WorkspaceServices.h"
#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace motcua::reporting {

// A period of office-local days (both included) for one office.
struct ReportPeriod {
    QDate from;
    QDate to;
    QString office;
};

// The dashboard's figures (issue 12, definitions in docs/reporting.md):
//   received          dossiers accepted with a Received in the period, backlog digitization excluded
//   returned_on_time  results returned in the period whose dossier finished at or before its due moment
//   returned_late     … finished after it
//   overdue           open (accepted or processing, not paused) and past the due moment at the clock's now
//   digitization_rate components received with at least one page / components received
//   reuse_rate        components satisfied by an existing electronic document (reused or from the
//                     national database) / components received
//   online_share      received dossiers that were online submissions accepted at the counter / received
//   avg_counter_seconds mean counter time (start of the receipt → decision) of the receipts, null when none
//   satisfaction_avg  mean of the 1–5 ratings given at returns in the period, null when none
// "Components received" of a received dossier: the procedure's required components and every other
// component filed with it.
struct ReportFigures {
    int received = 0;
    int returnedOnTime = 0;
    int returnedLate = 0;
    int overdue = 0;
    int componentsReceived = 0;
    int componentsDigitized = 0;
    int componentsReused = 0;
    int online = 0;
    std::optional<double> avgCounterSeconds;
    std::optional<double> satisfactionAvg;
    int ratings = 0;
    QStringList receivedCodes;   // the dossiers behind `received`, for drilling down
    QStringList overdueCodes;

    double digitizationRate() const { return componentsReceived ? double(componentsDigitized) / componentsReceived : 0; }
    double reuseRate() const { return componentsReceived ? double(componentsReused) / componentsReceived : 0; }
    double onlineShare() const { return received ? double(online) / received : 0; }
    QJsonObject toJson() const;  // the keys of `motcua-cli report` (a stable contract)
};

// Computes the figures from the event log (replayed by the thread's EventStore with the office's
// calendar) and the counter times; "now" is the services' clock. Runs on the thread that owns them.
class ReportService {
public:
    explicit ReportService(const WorkspaceServices &services);
    Result<ReportFigures> figures(const ReportPeriod &period) const;

private:
    Result<QStringList> codes(const QString &where, const QVariantList &binds) const;

    const WorkspaceServices &m_services;
    QSqlDatabase m_db;
};

} // namespace motcua::reporting

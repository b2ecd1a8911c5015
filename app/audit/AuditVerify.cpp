#include "app/audit/AuditVerify.h"

#include "db/EventStore.h"
#include "domain/Logging.h"

namespace motcua {

int runAuditVerify(EventStore &store, QTextStream &out, QTextStream &err)
{
    const ChainReport report = store.verifyChains();
    if (report.ok()) {
        out << report.eventsChecked << " events checked" << Qt::endl;
        qCInfo(lcCli) << "audit verify:" << report.eventsChecked << "events, chains intact";
        return 0;
    }
    const ChainBreak &b = *report.first();
    out << "broken: " << b.describe() << Qt::endl;
    for (qsizetype i = 1; i < report.breaks.size(); ++i)
        out << "also broken: " << report.breaks[i].describe() << Qt::endl;
    err << "motcua-cli: audit failed at " << (b.event.isNull() ? QStringLiteral("the end of a chain") : b.event.toString(QUuid::WithoutBraces))
        << " (" << report.eventsChecked << " events checked)" << Qt::endl;
    qCWarning(lcCli) << "audit verify: broken" << chainKindName(b.chain) << "chain," << breakKindName(b.kind);
    return 1;
}

} // namespace motcua

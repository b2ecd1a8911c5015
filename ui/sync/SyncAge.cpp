#include "ui/sync/SyncAge.h"

namespace motcua {

QString SyncAge::ago(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, moment.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

int SyncAge::days(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return 0;
    return int(qMax<qint64>(0, moment.secsTo(now)) / 86400);
}

} // namespace motcua

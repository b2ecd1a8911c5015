#include "app/cli/CliClock.h"

#include "app/cli/CliLogging.h"
#include "domain/dossier/Event.h"

#include <memory>

namespace motcua::cli {

std::shared_ptr<const Clock> cliClock()
{
    static const std::shared_ptr<const Clock> clock = []() -> std::shared_ptr<const Clock> {
        const QString fixed = qEnvironmentVariable("MOTCUA_NOW");
        if (fixed.isEmpty())
            return std::make_shared<SystemClock>();
#ifndef MOTCUA_TEST_CLOCK
        // A release build: nobody backdates events by setting a variable.
        qCWarning(lcCli) << "MOTCUA_NOW is honoured by test builds only: the system clock is used";
        return std::make_shared<SystemClock>();
#endif
        QDateTime at = parseIsoUtcMs(fixed);
        if (!at.isValid())
            at = QDateTime::fromString(fixed, Qt::ISODate);
        if (!at.isValid()) {
            qCWarning(lcCli) << "MOTCUA_NOW is not an ISO-8601 moment: the system clock is used";
            return std::make_shared<SystemClock>();
        }
        qCWarning(lcCli) << "MOTCUA_NOW: the clock is fixed at" << isoUtcMs(at.toUTC());
        return std::make_shared<FixedClock>(at.toUTC());
    }();
    return clock;
}

} // namespace motcua::cli

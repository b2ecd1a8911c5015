#pragma once

#include <QTextStream>

namespace motcua {

class EventStore;

// `audit verify`: checks the device chains and the portal chain of every stored event.
// Intact: prints "<N> events checked" on `out`, returns 0. Broken: prints the first broken link
// ("broken: event <uuid> (device D seq N): device chain hash-mismatch: ...") on `out`, one line on
// `err`, and returns 1.
int runAuditVerify(EventStore &store, QTextStream &out, QTextStream &err);

} // namespace motcua

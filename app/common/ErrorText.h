#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua {

// The sentence an officer reads for an Error: translated (Vietnamese when the vi translator is
// installed, English otherwise) from the stable error code. Unknown codes fall back to a generic
// sentence naming the code. The technical detail (SQLite's or the system's message) is never shown.
QString errorText(const Error &error);

} // namespace motcua

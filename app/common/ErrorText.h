#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua {

// The sentence an officer reads for an Error: translated (Vietnamese when the vi translator is
// installed, English otherwise) from the stable error code. Unknown codes fall back to a generic
// sentence followed by the technical detail.
QString errorText(const Error &error);

} // namespace motcua

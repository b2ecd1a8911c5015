#pragma once
// The language of official forms. Forms 01–07 (the receipt, the supplement request, the refusal, the
// apology and extension, the stop notice, the control slip, the register) are administrative
// documents of Decree 61/2018 and Circular 01/2018: they are printed in Vietnamese whatever the
// language the officer reads the app in (docs/architecture.md "Printing"). Their texts are written
// in English in the sources like every other string and translated through the Vietnamese catalog
// (translations/motcua_vi.ts, embedded as :/i18n/motcua_vi.qm) here, not through the translators the
// UI installs. lupdate extracts `OfficialText::translate("Context", "text")` like
// QCoreApplication::translate, so the strings keep their contexts in the .ts files.

#include <QString>

namespace motcua::printing {

class OfficialText {
public:
    // The Vietnamese text of `source` in `context` (%n replaced by n when n >= 0); the source text
    // when the catalog has none. Thread-safe (forms are laid out on worker threads).
    static QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    // The language the forms are printed in ("vi").
    static QString language();
};

} // namespace motcua::printing

#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace motcua {

// The QR on a separator sheet put between dossiers (and between their components) in a stack
// of paper being digitized. Format, version 1:
//
//     MOTCUA-SEP1|dossier                 next dossier starts after this sheet
//     MOTCUA-SEP1|component|<label>       next component, named <label>
//
// The label is everything after the second `|`, verbatim UTF-8 (it may itself contain `|`, so no
// escaping is needed): 1–200 characters, not only white space, no control characters (CR, LF,
// tab…). A trailing CR/LF on the whole payload (keyboard-wedge scanners) is ignored.
struct SeparatorPayload {
    enum class Kind { Dossier, Component };
    Kind kind = Kind::Dossier;
    QString label;   // Component only

    static constexpr QStringView kTag = u"MOTCUA-SEP1";
    static constexpr qsizetype kMaxLabelChars = 200;

    static QString kindName(Kind k);   // "dossier" / "component"

    // Error "separator.bad-label" when a component label breaks the rules above.
    Result<QString> toText() const;

    // Errors: "separator.not-separator" (no MOTCUA-SEP tag), "separator.unsupported-version",
    // "separator.bad-kind", "separator.bad-label". Never throws.
    static Result<SeparatorPayload> parse(QStringView text);
    static Result<SeparatorPayload> parse(const QString &text) { return parse(QStringView(text)); }
    static Result<SeparatorPayload> parseUtf8(QByteArrayView utf8);
    static Status checkLabel(QStringView label);

    friend bool operator==(const SeparatorPayload &, const SeparatorPayload &) = default;
};

} // namespace motcua

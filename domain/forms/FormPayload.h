#pragma once

#include "domain/Result.h"
#include "domain/forms/FormDefinition.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace motcua::forms {

// The QR printed on a filled declaration. Format, version 1:
//
//     MOTCUA-FORM1|<form id>|<form version>|<hash>|<value 1>|<value 2>|…
//
// The values are the form's fields in its definition's order (names are not carried: the id and
// version name the definition, which keeps the symbol small enough to read from a 200-dpi scan).
// In a value `\` is written `\\`, `|` is `\|` and a line break `\n`. `<hash>` is the first 16 hex
// digits (lower case) of SHA-256 over the UTF-8 of everything after the hash's own field, i.e.
// "<id>|<version>|" + the escaped values joined by `|`. It catches a payload whose data were
// changed (by hand, by a bad reading): not a signature, anyone can recompute it.
struct FormPayload {
    QString formId;
    int version = 0;
    QString hash;          // as carried
    QStringList values;    // unescaped, in order

    static constexpr QStringView kTag = u"MOTCUA-FORM1";
    // The most UTF-8 bytes a payload may have: a QR of version ≤ 23 at ECC L, whose modules stay
    // over 3 pixels in the 42 mm printed square scanned at 200 dpi.
    static constexpr qsizetype kMaxBytes = 1000;

    // The text to put in the QR (hash computed here).
    static QString encode(const QString &formId, int version, const QStringList &values);
    static QString hashOf(const QString &formId, int version, const QStringList &values);

    bool hashMatches() const { return hashOf(formId, version, values) == hash; }

    // Errors: "form.not-form" (no MOTCUA-FORM tag), "form.unsupported-payload" (a later MOTCUA-FORM
    // tag), "form.bad-payload" (too few fields, a version that is not a number, a bad escape).
    static Result<FormPayload> parse(QStringView text);
    static Result<FormPayload> parse(const QString &text) { return parse(QStringView(text)); }

    // The values by field name under `definition` (which must have this id and version).
    // Errors: "form.bad-payload" (not as many values as the definition has fields),
    // "form.tampered" (the hash does not match the data: the data are not to be trusted).
    Result<QMap<QString, QString>> bind(const FormDefinition &definition) const;
};

} // namespace motcua::forms

#pragma once

#include "domain/Result.h"
#include "domain/forms/FormDefinition.h"

#include <QList>
#include <QString>

namespace motcua::forms {

// The declaration forms the counter knows: the bundled set (resources/catalog/forms/*.json, as
// :/resources/catalog/forms/) and those a province adds in a folder (docs/forms.md). Every
// version of a form is kept, so a page printed with an older version is still read back; a fill
// uses the highest version. A value type: load once per thread, copy freely.
class FormRegistry {
public:
    // The bundled forms. They are tested, so a failure here is a build defect: logged, skipped.
    static const FormRegistry &bundled();

    // The bundled forms plus every *.json in `folder` (a missing folder adds nothing). A file with
    // an error refuses the whole folder: "form.bad-json" / "form.invalid" with the detail
    // "<file name>: line N: <reason>", or "form.duplicate" (an id and version already known).
    static Result<FormRegistry> withFolder(const QString &folder);

    // One file alone (form validate): FormDefinitionJson's errors; "form.unreadable" when the
    // file cannot be read.
    static Result<FormDefinition> loadFile(const QString &path);

    Status add(const FormDefinition &definition);

    const QList<FormDefinition> &all() const { return m_forms; }
    // The highest version of the form for this procedure, nullptr when none has it.
    const FormDefinition *forProcedure(const QString &procedureCode) const;
    const FormDefinition *find(const QString &id, int version) const;
    bool knowsId(const QString &id) const;

private:
    QList<FormDefinition> m_forms;   // sorted by id, then version
};

} // namespace motcua::forms

#include "app/forms/FormRegistry.h"

#include "app/forms/FormsLogging.h"
#include "domain/forms/FormDefinitionJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace motcua::forms {
namespace {

Result<FormRegistry> loadFolder(FormRegistry registry, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return registry;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Result<FormDefinition> d = FormRegistry::loadFile(dir.filePath(name));
        if (!d)
            return Error(d.error().code, name + QStringLiteral(": ") + d.error().detail);
        if (Status s = registry.add(*d); !s)
            return Error(s.error().code, name + QStringLiteral(": ") + s.error().detail);
    }
    return registry;
}

} // namespace

const FormRegistry &FormRegistry::bundled()
{
    static const FormRegistry registry = [] {
        Result<FormRegistry> r = loadFolder(FormRegistry(), QStringLiteral(":/resources/catalog/forms"));
        if (!r) {
            qCWarning(lcForms) << "bundled form definitions refused:" << r.error().toString();
            return FormRegistry();
        }
        return std::move(r).value();
    }();
    return registry;
}

Result<FormRegistry> FormRegistry::withFolder(const QString &folder)
{
    return loadFolder(bundled(), folder);
}

Result<FormDefinition> FormRegistry::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("form.unreadable"), file.errorString());
    return FormDefinitionJson::parse(file.readAll());
}

Status FormRegistry::add(const FormDefinition &definition)
{
    if (find(definition.id, definition.version))
        return Error(QStringLiteral("form.duplicate"), QStringLiteral("%1 version %2 is already known").arg(definition.id).arg(definition.version));
    m_forms << definition;
    std::sort(m_forms.begin(), m_forms.end(), [](const FormDefinition &a, const FormDefinition &b) {
        return a.id != b.id ? a.id < b.id : a.version < b.version;
    });
    return {};
}

const FormDefinition *FormRegistry::forProcedure(const QString &procedureCode) const
{
    const FormDefinition *best = nullptr;
    for (const FormDefinition &d : m_forms)
        if (d.procedures.contains(procedureCode) && (!best || (best->id == d.id && d.version > best->version)))
            best = &d;
    return best;
}

const FormDefinition *FormRegistry::find(const QString &id, int version) const
{
    for (const FormDefinition &d : m_forms)
        if (d.id == id && d.version == version)
            return &d;
    return nullptr;
}

bool FormRegistry::knowsId(const QString &id) const
{
    return std::any_of(m_forms.cbegin(), m_forms.cend(), [&](const FormDefinition &d) { return d.id == id; });
}

} // namespace motcua::forms

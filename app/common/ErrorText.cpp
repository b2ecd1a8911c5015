#include "app/common/ErrorText.h"

#include <QCoreApplication>
#include <QHash>

namespace motcua {

namespace {

struct Entry {
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP marks the sentences for lupdate; errorText() translates at run time.
const Entry kEntries[] = {
    {"auth.wrong-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "Wrong login or password.")},
    {"auth.unknown-officer", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is no active officer with that login.")},
    {"auth.revoked", QT_TRANSLATE_NOOP("motcua::ErrorText", "This officer's access has been revoked.")},
    {"auth.throttled", QT_TRANSLATE_NOOP("motcua::ErrorText", "Too many failed attempts: wait before trying again.")},
    {"auth.no-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "No password was given.")},
    {"auth.empty-password", QT_TRANSLATE_NOOP("motcua::ErrorText", "The password must not be empty.")},
    {"auth.not-admin", QT_TRANSLATE_NOOP("motcua::ErrorText", "Only an administrator may do this.")},
    {"auth.self-revoke", QT_TRANSLATE_NOOP("motcua::ErrorText", "An administrator cannot revoke their own access.")},
    {"keys.corrupt-file", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace key file is damaged.")},
    {"keys.io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace key file cannot be read or written.")},
    {"keys.slot-exists", QT_TRANSLATE_NOOP("motcua::ErrorText", "An officer with that login already exists.")},
    {"keys.last-slot", QT_TRANSLATE_NOOP("motcua::ErrorText", "The last officer of a workspace cannot be removed.")},
    {"keys.kdf-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "Not enough memory to check the password.")},
    {"workspace.missing", QT_TRANSLATE_NOOP("motcua::ErrorText", "There is no workspace in this folder.")},
    {"workspace.not-empty", QT_TRANSLATE_NOOP("motcua::ErrorText", "The folder is not empty: a new workspace needs an empty or missing folder.")},
    {"workspace.bad-login", QT_TRANSLATE_NOOP("motcua::ErrorText", "A login is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter.")},
    {"workspace.bad-office", QT_TRANSLATE_NOOP("motcua::ErrorText", "The office code is missing.")},
    {"workspace.bad-name", QT_TRANSLATE_NOOP("motcua::ErrorText", "The officer's full name is missing.")},
    {"workspace.io", QT_TRANSLATE_NOOP("motcua::ErrorText", "The workspace folder cannot be created or written.")},
    {"db.wrong-key", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database cannot be opened with this key.")},
    {"db.not-encrypted", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database file is not encrypted: refusing to use it.")},
    {"db.migration-failed", QT_TRANSLATE_NOOP("motcua::ErrorText", "The database could not be upgraded; nothing was changed.")},
    {"db.disk-full", QT_TRANSLATE_NOOP("motcua::ErrorText", "The disk is full: nothing was saved. Free some space and try again.")},
};

} // namespace

QString errorText(const Error &error)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> h;
        for (const Entry &e : kEntries)
            h.insert(QLatin1String(e.code), e.text);
        return h;
    }();
    const auto it = table.constFind(error.code);
    if (it != table.constEnd())
        return QCoreApplication::translate("motcua::ErrorText", it.value());
    return QCoreApplication::translate("motcua::ErrorText", "The operation failed (%1).").arg(error.toString());
}

} // namespace motcua

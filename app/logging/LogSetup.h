#pragma once

#include <QString>

namespace motcua {

// Installs the process's message handler. Warnings and errors go to stderr (everything with
// --verbose); once a workspace is attached, info and above also go to <workspace>/logs/motcua.log,
// rotated at 1 MiB (motcua.log.1 … .4). Debug messages of motcua.* appear only with --verbose.
// Logs never carry personal data or keys: callers log codes, counts and error codes only; a 12-digit
// number (an ID number) that reaches the handler anyway, from Qt or a library, is masked as "<id>".
class LogSetup {
public:
    static void install(bool verbose);
    static void attachWorkspace(const QString &workspaceDir);
    static void detachWorkspace();
    static QString logFilePath();   // empty when no workspace is attached

    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeptFiles = 4;
};

} // namespace motcua

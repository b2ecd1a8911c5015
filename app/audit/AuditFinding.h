#pragma once

#include <QList>
#include <QString>

namespace motcua {

// One thing `audit verify` found besides the chains: what it concerns ("dossier <code>",
// "page <sha256>", "database file") and what is wrong. Never a citizen's name, ID number or
// other personal data: a finding is printed, and its kind is logged.
struct AuditFinding {
    QString kind;     // stable, for the log: "file.pages", "dossiers.differs", "citizens.unsupported", …
    QString subject;
    QString detail;

    QString describe() const { return subject + QStringLiteral(": ") + detail; }
};

using AuditFindings = QList<AuditFinding>;

} // namespace motcua

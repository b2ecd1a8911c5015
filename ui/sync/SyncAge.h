#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua {

// How old the last sync is, in words an officer reads at a glance ("5 phút trước").
class SyncAge {
    Q_DECLARE_TR_FUNCTIONS(motcua::SyncAge)
public:
    // "just now", "%n minute(s) ago", "%n hour(s) ago", "%n day(s) ago"; "never" when invalid.
    static QString ago(const QDateTime &moment, const QDateTime &now);
    // Whole days between the moment and now (0 when invalid or in the future).
    static int days(const QDateTime &moment, const QDateTime &now);
};

} // namespace motcua

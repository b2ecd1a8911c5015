#pragma once

#include "db/sqlcipher/SqlCipher.h"
#include "domain/auth/Role.h"
#include "domain/dossier/Event.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <sqlite3.h>

namespace motcua {

// Reads the events grouped by dossier for the rebuild, straight from the SQLCipher statement:
// no QVariant per value, repeated strings (officer, office, device) shared instead of re-decoded.
class RawEventReader {
public:
    explicit RawEventReader(const QSqlDatabase &db) : m_h(sqlCipherHandle(db))
    {
        static const char sql[] = "SELECT uuid, dossier_code, type, payload, officer, role, office, device, "
                                  "device_seq, wall_time, portal_seq FROM events ORDER BY dossier_code";
        if (!m_h || sqlite3_prepare_v2(m_h, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = m_h ? QString::fromUtf8(sqlite3_errmsg(m_h)) : QStringLiteral("not a QSQLCIPHER connection");
        for (EventType t : allEventTypes())
            m_types.append({eventTypeName(t).toLatin1(), t});
        for (Role r : kAllRoles)
            m_roles.append({roleName(r).toLatin1(), r});
    }
    ~RawEventReader() { finish(); }
    RawEventReader(const RawEventReader &) = delete;
    RawEventReader &operator=(const RawEventReader &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    const QString &error() const { return m_error; }
    void finish()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

    // The next event into `e`; *newDossier when it starts another dossier than the previous one.
    bool next(Event &e, bool *newDossier)
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_h));
            return false;
        }
        const QByteArray code = bytes(1);
        *newDossier = code != m_code;
        if (*newDossier) {
            m_code = QByteArray(code.constData(), code.size());
            m_codeText = QString::fromUtf8(m_code);
        }
        e = Event();
        e.uuid = QUuid::fromString(QLatin1StringView(bytes(0)));
        e.dossier = m_codeText;
        const QByteArray type = bytes(2);
        e.type = EventType::NoteAdded;
        for (const auto &[name, t] : m_types) {
            if (name == type)
                e.type = t;
        }
        e.payload = QJsonDocument::fromJson(bytes(3)).object();
        e.officer = interned(4);
        const QByteArray role = bytes(5);
        e.role = Role::Admin; // unknown → refused by replay, never silently accepted
        for (const auto &[name, r] : m_roles) {
            if (name == role)
                e.role = r;
        }
        e.office = interned(6);
        e.device = interned(7);
        e.deviceSeq = sqlite3_column_int64(m_stmt, 8);
        e.wallTime = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(m_stmt, 9), Qt::UTC);
        e.portalSeq = sqlite3_column_int64(m_stmt, 10); // NULL → 0: not synced
        return true;
    }

private:
    // The column's bytes without a copy; valid until the next step.
    QByteArray bytes(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return QByteArray::fromRawData(p ? p : "", sqlite3_column_bytes(m_stmt, col));
    }
    QString interned(int col)
    {
        const QByteArray raw = bytes(col);
        auto it = m_strings.constFind(raw);
        if (it != m_strings.cend())
            return *it;
        const QByteArray key(raw.constData(), raw.size()); // deep copy: raw dies at the next step
        return *m_strings.insert(key, QString::fromUtf8(key));
    }

    sqlite3 *m_h = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    QByteArray m_code;
    QString m_codeText;
    QHash<QByteArray, QString> m_strings;
    QList<QPair<QByteArray, EventType>> m_types;
    QList<QPair<QByteArray, Role>> m_roles;
};

} // namespace motcua

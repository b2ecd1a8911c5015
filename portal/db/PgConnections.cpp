#include "portal/db/PgConnections.h"

#include "portal/PortalLogging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace motcua::portal {

struct PgConnections::Slot {
    QString name;
    std::unique_ptr<Statements> statements;   // prepared on the connection: gone before it
    ~Slot()
    {
        statements.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

namespace {
QAtomicInteger<quint64> g_next{0};
}

PgConnections::PgConnections(PgUrl url) : m_url(std::move(url)) {}

// Other threads' slots end with their threads (a server's pool is gone before this); the
// destroying thread's own slot goes now, before the storage itself.
PgConnections::~PgConnections()
{
    discard();
}

Result<QSqlDatabase> PgConnections::get()
{
    if (!m_slots.hasLocalData()) {
        auto *slot = new Slot;
        slot->name = QStringLiteral("motcua.portal.%1").arg(g_next.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), slot->name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=motcua-portal"));
        m_slots.setLocalData(slot);
    }
    QSqlDatabase db = QSqlDatabase::database(m_slots.localData()->name, false);
    if (!db.isOpen()) {
        m_slots.localData()->statements.reset();   // prepared on the connection that closed
        if (!db.open()) {
            qCWarning(lcPortal, "cannot connect to %s: %s", qUtf8Printable(m_url.display()),
                      qUtf8Printable(db.lastError().text()));
            return Error(QStringLiteral("server.unavailable"), QStringLiteral("the database cannot be reached"));
        }
        // portal::exec writes values as literals and relies on this (PostgreSQL's default since 9.1).
        QSqlQuery set(db);
        if (!set.exec(QStringLiteral("SET standard_conforming_strings = on; SET TIME ZONE 'UTC'"))) {
            db.close();
            return Error(QStringLiteral("server.unavailable"), QStringLiteral("cannot configure the connection"));
        }
    }
    Slot *slot = m_slots.localData();
    if (!slot->statements)
        slot->statements = std::make_unique<Statements>(db);
    return db;
}

Statements &PgConnections::statements()
{
    Q_ASSERT_X(m_slots.hasLocalData() && m_slots.localData()->statements, "PgConnections::statements", "get() first");
    return *m_slots.localData()->statements;
}

void PgConnections::discard()
{
    if (m_slots.hasLocalData())
        m_slots.setLocalData(nullptr);   // deletes the slot: closes and removes the connection
}

} // namespace motcua::portal

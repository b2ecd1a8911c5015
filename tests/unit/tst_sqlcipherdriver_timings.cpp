// The timing workload of tst_sqlcipherdriver::timings(): open, a 10,000-row citizens insert in
// one transaction (FTS4 triggers included), lookups by ID number (the row id), small FULL-sync commits.
// Wall and process CPU time are both reported: the shared 2-core machine is often loaded.

#include "db/Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>
#include <vector>

namespace motcua {

struct DbTimings {
    QStringList lines;
    double lookupP95Us = 0;
};

namespace {

double cpuMs() { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; }

Error failed(const QString &what, const QSqlError &e = {})
{
    return Error(QStringLiteral("test.timings"), what + QStringLiteral(": ") + e.text());
}

} // namespace

Result<DbTimings> measureDbTimings(const DatabaseConfig &cfg)
{
    DbTimings out;
    {
        auto first = Database::open(cfg);
        if (!first)
            return first.error();
    }
    std::vector<qint64> opens;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = Database::open(cfg); // key + pragmas + verification + migration check
        opens.push_back(t.nsecsElapsed());
        if (!r)
            return r.error();
    }
    std::sort(opens.begin(), opens.end());
    out.lines << QStringLiteral("open (key+cipher pragmas+verify+WAL/FK/sync+migration check): "
                                "median %1 ms, max %2 ms")
                     .arg(opens[opens.size() / 2] / 1e6, 0, 'f', 2)
                     .arg(opens.back() / 1e6, 0, 'f', 2);

    auto opened = Database::open(cfg);
    if (!opened)
        return opened.error();
    QSqlDatabase sql = opened.value()->sql();
    QSqlQuery q(sql);
    // Values are built before timing so the figure is the database's work.
    struct Row {
        QString id, name, folded, address, addressFolded, phone;
    };
    std::vector<Row> rows;
    rows.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        rows.push_back({QStringLiteral("0010900%1").arg(i, 5, 10, QLatin1Char('0')),
                        QStringLiteral("Nguyễn Văn Đức %1").arg(i),
                        QStringLiteral("nguyen van duc %1").arg(i),
                        QStringLiteral("Số %1 Điện Biên Phủ, Hà Nội").arg(i),
                        QStringLiteral("so %1 dien bien phu, ha noi").arg(i),
                        QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0'))});
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    if (!sql.transaction())
        return failed(QStringLiteral("begin"), sql.lastError());
    if (!q.prepare(QStringLiteral("INSERT INTO citizens(id, id_number, full_name, full_name_folded, "
                                  "address, address_folded, phone, updated_at) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, '2026-11-22T09:00:00Z')")))
        return failed(QStringLiteral("prepare"), q.lastError());
    for (const Row &r : rows) {
        q.addBindValue(r.id.toLongLong());   // the row id is the ID number (0008)
        q.addBindValue(r.id);
        q.addBindValue(r.name);
        q.addBindValue(r.folded);
        q.addBindValue(r.address);
        q.addBindValue(r.addressFolded);
        q.addBindValue(r.phone);
        if (!q.exec())
            return failed(QStringLiteral("insert"), q.lastError());
    }
    if (!sql.commit())
        return failed(QStringLiteral("commit"), sql.lastError());
    out.lines << QStringLiteral("10,000-row citizens insert (FTS4 triggers included), one "
                                "transaction: %1 ms wall, %2 ms CPU")
                     .arg(t.elapsed())
                     .arg(cpuMs() - cpu0, 0, 'f', 0);

    QSqlQuery look(sql);
    look.setForwardOnly(true);
    if (!look.prepare(QStringLiteral("SELECT id_number, full_name FROM citizens WHERE id = ?")))
        return failed(QStringLiteral("prepare lookup"), look.lastError());
    std::vector<qint64> lookups;
    for (int i = 0; i < 2000; ++i) {
        const QString id = rows[size_t((i * 7919) % 10000)].id;
        QElapsedTimer l;
        l.start();
        look.addBindValue(id.toLongLong());
        if (!look.exec() || !look.next())
            return failed(QStringLiteral("lookup"), look.lastError());
        lookups.push_back(l.nsecsElapsed());
    }
    std::sort(lookups.begin(), lookups.end());
    out.lookupP95Us = lookups[lookups.size() * 95 / 100] / 1e3;
    out.lines << QStringLiteral("lookup by ID number (the row id, 10,000 rows): median %1 us, "
                                "p95 %2 us")
                     .arg(lookups[lookups.size() / 2] / 1e3, 0, 'f', 1)
                     .arg(out.lookupP95Us, 0, 'f', 1);

    QElapsedTimer c;
    c.start();
    for (int i = 0; i < 20; ++i) {
        if (!sql.transaction()
            || !q.exec(QStringLiteral("INSERT INTO workspace_meta VALUES('t%1', 'x')").arg(i))
            || !sql.commit())
            return failed(QStringLiteral("small commit"), q.lastError());
    }
    out.lines << QStringLiteral("small transaction commit (WAL, synchronous=FULL): mean %1 ms")
                     .arg(c.nsecsElapsed() / 20 / 1e6, 0, 'f', 2);
    return out;
}

} // namespace motcua

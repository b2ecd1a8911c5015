// Store benchmark: 1,000,000 citizen-like rows — bulk insert, lookup by 12-digit ID, folded-name
// prefix search (FTS4). The same source is compiled twice: against SQLCipher (keyed with a raw
// key, as the workspace does) and against the system's plain SQLite 3.40. The two libraries export
// the same symbols and cannot share a process, so tools/bench runs the two binaries one after the
// other and prints the ratio. Output: one JSON object on stdout, with the page-cache hits and
// misses per lookup (a miss is a page read from the file: SQLCipher decrypts and HMAC-checks it).
// The SQLCipher build uses the workspace's crypto provider (db/sqlcipher/SqlCipherCrypto) unless
// BENCH_STOCK_PROVIDER=1; BENCH_UNIQUE_INDEX=1 uses the citizens layout from before migration 0008;
// BENCH_NO_KEY=1, BENCH_BIG_CACHE=1, BENCH_CIPHER_PAGE_SIZE=N, BENCH_LOOKUPS=N: see below.
#include "domain/text/VietnameseFolding.h"
#ifdef BENCH_SQLCIPHER
#include "db/sqlcipher/SqlCipherCrypto.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

const char *const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                               "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai"};
const char *const kMiddle[] = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu",
                               "Kim", "Gia", "Bảo", "Hoài", "Phương"};
const char *const kGiven[] = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
                              "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga",
                              "Ngọc", "Phúc", "Quang", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tú",
                              "Tuấn", "Vân", "Việt", "Yến", "Đạt", "Ánh", "Ân", "Ước", "Ơn", "Uyên"};
const char *const kPlace[] = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Nghệ An", "Thanh Hóa",
                              "Thái Nguyên", "Quảng Ninh", "Lâm Đồng"};

template <size_t N>
QString pick(const char *const (&arr)[N], QRandomGenerator &rng)
{
    return QString::fromUtf8(arr[rng.bounded(static_cast<quint32>(N))]);
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "bench_store: %s failed: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "bench_store: %s: %s\n", sql, err ? err : "?");
        std::exit(1);
    }
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

struct Row {
    QByteArray id, name, nameFolded, address, addressFolded;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000000;
    // BENCH_LOOKUPS=N: more lookups (e.g. to profile the lookup phase alone).
    const int lookups = qEnvironmentVariableIsSet("BENCH_LOOKUPS") ? qEnvironmentVariableIntValue("BENCH_LOOKUPS") : 2000;
    const int searches = 300;

    QTemporaryDir dir;
    const QByteArray path = (dir.path() + QStringLiteral("/bench.db")).toUtf8();
    sqlite3 *db = nullptr;
#ifdef BENCH_SQLCIPHER
    if (!qEnvironmentVariableIsSet("BENCH_STOCK_PROVIDER"))
        motcua::sqlcipher_crypto::install();
#endif
    check(sqlite3_open(path.constData(), &db), db, "open");
#ifdef BENCH_SQLCIPHER
    // BENCH_NO_KEY=1: the same SQLCipher library without a key — separates the cost of
    // encryption from the difference between SQLite 3.15 (inside SQLCipher) and 3.40.
    const bool keyed = !qEnvironmentVariableIsSet("BENCH_NO_KEY");
    const char *engine = keyed ? "sqlcipher" : "sqlcipher-unkeyed";
    QByteArray provider;
    if (keyed)
        exec(db, "PRAGMA key = \"x'2f9a0c55e1b3d4f6a7b8c9d0e1f20314253647586970a1b2c3d4e5f60718293a'\"");
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_provider", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            provider = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
    }
    if (qEnvironmentVariableIsSet("BENCH_CIPHER_PAGE_SIZE"))
        exec(db, QByteArray(QByteArray("PRAGMA cipher_page_size=") + qgetenv("BENCH_CIPHER_PAGE_SIZE")).constData());
#else
    const char *engine = "sqlite";
#endif
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=FULL");
    // The workspace opens with a 64 MiB page cache; SQLCipher decrypts a page only when it is read
    // from disk into the cache, so the cache size decides most of the lookup cost.
    // BENCH_BIG_CACHE=1: 256 MiB instead, enough to hold most of the 1 M rows' pages.
    exec(db, qEnvironmentVariableIsSet("BENCH_BIG_CACHE") ? "PRAGMA cache_size=-262144" : "PRAGMA cache_size=-65536");
    // The workspace's layout (0008_citizens_keyed_by_id): the row id is the 12-digit ID number read
    // as an integer, so a lookup by ID descends the table's B-tree alone.
    // BENCH_UNIQUE_INDEX=1: the layout before 0008 (row ids in insertion order, a UNIQUE index on
    // the ID text): a lookup descends the index, then the table.
    const bool idRowid = qEnvironmentVariableIntValue("BENCH_UNIQUE_INDEX") != 1;
    if (idRowid)
        exec(db, "CREATE TABLE citizens(id INTEGER PRIMARY KEY CHECK (id = CAST(id_number AS INTEGER)), id_number TEXT NOT NULL,"
                 " full_name TEXT NOT NULL, full_name_folded TEXT NOT NULL, address TEXT, address_folded TEXT)");
    else
        exec(db, "CREATE TABLE citizens(id INTEGER PRIMARY KEY, id_number TEXT UNIQUE, full_name TEXT NOT NULL,"
                 " full_name_folded TEXT NOT NULL, address TEXT, address_folded TEXT)");
    exec(db, "CREATE INDEX citizens_name_folded ON citizens(full_name_folded)");
    exec(db, "CREATE VIRTUAL TABLE citizens_fts USING fts4(full_name_folded, address_folded, content='citizens', tokenize=simple)");

    // Generate the rows first so that insert time measures the store, not the generator.
    QRandomGenerator rng(20261122);
    std::vector<Row> data;
    data.reserve(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i) {
        const QString name = pick(kFamily, rng) + QLatin1Char(' ') + pick(kMiddle, rng) + QLatin1Char(' ') + pick(kGiven, rng);
        const QString addr = QStringLiteral("Số %1, phường %2, %3").arg(rng.bounded(500) + 1).arg(rng.bounded(30) + 1).arg(pick(kPlace, rng));
        const QString id = QStringLiteral("%1%2%3").arg(1 + rng.bounded(96), 3, 10, QLatin1Char('0'))
                               .arg(rng.bounded(4)).arg(i, 8, 10, QLatin1Char('0'));
        data.push_back({id.toUtf8(), name.toUtf8(), motcua::foldVietnamese(name).toUtf8(), addr.toUtf8(),
                        motcua::foldVietnamese(addr).toUtf8()});
    }

    QElapsedTimer t;
    t.start();
    exec(db, "BEGIN");
    sqlite3_stmt *ins = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO citizens(id, id_number, full_name, full_name_folded, address, address_folded)"
                                 " VALUES(?,?,?,?,?,?)", -1, &ins, nullptr), db, "prepare insert");
    sqlite3_stmt *fts = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO citizens_fts(docid, full_name_folded, address_folded) VALUES(?,?,?)", -1, &fts, nullptr),
          db, "prepare fts");
    for (int i = 0; i < rows; ++i) {
        const Row &r = data[static_cast<size_t>(i)];
        sqlite3_bind_int64(ins, 1, idRowid ? r.id.toLongLong() : i + 1);
        sqlite3_bind_text(ins, 2, r.id.constData(), static_cast<int>(r.id.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 3, r.name.constData(), static_cast<int>(r.name.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, r.nameFolded.constData(), static_cast<int>(r.nameFolded.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, r.address.constData(), static_cast<int>(r.address.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 6, r.addressFolded.constData(), static_cast<int>(r.addressFolded.size()), SQLITE_STATIC);
        check(sqlite3_step(ins), db, "insert");
        sqlite3_reset(ins);
        sqlite3_bind_int64(fts, 1, idRowid ? r.id.toLongLong() : i + 1);
        sqlite3_bind_text(fts, 2, r.nameFolded.constData(), static_cast<int>(r.nameFolded.size()), SQLITE_STATIC);
        sqlite3_bind_text(fts, 3, r.addressFolded.constData(), static_cast<int>(r.addressFolded.size()), SQLITE_STATIC);
        check(sqlite3_step(fts), db, "fts insert");
        sqlite3_reset(fts);
    }
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    exec(db, "COMMIT");
    const double insertSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;

    // Lookups by 12-digit ID (random existing ids).
    sqlite3_stmt *byId = nullptr;
    check(sqlite3_prepare_v2(db, idRowid ? "SELECT id, full_name, address FROM citizens WHERE id = ?"
                                         : "SELECT id, full_name, address FROM citizens WHERE id_number = ?", -1, &byId, nullptr), db, "prepare lookup");
    // The ID as the layout keys it: the row id (an integer), or the indexed text.
    auto bindId = [&](const Row &r) {
        if (idRowid)
            sqlite3_bind_int64(byId, 1, r.id.toLongLong());
        else
            sqlite3_bind_text(byId, 1, r.id.constData(), static_cast<int>(r.id.size()), SQLITE_STATIC);
    };
    std::vector<double> lookupMs;
    int found = 0;
    int hits0 = 0, misses0 = 0, unused = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_HIT, &hits0, &unused, 0);
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &misses0, &unused, 0);
    for (int i = 0; i < lookups; ++i) {
        const Row &r = data[rng.bounded(static_cast<quint32>(rows))];
        t.restart();
        bindId(r);
        while (sqlite3_step(byId) == SQLITE_ROW)
            ++found;
        sqlite3_reset(byId);
        lookupMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    int hits1 = 0, misses1 = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_HIT, &hits1, &unused, 0);
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &misses1, &unused, 0);
    // The same 2,000 IDs again: now their pages are in the page cache (a citizen looked up twice,
    // or a working set that fits the cache). SQLCipher decrypts a page only when it enters the
    // cache, so this separates the engine's cost from the decryption of cache misses.
    std::vector<double> warmMs;
    std::vector<size_t> warmSet;
    for (int i = 0; i < lookups; ++i)
        warmSet.push_back(rng.bounded(static_cast<quint32>(rows)));
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t idx : warmSet) {
            const Row &r = data[idx];
            t.restart();
            bindId(r);
            while (sqlite3_step(byId) == SQLITE_ROW) {
            }
            sqlite3_reset(byId);
            if (pass == 1)
                warmMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    sqlite3_finalize(byId);

    // Folded word search (FTS4, words in any order, each a prefix): "nguyen van d", first 50 matches.
    sqlite3_stmt *search = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT c.id, c.full_name FROM citizens_fts f JOIN citizens c ON c.id = f.docid"
                                 " WHERE citizens_fts MATCH ? LIMIT 50", -1, &search, nullptr), db, "prepare search");
    std::vector<double> searchMs;
    qint64 hits = 0;
    for (int i = 0; i < searches; ++i) {
        const QString typed = pick(kFamily, rng) + QLatin1Char(' ') + pick(kMiddle, rng) + QLatin1Char(' ')
                              + pick(kGiven, rng).left(1 + static_cast<int>(rng.bounded(2)));
        // name-only column filter: full_name_folded:term*
        QStringList terms;
        for (const QString &w : motcua::foldedWords(typed))
            terms << QStringLiteral("full_name_folded:") + w + QLatin1Char('*');
        const QByteArray pattern = terms.join(QLatin1Char(' ')).toUtf8();
        t.restart();
        sqlite3_bind_text(search, 1, pattern.constData(), static_cast<int>(pattern.size()), SQLITE_STATIC);
        while (sqlite3_step(search) == SQLITE_ROW)
            ++hits;
        sqlite3_reset(search);
        searchMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(search);

    // Folded-name prefix search through the B-tree index: the officer types the name from its
    // start ("nguyen van d"), first 50 in name order.
    sqlite3_stmt *prefix = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, full_name FROM citizens WHERE full_name_folded >= ?1 AND full_name_folded < ?2"
                                 " ORDER BY full_name_folded LIMIT 50", -1, &prefix, nullptr), db, "prepare prefix");
    std::vector<double> prefixMs;
    qint64 prefixHits = 0;
    for (int i = 0; i < searches * 3; ++i) {
        const QString typed = pick(kFamily, rng) + QLatin1Char(' ') + pick(kMiddle, rng) + QLatin1Char(' ')
                              + pick(kGiven, rng).left(1 + static_cast<int>(rng.bounded(2)));
        const QByteArray lo = motcua::foldVietnamese(typed).toUtf8();
        const QByteArray hi = lo + "\xef\xbf\xbf";
        t.restart();
        sqlite3_bind_text(prefix, 1, lo.constData(), static_cast<int>(lo.size()), SQLITE_STATIC);
        sqlite3_bind_text(prefix, 2, hi.constData(), static_cast<int>(hi.size()), SQLITE_STATIC);
        while (sqlite3_step(prefix) == SQLITE_ROW)
            ++prefixHits;
        sqlite3_reset(prefix);
        prefixMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(prefix);
    sqlite3_close(db);

    QJsonObject o;
    o[QStringLiteral("engine")] = QLatin1String(engine);
    o[QStringLiteral("library_version")] = QLatin1String(sqlite3_libversion());
#ifdef BENCH_SQLCIPHER
    o[QStringLiteral("cipher_provider")] = QString::fromLatin1(provider);
#endif
    o[QStringLiteral("rows")] = rows;
    o[QStringLiteral("layout")] = idRowid ? QStringLiteral("rowid-is-id") : QStringLiteral("unique-index");
    o[QStringLiteral("insert_s")] = insertSeconds;
    o[QStringLiteral("lookup_median_ms")] = percentile(lookupMs, 0.5);
    o[QStringLiteral("lookup_p95_ms")] = percentile(lookupMs, 0.95);
    o[QStringLiteral("lookup_found")] = found;
    // Pages read per lookup from the page cache (hits) and from the file (misses: decrypted by SQLCipher).
    o[QStringLiteral("lookup_cache_hits_per_lookup")] = double(hits1 - hits0) / lookups;
    o[QStringLiteral("lookup_cache_misses_per_lookup")] = double(misses1 - misses0) / lookups;
    o[QStringLiteral("lookup_warm_median_ms")] = percentile(warmMs, 0.5);
    o[QStringLiteral("lookup_warm_p95_ms")] = percentile(warmMs, 0.95);
    o[QStringLiteral("search_median_ms")] = percentile(searchMs, 0.5);
    o[QStringLiteral("search_p95_ms")] = percentile(searchMs, 0.95);
    o[QStringLiteral("search_hits")] = static_cast<double>(hits);
    o[QStringLiteral("prefix_median_ms")] = percentile(prefixMs, 0.5);
    o[QStringLiteral("prefix_p95_ms")] = percentile(prefixMs, 0.95);
    o[QStringLiteral("prefix_hits")] = static_cast<double>(prefixHits);
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return found == lookups ? 0 : 1;
}

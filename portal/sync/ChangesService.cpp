#include "portal/sync/ChangesService.h"

#include "domain/dossier/CanonicalJson.h"
#include "portal/db/PgArrays.h"
#include "portal/sync/EventRows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <vector>

namespace motcua::portal {

QJsonObject refusedTombstone(const QString &uuid, const QString &device, qint64 deviceSeq, const QString &deviceHash,
                             qint64 portalSeq, const QString &reason)
{
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("deviceSeq"), double(deviceSeq)},
                       {QStringLiteral("deviceHash"), deviceHash},
                       {QStringLiteral("portalSeq"), double(portalSeq)},
                       {QStringLiteral("refused"), reason}};
}

namespace {

// The change feed's statement for the offices `office` (an SQL condition on the office column) after
// `after` with `limit` (SQL expressions). Accepted events of the receiving offices, and tombstones of
// the events refused from the devices of the offices, in one portal_seq order. The tombstone row
// fills the event columns it has (uuid, device, device_seq, device_hash, portal_seq) and puts its
// reason where the portal hash goes; column 0 ("kind") tells them apart, column 13 is portal_seq.
// Each branch is limited on its own, so PostgreSQL reads at most `limit` rows of each index
// ((receiving_office, portal_seq), (office, portal_seq)) in order instead of every row after the
// cursor. One office asked for by equality is a range of that index, read in order; with "= ANY"
// PostgreSQL 15 walks portal_seq from the cursor over every office's events instead (0.30 against
// 0.07 ms a call at 100 counters, pg_stat_statements), which a province centre's device, seeing most
// of the events, keeps.
QString feedSelect(const QString &office, const QString &after, const QString &limit)
{
    return QStringLiteral("(SELECT 0 AS kind, ") + eventrows::selectColumns() + QStringLiteral(" FROM events WHERE portal_seq > ")
        + after + QStringLiteral(" AND receiving_office ") + office + QStringLiteral(" ORDER BY portal_seq LIMIT ") + limit
        + QStringLiteral(") UNION ALL (SELECT 1, uuid::text, '', '', '', '', '', '', device, device_seq, '', '', device_hash, "
                         "portal_seq, 0::bigint, reason FROM refused_events WHERE portal_seq > ")
        + after + QStringLiteral(" AND office ") + office + QStringLiteral(" ORDER BY portal_seq LIMIT ") + limit
        + QStringLiteral(") ORDER BY 14 LIMIT ") + limit;
}

// Writes rows of a feed statement (its columns from `first`, as feedSelect's) into a page.
class PageWriter {
public:
    PageWriter(ChangesPage &page, const FeedRequest &feed) : m_page(page), m_limit(feed.limit)
    {
        m_page.cursor = feed.after;
        m_page.eventsJson.clear();
        m_page.eventsJson.reserve(1024);
        m_page.eventsJson.append('[');
    }

    // The page holds `limit` rows: one more tells that more follow.
    Status add(const PgRows &q, int first)
    {
        if (m_page.count == m_limit) {
            m_page.more = true;
            return {};
        }
        QByteArray &out = m_page.eventsJson;
        if (m_page.count++ > 0)
            out.append(',');
        const qint64 seq = q.value(first + 13).toLongLong();
        m_page.cursor = seq;
        if (q.value(first).toInt() == 1) {
            out.append(QJsonDocument(refusedTombstone(q.value(first + 1).toString(), q.value(first + 8).toString(),
                                                      q.value(first + 9).toLongLong(), q.value(first + 12).toString(), seq,
                                                      q.value(first + 15).toString()))
                           .toJson(QJsonDocument::Compact));
            return {};
        }
        return appendStoredEvent(out, q, first + 1);
    }

    void close() { m_page.eventsJson.append(']'); }

private:
    // One stored event row (columns from `first` as eventrows::selectColumns) as Event::toJson()
    // writes the event read back from it (tst_portalsync compares the two).
    static Status appendStoredEvent(QByteArray &out, const PgRows &q, int first)
    {
        // The columns' UTF-8 text as PostgreSQL sent it, straight into the JSON (no QString between).
        auto text = [&q, first](int i) { return q.text(first + i); };
        const QByteArrayView payload = text(3);
        if (!payload.startsWith('{') || !payload.endsWith('}'))
            return Error(QStringLiteral("server.error"), QStringLiteral("stored event: payload is not a JSON object"));
        JsonObjectWriter o(out);
        o.utf8Member(QLatin1StringView("uuid"), text(0));
        o.utf8Member(QLatin1StringView("dossier"), text(1));
        o.utf8Member(QLatin1StringView("type"), text(2));
        o.rawMember(QLatin1StringView("payload"), payload);
        o.utf8Member(QLatin1StringView("officer"), text(4));
        o.utf8Member(QLatin1StringView("role"), text(5));
        o.utf8Member(QLatin1StringView("office"), text(6));
        o.utf8Member(QLatin1StringView("device"), text(7));
        o.member(QLatin1StringView("deviceSeq"), text(8).toLongLong());
        o.utf8Member(QLatin1StringView("wallTime"), text(9));
        o.utf8Member(QLatin1StringView("parent"), text(10));
        if (const QByteArrayView deviceHash = text(11); !deviceHash.isEmpty())
            o.utf8Member(QLatin1StringView("deviceHash"), deviceHash);
        o.member(QLatin1StringView("portalSeq"), text(12).toLongLong());
        if (const qint64 officeSeq = text(13).toLongLong(); officeSeq > 0)
            o.member(QLatin1StringView("officeSeq"), officeSeq);
        o.utf8Member(QLatin1StringView("portalHash"), text(14));
        o.close();
        return {};
    }

    ChangesPage &m_page;
    const int m_limit;
};

// What a device checks at every round besides the events (changesAnswer).
struct FeedVersions {
    int catalog = 0;
    int calendar = 0;
    int warnAfterDays = 3;
    int blockAfterDays = 14;
    int blockAfterUnsynced = 500;
    QString officers;
};

// The versions for each of `offices`, in one statement (merged into the page's statement it cost
// more: 0.158 against 0.072 + 0.052 ms a device).
Result<QHash<QString, FeedVersions>> feedVersions(Statements &sql, const QStringList &offices)
{
    Result<PgRows *> q = sql.run(
        "feed versions",
        QStringLiteral("SELECT v.office, (SELECT COALESCE(max(version), 0) FROM catalog_versions), "
                       "(SELECT COALESCE(max(version), 0) FROM calendar_versions), "
                       "p.warn_after_days, p.block_after_days, p.block_after_unsynced, "
                       "(SELECT md5(COALESCE(string_agg(o.login, ',' ORDER BY o.login), '')) FROM officers o "
                       "WHERE o.office = v.office AND o.active) "
                       "FROM unnest(?::text[]) AS v(office) LEFT JOIN policy p ON p.id = 1"),
        {pgTextArray(offices)});
    if (!q)
        return q.error();
    QHash<QString, FeedVersions> all;
    while ((*q)->next()) {
        PgRows &r = **q;
        FeedVersions v;
        v.catalog = r.value(1).toInt();
        v.calendar = r.value(2).toInt();
        if (!r.isNull(3)) {
            v.warnAfterDays = r.value(3).toInt();
            v.blockAfterDays = r.value(4).toInt();
            v.blockAfterUnsynced = r.value(5).toInt();
        }
        v.officers = r.value(6).toString();
        all.insert(r.value(0).toString(), v);
    }
    return all;
}

// {"events":[…],"cursor":…}: the page's events as PageWriter wrote them, then the rest.
QByteArray answerText(const ChangesPage &page, const FeedVersions &versions)
{
    const QJsonObject rest{{QStringLiteral("cursor"), double(page.cursor)},
                           {QStringLiteral("more"), page.more},
                           {QStringLiteral("catalogVersion"), versions.catalog},
                           {QStringLiteral("calendarVersion"), versions.calendar},
                           {QStringLiteral("policy"),
                            QJsonObject{{QStringLiteral("warnAfterDays"), versions.warnAfterDays},
                                        {QStringLiteral("blockAfterDays"), versions.blockAfterDays},
                                        {QStringLiteral("blockAfterUnsynced"), versions.blockAfterUnsynced}}},
                           {QStringLiteral("officersVersion"), versions.officers}};
    return QByteArray("{\"events\":") + page.eventsJson + ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1);
}

// The pages of devices that see one office each, in one statement: the feed statement for each
// (office, cursor, limit) asked for, side by side (LATERAL), its rows in ask order. The asks go in as
// one JSON array (jsonb_to_recordset) rather than as arrays (unnest): PostgreSQL estimates a set of
// JSON records at 100 rows whatever its values, so it keeps one generic plan for the statement;
// it estimated unnest by the arrays' length and planned the statement anew at every call (0.26 ms
// a call, pg_stat_statements).
Status readOneOfficePages(Statements &sql, const QList<FeedAsk> &asks, const QList<qsizetype> &which, QList<ChangesPage> &pages)
{
    QJsonArray records;
    std::vector<PageWriter> writers;
    writers.reserve(which.size());
    for (qsizetype i : which) {
        records.append(QJsonObject{{QStringLiteral("n"), qint64(writers.size())},
                                   {QStringLiteral("office"), asks[i].dev.visibleOffices.constFirst()},
                                   {QStringLiteral("after"), asks[i].feed.after},
                                   {QStringLiteral("lim"), asks[i].feed.limit + 1}});
        writers.emplace_back(pages[i], asks[i].feed);
    }
    Result<PgRows *> q = sql.run(
        "read changes of offices",
        QStringLiteral("SELECT k.n, x.* FROM jsonb_to_recordset(?::jsonb) AS k(n int, office text, after bigint, lim int) "
                       "CROSS JOIN LATERAL (")
            + feedSelect(QStringLiteral("= k.office"), QStringLiteral("k.after"), QStringLiteral("k.lim"))
            + QStringLiteral(") x ORDER BY k.n, x.portal_seq"),
        {QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        const qsizetype n = (*q)->value(0).toLongLong();
        if (n < 0 || n >= qsizetype(writers.size()))
            return Error(QStringLiteral("server.error"), QStringLiteral("read changes of offices: a row of no request"));
        if (Status s = writers[size_t(n)].add(**q, 1); !s)
            return s;
    }
    for (PageWriter &w : writers)
        w.close();
    return {};
}

// The page of a device that sees several offices (a province centre's): the feed statement over
// all of them ("= ANY", PostgreSQL walks portal_seq from the cursor).
Result<ChangesPage> readManyOfficesPage(Statements &sql, const QStringList &visibleOffices, const FeedRequest &feed)
{
    ChangesPage page;
    PageWriter writer(page, feed);
    const QVariant offices = pgTextArray(visibleOffices);
    Result<PgRows *> r = sql.run("read changes", feedSelect(QStringLiteral("= ANY(?::text[])"), QStringLiteral("?"), QStringLiteral("?")),
                                    {feed.after, offices, feed.limit + 1, feed.after, offices, feed.limit + 1, feed.limit + 1});
    if (!r)
        return r.error();
    while ((*r)->next()) {
        if (Status s = writer.add(**r, 0); !s)
            return s.error();
    }
    writer.close();
    return page;
}

} // namespace

Result<QByteArray> changesAnswer(Statements &sql, const DeviceContext &dev, const FeedRequest &feed)
{
    return changesAnswers(sql, {FeedAsk{dev, feed}}).constFirst();
}

QList<Result<QByteArray>> changesAnswers(Statements &sql, const QList<FeedAsk> &asks)
{
    auto failAll = [&sql, &asks](const Error &e) {
        sql.finish();
        return QList<Result<QByteArray>>(asks.size(), e);
    };
    QList<ChangesPage> pages(asks.size());
    QList<qsizetype> oneOffice;
    QStringList offices;
    for (qsizetype i = 0; i < asks.size(); ++i) {
        const FeedAsk &a = asks[i];
        if (!offices.contains(a.dev.office))
            offices << a.dev.office;
        if (a.dev.visibleOffices.size() == 1) {
            oneOffice << i;
            continue;
        }
        Result<ChangesPage> page = readManyOfficesPage(sql, a.dev.visibleOffices, a.feed);
        if (!page)
            return failAll(page.error());
        pages[i] = std::move(*page);
    }
    if (!oneOffice.isEmpty()) {
        if (Status s = readOneOfficePages(sql, asks, oneOffice, pages); !s)
            return failAll(s.error());
    }
    Result<QHash<QString, FeedVersions>> versions = feedVersions(sql, offices);
    sql.finish();
    if (!versions)
        return failAll(versions.error());
    QList<Result<QByteArray>> answers;
    answers.reserve(asks.size());
    for (qsizetype i = 0; i < asks.size(); ++i)
        answers << answerText(pages[i], versions->value(asks[i].dev.office));
    return answers;
}

} // namespace motcua::portal

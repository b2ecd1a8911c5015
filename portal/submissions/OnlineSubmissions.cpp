#include "portal/submissions/OnlineSubmissions.h"

#include "domain/audit/ChainHash.h"
#include "domain/codes/DossierCode.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/Event.h"
#include "portal/db/PgArrays.h"
#include "portal/db/Statements.h"
#include "portal/sync/FileRecords.h"
#include "portal/sync/PushService.h"
#include "portal/sync/SqlTx.h"
#include "portal/sync/SyncLogging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace motcua::portal {
namespace {

Error bad(const QString &what)
{
    return Error(QStringLiteral("online.bad-submission"), what);
}

Error noRow(const char *what)
{
    return Error(QStringLiteral("server.error"), QLatin1String(what) + QStringLiteral(": no row"));
}

// Codes carry the office-local day; the offices of the reference portal are all in Vietnam.
QDate officeDay(const QDateTime &now)
{
    return now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date();
}

} // namespace

OnlineSubmissions::OnlineSubmissions(QSqlDatabase &db, FileStore &files, PortalRules &rules)
    : m_db(db), m_files(files), m_rules(rules)
{
}

QString OnlineSubmissions::deviceFor(const QString &office)
{
    // A name-based uuid: every instance of the portal finds the same device for an office, and it
    // cannot be an enrolled device's (those are random uuids made at enrollment).
    static const QUuid ns = QUuid::fromString(QStringLiteral("6d6f7463-7561-4f6e-8c69-6e652d706f72"));
    return QUuid::createUuidV5(ns, QStringLiteral("motcua.online.v1\n") + office).toString(QUuid::WithoutBraces);
}

Result<QString> OnlineSubmissions::storePage(const QString &office, const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > FileStore::kMaxFileBytes)
        return bad(QStringLiteral("an empty or too large page"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Result<FileStore::PutResult> put = m_files.putWhole(sha, bytes);
    if (!put)
        return put.error();
    if (Status held = filerecords::recordHolder(m_db, sha, bytes.size(), deviceFor(office), office); !held)
        return held.error();
    return sha;
}

Result<std::optional<SubmittedDossier>> OnlineSubmissions::known(const OnlineSubmission &s)
{
    Statements sql(m_db);
    Result<PgRows *> q = sql.run("find submission",
                                    QStringLiteral("SELECT dossier_code, COALESCE(lookup_code, event::jsonb->'payload'->>'lookupCode') "
                                                   "FROM online_submissions WHERE office = ? AND external_ref = ?"),
                                    {s.office, s.externalRef});
    if (!q)
        return q.error();
    std::optional<SubmittedDossier> found;
    if ((*q)->next())
        found = SubmittedDossier{(*q)->value(0).toString(), (*q)->value(1).toString(), true};
    sql.finish();
    return found;
}

Result<QList<FieldError>> OnlineSubmissions::check(const OnlineSubmission &s)
{
    QList<FieldError> errors = submissioncheck::shape(s);
    Statements sql(m_db);
    if (!s.procedure.isEmpty()) {
        // The latest catalog version's procedure and the office's level.
        Result<PgRows *> q = sql.run(
            "procedure served",
            QStringLiteral("SELECT o.level, (SELECT p->>'level' FROM catalog_versions v "
                           "CROSS JOIN LATERAL jsonb_array_elements(v.body->'procedures') p "
                           "WHERE v.version = (SELECT max(version) FROM catalog_versions) AND p->>'code' = ? LIMIT 1) "
                           "FROM offices o WHERE o.code = ?"),
            {s.procedure, s.office});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return noRow("procedure served");
        const QString officeLevel = (*q)->value(0).toString();
        const QString procedureLevel = (*q)->value(1).toString();
        if (procedureLevel.isEmpty())
            errors << FieldError{QStringLiteral("procedure"), QStringLiteral("online.unknown-procedure"),
                                 QStringLiteral("No such procedure in the portal's catalog.")};
        else if (officeLevel == QLatin1String("commune") && procedureLevel != QLatin1String("commune"))
            errors << FieldError{QStringLiteral("procedure"), QStringLiteral("online.procedure-not-served"),
                                 QStringLiteral("The office does not serve this procedure (a province-level procedure at a commune).")};
    }
    QStringList pages;
    for (const OnlineSubmission::Component &c : s.components) {
        for (const QString &sha : c.pages) {
            if (FileStore::isValidHash(sha))
                pages << sha;
        }
    }
    if (!pages.isEmpty()) {
        // Complete and held by the office (uploaded by its connector, a device or the command line).
        Result<PgRows *> q = sql.run("pages held",
                                        QStringLiteral("SELECT sha256 FROM file_holders WHERE sha256 = ANY(?::text[]) AND office = ? "
                                                       "UNION SELECT sha256 FROM event_files WHERE sha256 = ANY(?::text[]) "
                                                       "AND receiving_office = ?"),
                                        {pgTextArray(pages), s.office, pgTextArray(pages), s.office}, Statements::Plan::EachTime);
        if (!q)
            return q.error();
        QSet<QString> held;
        while ((*q)->next())
            held.insert((*q)->value(0).toString());
        for (qsizetype i = 0; i < s.components.size(); ++i) {
            for (qsizetype j = 0; j < s.components[i].pages.size(); ++j) {
                const QString &sha = s.components[i].pages[j];
                if (FileStore::isValidHash(sha) && (!held.contains(sha) || !m_files.state(sha).complete))
                    errors << FieldError{QStringLiteral("components[%1].pages[%2]").arg(i).arg(j), QStringLiteral("online.page-missing"),
                                         QStringLiteral("Upload the page (PUT /v1/files/{sha256}) before the submission.")};
            }
        }
    }
    sql.finish();
    return errors;
}

Result<SubmittedDossier> OnlineSubmissions::submit(const OnlineSubmission &s, QList<FieldError> *fields, const QDateTime &now)
{
    Result<RulesSnapshot> snapshot = m_rules.snapshot(m_db);
    if (!snapshot)
        return snapshot.error();
    if (!isValidOfficeCode(s.office) || !snapshot->knows(s.office))
        return Error(QStringLiteral("online.unknown-office"), s.office);

    // 0. The same external reference again: the same dossier (sequenced below if it is not yet).
    Result<std::optional<SubmittedDossier>> before = known(s);
    if (!before)
        return before.error();
    if (!before->has_value()) {
        // 1. Checked.
        Result<QList<FieldError>> errors = check(s);
        if (!errors)
            return errors.error();
        if (!errors->isEmpty()) {
            QStringList where;
            for (const FieldError &e : std::as_const(*errors))
                where << e.field + QStringLiteral(": ") + e.code;
            if (fields)
                *fields = *errors;
            return bad(where.join(QStringLiteral("; ")));
        }
    }
    QJsonArray components;
    for (const OnlineSubmission::Component &c : s.components)
        components.append(QJsonObject{{QStringLiteral("number"), c.number}, {QStringLiteral("pages"), QJsonArray::fromStringList(c.pages)}});

    // 2. Authored and sealed (or found by its external reference).
    Result<SubmittedDossier> done = author(s, components, now);
    if (!done)
        return done.error();

    // 3. Sequenced by the one sequencer.
    if (Status st = sequencePending(s.office, *snapshot); !st)
        return st.error();
    Statements sql(m_db);
    Result<PgRows *> q = sql.run("read sequenced", QStringLiteral("SELECT portal_seq IS NOT NULL FROM online_submissions "
                                                                     "WHERE dossier_code = ?"),
                                    {done->code});
    if (!q)
        return q.error();
    const bool sequenced = (*q)->next() && (*q)->value(0).toBool();
    sql.finish();
    if (!sequenced)
        return Error(QStringLiteral("server.error"), QStringLiteral("the submission is stored but not sequenced yet; submit it again"));
    qCInfo(lcPortalSync).noquote() << "online submission registered for office" << s.office
                                   << (done->existed ? "(known reference)" : "");
    return done;
}

Result<SubmittedDossier> OnlineSubmissions::author(const OnlineSubmission &s, const QJsonArray &components,
                                                   const QDateTime &now)
{
    Statements sql(m_db);
    SqlTx tx(m_db);
    if (!tx.begin())
        return tx.error("begin");
    const QString device = deviceFor(s.office);
    // The office's portal device, locked: submissions for one office are sealed one after another.
    Result<PgRows *> q = sql.run("lock online device",
                                    QStringLiteral("INSERT INTO online_devices (office, device, seq, hash) VALUES (?, ?, 0, '') "
                                                   "ON CONFLICT (office) DO UPDATE SET office = EXCLUDED.office "
                                                   "RETURNING seq, hash"),
                                    {s.office, device});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return noRow("lock online device");
    const qint64 headSeq = (*q)->value(0).toLongLong();
    const QByteArray headHash = QByteArray::fromHex((*q)->value(1).toString().toLatin1());

    q = sql.run("find submission",
                QStringLiteral("SELECT dossier_code, COALESCE(lookup_code, event::jsonb->'payload'->>'lookupCode') "
                               "FROM online_submissions WHERE office = ? AND external_ref = ?"),
                {s.office, s.externalRef});
    if (!q)
        return q.error();
    if ((*q)->next()) {
        SubmittedDossier known{(*q)->value(0).toString(), (*q)->value(1).toString(), true};
        sql.finish();
        if (!tx.commit())
            return tx.error("commit");
        return known;
    }

    const QDate day = officeDay(now);
    q = sql.run("next online code",
                QStringLiteral("INSERT INTO online_code_days (office, day, seq) VALUES (?, ?::date, 1) "
                               "ON CONFLICT (office, day) DO UPDATE SET seq = online_code_days.seq + 1 RETURNING seq"),
                {s.office, day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return noRow("next online code");
    const int seq = (*q)->value(0).toInt();
    if (seq > 9999)
        return Error(QStringLiteral("codes.day-exhausted"), s.office);
    const DossierCode code{s.office, day, kPortalDeviceNumber, seq};

    // The lookup code: unique within the office (the UNIQUE index of migration 0006 backs it; the
    // office's device row is locked above, so two submissions of the office never race here).
    Result<QString> lookup = LookupCode::allocate([&](const QString &candidate) -> Result<bool> {
        Result<PgRows *> taken = sql.run("lookup code taken",
                                            QStringLiteral("SELECT 1 FROM online_submissions WHERE office = ? AND lookup_code = ? "
                                                           "UNION ALL SELECT 1 FROM dossier_summaries WHERE office = ? AND lookup_code = ? "
                                                           "LIMIT 1"),
                                            {s.office, candidate, s.office, candidate});
        if (!taken)
            return taken.error();
        return !(*taken)->next();
    });
    if (!lookup)
        return lookup.error();

    Event e;
    e.uuid = QUuid::createUuid();
    e.dossier = code.toString();
    e.type = EventType::SubmittedOnline;
    e.payload = QJsonObject{{QStringLiteral("procedure"), s.procedure},
                            {QStringLiteral("externalRef"), s.externalRef},
                            {QStringLiteral("applicant"), s.applicant},
                            {QStringLiteral("components"), components},
                            {QStringLiteral("lookupCode"), *lookup},
                            {QStringLiteral("submittedAt"), isoUtcMs(now)}};
    e.officer = QLatin1String(kOfficer);
    e.role = Role::Counter;
    e.office = s.office;
    e.device = device;
    e.wallTime = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
    chain::sealOnDevice(e, headSeq, headHash);

    q = sql.run("store submission",
                QStringLiteral("INSERT INTO online_submissions (office, external_ref, dossier_code, event_uuid, device_seq, event, "
                               "lookup_code, connector) VALUES (?, ?, ?, ?::uuid, ?, ?, ?, NULLIF(?, '')::uuid)"),
                {s.office, s.externalRef, e.dossier, uuidText(e.uuid), e.deviceSeq,
                 QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)), *lookup,
                 s.connector.isNull() ? QStringLiteral("") : s.connector});
    if (!q)
        return q.error();
    q = sql.run("advance online device", QStringLiteral("UPDATE online_devices SET seq = ?, hash = ? WHERE office = ?"),
                {e.deviceSeq, QString::fromLatin1(e.deviceHash.toHex()), s.office});
    if (!q)
        return q.error();
    sql.finish();
    if (!tx.commit())
        return tx.error("commit");
    return SubmittedDossier{e.dossier, *lookup, false};
}

Status OnlineSubmissions::sequencePending(const QString &office, const RulesSnapshot &snapshot)
{
    Statements sql(m_db);
    Result<PgRows *> q = sql.run("pending submissions",
                                    QStringLiteral("SELECT event FROM online_submissions WHERE office = ? AND portal_seq IS NULL "
                                                   "ORDER BY device_seq LIMIT ?"),
                                    {office, kMaxPushEvents});
    if (!q)
        return q.error();
    QList<PushedEvent> batch;
    while ((*q)->next()) {
        Result<Event> e = Event::fromJson(QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object());
        if (!e)
            return e.error();
        batch << PushedEvent::parsed(uuidText(e->uuid), std::move(e.value()));
    }
    sql.finish();
    if (batch.isEmpty())
        return {};
    DeviceContext dev;
    dev.device = deviceFor(office);
    dev.office = office;
    dev.visibleOffices = QStringList{office};
    Result<PushReply> reply = PushService(sql, m_rules, snapshot).push(dev, batch);
    if (!reply)
        return reply.error();
    for (const PushItemResult &r : std::as_const(reply->results)) {
        if (r.error) {
            // Another instance may have sealed a later event first (events.bad-link): the next
            // submit for the office sends it again. Anything else is a bug in what we authored.
            if (r.error->code != QLatin1String("events.bad-link"))
                qCWarning(lcPortalSync).noquote() << "online submission refused by the sequencer:" << r.error->code;
            continue;
        }
        q = sql.run("mark sequenced", QStringLiteral("UPDATE online_submissions SET portal_seq = ? WHERE event_uuid = ?::uuid"),
                    {r.portalSeq, r.uuid});
        if (!q)
            return q.error();
    }
    sql.finish();
    return {};
}

} // namespace motcua::portal

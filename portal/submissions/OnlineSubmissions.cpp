#include "portal/submissions/OnlineSubmissions.h"

#include "domain/audit/ChainHash.h"
#include "domain/codes/DossierCode.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/Event.h"
#include "portal/db/Statements.h"
#include "portal/sync/FileRecords.h"
#include "portal/sync/PushService.h"
#include "portal/sync/SqlTx.h"
#include "portal/sync/SyncLogging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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

Result<SubmittedDossier> OnlineSubmissions::submit(const OnlineSubmission &s, const QDateTime &now)
{
    Result<RulesSnapshot> snapshot = m_rules.snapshot(m_db);
    if (!snapshot)
        return snapshot.error();
    if (!isValidOfficeCode(s.office) || !snapshot->knows(s.office))
        return Error(QStringLiteral("online.unknown-office"), s.office);
    if (s.procedure.isEmpty())
        return bad(QStringLiteral("no procedure"));
    if (s.externalRef.isEmpty())
        return bad(QStringLiteral("no external reference"));
    if (s.applicant.value(QStringLiteral("idNumber")).toString().isEmpty())
        return bad(QStringLiteral("the applicant has no idNumber"));

    // 1. The pages: stored, and held by the office (its devices fetch them through the page sync).
    const QString device = deviceFor(s.office);
    QJsonArray components;
    for (const OnlineSubmission::Component &c : s.components) {
        if (c.number < 1)
            return bad(QStringLiteral("a component number below 1"));
        QJsonArray pages;
        for (const QByteArray &bytes : c.pages) {
            if (bytes.isEmpty() || bytes.size() > FileStore::kMaxFileBytes)
                return bad(QStringLiteral("an empty or too large page"));
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            Result<FileStore::PutResult> put = m_files.putWhole(sha, bytes);
            if (!put)
                return put.error();
            if (Status held = filerecords::recordHolder(m_db, sha, bytes.size(), device, s.office); !held)
                return held.error();
            pages.append(sha);
        }
        components.append(QJsonObject{{QStringLiteral("number"), c.number}, {QStringLiteral("pages"), pages}});
    }

    // 2. Authored and sealed (or found by its external reference).
    Result<SubmittedDossier> done = author(s, components, now);
    if (!done)
        return done.error();

    // 3. Sequenced by the one sequencer.
    if (Status st = sequencePending(s.office, *snapshot); !st)
        return st.error();
    Statements sql(m_db);
    Result<QSqlQuery *> q = sql.run("read sequenced", QStringLiteral("SELECT portal_seq IS NOT NULL FROM online_submissions "
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
    Result<QSqlQuery *> q = sql.run("lock online device",
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

    q = sql.run("find submission", QStringLiteral("SELECT dossier_code FROM online_submissions WHERE office = ? AND external_ref = ?"),
                {s.office, s.externalRef});
    if (!q)
        return q.error();
    if ((*q)->next()) {
        SubmittedDossier known{(*q)->value(0).toString(), true};
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

    Event e;
    e.uuid = QUuid::createUuid();
    e.dossier = code.toString();
    e.type = EventType::SubmittedOnline;
    e.payload = QJsonObject{{QStringLiteral("procedure"), s.procedure},
                            {QStringLiteral("externalRef"), s.externalRef},
                            {QStringLiteral("applicant"), s.applicant},
                            {QStringLiteral("components"), components},
                            {QStringLiteral("lookupCode"), LookupCode::generate()},
                            {QStringLiteral("submittedAt"), isoUtcMs(now)}};
    e.officer = QLatin1String(kOfficer);
    e.role = Role::Counter;
    e.office = s.office;
    e.device = device;
    e.wallTime = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
    chain::sealOnDevice(e, headSeq, headHash);

    q = sql.run("store submission",
                QStringLiteral("INSERT INTO online_submissions (office, external_ref, dossier_code, event_uuid, device_seq, event) "
                               "VALUES (?, ?, ?, ?::uuid, ?, ?)"),
                {s.office, s.externalRef, e.dossier, uuidText(e.uuid), e.deviceSeq,
                 QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    q = sql.run("advance online device", QStringLiteral("UPDATE online_devices SET seq = ?, hash = ? WHERE office = ?"),
                {e.deviceSeq, QString::fromLatin1(e.deviceHash.toHex()), s.office});
    if (!q)
        return q.error();
    sql.finish();
    if (!tx.commit())
        return tx.error("commit");
    return SubmittedDossier{e.dossier, false};
}

Status OnlineSubmissions::sequencePending(const QString &office, const RulesSnapshot &snapshot)
{
    Statements sql(m_db);
    Result<QSqlQuery *> q = sql.run("pending submissions",
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
        batch << PushedEvent{uuidText(e->uuid), std::move(e.value()), Error()};
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

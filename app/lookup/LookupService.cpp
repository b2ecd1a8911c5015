#include "app/lookup/LookupService.h"

#include "app/catalog/CatalogService.h"
#include "app/lookup/DossierText.h"
#include "db/CatalogStore.h"
#include "db/DossierStateStore.h"
#include "db/EventStore.h"
#include "db/OfficerStore.h"
#include "db/PageStore.h"
#include "domain/codes/DossierCode.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/Replay.h"
#include "domain/text/VietnameseFolding.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace motcua::lookup {
namespace {

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool hasLetter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

// The start of a dossier code: an office with a dot and a dash ("H55.242-", "H55.242-2612"), an office
// and a whole day ("G12-261207-0"), or a whole day alone ("261207", "261207-01": this office's).
const QRegularExpression &dayOnlyRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})(-\\d{0,6})?$"));
    return re;
}

QString codePrefix(const QString &t)
{
    static const QRegularExpression withOffice(
        QStringLiteral("^([0-9A-Z]{2,4}(\\.[0-9A-Z]{2,4}){1,5})(-\\d{0,6})?$|^([0-9A-Z]{2,4}(\\.[0-9A-Z]{2,4}){0,5})-\\d{6}-\\d{0,6}$"));
    const QString upper = t.toUpper();
    if (const auto m = dayOnlyRe().match(upper); m.hasMatch()) {
        if (QDate(2000 + m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
            return upper;
        return {};
    }
    if (withOffice.match(upper).hasMatch())
        return upper.contains(QLatin1Char('-')) ? upper : upper + QLatin1Char('-');
    return {};
}

} // namespace

// Phone numbers as typed: "0912 345 678", "0912.345.678", "+84 912 345 678" → "0912345678".
QString LookupService::normalizedPhone(const QString &typed)
{
    QString s = typed;
    s.remove(QRegularExpression(QStringLiteral("[\\s.\\-()]")));
    if (s.startsWith(QLatin1String("+84")))
        s = QLatin1Char('0') + s.mid(3);
    if (s.size() == 10 && s.startsWith(QLatin1Char('0')) && s.at(1) != u'0' && allDigits(s))
        return s;
    return {};
}

LookupService::LookupService(const WorkspaceServices &services)
    : m_services(services), m_db(services.db()), m_office(services.session().office.code),
      m_zone(OfficeTime::zoneOr(services.session().office.timeZone))
{
}

Query LookupService::classify(const QString &typed)
{
    const QString t = typed.simplified();
    if (t.isEmpty())
        return {};
    if (const auto code = DossierCode::parse(t.toUpper()); code.ok())
        return {QueryKind::DossierCode, code->toString(), false, {}, {}};
    QString digits = t;
    digits.remove(QLatin1Char(' '));
    if (allDigits(digits) && digits.size() == 12)
        return {QueryKind::IdNumber, digits, false, {}, {}};
    if (allDigits(digits) && digits.size() == 9)
        return {QueryKind::OldIdNumber, digits, false, {}, {}};
    if (const QString phone = normalizedPhone(t); !phone.isEmpty())
        return {QueryKind::Phone, phone, false, {}, {}};
    if (const QString prefix = codePrefix(t); !prefix.isEmpty())
        return {QueryKind::CodePrefix, prefix, false, {}, {}};
    if (const QString lookup = LookupCode::normalize(t); LookupCode::isWellFormed(lookup)) {
        // "THANH HA" is lookup-code-shaped too: without a digit, it may be a name.
        const bool noDigit = std::none_of(lookup.begin(), lookup.end(), [](QChar c) { return c.isDigit(); });
        return {QueryKind::LookupCode, lookup, noDigit, {}, {}};
    }
    if (hasLetter(t))
        return {QueryKind::Name, t, false, {}, {}};
    return {QueryKind::Empty, t, false, {}, {}};
}

LookupResults LookupService::receivedOnDays(const QDate &from, const QDate &to, const QDateTime &now) const
{
    LookupResults r;
    r.query.kind = QueryKind::Days;
    r.query.from = from;
    r.query.to = to;
    const DossierStateStore dossiers(m_db);
    addHits(r, dossiers.receivedOnDays(m_office, from, to, kMaxListed), now, kMaxListed);
    r.failure = dossiers.failure();
    return r;
}

LookupResults LookupService::search(const QString &typed, const QDateTime &now) const
{
    if (typed.trimmed().isEmpty()) {
        const QDate today = OfficeTime::day(now, m_zone);
        return receivedOnDays(today, today, now);
    }
    LookupResults r;
    r.query = classify(typed);
    const Query &q = r.query;
    const DossierStateStore dossiers(m_db);
    const CitizenStore citizens(m_db);
    QList<DossierSummary> found;
    auto ofCitizens = [&](const QList<Citizen> &list) {
        for (const Citizen &c : list)
            found << dossiers.byApplicantId(c.idNumber);
    };

    switch (q.kind) {
    case QueryKind::Empty:
    case QueryKind::Days: break;
    case QueryKind::CodePrefix: {
        // A day without an office is this office's.
        const QString prefix = dayOnlyRe().match(q.text).hasMatch() ? m_office + QLatin1Char('-') + q.text : q.text;
        addHits(r, dossiers.byCodePrefix(prefix, kMaxListed), now, kMaxListed);
        r.failure = dossiers.failure();
        return r;
    }
    case QueryKind::DossierCode:
        if (auto d = dossiers.byCode(q.text))
            found << *d;
        break;
    case QueryKind::LookupCode:
        if (auto d = dossiers.byLookupCode(m_office, q.text))
            found << *d;
        if (q.alsoName) {
            r.citizens = citizens.searchName(typed, kMaxCitizens);
            found << dossiersByName(dossiers, typed, r.citizens);
        }
        break;
    case QueryKind::IdNumber:
        if (auto c = citizens.byIdNumber(q.text))
            r.citizens << *c;
        found << dossiers.byApplicantId(q.text);
        break;
    case QueryKind::OldIdNumber:
        if (auto c = citizens.byIdNumber(q.text)) {
            r.citizens << *c;
            ofCitizens(r.citizens);
        }
        break;
    case QueryKind::Phone:
        r.citizens = citizens.byPhone(q.text, kMaxCitizens);
        ofCitizens(r.citizens);
        break;
    case QueryKind::Name:
        r.citizens = citizens.searchName(q.text, kMaxCitizens);
        found << dossiersByName(dossiers, q.text, r.citizens);
        break;
    }

    addHits(r, found, now, kMaxDossiers);
    r.failure = dossiers.failure() ? dossiers.failure() : citizens.failure();
    return r;
}

void LookupService::addHits(LookupResults &r, QList<DossierSummary> found, const QDateTime &now, int max) const
{
    // Newest first, each dossier once.
    std::stable_sort(found.begin(), found.end(),
                     [](const DossierSummary &a, const DossierSummary &b) { return a.receivedAt > b.receivedAt; });
    QSet<QString> seen;
    for (const DossierSummary &s : std::as_const(found)) {
        if (seen.contains(s.code))
            continue;
        seen.insert(s.code);
        r.dossiers << hitOf(s, now);
        if (r.dossiers.size() == max)
            break;
    }
}

QList<DossierSummary> LookupService::dossiersByName(const DossierStateStore &dossiers, const QString &typed,
                                                   const QList<Citizen> &citizens) const
{
    // The applicant-name index serves a prefix of the whole name ("nguyen van"); word prefixes
    // ("ng v an") are checked on the rows of the first word's range. Dossiers of the citizens the
    // full-text search found cover names typed from a middle word ("van an").
    QList<DossierSummary> out;
    const QStringList words = foldedWords(typed);
    if (words.isEmpty())
        return out;
    for (const DossierSummary &s : dossiers.byApplicantName(words.join(QLatin1Char(' ')), kMaxDossiers))
        out << s;
    if (words.size() > 1) {
        for (const DossierSummary &s : dossiers.byApplicantName(words.first(), 500))
            if (nameMatchesWordPrefixes(s.applicantName, typed))
                out << s;
    }
    for (const Citizen &c : citizens)
        out << dossiers.byApplicantId(c.idNumber);
    return out;
}

DossierHit LookupService::hitOf(const DossierSummary &s, const QDateTime &now) const
{
    DossierHit h;
    h.code = s.code;
    h.lookupCode = s.lookupCode;
    h.procedureCode = s.procedureCode;
    if (const Procedure *p = catalog().find(s.procedureCode))
        h.procedureName = p->name;
    h.applicantName = s.applicantName;
    h.applicantIdNumber = s.applicantIdNumber;
    h.status = s.status;
    h.statusCode = s.statusCode;
    h.statusText = DossierText::statusText(s.status);
    h.receivedAt = local(s.receivedAt);
    h.dueAt = local(s.dueAt);
    h.finishedAt = local(s.finishedAt);
    const bool open = !s.finishedAt.isValid() && !isFinal(s.status);
    h.late = s.late || (open && s.dueAt.isValid() && now > s.dueAt);
    h.conflicts = s.conflicts;
    return h;
}

Result<DossierDetails> LookupService::details(const QString &dossierCode, const QDateTime &now) const
{
    const DossierStateStore dossiers(m_db);
    const auto summary = dossiers.byCode(dossierCode);
    if (dossiers.failure())
        return *dossiers.failure();
    if (!summary)
        return Error(QStringLiteral("lookup.no-dossier"), QStringLiteral("no dossier with that code"));
    DossierDetails d;
    d.header = hitOf(*summary, now);
    d.holder = summary->holder;

    // Replay for the components and for which events the machine refuses in this order.
    const EventStore &events = m_services.events();
    const QList<Event> log = events.eventsOf(dossierCode);
    const ReplayResult replayed = replay(log, events.machine());
    const QHash<QString, QString> &names = officerNames();
    const Procedure *procedure = catalog().find(summary->procedureCode);
    for (qsizetype i = 0; i < log.size(); ++i) {
        const Event &e = log.at(i);
        TimelineRow row;
        row.at = local(e.wallTime);
        row.officer = e.officer;
        row.officerName = names.value(e.officer, e.officer);
        row.role = e.role;
        row.type = e.type;
        row.typeText = DossierText::eventTypeText(e.type);
        row.summary = DossierText::eventSummary(e, names, procedure);
        if (i < replayed.verdicts.size() && !replayed.verdicts.at(i).accepted) {
            row.conflict = true;
            row.conflictReason = replayed.verdicts.at(i).reason;
        }
        d.timeline << row;
    }

    for (const ComponentRecord &c : replayed.state.components) {
        ComponentRow row;
        row.number = c.number;
        row.name = DossierText::componentName(c.number, procedure);
        row.provenance = c.provenance;
        row.provenanceText = DossierText::provenanceText(c.provenance, c.sourceDossier);
        row.sourceDossier = c.sourceDossier;
        row.pageHashes = c.pageHashes;
        row.attachedBy = names.value(c.attachedBy, c.attachedBy);
        row.attachedAt = local(c.attachedAt);
        row.revision = c.revision;
        d.pageHashes << c.pageHashes;
        d.components << row;
    }
    return d;
}

PageImage LookupService::page(const QString &sha256, const QSize &bound) const
{
    PageImage out;
    out.sha256 = sha256;
    const auto stored = PageStore(m_db).get(sha256);
    if (!stored) {
        out.error = stored.error();
        out.tampered = stored.error().code == QLatin1String("pages.tampered");
        return out;
    }
    out.image = QImage::fromData(stored->bytes);
    if (out.image.isNull())
        out.error = Error(QStringLiteral("lookup.page-undecodable"), stored->meta.mime);
    if (out.image.isNull())
        return out;
    if (bound.isValid() && (out.image.width() > bound.width() || out.image.height() > bound.height()))
        out.image = out.image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    out.thumbnail = out.image.scaled(PageImage::kThumbnailWidth, PageImage::kThumbnailHeight, Qt::KeepAspectRatio,
                                     Qt::SmoothTransformation);
    return out;
}

const Catalog &LookupService::catalog() const
{
    if (!m_catalog) {
        // The workspace's catalog, or the bundled one while the workspace has imported none (as
        // CatalogService does for the Receive page): else every name would be missing.
        auto loaded = CatalogStore(m_db).load();
        if (loaded.ok() && loaded->has_value()) {
            m_catalog = std::move(**loaded);
        } else if (auto bundled = CatalogService::bundledCatalog(); bundled.ok() && *bundled) {
            m_catalog = **bundled;
        } else {
            m_catalog = Catalog();
        }
    }
    return *m_catalog;
}

const QHash<QString, QString> &LookupService::officerNames() const
{
    if (!m_officerNames) {
        QHash<QString, QString> names;
        for (const Officer &o : OfficerStore(m_db).officers(true))
            names.insert(o.login, o.fullName);
        m_officerNames = std::move(names);
    }
    return *m_officerNames;
}

QDateTime LookupService::local(const QDateTime &utc) const
{
    return OfficeTime::local(utc, m_zone);
}

} // namespace motcua::lookup

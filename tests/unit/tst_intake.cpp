// app/intake against a real encrypted workspace: drafts (saved with their pages, spared by the
// garbage collector, handed over to the dossier), the three counter outcomes, their refusals, the
// bundle parts, the separator-label matching of `digitize`, and IntakeWorker off the GUI thread.
#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/calendar/BundledCalendar.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeService.h"
#include "app/intake/IntakeWorker.h"
#include "app/intake/StackSplitter.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <list>

using namespace motcua;
using namespace motcua::intake;

namespace {

const QString kCardName = QStringLiteral("Đặng Thị Thu Hà");

Applicant citizen()
{
    Applicant a;
    a.idNumber = QStringLiteral("036190001234");
    a.name = kCardName;
    a.dateOfBirth = QStringLiteral("1990-04-30");
    a.gender = QStringLiteral("Nữ");
    a.address = QStringLiteral("Xóm 3, xã Giao Thủy, Nam Định");
    a.phone = QStringLiteral("0987654321");
    a.source = QStringLiteral("card-qr");
    return a;
}

// A worker's answers recorded in the test's thread: connected with a context object living here,
// the calls are queued (the worker emits from its own thread; a QSignalSpy would record there,
// racing with the test's reads). Same shape as QSignalSpy: one QVariantList per call.
class Answers : public QObject {
public:
    template <typename... Args>
    QList<QVariantList> *collect(IntakeWorker *worker, void (IntakeWorker::*signal)(Args...))
    {
        auto *calls = &m_calls.emplace_back();
        connect(worker, signal, this, [calls](std::decay_t<Args>... args) { calls->append({QVariant::fromValue(args)...}); });
        return calls;
    }

private:
    std::list<QList<QVariantList>> m_calls;
};

} // namespace

class TestIntake : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draftJsonRoundTrip();
    void draftKeepsItsPagesFromTheCollector();
    void receiveTakesTheDraftOver();
    void incompleteIsRefusedWithNumbers();
    void supplementListsMissingComponents();
    void refusalNeedsReasonsAndFilesNothing();
    void supplementBroughtToTheCounter();
    void bundleReceivesItsParts();
    void procedureWithoutLimitNeedsOverride();
    void counterRoleRequired();
    void separatorLabels();
    void workerSavesLoadsAndReceives();
    void reprintRebuildsTheSameForm();
    void catalogAndUsageFromTheWorkspace();

private:
    QString putPage(const QByteArray &bytes);
    IntakeDraft completeBirthDraft();
    IntakeService service(Roles roles = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    std::vector<std::unique_ptr<WorkspaceServices>> m_services;   // one per service() call, kept to the end
};

void TestIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    test::TestWorkspaceSpec spec;
    spec.password = QStringLiteral("pw");
    auto ws = test::createTestWorkspace(m_dir->filePath(QStringLiteral("ws")), spec);
    QVERIFY(ws.ok());
    m_ws = std::move(*ws);
    auto db = m_ws->openDatabase();
    QVERIFY(db.ok());
    m_db = std::move(*db);
    auto catalog = CatalogService::bundledCatalog();
    QVERIFY(catalog.ok());
    m_catalog = *catalog;
    auto calendar = BundledCalendar::working();
    QVERIFY(calendar.ok());
    m_calendar = *calendar;
}

void TestIntake::cleanup()
{
    m_services.clear();
    m_db.reset();
    m_ws.reset();
    m_dir.reset();
}

QString TestIntake::putPage(const QByteArray &bytes)
{
    auto sha = PageStore(m_db->sql()).put(bytes, {QStringLiteral("image/png"), 10, 10, 200, false});
    return sha ? *sha : QString();
}

IntakeDraft TestIntake::completeBirthDraft()
{
    IntakeDraft d = IntakeDraft::start(m_ws->session().officer.login);
    d.procedureCode = QStringLiteral("1.001193");
    d.applicant = citizen();
    for (int n : {1, 2}) {
        DraftComponent &c = d.componentRef(n);
        c.provenance = n == 1 ? Provenance::ScannedAtCounter : Provenance::ImportedFile;
        c.pages << DraftPage{putPage("page-" + QByteArray::number(n) + "-a"), false, {}};
        c.pages << DraftPage{putPage("page-" + QByteArray::number(n) + "-blank"), true, {QStringLiteral("quality.blank")}};
    }
    d.actions = 9;
    return d;
}

IntakeService TestIntake::service(Roles roles)
{
    SessionInfo session = m_ws->session();
    if (roles)
        session.officer.roles = roles;
    m_services.push_back(test::servicesFor(m_db->sql(), session, m_catalog, m_calendar));
    if (!m_services.back())
        qFatal("the workspace's services could not be built");
    return IntakeService(*m_services.back());
}

void TestIntake::draftJsonRoundTrip()
{
    IntakeDraft d = completeBirthDraft();
    d.limitOverride = TimeLimit::days(7);
    d.applicant.kind = Applicant::Kind::Organisation;
    d.applicant.organisationName = QStringLiteral("Công ty TNHH Hoà Bình");
    d.applicant.businessCode = QStringLiteral("0101234567");
    d.applicant.representative = kCardName;
    auto back = IntakeDraft::fromJson(QJsonDocument::fromJson(QJsonDocument(d.toJson()).toJson()).object());
    QVERIFY(back.ok());
    QCOMPARE(back->toJson(), d.toJson());
    QCOMPARE(back->component(2)->filedPages().size(), 1);
    QVERIFY(!IntakeDraft::fromJson(QJsonObject{{QStringLiteral("version"), 2}}).ok());
}

void TestIntake::draftKeepsItsPagesFromTheCollector()
{
    const IntakeDraft d = completeBirthDraft();
    DraftStore drafts(m_db->sql());
    StoredDraft stored{d.id, d.officer, d.startedAt, {}, QJsonDocument(d.toJson()).toJson()};
    QVERIFY(drafts.save(stored, d.allPages()).ok());
    PageStore pages(m_db->sql());
    auto collected = pages.collectGarbage(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(collected.ok());
    QCOMPARE(*collected, 0);                           // every page belongs to the draft
    for (const QString &sha : d.allPages())
        QVERIFY(pages.contains(sha));
    auto mine = drafts.ofOfficer(d.officer);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(drafts.ofOfficer(QStringLiteral("someone-else"))->size(), 0);
    QVERIFY(drafts.discard(d.id).ok());
    collected = pages.collectGarbage(QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(*collected, 4);
}

void TestIntake::receiveTakesTheDraftOver()
{
    const IntakeDraft d = completeBirthDraft();
    QVERIFY(DraftStore(m_db->sql()).save({d.id, d.officer, d.startedAt, {}, QJsonDocument(d.toJson()).toJson()}, d.allPages()).ok());
    IntakeService s = service();
    auto r = s.receive(d, QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC)); // Monday 09:00 in Hà Nội
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->events.size(), 3);
    QCOMPARE(r->type, EventType::Received);
    QVERIFY(!r->lookupCode.isEmpty());
    // 1 working day, received Monday 09:00 → Tuesday 09:00 office time (02:00 UTC).
    QCOMPARE(r->dueAt, QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC));
    QCOMPARE(r->form.kind, printing::FormKind::Receipt01);
    QCOMPARE(r->form.applicantName, kCardName);
    QCOMPARE(r->form.components.size(), 2);
    QVERIFY(r->form.components[0].provided.contains(QStringLiteral("1")));
    // The draft is gone; its filed pages now belong to the attaching events, the set-aside ones to nobody.
    QVERIFY(!DraftStore(m_db->sql()).get(d.id).has_value());
    PageStore pages(m_db->sql());
    const QJsonArray filed = r->events[1].payload.value(QStringLiteral("pages")).toArray();
    QCOMPARE(filed.size(), 1);
    QCOMPARE(pages.info(filed[0].toString())->refcount, 1);
    QCOMPARE(pages.info(d.component(1)->pages[1].sha256)->refcount, 0);
    QCOMPARE(*pages.pagesOf(QStringLiteral("event:") + uuidText(r->events[1].uuid)), QStringList{filed[0].toString()});
    auto counter = CounterTimeStore(m_db->sql()).get(r->dossierCode);
    QVERIFY(counter.has_value());
    QCOMPARE(counter->actions, 9);
    QVERIFY(!counter->printedAt.isValid());
    QVERIFY(s.markPrinted(r->dossierCode).ok());
    QVERIFY(CounterTimeStore(m_db->sql()).get(r->dossierCode)->printedAt.isValid());
}

void TestIntake::incompleteIsRefusedWithNumbers()
{
    IntakeDraft d = completeBirthDraft();
    d.removeComponent(2);
    auto r = service().receive(d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("intake.incomplete"));
    QCOMPARE(r.error().detail, QStringLiteral("2"));
    // Only set-aside pages: not provided either.
    d = completeBirthDraft();
    d.componentRef(1).pages.removeFirst();
    QCOMPARE(service().receive(d).error().detail, QStringLiteral("1"));
    d = completeBirthDraft();
    d.applicant = {};
    QCOMPARE(service().receive(d).error().code, QStringLiteral("intake.no-applicant"));
    d.applicant = citizen();
    d.applicant.idNumber = QStringLiteral("12345");
    QCOMPARE(service().receive(d).error().code, QStringLiteral("intake.bad-id-number"));
    // A missing name is its own error, not a bad ID number (issue 10).
    d.applicant = citizen();
    d.applicant.name = QStringLiteral("  ");
    QCOMPARE(service().receive(d).error().code, QStringLiteral("intake.no-name"));
    QCOMPARE(QSqlQuery(QStringLiteral("SELECT count(*) FROM dossiers"), m_db->sql()).next(), true);
}

void TestIntake::supplementListsMissingComponents()
{
    IntakeDraft d = completeBirthDraft();
    d.removeComponent(2);
    auto r = service().requestSupplement(d, {});
    QVERIFY(r.ok());
    QCOMPARE(r->type, EventType::SupplementRequestedAtCounter);
    QCOMPARE(r->events.size(), 2); // the outcome and the one component brought
    const QJsonArray missing = r->events[0].payload.value(QStringLiteral("missing")).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0].toObject().value(QStringLiteral("number")).toInt(), 2);
    // Events hold facts, not translated text: no reason was given, so none is stored.
    QVERIFY(!missing[0].toObject().contains(QStringLiteral("reason")));
    QCOMPARE(r->form.kind, printing::FormKind::Supplement02);
    bool flagged = false;
    for (const auto &line : r->form.components)
        // Form 02 is official: printed in Vietnamese whatever the UI language (OfficialText).
        flagged = flagged || (line.number == 2 && line.missing && line.missingReason == QStringLiteral("Chưa nộp"));
    QVERIFY(flagged);
    QVERIFY(!r->dueAt.isValid());
    EventStore store(m_db->sql(), m_ws->session().deviceId);
    QCOMPARE(store.replayDossier(r->dossierCode)->state.status, DossierStatus::SupplementRequired);
    // Nothing missing and nothing said: no Form 02.
    QCOMPARE(service().requestSupplement(completeBirthDraft(), {}).error().code, QStringLiteral("intake.nothing-missing"));
}

void TestIntake::supplementBroughtToTheCounter()
{
    // Form 02 for the missing component 2; the citizen comes back with it.
    IntakeDraft d = completeBirthDraft();
    d.removeComponent(2);
    auto form02 = service().requestSupplement(d, {});
    QVERIFY(form02.ok());
    const QString code = form02->dossierCode;
    EventStore store(m_db->sql(), m_ws->session().deviceId);
    QVERIFY(store.replayDossier(code)->state.awaitsCounterSupplement());

    // Still missing: refused, nothing written.
    const qint64 before = store.eventCount();
    QCOMPARE(service().receiveSupplement(code, {}).error().code, QStringLiteral("intake.incomplete"));
    DraftComponent brought;
    brought.number = 2;
    brought.provenance = Provenance::ImportedFile;
    brought.pages << DraftPage{putPage("supplement-2"), false, {}};
    QCOMPARE(service(Roles(Role::Processing)).receiveSupplement(code, {brought}).error().code,
             QStringLiteral("auth.not-counter"));
    DraftComponent ghost = brought;
    ghost.pages = {DraftPage{QString(64, QLatin1Char('0')), false, {}}};
    QCOMPARE(service().receiveSupplement(code, {ghost}).error().code, QStringLiteral("intake.missing-page"));
    QCOMPARE(store.eventCount(), before);

    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC);   // Tue 10:00 in Hà Nội
    auto r = service().receiveSupplement(code, {brought}, now);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->type, EventType::Received);
    QCOMPARE(r->dossierCode, code);
    QCOMPARE(r->lookupCode, form02->lookupCode);
    QList<EventType> types;
    for (const Event &e : r->events)
        types << e.type;
    QCOMPARE(types, (QList<EventType>{EventType::SupplementReceived, EventType::ComponentAttached, EventType::Received}));
    const DossierState st = store.replayDossier(code)->state;
    QCOMPARE(st.conflicts, 0);
    QCOMPARE(st.status, DossierStatus::Accepted);
    QCOMPARE(st.receivedAt, now);                // the clock starts now, not at the Form 02
    QVERIFY(r->dueAt.isValid() && r->dueAt > now);   // from the working calendar (this store has none)
    QCOMPARE(st.component(2)->provenance, Provenance::ImportedFile);
    // The page now belongs to the attaching event.
    QCOMPARE(PageStore(m_db->sql()).info(brought.pages.first().sha256)->refcount, 1);
    // Form 01 with both components and the appointment.
    QCOMPARE(r->form.kind, printing::FormKind::Receipt01);
    QCOMPARE(r->form.dossierCode, code);
    QCOMPARE(r->form.lookupCode, form02->lookupCode);
    QVERIFY(r->form.dueAt.isValid());
    int provided = 0;
    for (const auto &line : r->form.components)
        provided += (!line.provided.isEmpty() && !line.missing) ? 1 : 0;
    QCOMPARE(provided, 2);
    // Only once.
    QCOMPARE(service().receiveSupplement(code, {brought}).error().code, QStringLiteral("intake.not-awaiting-supplement"));
}

void TestIntake::refusalNeedsReasonsAndFilesNothing()
{
    const IntakeDraft d = completeBirthDraft();
    QCOMPARE(service().refuse(d, {QStringLiteral("  ")}).error().code, QStringLiteral("intake.no-reasons"));
    auto r = service().refuse(d, {QStringLiteral("Không thuộc thẩm quyền của UBND xã")});
    QVERIFY(r.ok());
    QCOMPARE(r->events.size(), 1);
    QVERIFY(r->lookupCode.isEmpty());
    QCOMPARE(r->form.kind, printing::FormKind::Refusal03);
    QCOMPARE(r->form.reasons, QStringList{QStringLiteral("Không thuộc thẩm quyền của UBND xã")});
    EventStore store(m_db->sql(), m_ws->session().deviceId);
    QCOMPARE(store.replayDossier(r->dossierCode)->state.status, DossierStatus::NotAccepted);
}

void TestIntake::bundleReceivesItsParts()
{
    const Procedure *bundle = m_catalog->find(QStringLiteral("2.000986"));
    QVERIFY(bundle && bundle->bundle);
    IntakeDraft d = IntakeDraft::start(m_ws->session().officer.login);
    d.procedureCode = bundle->code;
    d.applicant = citizen();
    for (const Component &c : bundle->components) {
        if (c.required)
            d.componentRef(c.number).pages << DraftPage{putPage("bundle-" + QByteArray::number(c.number)), false, {}};
    }
    auto r = service().receive(d);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const QJsonArray parts = r->events[0].payload.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), bundle->bundle->authorities.size());
    EventStore store(m_db->sql(), m_ws->session().deviceId);
    QCOMPARE(store.replayDossier(r->dossierCode)->state.parts.size(), parts.size());
}

void TestIntake::procedureWithoutLimitNeedsOverride()
{
    const Procedure *p = m_catalog->find(QStringLiteral("2.000635"));
    QVERIFY(p && !p->limit);
    IntakeDraft d = IntakeDraft::start(m_ws->session().officer.login);
    d.procedureCode = p->code;
    d.applicant = citizen();
    for (const Component &c : p->components)
        d.componentRef(c.number).pages << DraftPage{putPage("nolimit-" + QByteArray::number(c.number)), false, {}};
    QCOMPARE(service().receive(d).error().code, QStringLiteral("intake.no-limit"));
    d.limitOverride = TimeLimit::days(5);
    auto r = service().receive(d);
    QVERIFY(r.ok());
    QVERIFY(r->dueAt.isValid());
}

void TestIntake::counterRoleRequired()
{
    auto r = service(Roles(Role::Processing)).receive(completeBirthDraft());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("auth.not-counter"));
}

void TestIntake::separatorLabels()
{
    const Procedure *p = m_catalog->find(QStringLiteral("1.001193"));
    QVERIFY(p);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("2")), 2);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("2. Giấy chứng sinh")), 2);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("GIAY CHUNG SINH")), 2);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("Tờ khai")), 1);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("Văn bản")), 0);   // two components start so
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("9")), 0);
    QCOMPARE(StackSplitter::componentFor(*p, QStringLiteral("Hộ chiếu")), 0);
}

void TestIntake::workerSavesLoadsAndReceives()
{
    auto handle = std::make_shared<const SessionHandle>(m_ws->session());
    Session session;
    session.login = m_ws->session().officer.login;
    session.handle = handle;
    IntakeWorker worker(session, m_catalog);
    Answers answers;
    auto &saved = *answers.collect(&worker, &IntakeWorker::draftSaved);
    auto &loaded = *answers.collect(&worker, &IntakeWorker::draftsLoaded);
    auto &stored = *answers.collect(&worker, &IntakeWorker::pagesStored);
    auto &committed = *answers.collect(&worker, &IntakeWorker::committed);
    auto &failed = *answers.collect(&worker, &IntakeWorker::failed);

    QImage page(1654, 2339, QImage::Format_Grayscale8);
    page.fill(235); // an empty sheet
    worker.storeScan(1, page, 200, 0);
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
    const auto pages = stored.at(0).at(1).value<QList<DraftPage>>();
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages[0].setAside);              // an empty sheet is set aside, not dropped
    QVERIFY(!stored.at(0).at(2).value<QList<QImage>>().first().isNull());

    IntakeDraft d = completeBirthDraft();
    d.componentRef(3).pages << pages[0];
    worker.saveDraft(2, d);
    worker.loadDrafts(3);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(saved.size(), 1);
    const auto drafts = loaded.at(0).at(1).value<QList<IntakeDraft>>();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts[0].toJson(), d.toJson());

    worker.receive(4, drafts[0]);
    QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 20000);
    QCOMPARE(committed.at(0).at(0).toInt(), 4);
    const auto outcome = committed.at(0).at(1).value<IntakeOutcome>();
    QVERIFY(!outcome.dossierCode.isEmpty());
    worker.loadDrafts(5);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
    QVERIFY(loaded.at(1).at(1).value<QList<IntakeDraft>>().isEmpty());
    QCOMPARE(failed.size(), 0);

    handle.reset(); // locked
    worker.loadDrafts(6);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, QStringLiteral("auth.locked"));
}

void TestIntake::reprintRebuildsTheSameForm()
{
    auto handle = std::make_shared<const SessionHandle>(m_ws->session());
    Session session;
    session.handle = handle;
    IntakeWorker worker(session, m_catalog);
    Answers answers;
    auto &committed = *answers.collect(&worker, &IntakeWorker::committed);
    auto &forms = *answers.collect(&worker, &IntakeWorker::formLoaded);
    auto &failed = *answers.collect(&worker, &IntakeWorker::failed);
    worker.receive(1, completeBirthDraft());
    QTRY_COMPARE_WITH_TIMEOUT(committed.size(), 1, 20000);
    const printing::FormData original = committed.at(0).at(1).value<IntakeOutcome>().form;
    worker.loadForm(2, original.dossierCode);
    worker.loadForm(3, QStringLiteral("000.00.12.H30-261122-999999"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, QStringLiteral("lookup.no-dossier"));
    QCOMPARE(forms.size(), 1);
    const auto again = forms.at(0).at(1).value<printing::FormData>();
    QCOMPARE(again.kind, original.kind);
    QCOMPARE(again.dossierCode, original.dossierCode);
    QCOMPARE(again.lookupCode, original.lookupCode);
    QCOMPARE(again.applicantName, original.applicantName);
    QCOMPARE(again.applicantIdNumber, original.applicantIdNumber);
    QCOMPARE(again.procedureName, original.procedureName);
    QCOMPARE(again.components.size(), original.components.size());
    for (int i = 0; i < again.components.size(); ++i)
        QCOMPARE(again.components[i].provided, original.components[i].provided);
    QCOMPARE(again.receivedAt, original.receivedAt);
    QCOMPARE(again.dueAt, original.dueAt);
    QCOMPARE(again.officerName, original.officerName);
    QCOMPARE(again.feesText, original.feesText);
}

void TestIntake::catalogAndUsageFromTheWorkspace()
{
    auto handle = std::make_shared<const SessionHandle>(m_ws->session());
    Session session;
    session.handle = handle;
    IntakeWorker worker(session, m_catalog);
    Answers answers;
    auto &catalogs = *answers.collect(&worker, &IntakeWorker::catalogLoaded);
    auto &usages = *answers.collect(&worker, &IntakeWorker::usageRecorded);
    worker.loadCatalog(1);
    worker.recordUse(2, QStringLiteral("1.001193"));
    worker.recordUse(3, QStringLiteral("1.001193"));
    worker.setFavourite(4, QStringLiteral("2.000635"), true);
    QTRY_COMPARE_WITH_TIMEOUT(usages.size(), 3, 20000);
    QCOMPARE(catalogs.size(), 1);
    const auto catalog = catalogs.at(0).at(1).value<std::shared_ptr<const Catalog>>();
    QVERIFY(catalog && catalog->find(QStringLiteral("1.001193")));   // none imported: the bundled one
    using Usage = QHash<QString, ProcedureUsage>;
    QVERIFY(catalogs.at(0).at(2).value<Usage>().isEmpty());
    const auto usage = usages.at(2).at(1).value<Usage>();
    QCOMPARE(usage.value(QStringLiteral("1.001193")).uses, 2);
    QVERIFY(usage.value(QStringLiteral("1.001193")).lastUsedAt.isValid());
    QVERIFY(usage.value(QStringLiteral("2.000635")).favourite);
    // Remembered in the workspace: a new worker sees it.
    IntakeWorker again(session, m_catalog);
    auto &reloaded = *answers.collect(&again, &IntakeWorker::catalogLoaded);
    again.loadCatalog(5);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 20000);
    QCOMPARE(reloaded.at(0).at(2).value<Usage>().value(QStringLiteral("1.001193")).uses, 2);
}

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"

// Person lookup in the declaration form view (issue 13: "Vietnamese names folded for search"; the
// citizen never re-submits what the state already holds) on real widgets (offscreen) against a real
// encrypted workspace. The workspace's citizen cache holds the child's father (as a card read at
// this counter leaves him), and the applicant's earlier marriage declaration — received through the
// real `motcua-cli receive` — names him as the groom with his ethnicity. In the birth declaration,
// typing a folded prefix of his name in the father's name field offers him (the search runs on the
// intake worker); ↓ and Enter fill his year of birth, ethnicity, nationality and residence, each
// with its source; the printed PDF (the real print path) carries them. Escape keeps what was typed,
// a search with no match leaves the fields alone, a field edited afterwards loses its source.
#include "tst_receivepage_support.h"

#include "app/forms/FormRegistry.h"
#include "app/intake/PersonLookup.h"
#include "db/EventStore.h"
#include "support/TestServices.h"
#include "db/CitizenStore.h"
#include "db/Workspace.h"
#include "domain/forms/FormPeople.h"
#include "support/CliRunner.h"
#include "ui/forms/FormView.h"
#include "ui/forms/PersonPicker.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ComponentsStep.h"
#include "ui/receive/ReceiptEditor.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QSignalSpy>
#include <QtTest>

using namespace motcua;
using namespace rptest;

namespace {

const QString kFatherName = QStringLiteral("Lê Văn Hùng");
const QString kFatherId = QStringLiteral("001085004321");
const QString kFatherAddress = QStringLiteral("Số 5 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội");

// The officer's keystrokes in the form view (as tst_formview counts them).
struct Keys {
    int count = 0;
    void type(const QString &text)
    {
        type_(QApplication::focusWidget(), text);
        count += int(text.size());
    }
    // Not counted: keys of the demonstrations (Escape, no match, an edit), not of the officer's fill.
    static void type_(QWidget *to, const QString &text)
    {
        for (const QChar ch : text) {
            Qt::Key key = Qt::Key_unknown;
            if (ch.isDigit())
                key = Qt::Key(Qt::Key_0 + ch.digitValue());
            else if (ch == QLatin1Char(' '))
                key = Qt::Key_Space;
            else if (ch.unicode() < 128 && ch.isLetter())
                key = Qt::Key(Qt::Key_A + (ch.toUpper().unicode() - 'A'));
            QTest::sendKeyEvent(QTest::Click, to, key, QString(ch), Qt::NoModifier);
        }
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, QWidget *to = nullptr)
    {
        QTest::keyClick(to ? to : QApplication::focusWidget(), key, modifiers);
        ++count;
    }
};

void screenshotWithPopup(QWidget *view, QWidget *popup, const char *name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QPixmap shot = view->grab();
    QPainter painter(&shot);
    painter.drawPixmap(view->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    painter.end();
    shot.save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QString focusedField()
{
    const QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

} // namespace

class TestFormPeople : public QObject {
    Q_OBJECT
private slots:
    void definitionsMarkThePeople();
    void fatherFilledByLookup();
};

// The bundled current versions mark their people; the superseded version 1 of the birth form does not.
void TestFormPeople::definitionsMarkThePeople()
{
    const forms::FormRegistry &forms = forms::FormRegistry::bundled();
    const forms::FormDefinition *birth = forms.forProcedure(QStringLiteral("1.001193"));
    QVERIFY(birth);
    QCOMPARE(birth->version, 3);
    const auto groups = forms::personGroups(*birth);
    QCOMPARE(groups.keys(), (QStringList{QStringLiteral("father"), QStringLiteral("mother")}));
    QCOMPARE(groups.value(QStringLiteral("father")).value(QStringLiteral("birth_date")), QStringLiteral("father_birth_date"));
    QVERIFY(!groups.value(QStringLiteral("father")).contains(QStringLiteral("birth_year")));
    // Version 2 keeps its parents' year of birth, marked.
    const forms::FormDefinition *v2 = forms.find(QStringLiteral("to-khai-khai-sinh"), 2);
    QVERIFY(v2);
    QCOMPARE(forms::personGroups(*v2).value(QStringLiteral("mother")).value(QStringLiteral("birth_year")), QStringLiteral("mother_birth_year"));
    QCOMPARE(groups.value(QStringLiteral("father")).value(QStringLiteral("residence")), QStringLiteral("father_residence"));
    const forms::FormDefinition *v1 = forms.find(QStringLiteral("to-khai-khai-sinh"), 1);
    QVERIFY(v1);
    QVERIFY(forms::personGroups(*v1).isEmpty());
    QCOMPARE(forms::personGroups(*forms.forProcedure(QStringLiteral("1.000656"))).keys(), QStringList{QStringLiteral("deceased")});
    QCOMPARE(forms::personGroups(*forms.forProcedure(QStringLiteral("1.000894"))).keys(),
             (QStringList{QStringLiteral("bride"), QStringLiteral("groom")}));
}

void TestFormPeople::fatherFilledByLookup()
{
    Counter c;
    // The father in the citizen cache (as a card read at this counter leaves him: no ethnicity).
    {
        auto ws = Workspace::unlock(c.dir, QStringLiteral("an"), kPassword);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        Citizen father;
        father.idNumber = kFatherId;
        father.name = kFatherName;
        father.dateOfBirth = QStringLiteral("1985-06-12");
        father.gender = QStringLiteral("Nam");
        father.address = kFatherAddress;
        QVERIFY(CitizenStore((*db)->sql()).upsert(father));
        Citizen other;   // a name the prefix of the father's does not match
        other.idNumber = QStringLiteral("001086007654");
        other.name = QStringLiteral("Lê Thị Hồng");
        other.dateOfBirth = QStringLiteral("1986-01-02");
        other.gender = QStringLiteral("Nữ");
        other.address = kFatherAddress;
        QVERIFY(CitizenStore((*db)->sql()).upsert(other));
    }
    // The applicant's earlier marriage declaration (the card holder is the bride; the groom, the
    // father, with his ethnicity), received by the real command line from the printed PDF.
    test::CliRunner cli;
    const QString marriagePdf = QDir(c.tmp.path()).filePath(QStringLiteral("ket-hon.pdf"));
    const test::CliRun filled = cli.as(
        c.dir, QStringLiteral("an"), kPassword,
        {QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--procedure"), QStringLiteral("1.000894"),
         QStringLiteral("--applicant-text"), kCardText, QStringLiteral("--field"), QStringLiteral("groom_name=") + kFatherName,
         QStringLiteral("--field"), QStringLiteral("groom_birth_date=12061985"), QStringLiteral("--field"), QStringLiteral("groom_ethnicity=Tày"),
         QStringLiteral("--field"), QStringLiteral("groom_residence=") + kFatherAddress, QStringLiteral("--field"),
         QStringLiteral("groom_id_number=") + kFatherId, QStringLiteral("--out"), marriagePdf});
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    const test::CliRun received = cli.as(c.dir, QStringLiteral("an"), kPassword,
                                         {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.000894"),
                                          QStringLiteral("--applicant-text"), kCardText, QStringLiteral("--component"),
                                          QStringLiteral("1=") + marriagePdf});
    QVERIFY2(received.exitCode == 0, received.err.constData());
    QVERIFY2(received.err.contains("the signed declaration's data were read"), received.err.constData());
    const QString marriageDossier = received.outLines().value(0);
    QVERIFY(!marriageDossier.isEmpty());

    // The worker's search itself (app/intake/PersonLookup, as IntakeWorker::findPeople runs it): by
    // ID number exact, by folded word prefixes, the groom of the marriage declaration merged in.
    {
        auto ws = Workspace::unlock(c.dir, QStringLiteral("an"), kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        auto services = test::servicesFor((*db)->sql(), (*ws)->session());
        QVERIFY(services);
        const QString applicant = kCardText.section(QLatin1Char('|'), 0, 0);
        for (const QString &typed : {kFatherId, QStringLiteral("le v hu"), QStringLiteral("HUNG"), QStringLiteral("lê văn hùng")}) {
            const auto found = intake::findPeople(services->db(), services->events(), forms::FormRegistry::bundled(), typed, applicant);
            QVERIFY2(found.ok(), qPrintable(typed));
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->at(0).value(QStringLiteral("name")), kFatherName);
            QCOMPARE(found->at(0).values.value(QStringLiteral("ethnicity")).value, QStringLiteral("Tày"));
            QCOMPARE(found->at(0).values.value(QStringLiteral("ethnicity")).source, QStringLiteral("dossier:") + marriageDossier);
            QCOMPARE(found->at(0).values.value(QStringLiteral("birth_date")).source, QStringLiteral("cache"));
        }
        // Without the applicant, the cache alone (no ethnicity); too short, or an ID number unknown: nobody.
        const auto cacheOnly = intake::findPeople(services->db(), services->events(), forms::FormRegistry::bundled(), kFatherId, QString());
        QVERIFY(cacheOnly.ok() && cacheOnly->size() == 1 && cacheOnly->at(0).value(QStringLiteral("ethnicity")).isEmpty());
        for (const QString &typed : {QStringLiteral("l"), QStringLiteral("001085004322"), QStringLiteral("hung le")}) {
            const auto none = intake::findPeople(services->db(), services->events(), forms::FormRegistry::bundled(), typed, applicant);
            QVERIFY2(none.ok() && none->isEmpty(), qPrintable(typed));
        }
    }

    QVERIFY(c.signIn());
    c.openPage();
    QVERIFY(QTest::qWaitForWindowActive(c.page.get()));
    ReceivePage *page = c.page.get();
    sendBurst(kCardText);
    QVERIFY(answerPhone(page, QStringLiteral("0912345678")));
    QTest::keyClicks(procedureQuery(page), QStringLiteral("khai sinh"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QCOMPARE(page->step(), int(ReceivePage::ComponentsStepIndex));
    auto *steps = page->findChild<ComponentsStep *>();
    steps->row(1)->focusScan();
    Keys keys;
    keys.press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(page->formView() && page->formView()->isVisible(), kWaitMs);
    FormView *view = page->formView();
    QVERIFY(QTest::qWaitForWindowActive(view));
    QCOMPARE(view->definition().version, 3);
    // Nothing of the father yet: the marriage declaration's groom is no "father_*" field to reuse.
    for (const char *f : {"father_name", "father_birth_date", "father_ethnicity", "father_nationality", "father_residence"})
        QVERIFY2(view->value(QString::fromLatin1(f)).isEmpty(), f);
    QVERIFY(view->personPicker(QStringLiteral("father_name")));
    QVERIFY(view->personPicker(QStringLiteral("mother_name")));
    QVERIFY(!view->personPicker(QStringLiteral("child_name")));
    QVERIFY(!view->personPicker(QStringLiteral("father_residence")));

    // The officer's fill (as tst_formview's, 29 keys up to the place of birth's Enter).
    keys.press(Qt::Key_Return);   // accepts "Mẹ"
    QCOMPARE(focusedField(), QStringLiteral("field_child_name"));
    keys.type(QStringLiteral("Lê Minh Khôi"));
    keys.press(Qt::Key_Return);
    keys.type(QStringLiteral("02112026"));
    keys.press(Qt::Key_Return);
    keys.type(QStringLiteral("N"));
    keys.press(Qt::Key_Return);
    QCOMPARE(focusedField(), QStringLiteral("field_child_birth_place"));
    const int beforeFather = keys.count;

    // Tab to the father's name: the home town, the mother's five fields.
    for (int i = 0; i < 7; ++i)
        keys.press(Qt::Key_Tab);
    QCOMPARE(focusedField(), QStringLiteral("field_father_name"));
    QSignalSpy answers(page->editor(), &ReceiptEditor::peopleFound);
    keys.type(QStringLiteral("le v hu"));   // folded word prefixes of "Lê Văn Hùng"
    QWidget *popup = view->personPicker(QStringLiteral("father_name"))->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kWaitMs);
    const QStringList offered = view->personPicker(QStringLiteral("father_name"))->offered();
    QCOMPARE(offered.size(), 1);   // "Lê Thị Hồng" does not match; the groom is the cached citizen, merged
    QVERIFY2(offered.at(0).startsWith(kFatherName + QStringLiteral(" · 1985 · ") + kFatherAddress), qPrintable(offered.at(0)));
    QVERIFY2(offered.at(0).endsWith(QStringLiteral("Từ dữ liệu công dân")), qPrintable(offered.at(0)));
    screenshotWithPopup(view, popup, "formview-person-lookup-vi.png");
    keys.press(Qt::Key_Down, Qt::NoModifier, popup);
    keys.press(Qt::Key_Return, Qt::NoModifier, popup);
    QVERIFY(!popup->isVisible());
    QCOMPARE(focusedField(), QStringLiteral("field_father_name"));
    QCOMPARE(view->value(QStringLiteral("father_name")), kFatherName);
    // The citizen cache's full date of birth (version 3, note (5)), shown as typed.
    QCOMPARE(view->value(QStringLiteral("father_birth_date")), QStringLiteral("12061985"));
    QCOMPARE(view->value(QStringLiteral("father_nationality")), QStringLiteral("Việt Nam"));
    QCOMPARE(view->value(QStringLiteral("father_residence")), kFatherAddress);
    QCOMPARE(view->value(QStringLiteral("father_ethnicity")), QStringLiteral("Tày"));
    for (const char *f : {"father_name", "father_birth_date", "father_nationality", "father_residence"})
        QCOMPARE(view->sourceText(QString::fromLatin1(f)), QStringLiteral("Từ dữ liệu công dân"));
    QCOMPARE(view->sourceText(QStringLiteral("father_ethnicity")), QStringLiteral("Từ hồ sơ ") + marriageDossier);
    for (const char *f : {"father_name", "father_birth_date", "father_ethnicity", "father_nationality", "father_residence"})
        QVERIFY2(view->errorText(QString::fromLatin1(f)).isEmpty(), f);
    const int fatherKeys = keys.count - beforeFather;
    if (auto *scroll = view->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(view->editor(QStringLiteral("father_residence")));
    screenshot(view, "formview-person-filled-vi.png");

    // Escape keeps what was typed: the mother's name, the father's prefix, the popup dismissed.
    auto *motherName = qobject_cast<QLineEdit *>(view->editor(QStringLiteral("mother_name")));
    motherName->setFocus(Qt::TabFocusReason);
    answers.clear();
    Keys::type_(motherName, QStringLiteral("le v hu"));
    QWidget *motherPopup = view->personPicker(QStringLiteral("mother_name"))->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(motherPopup->isVisible(), kWaitMs);
    QTest::keyClick(motherPopup, Qt::Key_Escape);
    QVERIFY(!motherPopup->isVisible());
    QCOMPARE(motherName->text(), QStringLiteral("le v hu"));
    QVERIFY(view->value(QStringLiteral("mother_birth_date")).isEmpty());
    QVERIFY(view->value(QStringLiteral("mother_residence")).isEmpty());

    // A search with no match: the answer comes (empty), no popup, the fields as they were.
    motherName->selectAll();
    QTest::keyClick(motherName, Qt::Key_Backspace);
    answers.clear();
    Keys::type_(motherName, QStringLiteral("pham q"));
    QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), kWaitMs);
    QCOMPARE(answers.last().at(1).toString(), QStringLiteral("pham q"));
    QVERIFY(answers.last().at(2).value<QList<forms::PersonMatch>>().isEmpty());
    QVERIFY(!motherPopup->isVisible());
    QCOMPARE(motherName->text(), QStringLiteral("pham q"));
    QVERIFY(view->value(QStringLiteral("mother_birth_date")).isEmpty());
    QVERIFY(view->sourceText(QStringLiteral("mother_name")).isEmpty());
    QCOMPARE(view->value(QStringLiteral("father_name")), kFatherName);
    motherName->selectAll();
    QTest::keyClick(motherName, Qt::Key_Backspace);

    // Back to the place of birth (Enter from the father's name: the only decision left), Enter prints.
    const QString pdf = QDir(c.tmp.path()).filePath(QStringLiteral("to-khai.pdf"));
    view->setPdfTarget(pdf);
    QSignalSpy printed(view, &FormView::printed);
    view->editor(QStringLiteral("father_name"))->setFocus(Qt::TabFocusReason);
    keys.press(Qt::Key_Return);
    QCOMPARE(focusedField(), QStringLiteral("field_child_birth_place"));
    keys.press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!printed.isEmpty(), kWaitMs);
    QVERIFY2(printed.at(0).at(1).toBool(), qPrintable(view->findChild<QLabel *>(QStringLiteral("formStatus"))->text()));
    std::printf("KEYSTROKES formview birth registration with the father by lookup: %d (the father: %d = 7 Tab + 7 typed + Down + "
                "Enter; then 1 Enter back to the place of birth)\n",
                keys.count, fatherKeys);
    std::fflush(stdout);
    QCOMPARE(fatherKeys, 16);
    // tst_formview's 29 with a child's name of 12 letters (not 14), the father's keys, Enter back.
    QCOMPARE(keys.count, 27 + fatherKeys + 1);

    const forms::FilledForm sent = *view->filled();
    for (const char *f : {"father_name", "father_birth_date", "father_nationality", "father_residence"})
        QCOMPARE(sent.sources.value(QString::fromLatin1(f)), QStringLiteral("cache"));
    QCOMPARE(sent.sources.value(QStringLiteral("father_ethnicity")), QStringLiteral("dossier:") + marriageDossier);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &expected : {kFatherName, QStringLiteral("12/06/1985"), QStringLiteral("Tày"), QStringLiteral("Số 5 phố Huế")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));

    // A field the officer then edits loses its source (and is "typed").
    auto *ethnicity = qobject_cast<QLineEdit *>(view->editor(QStringLiteral("father_ethnicity")));
    ethnicity->setFocus(Qt::TabFocusReason);
    ethnicity->selectAll();
    Keys::type_(ethnicity, QStringLiteral("Kinh"));
    QVERIFY(view->sourceText(QStringLiteral("father_ethnicity")).isEmpty());
    QCOMPARE(view->filled()->sources.value(QStringLiteral("father_ethnicity")), QStringLiteral("typed"));
    QCOMPARE(view->filled()->values.value(QStringLiteral("father_ethnicity")), QStringLiteral("Kinh"));
    view->close();
}

QTEST_MAIN(TestFormPeople)
#include "tst_formpeople.moc"

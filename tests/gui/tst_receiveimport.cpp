// What the officer sees on the Receive page when importing files (issue 10), on real widgets
// (offscreen) over a real encrypted workspace, in Vietnamese: a JPEG cut short is refused and the
// component's row says so (nothing added to the component); an image too small for a page is
// imported with the low-resolution warning on the row, as a poor scan gets it; a PDF reports its
// pages as they are stored.
#include "app/auth/AuthService.h"
#include "support/LongDocument.h"
#include "support/TestWorkspace.h"
#include "ui/Language.h"
#include "ui/pages/ReceivePage.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ReceiptEditor.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace motcua;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quầy");
constexpr int kWaitMs = 120000;   // the 2-core test machine is shared

QImage textPage(QSize size, int dpi)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setFont(QFont(QStringLiteral("Noto Sans"), 9));
    for (int y = 30; y < size.height() - 20; y += 24)
        p.drawText(QPoint(20, y), QStringLiteral("Tờ khai đăng ký khai sinh — dòng %1").arg(y / 24));
    p.end();
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    return page;
}

} // namespace

class TestReceiveImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void damagedImageIsRefusedOnTheRow();
    void smallImageWarnsOnTheRow();
    void pdfReportsProgressPerPage();

private:
    ComponentRow *row(int number) const { return m_page->findChild<ComponentRow *>(QStringLiteral("component%1").arg(number)); }
    QLabel *label(int number, const char *name) const { return row(number)->findChild<QLabel *>(QLatin1String(name)); }

    QTemporaryDir m_tmp;
    Language m_language;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ReceivePage> m_page;
};

void TestReceiveImport::initTestCase()
{
    const QString dir = m_tmp.filePath(QStringLiteral("ws"));
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = test::createTestWorkspace(dir, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    ws->reset();
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    m_auth = std::make_unique<AuthService>(dir);
    m_auth->refreshPublicInfo();
    QVERIFY(QTest::qWaitFor([&] { return m_auth->publicInfo().loaded; }, 10000));
    m_auth->unlock(QStringLiteral("an"), kPassword);
    QVERIFY(QTest::qWaitFor([&] { return m_auth->isUnlocked(); }, 30000));
    m_page = std::make_unique<ReceivePage>(m_auth->session());
    m_page->resize(1366, 768);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->catalog() && m_page->editor()->catalog()->find(QStringLiteral("1.001193")), kWaitMs);
    m_page->editor()->setProcedure(QStringLiteral("1.001193"));   // birth registration: components 1 and 2 required
    QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->procedure() && row(1) && row(2), kWaitMs);
    m_page->setStep(ReceivePage::ComponentsStepIndex);
}

void TestReceiveImport::cleanupTestCase()
{
    m_page.reset();
    if (m_auth)
        (void)QTest::qWaitFor([this] { return !m_auth->isBusy(); }, 30000);
    QThreadPool::globalInstance()->waitForDone(30000);
}

void TestReceiveImport::damagedImageIsRefusedOnTheRow()
{
    QByteArray jpeg;
    {
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        QVERIFY(textPage({1654, 2339}, 200).save(&b, "jpeg", 85));
    }
    const QString cut = m_tmp.filePath(QStringLiteral("to-khai.jpg"));
    {
        QFile f(cut);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jpeg.left(jpeg.size() / 2));   // an interrupted copy
    }
    QSignalSpy refused(m_page->editor(), &ReceiptEditor::importRefused);
    m_page->editor()->importFiles(1, {cut});
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kWaitMs);
    QCOMPARE(refused.at(0).at(0).toInt(), 1);
    QCOMPARE(refused.at(0).at(1).value<Error>().code, QStringLiteral("import.damaged-image"));
    QLabel *error = label(1, "componentError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("không đầy đủ hoặc bị hỏng")), qPrintable(error->text()));   // in Vietnamese
    QVERIFY(!label(2, "componentError")->isVisible());
    const intake::DraftComponent *c = m_page->editor()->draft().component(1);
    QVERIFY(!c || c->pages.isEmpty());   // nothing of it in the dossier
    // Still there after the draft is saved (the page's status line is then overwritten), until the
    // officer tries again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor()->hasPendingWork(), kWaitMs);
    QTest::qWait(500);
    QVERIFY(error->isVisible());
}

void TestReceiveImport::smallImageWarnsOnTheRow()
{
    const QString small = m_tmp.filePath(QStringLiteral("giay-chung-sinh.png"));
    QVERIFY(textPage({400, 300}, 300).save(small));   // declares 300 dpi: 1.3 × 1 inch of page
    m_page->editor()->importFiles(2, {small});
    QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->draft().component(2) && m_page->editor()->draft().component(2)->pages.size() == 1, kWaitMs);
    QCOMPARE(m_page->editor()->draft().component(2)->pages.at(0).warnings, QStringList{QStringLiteral("quality.low-resolution")});
    QLabel *warning = label(2, "componentWarning");
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), kWaitMs);
    QVERIFY2(warning->text().contains(QStringLiteral("độ phân giải quá thấp")), qPrintable(warning->text()));
}

void TestReceiveImport::pdfReportsProgressPerPage()
{
    const QString pdf = m_tmp.filePath(QStringLiteral("to-khai.pdf"));
    QVERIFY(test::writeLongPdf(pdf, 6));
    QSignalSpy progress(m_page->editor(), &ReceiptEditor::importProgress);
    QLabel *status = m_page->findChild<QLabel *>(QStringLiteral("receiveStatus"));
    QVERIFY(status);
    QString shown;
    connect(m_page->editor(), &ReceiptEditor::importProgress, this, [&](int, int) { shown = status->text(); });
    m_page->editor()->importFiles(1, {pdf});
    QTRY_VERIFY_WITH_TIMEOUT(m_page->editor()->draft().component(1) && m_page->editor()->draft().component(1)->pages.size() == 6, kWaitMs);
    QCOMPARE(progress.size(), 6);
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), 1);       // component 1
        QCOMPARE(progress.at(i).at(1).toInt(), i + 1);   // pages stored so far
    }
    QVERIFY2(shown.contains(QStringLiteral("6")) && shown.contains(QStringLiteral("Đang nhập")), qPrintable(shown));
}

QTEST_MAIN(TestReceiveImport)
#include "tst_receiveimport.moc"

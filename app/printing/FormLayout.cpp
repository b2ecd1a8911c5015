#include "app/printing/FormLayout.h"

#include "app/printing/FormPainter.h"
#include "app/printing/OfficialText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace motcua::printing {
namespace {

constexpr qreal kBodyPt = 11.5;
constexpr qreal kTablePt = 10;
constexpr qreal kParagraphGapMm = 0.9;
constexpr qreal kQrSideMm = 25;   // 37 modules (version 3 + quiet zone): 0.68 mm, ≈ 8 px at 300 dpi

} // namespace

FormLayout::FormLayout(const FormData &data, PageFlow &flow, std::optional<ModuleMatrix> qr)
    : m_data(data), m_flow(flow), m_qr(std::move(qr))
{
}

QFont FormLayout::serif(qreal pointSize, bool bold, bool italic)
{
    QFont f(QStringList{QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Times New Roman")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void FormLayout::build()
{
    if (m_data.kind == FormKind::Declaration) {
        declaration();
        return;
    }
    header();
    titleBand();
    applicant();
    switch (m_data.kind) {
    case FormKind::Receipt01:
        m_numbering = true;
        componentTable(OfficialText::translate("FormPainter", "Dossier components submitted:"), false);
        if (!m_data.feesText.isEmpty())
            numbered({{m_data.feesText}});
        moments(true);
        break;
    case FormKind::Supplement02:
        paragraph({{OfficialText::translate("FormPainter",
                                                "After reviewing the dossier's components, we ask you to supplement and "
                                                "complete the dossier as follows:"),
                    true}});
        reasons();
        // No fees here: they are due when the completed dossier is accepted (Form 01).
        componentTable(OfficialText::translate("FormPainter", "Dossier components:"), true);
        moments(false);
        paragraph({{OfficialText::translate("FormPainter",
                                                "If anything is unclear while completing the dossier, please contact the "
                                                "officer named below for guidance.")}});
        break;
    case FormKind::Refusal03:
        paragraph({{OfficialText::translate("FormPainter",
                                                "After examining the dossier against the regulations in force, %1 refuses "
                                                "to accept it for the following reasons:")
                        .arg(m_data.officeName)}});
        reasons();
        if (!m_data.components.isEmpty())
            componentTable(OfficialText::translate("FormPainter", "Dossier components presented:"), false);
        moments(false);
        paragraph({{OfficialText::translate("FormPainter", "We hereby inform you of the above.")}});
        break;
    case FormKind::Extension04:
        paragraph({{OfficialText::translate("FormPainter",
                                                "%1 sincerely apologises: the dossier cannot be processed by the appointed "
                                                "time, for the following reasons:")
                        .arg(m_data.officeName)}});
        reasons();
        extension();
        paragraph({{OfficialText::translate("FormPainter",
                                                "We apologise for the inconvenience and will return the result at the new "
                                                "appointed time.")}});
        break;
    case FormKind::Stop05:
        paragraph({{OfficialText::translate("FormPainter",
                                                "%1 informs you that the processing of the dossier has been stopped for the "
                                                "following reasons:")
                        .arg(m_data.officeName)}});
        reasons();
        moments(false);
        paragraph({{OfficialText::translate("FormPainter", "We hereby inform you of the above.")}});
        break;
    case FormKind::ControlSlip06:
        moments(true);
        handoverTable();
        return; // the slip is signed row by row in the office's own copy, not by the applicant
    case FormKind::Register07:
        registerTable();
        return;
    case FormKind::Declaration:
        return;
    }
    if (!m_data.lookupHint.isEmpty())
        paragraph({{m_data.lookupHint, false, true}});
    QString signer = OfficialText::translate("FormPainter", "RECEIVING OFFICER");
    if (m_data.kind == FormKind::Supplement02)
        signer = OfficialText::translate("FormPainter", "GUIDING OFFICER");
    else if (m_data.kind == FormKind::Extension04 || m_data.kind == FormKind::Stop05)
        signer = OfficialText::translate("FormPainter", "HEAD OF THE AGENCY");
    signatures(signer);
}

void FormLayout::extension()
{
    if (m_data.receivedAt.isValid())
        paragraph({{OfficialText::translate("FormPainter", "Received at: ")}, {FormPainter::moment(m_data.receivedAt)}});
    if (m_data.previousDueAt.isValid())
        paragraph({{OfficialText::translate("FormPainter", "Previously due: ")}, {FormPainter::moment(m_data.previousDueAt)}});
    paragraph({{OfficialText::translate("FormPainter", "Extended by: ")},
               {OfficialText::translate("FormPainter", "%n working day(s)", nullptr, m_data.extensionDays), true}});
    const QString due = m_data.dueAt.isValid() ? FormPainter::moment(m_data.dueAt)
                                               : OfficialText::translate("FormPainter", "As notified");
    paragraph({{OfficialText::translate("FormPainter", "New appointment for results: "), true}, {due, true}});
}

void FormLayout::registerTable()
{
    if (!m_data.periodText.isEmpty())
        paragraph({{OfficialText::translate("FormPainter", "Period: ")}, {m_data.periodText, true}});
    const QList<TableColumn> columns{{OfficialText::translate("FormPainter", "No."), 5, Qt::AlignHCenter},
                                     {OfficialText::translate("FormPainter", "Dossier code"), 26},
                                     {OfficialText::translate("FormPainter", "Procedure"), 15},
                                     {OfficialText::translate("FormPainter", "Applicant"), 13},
                                     {OfficialText::translate("FormPainter", "Received"), 9},
                                     {OfficialText::translate("FormPainter", "Due"), 9},
                                     {OfficialText::translate("FormPainter", "Returned"), 9},
                                     {OfficialText::translate("FormPainter", "Status"), 14}};
    QList<QList<TextRuns>> rows;
    for (int i = 0; i < m_data.registerRows.size(); ++i) {
        QList<TextRuns> cells{{{QString::number(i + 1)}}};
        for (const QString &cell : m_data.registerRows.at(i))
            cells << TextRuns{{cell}};
        while (cells.size() < columns.size())
            cells << TextRuns{{QString()}};
        rows << cells;
    }
    const QFont font = serif(8);
    const QFont headerFont = serif(8, true);
    if (rows.isEmpty()) {
        paragraph({{OfficialText::translate("FormPainter", "(no dossier in this period)"), false, true}}, m_flow.mm(5));
        return;
    }
    m_flow.table(columns, rows, font, headerFont);
    m_flow.skip(m_flow.mm(3));
    paragraph({{OfficialText::translate("FormPainter", "Total: %n dossier(s)", nullptr, int(rows.size())), true}});
}

void FormLayout::handoverTable()
{
    const QList<TableColumn> columns{{OfficialText::translate("FormPainter", "No."), 6, Qt::AlignHCenter},
                                     {OfficialText::translate("FormPainter", "Step"), 18},
                                     {OfficialText::translate("FormPainter", "Handed over by"), 21},
                                     {OfficialText::translate("FormPainter", "Received by"), 21},
                                     {OfficialText::translate("FormPainter", "Time"), 20},
                                     {OfficialText::translate("FormPainter", "On time / late"), 14}};
    QList<QList<TextRuns>> rows;
    for (int i = 0; i < m_data.handovers.size(); ++i) {
        const HandoverLine &h = m_data.handovers.at(i);
        rows << QList<TextRuns>{{{QString::number(i + 1)}}, {{h.step}}, {{h.from}}, {{h.to}},
                                {{h.at.isValid() ? h.at.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString()}},
                                {{h.timeliness}}};
    }
    const TextRuns heading{{OfficialText::translate("FormPainter", "Process of handing over the dossier:"), true}};
    const QFont font = serif(kTablePt);
    const QFont headerFont = serif(kTablePt, true);
    m_flow.ensure(m_flow.paragraphHeight(heading, serif(kBodyPt)) + m_flow.mm(kParagraphGapMm)
                  + m_flow.tableStartHeight(columns, rows, font, headerFont));
    paragraph(heading);
    if (rows.isEmpty()) {
        paragraph({{OfficialText::translate("FormPainter", "(no hand-over yet)"), false, true}}, m_flow.mm(5));
        return;
    }
    m_flow.table(columns, rows, font, headerFont);
    m_flow.skip(m_flow.mm(3));
}

void FormLayout::header()
{
    const QRectF c = m_flow.content();
    const qreal leftW = c.width() * 0.42;
    const qreal rightW = c.width() - leftW;
    const qreal top = m_flow.y();

    // Left: the receiving office, upper case, with a short rule under it (as on official papers).
    auto office = m_flow.layout({{m_data.officeName.toUpper(), true}}, serif(11, true), leftW - m_flow.mm(4), Qt::AlignHCenter);
    m_flow.drawLayout(office, QPointF(c.left() + m_flow.mm(2), top));
    qreal leftBottom = top + PageFlow::height(*office) + m_flow.mm(1.5);
    m_flow.line(QPointF(c.left() + leftW * 0.36, leftBottom), QPointF(c.left() + leftW * 0.64, leftBottom), 0.3);
    leftBottom += m_flow.mm(1.5);
    if (!m_data.officeCode.isEmpty()) {
        auto code = m_flow.layout({{OfficialText::translate("FormPainter", "Office code: %1").arg(m_data.officeCode)}},
                                  serif(9.5), leftW, Qt::AlignHCenter);
        m_flow.drawLayout(code, QPointF(c.left(), leftBottom));
        leftBottom += PageFlow::height(*code);
    }

    // Right: the national name and motto, the motto underlined, then the date of issue.
    const qreal rx = c.left() + leftW;
    auto nation = m_flow.layout({{OfficialText::translate("FormPainter", "SOCIALIST REPUBLIC OF VIETNAM"), true}},
                                serif(11, true), rightW, Qt::AlignHCenter);
    m_flow.drawLayout(nation, QPointF(rx, top));
    qreal rightBottom = top + PageFlow::height(*nation);
    auto motto = m_flow.layout({{OfficialText::translate("FormPainter", "Independence - Freedom - Happiness"), true}},
                               serif(12, true), rightW, Qt::AlignHCenter);
    m_flow.drawLayout(motto, QPointF(rx, rightBottom));
    const qreal mottoWidth = motto->lineCount() ? motto->lineAt(0).naturalTextWidth() : rightW / 2;
    rightBottom += PageFlow::height(*motto) + m_flow.mm(1.2);
    m_flow.line(QPointF(rx + (rightW - mottoWidth) / 2, rightBottom), QPointF(rx + (rightW + mottoWidth) / 2, rightBottom), 0.3);
    rightBottom += m_flow.mm(3);
    const QDateTime issuedAt = m_data.issuedAt.isValid() ? m_data.issuedAt : m_data.receivedAt;
    const QDate issued = issuedAt.isValid() ? issuedAt.date() : QDate();
    if (issued.isValid()) {
        auto date = m_flow.layout({{OfficialText::translate("FormPainter", "Issued on %3-%2-%1")
                                        .arg(issued.day(), 2, 10, QLatin1Char('0'))
                                        .arg(issued.month(), 2, 10, QLatin1Char('0'))
                                        .arg(issued.year()),
                                    false, true}},
                                  serif(11.5, false, true), rightW, Qt::AlignHCenter);
        m_flow.drawLayout(date, QPointF(rx, rightBottom));
        rightBottom += PageFlow::height(*date);
    }
    m_flow.moveTo(std::max(leftBottom, rightBottom) + m_flow.mm(4));
}

void FormLayout::titleBand()
{
    const QRectF c = m_flow.content();
    const qreal side = m_flow.mm(kQrSideMm);
    const qreal gap = m_flow.mm(4);
    const qreal top = m_flow.y();

    // Right: "Form No. 01" over the QR of the receipt payload.
    const QString number = OfficialText::translate("FormPainter", "Form No. %1").arg(FormPainter::formNumber(m_data.kind));
    auto label = m_flow.layout({{number, true, true}}, serif(10.5, true, true), side + gap, Qt::AlignRight);
    m_flow.drawLayout(label, QPointF(c.right() - side - gap, top));
    const qreal qrTop = top + PageFlow::height(*label) + m_flow.mm(1);
    qreal rightBottom = qrTop;
    if (m_qr) {
        const QRectF box(c.right() - side, qrTop, side, side);
        const ModuleMatrix qr = *m_qr;
        m_flow.add([qr, box](QPainter &p) { qr.paint(p, box); });
        rightBottom = box.bottom();
    }

    // Left (the whole width without a QR): the title and the codes, centred.
    const qreal width = m_qr ? c.width() - side - gap : c.width();
    qreal y = m_qr ? qrTop + m_flow.mm(2) : qrTop;
    auto title = m_flow.layout({{FormPainter::title(m_data.kind), true}}, serif(14, true), width, Qt::AlignHCenter);
    m_flow.drawLayout(title, QPointF(c.left(), y));
    y += PageFlow::height(*title) + m_flow.mm(3);
    auto codeLine = [&](const QString &caption, const QString &value) {
        if (value.isEmpty())
            return;
        auto lay = m_flow.layout({{caption}, {value, true}}, serif(kBodyPt), width, Qt::AlignHCenter);
        m_flow.drawLayout(lay, QPointF(c.left(), y));
        y += PageFlow::height(*lay) + m_flow.mm(0.8);
    };
    codeLine(OfficialText::translate("FormPainter", "Dossier code: "), m_data.dossierCode);
    codeLine(OfficialText::translate("FormPainter", "Lookup code: "), m_data.lookupCode);
    m_flow.moveTo(std::max(y, rightBottom) + m_flow.mm(4));
}

void FormLayout::paragraph(const TextRuns &runs, qreal indent, qreal hanging)
{
    m_flow.paragraph(runs, serif(kBodyPt), Qt::AlignLeft, indent, hanging);
    m_flow.skip(m_flow.mm(kParagraphGapMm));
}

void FormLayout::applicant()
{
    const auto field = [this](const QString &label, const QString &value, bool bold = false) {
        if (!value.isEmpty())
            paragraph({{label}, {value, bold}});
    };
    field(OfficialText::translate("FormPainter", "Received from: "), m_data.applicantName, true);
    field(OfficialText::translate("FormPainter", "Personal ID number: "), m_data.applicantIdNumber);
    field(OfficialText::translate("FormPainter", "Address: "), m_data.applicantAddress);
    TextRuns contact;
    if (!m_data.applicantPhone.isEmpty())
        contact << TextRun{OfficialText::translate("FormPainter", "Phone: ")} << TextRun{m_data.applicantPhone};
    if (!m_data.applicantEmail.isEmpty()) {
        if (!contact.isEmpty())
            contact << TextRun{QStringLiteral("        ")};
        contact << TextRun{OfficialText::translate("FormPainter", "Email: ")} << TextRun{m_data.applicantEmail};
    }
    if (!contact.isEmpty())
        paragraph(contact);
    if (!m_data.procedureName.isEmpty() || !m_data.procedureCode.isEmpty()) {
        TextRuns procedure{{OfficialText::translate("FormPainter", "Procedure: ")}, {m_data.procedureName, true}};
        if (!m_data.procedureCode.isEmpty())
            procedure << TextRun{QStringLiteral(" ") + OfficialText::translate("FormPainter", "(code %1)").arg(m_data.procedureCode)};
        paragraph(procedure);
    }
    field(OfficialText::translate("FormPainter", "Competent authority: "), m_data.authority);
    m_flow.skip(m_flow.mm(1.5));
}

void FormLayout::numbered(const TextRuns &runs)
{
    TextRuns all = runs;
    if (m_numbering)
        all.prepend(TextRun{QString::number(++m_section) + QStringLiteral(". "), runs.value(0).bold});
    paragraph(all);
}

void FormLayout::componentTable(const QString &caption, bool withMissing)
{
    const QString none = QStringLiteral("—");
    QList<TableColumn> columns{{OfficialText::translate("FormPainter", "No."), withMissing ? 6.0 : 7.0, Qt::AlignHCenter},
                               {OfficialText::translate("FormPainter", "Component"), withMissing ? 36.0 : 55.0},
                               {OfficialText::translate("FormPainter", "How it was provided"), withMissing ? 27.0 : 38.0}};
    if (withMissing)
        columns << TableColumn{OfficialText::translate("FormPainter", "To supplement or complete"), 31};
    QList<QList<TextRuns>> rows;
    for (int i = 0; i < m_data.components.size(); ++i) {
        const FormComponentLine &line = m_data.components.at(i);
        QList<TextRuns> cells{{{QString::number(line.number > 0 ? line.number : i + 1)}},
                              {{line.name, withMissing && line.missing}},
                              {{line.provided.isEmpty() ? none : line.provided}}};
        if (withMissing) {
            const QString missing = line.missingReason.isEmpty()
                                        ? OfficialText::translate("FormPainter", "Missing")
                                        : line.missingReason;
            cells << TextRuns{{line.missing ? missing : QString(), true}};
        }
        rows << cells;
    }

    TextRuns heading{{caption, true}};
    if (m_numbering)
        heading.prepend(TextRun{QString::number(m_section + 1) + QStringLiteral(". "), true});
    const QFont font = serif(kTablePt);
    const QFont headerFont = serif(kTablePt, true);
    // The caption stays on the page of the header and the first row.
    m_flow.ensure(m_flow.paragraphHeight(heading, serif(kBodyPt)) + m_flow.mm(kParagraphGapMm)
                  + m_flow.tableStartHeight(columns, rows, font, headerFont));
    ++m_section;
    paragraph(heading);
    if (rows.isEmpty()) {
        paragraph({{OfficialText::translate("FormPainter", "(no components)"), false, true}}, m_flow.mm(5));
        return;
    }
    m_flow.table(columns, rows, font, headerFont);
    m_flow.skip(m_flow.mm(3));
}

void FormLayout::reasons()
{
    QStringList items = m_data.reasons;
    if (items.isEmpty() && m_data.kind == FormKind::Supplement02) {
        // No reasons written: the missing components are what to complete.
        for (const FormComponentLine &line : m_data.components)
            if (line.missing)
                items << (line.missingReason.isEmpty() ? line.name : line.name + QStringLiteral(": ") + line.missingReason);
    }
    if (items.isEmpty()) {
        paragraph({{OfficialText::translate("FormPainter", "(no reason given)"), false, true}}, m_flow.mm(5));
        return;
    }
    const qreal indent = m_flow.mm(5);
    for (int i = 0; i < items.size(); ++i)
        paragraph({{QString::number(i + 1) + QStringLiteral(". ")}, {items.at(i)}}, indent, m_flow.mm(5));
    m_flow.skip(m_flow.mm(1.5));
}

void FormLayout::moments(bool withDue)
{
    if (m_data.receivedAt.isValid())
        numbered({{OfficialText::translate("FormPainter", "Received at: ")}, {FormPainter::moment(m_data.receivedAt)}});
    if (withDue) {
        const QString due = m_data.dueAt.isValid() ? FormPainter::moment(m_data.dueAt)
                                                   : OfficialText::translate("FormPainter", "As notified");
        numbered({{OfficialText::translate("FormPainter", "Results due: "), true}, {due, true}});
    }
}

void FormLayout::signatures(const QString &officerRole)
{
    const QRectF c = m_flow.content();
    const qreal half = c.width() / 2;
    const QString hint = OfficialText::translate("FormPainter", "(signature and full name)");
    auto block = [&](const QString &role, const QString &name) {
        return std::array{m_flow.layout({{role, true}}, serif(11.5, true), half, Qt::AlignHCenter),
                          m_flow.layout({{hint, false, true}}, serif(10.5, false, true), half, Qt::AlignHCenter),
                          m_flow.layout({{name, true}}, serif(kBodyPt, true), half, Qt::AlignHCenter)};
    };
    const auto left = block(OfficialText::translate("FormPainter", "APPLICANT"), m_data.applicantName);
    const auto right = block(officerRole, m_data.officerName);
    const qreal space = m_flow.mm(17);   // room to sign
    auto heightOf = [&](const auto &b) { return PageFlow::height(*b[0]) + PageFlow::height(*b[1]) + space + PageFlow::height(*b[2]); };
    const qreal total = std::max(heightOf(left), heightOf(right));
    m_flow.skip(m_flow.mm(3));
    m_flow.ensure(total);
    const qreal top = m_flow.y();
    auto place = [&](const auto &b, qreal x) {
        qreal y = top;
        m_flow.drawLayout(b[0], QPointF(x, y));
        y += PageFlow::height(*b[0]);
        m_flow.drawLayout(b[1], QPointF(x, y));
        y += PageFlow::height(*b[1]) + space;
        m_flow.drawLayout(b[2], QPointF(x, y));
    };
    place(left, c.left());
    place(right, c.left() + half);
    m_flow.moveTo(top + total);
}

} // namespace motcua::printing

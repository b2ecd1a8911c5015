// FormLayout's declaration (tờ khai): the national name and motto, the title, the addressee, the
// definition's sections line by line, the commitment, the date and the signer; our form payload's
// QR at the top right. The wording of the fields is the definition's own (official Vietnamese);
// only the fixed frame goes through translate().
#include "app/printing/FormLayout.h"

#include "app/printing/FormPainter.h"
#include "app/printing/OfficialText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace motcua::printing {
namespace {

constexpr qreal kBodyPt = 11.5;
constexpr qreal kLineGapMm = 1.0;
// The payload of a long declaration makes a QR of about 90–110 modules: 42 mm keeps a module at
// about 0.4 mm, over 3 pixels of a 200-dpi scan.
constexpr qreal kQrSideMm = 42;

const QString kBlank = QStringLiteral("………………………");

} // namespace

void FormLayout::declarationLine(const QList<DeclarationCell> &cells)
{
    TextRuns runs;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            runs << TextRun{QStringLiteral("     ")};
        runs << TextRun{cells.at(i).label + QStringLiteral(": ")};
        runs << TextRun{cells.at(i).value.isEmpty() ? kBlank : cells.at(i).value, !cells.at(i).value.isEmpty()};
    }
    m_flow.paragraph(runs, serif(kBodyPt), Qt::AlignLeft, 0, m_flow.mm(5));
    m_flow.skip(m_flow.mm(kLineGapMm));
}

// The template's table ("Thông tin | Bên nữ | Bên nam"): the labels in the left column, each
// side's value in its own (bold, as typed values are on the lines); an empty value a dotted blank.
void FormLayout::declarationTable(const DeclarationSection &section)
{
    QList<TableColumn> columns{{section.heading, 1.0}};
    for (const QString &c : section.columns)
        columns << TableColumn{c, 1.0};
    QList<QList<TextRuns>> rows;
    for (const DeclarationRow &row : section.rows) {
        QList<TextRuns> cells{TextRuns{{row.label}}};
        for (const QString &v : row.values)
            cells << TextRuns{{v.isEmpty() ? kBlank : v, !v.isEmpty()}};
        rows << cells;
    }
    const QFont font = serif(kBodyPt - 0.5);
    const QFont headerFont = serif(kBodyPt - 0.5, true);
    m_flow.ensure(m_flow.tableStartHeight(columns, rows, font, headerFont));
    m_flow.table(columns, rows, font, headerFont);
    m_flow.skip(m_flow.mm(3));
}

void FormLayout::declaration()
{
    const DeclarationContent &d = m_data.declaration;
    const QRectF c = m_flow.content();
    const qreal side = m_flow.mm(kQrSideMm);
    const qreal gap = m_flow.mm(4);
    const qreal top = m_flow.y();

    // Right: the form number (if any) over the QR.
    qreal qrTop = top;
    if (!d.formNumber.isEmpty()) {
        auto number = m_flow.layout({{OfficialText::translate("FormPainter", "Form %1").arg(d.formNumber), true}},
                                    serif(10.5, true), side, Qt::AlignHCenter);
        m_flow.drawLayout(number, QPointF(c.right() - side, top));
        qrTop += PageFlow::height(*number) + m_flow.mm(1);
    }
    qreal rightBottom = qrTop;
    if (m_qr) {
        const QRectF box(c.right() - side, qrTop, side, side);
        const ModuleMatrix qr = *m_qr;
        m_flow.add([qr, box](QPainter &p) { qr.paint(p, box); });
        rightBottom = box.bottom();
    }

    // Left of the QR: the national name, the motto underlined, the title.
    const qreal width = c.width() - side - gap;
    qreal y = top;
    auto nation = m_flow.layout({{OfficialText::translate("FormPainter", "SOCIALIST REPUBLIC OF VIETNAM"), true}},
                                serif(11.5, true), width, Qt::AlignHCenter);
    m_flow.drawLayout(nation, QPointF(c.left(), y));
    y += PageFlow::height(*nation);
    auto motto = m_flow.layout({{OfficialText::translate("FormPainter", "Independence - Freedom - Happiness"), true}},
                               serif(12, true), width, Qt::AlignHCenter);
    m_flow.drawLayout(motto, QPointF(c.left(), y));
    const qreal mottoWidth = motto->lineCount() ? motto->lineAt(0).naturalTextWidth() : width / 2;
    y += PageFlow::height(*motto) + m_flow.mm(1.2);
    m_flow.line(QPointF(c.left() + (width - mottoWidth) / 2, y), QPointF(c.left() + (width + mottoWidth) / 2, y), 0.3);
    y += m_flow.mm(8);
    auto title = m_flow.layout({{d.title, true}}, serif(14, true), width, Qt::AlignHCenter);
    m_flow.drawLayout(title, QPointF(c.left(), y));
    y += PageFlow::height(*title);
    m_flow.moveTo(std::max(y, rightBottom) + m_flow.mm(5));

    if (!d.addressee.label.isEmpty())
        declarationLine({d.addressee});
    for (const DeclarationSection &section : d.sections) {
        if (!section.columns.isEmpty()) {
            declarationTable(section);
            continue;
        }
        if (!section.heading.isEmpty()) {
            m_flow.paragraph({{section.heading, true, true}}, serif(kBodyPt, true, true));
            m_flow.skip(m_flow.mm(kLineGapMm));
        }
        for (const QList<DeclarationCell> &line : section.lines)
            declarationLine(line);
        m_flow.skip(m_flow.mm(1.5));
    }
    for (const QString &p : d.pledge) {
        m_flow.paragraph({{p}}, serif(kBodyPt), Qt::AlignJustify, m_flow.mm(0));
        m_flow.skip(m_flow.mm(kLineGapMm));
    }

    // Bottom right: the date ("Làm tại: …" when the template says so), the signer, room to sign,
    // the name; a cosigner's block on the left half, level with it.
    const qreal half = c.width() / 2;
    const QDate date = m_data.issuedAt.isValid() ? m_data.issuedAt.date() : QDate();
    QString dateText = date.isValid()
                           ? OfficialText::translate("FormPainter", "Made on %1-%2-%3", "day, month, year")
                                 .arg(date.day(), 2, 10, QLatin1Char('0'))
                                 .arg(date.month(), 2, 10, QLatin1Char('0'))
                                 .arg(date.year())
                           : QString();
    if (!d.place.isEmpty())
        dateText = d.place + QStringLiteral(": ") + dateText;
    const QString note = d.signatureNote.isEmpty() ? OfficialText::translate("FormPainter", "(signature and full name)")
                                                   : d.signatureNote;
    // Centred over the right half; "Làm tại: …" may need more room, taken on its left.
    qreal whenWidth = half;
    auto when = m_flow.layout({{dateText, false, true}}, serif(kBodyPt, false, true), whenWidth, Qt::AlignHCenter);
    if (when->lineCount() > 1) {
        whenWidth = c.width() * 0.7;
        when = m_flow.layout({{dateText, false, true}}, serif(kBodyPt, false, true), whenWidth, Qt::AlignRight);
    }
    struct Block {
        std::shared_ptr<QTextLayout> role, hint, name;
    };
    const auto block = [&](const QString &signer, const QString &signerName) {
        return Block{m_flow.layout({{signer.toUpper(), true}}, serif(11.5, true), half, Qt::AlignHCenter),
                     m_flow.layout({{note, false, true}}, serif(10.5, false, true), half, Qt::AlignHCenter),
                     m_flow.layout({{signerName, true}}, serif(kBodyPt, true), half, Qt::AlignHCenter)};
    };
    QList<Block> blocks{block(d.signer, d.signerName)};
    if (!d.cosigner.isEmpty())
        blocks << block(d.cosigner, d.cosignerName);
    qreal tallest = 0;
    for (const Block &b : blocks)
        tallest = std::max(tallest, PageFlow::height(*b.role) + PageFlow::height(*b.hint));
    // Room to sign: 18 mm, down to 12 mm rather than a page holding the signature alone (a long
    // form such as the birth declaration's version 2).
    const qreal fixed = PageFlow::height(*when) + tallest + PageFlow::height(*blocks.constFirst().name);
    m_flow.skip(m_flow.mm(3));
    const qreal space = std::clamp(m_flow.remaining() - fixed, m_flow.mm(12), m_flow.mm(18));
    m_flow.ensure(fixed + space);
    const qreal signTop = m_flow.y();
    m_flow.drawLayout(when, QPointF(c.right() - whenWidth, signTop));
    const qreal blocksTop = signTop + PageFlow::height(*when);
    qreal bottom = blocksTop;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        // One signer: the right half. Two: the first on the left, the cosigner on the right.
        const qreal x = blocks.size() == 1 || i == 1 ? c.left() + half : c.left();
        qreal sy = blocksTop;
        for (const auto &l : {blocks.at(i).role, blocks.at(i).hint}) {
            m_flow.drawLayout(l, QPointF(x, sy));
            sy += PageFlow::height(*l);
        }
        const qreal nameY = blocksTop + tallest + space;
        m_flow.drawLayout(blocks.at(i).name, QPointF(x, nameY));
        bottom = std::max(bottom, nameY + PageFlow::height(*blocks.at(i).name));
    }
    m_flow.moveTo(bottom);
}

} // namespace motcua::printing

#include "app/printing/PageFlow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace motcua::printing {
namespace {

// Extra space between the lines of a paragraph, as a share of the line height: text set solid
// in Noto Serif reads cramped on a printed form.
constexpr qreal kLineGap = 0.08;
constexpr qreal kCellPaddingMm = 1.2;

} // namespace

PageFlow::PageFlow(const QPaintDevice *device, const QRectF &content)
    : m_device(device), m_content(content), m_dotsPerMm(device->logicalDpiY() / 25.4), m_y(content.top())
{
    m_pages.emplace_back();
}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = m_content.top();
}

void PageFlow::ensure(qreal height)
{
    if (height > remaining() && m_y > m_content.top())
        newPage();
}

void PageFlow::skip(qreal height)
{
    if (m_y > m_content.top())
        m_y = std::min(m_y + height, m_content.bottom());
}

void PageFlow::add(PaintOp op)
{
    m_pages.back().push_back(std::move(op));
}

std::shared_ptr<QTextLayout> PageFlow::layout(const TextRuns &runs, const QFont &font, qreal width,
                                              Qt::Alignment align, qreal hanging) const
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun &run : runs) {
        if (run.bold || run.italic) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(run.text.size());
            if (run.bold)
                range.format.setFontWeight(QFont::Bold);
            range.format.setFontItalic(run.italic);
            formats << range;
        }
        text += run.text;
    }
    auto lay = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    lay->setTextOption(option);
    lay->setFormats(formats);
    lay->setCacheEnabled(true);
    lay->beginLayout();
    qreal y = 0;
    bool first = true;
    for (QTextLine line = lay->createLine(); line.isValid(); line = lay->createLine()) {
        const qreal indent = first ? 0 : std::min(hanging, width / 2);
        line.setLineWidth(std::max<qreal>(width - indent, 1));
        line.setPosition(QPointF(indent, y));
        y += line.height() * (1 + kLineGap);
        first = false;
    }
    lay->endLayout();
    return lay;
}

qreal PageFlow::height(const QTextLayout &layout)
{
    if (layout.lineCount() == 0)
        return 0;
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.y() + last.height();
}

void PageFlow::drawLayout(const std::shared_ptr<QTextLayout> &layout, const QPointF &topLeft)
{
    add([layout, topLeft](QPainter &p) { layout->draw(&p, topLeft); });
}

void PageFlow::line(const QPointF &from, const QPointF &to, qreal widthMm)
{
    const qreal w = mm(widthMm);
    add([from, to, w](QPainter &p) {
        p.save();
        p.setPen(QPen(Qt::black, w, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(from, to);
        p.restore();
    });
}

qreal PageFlow::paragraphHeight(const TextRuns &runs, const QFont &font, qreal indent) const
{
    return height(*layout(runs, font, m_content.width() - indent));
}

void PageFlow::paragraph(const TextRuns &runs, const QFont &font, Qt::Alignment align, qreal indent, qreal hanging)
{
    const std::shared_ptr<QTextLayout> lay = layout(runs, font, m_content.width() - indent, align, hanging);
    const qreal x = m_content.left() + indent;
    for (int i = 0; i < lay->lineCount(); ++i) {
        const QTextLine line = lay->lineAt(i);
        ensure(line.height());
        const QPointF origin(x, m_y - line.y());
        add([lay, i, origin](QPainter &p) { lay->lineAt(i).draw(&p, origin); });
        m_y += line.height() * (i + 1 < lay->lineCount() ? 1 + kLineGap : 1);
    }
}

std::vector<qreal> PageFlow::columnEdges(const QList<TableColumn> &columns) const
{
    qreal total = 0;
    for (const TableColumn &c : columns)
        total += c.weight;
    std::vector<qreal> edges{m_content.left()};
    qreal acc = 0;
    for (const TableColumn &c : columns) {
        acc += c.weight;
        edges.push_back(m_content.left() + m_content.width() * acc / total);
    }
    return edges;
}

PageFlow::Row PageFlow::layoutRow(const QList<TextRuns> &cells, const QList<TableColumn> &columns, const QFont &font,
                                  bool header) const
{
    const std::vector<qreal> edges = columnEdges(columns);
    const qreal pad = mm(kCellPaddingMm);
    Row row;
    qreal tallest = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const TextRuns runs = c < cells.size() ? cells.at(c) : TextRuns{};
        const Qt::Alignment align = header ? Qt::AlignHCenter : columns.at(c).align;
        auto lay = layout(runs, font, edges[size_t(c) + 1] - edges[size_t(c)] - 2 * pad, align);
        tallest = std::max(tallest, height(*lay));
        row.cells.push_back(std::move(lay));
    }
    // A row taller than a whole page (absurdly long text) is cut at the page: it never overflows.
    row.height = std::min(tallest + 2 * pad, m_content.height() / 2);
    return row;
}

void PageFlow::drawRow(const Row &row, const std::vector<qreal> &edges, bool header)
{
    const QRectF box(edges.front(), m_y, edges.back() - edges.front(), row.height);
    const qreal pad = mm(kCellPaddingMm);
    const qreal pen = mm(0.2);
    const auto cells = row.cells;
    add([box, edges, cells, pad, pen, header](QPainter &p) {
        p.save();
        if (header)
            p.fillRect(box, QColor(232, 232, 232));
        p.setClipRect(box.adjusted(-pen, -pen, pen, pen));
        for (size_t c = 0; c < cells.size(); ++c) {
            const QTextLayout &lay = *cells[c];
            // Header cells are centred vertically; body cells start at the top (rows of unequal
            // lines read better top-aligned).
            const qreal dy = header ? (box.height() - 2 * pad - PageFlow::height(lay)) / 2 : 0;
            lay.draw(&p, QPointF(edges[c] + pad, box.top() + pad + dy));
        }
        p.setPen(QPen(Qt::black, pen));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        for (size_t c = 1; c + 1 < edges.size(); ++c)
            p.drawLine(QPointF(edges[c], box.top()), QPointF(edges[c], box.bottom()));
        p.restore();
    });
    m_y += row.height;
}

qreal PageFlow::tableStartHeight(const QList<TableColumn> &columns, const QList<QList<TextRuns>> &rows,
                                 const QFont &font, const QFont &headerFont) const
{
    QList<TextRuns> headers;
    for (const TableColumn &c : columns)
        headers << TextRuns{{c.header}};
    qreal h = layoutRow(headers, columns, headerFont, true).height;
    if (!rows.isEmpty())
        h += layoutRow(rows.first(), columns, font, false).height;
    return h;
}

void PageFlow::table(const QList<TableColumn> &columns, const QList<QList<TextRuns>> &rows, const QFont &font,
                     const QFont &headerFont)
{
    const std::vector<qreal> edges = columnEdges(columns);
    QList<TextRuns> headers;
    for (const TableColumn &c : columns)
        headers << TextRuns{{c.header}};
    const Row header = layoutRow(headers, columns, headerFont, true);
    std::vector<Row> body;
    body.reserve(size_t(rows.size()));
    for (const QList<TextRuns> &cells : rows)
        body.push_back(layoutRow(cells, columns, font, false));

    ensure(header.height + (body.empty() ? 0 : body.front().height));
    drawRow(header, edges, true);
    for (const Row &row : body) {
        if (row.height > remaining()) {
            newPage();
            drawRow(header, edges, true);
        }
        drawRow(row, edges, false);
    }
}

} // namespace motcua::printing

#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace motcua::printing {

// One stretch of text with its emphasis; a paragraph or table cell is a list of them.
struct TextRun {
    QString text;
    bool bold = false;
    bool italic = false;
};
using TextRuns = QList<TextRun>;

struct TableColumn {
    QString header;
    qreal weight = 1;                      // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;   // of the cells (headers are centred)
};

// Lays content out top to bottom in the content rectangle of a page and starts a new page when
// something does not fit: paragraphs break between lines, tables between rows with their header
// row repeated. Text is measured with the target device's metrics (so what is measured is what is
// painted) and wrapped at word boundaries, or anywhere in a word wider than its column, so
// nothing runs off the paper. Layout only records paint operations per page; paint() replays them.
class PageFlow {
public:
    using PaintOp = std::function<void(QPainter &)>;

    // `content`: painter coordinates of the area the flow fills on every page.
    PageFlow(const QPaintDevice *device, const QRectF &content);

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }
    const QRectF &content() const { return m_content; }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_content.bottom() - m_y; }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return pageCount() - 1; }
    const std::vector<PaintOp> &page(int index) const { return m_pages.at(size_t(index)); }

    void newPage();
    // A new page unless `height` still fits below the current position (or the page is empty).
    void ensure(qreal height);
    // Vertical space; none at the top of a page.
    void skip(qreal height);
    void moveTo(qreal y) { m_y = y; }
    // Records a paint operation on the current page.
    void add(PaintOp op);

    // A wrapped layout of `runs` for lines of `width`, lines positioned from (0, 0); lines after
    // the first start `hanging` further right (numbered items).
    std::shared_ptr<QTextLayout> layout(const TextRuns &runs, const QFont &font, qreal width,
                                        Qt::Alignment align = Qt::AlignLeft, qreal hanging = 0) const;
    static qreal height(const QTextLayout &layout);
    // Draws a whole layout with its top-left at `topLeft` on the current page (the flow stays).
    void drawLayout(const std::shared_ptr<QTextLayout> &layout, const QPointF &topLeft);
    void line(const QPointF &from, const QPointF &to, qreal widthMm = 0.25);

    // A paragraph from `indent` (from the content's left edge) across the rest of the width,
    // split between lines across pages. `hanging`: lines after the first start that much further
    // right (numbered items).
    void paragraph(const TextRuns &runs, const QFont &font, Qt::Alignment align = Qt::AlignLeft,
                   qreal indent = 0, qreal hanging = 0);
    qreal paragraphHeight(const TextRuns &runs, const QFont &font, qreal indent = 0) const;

    // A ruled table across the content width, header row shaded and repeated on every page it
    // continues on. tableStartHeight() is the header plus the first row: a caller keeps a caption
    // with them by ensure(captionHeight + tableStartHeight(...)) before laying the caption out.
    qreal tableStartHeight(const QList<TableColumn> &columns, const QList<QList<TextRuns>> &rows,
                           const QFont &font, const QFont &headerFont) const;
    void table(const QList<TableColumn> &columns, const QList<QList<TextRuns>> &rows, const QFont &font,
               const QFont &headerFont);

private:
    struct Row {
        std::vector<std::shared_ptr<QTextLayout>> cells;
        qreal height = 0;
    };
    std::vector<qreal> columnEdges(const QList<TableColumn> &columns) const;
    Row layoutRow(const QList<TextRuns> &cells, const QList<TableColumn> &columns, const QFont &font,
                  bool header) const;
    void drawRow(const Row &row, const std::vector<qreal> &edges, bool header);

    const QPaintDevice *m_device;
    QRectF m_content;
    qreal m_dotsPerMm;
    qreal m_y = 0;
    std::vector<std::vector<PaintOp>> m_pages;
};

} // namespace motcua::printing

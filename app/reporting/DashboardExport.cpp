#include "app/reporting/DashboardExport.h"

#include "app/printing/FormLayout.h"
#include "app/printing/PageFlow.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace motcua::reporting {
namespace {

constexpr int kDpi = 300;

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(fields.at(i));
    }
    return out + '\n';
}

QString number(const std::optional<double> &v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

// The figures in the order the dashboard shows them: key, value as text.
QList<std::pair<QString, QString>> figureRows(const ReportFigures &f, bool forPeople)
{
    auto rate = [forPeople](double v) { return forPeople ? DashboardExport::percent(v) : QString::number(v, 'f', 4); };
    return {
        {QStringLiteral("received"), QString::number(f.received())},
        {QStringLiteral("returned_on_time"), QString::number(f.returnedOnTime())},
        {QStringLiteral("returned_late"), QString::number(f.returnedLate())},
        {QStringLiteral("overdue"), QString::number(f.overdue())},
        {QStringLiteral("avg_limit_used"), forPeople ? DashboardExport::percent(f.avgLimitUsed()) : number(f.avgLimitUsed(), 4)},
        {QStringLiteral("digitization_rate"), rate(f.digitizationRate())},
        {QStringLiteral("reuse_rate"), rate(f.reuseRate())},
        {QStringLiteral("avg_counter_seconds"), number(f.avgCounterSeconds(), 1)},
        {QStringLiteral("online_share"), rate(f.onlineShare())},
        {QStringLiteral("satisfaction_avg"), number(f.satisfactionAvg, 2)},
        {QStringLiteral("components_received"), QString::number(f.componentsReceived)},
        {QStringLiteral("ratings"), QString::number(f.ratings)},
    };
}

QStringList breakdownHeader(bool officers)
{
    return {officers ? DashboardExport::tr("Officer") : DashboardExport::tr("Procedure"), DashboardExport::tr("Name"),
            DashboardExport::label(QStringLiteral("received")), DashboardExport::label(QStringLiteral("returned_on_time")),
            DashboardExport::label(QStringLiteral("returned_late")), DashboardExport::label(QStringLiteral("overdue")),
            DashboardExport::label(QStringLiteral("avg_limit_used"))};
}

QStringList breakdownFields(const BreakdownLine &l, bool forPeople)
{
    return {l.key, l.name, QString::number(l.counts.received), QString::number(l.counts.returnedOnTime),
            QString::number(l.counts.returnedLate), QString::number(l.counts.overdue),
            forPeople ? DashboardExport::percent(l.counts.avgLimitUsed()) : number(l.counts.avgLimitUsed(), 4)};
}

QString periodText(const ReportPeriod &p)
{
    QString text = DashboardExport::tr("Office %1, %2 to %3")
                       .arg(p.office, p.from.toString(QStringLiteral("dd/MM/yyyy")), p.to.toString(QStringLiteral("dd/MM/yyyy")));
    if (!p.procedure.isEmpty())
        text += DashboardExport::tr(", procedure %1").arg(p.procedure);
    return text;
}

} // namespace

QString DashboardExport::label(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("received"), QT_TR_NOOP("Received")},
        {QStringLiteral("returned_on_time"), QT_TR_NOOP("Returned on time")},
        {QStringLiteral("returned_late"), QT_TR_NOOP("Returned late")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue now")},
        {QStringLiteral("avg_limit_used"), QT_TR_NOOP("Time used of the limit")},
        {QStringLiteral("digitization_rate"), QT_TR_NOOP("Digitized at receipt")},
        {QStringLiteral("reuse_rate"), QT_TR_NOOP("Documents reused")},
        {QStringLiteral("avg_counter_seconds"), QT_TR_NOOP("Average counter time (s)")},
        {QStringLiteral("online_share"), QT_TR_NOOP("Online submissions")},
        {QStringLiteral("satisfaction_avg"), QT_TR_NOOP("Satisfaction (1–5)")},
        {QStringLiteral("components_received"), QT_TR_NOOP("Components received")},
        {QStringLiteral("ratings"), QT_TR_NOOP("Ratings given")},
    };
    const char *source = labels.value(key);
    return source ? tr(source) : key;
}

QString DashboardExport::percent(const std::optional<double> &fraction)
{
    if (!fraction)
        return QStringLiteral("—");
    return QString::number(*fraction * 100, 'f', 0) + QStringLiteral(" %");
}

QByteArray DashboardExport::csv(const ReportFigures &f, const ReportPeriod &period)
{
    QByteArray out = csvLine({tr("Dashboard"), periodText(period)});
    out += csvLine({QStringLiteral("key"), tr("Figure"), tr("Value")});
    for (const auto &[key, value] : figureRows(f, false))
        out += csvLine({key, label(key), value});
    for (bool officers : {true, false}) {
        out += '\n';
        out += csvLine(breakdownHeader(officers));
        for (const BreakdownLine &l : officers ? f.byOfficer : f.byProcedure)
            out += csvLine(breakdownFields(l, false));
    }
    return out;
}

Status DashboardExport::saveFile(const QString &path, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error(QStringLiteral("printing.render-failed"), QStringLiteral("nothing to write"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("printing.write-failed"), file.errorString());
    return {};
}

QByteArray DashboardExport::pdf(const ReportFigures &f, const ReportPeriod &period, const QList<ChartDrawing> &charts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(tr("Dashboard") + QStringLiteral(" — ") + periodText(period));
    pdf.setCreator(QStringLiteral("MotCua"));
    const qreal dotsPerMm = kDpi / 25.4;
    const QRectF content(20 * dotsPerMm, 15 * dotsPerMm, (210 - 35) * dotsPerMm, (297 - 30) * dotsPerMm);
    printing::PageFlow flow(&pdf, content);
    using printing::TextRun;
    const QFont title = printing::FormLayout::serif(14, true);
    const QFont body = printing::FormLayout::serif(10);
    const QFont bold = printing::FormLayout::serif(10, true);
    flow.paragraph({TextRun{tr("SUPERVISOR DASHBOARD"), true}}, title, Qt::AlignHCenter);
    flow.paragraph({TextRun{periodText(period), false, true}}, body, Qt::AlignHCenter);
    flow.skip(flow.mm(4));

    QList<QList<printing::TextRuns>> rows;
    for (const auto &[key, value] : figureRows(f, true))
        rows << QList<printing::TextRuns>{{TextRun{label(key)}}, {TextRun{value}}};
    flow.table({{tr("Figure"), 3}, {tr("Value"), 1, Qt::AlignRight}}, rows, body, bold);

    // The charts as the dashboard drew them, scaled to the content's width.
    for (const ChartDrawing &chart : charts) {
        if (chart.size.isEmpty() || !chart.paint)
            continue;
        const qreal height = content.width() * chart.size.height() / chart.size.width();
        flow.skip(flow.mm(4));
        flow.ensure(height);
        const QRectF target(content.left(), flow.y(), content.width(), height);
        flow.add([paint = chart.paint, target](QPainter &p) {
            p.save();
            paint(p, target);
            p.restore();
        });
        flow.moveTo(flow.y() + height);
    }

    for (bool officers : {true, false}) {
        const QList<BreakdownLine> &lines = officers ? f.byOfficer : f.byProcedure;
        if (lines.isEmpty())
            continue;
        flow.skip(flow.mm(5));
        flow.paragraph({TextRun{officers ? tr("By officer") : tr("By procedure"), true}}, bold);
        QList<printing::TableColumn> columns;
        const QStringList header = breakdownHeader(officers);
        for (int i = 0; i < header.size(); ++i)
            columns << printing::TableColumn{header.at(i), i == 1 ? 2.5 : (i == 0 ? 1.4 : 1), i >= 2 ? Qt::AlignRight : Qt::AlignLeft};
        QList<QList<printing::TextRuns>> table;
        for (const BreakdownLine &l : lines) {
            QList<printing::TextRuns> cells;
            for (const QString &field : breakdownFields(l, true))
                cells << printing::TextRuns{TextRun{field}};
            table << cells;
        }
        flow.table(columns, table, body, bold);
    }

    QPainter painter;
    if (!painter.begin(&pdf))
        return {};
    for (int i = 0; i < flow.pageCount(); ++i) {
        if (i > 0)
            pdf.newPage();
        for (const auto &op : flow.page(i))
            op(painter);
    }
    painter.end();
    return buffer.data();
}


} // namespace motcua::reporting

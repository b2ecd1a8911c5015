#include "ui/dashboard/DashboardCharts.h"

#include "app/reporting/DashboardExport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPainter>
#include <QPointer>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace motcua {

using reporting::DashboardExport;
using reporting::Figure;

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent), m_barView(new QChartView(this)), m_pieView(new QChartView(this))
{
    m_barView->setObjectName(QStringLiteral("barChart"));
    m_pieView->setObjectName(QStringLiteral("pieChart"));
    for (QChartView *v : {m_barView, m_pieView}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(260);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_barView, 3);
    layout->addWidget(m_pieView, 2);
    rebuild();
}

void DashboardCharts::setFigures(const reporting::ReportFigures &figures)
{
    m_figures = figures;
    rebuild();
}

void DashboardCharts::retranslate()
{
    rebuild();
}

void DashboardCharts::rebuild()
{
    // The busiest procedures (by receipts, then returns), at most kMaxProcedures bars.
    QList<reporting::BreakdownLine> lines = m_figures.byProcedure;
    std::stable_sort(lines.begin(), lines.end(), [](const reporting::BreakdownLine &a, const reporting::BreakdownLine &b) {
        const int ta = a.counts.received + a.counts.returnedOnTime + a.counts.returnedLate;
        const int tb = b.counts.received + b.counts.returnedOnTime + b.counts.returnedLate;
        return ta > tb;
    });
    if (lines.size() > kMaxProcedures)
        lines = lines.mid(0, kMaxProcedures);
    m_procedures.clear();

    auto *bars = new QChart;
    bars->setTitle(tr("Per procedure"));
    bars->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QBarSeries(bars);
    const std::pair<Figure, QString> sets[] = {{Figure::Received, DashboardExport::label(QStringLiteral("received"))},
                                               {Figure::ReturnedOnTime, DashboardExport::label(QStringLiteral("returned_on_time"))},
                                               {Figure::ReturnedLate, DashboardExport::label(QStringLiteral("returned_late"))}};
    const QColor colours[] = {QColor(0x1e, 0x5a, 0x9c), QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28)};
    int maxValue = 1;
    for (int i = 0; i < 3; ++i) {
        auto *set = new QBarSet(sets[i].second, series);
        set->setColor(colours[i]);
        const Figure figure = sets[i].first;
        for (const reporting::BreakdownLine &l : std::as_const(lines)) {
            const int v = figure == Figure::Received ? l.counts.received
                        : figure == Figure::ReturnedOnTime ? l.counts.returnedOnTime : l.counts.returnedLate;
            *set << v;
            maxValue = std::max(maxValue, v);
        }
        connect(set, &QBarSet::clicked, this, [this, figure](int index) {
            emit drillRequested(figure, m_procedures.value(index));
        });
        series->append(set);
    }
    QStringList categories;
    for (const reporting::BreakdownLine &l : std::as_const(lines)) {
        m_procedures << l.key;
        categories << l.key;
    }
    bars->addSeries(series);
    auto *x = new QBarCategoryAxis(bars);
    x->append(categories);
    bars->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(bars);
    y->setRange(0, maxValue);
    y->setLabelFormat(QStringLiteral("%d"));
    bars->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    bars->legend()->setAlignment(Qt::AlignBottom);

    auto *pie = new QChart;
    pie->setTitle(tr("Returns on time"));
    pie->setAnimationOptions(QChart::NoAnimation);
    auto *slices = new QPieSeries(pie);
    const int onTime = m_figures.returnedOnTime();
    const int late = m_figures.returnedLate();
    auto *onTimeSlice = slices->append(tr("On time: %1").arg(onTime), onTime);
    auto *lateSlice = slices->append(tr("Late: %1").arg(late), late);
    onTimeSlice->setColor(colours[1]);
    lateSlice->setColor(colours[2]);
    for (QPieSlice *s : {onTimeSlice, lateSlice})
        s->setLabelVisible(onTime + late > 0);
    connect(onTimeSlice, &QPieSlice::clicked, this, [this] { emit drillRequested(Figure::ReturnedOnTime, {}); });
    connect(lateSlice, &QPieSlice::clicked, this, [this] { emit drillRequested(Figure::ReturnedLate, {}); });
    pie->addSeries(slices);
    pie->legend()->setAlignment(Qt::AlignBottom);

    QChart *oldBars = m_barView->chart();
    QChart *oldPie = m_pieView->chart();
    m_barView->setChart(bars);
    m_pieView->setChart(pie);
    // setChart() leaves the old charts to us.
    delete oldBars;
    delete oldPie;
}

QList<reporting::ChartDrawing> DashboardCharts::drawings() const
{
    QList<reporting::ChartDrawing> out;
    for (QChartView *v : {m_barView, m_pieView}) {
        const QPointer<QChartView> view(v);
        out << reporting::ChartDrawing{QSizeF(v->size()), [view](QPainter &p, const QRectF &target) {
                                           if (view)
                                               view->scene()->render(&p, target, view->sceneRect());
                                       }};
    }
    return out;
}

} // namespace motcua

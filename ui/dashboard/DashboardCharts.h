#pragma once

#include "app/reporting/ReportTypes.h"

#include "app/reporting/DashboardExport.h"
#include <QWidget>

class QChart;
class QChartView;

namespace motcua {

// The dashboard's two charts (Qt Charts): bars of received / returned on time / returned late per
// procedure (the busiest ones), and a pie of the returns' on-time share. A click on a bar or a
// slice asks for the dossiers behind it (drillRequested; an empty procedure: every procedure).
class DashboardCharts : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxProcedures = 8;

    explicit DashboardCharts(QWidget *parent = nullptr);
    void setFigures(const reporting::ReportFigures &figures);
    void retranslate();

    QChartView *barView() const { return m_barView; }
    QChartView *pieView() const { return m_pieView; }
    // The procedures the bars show, left to right.
    const QStringList &barProcedures() const { return m_procedures; }
    // Each chart as the PDF export draws it (its scene rendered into the page), bars first.
    QList<reporting::ChartDrawing> drawings() const;

signals:
    void drillRequested(reporting::Figure figure, const QString &procedure);

private:
    void rebuild();

    reporting::ReportFigures m_figures;
    QStringList m_procedures;
    QChartView *m_barView;
    QChartView *m_pieView;
};

} // namespace motcua

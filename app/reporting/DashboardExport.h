#pragma once

#include "app/reporting/ReportTypes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace motcua::reporting {

// A chart drawn into the PDF: its size on screen (for the aspect ratio) and how to paint it into a
// rectangle of the page (the dashboard renders its chart scene there: vectors, text kept as text).
struct ChartDrawing {
    QSizeF size;
    std::function<void(QPainter &painter, const QRectF &target)> paint;
};

// The dashboard as files: CSV (the figures with their stable keys, then the per-officer and
// per-procedure tables) and PDF (A4, PDF/A-1b, the same figures and tables with the charts drawn in
// as vectors), made in memory; saveFile() writes one atomically (QSaveFile), on a worker.
// Wording through tr() (context "DashboardExport"). Needs a QGuiApplication for the PDF; the charts'
// painters run on the caller's thread (the GUI thread, which owns the charts).
// Errors: "printing.write-failed", "printing.render-failed".
class DashboardExport {
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)
public:
    static QByteArray csv(const ReportFigures &figures, const ReportPeriod &period);
    static QByteArray pdf(const ReportFigures &figures, const ReportPeriod &period, const QList<ChartDrawing> &charts);
    static Status saveFile(const QString &path, const QByteArray &bytes);

    // A figure's label ("Received", "Returned on time" …) by its key of `motcua-cli report`.
    static QString label(const QString &key);
    // "0.62" as "62 %", an absent value as "—".
    static QString percent(const std::optional<double> &fraction);
};

} // namespace motcua::reporting

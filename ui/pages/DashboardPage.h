#pragma once

#include "app/auth/Session.h"
#include "app/reporting/ReportTypes.h"
#include "ui/pages/Page.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace motcua {

namespace reporting {
class DashboardWorker;
}
class BreakdownModel;
class Clock;
class DashboardCharts;
class DrillDownDialog;

// Bảng điều hành: the supervisor's figures (docs/reporting.md) for a period of office-local days
// (presets this month / last month / this year, or any two days), an office (a province centre's
// supervisor chooses among its communes) and a procedure — each figure, the charts (bars per
// procedure, a pie of the on-time share), the per-officer and per-procedure tables. A click on a
// figure, a bar, a slice or a table cell lists the dossiers behind it (DrillDownDialog), which open
// in the dossier view. Everything is computed on the dashboard worker; exports as PDF (charts drawn
// in) and CSV. Supervisors only (MainWindow offers the page to no other role).
class DashboardPage : public Page {
    Q_OBJECT
public:
    enum class Preset { ThisMonth, LastMonth, ThisYear, Custom };

    explicit DashboardPage(const Session &session, std::shared_ptr<const Clock> clock = {}, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void setSession(const Session &session);

    void setPreset(Preset preset);
    reporting::ReportPeriod period() const;
    void refresh();
    // The dossiers behind a figure (optionally one officer's or procedure's): opens the list.
    DrillDownDialog *drillDown(reporting::Figure figure, const QString &officer = {}, const QString &procedure = {});
    // Writes the export on the worker; exportFinished / exportFailed tell the end.
    void exportTo(const QString &path);

    bool isComputing() const { return m_pendingTicket != 0; }
    const reporting::ReportFigures &figures() const { return m_figures; }
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QComboBox *officeBox() const { return m_office; }
    QComboBox *procedureBox() const { return m_procedure; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *figureButton(const QString &key) const;
    DashboardCharts *charts() const { return m_charts; }
    QTableView *officerTable() const { return m_officerTable; }
    QTableView *procedureTable() const { return m_procedureTable; }
    BreakdownModel *officerModel() const { return m_officerModel; }
    BreakdownModel *procedureModel() const { return m_procedureModel; }
    QDate today() const;   // office-local

signals:
    void computed();
    void openDossierRequested(const QString &dossierCode);
    void exportFinished(const QString &path);
    void exportFailed(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar(QWidget *parent);
    QWidget *buildFigures(QWidget *parent);
    QTableView *buildTable(BreakdownModel *model, QSortFilterProxyModel **proxy);
    void onComputed(int ticket, const reporting::ReportFigures &figures);
    void onFailed(int ticket, const motcua::Error &error);
    void onOffices(int ticket, const QStringList &offices);
    void onDrilled(int ticket, const reporting::DrillDownRows &rows);
    void onExported(int ticket, const QString &path);
    void onTableActivated(BreakdownModel *model, QSortFilterProxyModel *proxy, const QModelIndex &index);
    void chooseExport();
    void showFigures();
    void showComputedStatus();   // "Figures of … computed at …", in the current language
    void refreshTexts();
    static QString figureTitle(reporting::Figure figure);

    Session m_session;
    std::shared_ptr<const Clock> m_clock;
    reporting::DashboardWorker *m_worker;
    reporting::ReportFigures m_figures;
    reporting::ReportPeriod m_computedPeriod;
    QDateTime m_computedAt;   // invalid: nothing computed, or the last computation failed
    QStringList m_allProcedures;   // from the last figures over every procedure
    int m_pendingTicket = 0;
    int m_officesTicket = 0;
    int m_exportTicket = 0;
    QHash<int, QPointer<DrillDownDialog>> m_drills;
    bool m_updatingFilters = false;
    bool m_shownOnce = false;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_presetLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_procedureLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_office = nullptr;
    QComboBox *m_procedure = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QPushButton *> m_figureButtons;
    DashboardCharts *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    BreakdownModel *m_officerModel = nullptr;
    BreakdownModel *m_procedureModel = nullptr;
    QSortFilterProxyModel *m_officerProxy = nullptr;
    QSortFilterProxyModel *m_procedureProxy = nullptr;
    QTableView *m_officerTable = nullptr;
    QTableView *m_procedureTable = nullptr;
};

} // namespace motcua

#pragma once

#include "app/lookup/LookupTypes.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace motcua {

namespace lookup {
class LookupWorker;
}
class ComponentsModel;
class DossierActionsPanel;
class TimelineModel;

// One dossier, read-only: the header (code, lookup code, procedure, applicant, status, received,
// due, on time or late), the timeline of its events, its components with where each came from,
// and its pages. Pages are read and decoded by the lookup worker; a page whose bytes fail the hash
// check is never shown, only a warning. Under the header, the actions the officer may take on it
// (DossierActionsPanel, given by the page that shows the view): each done re-reads the dossier.
class DossierView : public QWidget {
    Q_OBJECT
public:
    explicit DossierView(lookup::LookupWorker *worker, QWidget *parent = nullptr);
    ~DossierView() override;

    void showLoading(const QString &dossierCode);
    void setDetails(const lookup::DossierDetails &details);
    void showError(const QString &text);
    // A counter officer may record the supplement asked by a Form 02 (the button shows then).
    void setCounterOfficer(bool counter);
    // The casework actions under the header (the view takes it as its child); it follows the dossier shown.
    void setActionsPanel(DossierActionsPanel *panel);
    DossierActionsPanel *actionsPanel() const { return m_actions; }
    QPushButton *supplementButton() const { return m_supplementButton; }
    QString dossierCode() const { return m_code; }
    bool isLoaded() const { return m_loaded; }

    TimelineModel *timelineModel() const { return m_timeline; }
    ComponentsModel *componentsModel() const { return m_components; }
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *pageList() const { return m_pageList; }
    QLabel *pageWarning() const { return m_pageWarning; }
    QLabel *pageImage() const { return m_pageImage; }

signals:
    void backRequested();
    void reprintRequested(const QString &dossierCode);
    // "Record supplement…": the citizen brought what a Form 02 at the counter asked for.
    void supplementRequested(const QString &dossierCode);
    void pageShown(const QString &sha256, bool tampered);
    // An action was recorded on the dossier: it is read again (and the queues change).
    void actionPerformed(const QString &dossierCode);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildPages();
    void refreshTexts();
    void refreshHeader();
    void refreshPageItems();
    void refreshPageItem(int row);
    void onPageLoaded(int ticket, const lookup::PageImage &page);
    void showPage(int row);
    QImage fitted(const QImage &image) const;   // scaled to the viewer's room

    lookup::LookupWorker *m_worker;
    QString m_code;
    bool m_loaded = false;
    lookup::DossierDetails m_details;
    QHash<int, QString> m_pageTickets;            // ticket → sha256, pages asked for
    QHash<QString, lookup::PageImage> m_pages;    // pages answered, for this dossier
    int m_nextTicket = 1;

    QLabel *m_codeLabel = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_timeBadge = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_reprintButton = nullptr;
    QPushButton *m_supplementButton = nullptr;
    bool m_counterOfficer = false;
    DossierActionsPanel *m_actions = nullptr;
    QGridLayout *m_fields = nullptr;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_timelineView = nullptr;
    QTableView *m_componentsView = nullptr;
    TimelineModel *m_timeline = nullptr;
    ComponentsModel *m_components = nullptr;
    QListWidget *m_pageList = nullptr;
    QScrollArea *m_pageScroll = nullptr;
    QLabel *m_pageImage = nullptr;
    QLabel *m_pageWarning = nullptr;
};

} // namespace motcua

#pragma once

#include "app/auth/Session.h"
#include "app/lookup/LookupTypes.h"
#include "app/workspace/ServiceFactories.h"
#include "ui/pages/Page.h"

#include <QTimer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace motcua {

namespace lookup {
class LookupWorker;
}
class DossierView;
class LookupResultsModel;

// Tra cứu: one search field for dossier codes (whole or their start), lookup codes, ID numbers,
// phone numbers and names (diacritics optional). With the field empty, the dossiers received in a
// period of office days: today (the default), the last 7 days, or a range. Results follow the
// typing (debounced) from the lookup worker, never blocking the GUI thread; Down moves into the
// results, Enter opens a dossier in the dossier view (Esc comes back). The dossier view's Reprint
// button is re-emitted as reprintRequested. An ID number searched on an enrolled workspace is also
// asked of the portal's population registry (or the cache, with its age): the record and the
// citizen's warehouse documents show above the dossiers.
class LookupPage : public Page {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    enum Period { Today, LastSevenDays, DayRange };

    // factories: the application's; the dossier's actions (the result dialog's Scan) use them.
    explicit LookupPage(const Session &session, QWidget *parent = nullptr, const ServiceFactories &factories = {});
    ~LookupPage() override;

    QString title() const override;
    void setSession(const Session &session);   // a new unlock of the same officer

    void openDossier(const QString &dossierCode);
    void showResults();                        // back from the dossier view

    QLineEdit *searchField() const { return m_search; }
    // The period listed while the field is empty; from/to used for DayRange.
    void setPeriod(Period period, const QDate &from = {}, const QDate &to = {});
    QComboBox *periodBox() const { return m_period; }
    QTableView *resultsView() const { return m_table; }
    LookupResultsModel *resultsModel() const { return m_model; }
    DossierView *dossierView() const { return m_view; }
    bool isShowingDossier() const;

signals:
    // The officer asked to reprint a dossier's forms (the printing owner connects to it).
    void reprintRequested(const QString &dossierCode);
    // The dossier view's "Record supplement…" (a counter officer; the Form 02's supplement is back).
    void supplementRequested(const QString &dossierCode);
    void resultsShown();                        // a search's results are in the table
    void dossierShown(const QString &dossierCode);
    // An action was recorded on a dossier from the dossier view (the queues and the sync count change).
    void dossierChanged(const QString &dossierCode);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSearch();
    void onPeriodChanged();
    QString periodText(const lookup::Query &query) const;
    void onResults(int ticket, const lookup::LookupResults &results);
    void onDossier(int ticket, const lookup::DossierDetails &details);
    void onFailed(int ticket, const motcua::Error &error);
    void onRegistry(int ticket, const lookup::RegistryAnswer &answer);   // the portal's registry (or the cache)
    void onEnterInField();
    void activateRow(int row);
    void refreshTexts();
    void refreshStatus();

    lookup::LookupWorker *m_worker;
    LookupResultsModel *m_model;
    QTimer m_debounce;
    int m_ticket = 0;
    int m_searchTicket = 0;        // the search whose answer the table waits for
    int m_dossierTicket = 0;
    int m_registryTicket = 0;      // the registry lookup of the ID number searched
    QString m_searchedText;        // the text the table's results answer
    bool m_openOnResults = false;  // Enter was pressed before the results came
    bool m_searching = false;
    QString m_error;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_registryLabel = nullptr;   // the registry's record of an ID number searched (enrolled workspaces)
    QTableView *m_table = nullptr;
    DossierView *m_view = nullptr;
};

} // namespace motcua

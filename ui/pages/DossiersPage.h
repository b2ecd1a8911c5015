#pragma once

#include "app/auth/Session.h"
#include "app/casework/QueueTypes.h"
#include "domain/auth/Officer.h"
#include "ui/pages/Page.h"

#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace motcua {

namespace casework {
class BulkDecisionWorker;
class QueueWorker;
enum class BulkVerdict;
}
class BulkDecisionDialog;
class Clock;
class OfficerDirectory;
class QueueTableModel;

// Hồ sơ: the officer's working queues (issue 12), by role — the queue list with each queue's count
// (the navigation entry shows the overdue count), and the chosen queue in a table read lazily from
// the queue worker, sorted by a click on a column, filtered by applicant (diacritics optional),
// procedure, holder and days of receipt. Due moments carry their urgency in words and colour
// (overdue red, due within a working day amber, clock paused grey). Enter or a double-click opens
// the dossier (openDossierRequested: the main window shows it in the dossier view). Actions on
// dossiers come with the casework service: they will hang off the dossier view.
class DossiersPage : public Page {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kCountsIntervalMs = 30000;

    // clock: null for the system's (tests pass a fixed one).
    explicit DossiersPage(const Session &session, std::shared_ptr<const Clock> clock = {}, QWidget *parent = nullptr);
    ~DossiersPage() override;

    QString title() const override;
    void setSession(const Session &session);

    // The queues this officer sees, in the list's order.
    const QList<casework::QueueId> &queues() const { return m_queues; }
    casework::QueueId currentQueue() const;
    void setCurrentQueue(casework::QueueId id);
    const casework::QueueCounts &counts() const { return m_counts; }
    // "Overdue: 2 · Due within a working day: 1 …": every count, for the navigation's tooltip.
    QString countsSummary() const;
    void refresh();   // counts and the current queue again (after an action elsewhere)

    QListWidget *queueList() const { return m_queueList; }
    QTableView *table() const { return m_table; }
    QueueTableModel *model() const { return m_model; }
    QLineEdit *applicantFilter() const { return m_applicant; }
    QLineEdit *procedureFilter() const { return m_procedure; }
    QComboBox *officerFilter() const { return m_officer; }
    QCheckBox *dateFilter() const { return m_byDate; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *noteLabel() const { return m_note; }
    // Bulk approve / send back (supervisors, the "awaiting approval" queue): the selected rows in a
    // confirmation dialog that lists them and asks for the password again; nullptr when nothing is
    // selected or the bulk actions are not offered here.
    BulkDecisionDialog *openBulkDecision(casework::BulkVerdict verdict);
    QPushButton *approveSelectedButton() const { return m_approveSelected; }
    QPushButton *sendBackSelectedButton() const { return m_sendBackSelected; }
    bool bulkOffered() const;
    static QString queueName(casework::QueueId id);
    static QString queueNote(casework::QueueId id);   // what the queue holds; empty when its name says it

signals:
    void countsChanged();
    void openDossierRequested(const QString &dossierCode);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar(QWidget *parent);
    void onCounted(int ticket, const casework::QueueCounts &counts);
    void onCountFailed(int ticket, const motcua::Error &error);
    void onOfficers(const QList<motcua::Officer> &officers);
    void applyFilter();
    void refreshQueueItems();
    void refreshTexts();
    void refreshStatus();
    void activateRow(int row);
    void refreshBulkBar();

    Session m_session;
    casework::QueueWorker *m_worker;
    QueueTableModel *m_model;
    OfficerDirectory *m_officers;
    QList<casework::QueueId> m_queues;
    casework::QueueCounts m_counts;
    int m_countTicket = 0;
    QString m_error;
    QTimer m_debounce;
    QTimer m_countsTimer;

    QLabel *m_titleLabel = nullptr;
    QListWidget *m_queueList = nullptr;
    QLabel *m_queueTitle = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_applicant = nullptr;
    QLineEdit *m_procedure = nullptr;
    QComboBox *m_officer = nullptr;
    QCheckBox *m_byDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_body = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countOnly = nullptr;
    casework::BulkDecisionWorker *m_bulk = nullptr;
    QPushButton *m_approveSelected = nullptr;
    QPushButton *m_sendBackSelected = nullptr;
};

} // namespace motcua

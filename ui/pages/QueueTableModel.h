#pragma once

#include "app/casework/QueueTypes.h"

#include <QAbstractTableModel>

namespace motcua {

namespace casework {
class QueueWorker;
}

// One queue of the Dossiers page, read lazily: the worker answers a page of rows at a time
// (canFetchMore/fetchMore), never the whole queue. sort() and setRequest() start over from the
// first page with the new order or filter; answers to an older request are ignored (tickets).
// Read-only; texts are translated in data(), so a language switch only needs a repaint.
class QueueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The due moment (with its urgency) next to the name, so it stays in sight on a narrow screen.
    enum Column { Code, Applicant, Due, Status, Holder, Received, Procedure, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit QueueTableModel(casework::QueueWorker *worker, QObject *parent = nullptr);

    // Another queue or filter (the sort is kept from the request): the rows start over.
    void setRequest(const casework::QueueRequest &request);
    const casework::QueueRequest &request() const { return m_request; }
    void reload() { setRequest(m_request); }
    QString dossierCode(int row) const;
    const casework::QueueRow *rowAt(int row) const;
    int total() const { return m_total; }   // rows under the filter, -1 until the first page is in
    bool isLoading() const { return m_pendingTicket != 0; }
    bool isAtEnd() const { return m_atEnd; }
    static casework::QueueSort sortOf(int column);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One row's cell as data() gives it (shared with the dashboard's drill-down lists).
    static QVariant rowData(const casework::QueueRow &row, int column, int role);
    static QString columnTitle(int column);
    // The urgency's words (never colour alone) and colours, shared with the page's legend.
    static QString urgencyText(casework::Urgency urgency);

signals:
    void pageArrived();                           // rows appended (or the first page: total known)
    void loadFailed(const QString &text);

private:
    void onPage(int ticket, const casework::QueuePage &page);
    void onFailed(int ticket, const motcua::Error &error);

    casework::QueueWorker *m_worker;
    casework::QueueRequest m_request;
    QList<casework::QueueRow> m_rows;
    int m_total = -1;
    bool m_atEnd = true;
    int m_pendingTicket = 0;
};

} // namespace motcua

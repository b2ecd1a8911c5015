#pragma once

#include "ui/pages/Page.h"

#include <QTimer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace motcua {

class SyncItemModel;
class SyncStatusSource;

// Đồng bộ: what this counter PC exchanges with the provincial portal. Every outbox item and its
// state (waiting, accepted, failed with the reason and the next try, refused with the reason),
// "Sync now", retry of a failed or refused item, the last sync and how old it is, the progress of
// a round. A stand-alone workspace (made with init) says so plainly and offers nothing to press.
// Everything comes from the SyncStatusSource the status bar reads (SyncWorker), never from the
// GUI thread's own queries.
class SyncPage : public Page {
    Q_OBJECT
public:
    explicit SyncPage(SyncStatusSource *sync, QWidget *parent = nullptr);
    ~SyncPage() override;
    QString title() const override;

    SyncItemModel *model() const { return m_model; }
    // Retry of the item in the selected row (the button does this).
    void retrySelected();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void refreshTexts();
    void refreshOverview();
    void reload();
    void onProgress(const QString &stage, qint64 done, qint64 total);
    void updateButtons();

    SyncStatusSource *m_sync;
    SyncItemModel *m_model;
    QTimer m_ageTimer;   // "5 minutes ago" grows while the page is open
    QLabel *m_titleLabel = nullptr;
    QLabel *m_standaloneLabel = nullptr;
    QLabel *m_portalLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_syncNowButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QCheckBox *m_showSentCheck = nullptr;
    QTableView *m_view = nullptr;
    QString m_stage;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace motcua

#pragma once

#include "app/intake/IntakeDraft.h"

#include <QFrame>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;

namespace motcua {

class Catalog;

// The Receive page's offer of the unfinished receipts kept as drafts (after a crash or a receipt
// left for later): "An unfinished receipt was kept (…): procedure, applicant, pages" with Resume
// and Discard, one draft at a time, hidden when none is left. It only offers: the page resumes or
// discards (ReceiptEditor), taking the draft with takeFirst().
class DraftBanner : public QFrame {
    Q_OBJECT
public:
    explicit DraftBanner(QWidget *parent = nullptr);

    void setOffered(const QList<intake::IntakeDraft> &drafts);
    void setCatalog(std::shared_ptr<const Catalog> catalog);   // for the procedures' names
    int count() const { return int(m_offered.size()); }
    intake::IntakeDraft takeFirst();   // the draft offered now (count() > 0), the banner moves on

signals:
    void resumeRequested();
    void discardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QList<intake::IntakeDraft> m_offered;
    std::shared_ptr<const Catalog> m_catalog;
    QLabel *m_text;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace motcua

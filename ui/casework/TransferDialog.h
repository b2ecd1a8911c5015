#pragma once

#include "ui/casework/CaseworkDialog.h"

class QCheckBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace motcua {

class OfficerPickerModel;

// Transfer: to an officer (picked from the office's officers, with their roles, filtered as one
// types) or to a unit's pool; "submit for approval" when the officer acts in processing (ticked by
// itself when the chosen officer supervises and does not process, as the service decides).
class TransferDialog : public CaseworkDialog {
    Q_OBJECT
public:
    TransferDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, QWidget *parent = nullptr);

    OfficerPickerModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }
    QCheckBox *approvalBox() const { return m_forApproval; }
    bool choose(const QString &target);   // a login or "pool:OFFICE"; false when not listed
    QString chosen() const;

protected:
    casework::ActionRequest request() const override;
    void refreshTexts() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChosen();

    OfficerPickerModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_forApproval = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    bool m_canSubmit = false;
};

} // namespace motcua

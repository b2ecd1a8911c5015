#include "ui/casework/TransferDialog.h"

#include "domain/text/VietnameseFolding.h"
#include "ui/casework/OfficerPickerModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>

namespace motcua {

using casework::Action;

namespace {
// Filters the picker on folded text: "le van" finds "Lê Văn Xử".
class FoldedFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setNeedle(const QString &text)
    {
        m_needle = foldVietnamese(text.trimmed());
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QString text = sourceModel()->index(row, 0, parent).data().toString();
        return foldVietnamese(text).contains(m_needle);
    }

private:
    QString m_needle;
};
} // namespace

TransferDialog::TransferDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, QWidget *parent)
    : CaseworkDialog(worker, dossier, Action::Transfer, parent), m_model(new OfficerPickerModel(this)),
      m_proxy(new FoldedFilter(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    const std::optional<Role> role = dossier.roleFor(Action::Transfer);
    m_canSubmit = role && *role != Role::Counter;
    // From a pool one takes the dossier for oneself; otherwise one hands it to someone else.
    m_model->setTargets(dossier.officers, dossier.offices, dossier.officer, dossier.state.holder.isPool());
    m_proxy->setSourceModel(m_model);
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterField"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("officerList"));
    m_list->setModel(m_proxy);
    m_list->setMinimumHeight(200);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fields()->addRow(m_filterLabel, m_filter);
    fields()->addRow(m_list);
    m_forApproval = new QCheckBox(this);
    m_forApproval->setObjectName(QStringLiteral("forApprovalBox"));
    m_forApproval->setVisible(m_canSubmit);
    fields()->addRow(m_forApproval);
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteField"));
    fields()->addRow(m_noteLabel, m_note);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<FoldedFilter *>(m_proxy)->setNeedle(text);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TransferDialog::onChosen);
    // Down from the filter moves into the list; typing in the list goes back to the filter.
    m_filter->installEventFilter(this);
    m_filter->setFocus();
    // The first processing officer is a sensible default for a counter officer.
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->index(i).data(OfficerPickerModel::RolesRole).toInt() & int(Role::Processing)) {
            choose(m_model->target(i));
            break;
        }
    }
    refreshTexts();
}

bool TransferDialog::choose(const QString &target)
{
    const int row = m_model->rowOf(target);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    return true;
}

QString TransferDialog::chosen() const
{
    return m_list->currentIndex().data(OfficerPickerModel::TargetRole).toString();
}

void TransferDialog::onChosen()
{
    const QModelIndex index = m_list->currentIndex();
    const bool pool = index.data(OfficerPickerModel::IsPoolRole).toBool();
    const Roles roles = Roles::fromInt(index.data(OfficerPickerModel::RolesRole).toInt());
    m_forApproval->setEnabled(m_canSubmit && !pool);
    if (pool)
        m_forApproval->setChecked(false);
    else if (m_canSubmit)
        m_forApproval->setChecked(roles.testFlag(Role::Supervisor) && !roles.testFlag(Role::Processing));
}

casework::ActionRequest TransferDialog::request() const
{
    casework::ActionRequest r;
    r.to = chosen();
    r.forApproval = m_forApproval->isVisible() && m_forApproval->isChecked();
    r.text = m_note->text();
    return r;
}

bool TransferDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            m_list->setFocus();
            return false;
        }
    }
    return CaseworkDialog::eventFilter(watched, event);
}

void TransferDialog::refreshTexts()
{
    m_filterLabel->setText(tr("To"));
    m_filter->setPlaceholderText(tr("Type a name or a login"));
    m_forApproval->setText(tr("Submit for approval"));
    m_noteLabel->setText(tr("Note (optional)"));
}

} // namespace motcua

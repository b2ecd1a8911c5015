#pragma once

#include "domain/auth/Officer.h"

#include <QAbstractListModel>

namespace motcua {

// Whom a dossier may be handed to: the pools of the units the officer sees first, then the active
// officers with their roles ("Lê Văn Xử — Processing"). The signed-in officer is left out unless
// the dossier sits in a pool (taking it for oneself).
class OfficerPickerModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum DataRole { TargetRole = Qt::UserRole + 1, IsPoolRole, RolesRole };
    using QAbstractListModel::QAbstractListModel;

    void setTargets(const QList<Officer> &officers, const QStringList &pools, const QString &self, bool includeSelf);
    QString target(int row) const;      // a login, or "pool:OFFICE"
    int rowOf(const QString &target) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString target;
        QString name;
        Roles roles;
        bool pool = false;
    };
    QList<Entry> m_entries;
};

} // namespace motcua

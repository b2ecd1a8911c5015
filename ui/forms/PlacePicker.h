#pragma once

#include "domain/catalog/AdminUnits.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace motcua {

// The province/commune picker of a place field (issue 13): as the officer types, a popup lists the
// administrative units whose names match the text folded (AdminUnits::search: "thanh xuan" finds
// "Phường Thanh Xuân, Thành phố Hà Nội", "hn" the city), keyboard-first: Down/Up to choose, Enter
// to take it (the field's text becomes the unit's full name), Escape to keep what was typed. The
// field stays free text (a hospital, a village before the commune): the picker only offers.
class PlacePicker : public QObject {
    Q_OBJECT
public:
    // Attached to `edit` (its parent); `provincesOnly` for a province field.
    PlacePicker(QLineEdit *edit, const AdminUnits &units, bool provincesOnly);

    QCompleter *completer() const { return m_completer; }
    QStringList offered() const;   // what the popup lists now

signals:
    void picked(const QString &text);   // after the field's text was set to it

private:
    void refresh(const QString &typed);

    QLineEdit *m_edit;
    const AdminUnits &m_units;
    bool m_provincesOnly;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

} // namespace motcua

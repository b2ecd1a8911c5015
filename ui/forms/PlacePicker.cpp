#include "ui/forms/PlacePicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace motcua {

PlacePicker::PlacePicker(QLineEdit *edit, const AdminUnits &units, bool provincesOnly)
    : QObject(edit),
      m_edit(edit),
      m_units(units),
      m_provincesOnly(provincesOnly),
      m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    // Not the line edit's own completer (it would filter by the raw, unfolded prefix): the list is
    // ours, folded, and shown whole.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(edit);
    m_completer->popup()->setObjectName(QStringLiteral("placePopup"));
    connect(edit, &QLineEdit::textEdited, this, &PlacePicker::refresh);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_edit->setText(text);
        emit picked(text);
    });
}

void PlacePicker::refresh(const QString &typed)
{
    QStringList names;
    // The last words typed after a comma are what is being looked for ("Bệnh viện X, thanh xuan").
    const QString wanted = typed.section(QLatin1Char(','), -1).trimmed();
    if (wanted.size() >= 2) {
        for (const AdminUnit &u : m_units.search(wanted, 40)) {
            if (m_provincesOnly && u.level != AdminUnit::Level::Province)
                continue;
            names << u.display();
            if (names.size() == 12)
                break;
        }
    }
    m_model->setStringList(names);
    if (names.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(QModelIndex());   // nothing taken until the officer chooses
}

QStringList PlacePicker::offered() const
{
    return m_model->stringList();
}

} // namespace motcua

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
    // A province field looks among the 34 provinces alone: 3,321 communes must not crowd them out.
    if (wanted.size() >= 2) {
        const auto scope = m_provincesOnly ? AdminUnits::Scope::Provinces : AdminUnits::Scope::All;
        for (const AdminUnit &u : m_units.search(wanted, 12, scope))
            names << u.display();
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

#include "ui/forms/PersonPicker.h"

#include "ui/forms/FormView.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>

namespace motcua {

PersonPicker::PersonPicker(QLineEdit *edit, bool idNumber)
    : QObject(edit),
      m_edit(edit),
      m_idNumber(idNumber),
      m_timer(new QTimer(this)),
      m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(edit);
    m_completer->popup()->setObjectName(QStringLiteral("personPopup"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_model->clear();
        m_people.clear();
        m_completer->popup()->hide();
        m_timer->start();
    });
    connect(m_timer, &QTimer::timeout, this, &PersonPicker::typed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const int row = index.data(Qt::UserRole).toInt();
        if (row >= 0 && row < m_people.size())
            emit taken(m_people.at(row));
    });
}

void PersonPicker::typed()
{
    const QString text = m_edit->text().simplified();
    static const QRegularExpression id(QStringLiteral("^[0-9]{12}$"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    if (m_idNumber ? id.match(text).hasMatch() : text.count(letter) >= 2)
        emit wanted(text);
}

void PersonPicker::offer(const QString &text, const QList<forms::PersonMatch> &people)
{
    if (text != m_edit->text().simplified())
        return;   // typed on since: a newer search is coming
    m_people = people;
    m_model->clear();
    for (qsizetype i = 0; i < people.size(); ++i) {
        auto *item = new QStandardItem(describe(people.at(i)));
        item->setData(int(i), Qt::UserRole);
        m_model->appendRow(item);
    }
    if (people.isEmpty() || !m_edit->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(QModelIndex());   // nothing taken until the officer chooses
}

QStringList PersonPicker::offered() const
{
    QStringList lines;
    for (int r = 0; r < m_model->rowCount(); ++r)
        lines << m_model->item(r)->text();
    return lines;
}

QString PersonPicker::describe(const forms::PersonMatch &person)
{
    QStringList parts{person.value(QStringLiteral("name"))};
    if (!person.birthYear().isEmpty())
        parts << person.birthYear();
    if (!person.value(QStringLiteral("residence")).isEmpty())
        parts << person.value(QStringLiteral("residence"));
    parts << FormView::sourceLabel(person.values.value(QStringLiteral("name")).source);
    return parts.join(QStringLiteral(" · "));
}

} // namespace motcua

#pragma once

#include "domain/forms/FormPeople.h"

#include <QList>
#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace motcua {

// The person lookup of a person group's name or ID-number field (docs/forms.md "Person lookup"):
// as the officer types (a pause of kDelayMs), wanted() asks for the people matching the text — the
// form view sends it to the intake worker, never searching on the GUI thread — and offer() shows
// what came back in a popup, keyboard-first: Down/Up to choose, Enter to take one (taken()), Escape
// to keep what was typed. A name field asks from two letters, an ID-number field at 12 digits.
class PersonPicker : public QObject {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 150;

    PersonPicker(QLineEdit *edit, bool idNumber);

    QCompleter *completer() const { return m_completer; }
    QStringList offered() const;   // the popup's lines now
    // What the search found for `text`: shown when the field still holds it (a later key made it stale).
    void offer(const QString &text, const QList<forms::PersonMatch> &people);
    // One line of the popup: "Lê Văn Hùng · 1985 · <residence> · <source>".
    static QString describe(const forms::PersonMatch &person);

signals:
    void wanted(const QString &text);
    void taken(const motcua::forms::PersonMatch &person);

private:
    void typed();

    QLineEdit *m_edit;
    bool m_idNumber;
    QTimer *m_timer;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QList<forms::PersonMatch> m_people;
};

} // namespace motcua

#pragma once

#include "app/casework/CaseworkService.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

namespace motcua {

// What the officer reads for each casework action (buttons, dialog titles) and its shortcut: the
// function keys, one per action, the same wherever the dossier view is shown.
class ActionText {
    Q_DECLARE_TR_FUNCTIONS(motcua::ActionText)
public:
    static QString button(casework::Action action);     // "Transfer…"
    static QString title(casework::Action action);      // the dialog's title
    static QString explanation(casework::Action action); // one sentence: what it records
    static QKeySequence shortcut(casework::Action action);
    static QKeySequence form06Shortcut() { return QKeySequence(Qt::Key_F12); }
};

} // namespace motcua

#include "ui/receive/ActionCounter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace motcua {

ActionCounter::ActionCounter(QWidget *scope, QObject *parent) : QObject(parent), m_scope(scope)
{
    qApp->installEventFilter(this);
}

ActionCounter::~ActionCounter()
{
    qApp->removeEventFilter(this);
}

bool ActionCounter::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::MouseButtonPress) || !watched->isWidgetType() || !m_scope
        || !m_scope->isVisible())
        return false;
    auto *target = static_cast<QWidget *>(watched);
    if (target != m_scope && !m_scope->isAncestorOf(target))
        return false;
    // The same event offered to the parents of the widget that ignored it.
    if (event == m_lastEvent && m_lastTarget && target->isAncestorOf(m_lastTarget))
        return false;
    m_lastEvent = event;
    m_lastTarget = target;
    if (type == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
        case Qt::Key_AltGr:
            return false;
        default:
            break;
        }
        if (key->isAutoRepeat())
            return false;
    }
    add(1);
    return false;
}

} // namespace motcua

#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace motcua {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_watching = false;
        emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_watching)
        start();
}

void IdleWatcher::start()
{
    m_watching = m_timeoutMs > 0;
    if (m_watching)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::ShortcutOverride:
            m_timer.start(m_timeoutMs);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua

#include "ui/receive/CardBurstFilter.h"

#include <QApplication>
#include <QWidget>

#include <algorithm>

namespace motcua {

namespace {

// Shift and the like come between the characters of a burst (a wedge types 'N' and '|' with
// Shift): they neither start, break nor end one.
bool isModifierOnly(const QKeyEvent *key)
{
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
        return true;
    default:
        return false;
    }
}

bool isEnter(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

// A key that only adds text (no Ctrl/Alt/Meta chord).
bool isPlainText(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    return !(key->modifiers() & chord) && !key->text().isEmpty() && key->text().at(0).isPrint();
}

} // namespace

CardBurstFilter::CardBurstFilter(QWidget *scope, QObject *parent) : QObject(parent), m_scope(scope)
{
    m_gap.setSingleShot(true);
    connect(&m_gap, &QTimer::timeout, this, &CardBurstFilter::release);
    qApp->installEventFilter(this);
}

CardBurstFilter::~CardBurstFilter()
{
    qApp->removeEventFilter(this);
}

void CardBurstFilter::setEnabled(bool on)
{
    m_enabled = on;
    if (!on)
        release();
}

bool CardBurstFilter::inScope(QWidget *w) const
{
    return m_scope && w && m_scope->isVisible() && (w == m_scope || m_scope->isAncestorOf(w));
}

bool CardBurstFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || !m_enabled)
        return false;
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        auto *target = static_cast<QWidget *>(watched);
        if (!inScope(target))
            return false;
        return onKeyPress(target, static_cast<QKeyEvent *>(event));
    }
    if (event->type() == QEvent::KeyRelease && !m_held.empty())
        return true;   // the presses are held; their releases mean nothing on their own
    return false;
}

bool CardBurstFilter::onKeyPress(QWidget *target, QKeyEvent *key)
{
    if (isModifierOnly(key))
        return !m_held.empty();   // swallowed within a burst: a lone modifier does nothing in a widget
    const bool fast = !m_held.empty() && m_sinceLast.isValid() && m_sinceLast.elapsed() <= currentGapMs();
    if (!m_held.empty() && !fast)
        release();   // the timer has not run yet, but the pause was long enough
    if (m_held.empty()) {
        // A burst can only start with the ID number's first digit.
        if (!isPlainText(key) || !key->text().at(0).isDigit())
            return false;
    } else if (isEnter(key)) {
        const QString text = heldText();
        if (text.size() >= m_minChars && m_accept && m_accept(text)) {
            m_held.clear();
            m_gap.stop();
            emit cardText(text);
            return true;
        }
        release();
        return false;
    } else if (!isPlainText(key)) {
        release();
        return false;
    }
    m_held.push_back({target, std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(), key->nativeScanCode(),
                                                          key->nativeVirtualKey(), key->nativeModifiers(), key->text(),
                                                          key->isAutoRepeat(), key->count())});
    m_sinceLast.start();
    m_gap.start(currentGapMs());
    return true;
}

int CardBurstFilter::currentGapMs() const
{
    // Once a run of characters has come faster than anyone types, it is a machine: a longer pause
    // is then tolerated (the GUI thread may have been busy a moment), so a burst is not cut in two.
    return int(m_held.size()) >= kMachineRun ? std::max(m_gapMs, kMachineGapMs) : m_gapMs;
}

QString CardBurstFilter::heldText() const
{
    QString text;
    for (const Held &h : m_held)
        text += h.event->text();
    return text;
}

void CardBurstFilter::release()
{
    m_gap.stop();
    std::vector<Held> held;
    held.swap(m_held);
    m_replaying = true;
    for (Held &h : held) {
        if (!h.target)
            continue;
        QCoreApplication::sendEvent(h.target, h.event.get());
        QKeyEvent up(QEvent::KeyRelease, h.event->key(), h.event->modifiers(), h.event->text());
        QCoreApplication::sendEvent(h.target, &up);
    }
    m_replaying = false;
}

} // namespace motcua

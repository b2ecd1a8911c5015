#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace motcua {

// Counts the officer's actions inside `scope` — key presses (not auto-repeat, not a lone
// modifier) and mouse button presses — for the counter-time figures (IntakeDraft::actions). An
// event that bubbles up from a child to its parents counts once.
class ActionCounter : public QObject {
    Q_OBJECT
public:
    explicit ActionCounter(QWidget *scope, QObject *parent = nullptr);
    ~ActionCounter() override;

    int count() const { return m_count; }
    void reset() { m_count = 0; }
    void add(int n) { m_count += n; emit counted(m_count); }

signals:
    void counted(int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_scope;
    int m_count = 0;
    const QEvent *m_lastEvent = nullptr;
    QPointer<QWidget> m_lastTarget;
};

} // namespace motcua

#pragma once

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QWidget;

namespace motcua {

// Recognises the text a handheld 2-D scanner "types" after reading an ID card's QR (a
// keyboard wedge): a fast burst of key presses ending in Enter, anywhere in the application.
//
// Design: a key press carrying a digit (every CCCD text starts with its 12-digit number) is held
// back, not delivered; each further key press that follows within `gapMs` is held as well. Then:
//  - Enter arrives while at least `minChars` characters are held and `accept(text)` says the text
//    is a card (or a broken card): everything held and the Enter are swallowed and cardText() is
//    emitted — no field ever sees a character of the burst, no button sees its Enter;
//  - otherwise (a pause longer than `gapMs`, a non-text key, or a text that is not a card): the
//    held key presses are delivered to the widget that had the focus when they arrived, in order,
//    so a person typing digits sees them after at most `gapMs` (a run of kMachineRun characters
//    that came faster than that is a scanner's: it may then pause up to kMachineGapMs).
// Only presses aimed at widgets inside `scope` are considered (the receiving page's window).
class CardBurstFilter : public QObject {
    Q_OBJECT
public:
    explicit CardBurstFilter(QWidget *scope, QObject *parent = nullptr);
    ~CardBurstFilter() override;

    void setAcceptor(std::function<bool(const QString &)> accept) { m_accept = std::move(accept); }
    void setGapMs(int ms) { m_gapMs = ms; }
    void setMinChars(int n) { m_minChars = n; }
    void setEnabled(bool on);
    bool isHolding() const { return !m_held.empty(); }

    static constexpr int kDefaultGapMs = 40;
    static constexpr int kDefaultMinChars = 20;
    static constexpr int kMachineRun = 6;        // this many fast characters: a scanner, not a person
    static constexpr int kMachineGapMs = 150;    // the pause then tolerated inside the burst

signals:
    void cardText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held {
        QPointer<QWidget> target;
        std::unique_ptr<QKeyEvent> event;
    };
    bool inScope(QWidget *w) const;
    bool onKeyPress(QWidget *target, QKeyEvent *key);
    void release();   // deliver what is held, in order
    QString heldText() const;
    int currentGapMs() const;

    QPointer<QWidget> m_scope;
    std::function<bool(const QString &)> m_accept;
    int m_gapMs = kDefaultGapMs;
    int m_minChars = kDefaultMinChars;
    bool m_enabled = true;
    bool m_replaying = false;
    std::vector<Held> m_held;
    QElapsedTimer m_sinceLast;
    QTimer m_gap;
};

} // namespace motcua

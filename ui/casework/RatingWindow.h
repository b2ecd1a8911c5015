#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace motcua {

// The citizen's side of the return: a window of its own, facing the citizen, that asks them to
// rate the service 1–5 with five large buttons (or the keys 1–5). When a second screen is
// attached it opens there, filling it; otherwise beside the officer's dialog. It says nothing of
// the dossier but its code. Closing it without a choice counts as no rating.
class RatingWindow : public QWidget {
    Q_OBJECT
public:
    explicit RatingWindow(const QString &dossierCode, QWidget *parent = nullptr);

    // Shows it on QGuiApplication::screens().value(1) when there is one (maximised), else normally.
    void present();
    QPushButton *button(int rating) const { return m_buttons.value(rating - 1); }
    bool onSecondScreen() const { return m_secondScreen; }

signals:
    void rated(int rating);
    void dismissed();   // closed without a choice

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void choose(int rating);
    void refreshTexts();

    QString m_code;
    QLabel *m_title = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_hint = nullptr;
    QList<QPushButton *> m_buttons;
    bool m_done = false;
    bool m_secondScreen = false;
};

} // namespace motcua

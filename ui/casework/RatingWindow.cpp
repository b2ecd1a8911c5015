#include "ui/casework/RatingWindow.h"

#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace motcua {
namespace {

const char *const kColors[] = {"#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"};

} // namespace

RatingWindow::RatingWindow(const QString &dossierCode, QWidget *parent)
    : QWidget(parent, Qt::Window), m_code(dossierCode)
{
    setObjectName(QStringLiteral("ratingWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setStyleSheet(QStringLiteral("QWidget#ratingWindow { background: #fafafa; }"));
    setMinimumSize(900, 480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->setSpacing(24);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 26pt; font-weight: 600; color: #1a237e;"));
    m_question = new QLabel(this);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    m_question->setStyleSheet(QStringLiteral("font-size: 18pt;"));
    layout->addWidget(m_title);
    layout->addWidget(m_question);
    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    for (int i = 1; i <= 5; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("rate%1").arg(i));
        b->setMinimumSize(160, 170);
        // The number large, the words under it wrapped: a push button's own text never wraps.
        auto *inside = new QVBoxLayout(b);
        auto *number = new QLabel(QString::number(i), b);
        number->setObjectName(QStringLiteral("number"));
        number->setAlignment(Qt::AlignCenter);
        number->setStyleSheet(QStringLiteral("color: white; font-size: 30pt; font-weight: 700; background: transparent;"));
        auto *words = new QLabel(b);
        words->setObjectName(QStringLiteral("words"));
        words->setAlignment(Qt::AlignCenter);
        words->setWordWrap(true);
        words->setStyleSheet(QStringLiteral("color: white; font-size: 15pt; font-weight: 600; background: transparent;"));
        for (QLabel *l : {number, words})
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
        inside->addWidget(number);
        inside->addWidget(words);
        b->setFocusPolicy(Qt::NoFocus);   // the keys 1–5 choose; no button is "current"
        b->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border-radius: 14px; "
                                        "padding: 10px; }")
                             .arg(QLatin1String(kColors[i - 1])));
        connect(b, &QPushButton::clicked, this, [this, i] { choose(i); });
        row->addWidget(b);
        m_buttons << b;
    }
    layout->addLayout(row, 1);
    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setStyleSheet(QStringLiteral("font-size: 13pt; color: #555555;"));
    layout->addWidget(m_hint);
    refreshTexts();
}

void RatingWindow::present()
{
    // A second screen faces the citizen at most counters: open there, filling it.
    QScreen *second = QGuiApplication::screens().value(1, nullptr);
    m_secondScreen = second != nullptr;
    if (second) {
        setGeometry(second->availableGeometry());
        showMaximized();
    } else {
        show();
    }
    raise();
    activateWindow();
}

void RatingWindow::choose(int rating)
{
    if (m_done)
        return;
    m_done = true;
    emit rated(rating);
    close();
}

void RatingWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        choose(key - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingWindow::closeEvent(QCloseEvent *event)
{
    if (!m_done) {
        m_done = true;
        emit dismissed();
    }
    QWidget::closeEvent(event);
}

void RatingWindow::refreshTexts()
{
    setWindowTitle(tr("Rate our service"));
    m_title->setText(tr("Thank you for using our service"));
    m_question->setText(tr("How satisfied are you with the handling of dossier %1?").arg(m_code));
    const QStringList words = {tr("Very dissatisfied"), tr("Dissatisfied"), tr("Acceptable"), tr("Satisfied"),
                               tr("Very satisfied")};
    for (int i = 0; i < m_buttons.size(); ++i) {
        m_buttons.at(i)->findChild<QLabel *>(QStringLiteral("words"))->setText(words.at(i));
        m_buttons.at(i)->setAccessibleName(QStringLiteral("%1 %2").arg(i + 1).arg(words.at(i)));
    }
    m_hint->setText(tr("Touch a button or press 1 to 5."));
}

void RatingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QWidget::changeEvent(event);
}

} // namespace motcua

#include "ui/FramedDialog.h"

#include "app/common/ErrorText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

FramedDialog::FramedDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(QStringLiteral("color: #444444;"));
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    m_body = new QVBoxLayout;
    m_body->setSpacing(6);
    layout->addLayout(m_body);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: 600;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);   // Enter confirms, Esc cancels (QDialog)
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void FramedDialog::setHeading(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
}

void FramedDialog::setButtonTexts(const QString &cancel, const QString &confirm)
{
    m_cancel->setText(cancel);
    m_cancel->setToolTip(tr("Esc"));
    m_confirm->setText(confirm);
    m_confirm->setToolTip(tr("Enter"));
}

void FramedDialog::showError(const Error &error)
{
    m_error = error;
    m_message->setText(errorText(error));
    m_message->show();
    growToFit();
}

void FramedDialog::clearError()
{
    m_error.reset();
    m_message->hide();
}

void FramedDialog::growToFit()
{
    // Rows and messages arrive after the dialog is shown; without a window manager honouring the
    // new minimum size the labels would be squeezed (and the diacritics clipped). Grow, never shrink.
    layout()->activate();
    const QSize wanted = sizeHint().expandedTo(size());
    if (wanted != size())
        resize(wanted);
}

void FramedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_error)
            m_message->setText(errorText(*m_error));
    }
    QDialog::changeEvent(event);
}

} // namespace motcua

#include "ui/ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include "app/auth/AuthService.h"
#include "app/common/ErrorText.h"

#include <QEvent>
#include <QPushButton>

namespace motcua {

ChangePasswordDialog::ChangePasswordDialog(AuthService *auth, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_auth(auth)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_ui->messageLabel->hide();
    m_ui->busyBar->hide();
    QSizePolicy policy = m_ui->busyBar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);   // no jump in the layout when the change starts
    m_ui->busyBar->setSizePolicy(policy);
    // Our own buttons: Qt's standard-button texts are not translated into Vietnamese here.
    m_okButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setDefault(true);
    m_cancelButton = m_ui->buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->oldPassword, m_ui->newPassword, m_ui->repeatPassword})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateEnabled);
    connect(m_auth, &AuthService::passwordChanged, this, &ChangePasswordDialog::onChanged);
    connect(m_auth, &AuthService::passwordChangeFailed, this, &ChangePasswordDialog::onFailed);
    retranslateButtons();
    updateEnabled();
    m_ui->oldPassword->setFocus();
}

void ChangePasswordDialog::retranslateButtons()
{
    m_okButton->setText(tr("Change password"));
    m_cancelButton->setText(tr("Cancel"));
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    const QString oldPassword = m_ui->oldPassword->text();
    const QString newPassword = m_ui->newPassword->text();
    if (oldPassword.isEmpty()) {
        showError(Error(QStringLiteral("auth.no-password")));
        m_ui->oldPassword->setFocus();
        return;
    }
    if (Status st = AuthService::checkNewPassword(oldPassword, newPassword, m_ui->repeatPassword->text()); !st) {
        showError(st.error());
        m_ui->repeatPassword->clear();
        (st.error().code == QLatin1String("auth.password-mismatch") ? m_ui->repeatPassword : m_ui->newPassword)->setFocus();
        return;
    }
    m_error.reset();
    m_ui->messageLabel->hide();
    setBusy(true);
    m_auth->changePassword(oldPassword, newPassword);
}

void ChangePasswordDialog::onChanged()
{
    if (!m_busy)
        return;
    setBusy(false);
    accept();
}

void ChangePasswordDialog::onFailed(const Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    showError(error);
    m_ui->oldPassword->clear();
    m_ui->oldPassword->setFocus();
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    if (!busy) {
        // The passwords never stay in the form longer than the attempt.
        m_ui->newPassword->clear();
        m_ui->repeatPassword->clear();
    }
    updateEnabled();
}

void ChangePasswordDialog::showError(const Error &error)
{
    m_error = error;
    m_ui->messageLabel->setText(errorText(error));
    m_ui->messageLabel->show();
}

void ChangePasswordDialog::updateEnabled()
{
    for (QLineEdit *edit : {m_ui->oldPassword, m_ui->newPassword, m_ui->repeatPassword})
        edit->setEnabled(!m_busy);
    m_okButton->setEnabled(!m_busy && !m_ui->oldPassword->text().isEmpty() && !m_ui->newPassword->text().isEmpty());
    m_cancelButton->setEnabled(!m_busy);
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateButtons();
        if (m_error)
            m_ui->messageLabel->setText(errorText(*m_error));
    }
    QDialog::changeEvent(event);
}

} // namespace motcua

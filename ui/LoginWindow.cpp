#include "ui/LoginWindow.h"

#include "ui_LoginWindow.h"

#include "app/auth/AuthService.h"
#include "app/common/ErrorText.h"
#include "ui/Language.h"

#include <QEvent>
#include <QLayout>

#include <cmath>

namespace motcua {

LoginWindow::LoginWindow(AuthService *auth, Language *language, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginWindow>()), m_auth(auth), m_language(language)
{
    m_ui->setupUi(this);
    fillLanguages();
    m_ui->messageLabel->hide();
    m_ui->countdownLabel->hide();
    m_ui->lockedLabel->hide();
    m_ui->workspaceMessageLabel->hide();
    m_ui->officeCodeLabel->hide();
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    m_ui->switchOfficerButton->hide();
    m_ui->portalCheck->hide();
    m_countdown.setInterval(200);
    // The busy row keeps its place while hidden: submitting then changes no layout and no window
    // size, so the GUI thread has next to nothing to do while the worker starts Argon2id.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->busyBar), static_cast<QWidget *>(m_ui->busyLabel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }

    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginWindow::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginWindow::submit);
    connect(m_ui->loginEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setFocus();
        else
            submit();
    });
    connect(m_ui->switchOfficerButton, &QPushButton::clicked, this, &LoginWindow::switchOfficer);
    connect(m_ui->languageCombo, &QComboBox::activated, this, [this](int index) {
        m_language->setLanguage(m_ui->languageCombo->itemData(index).toString());
    });
    connect(m_language, &Language::changed, this, &LoginWindow::fillLanguages);
    connect(&m_countdown, &QTimer::timeout, this, &LoginWindow::updateCountdown);
    connect(m_auth, &AuthService::publicInfoChanged, this, &LoginWindow::refreshWorkspaceTexts);
    connect(m_auth, &AuthService::busyChanged, this, &LoginWindow::onBusyChanged);
    connect(m_auth, &AuthService::unlockFailed, this, &LoginWindow::onUnlockFailed);

    refreshWorkspaceTexts();
    updateEnabled();
    resize(480, sizeHint().height());
}

void LoginWindow::growToFit()
{
    // Messages and the lock notice appear and disappear; without a window manager to honour the
    // new minimum size, the fields would be squeezed instead. Grow, never shrink (no jumping).
    layout()->activate();
    const int wanted = sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

LoginWindow::~LoginWindow() = default;

void LoginWindow::setLogin(const QString &login)
{
    if (m_ui->loginEdit->isReadOnly())
        return;
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setFocus();
}

void LoginWindow::showSignIn()
{
    m_lockedName.clear();
    m_lockedLogin.clear();
    m_lastError.reset();
    m_ui->messageLabel->hide();
    m_ui->lockedLabel->hide();
    m_ui->switchOfficerButton->hide();
    m_ui->portalCheck->hide();
    m_ui->loginEdit->setReadOnly(false);
    m_ui->loginEdit->clear();
    m_ui->passwordEdit->clear();
    updateEnabled();
    m_ui->loginEdit->setFocus();
}

void LoginWindow::showLocked(const Session &last)
{
    m_lockedName = last.fullName;
    m_lockedLogin = last.login;
    m_lastError.reset();
    m_ui->messageLabel->hide();
    m_ui->loginEdit->setText(last.login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->passwordEdit->clear();
    m_ui->switchOfficerButton->show();
    m_ui->portalCheck->hide();
    refreshLockedText();
    updateEnabled();
    growToFit();
    m_ui->passwordEdit->setFocus();
}

void LoginWindow::switchOfficer()
{
    m_lockedName.clear();
    m_lockedLogin.clear();
    m_ui->lockedLabel->hide();
    m_ui->switchOfficerButton->hide();
    m_ui->loginEdit->setReadOnly(false);
    m_ui->loginEdit->clear();
    m_ui->passwordEdit->clear();
    m_lastError.reset();
    m_ui->messageLabel->hide();
    // The countdown belongs to the previous login's throttle; another officer may try at once.
    m_countdown.stop();
    m_ui->countdownLabel->hide();
    updateEnabled();
    m_ui->loginEdit->setFocus();
}

void LoginWindow::submit()
{
    if (m_busy || m_countdown.isActive() || !m_ui->loginButton->isEnabled())
        return;
    const QString login = m_ui->loginEdit->text().trimmed().toLower();
    const QString password = m_ui->passwordEdit->text();
    m_lastError.reset();
    if (login.isEmpty()) {
        showMessage(tr("Enter your officer login."));
        m_ui->loginEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showMessage(tr("Enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_ui->messageLabel->hide();
    if (!m_ui->portalCheck->isHidden() && m_ui->portalCheck->isChecked())
        m_auth->unlockThroughPortal(login, password);
    else
        m_auth->unlock(login, password);
}

bool LoginWindow::signInWith(const QString &login, const QString &password)
{
    if (m_busy || m_countdown.isActive() || !m_ui->loginButton->isEnabled())
        return false;
    if (!m_ui->loginEdit->isReadOnly())
        m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setText(password);
    submit();
    return true;
}

void LoginWindow::onBusyChanged(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    updateEnabled();
    growToFit();
    if (!busy)
        m_ui->passwordEdit->clear(); // never keep a password in the form after an attempt
}

void LoginWindow::onUnlockFailed(const Error &error, const QDateTime &retryAllowedAt)
{
    m_lastError = error;
    showMessage(errorText(error));
    // An officer unknown on this PC cannot be told from a wrong password; on an enrolled PC the
    // portal can vouch for them: offer it (not on the lock screen, which is one officer's).
    if (error.code == QLatin1String("auth.wrong-password") && m_auth->publicInfo().enrolled && m_lockedLogin.isEmpty()
        && m_ui->portalCheck->isHidden()) {
        m_ui->portalCheck->setChecked(false);
        m_ui->portalCheck->show();
        growToFit();
    }
    m_ui->passwordEdit->clear();
    if (retryAllowedAt.isValid())
        startCountdown(retryAllowedAt);
    updateEnabled();
    m_ui->passwordEdit->setFocus();
}

void LoginWindow::startCountdown(const QDateTime &until)
{
    m_retryAt = until;
    m_countdown.start();
    updateCountdown();
}

void LoginWindow::updateCountdown()
{
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
    if (ms <= 0) {
        m_countdown.stop();
        m_ui->countdownLabel->hide();
        updateEnabled();
        return;
    }
    const int seconds = int(std::ceil(double(ms) / 1000.0));
    m_ui->countdownLabel->setText(tr("Try again in %n second(s)", nullptr, seconds));
    if (m_ui->countdownLabel->isHidden()) {
        m_ui->countdownLabel->show();
        growToFit();
    }
    updateEnabled();
}

void LoginWindow::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    growToFit();
}

void LoginWindow::updateEnabled()
{
    const WorkspacePublicInfo &info = m_auth->publicInfo();
    const bool usable = info.loaded && info.exists;
    m_ui->loginEdit->setEnabled(usable && !m_busy);
    m_ui->passwordEdit->setEnabled(usable && !m_busy);
    m_ui->portalCheck->setEnabled(!m_busy);
    m_ui->switchOfficerButton->setEnabled(!m_busy);
    m_ui->loginButton->setEnabled(usable && !m_busy && !m_countdown.isActive());
}

void LoginWindow::refreshWorkspaceTexts()
{
    const WorkspacePublicInfo &info = m_auth->publicInfo();
    if (!info.loaded) {
        m_ui->officeLabel->setText(tr("Reading the workspace…"));
    } else if (!info.exists) {
        m_ui->officeLabel->setText(tr("No workspace"));
        m_ui->workspaceMessageLabel->setText(
            tr("There is no workspace in %1 yet. An administrator creates one with:\n"
               "motcua-cli --workspace \"%1\" --officer LOGIN init --office CODE --name \"FULL NAME\" "
               "--office-name \"OFFICE NAME\"\n(the first officer's password comes from MOTCUA_PASSWORD).")
                .arg(info.directory));
    } else {
        const QString name = info.officeName.isEmpty() ? tr("Office %1").arg(info.officeCode) : info.officeName;
        m_ui->officeLabel->setText(name);
        m_ui->officeCodeLabel->setText(info.officeCode.isEmpty() ? QString() : tr("Office code: %1").arg(info.officeCode));
        setWindowTitle(tr("MotCua — Sign in") + QStringLiteral(" — ") + name);
    }
    m_ui->officeCodeLabel->setVisible(info.loaded && info.exists && !info.officeCode.isEmpty());
    m_ui->workspaceMessageLabel->setVisible(info.loaded && !info.exists);
    updateEnabled();
    growToFit();
    if (info.loaded && info.exists && m_ui->loginEdit->text().isEmpty())
        m_ui->loginEdit->setFocus();
}

void LoginWindow::refreshLockedText()
{
    if (m_lockedLogin.isEmpty()) {
        m_ui->lockedLabel->hide();
        return;
    }
    m_ui->lockedLabel->setText(tr("Locked: %1 (%2) was working here. Enter the password to continue, "
                                  "or choose \"Switch officer\".")
                                   .arg(m_lockedName, m_lockedLogin));
    m_ui->lockedLabel->show();
}

void LoginWindow::fillLanguages()
{
    const QSignalBlocker block(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    for (const QString &code : Language::available())
        m_ui->languageCombo->addItem(Language::nativeName(code), code);
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(m_language->current()));
}

void LoginWindow::retranslate()
{
    m_ui->retranslateUi(this);
    refreshWorkspaceTexts();
    refreshLockedText();
    if (m_lastError)
        showMessage(errorText(*m_lastError));
    if (m_countdown.isActive())
        updateCountdown();
}

void LoginWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua

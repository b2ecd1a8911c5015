#include "ui/FirstRunWizard.h"

#include "app/common/ErrorText.h"
#include "app/workspace/WorkspaceSetup.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
QLabel *wrapped(QWidget *parent, const QString &name = {})
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    if (!name.isEmpty())
        l->setObjectName(name);
    return l;
}
QLineEdit *edit(QWidget *parent, const QString &name, bool password = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    if (password)
        e->setEchoMode(QLineEdit::Password);
    return e;
}
bool isUnreachable(const QString &code)
{
    return code == QLatin1String("sync.transport") || code == QLatin1String("sync.timeout") || code.startsWith(QLatin1String("server."));
}
} // namespace

FirstRunWizard::FirstRunWizard(QString workspaceDirectory, QWidget *parent)
    : QWidget(parent), m_directory(std::move(workspaceDirectory)), m_setup(new WorkspaceSetup(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    buildUi();
    connect(m_setup, &WorkspaceSetup::busyChanged, this, &FirstRunWizard::onBusyChanged);
    connect(m_setup, &WorkspaceSetup::failed, this, [this](const Error &error) {
        if (step() == EnrollStep) {   // typed again, never kept after a refusal
            m_passwordEdit->clear();
            m_passwordEdit->setFocus();
        }
        onFailed(error);
    });
    connect(m_setup, &WorkspaceSetup::enrolled, this, [this] { emit workspaceReady(m_pendingLogin); });
    connect(m_setup, &WorkspaceSetup::created, this, [this] { emit workspaceReady(m_pendingLogin); });
    connect(m_chooseEnroll, &QPushButton::clicked, this, [this] { setStep(EnrollStep); });
    connect(m_chooseStandalone, &QPushButton::clicked, this, [this] { setStep(StandaloneStep); });
    connect(m_enrollBack, &QPushButton::clicked, this, [this] { setStep(ChoiceStep); });
    connect(m_standaloneBack, &QPushButton::clicked, this, [this] { setStep(ChoiceStep); });
    connect(m_enrollButton, &QPushButton::clicked, this, &FirstRunWizard::submitEnroll);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &FirstRunWizard::submitEnroll);
    connect(m_createButton, &QPushButton::clicked, this, &FirstRunWizard::submitStandalone);
    retranslate();
    setStep(ChoiceStep);
    resize(560, 420);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = wrapped(this, QStringLiteral("titleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Choice
    auto *choice = new QWidget(m_stack);
    auto *cl = new QVBoxLayout(choice);
    m_intro = wrapped(choice, QStringLiteral("introLabel"));
    cl->addWidget(m_intro);
    m_chooseEnroll = new QPushButton(choice);
    m_chooseEnroll->setObjectName(QStringLiteral("chooseEnrollButton"));
    m_chooseEnroll->setMinimumHeight(48);
    m_chooseStandalone = new QPushButton(choice);
    m_chooseStandalone->setObjectName(QStringLiteral("chooseStandaloneButton"));
    m_chooseStandalone->setMinimumHeight(48);
    cl->addWidget(m_chooseEnroll);
    cl->addWidget(m_chooseStandalone);
    cl->addStretch(1);
    m_stack->addWidget(choice);

    // Enroll
    auto *enrollPage = new QWidget(m_stack);
    auto *el = new QVBoxLayout(enrollPage);
    m_enrollHelp = wrapped(enrollPage, QStringLiteral("enrollHelpLabel"));
    el->addWidget(m_enrollHelp);
    auto *ef = new QFormLayout;
    m_portalLabel = new QLabel(enrollPage);
    m_portalEdit = edit(enrollPage, QStringLiteral("portalEdit"));
    m_portalEdit->setPlaceholderText(QStringLiteral("https://motcua.example.gov.vn"));
    m_loginLabel = new QLabel(enrollPage);
    m_loginEdit = edit(enrollPage, QStringLiteral("enrollLoginEdit"));
    m_passwordLabel = new QLabel(enrollPage);
    m_passwordEdit = edit(enrollPage, QStringLiteral("enrollPasswordEdit"), true);
    ef->addRow(m_portalLabel, m_portalEdit);
    ef->addRow(m_loginLabel, m_loginEdit);
    ef->addRow(m_passwordLabel, m_passwordEdit);
    el->addLayout(ef);
    auto *eb = new QHBoxLayout;
    m_enrollBack = new QPushButton(enrollPage);
    m_enrollBack->setObjectName(QStringLiteral("enrollBackButton"));
    m_enrollButton = new QPushButton(enrollPage);
    m_enrollButton->setObjectName(QStringLiteral("enrollButton"));
    m_enrollButton->setDefault(true);
    eb->addWidget(m_enrollBack);
    eb->addStretch(1);
    eb->addWidget(m_enrollButton);
    el->addLayout(eb);
    el->addStretch(1);
    m_stack->addWidget(enrollPage);

    // Stand-alone
    auto *standalonePage = new QWidget(m_stack);
    auto *sl = new QVBoxLayout(standalonePage);
    m_standaloneHelp = wrapped(standalonePage, QStringLiteral("standaloneHelpLabel"));
    sl->addWidget(m_standaloneHelp);
    auto *sf = new QFormLayout;
    m_officeCodeLabel = new QLabel(standalonePage);
    m_officeCodeEdit = edit(standalonePage, QStringLiteral("officeCodeEdit"));
    m_officeNameLabel = new QLabel(standalonePage);
    m_officeNameEdit = edit(standalonePage, QStringLiteral("officeNameEdit"));
    m_provinceCheck = new QCheckBox(standalonePage);
    m_provinceCheck->setObjectName(QStringLiteral("provinceCheck"));
    m_adminLoginLabel = new QLabel(standalonePage);
    m_adminLoginEdit = edit(standalonePage, QStringLiteral("adminLoginEdit"));
    m_fullNameLabel = new QLabel(standalonePage);
    m_fullNameEdit = edit(standalonePage, QStringLiteral("fullNameEdit"));
    m_newPasswordLabel = new QLabel(standalonePage);
    m_newPasswordEdit = edit(standalonePage, QStringLiteral("newPasswordEdit"), true);
    m_repeatLabel = new QLabel(standalonePage);
    m_repeatEdit = edit(standalonePage, QStringLiteral("repeatPasswordEdit"), true);
    sf->addRow(m_officeCodeLabel, m_officeCodeEdit);
    sf->addRow(m_officeNameLabel, m_officeNameEdit);
    sf->addRow(QString(), m_provinceCheck);
    sf->addRow(m_adminLoginLabel, m_adminLoginEdit);
    sf->addRow(m_fullNameLabel, m_fullNameEdit);
    sf->addRow(m_newPasswordLabel, m_newPasswordEdit);
    sf->addRow(m_repeatLabel, m_repeatEdit);
    sl->addLayout(sf);
    auto *sb = new QHBoxLayout;
    m_standaloneBack = new QPushButton(standalonePage);
    m_standaloneBack->setObjectName(QStringLiteral("standaloneBackButton"));
    m_createButton = new QPushButton(standalonePage);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    sb->addWidget(m_standaloneBack);
    sb->addStretch(1);
    sb->addWidget(m_createButton);
    sl->addLayout(sb);
    sl->addStretch(1);
    m_stack->addWidget(standalonePage);

    m_errorLabel = wrapped(this, QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a1c1c; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("MotCua — First start"));
    m_title->setText(tr("Welcome to MotCua"));
    m_intro->setText(tr("There is no workspace on this PC yet (%1). Choose how this counter PC starts:").arg(m_directory));
    m_chooseEnroll->setText(tr("Enroll this PC with the portal"));
    m_chooseStandalone->setText(tr("Create a stand-alone workspace"));
    m_enrollHelp->setText(tr("Sign in with your portal account. The PC gets its device number and key from the "
                             "portal, and the office, the catalog and the calendar come from there. Your portal "
                             "password also becomes your password on this PC."));
    m_portalLabel->setText(tr("Portal address:"));
    m_loginLabel->setText(tr("Login:"));
    m_passwordLabel->setText(tr("Password:"));
    m_enrollButton->setText(tr("&Enroll"));
    m_enrollBack->setText(tr("&Back"));
    m_standaloneHelp->setText(tr("A stand-alone workspace works without the portal and never syncs: everything "
                                 "stays on this PC. It cannot be enrolled later (its dossier codes were not given "
                                 "by the portal). You become its first officer, with every role."));
    m_officeCodeLabel->setText(tr("Office code:"));
    m_officeNameLabel->setText(tr("Office name:"));
    m_provinceCheck->setText(tr("This is a province office (not a commune)"));
    m_adminLoginLabel->setText(tr("Your login:"));
    m_fullNameLabel->setText(tr("Your full name:"));
    m_newPasswordLabel->setText(tr("Password (at least 8 characters):"));
    m_repeatLabel->setText(tr("Repeat the password:"));
    m_createButton->setText(tr("&Create"));
    m_standaloneBack->setText(tr("&Back"));
    if (m_lastError)
        onFailed(*m_lastError);
}

int FirstRunWizard::step() const
{
    return m_stack->currentIndex();
}

void FirstRunWizard::setStep(int step)
{
    if (m_setup->isBusy())
        return;
    m_stack->setCurrentIndex(step);
    m_lastError.reset();
    showError({});
    if (step == EnrollStep)
        (m_portalEdit->text().isEmpty() ? m_portalEdit : m_loginEdit)->setFocus();
    else if (step == StandaloneStep)
        m_officeCodeEdit->setFocus();
}

bool FirstRunWizard::isBusy() const
{
    return m_setup->isBusy();
}

void FirstRunWizard::enrollWith(const QString &portalUrl, const QString &login, const QString &password)
{
    setStep(EnrollStep);
    m_portalEdit->setText(portalUrl);
    m_loginEdit->setText(login);
    m_passwordEdit->setText(password);
    submitEnroll();
}

void FirstRunWizard::submitEnroll()
{
    if (m_setup->isBusy())
        return;
    sync::EnrollRequest r;
    r.directory = m_directory;
    r.portalUrl = m_portalEdit->text().trimmed();
    r.login = m_loginEdit->text().trimmed();
    r.password = m_passwordEdit->text();
    r.deviceName = QHostInfo::localHostName();
    m_pendingLogin = r.login;
    m_lastError.reset();
    showError({});
    m_setup->enroll(r);
}

void FirstRunWizard::submitStandalone()
{
    if (m_setup->isBusy())
        return;
    StandaloneRequest r;
    r.directory = m_directory;
    r.officeCode = m_officeCodeEdit->text();
    r.officeName = m_officeNameEdit->text();
    r.province = m_provinceCheck->isChecked();
    r.login = m_adminLoginEdit->text();
    r.fullName = m_fullNameEdit->text();
    r.password = m_newPasswordEdit->text();
    if (Status st = WorkspaceSetup::checkStandalone(r, m_repeatEdit->text()); !st) {
        onFailed(st.error());
        return;
    }
    m_pendingLogin = r.login.trimmed();
    m_lastError.reset();
    showError({});
    m_setup->createStandalone(r);
}

void FirstRunWizard::onBusyChanged(bool busy)
{
    m_busyBar->setVisible(busy);
    m_stack->setEnabled(!busy);
}

void FirstRunWizard::onFailed(const Error &error)
{
    m_lastError = error;
    QString text;
    if (isUnreachable(error.code))
        text = tr("The portal at %1 cannot be reached. Check the address and this PC's network connection, then try again.")
                   .arg(m_portalEdit->text().trimmed());
    else if (error.code == QLatin1String("auth.bad-credentials"))
        text = tr("The portal refused this login and password. Check them (letter case counts) and try again.");
    else if (error.code == QLatin1String("devices.office-full"))
        text = tr("Your office already has the most devices the portal allows (99). Ask the portal administrator to "
                  "revoke a PC that is no longer used, then try again.");
    else
        text = errorText(error);
    showError(text);
}

void FirstRunWizard::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua

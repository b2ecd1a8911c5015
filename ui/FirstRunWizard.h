#pragma once

#include "domain/Result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace motcua {

class WorkspaceSetup;

// The first run of motcua on a PC without a workspace (or with --enroll): "Enroll this PC with
// the portal" (portal address, login, password → WorkspaceSetup on a worker thread) or "Create a
// stand-alone workspace" (office, first officer, password; what `motcua-cli init` does). Errors in
// plain words (portal unreachable, wrong password, office full …); the form stays filled (but the
// password) so the officer corrects and tries again. Emits workspaceReady once the folder holds a
// workspace; the login window takes over from there.
class FirstRunWizard : public QWidget {
    Q_OBJECT
public:
    enum Step { ChoiceStep, EnrollStep, StandaloneStep };

    explicit FirstRunWizard(QString workspaceDirectory, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    int step() const;
    void setStep(int step);
    bool isBusy() const;
    // For scripted runs and tests: fills the enrollment form and submits as the button would.
    void enrollWith(const QString &portalUrl, const QString &login, const QString &password);

signals:
    void workspaceReady(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void submitEnroll();
    void submitStandalone();
    void onBusyChanged(bool busy);
    void onFailed(const motcua::Error &error);
    void showError(const QString &text);

    QString m_directory;
    WorkspaceSetup *m_setup;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_chooseEnroll = nullptr;
    QPushButton *m_chooseStandalone = nullptr;
    QLabel *m_enrollHelp = nullptr;
    QLabel *m_portalLabel = nullptr;
    QLineEdit *m_portalEdit = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_enrollButton = nullptr;
    QPushButton *m_enrollBack = nullptr;
    QLabel *m_standaloneHelp = nullptr;
    QLabel *m_officeCodeLabel = nullptr;
    QLineEdit *m_officeCodeEdit = nullptr;
    QLabel *m_officeNameLabel = nullptr;
    QLineEdit *m_officeNameEdit = nullptr;
    QCheckBox *m_provinceCheck = nullptr;
    QLabel *m_adminLoginLabel = nullptr;
    QLineEdit *m_adminLoginEdit = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLineEdit *m_fullNameEdit = nullptr;
    QLabel *m_newPasswordLabel = nullptr;
    QLineEdit *m_newPasswordEdit = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_standaloneBack = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    std::optional<Error> m_lastError;   // kept to re-translate on a language switch
    QString m_pendingLogin;
};

} // namespace motcua

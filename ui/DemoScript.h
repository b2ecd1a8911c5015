#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

class QWidget;

namespace motcua {

class AppController;
class AuthService;
class Language;

// `motcua --demo-script OUTDIR`: a non-interactive run for tools/demo (no display needed). Signs
// in as $MOTCUA_DEMO_LOGIN, visits every page in Vietnamese, locks, switches to English, signs
// in again, and saves a screenshot (QWidget::grab) at each step; prints each path on stdout.
// Each step waits (polling, with a timeout) for what it needs, never blocking the event loop.
class DemoScript : public QObject {
    Q_OBJECT
public:
    DemoScript(AppController *controller, AuthService *auth, Language *language, QString outDir,
               QObject *parent = nullptr);

    // false (and `error` set) when the environment lacks the login or password.
    bool prepare(QString *error);
    void start();

signals:
    void finished(int exitCode, const QString &error);

private:
    struct Step {
        QString what;
        std::function<bool()> ready;   // polled until true
        std::function<bool()> act;     // false: the demo fails
    };
    void addSteps();
    void runNext();
    void poll();
    void fail(const QString &why);
    bool save(QWidget *window, const QString &name);
    bool signIn();
    bool mainWindowReady() const;
    void addReceiptSteps();
    void addLookupSteps();

    AppController *m_controller;
    AuthService *m_auth;
    Language *m_language;
    QString m_outDir;
    QString m_login;
    QString m_password;
    QList<Step> m_steps;
    int m_next = 0;
    int m_settleMs = 300;
    QTimer m_poll;
    bool m_skipReceipt = false;   // the demo officer may not receive
    QTemporaryDir m_inputs;   // the demo receipt's "paper" (generated pages)
    QStringList m_files;      // those pages' files
    QElapsedTimer m_waiting;
    bool m_done = false;
};

} // namespace motcua

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

// Runs the built motcua-cli (MOTCUA_CLI_PATH) and captures what it printed.
struct CliRun {
    int exitCode = -1;
    QByteArray out;       // stdout: results only
    QByteArray err;       // stderr: diagnostics
    QByteArray log;       // what this run appended to <workspace>/logs/motcua.log (with --workspace)
    QStringList leaks;    // personal data found in err or log (the run has already failed the test)
    QString outText() const { return QString::fromUtf8(out); }
    QStringList outLines() const;
};

// Every run is checked for leaks of personal data: after the process ends, its stderr and what it
// appended to the workspace's log must not contain a 12-digit number (an ID number), a field of
// the --applicant-text (or --collector-text) card, a --phone or --email value, the name of an input file (an argument,
// or a file of --component N=FILE,FILE, that exists when the run starts; not for `catalog`, whose
// file is the procedure catalog), nor any secret the test
// registered with addSecret(). A leak fails the running test function (QTest::qFail) and is listed
// in CliRun::leaks.
class CliRunner {
public:
    CliRunner();
    // Cheap key slots for every workspace these runs create (MOTCUA_KDF=fast).
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    // Personal data this test hands the CLI some other way (a name inside an image, a file's
    // content): it must never appear in a log either.
    void addSecret(const QString &secret) { m_secrets << secret; }
    CliRun run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000) const;
    // --workspace DIR --officer LOGIN ARGS... with MOTCUA_PASSWORD=password
    CliRun as(const QString &workspace, const QString &login, const QString &password, const QStringList &args) const;

    // The personal data a run with `args` handles (see above), and where any of it (or a 12-digit
    // number) occurs in `text`: one entry per finding, empty when clean.
    QStringList secretsOf(const QStringList &args) const;
    static QStringList findLeaks(const QByteArray &text, const QStringList &secrets);

private:
    QProcessEnvironment m_env;
    QStringList m_secrets;
};

} // namespace motcua::test

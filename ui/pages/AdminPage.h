#pragma once

#include "app/auth/Session.h"
#include "domain/Result.h"
#include "domain/auth/Officer.h"
#include "ui/pages/Page.h"

#include <memory>
#include <optional>

namespace Ui {
class AdminPage;
}

namespace motcua {

class OfficerDirectory;
class OfficerTableModel;

// Quản trị: for now the read-only list of the workspace's officers (administrators only).
class AdminPage : public Page {
    Q_OBJECT
public:
    explicit AdminPage(const Session &session, QWidget *parent = nullptr);
    ~AdminPage() override;

    QString title() const override;
    void setSession(const Session &session);   // a new unlock of the same officer: reload
    void refresh();

    OfficerTableModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

signals:
    void officersLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(const QList<motcua::Officer> &officers);
    void onFailed(const motcua::Error &error);
    void refreshTexts();
    bool canSeeOfficers() const;

    std::unique_ptr<Ui::AdminPage> m_ui;
    Session m_session;
    OfficerDirectory *m_directory;
    OfficerTableModel *m_model;
    std::optional<Error> m_error;
    bool m_loaded = false;
};

} // namespace motcua

#include "ui/pages/AdminPage.h"

#include "ui_AdminPage.h"

#include "app/auth/OfficerDirectory.h"
#include "app/common/ErrorText.h"
#include "ui/pages/OfficerTableModel.h"

#include <QEvent>
#include <QHeaderView>

namespace motcua {

AdminPage::AdminPage(const Session &session, QWidget *parent)
    : Page(parent),
      m_ui(std::make_unique<Ui::AdminPage>()),
      m_session(session),
      m_directory(new OfficerDirectory(session, this)),
      m_model(new OfficerTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->officerTable->setModel(m_model);
    m_ui->officerTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->officerTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->officerTable->verticalHeader()->setDefaultSectionSize(m_ui->officerTable->fontMetrics().height() + 12);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AdminPage::refresh);
    connect(m_directory, &OfficerDirectory::loaded, this, &AdminPage::onLoaded);
    connect(m_directory, &OfficerDirectory::failed, this, &AdminPage::onFailed);
    refreshTexts();
    refresh();
}

AdminPage::~AdminPage() = default;

QString AdminPage::title() const
{
    return tr("Administration");
}

bool AdminPage::canSeeOfficers() const
{
    return m_session.roles.testFlag(Role::Admin);
}

void AdminPage::setSession(const Session &session)
{
    m_session = session;
    m_directory->setSession(session);
    refresh();
}

void AdminPage::refresh()
{
    m_error.reset();
    if (canSeeOfficers()) {
        m_directory->refresh();
    }
    refreshTexts();
}

void AdminPage::onLoaded(const QList<Officer> &officers)
{
    m_model->setOfficers(officers);
    m_loaded = true;
    // Fit the columns to their contents, with air between them (contents-only widths touch).
    m_ui->officerTable->resizeColumnsToContents();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column)
        m_ui->officerTable->setColumnWidth(column, m_ui->officerTable->columnWidth(column) + 24);
    refreshTexts();
    emit officersLoaded();
}

void AdminPage::onFailed(const Error &error)
{
    m_error = error;
    refreshTexts();
}

void AdminPage::refreshTexts()
{
    m_ui->titleLabel->setText(title());
    const bool allowed = canSeeOfficers();
    m_ui->officerTable->setVisible(allowed);
    m_ui->refreshButton->setVisible(allowed);
    m_ui->officersLabel->setVisible(allowed);
    m_ui->descriptionLabel->setVisible(allowed);
    m_ui->noticeLabel->setVisible(!allowed);
    // Without the table the texts keep to the top; the room below stays empty.
    m_ui->layout->setStretchFactor(m_ui->officerTable, allowed ? 1 : 0);
    m_ui->layout->setStretch(m_ui->layout->indexOf(m_ui->bottomSpacer), allowed ? 0 : 1);
    if (!allowed)
        m_ui->noticeLabel->setText(tr("This page is for administrators: officers, roles and devices are managed "
                                      "here. Your login has no administrator role, so there is nothing to change "
                                      "here; ask an administrator of your office."));
    QString status;
    if (!allowed) {
        // the notice says it all
    } else if (m_error) {
        status = tr("The list of officers could not be read: %1").arg(errorText(*m_error));
    } else if (m_directory->isLoading()) {
        status = tr("Reading the list of officers…");
    } else if (m_loaded) {
        int active = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            active += m_model->officer(row).active ? 1 : 0;
        status = tr("%n officer(s), %1 active.", nullptr, m_model->rowCount()).arg(active);
    }
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
        m_model->retranslate();
    }
    Page::changeEvent(event);
}

} // namespace motcua

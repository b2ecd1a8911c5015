#include "ui/pages/PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include "app/auth/SyncStatusSource.h"

#include <QEvent>

namespace motcua {

PlaceholderPage::PlaceholderPage(QWidget *parent) : Page(parent), m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->statusLabel->hide();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::refreshTexts()
{
    m_ui->titleLabel->setText(title());
    m_ui->descriptionLabel->setText(description());
    m_ui->noteLabel->setText(tr("This page is being built and arrives with a coming version."));
}

void PlaceholderPage::setStatusText(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    Page::changeEvent(event);
}

SyncPage::SyncPage(SyncStatusSource *sync, QWidget *parent) : PlaceholderPage(parent), m_sync(sync)
{
    connect(m_sync, &SyncStatusSource::changed, this, &SyncPage::refreshTexts);
    refreshTexts();
}

QString SyncPage::title() const { return tr("Sync"); }
QString SyncPage::description() const
{
    return tr("Exchange with the provincial portal. Until the connection to the portal arrives, everything "
              "recorded at this counter is kept in the encrypted local store and waits in the outbox.");
}

void SyncPage::refreshTexts()
{
    PlaceholderPage::refreshTexts();
    const int pending = m_sync->pendingCount();
    const QString connection = m_sync->isOnline() ? tr("Online") : tr("Offline");
    const QString waiting = pending == 0 ? tr("Nothing is waiting to be sent.")
                                         : tr("%n event(s) waiting to be sent to the portal.", nullptr, pending);
    setStatusText(connection + QStringLiteral(" · ") + waiting);
}

} // namespace motcua

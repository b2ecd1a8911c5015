#include "ui/pages/PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include <QEvent>

namespace motcua {

PlaceholderPage::PlaceholderPage(QWidget *parent) : Page(parent), m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::refreshTexts()
{
    m_ui->titleLabel->setText(title());
    m_ui->descriptionLabel->setText(description());
    m_ui->noteLabel->setText(tr("This page is being built and arrives with a coming version."));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    Page::changeEvent(event);
}

QString DossiersPage::title() const { return tr("Dossiers"); }
QString DossiersPage::description() const
{
    return tr("The dossiers of this office, by status and due date: received, in processing, "
              "waiting for a supplement, ready to return.");
}

QString SyncPage::title() const { return tr("Sync"); }
QString SyncPage::description() const
{
    return tr("Exchange with the provincial portal. This counter works offline for now: "
              "everything is kept in the encrypted local store and nothing is waiting to be sent.");
}

} // namespace motcua

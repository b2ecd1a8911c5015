#include "ui/pages/PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

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

} // namespace motcua

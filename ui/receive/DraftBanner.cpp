#include "ui/receive/DraftBanner.h"

#include "domain/calendar/OfficeTime.h"
#include "domain/catalog/Catalog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace motcua {

DraftBanner::DraftBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_resume(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("resumeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#resumeBanner { background: #fff7e0; border: 1px solid #e0c070; border-radius: 4px; }"));
    m_text->setWordWrap(true);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_discard);
    connect(m_resume, &QPushButton::clicked, this, &DraftBanner::resumeRequested);
    connect(m_discard, &QPushButton::clicked, this, &DraftBanner::discardRequested);
    hide();
    refresh();
}

void DraftBanner::setOffered(const QList<intake::IntakeDraft> &drafts)
{
    m_offered = drafts;
    refresh();
}

void DraftBanner::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = std::move(catalog);
    refresh();
}

intake::IntakeDraft DraftBanner::takeFirst()
{
    const intake::IntakeDraft d = m_offered.isEmpty() ? intake::IntakeDraft() : m_offered.takeFirst();
    refresh();
    return d;
}

void DraftBanner::refresh()
{
    m_resume->setText(tr("&Resume"));
    m_discard->setText(tr("Discard"));
    setVisible(!m_offered.isEmpty());
    if (m_offered.isEmpty())
        return;
    const intake::IntakeDraft &d = m_offered.constFirst();
    const Procedure *p = m_catalog ? m_catalog->find(d.procedureCode) : nullptr;
    const QString when = OfficeTime::text(d.updatedAt.isValid() ? d.updatedAt : d.startedAt);
    QString text = tr("An unfinished receipt was kept (%1): %2, %3, %n page(s).", nullptr, int(d.allPages().size()))
                       .arg(when, p ? p->name : tr("no procedure"), d.applicant.isEmpty() ? tr("no applicant") : d.applicant.displayName());
    if (m_offered.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more after this one)", nullptr, int(m_offered.size() - 1));
    m_text->setText(text);
}

void DraftBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace motcua

#include "ui/receive/ComponentsStep.h"

#include "ui/receive/ComponentRow.h"

#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QScrollArea>
#include <QVBoxLayout>

namespace motcua {

ComponentsStep::ComponentsStep(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_missing(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_rowsHolder(new QWidget),
      m_rows(new QVBoxLayout(m_rowsHolder))
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_missing->setObjectName(QStringLiteral("missingSummary"));
    m_missing->setWordWrap(true);
    m_rows->addStretch(1);
    m_scroll->setWidget(m_rowsHolder);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_missing);
    layout->addWidget(m_scroll, 1);
    auto *declare = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    declare->setContext(Qt::WidgetWithChildrenShortcut);
    connect(declare, &QShortcut::activated, this, [this] {
        if (offersDeclaration())
            emit declarationRequested(m_rowList.constFirst()->number());
    });
    retranslate();
}

void ComponentsStep::setProcedure(const Procedure *procedure, bool declarationForm)
{
    m_procedure = procedure;
    qDeleteAll(m_rowList);
    m_rowList.clear();
    if (!procedure)
        return;
    for (const Component &c : procedure->components) {
        auto *row = new ComponentRow(c, m_rowsHolder);
        const int n = c.number;
        connect(row, &ComponentRow::scanRequested, this, [this, n] { emit scanRequested(n); });
        connect(row, &ComponentRow::importRequested, this, [this, n] { emit importRequested(n); });
        connect(row, &ComponentRow::reuseRequested, this,
                [this, n](const intake::ReusableDocument &d) { emit reuseRequested(n, d); });
        connect(row, &ComponentRow::pageAction, this,
                [this, n](PageStrip::Action a, int index) { emit pageAction(n, a, index); });
        connect(row, &ComponentRow::declarationRequested, this, [this, n] { emit declarationRequested(n); });
        m_rows->insertWidget(m_rows->count() - 1, row);
        m_rowList << row;
    }
    // A procedure with a declaration form: its first component offers to fill it (issue 13).
    if (!m_rowList.isEmpty() && declarationForm)
        m_rowList.constFirst()->setDeclarationForm(true);
}

bool ComponentsStep::offersDeclaration() const
{
    return !m_rowList.isEmpty() && !m_rowList.constFirst()->declarationButton()->isHidden();
}

void ComponentsStep::update(const intake::IntakeDraft &draft, const QList<int> &missing,
                            const QHash<QString, QImage> &thumbnails, const QList<intake::ReusableDocument> &reusable,
                            int scanningNumber)
{
    m_lastMissing = missing;
    for (ComponentRow *row : std::as_const(m_rowList))
        row->update(draft.component(row->number()), thumbnails, reusable, scanningNumber == row->number());
    retranslate();
}

ComponentRow *ComponentsStep::row(int number) const
{
    for (ComponentRow *r : m_rowList) {
        if (r->number() == number)
            return r;
    }
    return nullptr;
}

void ComponentsStep::focusComponent(int number)
{
    ComponentRow *r = row(number);
    if (!r && !m_rowList.isEmpty())
        r = m_rowList.constFirst();
    if (r) {
        r->focusScan();
        m_scroll->ensureWidgetVisible(r);
    }
}

void ComponentsStep::retranslate()
{
    m_heading->setText(tr("3. Components"));
    if (!m_procedure) {
        m_missing->setText(tr("Choose the procedure first."));
        m_missing->setStyleSheet(QString());
        return;
    }
    if (m_lastMissing.isEmpty()) {
        m_missing->setText(tr("✔ Every required component is provided."));
        m_missing->setStyleSheet(QStringLiteral("color: #2d6a2d; font-weight: 600;"));
    } else {
        QStringList numbers;
        for (int n : std::as_const(m_lastMissing))
            numbers << QString::number(n);
        m_missing->setText(tr("Still missing (required): %1").arg(numbers.join(QStringLiteral(", "))));
        m_missing->setStyleSheet(QStringLiteral("color: #a33; font-weight: 600;"));
    }
}

void ComponentsStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua

#include "ui/receive/ProcedureStep.h"

#include "ui/receive/ReceiveText.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {

constexpr int kMaxResults = 50;
constexpr int kFactsRole = Qt::UserRole + 1;

// A result: "code · name" on the first line, the sector and the limit in grey below it.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString facts = index.data(kFactsRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = opt.rect.adjusted(8, 4, -8, -4);
        const bool selected = opt.state & QStyle::State_Selected;
        const QFontMetrics fm(opt.font);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : QColor(0x66, 0x6b, 0x73));
        painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(facts, Qt::ElideRight, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(option.rect.width(), 2 * option.fontMetrics.height() + 12);
    }
};

} // namespace

ProcedureStep::ProcedureStep(std::shared_ptr<const CatalogSearch> search, QWidget *parent)
    : QWidget(parent),
      m_search(std::move(search)),
      m_heading(new QLabel(this)),
      m_query(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_hint(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_query->setObjectName(QStringLiteral("procedureQuery"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("procedureResults"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_hint);
    m_query->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &ProcedureStep::refresh);
    connect(m_results, &QListWidget::itemActivated, this, &ProcedureStep::chooseCurrent);
    retranslate();
    refresh();
}

void ProcedureStep::setUsage(const QHash<QString, ProcedureUsage> &usage)
{
    m_usage = usage;
    refresh();
}

void ProcedureStep::setSearch(std::shared_ptr<const CatalogSearch> search)
{
    m_search = std::move(search);
    refresh();
}

void ProcedureStep::clear()
{
    m_query->clear();
    refresh();
}

void ProcedureStep::focusSearch()
{
    m_query->setFocus(Qt::OtherFocusReason);
    m_query->selectAll();
}

QString ProcedureStep::query() const
{
    return m_query->text();
}

QStringList ProcedureStep::resultCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_results->count(); ++i)
        codes << m_results->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void ProcedureStep::refresh()
{
    m_results->clear();
    const QList<const Procedure *> found = m_search->search(m_query->text(), m_usage, kMaxResults);
    for (const Procedure *p : found) {
        QString line = p->code + QStringLiteral("  ·  ") + p->name;
        QStringList facts;
        if (!p->sector.isEmpty())
            facts << p->sector;
        facts << ReceiveText::limitText(*p);
        const auto use = m_usage.constFind(p->code);
        if (use != m_usage.constEnd() && use->favourite)
            facts << tr("favourite");
        else if (use != m_usage.constEnd() && use->lastUsedAt.isValid())
            facts << tr("used recently");
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::UserRole, p->code);
        item->setData(kFactsRole, facts.join(QStringLiteral("  ·  ")));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_hint->setText(found.isEmpty() ? tr("No procedure matches. Try fewer letters, or the code.")
                                    : tr("Enter: choose  ·  ↓: move through the list  ·  Ctrl+D: favourite"));
}

void ProcedureStep::chooseCurrent()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item && m_results->count() > 0)
        item = m_results->item(0);
    if (item)
        emit chosen(item->data(Qt::UserRole).toString());
}

bool ProcedureStep::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (key->key() == Qt::Key_D && key->modifiers() == Qt::ControlModifier && m_results->currentItem()) {
        const QString code = m_results->currentItem()->data(Qt::UserRole).toString();
        emit favouriteToggled(code, !m_usage.value(code).favourite);
        return true;
    }
    if (watched == m_query) {
        if (enter) {
            chooseCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            m_results->setCurrentRow(std::min(1, m_results->count() - 1));
            return true;
        }
    } else if (watched == m_results) {
        if (enter) {
            chooseCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Up && m_results->currentRow() == 0) {
            m_query->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProcedureStep::retranslate()
{
    m_heading->setText(tr("1. Procedure"));
    m_query->setPlaceholderText(tr("Type a few letters of the name (diacritics optional) or the code"));
    refresh();
}

void ProcedureStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua

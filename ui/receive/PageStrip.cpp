#include "ui/receive/PageStrip.h"

#include "ui/receive/ReceiveText.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace motcua {

namespace {

QIcon iconFor(const QImage &thumb, bool aside)
{
    QImage canvas(PageStrip::kThumbSide, PageStrip::kThumbSide, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter p(&canvas);
    if (!thumb.isNull()) {
        const QImage scaled = thumb.scaled(canvas.size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const QPoint at((canvas.width() - scaled.width()) / 2, (canvas.height() - scaled.height()) / 2);
        p.setOpacity(aside ? 0.35 : 1.0);
        p.drawImage(at, scaled);
        p.setOpacity(1.0);
        p.setPen(QColor(0x88, 0x88, 0x88));
        p.drawRect(QRect(at, scaled.size()).adjusted(0, 0, -1, -1));
    } else {
        p.fillRect(canvas.rect().adjusted(16, 4, -16, -4), QColor(0xee, 0xee, 0xee));
    }
    return QIcon(QPixmap::fromImage(canvas));
}

} // namespace

PageStrip::PageStrip(QWidget *parent) : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setIconSize(QSize(kThumbSide, kThumbSide));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(kThumbSide + 40);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
    setSpacing(4);
}

void PageStrip::setPages(const QList<intake::DraftPage> &pages, const QHash<QString, QImage> &thumbnails)
{
    const int keep = currentRow();
    clear();
    int filed = 0;
    for (const intake::DraftPage &page : pages) {
        QString label = page.setAside ? tr("set aside") : tr("p. %1").arg(++filed);
        const QStringList shown = page.setAside ? QStringList() : page.warnings;
        auto *item = new QListWidgetItem(iconOf(page.sha256, thumbnails.value(page.sha256), page.setAside), label, this);
        QStringList tip;
        if (!page.warnings.isEmpty())
            tip << ReceiveText::qualityList(page.warnings);
        if (!shown.isEmpty()) {
            item->setText(label + QStringLiteral(" ⚠"));
            item->setForeground(QColor(0x8a, 0x5a, 0x00));
        }
        tip << tr("Ctrl+←/→ move · R rotate · Space set aside/restore · Delete remove");
        item->setToolTip(tip.join(QLatin1Char('\n')));
        item->setData(Qt::UserRole, page.sha256);
    }
    if (count() > 0 && hasFocus())
        setCurrentRow(std::clamp(keep, 0, count() - 1));
}

QIcon PageStrip::iconOf(const QString &sha256, const QImage &thumbnail, bool aside)
{
    if (thumbnail.isNull())
        return iconFor(thumbnail, aside);   // not loaded yet: not cached
    const QString key = sha256 + (aside ? QStringLiteral("/aside") : QString());
    auto it = m_icons.constFind(key);
    if (it == m_icons.constEnd())
        it = m_icons.insert(key, iconFor(thumbnail, aside));
    return *it;
}

void PageStrip::keyPressEvent(QKeyEvent *event)
{
    const int row = currentRow();
    if (row >= 0) {
        const bool ctrl = event->modifiers() & Qt::ControlModifier;
        std::optional<Action> action;
        if (ctrl && event->key() == Qt::Key_Left)
            action = Action::MoveLeft;
        else if (ctrl && event->key() == Qt::Key_Right)
            action = Action::MoveRight;
        else if (event->key() == Qt::Key_R)
            action = Action::Rotate;
        else if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
            action = Action::Remove;
        else if (event->key() == Qt::Key_Space)
            action = Action::ToggleAside;
        if (action) {
            emit pageAction(*action, row);
            return;
        }
    }
    QListWidget::keyPressEvent(event);
}

void PageStrip::contextMenuEvent(QContextMenuEvent *event)
{
    QListWidgetItem *item = itemAt(event->pos());
    if (!item)
        return;
    const int row = this->row(item);
    QMenu menu(this);
    auto add = [&](const QString &text, Action action) {
        connect(menu.addAction(text), &QAction::triggered, this, [this, action, row] { emit pageAction(action, row); });
    };
    add(tr("Move left"), Action::MoveLeft);
    add(tr("Move right"), Action::MoveRight);
    add(tr("Rotate"), Action::Rotate);
    add(tr("Set aside / restore"), Action::ToggleAside);
    add(tr("Remove"), Action::Remove);
    menu.exec(event->globalPos());
}

} // namespace motcua

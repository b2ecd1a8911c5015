#pragma once

#include "app/intake/IntakeDraft.h"

#include <QHash>
#include <QIcon>
#include <QImage>
#include <QListWidget>

namespace motcua {

// The pages of one component as a row of thumbnails, in filing order. Pages set aside (blank, or
// put aside by the officer) stay visible, dimmed and marked, and can be restored. Keyboard:
// Ctrl+←/→ move the selected page, R rotates it, Delete removes it, Space sets it aside or
// restores it. The strip only asks; the page owns the draft and answers with setPages().
class PageStrip : public QListWidget {
    Q_OBJECT
public:
    enum class Action { MoveLeft, MoveRight, Rotate, Remove, ToggleAside };
    Q_ENUM(Action)

    explicit PageStrip(QWidget *parent = nullptr);

    void setPages(const QList<intake::DraftPage> &pages, const QHash<QString, QImage> &thumbnails);
    static constexpr int kThumbSide = 96;

signals:
    void pageAction(motcua::PageStrip::Action action, int index);

private:
    QIcon iconOf(const QString &sha256, const QImage &thumbnail, bool aside);
    QHash<QString, QIcon> m_icons;   // by hash and state: rebuilding the strip costs no scaling

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace motcua

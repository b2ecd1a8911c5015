#pragma once

#include <QWidget>

namespace motcua {

// One page of the main window's navigation. title() is translated on each call, so the
// navigation can re-read it after a language switch.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
};

} // namespace motcua

#pragma once

#include "ui/pages/Page.h"

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace motcua {

// A page whose content comes with a later issue: its title, what will be here, and a note that
// it is not there yet — so it reads as "coming", not as broken.
class PlaceholderPage : public Page {
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    virtual QString description() const = 0;

protected:
    // Subclasses call it at the end of their constructor (virtuals are not theirs before).
    virtual void refreshTexts();
    // A line of live figures under the description (hidden while empty).
    void setStatusText(const QString &text);
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace motcua

#pragma once

#include "app/intake/IntakeWorker.h"
#include "ui/receive/PageStrip.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace motcua {

class ComponentRow;

// Step 3: the procedure's checklist, one ComponentRow per component, and above it, always in
// view, what required components are still missing.
class ComponentsStep : public QWidget {
    Q_OBJECT
public:
    explicit ComponentsStep(QWidget *parent = nullptr);

    // `declarationForm`: the procedure has a declaration form (ReceiptEditor::hasDeclarationForm),
    // its first component offers to fill it.
    void setProcedure(const Procedure *procedure, bool declarationForm);
    void update(const intake::IntakeDraft &draft, const QList<int> &missing, const QHash<QString, QImage> &thumbnails,
                const QList<intake::ReusableDocument> &reusable, int scanningNumber);
    // Focus the Scan button of the first component in `numbers` (or of the first row).
    void focusComponent(int number);
    ComponentRow *row(int number) const;
    bool offersDeclaration() const;   // the procedure has a declaration form (its first row offers it)

signals:
    void scanRequested(int number);
    void importRequested(int number);
    void declarationRequested(int number);   // "Fill the declaration" (Ctrl+T)
    void reuseRequested(int number, const motcua::intake::ReusableDocument &document);
    void pageAction(int number, motcua::PageStrip::Action action, int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_missing;
    QScrollArea *m_scroll;
    QWidget *m_rowsHolder;
    QVBoxLayout *m_rows;
    QList<ComponentRow *> m_rowList;
    const Procedure *m_procedure = nullptr;
    QList<int> m_lastMissing;
};

} // namespace motcua

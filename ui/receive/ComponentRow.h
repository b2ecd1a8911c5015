#pragma once

#include "app/intake/IntakeWorker.h"
#include "domain/catalog/Procedure.h"
#include "ui/receive/PageStrip.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace motcua {

// One line of the checklist: the component (number, name, required or not, accepted forms), how
// it is provided so far, its pages, and the three ways to provide it: scan, import files, reuse an
// electronic document from an earlier dossier (offered only when one of the same type exists).
class ComponentRow : public QFrame {
    Q_OBJECT
public:
    ComponentRow(const Component &component, QWidget *parent = nullptr);

    int number() const { return m_component.number; }
    bool isRequired() const { return m_component.required; }
    void update(const intake::DraftComponent *given, const QHash<QString, QImage> &thumbnails,
                const QList<intake::ReusableDocument> &reusable, bool scanning);
    void focusScan();
    // An import into this component was refused: said on the row (red) until Scan or Import is pressed again.
    void showError(const QString &text);
    // The procedure has a declaration form and this row is its component: "Fill the declaration" shown.
    void setDeclarationForm(bool offered);
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *declarationButton() const { return m_declare; }
    PageStrip *strip() const { return m_strip; }

signals:
    void scanRequested();
    void importRequested();
    void declarationRequested();
    void reuseRequested(const motcua::intake::ReusableDocument &document);
    void pageAction(motcua::PageStrip::Action action, int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReuseMenu();

    Component m_component;
    QList<intake::ReusableDocument> m_reusable;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_status;
    QLabel *m_warning;
    QLabel *m_error;
    QLabel *m_declaration;
    QPushButton *m_scan;
    QPushButton *m_import;
    QPushButton *m_reuse;
    QPushButton *m_declare;
    PageStrip *m_strip;
};

} // namespace motcua

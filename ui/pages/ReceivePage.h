#pragma once

#include "app/auth/Session.h"
#include "app/catalog/CatalogSearch.h"
#include "app/intake/ApplicantReader.h"
#include "app/workspace/ServiceFactories.h"
#include "domain/forms/FormFill.h"
#include "ui/pages/Page.h"

#include <QList>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace motcua {

class ActionCounter;
class ApplicantStep;
class CardBurstFilter;
class CardImageReader;
class CatalogSearch;
class ComponentsStep;
class DecisionStep;
class DraftBanner;
class FormOutput;
class FormView;
class LastFolder;
class ProcedureStep;
class ReceiptEditor;

// Tiếp nhận: receiving a dossier at the counter, in four steps — procedure, applicant,
// components, decision — each reachable by keyboard (Alt+1…4; Enter moves forward, Esc asks
// before throwing the receipt away). An ID card's QR read by a keyboard-wedge scanner is taken
// anywhere in the window (CardBurstFilter). The receipt lives in a ReceiptEditor, saved as an
// encrypted draft after every change and offered again after a crash.
class ReceivePage : public Page {
    Q_OBJECT
public:
    enum Step { ProcedureStepIndex, ApplicantStepIndex, ComponentsStepIndex, DecisionStepIndex, StepCount };

    // factories: the application's; the editor makes its scanner with them.
    explicit ReceivePage(const Session &session, QWidget *parent = nullptr, const ServiceFactories &factories = {});
    ~ReceivePage() override;

    QString title() const override;
    void setSession(const Session &session);

    int step() const;
    void setStep(int step);
    ReceiptEditor *editor() const { return m_editor; }
    FormView *formView() const;   // the declaration being filled (issue 13), nullptr when none is open
    int actionCount() const;
    int offeredDrafts() const;
    void resumeOffered();    // the first offered draft
    void discardOffered();
    void saveSlipPdf(const QString &path);   // → slipSaved
    void readCardText(const QString &qrText);   // as if the handheld scanner had typed it
    void chooseProcedure(const QString &code);  // as if picked in the list
    void readCardFile(const QString &path);  // an image of the card (or of a page with it): → cardRead
    void newReceipt();

signals:
    void slipSaved(const QString &path, bool ok);
    void cardRead(bool ok);
    void draftsOffered(int count);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectSteps();
    void goNext();
    void goBack();
    void onCardText(const QString &text);
    void showCard(const Result<intake::CardReading> &reading);
    void readCardImage();
    void importInto(int number);
    void openFormView(const forms::FormDefinition &definition, const forms::FillInput &input, const QDateTime &issuedAt);
    LastFolder lastFolder() const;   // this officer's last folder in this workspace, for every file dialog
    void onEditorChanged();
    void onCommitted();
    void onFailed(int what, const Error &error);
    void onDraftsLoaded(const QList<intake::IntakeDraft> &drafts);
    void refreshStepBar();
    void refreshDecision();
    void printSlip();
    void askSavePdf();
    void askDiscard();
    void focusStep(int step);
    void retranslate();

    Session m_session;
    std::shared_ptr<const CatalogSearch> m_search;
    ReceiptEditor *m_editor;
    ActionCounter *m_counter;
    CardBurstFilter *m_burst;
    FormOutput *m_output;
    CardImageReader *m_cardReader;
    QPointer<FormView> m_formView;
    DraftBanner *m_banner;
    QList<QPushButton *> m_stepButtons;
    QStackedWidget *m_steps;
    ProcedureStep *m_procedureStep;
    ApplicantStep *m_applicantStep;
    ComponentsStep *m_componentsStep;
    DecisionStep *m_decisionStep;
    QLabel *m_status;
    QPushButton *m_back;
    QPushButton *m_next;
    QHash<QString, ProcedureUsage> m_usage;
    const Procedure *m_shownProcedure = nullptr;
    bool m_filling = false;
    bool m_focusAfterPages = false;
};

} // namespace motcua

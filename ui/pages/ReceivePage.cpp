#include "ui/pages/ReceivePage.h"

#include "app/catalog/CatalogService.h"
#include "app/common/ErrorText.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/receive/ActionCounter.h"
#include "ui/receive/ApplicantStep.h"
#include "ui/receive/CardBurstFilter.h"
#include "ui/receive/CardImageReader.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ComponentsStep.h"
#include "ui/receive/DecisionStep.h"
#include "ui/receive/DraftBanner.h"
#include "ui/forms/FormView.h"
#include "ui/receive/FormOutput.h"
#include "ui/receive/LastFolder.h"
#include "ui/receive/ProcedureStep.h"
#include "ui/receive/ReceiptEditor.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua {

using namespace intake;

namespace {

std::shared_ptr<const Catalog> catalogOrEmpty()
{
    Result<std::shared_ptr<const Catalog>> c = CatalogService::bundledCatalog();
    return c ? *c : std::make_shared<const Catalog>();
}

bool isEnter(const QKeyEvent *e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

} // namespace

ReceivePage::ReceivePage(const Session &session, QWidget *parent, const ServiceFactories &factories)
    : Page(parent),
      m_session(session),
      m_search(std::make_shared<const CatalogSearch>(catalogOrEmpty())),
      m_editor(new ReceiptEditor(session, m_search->catalog(), this, factories)),
      m_counter(new ActionCounter(this, this)),
      m_burst(new CardBurstFilter(this, this)),
      m_output(new FormOutput(this)),
      m_cardReader(new CardImageReader(this))
{
    buildLayout();
    connectSteps();
    m_output->setLastFolder(lastFolder());
    m_burst->setAcceptor([](const QString &text) { return CccdParser::isCccdShaped(text); });
    connect(m_burst, &CardBurstFilter::cardText, this, &ReceivePage::onCardText);
    connect(m_cardReader, &CardImageReader::cardRead, this, [this](const Result<CardReading> &reading) {
        if (reading && m_editor->outcome())
            newReceipt();
        showCard(reading);
        emit cardRead(bool(reading));
    });
    connect(m_counter, &ActionCounter::counted, m_editor, &ReceiptEditor::setActions);
    connect(m_editor, &ReceiptEditor::changed, this, &ReceivePage::onEditorChanged);
    connect(m_editor, &ReceiptEditor::thumbnailsChanged, this, &ReceivePage::onEditorChanged);
    connect(m_editor, &ReceiptEditor::committed, this, &ReceivePage::onCommitted);
    connect(m_editor, &ReceiptEditor::failed, this,
            [this](ReceiptEditor::Failure what, const Error &e) { onFailed(int(what), e); });
    connect(m_editor, &ReceiptEditor::importRefused, this, [this](int number, const Error &e) {
        if (ComponentRow *row = m_componentsStep->row(number))
            row->showError(errorText(e));
    });
    connect(m_editor, &ReceiptEditor::pagesNotStored, this, [this](int number, const Error &e) {
        // Stays on the row until the officer scans or imports again (the status line moves on).
        if (ComponentRow *row = m_componentsStep->row(number)) {
            row->showError(e.code == QLatin1String("auth.locked")
                               ? tr("The session locked before these pages were stored: scan or import them again.")
                               : tr("These pages were not stored: %1 Scan or import them again.").arg(errorText(e)));
        }
    });
    connect(m_editor, &ReceiptEditor::importProgress, this, [this](int number, int stored) {
        m_status->setText(tr("Importing into component %1: %n page(s) stored…", nullptr, stored).arg(number));
    });
    connect(m_editor, &ReceiptEditor::draftsLoaded, this, &ReceivePage::onDraftsLoaded);
    connect(m_editor, &ReceiptEditor::catalogLoaded, this,
            [this](const std::shared_ptr<const Catalog> &catalog, const QHash<QString, ProcedureUsage> &usage) {
                if (catalog != m_search->catalog()) {
                    m_search = std::make_shared<const CatalogSearch>(catalog);
                    m_procedureStep->setSearch(m_search);
                }
                m_usage = usage;
                m_procedureStep->setUsage(m_usage);
                m_banner->setCatalog(catalog);
            });
    connect(m_editor, &ReceiptEditor::usageChanged, this, [this](const QHash<QString, ProcedureUsage> &usage) {
        m_usage = usage;
        if (step() != ProcedureStepIndex || m_procedureStep->query().isEmpty())
            m_procedureStep->setUsage(m_usage);
    });
    connect(m_editor, &ReceiptEditor::draftSaved, this, [this] {
        m_status->setText(tr("Draft saved at %1").arg(OfficeTime::text(OfficeTime::now(), QStringLiteral("HH:mm:ss"))));
    });
    connect(m_editor, &ReceiptEditor::knownCitizen, this, [this](const Applicant &cached) {
        if (m_editor->draft().applicant.source == QLatin1String("typed") && m_editor->draft().applicant.name.isEmpty()) {
            Applicant a = cached;
            m_applicantStep->setApplicant(a);
            m_editor->setApplicant(a);
        } else {
            m_applicantStep->showKnown(cached);
            m_editor->setApplicant(m_applicantStep->applicant());
        }
    });
    connect(m_editor, &ReceiptEditor::registryAnswered, this, [this](const lookup::RegistryAnswer &answer) {
        // The portal's registry (or the cache): source and age said, empty fields filled.
        if (m_applicantStep->showRegistry(answer, QDateTime::currentDateTimeUtc()))
            m_editor->setApplicant(m_applicantStep->applicant());
    });
    connect(m_editor, &ReceiptEditor::phoneNeeded, this, [this] {
        // A new citizen (or one without a phone on record): ask for the phone before going on.
        if (m_editor->outcome() || !m_editor->draft().applicant.phone.isEmpty()
            || m_editor->draft().applicant.kind != Applicant::Kind::Citizen)
            return;
        // Read from a card: the phone is the next thing to ask. Typed: the officer is in the form already.
        const bool fromCard = m_editor->draft().applicant.source == QLatin1String("card-qr");
        m_applicantStep->askPhone(fromCard);
        if (fromCard)
            setStep(ApplicantStepIndex);
    });
    connect(m_editor, &ReceiptEditor::scanFinished, this, [this] {
        m_focusAfterPages = true;
        onEditorChanged();
    });
    connect(m_output, &FormOutput::pdfSaved, this, [this](const QString &path, const Status &st) {
        if (st) {
            m_status->setText(tr("Saved: %1").arg(path));
            m_editor->markPrinted();
        } else {
            m_status->setText(errorText(st.error()));
        }
        emit slipSaved(path, bool(st));
    });
    retranslate();
    setStep(ProcedureStepIndex);
    onEditorChanged();
    m_editor->loadDrafts();
}

ReceivePage::~ReceivePage() = default;

QString ReceivePage::title() const
{
    return tr("Receive");
}

void ReceivePage::setSession(const Session &session)
{
    m_session = session;
    m_editor->setSession(session);
    m_output->setLastFolder(lastFolder());
}

LastFolder ReceivePage::lastFolder() const
{
    return LastFolder(m_session.workspaceDirectory, m_session.login);
}

void ReceivePage::buildLayout()
{
    m_banner = new DraftBanner(this);
    m_banner->setCatalog(m_search->catalog());

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    for (int i = 0; i < StepCount; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("stepButton%1").arg(i + 1));
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(48);
        b->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px 10px; border: 1px solid #c8ccd2; "
                                        "border-radius: 4px; background: #f6f7f9; }"
                                        "QPushButton:checked { background: #e3ecf7; border-color: #4a78b0; }"));
        connect(b, &QPushButton::clicked, this, [this, i] { setStep(i); });
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setStep(i); });
        bar->addWidget(b, 1);
        m_stepButtons << b;
    }

    m_steps = new QStackedWidget(this);
    m_procedureStep = new ProcedureStep(m_search, m_steps);
    m_applicantStep = new ApplicantStep(m_steps);
    m_componentsStep = new ComponentsStep(m_steps);
    m_decisionStep = new DecisionStep(m_steps);
    for (QWidget *w : {static_cast<QWidget *>(m_procedureStep), static_cast<QWidget *>(m_applicantStep),
                       static_cast<QWidget *>(m_componentsStep), static_cast<QWidget *>(m_decisionStep)})
        m_steps->addWidget(w);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("receiveStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    // A long message (an error with a file's path) wraps in the room the footer has instead of
    // widening the window.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setAutoDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_back);
    bottom->addWidget(m_next);

    setStyleSheet(QStringLiteral("QLabel#stepHeading { font-size: 13pt; font-weight: 600; color: #1f3b5c; padding: 2px 0 4px 0; }"
                                 "QLabel#outcomeText { font-size: 12pt; }"
                                 "QLabel#decisionSummary { background: #ffffff; border: 1px solid #d6dae0; border-radius: 4px; padding: 8px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_steps, 1);
    layout->addLayout(bottom);
}

void ReceivePage::connectSteps()
{
    connect(m_banner, &DraftBanner::resumeRequested, this, &ReceivePage::resumeOffered);
    connect(m_banner, &DraftBanner::discardRequested, this, &ReceivePage::discardOffered);
    connect(m_back, &QPushButton::clicked, this, &ReceivePage::goBack);
    connect(m_next, &QPushButton::clicked, this, &ReceivePage::goNext);
    connect(m_procedureStep, &ProcedureStep::chosen, this, &ReceivePage::chooseProcedure);
    connect(m_procedureStep, &ProcedureStep::favouriteToggled, m_editor, &ReceiptEditor::setFavourite);
    connect(m_applicantStep, &ApplicantStep::changed, this, [this] {
        if (!m_filling)
            m_editor->setApplicant(m_applicantStep->applicant());
    });
    connect(m_applicantStep, &ApplicantStep::idNumberEntered, m_editor, &ReceiptEditor::lookUpCitizen);
    connect(m_applicantStep, &ApplicantStep::readImageRequested, this, &ReceivePage::readCardImage);
    connect(m_applicantStep, &ApplicantStep::scanCardRequested, m_editor, &ReceiptEditor::scanCard);
    connect(m_editor, &ReceiptEditor::cardScanned, this, [this](const QImage &image) {
        m_cardReader->read([image] { return image; });
    });
    connect(m_componentsStep, &ComponentsStep::scanRequested, m_editor, &ReceiptEditor::scan);
    connect(m_componentsStep, &ComponentsStep::importRequested, this, &ReceivePage::importInto);
    connect(m_componentsStep, &ComponentsStep::declarationRequested, this, [this] {
        // The declaration being filled for this procedure is brought back, not started again.
        if (m_formView && m_formView->definition().procedures.contains(m_editor->draft().procedureCode)) {
            m_formView->raise();
            m_formView->activateWindow();
            return;
        }
        m_editor->prepareDeclaration();
    });
    connect(m_editor, &ReceiptEditor::declarationReady, this, &ReceivePage::openFormView);
    connect(m_componentsStep, &ComponentsStep::reuseRequested, m_editor, &ReceiptEditor::reuse);
    connect(m_componentsStep, &ComponentsStep::pageAction, m_editor, &ReceiptEditor::pageAction);
    connect(m_decisionStep, &DecisionStep::limitChosen, m_editor, &ReceiptEditor::setLimitDays);
    connect(m_decisionStep, &DecisionStep::receiveRequested, m_editor, &ReceiptEditor::receive);
    connect(m_decisionStep, &DecisionStep::supplementRequested, m_editor, &ReceiptEditor::requestSupplement);
    connect(m_decisionStep, &DecisionStep::refuseRequested, m_editor, &ReceiptEditor::refuse);
    connect(m_decisionStep, &DecisionStep::printRequested, this, &ReceivePage::printSlip);
    connect(m_decisionStep, &DecisionStep::previewRequested, this, [this] {
        if (m_editor->outcome())
            m_output->preview(m_editor->outcome()->form);
    });
    connect(m_decisionStep, &DecisionStep::savePdfRequested, this, &ReceivePage::askSavePdf);
    connect(m_decisionStep, &DecisionStep::newReceiptRequested, this, &ReceivePage::newReceipt);
}

int ReceivePage::step() const
{
    return m_steps->currentIndex();
}

void ReceivePage::setStep(int s)
{
    if (s < 0 || s >= StepCount)
        return;
    m_steps->setCurrentIndex(s);
    m_stepButtons.at(s)->setChecked(true);
    m_back->setEnabled(s > 0 && !m_editor->outcome());
    m_next->setVisible(s < DecisionStepIndex);
    focusStep(s);
}

void ReceivePage::focusStep(int s)
{
    switch (s) {
    case ProcedureStepIndex: m_procedureStep->focusSearch(); break;
    case ApplicantStepIndex: m_applicantStep->focusFirst(); break;
    case ComponentsStepIndex: {
        const QList<int> missing = m_editor->missing();
        if (missing.isEmpty() && m_editor->procedure())
            m_next->setFocus(Qt::OtherFocusReason);
        else
            m_componentsStep->focusComponent(missing.value(0));
        break;
    }
    case DecisionStepIndex: m_decisionStep->focusDecision(); break;
    default: break;
    }
}

int ReceivePage::offeredDrafts() const
{
    return m_banner->count();
}

int ReceivePage::actionCount() const
{
    return m_counter->count();
}

void ReceivePage::goNext()
{
    switch (step()) {
    case ProcedureStepIndex:
        if (m_editor->procedure())
            setStep(ApplicantStepIndex);
        break;
    case ApplicantStepIndex:
        if (!m_applicantStep->problem().isEmpty()) {
            m_applicantStep->revealProblem();
            break;
        }
        setStep(m_editor->procedure() ? ComponentsStepIndex : ProcedureStepIndex);
        break;
    case ComponentsStepIndex: setStep(DecisionStepIndex); break;
    default: break;
    }
}

void ReceivePage::goBack()
{
    if (step() > 0 && !m_editor->outcome())
        setStep(step() - 1);
}

void ReceivePage::keyPressEvent(QKeyEvent *event)
{
    if (isEnter(event) && event->modifiers() == Qt::NoModifier) {
        goNext();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        askDiscard();
        return;
    }
    Page::keyPressEvent(event);
}

void ReceivePage::chooseProcedure(const QString &code)
{
    if (!m_search->catalog()->find(code))
        return;
    m_editor->setProcedure(code);
    m_editor->recordUse(code);   // recent first next time, in this workspace
    const bool applicantReady = m_applicantStep->problem().isEmpty();
    setStep(applicantReady ? ComponentsStepIndex : ApplicantStepIndex);
}

void ReceivePage::readCardText(const QString &qrText)
{
    if (m_editor->outcome())
        newReceipt();
    showCard(ApplicantReader::fromText(qrText));
}

void ReceivePage::onCardText(const QString &text)
{
    if (m_editor->outcome())
        newReceipt();   // the next citizen's card: the last receipt is written, start the next one
    m_counter->add(1);   // one scan of the card, however many characters it typed
    showCard(ApplicantReader::fromText(text));
}

void ReceivePage::showCard(const Result<CardReading> &reading)
{
    if (!reading) {
        m_applicantStep->showError(errorText(reading.error()));
        setStep(ApplicantStepIndex);
        return;
    }
    m_filling = true;
    m_editor->applyCard(*reading);
    m_applicantStep->setApplicant(m_editor->draft().applicant);
    m_applicantStep->showCard(reading->warnings);
    m_filling = false;
    // Next: the procedure if none yet, else the components (the applicant stays in view above).
    if (!m_editor->procedure())
        setStep(ProcedureStepIndex);
    else if (reading->warnings.isEmpty())
        setStep(ComponentsStepIndex);
    else
        setStep(ApplicantStepIndex);
}

void ReceivePage::readCardImage()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Read the ID card from an image"), lastFolder().folder(),
                                                      tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
    lastFolder().remember(path);
    if (!path.isEmpty())
        readCardFile(path);
}

void ReceivePage::readCardFile(const QString &path)
{
    m_cardReader->readFile(path);
}

FormView *ReceivePage::formView() const
{
    return m_formView.data();
}

void ReceivePage::openFormView(const forms::FormDefinition &definition, const forms::FillInput &input, const QDateTime &issuedAt)
{
    delete m_formView.data();
    m_formView = new FormView(definition, input, issuedAt, this);
    m_formView->setAttribute(Qt::WA_DeleteOnClose);
    // Person lookup (the citizen cache, the applicant's earlier declarations) on the intake worker.
    connect(m_formView, &FormView::peopleWanted, m_editor, &ReceiptEditor::findPeople);
    connect(m_editor, &ReceiptEditor::peopleFound, m_formView, &FormView::showPeople);
    // Back on the checklist: the signed page is scanned (or imported) into the first component.
    connect(m_formView, &QDialog::finished, this, [this] { m_componentsStep->focusComponent(1); });
    m_formView->show();
}

void ReceivePage::importInto(int number)
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import the component's files"), lastFolder().folder(),
                                                            tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    lastFolder().remember(files.value(0));
    m_editor->importFiles(number, files);
}

void ReceivePage::onEditorChanged()
{
    const Procedure *p = m_editor->procedure();
    if (p != m_shownProcedure) {
        m_shownProcedure = p;
        m_componentsStep->setProcedure(p, p && m_editor->hasDeclarationForm(p->code));
    }
    m_componentsStep->update(m_editor->draft(), m_editor->missing(), m_editor->thumbnails(), m_editor->reusable(),
                             m_editor->scanningNumber());
    refreshStepBar();
    refreshDecision();
    if (m_focusAfterPages && !m_editor->isStoringPages()) {
        // The scan is stored: on to the next missing component, or forward when none is.
        m_focusAfterPages = false;
        if (step() == ComponentsStepIndex)
            focusStep(ComponentsStepIndex);
    }
}

void ReceivePage::refreshStepBar()
{
    const IntakeDraft &d = m_editor->draft();
    const Procedure *p = m_editor->procedure();
    const QList<int> missing = m_editor->missing();
    auto elide = [this](const QString &s) { return fontMetrics().elidedText(s, Qt::ElideRight, 220); };
    const QStringList titles = {tr("1  Procedure"), tr("2  Applicant"), tr("3  Components"), tr("4  Decision")};
    QStringList details;
    details << (p ? elide(p->name) : tr("not chosen"));
    details << (d.applicant.isEmpty() ? tr("not given") : elide(d.applicant.displayName()));
    details << (!p ? QStringLiteral("—") : missing.isEmpty() ? tr("complete") : tr("%n missing", nullptr, int(missing.size())));
    details << (m_editor->outcome() ? tr("done") : m_editor->isBusy() ? tr("writing…") : QStringLiteral("—"));
    const bool done[] = {p != nullptr, !d.applicant.isEmpty() && m_applicantStep->problem().isEmpty(),
                         p && missing.isEmpty(), m_editor->outcome().has_value()};
    for (int i = 0; i < StepCount; ++i)
        m_stepButtons.at(i)->setText((done[i] ? QStringLiteral("✔ ") : QString()) + titles.at(i) + QLatin1Char('\n') + details.at(i));
}

void ReceivePage::refreshDecision()
{
    m_decisionStep->showDraft(m_editor->draft(), m_editor->procedure(), m_editor->isBusy());
}

void ReceivePage::onCommitted()
{
    m_status->setText(tr("Dossier %1 written.").arg(m_editor->outcome()->dossierCode));
    m_decisionStep->showOutcome(*m_editor->outcome());
    setStep(DecisionStepIndex);
    m_procedureStep->setUsage(m_usage);
}

void ReceivePage::onFailed(int what, const Error &error)
{
    QString text = errorText(error);
    if (error.code == QLatin1String("intake.incomplete"))
        text += QLatin1Char(' ') + tr("Missing: %1.").arg(error.detail);
    if (what == int(ReceiptEditor::Failure::Outcome))
        m_decisionStep->showError(text);
    m_status->setText(QStringLiteral("⚠ ") + text);
}

void ReceivePage::printSlip()
{
    if (m_editor->outcome() && m_output->print(m_editor->outcome()->form))
        m_editor->markPrinted();
}

void ReceivePage::askSavePdf()
{
    if (!m_editor->outcome())
        return;
    const QString path = m_output->askPdfPath(m_editor->outcome()->form);
    if (!path.isEmpty())
        saveSlipPdf(path);
}

void ReceivePage::saveSlipPdf(const QString &path)
{
    if (m_editor->outcome())
        m_output->savePdf(m_editor->outcome()->form, path);
}

void ReceivePage::newReceipt()
{
    m_editor->startNew();
    m_counter->reset();
    m_filling = true;
    m_applicantStep->clear();
    m_filling = false;
    m_decisionStep->reset();
    m_procedureStep->setUsage(m_usage);
    m_procedureStep->clear();
    onEditorChanged();
    setStep(ProcedureStepIndex);
}

void ReceivePage::askDiscard()
{
    if (m_editor->outcome() || !m_editor->draft().startedAt.isValid() || m_editor->draft().isEmpty()) {
        newReceipt();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Throw away this receipt?"),
                                tr("What was entered for this receipt (procedure, applicant, scanned pages) will be thrown away."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->result() == QMessageBox::Discard)
            newReceipt();
        else
            focusStep(step());
    });
    box->open();
}

void ReceivePage::onDraftsLoaded(const QList<IntakeDraft> &drafts)
{
    m_banner->setOffered(drafts);
    emit draftsOffered(m_banner->count());
}

void ReceivePage::resumeOffered()
{
    if (m_banner->count() == 0)
        return;
    const IntakeDraft d = m_banner->takeFirst();
    m_decisionStep->reset();
    m_editor->resume(d);
    m_counter->reset();
    m_counter->add(d.actions);
    m_filling = true;
    m_applicantStep->clear();
    m_applicantStep->setApplicant(d.applicant);
    m_filling = false;
    onEditorChanged();
    setStep(!m_editor->procedure() ? ProcedureStepIndex
            : d.applicant.isEmpty() ? ApplicantStepIndex
                                    : ComponentsStepIndex);
}

void ReceivePage::discardOffered()
{
    if (m_banner->count() > 0)
        m_editor->discard(m_banner->takeFirst().id);
}

void ReceivePage::retranslate()
{
    m_back->setText(tr("← Back"));
    m_next->setText(tr("Next →  (Enter)"));
    refreshStepBar();
    refreshDecision();
}

void ReceivePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_status->clear();   // a passing message, written in the language of its moment
        retranslate();
    }
    Page::changeEvent(event);
}

} // namespace motcua

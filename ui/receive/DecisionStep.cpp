#include "ui/receive/DecisionStep.h"

#include "app/intake/IntakeForms.h"
#include "app/printing/FormPainter.h"

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua {

DecisionStep::DecisionStep(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_summary(new QLabel),
      m_missing(new QLabel),
      m_whyBox(new QWidget),
      m_whyForm(new QFormLayout(m_whyBox)),
      m_reasonsLabel(new QLabel),
      m_limitRow(new QWidget),
      m_limitLabel(new QLabel),
      m_limitDays(new QSpinBox),
      m_reasons(new QPlainTextEdit),
      m_receive(new QPushButton),
      m_supplement(new QPushButton),
      m_refuse(new QPushButton),
      m_error(new QLabel),
      m_outcome(new QLabel),
      m_print(new QPushButton),
      m_preview(new QPushButton),
      m_savePdf(new QPushButton),
      m_new(new QPushButton)
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_missing->setObjectName(QStringLiteral("decisionMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #a33;"));
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setMaximumHeight(90);
    m_reasonsLabel->setBuddy(m_reasons);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_supplement->setObjectName(QStringLiteral("supplementButton"));
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a33;"));
    m_error->hide();
    m_outcome->setObjectName(QStringLiteral("outcomeText"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_new->setObjectName(QStringLiteral("newReceiptButton"));
    for (QPushButton *b : {m_receive, m_supplement, m_refuse, m_print, m_preview, m_savePdf, m_new})
        b->setAutoDefault(true);

    m_limitDays->setObjectName(QStringLiteral("limitDays"));
    m_limitDays->setRange(0, 365);
    m_limitLabel->setBuddy(m_limitDays);
    auto *limitLayout = new QHBoxLayout(m_limitRow);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    limitLayout->addWidget(m_limitLabel);
    limitLayout->addWidget(m_limitDays);
    limitLayout->addStretch(1);
    m_limitRow->hide();
    connect(m_limitDays, &QSpinBox::valueChanged, this, &DecisionStep::limitChosen);
    auto *decide = new QWidget;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_receive);
    buttons->addWidget(m_supplement);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    auto *dl = new QVBoxLayout(decide);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_summary);
    dl->addWidget(m_missing);
    dl->addWidget(m_whyBox);
    dl->addWidget(m_limitRow);
    dl->addWidget(m_reasonsLabel);
    dl->addWidget(m_reasons);
    dl->addLayout(buttons);
    dl->addWidget(m_error);
    dl->addStretch(1);

    auto *done = new QWidget;
    auto *outButtons = new QHBoxLayout;
    outButtons->addWidget(m_print);
    outButtons->addWidget(m_preview);
    outButtons->addWidget(m_savePdf);
    outButtons->addStretch(1);
    outButtons->addWidget(m_new);
    auto *ol = new QVBoxLayout(done);
    ol->setContentsMargins(0, 0, 0, 0);
    ol->addWidget(m_outcome);
    ol->addLayout(outButtons);
    ol->addStretch(1);

    m_stack->addWidget(decide);
    m_stack->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    connect(m_receive, &QPushButton::clicked, this, &DecisionStep::receiveRequested);
    m_whyForm->setContentsMargins(0, 0, 0, 0);
    m_whyBox->hide();
    connect(m_supplement, &QPushButton::clicked, this, [this] { emit supplementRequested(supplementItems(), reasons()); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { emit refuseRequested(reasons()); });
    connect(m_print, &QPushButton::clicked, this, &DecisionStep::printRequested);
    connect(m_preview, &QPushButton::clicked, this, &DecisionStep::previewRequested);
    connect(m_savePdf, &QPushButton::clicked, this, &DecisionStep::savePdfRequested);
    connect(m_new, &QPushButton::clicked, this, &DecisionStep::newReceiptRequested);
    retranslate();
}

void DecisionStep::setState(const QString &summary, const QStringList &missing, const QList<QPair<int, QString>> &components,
                            bool busy)
{
    m_summary->setText(summary);
    const bool blocked = !missing.isEmpty() || !components.isEmpty();
    QStringList lines;
    if (!components.isEmpty())
        lines << tr("Missing required components (say why for Form 02, or leave “not provided”):");
    lines << missing;
    m_missing->setText(lines.join(QLatin1Char('\n')));
    m_missing->setVisible(blocked);
    QList<int> numbers;
    for (const auto &c : components)
        numbers << c.first;
    if (numbers != m_whyNumbers) {
        // Rebuilt only when the list changes, so what is typed and the focus stay.
        QHash<int, QString> typed;
        for (int i = 0; i < m_whyNumbers.size(); ++i)
            typed.insert(m_whyNumbers.at(i), m_whyBox->findChild<QLineEdit *>(QStringLiteral("why%1").arg(m_whyNumbers.at(i)))->text());
        while (m_whyForm->rowCount() > 0)
            m_whyForm->removeRow(0);
        for (const auto &c : components) {
            auto *why = new QLineEdit(m_whyBox);
            why->setObjectName(QStringLiteral("why%1").arg(c.first));
            why->setPlaceholderText(tr("not provided"));
            why->setText(typed.value(c.first));
            m_whyForm->addRow(QStringLiteral("✘ ") + c.second, why);
        }
        m_whyNumbers = numbers;
    }
    m_whyBox->setVisible(!components.isEmpty());
    m_receive->setEnabled(!blocked && !busy);
    m_supplement->setEnabled(!busy);
    m_refuse->setEnabled(!busy);
}

void DecisionStep::setLimitNeeded(bool needed, int days)
{
    m_limitRow->setVisible(needed);
    if (m_limitDays->value() != days) {
        const QSignalBlocker block(m_limitDays);
        m_limitDays->setValue(days);
    }
}

void DecisionStep::showOutcome(const intake::IntakeOutcome &o)
{
    m_last = o;
    m_error->hide();
    QStringList lines;
    lines << printing::FormPainter::title(o.form.kind);
    if (!o.dossierCode.isEmpty())
        lines << tr("Dossier code: %1").arg(o.dossierCode);
    if (!o.lookupCode.isEmpty())
        lines << tr("Lookup code: %1").arg(o.lookupCode);
    if (o.dueAt.isValid())
        lines << tr("Result due: %1").arg(printing::FormPainter::moment(o.form.dueAt));
    lines << tr("Print the slip or save it as PDF for the applicant.");
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    m_stack->setCurrentIndex(1);
    m_print->setFocus(Qt::OtherFocusReason);
}

void DecisionStep::showError(const QString &message)
{
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
}

void DecisionStep::reset()
{
    m_last.reset();
    m_reasons->clear();
    m_error->hide();
    m_stack->setCurrentIndex(0);
}

bool DecisionStep::hasOutcome() const
{
    return m_last.has_value();
}

void DecisionStep::focusDecision()
{
    if (m_last)
        m_print->setFocus(Qt::OtherFocusReason);
    else if (m_receive->isEnabled())
        m_receive->setFocus(Qt::OtherFocusReason);
    else
        m_supplement->setFocus(Qt::OtherFocusReason);
}

QList<intake::SupplementItem> DecisionStep::supplementItems() const
{
    QList<intake::SupplementItem> items;
    for (int n : m_whyNumbers)
        items.append({n, m_whyBox->findChild<QLineEdit *>(QStringLiteral("why%1").arg(n))->text().trimmed()});
    return items;
}

QStringList DecisionStep::reasons() const
{
    QStringList out;
    for (const QString &line : m_reasons->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

void DecisionStep::retranslate()
{
    m_heading->setText(tr("4. Decision"));
    m_limitLabel->setText(tr("This procedure publishes no time limit. Appointment in (working days):"));
    m_limitDays->setSpecialValueText(tr("not set"));
    m_reasonsLabel->setText(tr("&Notes for Form 02 or reasons for Form 03 (one per line):"));
    m_receive->setText(tr("&Receive — Form 01"));
    m_supplement->setText(tr("Request &supplement — Form 02"));
    m_refuse->setText(tr("Re&fuse — Form 03"));
    m_print->setText(tr("&Print…"));
    m_preview->setText(tr("Pre&view…"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_new->setText(tr("&New receipt"));
    if (m_last)
        showOutcome(*m_last);
}

void DecisionStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DecisionStep::showDraft(const intake::IntakeDraft &d, const Procedure *p, bool busy)
{
    using namespace intake;
    QStringList summary;
    summary << tr("Procedure: %1").arg(p ? p->code + QStringLiteral(" — ") + p->name : tr("not chosen"));
    summary << tr("Applicant: %1").arg(d.applicant.isEmpty() ? tr("not given") : d.applicant.displayName());
    if (!d.applicant.isEmpty()) {
        const bool citizen = d.applicant.kind == Applicant::Kind::Citizen;
        const QString id = citizen ? d.applicant.idNumber : d.applicant.businessCode;
        summary << (citizen ? tr("ID number: %1") : tr("Business code: %1")).arg(id.isEmpty() ? tr("not given") : id);
        summary << tr("Phone: %1").arg(d.applicant.phone.isEmpty() ? tr("none (no notices by phone)") : d.applicant.phone);
    }
    QStringList missingLines;
    QList<QPair<int, QString>> missingComponents;
    if (p) {
        for (const Component &c : p->components) {
            const DraftComponent *given = d.component(c.number);
            if (given && given->isProvided())
                summary << QStringLiteral("✔ %1. %2 — %3").arg(c.number).arg(c.name, IntakeForms::providedText(*given));
            else if (c.required)
                missingComponents.append({c.number, QStringLiteral("%1. %2").arg(c.number).arg(c.name)});
        }
    }
    const bool limitNeeded = p && !p->limit;
    setLimitNeeded(limitNeeded, d.limitOverride ? d.limitOverride->amount : 0);
    if (limitNeeded && !d.limitOverride)
        missingLines << tr("✘ the time limit (this procedure publishes none)");
    setState(summary.join(QLatin1Char('\n')), missingLines, missingComponents, busy);
}

} // namespace motcua

#include "ui/receive/ApplicantStep.h"

#include "app/lookup/LookupService.h"
#include "app/lookup/RegistryText.h"
#include "ui/receive/ReceiveText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {

using intake::Applicant;

constexpr int kFormMaxWidth = 900;

// The card and the store keep ISO dates; the counter reads and types dd/MM/yyyy.
QString shownDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString isoDate(const QString &shown)
{
    const QDate d = QDate::fromString(shown.trimmed(), QStringLiteral("dd/MM/yyyy"));
    return d.isValid() ? d.toString(Qt::ISODate) : shown.trimmed();
}

bool isTwelveDigits(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    return re.match(s).hasMatch();
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

ApplicantStep::ApplicantStep(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_citizenMode(new QRadioButton(this)),
      m_organisationMode(new QRadioButton(this)),
      m_readImage(new QPushButton(this)),
      m_scanCard(new QPushButton(this)),
      m_modes(new QStackedWidget(this)),
      m_cardNote(new QLabel(this)),
      m_registryNote(new QLabel(this)),
      m_phoneHint(new QLabel(this)),
      m_problem(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("stepHeading"));
    m_citizenMode->setObjectName(QStringLiteral("citizenMode"));
    m_organisationMode->setObjectName(QStringLiteral("organisationMode"));
    m_readImage->setObjectName(QStringLiteral("readCardImage"));
    m_scanCard->setObjectName(QStringLiteral("scanCard"));
    m_cardNote->setObjectName(QStringLiteral("cardNote"));
    m_cardNote->setWordWrap(true);
    m_registryNote->setObjectName(QStringLiteral("registryNote"));
    m_registryNote->setWordWrap(true);
    m_registryNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phoneHint->setObjectName(QStringLiteral("phoneHint"));
    m_phoneHint->setWordWrap(true);
    m_phoneHint->setStyleSheet(QStringLiteral("color: #1565c0; font-weight: 600;"));
    m_phoneHint->hide();
    m_problem->setObjectName(QStringLiteral("applicantProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_citizenMode);
    group->addButton(m_organisationMode);
    m_citizenMode->setChecked(true);

    auto *citizen = new QWidget(m_modes);
    m_citizenForm = new QFormLayout(citizen);
    m_citizenForm->setContentsMargins(0, 0, 0, 0);
    m_idNumber = addField(m_citizenForm, "idNumber");
    m_idNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_idNumber));
    m_idNumber->setMaxLength(12);
    m_name = addField(m_citizenForm, "fullName");
    m_dob = addField(m_citizenForm, "dateOfBirth");
    m_dob->setPlaceholderText(QStringLiteral("dd/mm/yyyy"));
    m_gender = new QComboBox(citizen);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItems({QString(), QStringLiteral("Nam"), QStringLiteral("Nữ")});
    m_citizenForm->addRow(QStringLiteral("-"), m_gender);
    m_address = addField(m_citizenForm, "address");
    m_issued = addField(m_citizenForm, "issuedOn");
    m_issued->setPlaceholderText(QStringLiteral("dd/mm/yyyy"));
    m_oldId = addField(m_citizenForm, "oldIdNumber");
    connect(m_gender, &QComboBox::currentIndexChanged, this, &ApplicantStep::onEdited);

    auto *organisation = new QWidget(m_modes);
    m_organisationForm = new QFormLayout(organisation);
    m_organisationForm->setContentsMargins(0, 0, 0, 0);
    m_orgName = addField(m_organisationForm, "organisationName");
    m_businessCode = addField(m_organisationForm, "businessCode");
    m_representative = addField(m_organisationForm, "representative");
    m_modes->addWidget(citizen);
    m_modes->addWidget(organisation);

    auto *contact = new QWidget(this);
    m_contactForm = new QFormLayout(contact);
    m_contactForm->setContentsMargins(0, 0, 0, 0);
    m_phone = addField(m_contactForm, "phone");
    m_phone->setPlaceholderText(QStringLiteral("0912 345 678"));
    m_email = addField(m_contactForm, "email");
    for (QFormLayout *form : {m_citizenForm, m_organisationForm, m_contactForm}) {
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    }

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_citizenMode);
    modeRow->addWidget(m_organisationMode);
    modeRow->addStretch(1);
    modeRow->addWidget(m_scanCard);
    modeRow->addWidget(m_readImage);
    // The fields keep a readable width on a wide screen (an ID number needs no 1,200 pixels).
    m_modes->setMaximumWidth(kFormMaxWidth);
    contact->setMaximumWidth(kFormMaxWidth);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(modeRow);
    layout->addWidget(m_cardNote);
    layout->addWidget(m_registryNote);
    layout->addWidget(m_modes);
    layout->addWidget(contact);
    layout->addWidget(m_phoneHint);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_citizenMode, &QRadioButton::toggled, this, [this](bool on) {
        setMode(on ? Applicant::Kind::Citizen : Applicant::Kind::Organisation);
        if (!m_filling)
            focusFirst();   // the keyboard goes on in the fields of the chosen kind
        onEdited();
    });
    connect(m_readImage, &QPushButton::clicked, this, &ApplicantStep::readImageRequested);
    connect(m_scanCard, &QPushButton::clicked, this, &ApplicantStep::scanCardRequested);
    retranslate();
    m_cardNote->hide();
    m_registryNote->hide();
    m_problem->hide();
}

QLineEdit *ApplicantStep::addField(QFormLayout *form, const char *objectName)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QString::fromLatin1(objectName));
    form->addRow(QStringLiteral("-"), edit);
    // The contact is asked, not read from the card: typing it leaves the identity's source (the
    // declaration form says "Từ CCCD" for the card's fields).
    const bool contact = form == m_contactForm;
    connect(edit, &QLineEdit::textEdited, this, [this, contact] {
        if (!contact)
            m_source = QStringLiteral("typed");
        onEdited();
    });
    return edit;
}

void ApplicantStep::setMode(Applicant::Kind kind)
{
    const bool citizen = kind == Applicant::Kind::Citizen;
    m_modes->setCurrentIndex(citizen ? 0 : 1);
    (citizen ? m_citizenMode : m_organisationMode)->setChecked(true);
    setLabel(m_contactForm, m_phone, citizen ? tr("Phone") : tr("Representative's phone"));
    alignLabels();
}

void ApplicantStep::onEdited()
{
    if (m_filling)
        return;
    const QString id = m_idNumber->text();
    if (isTwelveDigits(id) && id != m_lastLookedUp) {
        m_lastLookedUp = id;
        emit idNumberEntered(id);
    }
    // The phone question is answered once a valid number is in.
    m_phoneHint->setVisible(m_askPhone && lookup::LookupService::normalizedPhone(m_phone->text()).isEmpty());
    const QString p = problem();
    m_problem->setText(p);
    if (p.isEmpty())
        m_problem->hide();
    emit changed();
}

void ApplicantStep::setApplicant(const Applicant &a)
{
    m_filling = true;
    setMode(a.kind);
    m_idNumber->setText(a.idNumber);
    m_oldId->setText(a.oldIdNumber);
    m_name->setText(a.name);
    m_dob->setText(shownDate(a.dateOfBirth));
    m_gender->setCurrentIndex(std::max(0, m_gender->findText(a.gender)));
    m_address->setText(a.address);
    m_issued->setText(shownDate(a.issuedOn));
    m_orgName->setText(a.organisationName);
    m_businessCode->setText(a.businessCode);
    m_representative->setText(a.representative);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_source = a.source;
    m_lastLookedUp = a.idNumber;
    m_filling = false;
    m_problem->hide();
}

Applicant ApplicantStep::applicant() const
{
    Applicant a;
    a.kind = m_citizenMode->isChecked() ? Applicant::Kind::Citizen : Applicant::Kind::Organisation;
    a.idNumber = m_idNumber->text().trimmed();
    a.oldIdNumber = m_oldId->text().trimmed();
    a.name = m_name->text().trimmed();
    a.dateOfBirth = isoDate(m_dob->text());
    a.gender = m_gender->currentText();
    a.address = m_address->text().trimmed();
    a.issuedOn = isoDate(m_issued->text());
    a.organisationName = m_orgName->text().trimmed();
    a.businessCode = m_businessCode->text().trimmed();
    a.representative = m_representative->text().trimmed();
    // A valid phone is kept as Lookup reads it (0xxxxxxxxx), so a search by phone finds the citizen.
    const QString phone = lookup::LookupService::normalizedPhone(m_phone->text());
    a.phone = phone.isEmpty() ? m_phone->text().trimmed() : phone;
    a.email = m_email->text().trimmed();
    a.source = m_source.isEmpty() ? QStringLiteral("typed") : m_source;
    return a;
}

void ApplicantStep::clear()
{
    setApplicant(Applicant());
    m_source.clear();
    m_lastLookedUp.clear();
    m_cardNote->hide();
    m_registryNote->hide();
    m_problem->hide();
    m_askPhone = false;
    m_phoneHint->hide();
}

void ApplicantStep::focusFirst()
{
    if (m_askPhone && m_phone->text().isEmpty()) {
        m_phone->setFocus(Qt::OtherFocusReason);
        return;
    }
    (m_citizenMode->isChecked() ? m_idNumber : m_orgName)->setFocus(Qt::OtherFocusReason);
}

void ApplicantStep::askPhone(bool focusNow)
{
    m_askPhone = true;
    m_phoneHint->setText(tr("No phone number on record for this citizen: ask for one for notices (0 and 9 digits, "
                            "or +84). Enter goes on without one."));
    m_phoneHint->setVisible(lookup::LookupService::normalizedPhone(m_phone->text()).isEmpty());
    if (focusNow && isVisible())
        m_phone->setFocus(Qt::OtherFocusReason);
}

void ApplicantStep::revealProblem()
{
    m_problem->setText(problem());
    m_problem->setVisible(!m_problem->text().isEmpty());
}

QString ApplicantStep::problem() const
{
    const Applicant a = applicant();
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (a.kind == Applicant::Kind::Citizen) {
        if (!isTwelveDigits(a.idNumber))
            return tr("The ID number has 12 digits.");
        if (a.name.isEmpty())
            return tr("The full name is missing.");
        if (!a.dateOfBirth.isEmpty() && !QDate::fromString(a.dateOfBirth, Qt::ISODate).isValid())
            return tr("The date of birth is written dd/mm/yyyy.");
    } else if (a.organisationName.isEmpty()) {
        return tr("The organisation's name is missing.");
    }
    if (!a.phone.isEmpty() && lookup::LookupService::normalizedPhone(a.phone).isEmpty())
        return tr("The phone number is not valid: 0 and 9 digits (0912 345 678), or +84 and 9 digits.");
    if (!a.email.isEmpty() && !email.match(a.email).hasMatch())
        return tr("The email address is not valid.");
    return {};
}

void ApplicantStep::showCard(const QList<CccdWarning> &warnings)
{
    QStringList lines{tr("Read from the ID card.")};
    for (const CccdWarning &w : warnings) {
        // Issue 10: what was cleaned from the card's text is said on screen.
        lines << QStringLiteral("⚠ ")
                + (w.code == QLatin1String("control-characters")
                       ? tr("Invisible control characters were removed from the text read from the card: check the name and address.")
                       : ReceiveText::cardWarningText(w));
    }
    m_cardNote->setText(lines.join(QLatin1Char('\n')));
    m_cardNote->setStyleSheet(warnings.isEmpty() ? QStringLiteral("color: #2d6a2d;") : QStringLiteral("color: #8a5a00;"));
    m_cardNote->show();
}

void ApplicantStep::showError(const QString &message)
{
    m_cardNote->setText(QStringLiteral("⚠ ") + message);
    m_cardNote->setStyleSheet(QStringLiteral("color: #a33;"));
    m_cardNote->show();
}

void ApplicantStep::showKnown(const Applicant &cached)
{
    m_filling = true;
    if (m_phone->text().isEmpty())
        m_phone->setText(cached.phone);
    if (m_email->text().isEmpty())
        m_email->setText(cached.email);
    m_filling = false;
    const Applicant now = applicant();
    QStringList differences;
    auto compare = [&](const QString &what, const QString &card, const QString &known) {
        if (!known.isEmpty() && !card.isEmpty() && card != known)
            differences << tr("%1: the card says “%2”, the records say “%3”").arg(what, card, known);
    };
    compare(tr("Full name"), now.name, cached.name);
    compare(tr("Date of birth"), shownDate(now.dateOfBirth), shownDate(cached.dateOfBirth));
    compare(tr("Gender"), now.gender, cached.gender);
    compare(tr("Permanent address"), now.address, cached.address);
    QString text = m_cardNote->isVisible() ? m_cardNote->text() + QLatin1Char('\n') : QString();
    text += tr("Known citizen: contact details filled from earlier dossiers.");
    if (!differences.isEmpty())
        text += QLatin1Char('\n') + tr("Differences from the records (the card's values are kept):") + QLatin1Char('\n')
                + differences.join(QLatin1Char('\n'));
    m_cardNote->setText(text);
    m_cardNote->show();
    emit changed();
}

bool ApplicantStep::showRegistry(const lookup::RegistryAnswer &answer, const QDateTime &now)
{
    using Source = lookup::RegistryAnswer::Source;
    if (answer.source == Source::NotEnrolled || answer.idNumber != m_idNumber->text().trimmed()) {
        m_registryNote->hide();
        return false;
    }
    QStringList lines{lookup::RegistryText::sourceText(answer, now)};
    bool changedFields = false;
    const bool fromCard = m_source == QLatin1String("card-qr");
    if (answer.hasRecord()) {
        const lookup::RegistryRecord &r = answer.record;
        if (fromCard)
            lines << tr("ID number, full name, date of birth, gender, address and date of issue: from the card's QR.");
        // The registry fills only what is still empty: the card's values are never replaced.
        QStringList filled;
        m_filling = true;
        auto fill = [&](QLineEdit *field, const QString &value, const QString &what) {
            if (field->text().trimmed().isEmpty() && !value.isEmpty()) {
                field->setText(value);
                filled << what;
            }
        };
        fill(m_oldId, r.oldIdNumber, tr("Old ID number"));
        fill(m_name, r.fullName, tr("Full name"));
        fill(m_dob, shownDate(r.dateOfBirth), tr("Date of birth"));
        fill(m_address, r.address, tr("Permanent address"));
        if (m_gender->currentText().isEmpty() && m_gender->findText(r.gender) >= 0) {
            m_gender->setCurrentIndex(m_gender->findText(r.gender));
            filled << tr("Gender");
        }
        m_filling = false;
        if (!filled.isEmpty())
            lines << tr("From the registry: %1.").arg(filled.join(QStringLiteral(", ")));
        if (!r.address.isEmpty() && !filled.contains(tr("Permanent address")) && r.address != m_address->text().trimmed())
            lines << tr("The registry's current address: “%1” (the card's is kept; correct it if the citizen confirms).").arg(r.address);
        if (!r.fullName.isEmpty() && !filled.contains(tr("Full name")) && r.fullName != m_name->text().trimmed())
            lines << tr("The registry's full name: “%1”.").arg(r.fullName);
        int copies = 0;
        for (const lookup::RegistryDocument &d : r.documents)
            copies += d.available ? 1 : 0;
        if (!r.documents.isEmpty())
            lines << tr("Data warehouse: %n document(s),", nullptr, int(r.documents.size())) + QLatin1Char(' ')
                    + tr("%n with an electronic copy to reuse at the components step.", nullptr, copies);
        changedFields = !filled.isEmpty();
        if (changedFields)
            emit changed();
    }
    const bool problem = answer.source == Source::Unreachable;
    m_registryNote->setStyleSheet(problem ? QStringLiteral("color: #8a5a00;")
                                          : answer.source == Source::Cache ? QStringLiteral("color: #555;")
                                                                           : QStringLiteral("color: #1565c0;"));
    m_registryNote->setText(lines.join(QLatin1Char('\n')));
    m_registryNote->show();
    return changedFields;
}

void ApplicantStep::retranslate()
{
    m_heading->setText(tr("2. Applicant"));
    m_citizenMode->setText(tr("&Citizen"));
    m_organisationMode->setText(tr("&Organisation"));
    m_readImage->setText(tr("Read the card from an &image file…"));
    m_scanCard->setText(tr("Sc&an the card"));
    m_idNumber->setPlaceholderText(tr("Scan the ID card's QR code, or type the 12 digits"));
    setLabel(m_citizenForm, m_idNumber, tr("ID number"));
    setLabel(m_citizenForm, m_name, tr("Full name"));
    setLabel(m_citizenForm, m_dob, tr("Date of birth"));
    setLabel(m_citizenForm, m_gender, tr("Gender"));
    setLabel(m_citizenForm, m_address, tr("Permanent address"));
    setLabel(m_citizenForm, m_issued, tr("Issued on"));
    setLabel(m_citizenForm, m_oldId, tr("Old ID number"));
    setLabel(m_organisationForm, m_orgName, tr("Organisation"));
    setLabel(m_organisationForm, m_businessCode, tr("Business code"));
    setLabel(m_organisationForm, m_representative, tr("Representative"));
    setLabel(m_contactForm, m_email, tr("Email"));
    setMode(m_citizenMode->isChecked() ? Applicant::Kind::Citizen : Applicant::Kind::Organisation);
    if (m_askPhone)
        askPhone(false);   // the hint in the new language
    alignLabels();
}

void ApplicantStep::alignLabels()
{
    // Three forms stacked: without a common label width their fields start at three different x.
    QList<QLabel *> labels;
    int width = 0;
    for (QFormLayout *form : {m_citizenForm, m_organisationForm, m_contactForm}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                         ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                         : nullptr)) {
                width = std::max(width, label->sizeHint().width());   // the text's width, whatever the minimum
                labels << label;
            }
        }
    }
    for (QLabel *label : std::as_const(labels))
        if (label->minimumWidth() != width)
            label->setMinimumWidth(width);
}

void ApplicantStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace motcua

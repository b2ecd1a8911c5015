#pragma once

#include "app/intake/IntakeDraft.h"
#include "app/lookup/LookupTypes.h"
#include "domain/cccd/CccdCard.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace motcua {

// Step 2: who files the dossier. A citizen (filled from the ID card's QR — read anywhere in the
// window, see CardBurstFilter —, from an image file, or typed and validated) or an organisation
// with its representative; phone and email for notices. Card warnings are shown, and where the
// local cache knows the citizen differently, the differences are listed (the card's values stay).
class ApplicantStep : public QWidget {
    Q_OBJECT
public:
    explicit ApplicantStep(QWidget *parent = nullptr);

    void setApplicant(const intake::Applicant &applicant);
    intake::Applicant applicant() const;
    void clear();
    void focusFirst();

    void showCard(const QList<CccdWarning> &warnings);   // read from a card just now
    void showError(const QString &message);
    // The cache knows this citizen: fill an empty phone/email, list what differs from the card.
    void showKnown(const intake::Applicant &cached);
    // The portal's population registry (or the cache) answered: its source and age are said; the
    // card's QR stays the source of the card's fields, the registry fills only fields still empty
    // (an old ID number the QR lacks, or a typed entry's name …) and each line says which field came
    // from where; a newer address in the registry is shown beside the card's. `now`: UTC.
    // Returns whether a field was filled (the caller then takes applicant() into the draft).
    bool showRegistry(const lookup::RegistryAnswer &answer, const QDateTime &now);
    // The citizen is new here (or left no phone): a hint to ask for it, and the phone field gets the
    // focus whenever the step is shown (now too when `focusNow`); Enter goes on without one.
    void askPhone(bool focusNow = true);
    bool isAskingPhone() const { return m_askPhone; }

    // "" when the entry can be used; else what is wrong (shown beside the fields as well).
    QString problem() const;
    void revealProblem();

signals:
    void changed();
    void idNumberEntered(const QString &idNumber);   // twelve digits typed: look the citizen up
    void readImageRequested();
    void scanCardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addField(QFormLayout *form, const char *objectName);
    void onEdited();
    void setMode(intake::Applicant::Kind kind);
    void retranslate();
    void alignLabels();   // one label column for the citizen, organisation and contact forms

    QLabel *m_heading;
    QRadioButton *m_citizenMode;
    QRadioButton *m_organisationMode;
    QPushButton *m_readImage;
    QPushButton *m_scanCard;
    QStackedWidget *m_modes;
    QFormLayout *m_citizenForm;
    QFormLayout *m_organisationForm;
    QFormLayout *m_contactForm;
    QLineEdit *m_idNumber, *m_name, *m_dob, *m_address, *m_issued, *m_oldId;
    QComboBox *m_gender;
    QLineEdit *m_orgName, *m_businessCode, *m_representative;
    QLineEdit *m_phone, *m_email;
    QLabel *m_cardNote;
    QLabel *m_registryNote;
    QLabel *m_phoneHint;
    QLabel *m_problem;
    QString m_source;
    QString m_lastLookedUp;
    bool m_filling = false;
    bool m_askPhone = false;
};

} // namespace motcua

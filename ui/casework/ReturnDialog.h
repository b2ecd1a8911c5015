#pragma once

#include "app/intake/ApplicantReader.h"
#include "ui/casework/CaseworkDialog.h"
#include "ui/casework/RatingWindow.h"

#include <QPointer>

class QLineEdit;

namespace motcua {



// Return the result: identify who collects it — the QR of their ID card read from an image (the
// camera's or the scanner's picture, decoded off the GUI thread by the same ApplicantReader as on
// the Receive page), or typed (the QR text, or the ID number and name) — then let the citizen rate
// the service on the RatingWindow (a second screen when there is one). Confirm opens the rating
// window and the dialog waits for it; "Return without rating" skips it. The rating goes in the
// Returned event.
class ReturnDialog : public CaseworkDialog {
    Q_OBJECT
public:
    ReturnDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, QWidget *parent = nullptr);
    ~ReturnDialog() override;

    // The card's QR from an image file (tests call it instead of the file dialog) → collectorRead.
    void readCardImage(const QString &path);
    QLineEdit *idField() const { return m_id; }
    QLineEdit *nameField() const { return m_name; }
    QPushButton *skipButton() const { return m_skip; }
    RatingWindow *ratingWindow() const { return m_rating; }
    bool isWaitingForRating() const { return !m_rating.isNull(); }
    std::optional<int> rating() const { return m_chosenRating; }

signals:
    void collectorRead(bool ok);
    void ratingRequested(motcua::RatingWindow *window);

protected:
    casework::ActionRequest request() const override;
    bool beforeSubmit() override;
    void refreshTexts() override;

private:
    void showCard(const Result<intake::CardReading> &reading);
    void onTyped();

    QLabel *m_cardLabel = nullptr;
    QPushButton *m_readCard = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_waiting = nullptr;
    QPushButton *m_skip = nullptr;
    QPointer<RatingWindow> m_rating;
    std::optional<int> m_chosenRating;
    bool m_skipRating = false;
};

} // namespace motcua

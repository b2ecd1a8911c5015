#include "ui/casework/ReturnDialog.h"

#include "app/common/ErrorText.h"
#include "ui/casework/RatingWindow.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QtConcurrent>

namespace motcua {

using casework::Action;

ReturnDialog::ReturnDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, QWidget *parent)
    : CaseworkDialog(worker, dossier, Action::Return, parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    m_cardLabel = new QLabel(this);
    m_readCard = new QPushButton(this);
    m_readCard->setObjectName(QStringLiteral("readCardButton"));
    m_readCard->setAutoDefault(false);
    fields()->addRow(m_cardLabel, m_readCard);
    m_idLabel = new QLabel(this);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idField"));
    fields()->addRow(m_idLabel, m_id);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameField"));
    fields()->addRow(m_nameLabel, m_name);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("ratingWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(QStringLiteral("color: #1565c0; font-weight: 600;"));
    m_waiting->hide();
    fields()->addRow(m_waiting);
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("skipRatingButton"));
    m_skip->setAutoDefault(false);
    fields()->addRow(m_skip);
    connect(m_readCard, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The ID card's picture"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
        if (!path.isEmpty())
            readCardImage(path);
    });
    // A card reader in keyboard mode types the QR's text into the ID field: read it as a card.
    connect(m_id, &QLineEdit::editingFinished, this, &ReturnDialog::onTyped);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_skipRating = true;
        if (m_rating)
            m_rating->close();
        submit();
    });
    // The applicant collects it most often: offered, and changed by reading another card.
    m_id->setText(dossier.state.applicantIdNumber);
    m_name->setText(dossier.state.applicantName);
    m_id->setFocus();
    m_id->selectAll();
    refreshTexts();
}

ReturnDialog::~ReturnDialog()
{
    if (m_rating)
        m_rating->close();
}

void ReturnDialog::readCardImage(const QString &path)
{
    auto *watcher = new QFutureWatcher<Result<intake::CardReading>>(this);
    connect(watcher, &QFutureWatcher<Result<intake::CardReading>>::finished, this, [this, watcher] {
        const Result<intake::CardReading> reading = watcher->result();
        watcher->deleteLater();
        showCard(reading);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<intake::CardReading> {
        const QImage image(path);
        if (image.isNull())
            return Error(QStringLiteral("import.unreadable"));
        return intake::ApplicantReader::fromImage(image);
    }));
}

void ReturnDialog::onTyped()
{
    const QString text = m_id->text().trimmed();
    if (!text.contains(QLatin1Char('|')))
        return;   // an ID number typed by hand
    showCard(intake::ApplicantReader::fromText(text));
}

void ReturnDialog::showCard(const Result<intake::CardReading> &reading)
{
    if (reading) {
        m_id->setText(reading->applicant.idNumber);
        m_name->setText(reading->applicant.name);
        messageLabel()->hide();
    } else {
        messageLabel()->setText(errorText(reading.error()));
        messageLabel()->show();
        growToFit();
    }
    emit collectorRead(bool(reading));
}

casework::ActionRequest ReturnDialog::request() const
{
    casework::ActionRequest r;
    const QString id = m_id->text().trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{9,12}$"));
    if (digits.match(id).hasMatch())
        r.collector = casework::Collector{id, m_name->text().simplified()};
    r.rating = m_chosenRating;
    return r;
}

bool ReturnDialog::beforeSubmit()
{
    if (m_skipRating || m_chosenRating)
        return true;
    if (!request().collector) {
        messageLabel()->setText(errorText(Error(QStringLiteral("casework.no-collector"))));
        messageLabel()->show();
        growToFit();
        return false;
    }
    if (m_rating) {
        m_rating->raise();
        return false;
    }
    // The citizen rates on their own window; the officer's dialog waits (or skips).
    m_rating = new RatingWindow(dossierCode(), this);
    connect(m_rating, &RatingWindow::rated, this, [this](int rating) {
        m_chosenRating = rating;
        m_waiting->hide();
        submit();
    });
    connect(m_rating, &RatingWindow::dismissed, this, [this] {
        if (!m_chosenRating && !m_skipRating)
            m_waiting->setText(tr("The rating window was closed without a rating: ask again, or return without rating."));
    });
    m_waiting->setText(tr("Waiting for the citizen's rating on the rating window…"));
    m_waiting->show();
    growToFit();
    m_rating->present();
    emit ratingRequested(m_rating);
    return false;
}

void ReturnDialog::refreshTexts()
{
    m_cardLabel->setText(tr("Collector's ID card"));
    m_readCard->setText(tr("Read the QR from a picture…"));
    m_idLabel->setText(tr("ID number (or the card's QR text)"));
    m_nameLabel->setText(tr("Full name"));
    m_skip->setText(tr("Return without rating"));
    confirmButton()->setText(tr("Ask for the rating and return"));
}

} // namespace motcua

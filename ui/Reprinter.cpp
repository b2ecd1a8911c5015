#include "ui/Reprinter.h"

#include "app/catalog/CatalogService.h"
#include "app/common/ErrorText.h"
#include "app/intake/IntakeWorker.h"
#include "ui/receive/FormOutput.h"

#include <QMessageBox>
#include <QWidget>

namespace motcua {

Reprinter::Reprinter(const Session &session, QWidget *parent)
    : QObject(parent), m_parent(parent), m_output(new FormOutput(parent))
{
    m_output->setParent(this);
    makeWorker(session);
}

Reprinter::~Reprinter() = default;

void Reprinter::makeWorker(const Session &session)
{
    Result<std::shared_ptr<const Catalog>> catalog = CatalogService::bundledCatalog();
    m_worker = std::make_unique<intake::IntakeWorker>(session, catalog ? *catalog : std::make_shared<const Catalog>());
    connect(m_worker.get(), &intake::IntakeWorker::formLoaded, this, [this](int ticket, const printing::FormData &form) {
        if (ticket == m_ticket)
            show(form);
    });
    connect(m_worker.get(), &intake::IntakeWorker::failed, this, [this](int ticket, const Error &error) {
        if (ticket == m_ticket)
            showError(error);
    });
}

void Reprinter::setSession(const Session &session)
{
    makeWorker(session);
}

void Reprinter::reprint(const QString &dossierCode)
{
    m_worker->loadForm(++m_ticket, dossierCode);
}

void Reprinter::show(const printing::FormData &form)
{
    emit formReady(form);
    if (m_previewEnabled)
        m_output->preview(form);
}

void Reprinter::showError(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reprint"), errorText(error), QMessageBox::Ok, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace motcua

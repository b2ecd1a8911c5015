#include "ui/receive/ComponentRow.h"

#include "app/common/ErrorText.h"
#include "app/intake/IntakeForms.h"
#include "app/lookup/RegistryText.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/receive/ReceiveText.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua {

ComponentRow::ComponentRow(const Component &component, QWidget *parent)
    : QFrame(parent),
      m_component(component),
      m_title(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_status(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_error(new QLabel(this)),
      m_declaration(new QLabel(this)),
      m_scan(new QPushButton(this)),
      m_import(new QPushButton(this)),
      m_reuse(new QPushButton(this)),
      m_declare(new QPushButton(this)),
      m_strip(new PageStrip(this))
{
    setObjectName(QStringLiteral("component%1").arg(component.number));
    setFrameShape(QFrame::StyledPanel);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_facts->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: #555;"));
    m_status->setObjectName(QStringLiteral("componentStatus"));
    m_status->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("componentWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->hide();
    m_error->setObjectName(QStringLiteral("componentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a33;"));
    m_error->hide();
    m_declaration->setObjectName(QStringLiteral("componentDeclaration"));
    m_declaration->setWordWrap(true);
    m_declaration->hide();
    m_declare->setObjectName(QStringLiteral("declarationButton"));
    m_declare->hide();
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_reuse->setObjectName(QStringLiteral("reuseButton"));
    m_strip->setObjectName(QStringLiteral("pageStrip"));
    m_strip->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_declare);
    buttons->addWidget(m_scan);
    buttons->addWidget(m_import);
    buttons->addWidget(m_reuse);
    buttons->addStretch(1);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_facts);
    text->addWidget(m_status);
    text->addWidget(m_warning);
    text->addWidget(m_error);
    text->addWidget(m_declaration);
    text->addWidget(m_strip);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);

    connect(m_scan, &QPushButton::clicked, m_error, &QLabel::hide);
    connect(m_import, &QPushButton::clicked, m_error, &QLabel::hide);
    connect(m_scan, &QPushButton::clicked, this, &ComponentRow::scanRequested);
    connect(m_import, &QPushButton::clicked, this, &ComponentRow::importRequested);
    connect(m_reuse, &QPushButton::clicked, this, &ComponentRow::showReuseMenu);
    connect(m_declare, &QPushButton::clicked, this, &ComponentRow::declarationRequested);
    connect(m_strip, &PageStrip::pageAction, this, &ComponentRow::pageAction);
    retranslate();
}

void ComponentRow::retranslate()
{
    m_title->setText(QStringLiteral("%1. %2").arg(m_component.number).arg(m_component.name));
    QStringList facts{m_component.required ? tr("Required") : tr("Optional"), ReceiveText::formsText(m_component)};
    if (m_component.copies > 1)
        facts << tr("%n copies", nullptr, m_component.copies);
    if (!m_component.note.isEmpty())
        facts << m_component.note;
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
    m_scan->setText(tr("Scan"));
    m_import->setText(tr("Import files…"));
    m_reuse->setText(tr("Reuse…"));
    m_declare->setText(tr("Fill the declaration… (Ctrl+T)"));
    m_declare->setToolTip(tr("Fill the declaration from the ID card and earlier dossiers, then print it for signature"));
}

void ComponentRow::update(const intake::DraftComponent *given, const QHash<QString, QImage> &thumbnails,
                          const QList<intake::ReusableDocument> &reusable, bool scanning)
{
    m_reusable.clear();
    for (const intake::ReusableDocument &d : reusable) {
        if (!m_component.documentType.isEmpty() && d.documentType == m_component.documentType)
            m_reusable << d;
    }
    m_reuse->setVisible(!m_reusable.isEmpty());
    m_scan->setEnabled(!scanning);
    const bool provided = given && given->isProvided();
    QString status;
    if (scanning) {
        status = tr("Scanning…");
    } else if (provided) {
        status = QStringLiteral("✔ ") + intake::IntakeForms::providedText(*given);
    } else if (m_component.required) {
        status = tr("Missing — required");
    } else {
        status = tr("Not provided (optional)");
    }
    const bool fromWarehouse = std::any_of(m_reusable.cbegin(), m_reusable.cend(), [](const intake::ReusableDocument &d) {
        return d.origin == intake::ReusableDocument::Origin::PortalWarehouse;
    });
    const bool fromHere = std::any_of(m_reusable.cbegin(), m_reusable.cend(), [](const intake::ReusableDocument &d) {
        return d.origin == intake::ReusableDocument::Origin::Local;
    });
    if (!provided && fromHere)
        status += QLatin1Char('\n') + tr("An electronic copy from an earlier dossier can be reused: no paper needed.");
    if (!provided && fromWarehouse)
        status += QLatin1Char('\n') + tr("The portal's data warehouse holds an electronic copy: it can be reused, no paper needed.");
    m_status->setText(status);
    // A signed declaration whose form QR was read back (issue 13), or why its data are not used.
    QString declared;
    if (given && !given->declaration.isEmpty())
        declared = QStringLiteral("✔ ") + tr("Signed declaration: its data were read from the QR and will be stored with the dossier (%1, version %2).")
                                              .arg(given->declaration.value(QStringLiteral("form")).toString())
                                              .arg(given->declaration.value(QStringLiteral("version")).toInt());
    else if (given && !given->declarationIssue.isEmpty())
        declared = QStringLiteral("⚠ ") + tr("The declaration's data are not used: %1").arg(errorText(Error(given->declarationIssue)));
    m_declaration->setText(declared);
    m_declaration->setStyleSheet(given && !given->declaration.isEmpty() ? QStringLiteral("color: #2d6a2d;") : QStringLiteral("color: #a33;"));
    m_declaration->setVisible(!declared.isEmpty());
    QStringList warned;
    for (const intake::DraftPage &p : given ? given->pages : QList<intake::DraftPage>()) {
        if (!p.setAside)
            warned << p.warnings;
    }
    warned.removeDuplicates();
    m_warning->setText(warned.isEmpty() ? QString()
                                        : QStringLiteral("⚠ ") + tr("Check the pages: %1").arg(ReceiveText::qualityList(warned)));
    m_warning->setVisible(!warned.isEmpty());
    m_status->setStyleSheet(provided ? QStringLiteral("color: #2d6a2d;")
                                     : (m_component.required ? QStringLiteral("color: #a33;") : QStringLiteral("color: #555;")));
    const QList<intake::DraftPage> pages = given ? given->pages : QList<intake::DraftPage>();
    m_strip->setVisible(!pages.isEmpty());
    m_strip->setPages(pages, thumbnails);
}

void ComponentRow::setDeclarationForm(bool offered)
{
    m_declare->setVisible(offered);
}

void ComponentRow::showError(const QString &text)
{
    m_error->setText(QStringLiteral("⚠ ") + text);
    m_error->show();
}

void ComponentRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ComponentRow::focusScan()
{
    m_scan->setFocus(Qt::OtherFocusReason);
}

void ComponentRow::showReuseMenu()
{
    if (m_reusable.isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("reuseMenu"));
    menu.setToolTipsVisible(true);
    // The menu stays on the window's screen: long procedure names are elided (the whole line is the
    // tooltip), and the menu opens left of / above the button when it would run off the screen.
    const QScreen *screen = window()->screen() ? window()->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const int maxText = std::max(200, std::min(room.width() * 3 / 4, 720) - 60);
    for (const intake::ReusableDocument &d : std::as_const(m_reusable)) {
        const QString when = OfficeTime::text(d.attachedAt, QStringLiteral("dd/MM/yyyy"));
        const QString text = d.origin == intake::ReusableDocument::Origin::PortalWarehouse
                                 ? (d.fromCache ? tr("Portal data warehouse (cached): %1") : tr("Portal data warehouse: %1"))
                                       .arg(lookup::RegistryText::documentText(lookup::RegistryDocument{
                                           d.documentType, d.documentNumber, d.issuedAt, d.issuer, d.dossierCode, {}, true}))
                             : tr("This workspace: %1")
                                       .arg(d.isResult
                                                ? tr("Result No. %1 of dossier %2, %3, %n page(s)", nullptr, int(d.pages.size()))
                                                      .arg(d.resultNumber, d.dossierCode, when)
                                                : tr("Dossier %1 (%2), %3, %n page(s)", nullptr, int(d.pages.size()))
                                                      .arg(d.dossierCode, d.procedureName.isEmpty() ? d.procedureCode : d.procedureName, when));
        QAction *action = menu.addAction(menu.fontMetrics().elidedText(text, Qt::ElideMiddle, maxText));
        action->setToolTip(text);
        action->setData(d.origin == intake::ReusableDocument::Origin::PortalWarehouse ? QStringLiteral("warehouse")
                                                                                      : QStringLiteral("local"));
        connect(action, &QAction::triggered, this, [this, d] { emit reuseRequested(d); });
    }
    const QSize size = menu.sizeHint();
    QPoint at = m_reuse->mapToGlobal(QPoint(0, m_reuse->height()));
    if (at.x() + size.width() > room.right())
        at.setX(m_reuse->mapToGlobal(QPoint(m_reuse->width(), 0)).x() - size.width());   // right-aligned with the button
    if (at.y() + size.height() > room.bottom())
        at.setY(m_reuse->mapToGlobal(QPoint(0, 0)).y() - size.height());                // above the button
    at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - size.width())));
    at.setY(std::clamp(at.y(), room.top(), std::max(room.top(), room.bottom() - size.height())));
    menu.exec(at);
}

} // namespace motcua

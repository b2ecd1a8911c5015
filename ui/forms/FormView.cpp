#include "ui/forms/FormView.h"

#include "app/catalog/AdminUnitsCatalog.h"
#include "app/common/ErrorText.h"
#include "app/forms/Declaration.h"
#include "domain/forms/FieldCheck.h"
#include "ui/forms/PersonPicker.h"
#include "ui/forms/PlacePicker.h"
#include "ui/receive/FormOutput.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua {

namespace {

// A stored value as the officer types it: a date (YYYY-MM-DD) as ddMMyyyy, a year alone as is.
QString typed(const forms::FormField &field, const QString &value)
{
    const bool date = field.type == forms::FieldType::Date || field.type == forms::FieldType::DateOrYear;
    return date ? forms::shownDateValue(value, true) : value;
}

} // namespace

FormView::FormView(const forms::FormDefinition &definition, const forms::FillInput &input, const QDateTime &issuedAt,
                   QWidget *parent)
    : QDialog(parent),
      m_definition(definition),
      m_input(input),
      m_issuedAt(issuedAt),
      m_status(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_preview(new QPushButton(this)),
      m_output(new FormOutput(this))
{
    setObjectName(QStringLiteral("formView"));
    setWindowTitle(tr("Declaration: %1").arg(definition.titleVi));
    m_input.typed.clear();
    const forms::FilledForm pre = forms::prefillForm(m_definition, m_input);

    auto *title = new QLabel(definition.titleVi, this);
    title->setStyleSheet(QStringLiteral("font-weight: 700; font-size: 14pt;"));
    title->setAlignment(Qt::AlignCenter);
    auto *fieldsHolder = new QWidget;
    auto *form = new QFormLayout(fieldsHolder);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The paper's order: "Kính gửi", then each section's fields.
    if (const forms::FormField *a = m_definition.field(m_definition.addressee))
        addRow(form, *a, pre);
    const auto addHeading = [&](const QString &text) {
        auto *heading = new QLabel(text, fieldsHolder);
        heading->setStyleSheet(QStringLiteral("font-weight: 600; margin-top: 6px;"));
        heading->setWordWrap(true);
        form->addRow(heading);
    };
    for (const forms::FormSection &s : std::as_const(m_definition.sections)) {
        // A table (printed "Thông tin | Bên nữ | Bên nam") is typed column after column, each
        // under its own heading; its top-left cell is no heading here.
        if (s.layout != forms::SectionLayout::Table && !s.titleVi.isEmpty())
            addHeading(s.titleVi);
        for (qsizetype i = 0; i < s.fields.size(); ++i) {
            if (s.layout == forms::SectionLayout::Table && i % s.rowCount() == 0)
                addHeading(s.columns.at(i / s.rowCount()).titleVi);
            if (const forms::FormField *f = m_definition.field(s.fields.at(i)))
                addRow(form, *f, pre);
        }
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fieldsHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printDeclaration"));
    m_print->setText(tr("Print for signature"));
    m_print->setAutoDefault(false);
    m_preview->setObjectName(QStringLiteral("previewDeclaration"));
    m_preview->setText(tr("Preview"));
    m_preview->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(close);
    auto *hint = new QLabel(tr("Tab: next field  ·  Enter: accept a suggestion, go to the next field to fill, or print when "
                               "none is left  ·  dates as ddMMyyyy  ·  places: type part of a name, ↓ and Enter to pick  ·  "
                               "people (a parent, the deceased …): type part of the name or the ID number, ↓ and Enter to "
                               "fill them in"), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);

    for (int i = 1; i < m_rows.size(); ++i)
        setTabOrder(m_rows.at(i - 1).editor, m_rows.at(i).editor);
    connect(m_print, &QPushButton::clicked, this, &FormView::printForSignature);
    connect(m_preview, &QPushButton::clicked, this, &FormView::preview);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_output, &FormOutput::pdfSaved, this, [this](const QString &path, const Status &st) {
        m_status->setText(st ? tr("Printed to %1: give it to the applicant to sign, then scan the signed page into the component.")
                                   .arg(path)
                             : motcua::errorText(st.error()));
        emit printed(path, bool(st));
    });
    resize(760, 680);

    // The first field the officer has to type, or whose suggestion they have to accept.
    for (const Row &r : std::as_const(m_rows)) {
        if ((r.field->required && text(r).isEmpty()) || pending(r)) {
            focusRow(r);
            break;
        }
    }
}

bool FormView::pending(const Row &row) const
{
    return row.suggested && !row.accepted && text(row) == row.shown;
}

void FormView::focusRow(const Row &row)
{
    row.editor->setFocus(Qt::TabFocusReason);
    // A suggestion is selected: Enter accepts it, the first key typed replaces it.
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        edit->selectAll();
}

bool FormView::isSuggestionPending(const QString &field) const
{
    const Row *r = rowOf(field);
    return r && pending(*r);
}

PlacePicker *FormView::placePicker(const QString &field) const
{
    const Row *r = rowOf(field);
    return r ? r->picker : nullptr;
}

PersonPicker *FormView::personPicker(const QString &field) const
{
    const Row *r = rowOf(field);
    return r ? r->person : nullptr;
}

void FormView::showPeople(int serial, const QString &text, const QList<forms::PersonMatch> &people)
{
    const QString field = m_peopleAsked.take(serial);
    if (Row *r = rowOf(field); r && r->person)
        r->person->offer(text, people);
}

void FormView::setShown(Row &row, const QString &value, const QString &source)
{
    row.shown = typed(*row.field, value);
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(std::max(0, int(combo->findText(row.shown))));
    } else {
        static_cast<QLineEdit *>(row.editor)->setText(row.shown);
    }
    row.looked = qMakePair(value, source);
    row.suggested = false;
    row.accepted = false;
    row.source->setText(sourceLabel(source));
    check(row);
}

void FormView::takePerson(const QString &group, const forms::PersonMatch &person)
{
    // The group's fields the person fills, each with its source; the others keep what they hold.
    const QMap<QString, QPair<QString, QString>> values = forms::groupValues(m_definition, group, person);
    for (auto v = values.cbegin(); v != values.cend(); ++v)
        if (Row *r = rowOf(v.key()))
            setShown(*r, v.value().first, v.value().second);
}

void FormView::addRow(QFormLayout *layout, const forms::FormField &field, const forms::FilledForm &pre)
{
    Row row;
    row.field = m_definition.field(field.name);
    const QString value = pre.values.value(field.name);
    row.shown = typed(field, value);
    if (field.type == forms::FieldType::Choice) {
        auto *combo = new QComboBox;
        combo->addItem(QString());
        combo->addItems(field.choices);
        combo->setCurrentIndex(std::max(0, int(combo->findText(row.shown))));
        row.editor = combo;
        connect(combo, &QComboBox::currentTextChanged, this, [this, name = field.name] { check(*rowOf(name)); });
    } else {
        auto *edit = new QLineEdit(row.shown);
        edit->setMaxLength(field.maxLength);
        if (field.type == forms::FieldType::Date)
            edit->setPlaceholderText(tr("ddMMyyyy"));
        else if (field.type == forms::FieldType::DateOrYear)
            edit->setPlaceholderText(tr("ddMMyyyy or yyyy"));
        row.editor = edit;
        connect(edit, &QLineEdit::textEdited, this, [this, name = field.name] { check(*rowOf(name)); });
        if (field.place || field.type == forms::FieldType::Province || field.type == forms::FieldType::Commune) {
            row.picker = new PlacePicker(edit, bundledAdminUnits(), field.type == forms::FieldType::Province);
            connect(row.picker, &PlacePicker::picked, this, [this, name = field.name] { check(*rowOf(name)); });
        }
        // A person's name or ID number: the lookup of people this workspace knows (on the worker).
        if (field.personField == QLatin1String("name") || field.personField == QLatin1String("id_number")) {
            row.person = new PersonPicker(edit, field.personField == QLatin1String("id_number"));
            connect(row.person, &PersonPicker::wanted, this, [this, name = field.name](const QString &typed) {
                const int serial = m_nextSerial++;
                m_peopleAsked.insert(serial, name);
                emit peopleWanted(serial, typed);
            });
            connect(row.person, &PersonPicker::taken, this,
                    [this, group = field.person](const forms::PersonMatch &person) { takePerson(group, person); });
        }
    }
    row.editor->setObjectName(QStringLiteral("field_") + field.name);
    row.editor->setToolTip(field.labelEn);
    row.editor->installEventFilter(this);
    row.suggested = pre.sources.value(field.name) == QLatin1String("suggested");
    row.source = new QLabel(sourceLabel(pre.sources.value(field.name)));
    row.source->setObjectName(QStringLiteral("source_") + field.name);
    row.source->setStyleSheet(QStringLiteral("color: #2d5a8a; font-size: 9pt;"));
    row.error = new QLabel;
    row.error->setObjectName(QStringLiteral("error_") + field.name);
    row.error->setStyleSheet(QStringLiteral("color: #a33;"));
    row.error->setWordWrap(true);
    row.error->hide();
    auto *line = new QHBoxLayout;
    line->addWidget(row.editor, 1);
    line->addWidget(row.source);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(1);
    cell->addLayout(line);
    cell->addWidget(row.error);
    auto *label = new QLabel(field.labelVi + (field.required ? QStringLiteral(" *") : QString()));
    label->setWordWrap(true);
    label->setBuddy(row.editor);
    layout->addRow(label, cell);
    m_rows << row;
}

QString FormView::sourceLabel(const QString &source)
{
    if (source == QLatin1String("card-qr"))
        return tr("From the ID card (CCCD)");
    if (source == QLatin1String("cache"))
        return tr("From the citizen records");
    if (source == QLatin1String("typed") || source == QLatin1String("officer"))
        return tr("From the applicant step");
    if (source == QLatin1String("office"))
        return tr("This office");
    if (source == QLatin1String("clock"))
        return tr("Today");
    if (source == QLatin1String("default"))
        return tr("Usual value");
    if (source == QLatin1String("suggested"))
        return tr("Suggested: Enter accepts it");
    if (source.startsWith(QLatin1String("dossier:")))
        return tr("From dossier %1").arg(source.mid(8));
    return source.isEmpty() ? QString() : tr("From %1").arg(source);
}

QString FormView::text(const Row &row) const
{
    if (const auto *combo = qobject_cast<const QComboBox *>(row.editor))
        return combo->currentText();
    return static_cast<const QLineEdit *>(row.editor)->text();
}

FormView::Row *FormView::rowOf(const QString &field)
{
    for (Row &r : m_rows)
        if (r.field->name == field)
            return &r;
    return nullptr;
}

const FormView::Row *FormView::rowOf(const QString &field) const
{
    return const_cast<FormView *>(this)->rowOf(field);
}

QWidget *FormView::editor(const QString &field) const
{
    const Row *r = rowOf(field);
    return r ? r->editor : nullptr;
}

QString FormView::sourceText(const QString &field) const
{
    const Row *r = rowOf(field);
    return r ? r->source->text() : QString();
}

QString FormView::errorText(const QString &field) const
{
    const Row *r = rowOf(field);
    return r && !r->error->isHidden() ? r->error->text() : QString();
}

QString FormView::value(const QString &field) const
{
    const Row *r = rowOf(field);
    return r ? text(*r) : QString();
}

void FormView::check(Row &row)
{
    const QString now = text(row);
    // Changed by the officer: no longer what the card (or the dossier) said, nor a suggestion.
    if (now != row.shown) {
        row.source->clear();
        row.accepted = false;
    }
    Result<QString> checked = forms::checkFieldValue(*row.field, now);
    QString reason;
    if (!checked)
        reason = motcua::errorText(checked.error());
    row.error->setText(reason);
    row.error->setVisible(!reason.isEmpty());
    m_status->clear();
}

Result<forms::FilledForm> FormView::filled() const
{
    forms::FillInput input = m_input;
    for (const Row &r : m_rows) {
        const QString now = text(r);
        if (now != r.shown)
            input.typed << qMakePair(r.field->name, now);
        else if (r.looked)
            input.looked.insert(r.field->name, *r.looked);   // taken from a person lookup, with its source
        else if (r.suggested && r.accepted)
            input.accepted << r.field->name;   // filled with its suggestion, its source "suggested"
    }
    return forms::fillForm(m_definition, input);
}

std::optional<printing::FormData> FormView::printable()
{
    // The first field in the paper's order that is wrong or required and empty: focused, reason said.
    for (Row &r : m_rows) {
        check(r);
        if (r.error->isHidden() && r.field->required && text(r).trimmed().isEmpty()) {
            r.error->setText(motcua::errorText(Error(QStringLiteral("form.missing-required"))));
            r.error->show();
        }
        // A suggestion is never printed unless the officer accepted it.
        if (r.error->isHidden() && pending(r)) {
            r.error->setText(tr("A suggestion: press Enter to accept it, or type the right value."));
            r.error->show();
        }
        if (!r.error->isHidden()) {
            focusRow(r);
            m_status->setText(tr("Complete the declaration before printing it."));
            return std::nullopt;
        }
    }
    const Result<forms::FilledForm> f = filled();
    if (!f) {
        m_status->setText(motcua::errorText(f.error()));
        return std::nullopt;
    }
    return forms::declarationForm(m_definition, *f, m_issuedAt);
}

void FormView::printForSignature()
{
    const std::optional<printing::FormData> form = printable();
    if (!form)
        return;
    if (!m_pdfTarget.isEmpty()) {
        m_status->setText(tr("Printing…"));
        m_output->savePdf(*form, m_pdfTarget);   // a worker thread writes it → printed()
        return;
    }
    const bool ok = m_output->print(*form);
    if (ok)
        m_status->setText(tr("Printed: give it to the applicant to sign, then scan the signed page into the component."));
    emit printed(QString(), ok);
}

void FormView::preview()
{
    if (const std::optional<printing::FormData> form = printable())
        m_output->preview(*form);
}

void FormView::next(const QWidget *from)
{
    int i = 0;
    while (i < m_rows.size() && m_rows.at(i).editor != from)
        ++i;
    if (i < m_rows.size()) {
        Row &here = m_rows[i];
        if (pending(here)) {   // Enter on a suggestion accepts it
            here.accepted = true;
            here.source->setText(tr("Suggested, accepted"));
            here.error->hide();
        }
        if (!here.error->isHidden())
            return;   // a wrong value: the officer corrects it first, its reason beside it
    }
    for (int j = i + 1; j < m_rows.size(); ++j) {
        const Row &r = m_rows.at(j);
        if ((r.field->required && text(r).trimmed().isEmpty()) || pending(r)) {
            focusRow(r);
            return;
        }
    }
    // Nothing left after this field: one before it still wanting a value or a decision first.
    for (int j = 0; j < i && j < m_rows.size(); ++j) {
        const Row &r = m_rows.at(j);
        if ((r.field->required && text(r).trimmed().isEmpty()) || pending(r)) {
            focusRow(r);
            return;
        }
    }
    printForSignature();
}

bool FormView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto *combo = qobject_cast<QComboBox *>(watched);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && !(combo && combo->view()->isVisible())) {
            next(static_cast<QWidget *>(watched));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace motcua

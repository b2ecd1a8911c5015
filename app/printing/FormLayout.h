#pragma once

#include "app/barcode/ModuleMatrix.h"
#include "app/printing/FormData.h"
#include "app/printing/PageFlow.h"

#include <optional>

namespace motcua::printing {

// Lays the sections of one form out on a PageFlow: the fixed wording of Forms 01/02/03 (context
// "FormPainter") around the caller's data. Used by FormPainter; it does not paint.
class FormLayout {
public:
    // `qr`: the receipt QR to print at the top right, if any.
    FormLayout(const FormData &data, PageFlow &flow, std::optional<ModuleMatrix> qr);
    void build();

    // Fonts of the forms: Noto Serif (fonts-noto-core has every Vietnamese glyph), as the official
    // templates are set in a serif face; DejaVu Serif / Times New Roman where Noto is missing.
    static QFont serif(qreal pointSize, bool bold = false, bool italic = false);

private:
    void header();
    void titleBand();
    void applicant();
    void paragraph(const TextRuns &runs, qreal indent = 0, qreal hanging = 0);
    // A body section; numbered ("1. ", "2. " …) on Form 01 as on the official template.
    void numbered(const TextRuns &runs);
    void componentTable(const QString &caption, bool withMissing);
    void reasons();
    void handoverTable();
    void registerTable();
    void extension();
    void moments(bool withDue);
    void signatures(const QString &officerRole);
    // Declaration (FormLayout_Declaration.cpp): the whole form.
    void declaration();
    void declarationLine(const QList<DeclarationCell> &cells);
    void declarationTable(const DeclarationSection &section);

    const FormData &m_data;
    PageFlow &m_flow;
    std::optional<ModuleMatrix> m_qr;
    bool m_numbering = false;
    int m_section = 0;   // the last section number given
};

} // namespace motcua::printing

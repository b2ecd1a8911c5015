#pragma once

#include "app/intake/ApplicantReader.h"
#include "app/intake/IntakeDraft.h"
#include "domain/catalog/Procedure.h"
#include "domain/separator/SeparatorPayload.h"

#include <QList>

#include <optional>

namespace motcua::intake {

// One dossier found in a digitized stack.
struct StackDossier {
    int firstPage = 0;                     // index in the stack of its first page (separators counted)
    QList<DraftComponent> components;      // sorted by number; pages in stack order
    std::optional<Applicant> applicant;    // from the first ID-card QR among its pages
    int blankPages = 0;                    // set aside (backs of sheets), stored but not filed
};

// Splits a scanned paper backlog into dossiers and components, page by page in stack order, on
// our separator sheets (domain/separator): "dossier" starts the next dossier, "component|LABEL"
// the next component of the current one. A LABEL names a component of the procedure by number
// ("2", "2. Giấy chứng sinh") or by name, diacritics and case optional, whole or as a unique
// prefix. Pages before any component separator of a dossier belong to component 1. Separator
// sheets themselves are not filed. Pure: the caller reads the codes and stores the pages.
class StackSplitter {
public:
    explicit StackSplitter(const Procedure &procedure);

    // Error intake.unknown-component (detail: the page and the label) when the label names no
    // component of the procedure.
    Status addSeparator(const SeparatorPayload &separator, int pageIndex);
    void addPage(const DraftPage &page, int pageIndex);
    void addApplicant(const Applicant &applicant, int pageIndex);
    // The dossiers with at least one filed page, in stack order.
    QList<StackDossier> finish();

    // The component a separator label names; 0 when none (or several) match.
    static int componentFor(const Procedure &procedure, const QString &label);

private:
    StackDossier &current(int pageIndex);

    const Procedure &m_procedure;
    QList<StackDossier> m_dossiers;
    bool m_open = false;
    int m_component = 1;
};

} // namespace motcua::intake

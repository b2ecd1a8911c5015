#include "app/intake/StackSplitter.h"

#include "domain/text/VietnameseFolding.h"

#include <QRegularExpression>

namespace motcua::intake {

StackSplitter::StackSplitter(const Procedure &procedure) : m_procedure(procedure) {}

int StackSplitter::componentFor(const Procedure &procedure, const QString &label)
{
    const QString trimmed = label.trimmed();
    static const QRegularExpression numbered(QStringLiteral("^([0-9]{1,3})(?:[.):\\-\\s].*)?$"));
    if (const QRegularExpressionMatch m = numbered.match(trimmed); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return procedure.component(n) ? n : 0;
    }
    const QString folded = foldVietnamese(trimmed).simplified();
    if (folded.isEmpty())
        return 0;
    int prefixMatch = 0;
    int prefixCount = 0;
    for (const Component &c : procedure.components) {
        const QString name = foldVietnamese(c.name).simplified();
        if (name == folded)
            return c.number;
        if (name.startsWith(folded)) {
            prefixMatch = c.number;
            ++prefixCount;
        }
    }
    return prefixCount == 1 ? prefixMatch : 0;
}

StackDossier &StackSplitter::current(int pageIndex)
{
    if (!m_open) {
        StackDossier d;
        d.firstPage = pageIndex;
        m_dossiers.append(d);
        m_open = true;
        m_component = 1;
    }
    return m_dossiers.last();
}

Status StackSplitter::addSeparator(const SeparatorPayload &separator, int pageIndex)
{
    if (separator.kind == SeparatorPayload::Kind::Dossier) {
        m_open = false; // the next page opens the next dossier
        return {};
    }
    const int n = componentFor(m_procedure, separator.label);
    if (n == 0)
        return Error(QStringLiteral("intake.unknown-component"),
                     QStringLiteral("page %1: \"%2\" names no component of %3").arg(pageIndex + 1).arg(separator.label, m_procedure.code));
    current(pageIndex);
    m_component = n;
    return {};
}

void StackSplitter::addPage(const DraftPage &page, int pageIndex)
{
    StackDossier &d = current(pageIndex);
    if (page.setAside) {
        ++d.blankPages;
        return;
    }
    auto it = std::lower_bound(d.components.begin(), d.components.end(), m_component,
                               [](const DraftComponent &c, int n) { return c.number < n; });
    if (it == d.components.end() || it->number != m_component) {
        DraftComponent c;
        c.number = m_component;
        c.provenance = Provenance::ScannedAtCounter;
        c.documentType = m_procedure.component(m_component) ? m_procedure.component(m_component)->documentType : QString();
        it = d.components.insert(it, c);
    }
    it->pages.append(page);
}

void StackSplitter::addApplicant(const Applicant &applicant, int pageIndex)
{
    StackDossier &d = current(pageIndex);
    if (!d.applicant)
        d.applicant = applicant;
}

QList<StackDossier> StackSplitter::finish()
{
    QList<StackDossier> out;
    for (const StackDossier &d : std::as_const(m_dossiers)) {
        bool filed = false;
        for (const DraftComponent &c : d.components)
            filed = filed || c.isProvided();
        if (filed)
            out.append(d);
    }
    m_dossiers.clear();
    m_open = false;
    return out;
}

} // namespace motcua::intake

#include "domain/catalog/Catalog.h"

#include <algorithm>

namespace motcua {

Catalog::Catalog(QString version, QDate issued, QString source, QList<Procedure> procedures)
    : m_version(std::move(version)), m_issued(issued), m_source(std::move(source)),
      m_procedures(std::move(procedures))
{
    std::stable_sort(m_procedures.begin(), m_procedures.end(),
                     [](const Procedure &a, const Procedure &b) { return a.code < b.code; });
    m_index.reserve(m_procedures.size());
    for (qsizetype i = 0; i < m_procedures.size(); ++i)
        if (!m_index.contains(m_procedures[i].code))
            m_index.insert(m_procedures[i].code, i);
}

const Procedure *Catalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_procedures[*it];
}

} // namespace motcua

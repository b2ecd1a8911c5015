#pragma once

#include "domain/catalog/Procedure.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua {

// A versioned set of procedures with lookup by code. Immutable once built (share it as
// std::shared_ptr<const Catalog>). Searching by name lives in app/catalog (CatalogService).
class Catalog {
public:
    Catalog() = default;
    // Procedures are kept sorted by code. Codes must be unique (CatalogJson checks that);
    // with duplicates the first wins in find().
    Catalog(QString version, QDate issued, QString source, QList<Procedure> procedures);

    const QString &version() const { return m_version; }
    const QDate &issued() const { return m_issued; }
    const QString &source() const { return m_source; } // where this catalog came from, free text
    const QList<Procedure> &procedures() const { return m_procedures; } // sorted by code
    qsizetype size() const { return m_procedures.size(); }
    bool isEmpty() const { return m_procedures.isEmpty(); }

    const Procedure *find(const QString &code) const; // nullptr when unknown
    bool contains(const QString &code) const { return find(code) != nullptr; }

    friend bool operator==(const Catalog &a, const Catalog &b)
    {
        return a.m_version == b.m_version && a.m_issued == b.m_issued && a.m_source == b.m_source
            && a.m_procedures == b.m_procedures;
    }

private:
    QString m_version;
    QDate m_issued;
    QString m_source;
    QList<Procedure> m_procedures;
    QHash<QString, qsizetype> m_index;
};

} // namespace motcua

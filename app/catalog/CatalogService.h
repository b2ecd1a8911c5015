#pragma once

#include "app/catalog/CatalogSearch.h"
#include "db/CatalogStore.h"
#include "domain/Result.h"
#include "domain/catalog/Catalog.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// Search results keep the catalog snapshot they point into alive, so a concurrent import cannot
// pull the procedures out from under a caller.
struct CatalogSearchResult {
    std::shared_ptr<const Catalog> catalog;
    QList<const Procedure *> procedures;
};

// The procedure catalog in use: the one bundled in resources (:/resources/catalog/procedures.json)
// until a workspace store is attached, then the workspace's own (or still the bundled one while
// the workspace has imported none). Reads (catalog, find, search) are thread-safe; the store is
// only touched from the thread that attached it.
class CatalogService {
public:
    using Clock = std::function<QDateTime()>;
    explicit CatalogService(Clock clock = {});

    // The bundled catalog, parsed once per process on first use (thread-safe). An error here is
    // a build defect (the seed is checked by tst_catalog).
    static Result<std::shared_ptr<const Catalog>> bundledCatalog();

    // Uses `store` (not owned; must outlive the service or be detached) and the officer's usage.
    // Loads the stored catalog; when the store has none, the bundled one stays in use.
    Status attachStore(CatalogStore *store, const QString &officer);
    void detachStore(); // back to the bundled catalog

    std::shared_ptr<const Catalog> catalog() const;
    bool isWorkspaceCatalog() const;
    std::optional<Procedure> find(const QString &code) const;
    CatalogSearchResult search(const QString &query, int limit = -1) const;

    // Validates the file and replaces the workspace catalog in one transaction. A bad file
    // ("catalog.bad-json" / "catalog.invalid", with its line) or a failed write changes nothing:
    // the old catalog stays. Needs an attached store ("catalog.no-workspace").
    Result<std::shared_ptr<const Catalog>> importFile(const QString &path);
    Result<std::shared_ptr<const Catalog>> importJson(const QByteArray &json, const QString &origin);

    Status recordUse(const QString &code);
    Status setFavourite(const QString &code, bool favourite);
    QHash<QString, ProcedureUsage> usage() const;

    static constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

private:
    void install(std::shared_ptr<const Catalog> catalog, bool fromWorkspace);
    Status reloadUsage();

    Clock m_clock;
    CatalogStore *m_store = nullptr;
    QString m_officer;
    mutable QMutex m_mutex; // guards the three below
    std::shared_ptr<const CatalogSearch> m_search;
    bool m_fromWorkspace = false;
    QHash<QString, ProcedureUsage> m_usage;
};

} // namespace motcua

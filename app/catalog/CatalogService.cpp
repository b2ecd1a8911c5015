#include "app/catalog/CatalogService.h"

#include "app/catalog/CatalogLogging.h"
#include "domain/catalog/CatalogJson.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

namespace motcua {

namespace {
const QString kBundledPath = QStringLiteral(":/resources/catalog/procedures.json");
}

CatalogService::CatalogService(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    auto bundled = bundledCatalog();
    install(bundled ? bundled.value() : std::make_shared<const Catalog>(), false);
}

Result<std::shared_ptr<const Catalog>> CatalogService::bundledCatalog()
{
    // A function-local static is initialised exactly once, even with threads racing here.
    static const Result<std::shared_ptr<const Catalog>> parsed = []() -> Result<std::shared_ptr<const Catalog>> {
        QFile f(kBundledPath);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("catalog.no-bundled"), QStringLiteral("cannot open ") + kBundledPath);
        auto c = CatalogJson::parse(f.readAll());
        if (!c) {
            qCCritical(lcCatalog) << "bundled catalog rejected:" << c.error().toString();
            return c.error();
        }
        return std::make_shared<const Catalog>(std::move(c).value());
    }();
    return parsed;
}

void CatalogService::install(std::shared_ptr<const Catalog> catalog, bool fromWorkspace)
{
    auto search = std::make_shared<const CatalogSearch>(std::move(catalog)); // folding done outside the lock
    QMutexLocker lock(&m_mutex);
    m_search = std::move(search);
    m_fromWorkspace = fromWorkspace;
}

Status CatalogService::reloadUsage()
{
    QHash<QString, ProcedureUsage> usage;
    if (m_store && !m_officer.isEmpty()) {
        auto u = m_store->usage(m_officer);
        if (!u)
            return u.error();
        usage = std::move(u).value();
    }
    QMutexLocker lock(&m_mutex);
    m_usage = std::move(usage);
    return {};
}

Status CatalogService::attachStore(CatalogStore *store, const QString &officer)
{
    m_store = store;
    m_officer = officer;
    auto stored = store->load();
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        install(std::make_shared<const Catalog>(std::move(*stored.value())), true);
    } else {
        auto bundled = bundledCatalog();
        install(bundled ? bundled.value() : std::make_shared<const Catalog>(), false);
    }
    return reloadUsage();
}

void CatalogService::detachStore()
{
    m_store = nullptr;
    m_officer.clear();
    auto bundled = bundledCatalog();
    install(bundled ? bundled.value() : std::make_shared<const Catalog>(), false);
    QMutexLocker lock(&m_mutex);
    m_usage.clear();
}

std::shared_ptr<const Catalog> CatalogService::catalog() const
{
    QMutexLocker lock(&m_mutex);
    return m_search->catalog();
}

bool CatalogService::isWorkspaceCatalog() const
{
    QMutexLocker lock(&m_mutex);
    return m_fromWorkspace;
}

std::optional<Procedure> CatalogService::find(const QString &code) const
{
    const auto c = catalog();
    const Procedure *p = c->find(code);
    return p ? std::optional<Procedure>(*p) : std::nullopt;
}

CatalogSearchResult CatalogService::search(const QString &query, int limit) const
{
    std::shared_ptr<const CatalogSearch> search;
    QHash<QString, ProcedureUsage> usage;
    {
        QMutexLocker lock(&m_mutex);
        search = m_search;
        usage = m_usage; // implicitly shared: a cheap copy
    }
    return {search->catalog(), search->search(query, usage, limit)};
}

Result<std::shared_ptr<const Catalog>> CatalogService::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("catalog.unreadable"), QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxImportBytes)
        return Error(QStringLiteral("catalog.too-large"), QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(kMaxImportBytes));
    return importJson(f.readAll(), QFileInfo(path).fileName());
}

Result<std::shared_ptr<const Catalog>> CatalogService::importJson(const QByteArray &json, const QString &origin)
{
    if (!m_store)
        return Error(QStringLiteral("catalog.no-workspace"), QStringLiteral("importing needs an open workspace"));
    auto parsed = CatalogJson::parse(json);
    if (!parsed) {
        qCWarning(lcCatalog) << "catalog import rejected, the old catalog stays:" << parsed.error().toString();
        return parsed.error();
    }
    auto catalog = std::make_shared<const Catalog>(std::move(parsed).value());
    if (Status st = m_store->replace(*catalog, origin, m_clock()); !st)
        return st.error();
    install(catalog, true);
    return catalog;
}

Status CatalogService::recordUse(const QString &code)
{
    if (!m_store || m_officer.isEmpty())
        return {}; // no workspace: nothing to remember
    if (Status st = m_store->recordUse(code, m_officer, m_clock()); !st)
        return st;
    return reloadUsage();
}

Status CatalogService::setFavourite(const QString &code, bool favourite)
{
    if (!m_store || m_officer.isEmpty())
        return Error(QStringLiteral("catalog.no-workspace"), QStringLiteral("favourites need an open workspace"));
    if (Status st = m_store->setFavourite(code, m_officer, favourite); !st)
        return st;
    return reloadUsage();
}

QHash<QString, ProcedureUsage> CatalogService::usage() const
{
    QMutexLocker lock(&m_mutex);
    return m_usage;
}

} // namespace motcua

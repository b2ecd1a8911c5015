#include "app/catalog/CatalogLogging.h"

Q_LOGGING_CATEGORY(lcCatalog, "motcua.catalog", QtInfoMsg)

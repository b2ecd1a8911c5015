#include "domain/Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "motcua.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "motcua.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "motcua.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "motcua.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalendar, "motcua.calendar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCapture, "motcua.capture", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBarcode, "motcua.barcode", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntake, "motcua.intake", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinting, "motcua.printing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "motcua.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "motcua.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "motcua.ui", QtInfoMsg)

#include "app/printing/PrintingLogging.h"

Q_LOGGING_CATEGORY(lcPrinting, "motcua.printing", QtInfoMsg)

#include "app/barcode/BarcodeLogging.h"

Q_LOGGING_CATEGORY(lcBarcode, "motcua.barcode", QtInfoMsg)

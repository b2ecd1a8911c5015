#include "app/capture/CaptureLogging.h"

Q_LOGGING_CATEGORY(lcCapture, "motcua.capture", QtInfoMsg)

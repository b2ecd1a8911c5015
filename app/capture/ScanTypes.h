#pragma once

#include <QImage>
#include <QList>
#include <QMap>
#include <QSizeF>
#include <QString>

namespace motcua::capture {

enum class ColorMode { Color, Gray, Lineart };
enum class ScanSource { Flatbed, Feeder, Duplex };
// What a component holds decides the scan defaults and the quality thresholds.
enum class PageKind { Text, Photo, IdCard };

QString modeWord(ColorMode mode);            // "color" | "gray" | "lineart" (CLI and protocol words)
QString sourceWord(ScanSource source);         // "flatbed" | "feeder" | "duplex"
bool parseColorMode(const QString &word, ColorMode *out);
bool parseScanSource(const QString &word, ScanSource *out);

// The settings of one scan batch. Defaults per component kind: grey 200 dpi for text, colour
// 300 dpi for photos and ID cards (the officer may change them before scanning).
struct ScanProfile {
    ColorMode mode = ColorMode::Gray;
    int dpi = 200;
    ScanSource source = ScanSource::Flatbed;
    QSizeF pageSizeMm{210.0, 297.0};   // clamped to what the device can do (test backend: 200×200)
    // Flatbed: this many pages, one after another. Feeder/duplex: at most this many, or until the
    // feeder is empty when 0.
    int pages = 1;
    // Further device options by SANE name (e.g. "test-picture" → "Color pattern"); strings are
    // converted to the option's type by the worker.
    QMap<QString, QString> extraOptions;

    static ScanProfile forKind(PageKind kind);
};

struct ScannerDevice {
    QString name;     // what open() takes, e.g. "test:0", "epson2:libusb:001:004"
    QString vendor;
    QString model;
    QString type;     // "flatbed scanner", "virtual device", ...
};

// What a device offers, for the scan settings (read from its option descriptors).
struct DeviceCapabilities {
    QString device;
    QList<ColorMode> modes;        // lineart is always possible (the app binarises grey)
    QList<ScanSource> sources;     // flatbed when the device has no source option
    int minDpi = 0;
    int maxDpi = 0;
    QList<int> dpiList;            // the allowed values when the device lists them; else a range
    QSizeF maxAreaMm;              // largest scan area
    QStringList deviceModes;       // the driver's own words, for diagnostics
    QStringList deviceSources;
};

// One page as it came from the driver; `index` counts from 0 within the batch.
struct ScannedPage {
    int index = 0;
    int dpi = 0;
    QImage image;     // Grayscale8, RGB888 or Mono; dotsPerMeter set from dpi
};

} // namespace motcua::capture


#include "app/capture/ScanTypes.h"

namespace motcua::capture {

QString modeWord(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color: return QStringLiteral("color");
    case ColorMode::Gray: return QStringLiteral("gray");
    case ColorMode::Lineart: return QStringLiteral("lineart");
    }
    return {};
}

QString sourceWord(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed: return QStringLiteral("flatbed");
    case ScanSource::Feeder: return QStringLiteral("feeder");
    case ScanSource::Duplex: return QStringLiteral("duplex");
    }
    return {};
}

bool parseColorMode(const QString &word, ColorMode *out)
{
    const QString w = word.toLower();
    if (w == QLatin1String("color") || w == QLatin1String("colour"))
        *out = ColorMode::Color;
    else if (w == QLatin1String("gray") || w == QLatin1String("grey"))
        *out = ColorMode::Gray;
    else if (w == QLatin1String("lineart") || w == QLatin1String("bw"))
        *out = ColorMode::Lineart;
    else
        return false;
    return true;
}

bool parseScanSource(const QString &word, ScanSource *out)
{
    const QString w = word.toLower();
    if (w == QLatin1String("flatbed"))
        *out = ScanSource::Flatbed;
    else if (w == QLatin1String("feeder") || w == QLatin1String("adf"))
        *out = ScanSource::Feeder;
    else if (w == QLatin1String("duplex"))
        *out = ScanSource::Duplex;
    else
        return false;
    return true;
}

ScanProfile ScanProfile::forKind(PageKind kind)
{
    ScanProfile p;
    switch (kind) {
    case PageKind::Text:
        p.mode = ColorMode::Gray;
        p.dpi = 200;
        break;
    case PageKind::Photo:
        p.mode = ColorMode::Color;
        p.dpi = 300;
        break;
    case PageKind::IdCard:
        p.mode = ColorMode::Color;
        p.dpi = 300;
        p.pageSizeMm = QSizeF(85.6, 54.0) + QSizeF(10, 10); // a card plus a margin for placement
        break;
    }
    return p;
}

} // namespace motcua::capture

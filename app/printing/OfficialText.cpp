#include "app/printing/OfficialText.h"

#include "app/printing/PrintingLogging.h"

#include <QLocale>
#include <QTranslator>

namespace motcua::printing {

namespace {

const QTranslator &vietnamese()
{
    static const QTranslator *const translator = [] {
        auto *t = new QTranslator;   // lives as long as the process: forms may be printed until exit
        if (!t->load(QStringLiteral(":/i18n/motcua_vi.qm")))
            qCWarning(lcPrinting, "the Vietnamese catalog for official forms is missing: forms print their source texts");
        return t;
    }();
    return *translator;
}

} // namespace

QString OfficialText::translate(const char *context, const char *source, const char *disambiguation, int n)
{
    QString text = vietnamese().translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

QString OfficialText::language()
{
    return QStringLiteral("vi");
}

} // namespace motcua::printing

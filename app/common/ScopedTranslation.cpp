#include "app/common/ScopedTranslation.h"

#include <QCoreApplication>

namespace motcua {

QString ScopedTranslation::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/motcua_") + language + QStringLiteral(".qm");
}

ScopedTranslation::ScopedTranslation(const QString &language)
{
    if (language != QLatin1String("en") && m_translator.load(resourcePath(language)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

ScopedTranslation::~ScopedTranslation()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

} // namespace motcua

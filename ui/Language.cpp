#include "ui/Language.h"

#include "app/common/ScopedTranslation.h"
#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace motcua {

Language::Language(QObject *parent) : QObject(parent) {}

Language::~Language()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

bool Language::loadQtTranslation(const QString &code)
{
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + code, system))
        return true;
    return m_qtTranslator.load(QStringLiteral(":/i18n/qtbase_") + code + QStringLiteral(".qm"));
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool Language::setLanguage(const QString &code)
{
    if (!isKnown(code))
        return false;
    if (code == m_current)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
    if (code != QLatin1String("en") && loadQtTranslation(code))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    else if (code != QLatin1String("en"))
        qCWarning(lcUi) << "no Qt translation for" << code;
    const QString file = ScopedTranslation::resourcePath(code);
    if (m_translator.load(file)) {
        m_installed = QCoreApplication::installTranslator(&m_translator);
    } else if (code != QLatin1String("en")) {
        qCWarning(lcUi) << "missing translation" << file;
        return false;
    }
    m_current = code;
    QLocale::setDefault(QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    // installTranslator()/removeTranslator() each send LanguageChange to every widget.
    emit changed(code);
    return true;
}

} // namespace motcua

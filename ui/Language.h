#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace motcua {

// The interface language: installs the embedded translation (:/i18n/motcua_<lang>.qm) on the
// application, and Qt's own (qtbase_<lang>: message-box buttons, file, print and preview dialogs,
// text-field menus) — the system's from QLibraryInfo's translations folder when it has one, else
// the one MotCua embeds (Debian 12 ships no qtbase_vi). English needs neither: the sources are
// English. Installing sends every widget a LanguageChange event; windows re-translate in changeEvent().
class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    static QStringList available() { return {QStringLiteral("vi"), QStringLiteral("en")}; }
    static bool isKnown(const QString &code) { return available().contains(code); }
    // The language's own name ("Tiếng Việt", "English"): never translated.
    static QString nativeName(const QString &code);

    QString current() const { return m_current; }
    bool hasQtTranslation() const { return m_qtInstalled; }   // Qt's dialogs are translated too
    // false (and nothing changes) for an unknown code or a missing .qm of "vi".
    bool setLanguage(const QString &code);

signals:
    void changed(const QString &code);

private:
    bool loadQtTranslation(const QString &code);

    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_current;
    bool m_installed = false;
    bool m_qtInstalled = false;
};

} // namespace motcua

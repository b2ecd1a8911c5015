#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace motcua {

// The interface language: installs the embedded translation (:/i18n/motcua_<lang>.qm) on the
// application. Installing sends every widget a LanguageChange event; windows re-translate in
// changeEvent(). Source strings are English, so "en" works even without its .qm.
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
    // false (and nothing changes) for an unknown code or a missing .qm of "vi".
    bool setLanguage(const QString &code);

signals:
    void changed(const QString &code);

private:
    QTranslator m_translator;
    QString m_current;
    bool m_installed = false;
};

} // namespace motcua

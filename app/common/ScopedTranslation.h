#pragma once

#include <QString>
#include <QTranslator>

namespace motcua {

// Installs the program's translation for `language` ("vi", "en"; embedded as
// :/i18n/motcua_<language>.qm) for as long as it lives. For what must come out in one language
// whatever the rest of the program speaks: motcua-cli prints its forms in Vietnamese, the legal
// language of the counter's slips. English needs no translator (the sources are English).
class ScopedTranslation {
public:
    explicit ScopedTranslation(const QString &language);
    ~ScopedTranslation();
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

    bool isInstalled() const { return m_installed; }
    static QString resourcePath(const QString &language);

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace motcua

#include "domain/text/VietnameseFolding.h"

namespace motcua {

namespace {

// Base letter of a precomposed character: follow the canonical decomposition to its first
// code unit (Vietnamese letters carry up to two marks, e.g. ễ = e + ̂ + ̃).
QChar baseLetter(QChar c)
{
    for (int guard = 0; guard < 4; ++guard) {
        if (c.decompositionTag() != QChar::Canonical)
            break;
        const QString d = c.decomposition();
        if (d.isEmpty())
            break;
        c = d.at(0);
    }
    return c;
}

bool isCombiningMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

} // namespace

QString foldVietnamese(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80) {
            out.append(u >= u'A' && u <= u'Z' ? QChar(u + 32) : ch);
            continue;
        }
        if (u == 0x0110 || u == 0x0111) {    // Đ đ
            out.append(QLatin1Char('d'));
            continue;
        }
        if (isCombiningMark(ch))             // already-decomposed input
            continue;
        const QChar base = baseLetter(ch);
        if (base.unicode() == 0x0110 || base.unicode() == 0x0111)
            out.append(QLatin1Char('d'));
        else
            out.append(base.toLower());
    }
    return out;
}

QStringList foldedWords(const QString &text)
{
    const QString folded = foldVietnamese(text);
    QStringList words;
    QString current;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            current.append(ch);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString ftsPrefixPattern(const QString &text)
{
    const QStringList words = foldedWords(text);
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &w : words)
        terms.append(w + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

} // namespace motcua

#include "app/catalog/CatalogSearch.h"

#include "domain/text/VietnameseFolding.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace motcua {

namespace {
// Folded words for matching. Vietnamese spells some syllables with either i or y ("ký"/"kí",
// "lý"/"lí", "quy"/"qui") and officers type both, so y counts as i on both sides. It only ever
// widens a match.
QStringList searchWords(const QString &text)
{
    QStringList words = foldedWords(text);
    for (QString &w : words)
        w.replace(QLatin1Char('y'), QLatin1Char('i'));
    return words;
}
} // namespace

CatalogSearch::CatalogSearch(std::shared_ptr<const Catalog> catalog) : m_catalog(std::move(catalog))
{
    if (!m_catalog)
        m_catalog = std::make_shared<const Catalog>();
    m_entries.reserve(static_cast<size_t>(m_catalog->size()));
    for (const Procedure &p : m_catalog->procedures()) {
        Entry e{&p, foldVietnamese(p.name), searchWords(p.name), 0};
        // "Thủ tục …" (procedure …) opens some names and not others: not part of how specific it is.
        static const QString kProcedureWord = QStringLiteral("thu tuc ");
        e.rankLength = e.foldedName.size() - (e.foldedName.startsWith(kProcedureWord) ? kProcedureWord.size() : 0);
        e.words += searchWords(p.sector);
        m_entries.push_back(std::move(e));
    }
}

bool CatalogSearch::looksLikeCode(const QString &query)
{
    static const QRegularExpression re(QStringLiteral("^[0-9][0-9.]*$"));
    return re.match(query.trimmed()).hasMatch();
}

QList<const Procedure *> CatalogSearch::search(const QString &query, const QHash<QString, ProcedureUsage> &usage,
                                               int limit) const
{
    std::vector<const Entry *> hits;
    const QString trimmed = query.trimmed();
    if (looksLikeCode(trimmed)) {
        for (const Entry &e : m_entries)
            if (e.procedure->code.startsWith(trimmed))
                hits.push_back(&e);
    } else {
        const QStringList words = searchWords(trimmed);
        for (const Entry &e : m_entries) {
            const bool all = std::all_of(words.cbegin(), words.cend(), [&e](const QString &w) {
                return std::any_of(e.words.cbegin(), e.words.cend(), [&w](const QString &nw) { return nw.startsWith(w); });
            });
            if (all)
                hits.push_back(&e);
        }
    }
    // Decorate once, then sort: hash lookups and QDateTime comparisons inside the comparator
    // would be repeated n·log n times.
    struct Keyed {
        const Entry *entry;
        bool favourite;
        qint64 lastUsed; // ms since epoch; min when never used
        int match;       // 0: the words as one phrase in the name; 1: every word whole; 2: prefixes only
    };
    // How well a name matches what was typed, so that "khai sinh" puts "… đăng ký khai sinh" before
    // "… khai sinh có yếu tố nước ngoài" and before names where the words only start other words.
    const QStringList typed = looksLikeCode(trimmed) ? QStringList() : searchWords(trimmed);
    const QString phrase = QLatin1Char(' ') + typed.join(QLatin1Char(' '));
    auto matchOf = [&typed, &phrase](const Entry *e) {
        if (typed.isEmpty())
            return 2;
        if (QString(QLatin1Char(' ') + e->words.join(QLatin1Char(' '))).contains(phrase))
            return 0;
        const bool whole = std::all_of(typed.cbegin(), typed.cend(), [e](const QString &w) { return e->words.contains(w); });
        return whole ? 1 : 2;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(hits.size());
    for (const Entry *e : hits) {
        const auto it = usage.constFind(e->procedure->code);
        const bool fav = it != usage.constEnd() && it->favourite;
        const qint64 last = it != usage.constEnd() && it->lastUsedAt.isValid() ? it->lastUsedAt.toMSecsSinceEpoch()
                                                                                : std::numeric_limits<qint64>::min();
        keyed.push_back({e, fav, last, matchOf(e)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.favourite != b.favourite)
            return a.favourite;
        if (a.lastUsed != b.lastUsed)
            return a.lastUsed > b.lastUsed;
        if (a.match != b.match)
            return a.match < b.match;
        if (a.entry->rankLength != b.entry->rankLength)
            return a.entry->rankLength < b.entry->rankLength;   // the general procedure before its variants
        if (const int c = a.entry->foldedName.compare(b.entry->foldedName); c != 0)
            return c < 0;
        return a.entry->procedure->code < b.entry->procedure->code;
    });
    hits.clear();
    for (const Keyed &k : keyed)
        hits.push_back(k.entry);
    QList<const Procedure *> out;
    const size_t n = limit < 0 ? hits.size() : std::min(hits.size(), static_cast<size_t>(limit));
    out.reserve(static_cast<qsizetype>(n));
    for (size_t i = 0; i < n; ++i)
        out << hits[i]->procedure;
    return out;
}

} // namespace motcua

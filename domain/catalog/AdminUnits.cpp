#include "domain/catalog/AdminUnits.h"

#include "domain/cccd/ProvinceCodes.h"
#include "domain/text/VietnameseFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace motcua {

namespace {

const QString kBad = QStringLiteral("catalog.bad-units");

Error bad(const QString &reason) { return Error(kBad, reason); }

// The name without its kind ("Phường ", "Thành phố " …), folded.
QString bareFolded(const QString &name)
{
    static const QStringList kinds{QStringLiteral("Thành phố "), QStringLiteral("Tỉnh "), QStringLiteral("Phường "),
                                   QStringLiteral("Xã "), QStringLiteral("Đặc khu ")};
    for (const QString &k : kinds)
        if (name.startsWith(k))
            return foldVietnamese(name.mid(k.size()));
    return foldVietnamese(name);
}

QString initialsOf(const QStringList &words)
{
    QString out;
    for (const QString &w : words)
        out += w.left(1);
    return out;
}

// `needle` (folded words joined by ' ') as whole words in `haystack` (the same); the last position or -1.
qsizetype lastWordsAt(const QString &haystack, const QString &needle)
{
    const QRegularExpression re(QStringLiteral("(?:^| )") + QRegularExpression::escape(needle) + QStringLiteral("(?= |$)"));
    qsizetype last = -1;
    for (auto it = re.globalMatch(haystack); it.hasNext();)
        last = it.next().capturedStart();
    return last;
}

// Every word typed is the start of one of `words`.
bool allPrefixes(const QStringList &typed, const QStringList &words)
{
    return std::all_of(typed.begin(), typed.end(), [&words](const QString &q) {
        return std::any_of(words.begin(), words.end(), [&q](const QString &w) { return w.startsWith(q); });
    });
}

} // namespace

QString AdminUnit::display() const
{
    return level == Level::Province ? name : name + QStringLiteral(", ") + province;
}

Result<AdminUnits> AdminUnits::fromJson(const QByteArray &json)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(QStringLiteral("at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("motcua-admin-units")
        || root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return bad(QStringLiteral("not a motcua-admin-units file of format version 1"));
    const QJsonArray provinces = root.value(QStringLiteral("provinces")).toArray();
    if (provinces.isEmpty())
        return bad(QStringLiteral("no provinces"));

    static const QRegularExpression provinceShape(QStringLiteral("^(Tỉnh|Thành phố) \\S.*$"));
    static const QRegularExpression communeShape(QStringLiteral("^(Phường|Xã|Đặc khu) \\S.*$"));
    AdminUnits out;
    out.m_complete = root.value(QStringLiteral("complete")).toBool(false);
    QSet<QString> names;
    QSet<QString> codes;
    QList<AdminUnit> communes;
    for (const QJsonValue &pv : provinces) {
        const QJsonObject p = pv.toObject();
        const QString name = p.value(QStringLiteral("name")).toString().trimmed();
        if (!provinceShape.match(name).hasMatch())
            return bad(QStringLiteral("province '%1': a name starts with 'Tỉnh' or 'Thành phố'").arg(name));
        if (names.contains(bareFolded(name)))
            return bad(QStringLiteral("province '%1' twice").arg(name));
        names.insert(bareFolded(name));
        const QJsonArray idCodes = p.value(QStringLiteral("idCodes")).toArray();
        if (idCodes.isEmpty())
            return bad(QStringLiteral("province '%1': no 'idCodes'").arg(name));
        out.m_provinceNames << qMakePair(bareFolded(name), name);
        for (const QJsonValue &cv : idCodes) {
            const QString code = cv.toString();
            if (!ProvinceCodes::isKnown(code))
                return bad(QStringLiteral("province '%1': '%2' is no ID-number province code").arg(name, code));
            if (codes.contains(code))
                return bad(QStringLiteral("province '%1': code %2 already belongs to another province").arg(name, code));
            codes.insert(code);
            const QString former = foldVietnamese(ProvinceCodes::name(code));
            if (former != bareFolded(name))
                out.m_provinceNames << qMakePair(former, name);
        }
        out.m_units << AdminUnit{AdminUnit::Level::Province, name, name};
        QSet<QString> inProvince;
        for (const QJsonValue &cv : p.value(QStringLiteral("communes")).toArray()) {
            const QString commune = cv.toString().trimmed();
            if (!communeShape.match(commune).hasMatch())
                return bad(QStringLiteral("province '%1': commune '%2': a name starts with 'Phường', 'Xã' or 'Đặc khu'").arg(name, commune));
            if (inProvince.contains(foldVietnamese(commune)))
                return bad(QStringLiteral("province '%1': commune '%2' twice").arg(name, commune));
            inProvince.insert(foldVietnamese(commune));
            communes << AdminUnit{AdminUnit::Level::Commune, commune, name};
        }
    }
    if (codes.size() != ProvinceCodes::all().size())
        return bad(QStringLiteral("%1 of the %2 ID-number province codes are given to a province").arg(codes.size()).arg(ProvinceCodes::all().size()));
    out.m_provinces = int(out.m_units.size());
    out.m_units << communes;
    for (const AdminUnit &u : std::as_const(out.m_units)) {
        // Without the kinds ("Phường", "Thành phố"): "thanh xuan" is not every ward of a "Thành phố".
        Entry e{u, bareFolded(u.name), {}, {}, {}};
        e.nameWords = foldedWords(e.bare);
        e.initials = initialsOf(e.nameWords);
        e.words = e.nameWords;
        if (u.level == AdminUnit::Level::Commune)
            e.words << foldedWords(bareFolded(u.province));
        out.m_entries << e;
    }
    // The longest names first, so that "Thừa Thiên Huế" is found before "Huế" at the same place.
    std::stable_sort(out.m_provinceNames.begin(), out.m_provinceNames.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return out;
}

QList<AdminUnit> AdminUnits::search(const QString &typed, int limit) const
{
    const QStringList query = foldedWords(typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const QString joined = query.join(QLatin1Char(' '));
    QList<QPair<int, qsizetype>> ranked;   // rank, index
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        int rank = -1;
        if (e.bare.startsWith(joined)) {
            rank = 0;
        } else if (allPrefixes(query, e.nameWords)) {
            rank = 1;
        } else if (allPrefixes(query, e.words)) {
            rank = 2;
        } else if (query.size() == 1 && joined.size() >= 2 && e.initials.startsWith(joined)) {
            rank = 3;
        }
        if (rank >= 0)
            ranked << qMakePair(rank * 2 + (e.unit.level == AdminUnit::Level::Commune ? 1 : 0), i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<AdminUnit> out;
    for (qsizetype k = 0; k < ranked.size() && k < limit; ++k)
        out << m_entries.at(ranked.at(k).second).unit;
    return out;
}

QString AdminUnits::provinceIn(const QString &text) const
{
    const QString folded = foldedWords(text).join(QLatin1Char(' '));
    QString found;
    qsizetype at = -1;
    for (const auto &[name, province] : m_provinceNames) {
        const qsizetype p = lastWordsAt(folded, foldedWords(name).join(QLatin1Char(' ')));
        if (p > at) {
            at = p;
            found = province;
        }
    }
    return found;
}

} // namespace motcua

#include "domain/catalog/AdminUnits.h"

#include "domain/cccd/ProvinceCodes.h"
#include "domain/text/VietnameseFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

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

// The kind a name starts with, folded ("phuong", "thanh pho" …); "" when none.
QString kindFolded(const QString &name)
{
    static const QStringList kinds{QStringLiteral("Thành phố "), QStringLiteral("Tỉnh "), QStringLiteral("Phường "),
                                   QStringLiteral("Xã "), QStringLiteral("Đặc khu ")};
    for (const QString &k : kinds)
        if (name.startsWith(k))
            return foldVietnamese(k.trimmed());
    return {};
}

// A kind typed before the name ("phuong ba dinh", "tp ho chi minh"): the kind, folded, and the
// words after it; nothing when the query has no such start or nothing after it.
QPair<QString, QStringList> typedKind(const QStringList &query)
{
    static const QList<QPair<QStringList, QString>> kinds{
        {{QStringLiteral("phuong")}, QStringLiteral("phuong")},   {{QStringLiteral("xa")}, QStringLiteral("xa")},
        {{QStringLiteral("dac"), QStringLiteral("khu")}, QStringLiteral("dac khu")},
        {{QStringLiteral("tinh")}, QStringLiteral("tinh")},
        {{QStringLiteral("thanh"), QStringLiteral("pho")}, QStringLiteral("thanh pho")},
        {{QStringLiteral("tp")}, QStringLiteral("thanh pho")}};
    for (const auto &[words, kind] : kinds)
        if (query.size() > words.size() && std::equal(words.begin(), words.end(), query.begin()))
            return {kind, query.mid(words.size())};
    return {};
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
        || root.value(QStringLiteral("formatVersion")).toInt() != 2)
        return bad(QStringLiteral("not a motcua-admin-units file of format version 2"));
    const QJsonArray provinces = root.value(QStringLiteral("provinces")).toArray();
    if (provinces.isEmpty())
        return bad(QStringLiteral("no provinces"));

    static const QRegularExpression provinceShape(QStringLiteral("^(Tỉnh|Thành phố) \\S.*$"));
    static const QRegularExpression communeShape(QStringLiteral("^(Phường|Xã|Đặc khu) \\S.*$"));
    static const QRegularExpression provinceCodeShape(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression communeCodeShape(QStringLiteral("^[0-9]{5}$"));
    AdminUnits out;
    out.m_complete = root.value(QStringLiteral("complete")).toBool(false);
    QSet<QString> names;
    QSet<QString> codes;       // ID-number province codes
    QSet<QString> unitCodes;   // GSO codes, provinces' and communes' (2 and 5 digits: never equal)
    QList<AdminUnit> communes;
    for (const QJsonValue &pv : provinces) {
        const QJsonObject p = pv.toObject();
        const QString name = p.value(QStringLiteral("name")).toString().trimmed();
        if (!provinceShape.match(name).hasMatch())
            return bad(QStringLiteral("province '%1': a name starts with 'Tỉnh' or 'Thành phố'").arg(name));
        if (names.contains(bareFolded(name)))
            return bad(QStringLiteral("province '%1' twice").arg(name));
        names.insert(bareFolded(name));
        const QString provinceCode = p.value(QStringLiteral("code")).toString();
        if (!provinceCodeShape.match(provinceCode).hasMatch())
            return bad(QStringLiteral("province '%1': code '%2' is not 2 digits").arg(name, provinceCode));
        if (unitCodes.contains(provinceCode))
            return bad(QStringLiteral("province '%1': code %2 twice").arg(name, provinceCode));
        unitCodes.insert(provinceCode);
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
        out.m_units << AdminUnit{AdminUnit::Level::Province, name, name, provinceCode};
        QSet<QString> inProvince;
        for (const QJsonValue &cv : p.value(QStringLiteral("communes")).toArray()) {
            const QJsonObject c = cv.toObject();
            // NFC: the same name typed with combining marks is the same name. Not folded: "Xã Văn
            // Lang" and "Xã Văn Lăng" are two communes of Thái Nguyên (eight such pairs in 2025).
            const QString commune = c.value(QStringLiteral("name")).toString().trimmed().normalized(QString::NormalizationForm_C);
            const QString code = c.value(QStringLiteral("code")).toString();
            if (!communeShape.match(commune).hasMatch())
                return bad(QStringLiteral("province '%1': commune '%2': a name starts with 'Phường', 'Xã' or 'Đặc khu'").arg(name, commune));
            if (!communeCodeShape.match(code).hasMatch())
                return bad(QStringLiteral("province '%1': commune '%2': code '%3' is not 5 digits").arg(name, commune, code));
            if (inProvince.contains(commune))
                return bad(QStringLiteral("province '%1': commune '%2' twice").arg(name, commune));
            if (unitCodes.contains(code))
                return bad(QStringLiteral("province '%1': commune '%2': code %3 twice").arg(name, commune, code));
            inProvince.insert(commune);
            unitCodes.insert(code);
            communes << AdminUnit{AdminUnit::Level::Commune, commune, name, code};
        }
    }
    if (codes.size() != ProvinceCodes::all().size())
        return bad(QStringLiteral("%1 of the %2 ID-number province codes are given to a province").arg(codes.size()).arg(ProvinceCodes::all().size()));
    out.m_provinces = int(out.m_units.size());
    out.m_units << communes;
    for (const AdminUnit &u : std::as_const(out.m_units)) {
        // Without the kinds ("Phường", "Thành phố"): "thanh xuan" is not every ward of a "Thành phố".
        Entry e{u, kindFolded(u.name), bareFolded(u.name), {}, {}, {}};
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

namespace {

// How well the folded words typed match a unit: 0 the name's start, 1 the name's words, 2 with its
// province's words, 3 the initials (one word typed); -1 no match.
template<typename E>
int matchRank(const E &e, const QStringList &query, const QString &joined)
{
    if (e.bare.startsWith(joined))
        return 0;
    if (allPrefixes(query, e.nameWords))
        return 1;
    if (allPrefixes(query, e.words))
        return 2;
    if (query.size() == 1 && joined.size() >= 2 && e.initials.startsWith(joined))
        return 3;
    return -1;
}

} // namespace

QList<AdminUnit> AdminUnits::search(const QString &typed, int limit, Scope scope) const
{
    const QStringList query = foldedWords(typed);
    if (query.isEmpty() || limit <= 0)
        return {};
    const QString joined = query.join(QLatin1Char(' '));
    // "Phường Ba Đình" typed whole: the kind typed counts for the units of that kind.
    const auto [kind, rest] = typedKind(query);
    const QString restJoined = rest.join(QLatin1Char(' '));
    // Ranks 0..3, each split provinces / communes: 8 buckets, filled in file order and each kept to
    // `limit`, so that a short query matching thousands of units costs no more than a precise one.
    std::array<QList<qsizetype>, 8> buckets;
    const qsizetype end = scope == Scope::Provinces ? qsizetype(m_provinces) : m_entries.size();
    for (qsizetype i = 0; i < end; ++i) {
        const Entry &e = m_entries.at(i);
        int rank = matchRank(e, query, joined);
        if (!kind.isEmpty() && e.kind == kind) {
            const int withKind = matchRank(e, rest, restJoined);
            if (withKind >= 0 && (rank < 0 || withKind < rank))
                rank = withKind;
        }
        if (rank < 0)
            continue;
        QList<qsizetype> &bucket = buckets[std::size_t(rank * 2 + (e.unit.level == AdminUnit::Level::Commune ? 1 : 0))];
        if (bucket.size() < limit)
            bucket << i;
    }
    QList<AdminUnit> out;
    for (const QList<qsizetype> &bucket : buckets) {
        for (const qsizetype i : bucket) {
            if (out.size() == limit)
                return out;
            out << m_entries.at(i).unit;
        }
    }
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

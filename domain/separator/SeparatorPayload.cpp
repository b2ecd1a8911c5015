#include "domain/separator/SeparatorPayload.h"

namespace motcua {
namespace {

QStringView trimTrailingNewlines(QStringView s)
{
    while (!s.isEmpty() && (s.back() == u'\n' || s.back() == u'\r'))
        s.chop(1);
    return s;
}

} // namespace

QString SeparatorPayload::kindName(Kind k)
{
    return k == Kind::Dossier ? QStringLiteral("dossier") : QStringLiteral("component");
}

Status SeparatorPayload::checkLabel(QStringView label)
{
    auto bad = [](const QString &why) { return Error(QStringLiteral("separator.bad-label"), why); };
    if (label.size() > kMaxLabelChars)
        return bad(QStringLiteral("longer than %1 characters").arg(kMaxLabelChars));
    if (label.trimmed().isEmpty())
        return bad(QStringLiteral("empty"));
    for (QChar c : label) {
        // Control characters (Cc) would break a printed title and the line-based tools.
        if (c.category() == QChar::Other_Control)
            return bad(QStringLiteral("contains a control character"));
    }
    return {};
}

Result<QString> SeparatorPayload::toText() const
{
    if (kind == Kind::Dossier)
        return QString(kTag.toString() + QStringLiteral("|dossier"));
    if (const Status s = checkLabel(label); !s.ok())
        return s.error();
    return QString(kTag.toString() + QStringLiteral("|component|") + label);
}

Result<SeparatorPayload> SeparatorPayload::parseUtf8(QByteArrayView utf8)
{
    return parse(QString::fromUtf8(utf8));
}

Result<SeparatorPayload> SeparatorPayload::parse(QStringView input)
{
    const QStringView text = trimTrailingNewlines(input);
    const qsizetype bar = text.indexOf(u'|');
    const QStringView tag = bar < 0 ? text : text.first(bar);
    if (!tag.startsWith(u"MOTCUA-SEP"))
        return Error(QStringLiteral("separator.not-separator"), QStringLiteral("no MOTCUA-SEP tag"));
    if (tag != kTag)
        return Error(QStringLiteral("separator.unsupported-version"), QStringLiteral("tag is not MOTCUA-SEP1"));
    if (bar < 0)
        return Error(QStringLiteral("separator.bad-kind"), QStringLiteral("no kind"));
    const QStringView rest = text.sliced(bar + 1);
    if (rest == u"dossier")
        return SeparatorPayload{Kind::Dossier, {}};
    if (!rest.startsWith(u"component|")) {
        return Error(QStringLiteral("separator.bad-kind"),
                     rest.startsWith(u"component") ? QStringLiteral("component without a label")
                                                    : QStringLiteral("not dossier or component"));
    }
    const QStringView label = rest.sliced(10);
    if (const Status s = checkLabel(label); !s.ok())
        return s.error();
    return SeparatorPayload{Kind::Component, label.toString()};
}

} // namespace motcua

#pragma once

#include "app/lookup/LookupTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua::lookup {

// Officer-facing (translated) words for a registry answer: where it came from and how old it is
// ("Từ bộ nhớ đệm, cập nhật 3 giờ trước"), the warehouse's documents. Translated at call time.
class RegistryText {
    Q_DECLARE_TR_FUNCTIONS(motcua::lookup::RegistryText)
public:
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago" (fetchedAt and now in UTC).
    static QString ageText(const QDateTime &fetchedAt, const QDateTime &now);
    // One sentence on the answer's source: the portal just now, the cache with its age, the portal
    // unreachable with nothing cached (the counter goes on with the card's QR or by typing), a
    // revoked device. Empty for a stand-alone workspace.
    static QString sourceText(const RegistryAnswer &answer, const QDateTime &now);
    // "Marriage certificate No. 123/2019, UBND xã Tân Lập, 12/03/2019" (the kind's name when known).
    static QString documentText(const RegistryDocument &document);
    static QString documentKindName(const QString &kind);
};

} // namespace motcua::lookup

#pragma once

#include <QString>
#include <QStringList>

namespace motcua {

// The one folding used everywhere text is searched: canonical decomposition (NFD), combining marks
// dropped, đ/Đ → d, lower-case. "Nguyễn Văn Đức" → "nguyen van duc". Used both to fill the
// *_folded shadow columns and to fold what the officer types, so the two always agree.
// SQLite's unicode61 remove_diacritics cannot do this (stacked marks, đ), hence C++.
QString foldVietnamese(const QString &text);

// Words of a folded text: runs of letters and digits.
QStringList foldedWords(const QString &text);

// An FTS4 MATCH pattern for a prefix search on folded columns: every word of `text`, folded,
// as a prefix term ("nguyen* van* duc*"). Empty when `text` has no word. Operators typed by the
// user cannot leak into the pattern: only letters and digits survive.
QString ftsPrefixPattern(const QString &text);

} // namespace motcua

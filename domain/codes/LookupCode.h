#pragma once

#include "domain/Result.h"

#include <QString>

#include <functional>

namespace motcua {

// The short code on the receipt a citizen types to check status. Alphabet without look-alikes:
// digits 2–9 and upper-case letters except I, L, O (vs 1/0), U, V (vs each other). 29 symbols:
// 8 characters give 29^8 ≈ 5·10^11 codes, so random draws almost never collide; the store's
// UNIQUE(office, year, code) and a retry make them unique per office per year.
class LookupCode {
public:
    static constexpr int kDefaultLength = 8;
    static constexpr int kMinLength = 6;
    static constexpr int kMaxLength = 8;

    static QString alphabet();                      // "23456789ABCDEFGHJKMNPQRSTWXYZ"
    static QString generate(int length = kDefaultLength); // QRandomGenerator::system()
    static bool isWellFormed(const QString &code);  // length 6–8, alphabet only
    // What a citizen typed → the code: upper-cased, spaces and dashes dropped. Look-alikes are not
    // guessed (O could be 0 or Q): they fail isWellFormed() and the page asks again.
    static QString normalize(const QString &typed);

    // Draws until `tryReserve` accepts a code (the store inserts it under its UNIQUE index and says
    // whether it was free) or `maxAttempts` draws failed ("codes.lookup-exhausted").
    static Result<QString> allocate(const std::function<Result<bool>(const QString &code)> &tryReserve,
                                    int length = kDefaultLength, int maxAttempts = 32);
};

} // namespace motcua

#include "domain/codes/LookupCode.h"

#include <QRandomGenerator>

#include <cstring>

namespace motcua {
namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTWXYZ";
constexpr int kAlphabetSize = int(sizeof(kAlphabet) - 1);
} // namespace

QString LookupCode::alphabet()
{
    return QString::fromLatin1(kAlphabet);
}

QString LookupCode::generate(int length)
{
    QString out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system(); // crypto-quality: codes must not be guessable
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kAlphabet[rng->bounded(kAlphabetSize)])); // bounded(): no modulo bias
    return out;
}

bool LookupCode::isWellFormed(const QString &code)
{
    if (code.size() < kMinLength || code.size() > kMaxLength)
        return false;
    for (QChar c : code) {
        if (c.unicode() == 0 || c.unicode() > 0x7f || std::strchr(kAlphabet, char(c.unicode())) == nullptr)
            return false;
    }
    return true;
}

QString LookupCode::normalize(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

Result<QString> LookupCode::allocate(const std::function<Result<bool>(const QString &code)> &tryReserve,
                                     int length, int maxAttempts)
{
    if (length < kMinLength || length > kMaxLength)
        return Error(QStringLiteral("codes.bad-length"), QString::number(length));
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        const QString code = generate(length);
        Result<bool> r = tryReserve(code);
        if (!r)
            return r.error();
        if (*r)
            return code;
    }
    return Error(QStringLiteral("codes.lookup-exhausted"), QString::number(maxAttempts));
}

} // namespace motcua

// libFuzzer target: the CCCD QR parser on arbitrary bytes (as UTF-8, and as UTF-16 code units,
// which a keyboard wedge or a QString from elsewhere can carry: lone surrogates included).
// Built only in the opt-in clang build (tests/fuzz/README.md).
#include "fuzz/ParserInvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = motcua::fuzz::checkCccd(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_cccd: %s\n", qPrintable(problem));
        std::abort();
    }
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, (size / 2) * 2);
    (void)motcua::CccdParser::parse(utf16);
    return 0;
}

// libFuzzer target: the receipt (MOTCUA1) and separator-sheet (MOTCUA-SEP1) payload parsers on
// arbitrary bytes; what parses must round-trip through toText(). Opt-in clang build only.
#include "fuzz/ParserInvariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = motcua::fuzz::checkReceiptAndSeparator(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_receipt: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}

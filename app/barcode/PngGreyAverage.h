#pragma once

#include <QtGlobal>

#include <cstdint>

namespace motcua {

// Two rows of 8-bit pixels (`channels` a pixel: 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA) averaged
// 2×2 into one row of `width` / 2 grey pixels: colour by the luminance weights of BarcodeReader's
// half-size copy, (306 R + 601 G + 117 B) / 1024, transparency composed on white paper, grey
// rounded exactly as BarcodeReader rounds. An odd last column is left out. Both ways of reading a
// PNG at half size (libpng's rows, PngInflate's whole image) end here, so they agree to the bit.
void averageRowPair(const uchar *even, const uchar *odd, int channels, std::uint32_t width, uchar *out);

} // namespace motcua

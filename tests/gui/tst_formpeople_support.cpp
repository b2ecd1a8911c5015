// tst_formpeople shares the Receive page test helpers (a signed-in counter, the card burst, the store read back).
#include "tst_receivepage_support.cpp"

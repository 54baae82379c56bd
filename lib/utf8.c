/* UTF-8 validation (utf8proc) and character counting for diagnostics. The
 * whole input is validated once before lexing so the lexer can trust it. */
#include <utf8proc.h>

#include <string.h>

#include "sd_internal.h"

int sdi_utf8_validate(const char *z, size_t n, size_t *bad_off, const char **what)
{
    const uint64_t high_bits = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    size_t i = 0;
    while (i < n) {
        /* eight plain ASCII bytes at a time: no high bit and no NUL */
        if (n - i >= 8) {
            uint64_t w;
            memcpy(&w, z + i, 8);
            if (((w | ((w - ones) & ~w)) & high_bits) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char c = (unsigned char)z[i];
        if (c == 0) {
            *bad_off = i;
            *what = "NUL byte in input";
            return SD_ERR_ENCODING;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        size_t left = n - i;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)z + i,
                                              left > 4 ? 4 : (utf8proc_ssize_t)left, &cp);
        if (k < 0) {
            *bad_off = i;
            *what = "invalid UTF-8 byte sequence";
            return SD_ERR_ENCODING;
        }
        i += (size_t)k;
    }
    return SD_OK;
}

size_t sdi_utf8_count(const char *z, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)z[i] & 0xC0) != 0x80)
            count++;
    return count;
}

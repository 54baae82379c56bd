/* libFuzzer target: the re2c lexer alone, in both dialects, on any valid
 * UTF-8 input (what the statement driver lets through). Tokens must come in
 * order, inside the input, each non-empty, and the scan must end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sd_internal.h"

static void lex_all(int dialect, const char *buf, size_t len)
{
    sd_lexer lx;
    sdi_lexer_init(&lx, dialect, buf, len);
    size_t next = 0, count = 0;
    sd_token t;
    while (sdi_lex(&lx, &t) != 0) {
        if (t.z < buf || t.n == 0 || (size_t)(t.z - buf) < next || (size_t)(t.z - buf) + t.n > len)
            abort();
        next = (size_t)(t.z - buf) + t.n;
        if (++count > len)
            abort();   /* more tokens than bytes: no progress */
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t bad;
    const char *what;
    if (sdi_utf8_validate((const char *)data, size, &bad, &what) != SD_OK)
        return 0;
    char *buf = malloc(size + 1);   /* the lexer's NUL sentinel */
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = 0;
    lex_all(SD_DIALECT_POSTGRES, buf, size);
    lex_all(SD_DIALECT_SQLITE, buf, size);
    free(buf);
    return 0;
}

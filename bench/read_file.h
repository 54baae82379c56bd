/* Shared by the benchmark programs: read a whole file into a NUL-terminated
 * buffer (the re2c lexer needs the sentinel; libpg_query takes C strings).
 * Returns NULL when it cannot read or allocate; the caller frees. */
#ifndef BENCH_READ_FILE_H
#define BENCH_READ_FILE_H

#include <stdio.h>
#include <stdlib.h>

static char *read_whole_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!buf)
            break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *bigger = realloc(buf, cap * 2 + 1);
        if (!bigger) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = bigger;
        cap *= 2;
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

#endif

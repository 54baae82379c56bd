/* Benchmark peer: libpg_query's raw parse (PostgreSQL's own grammar, parse
 * tree only, no analysis) over migration files one at a time, from Debian's
 * libpg-query-dev. pg_query_raw_parse is declared in a header that needs
 * PostgreSQL's server headers, so its result type is restated here.
 * Prints "<bytes> bytes <errors> files with errors".
 * Usage: pg_query_parse FILE... */
#include <stdio.h>
#include <stdlib.h>

#include <pg_query.h>

#include "read_file.h"

typedef struct {
    void *tree;
    char *stderr_buffer;
    PgQueryError *error;
} raw_parse_result;

raw_parse_result pg_query_raw_parse(const char *input);
void *pg_query_enter_memory_context(void);
void pg_query_exit_memory_context(void *ctx);
void pg_query_free_error(PgQueryError *error);

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: pg_query_parse FILE...\n");
        return 1;
    }
    pg_query_init();
    unsigned long long bytes = 0, failed = 0;
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *text = read_whole_file(argv[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 1;
        }
        void *ctx = pg_query_enter_memory_context();
        raw_parse_result r = pg_query_raw_parse(text);
        if (r.error) {
            failed++;
            pg_query_free_error(r.error);
        }
        free(r.stderr_buffer);
        pg_query_exit_memory_context(ctx);
        bytes += len;
        free(text);
    }
    printf("%llu bytes %llu files with errors\n", bytes, failed);
    return 0;
}

/* Benchmark peer: our re2c lexer alone over migration files, one file at a
 * time (read, tokenize, free), so bench/run.py can set the cost of lexing
 * against the whole replay. Prints "<bytes> bytes <tokens> tokens".
 * Usage: lex_only postgres|sqlite FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read_file.h"
#include "sd_internal.h"

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "postgres") && strcmp(argv[1], "sqlite"))) {
        fprintf(stderr, "usage: lex_only postgres|sqlite FILE...\n");
        return 1;
    }
    int dialect = strcmp(argv[1], "postgres") == 0 ? SD_DIALECT_POSTGRES : SD_DIALECT_SQLITE;
    unsigned long long bytes = 0, tokens = 0;
    for (int i = 2; i < argc; i++) {
        size_t len = 0;
        char *text = read_whole_file(argv[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 1;
        }
        sd_lexer lx;
        sd_token tok;
        sdi_lexer_init(&lx, dialect, text, len);
        while (sdi_lex(&lx, &tok) != 0)
            tokens++;
        bytes += len;
        free(text);
    }
    printf("%llu bytes %llu tokens\n", bytes, tokens);
    return 0;
}

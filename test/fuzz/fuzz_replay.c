/* libFuzzer target: replay arbitrary bytes as PostgreSQL and as SQLite DDL
 * (the lexer, the statement splitter, the grammar and every builder), then
 * serialise the catalog both ways. Nothing may crash, leak or hang; each
 * statement gets an outcome. The first byte picks the dialect. */
#include <stdint.h>
#include <stdlib.h>

#include <schemadrift/schemadrift.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int dialect = (data[0] & 1) ? SD_DIALECT_SQLITE : SD_DIALECT_POSTGRES;
    sd_catalog *cat = NULL;
    if (sd_catalog_new(dialect, &cat) != SD_OK)
        return 0;
    sd_catalog_apply_sql(cat, (const char *)data + 1, size - 1, "fuzz.sql");
    for (size_t i = 0; i < sd_catalog_statement_count(cat); i++) {
        int o = sd_statement_outcome(sd_catalog_statement_at(cat, i));
        if (o < SD_OUTCOME_APPLIED || o > SD_OUTCOME_ACKNOWLEDGED)
            abort();   /* every statement has an outcome */
    }
    for (int f = SD_FORMAT_JSON; f <= SD_FORMAT_SQL; f++) {
        sd_buf *b = NULL;
        if (sd_catalog_serialize(cat, f, &b) == SD_OK)
            sd_buf_dispose(b);
    }
    sd_catalog_free(cat);
    return 0;
}

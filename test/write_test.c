/* Streaming serialisation test (suite "golden"): sd_catalog_write hands the
 * same text as sd_catalog_serialize to its callback, in bounded pieces, for
 * both formats and dialects; a refusing callback stops it with SD_ERR_IO;
 * bad arguments are SD_ERR_MISUSE. Runs under valgrind too. */
#include <schemadrift/schemadrift.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond)                                                                \
    do {                                                                           \
        if (!(cond)) {                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                            \
        }                                                                          \
    } while (0)

/* What the callback received. `refuse_at`: return non-zero on that call. */
typedef struct collected {
    char *text;
    size_t len, cap;
    size_t calls, largest;
    size_t refuse_at;   /* 0: never */
    int bad_piece;      /* a piece was empty or its data NULL */
} collected;

static int collect(void *ctx, const char *data, size_t len)
{
    collected *c = ctx;
    c->calls++;
    if (!data || len == 0)
        c->bad_piece = 1;
    if (c->refuse_at && c->calls == c->refuse_at)
        return 1;
    if (len > c->largest)
        c->largest = len;
    if (c->len + len > c->cap) {
        c->cap = (c->len + len) * 2;
        c->text = realloc(c->text, c->cap);
        if (!c->text) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
    }
    memcpy(c->text + c->len, data, len);
    c->len += len;
    return 0;
}

/* A history large enough to give many pieces: `tables` tables with an
 * index, a foreign key and a view each. */
static sd_catalog *big_catalog(int dialect, int tables)
{
    sd_catalog *cat = NULL;
    if (sd_catalog_new(dialect, &cat) != SD_OK)
        exit(1);
    char sql[1024];
    for (int i = 0; i < tables; i++) {
        snprintf(sql, sizeof sql,
                 "CREATE TABLE t%d (id integer PRIMARY KEY, name varchar(40) NOT NULL DEFAULT 'x',"
                 " parent integer REFERENCES t%d, note text);\n"
                 "CREATE INDEX t%d_name ON t%d (name);\n"
                 "CREATE VIEW v%d AS SELECT id, name FROM t%d;\n",
                 i, i ? i - 1 : 0, i, i, i, i);
        if (sd_catalog_apply_sql(cat, sql, strlen(sql), "big.sql") != SD_OK) {
            fprintf(stderr, "setup failed: %s\n", sd_catalog_errmsg(cat));
            exit(1);
        }
    }
    return cat;
}

static void same_as_serialize(const sd_catalog *cat, int format, const char *what, int big)
{
    sd_buf *buf = NULL;
    CHECK(sd_catalog_serialize(cat, format, &buf) == SD_OK);
    size_t n = 0;
    const char *whole = sd_buf_data(buf, &n);
    collected c = {0};
    CHECK(sd_catalog_write(cat, format, collect, &c) == SD_OK);
    if (c.len != n || memcmp(c.text, whole, n) != 0) {
        fprintf(stderr, "%s: streamed text (%zu bytes) differs from sd_catalog_serialize (%zu bytes)\n", what,
                c.len, n);
        failures++;
    }
    CHECK(!c.bad_piece);
    /* the large catalogs come in several pieces, each bounded: a piece ends
     * at the first statement or line boundary after 64 KiB */
    if (big) {
        CHECK(n > 128 * 1024);
        CHECK(c.calls > 2);
        CHECK(c.largest < 128 * 1024);
    }
    free(c.text);
    sd_buf_dispose(buf);
}

static void test_matches_serialize(void)
{
    int dialects[2] = {SD_DIALECT_POSTGRES, SD_DIALECT_SQLITE};
    for (int d = 0; d < 2; d++) {
        sd_catalog *cat = big_catalog(dialects[d], 700);
        same_as_serialize(cat, SD_FORMAT_SQL, d ? "sqlite sql" : "postgres sql", 1);
        same_as_serialize(cat, SD_FORMAT_JSON, d ? "sqlite json" : "postgres json", 1);
        sd_catalog_free(cat);
        /* an empty catalog: the same short text, in one piece */
        cat = big_catalog(dialects[d], 0);
        same_as_serialize(cat, SD_FORMAT_SQL, "empty sql", 0);
        same_as_serialize(cat, SD_FORMAT_JSON, "empty json", 0);
        sd_catalog_free(cat);
    }
}

static void test_refusing_writer(void)
{
    sd_catalog *cat = big_catalog(SD_DIALECT_POSTGRES, 700);
    for (size_t at = 1; at <= 3; at++) {
        collected c = {.refuse_at = at};
        CHECK(sd_catalog_write(cat, SD_FORMAT_SQL, collect, &c) == SD_ERR_IO);
        CHECK(c.calls == at);   /* not called again after refusing */
        free(c.text);
    }
    /* the catalog is untouched: a later write succeeds */
    collected c = {0};
    CHECK(sd_catalog_write(cat, SD_FORMAT_JSON, collect, &c) == SD_OK);
    CHECK(c.len > 0);
    free(c.text);
    sd_catalog_free(cat);
}

static void test_misuse(void)
{
    sd_catalog *cat = big_catalog(SD_DIALECT_SQLITE, 1);
    collected c = {0};
    CHECK(sd_catalog_write(NULL, SD_FORMAT_SQL, collect, &c) == SD_ERR_MISUSE);
    CHECK(sd_catalog_write(cat, SD_FORMAT_SQL, NULL, &c) == SD_ERR_MISUSE);
    CHECK(sd_catalog_write(cat, 0, collect, &c) == SD_ERR_MISUSE);
    CHECK(sd_catalog_write(cat, 3, collect, &c) == SD_ERR_MISUSE);
    CHECK(c.calls == 0);
    sd_catalog_free(cat);
}

int main(void)
{
    test_matches_serialize();
    test_refusing_writer();
    test_misuse();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("write: ok\n");
    return 0;
}

/* Concurrency test (suite "threads"): distinct handles on distinct threads.
 * Eight threads each replay the same golden scenarios into catalogs of
 * their own, serialise them, and run whole checks; every result must equal
 * the one computed on the main thread first. Built and run under
 * ThreadSanitizer in CI (-Db_sanitize=thread) as well as plainly. Run from
 * test/ (paths are relative to it). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <schemadrift/schemadrift.h>

#define THREADS 8
#define ROUNDS 5

static const char *const scenarios[][2] = {
    {"golden/postgres/accepted_forms_misc.sql", "postgres"},
    {"golden/postgres/quantified_array_cmp.sql", "postgres"},
    {"golden/postgres/null_defaults.sql", "postgres"},
    {"golden/sqlite/without_rowid_strict_mix.sql", "sqlite"},
};
#define NSCENARIOS (sizeof scenarios / sizeof scenarios[0])

/* The JSON dump of one scenario, or of the drift example's check report
 * (i == NSCENARIOS); heap, NULL on failure. */
static char *result(size_t i)
{
    sd_buf *b = NULL;
    if (i < NSCENARIOS) {
        sd_catalog *cat = NULL;
        int dialect = strcmp(scenarios[i][1], "sqlite") == 0 ? SD_DIALECT_SQLITE : SD_DIALECT_POSTGRES;
        if (sd_catalog_new(dialect, &cat) != SD_OK)
            return NULL;
        int rc = sd_catalog_apply_file(cat, scenarios[i][0]);
        if ((rc == SD_OK || rc == SD_ERR_ENGINE || rc == SD_ERR_UNMODELLED) && sd_catalog_serialize(cat, SD_FORMAT_JSON, &b) != SD_OK)
            b = NULL;
        sd_catalog_free(cat);
    } else {
        sd_check *c = NULL;
        if (sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) != SD_OK)
            return NULL;
        if (sd_check_add_schema(c, "../examples/drift/schema.sql") != SD_OK ||
            sd_check_add_migrations(c, "../examples/drift/migrations") != SD_OK || sd_check_run(c) != SD_OK ||
            sd_check_serialize(c, SD_REPORT_JSON, &b) != SD_OK)
            b = NULL;
        sd_check_free(c);
    }
    if (!b)
        return NULL;
    char *copy = strdup(sd_buf_data(b, NULL));
    sd_buf_dispose(b);
    return copy;
}

static char *expected[NSCENARIOS + 1];

static void *worker(void *arg)
{
    size_t id = (size_t)arg, mismatches = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t k = 0; k <= NSCENARIOS; k++) {
            size_t i = (k + id) % (NSCENARIOS + 1);   /* threads start at different scenarios */
            char *got = result(i);
            if (!got || strcmp(got, expected[i]) != 0)
                mismatches++;
            free(got);
        }
    }
    return (void *)mismatches;
}

int main(void)
{
    for (size_t i = 0; i <= NSCENARIOS; i++) {
        expected[i] = result(i);
        if (!expected[i] || strlen(expected[i]) < 100) {
            fprintf(stderr, "threads: no result for scenario %zu\n", i);
            return 1;
        }
    }
    pthread_t t[THREADS];
    for (size_t i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], NULL, worker, (void *)i) != 0) {
            fprintf(stderr, "threads: cannot start thread %zu\n", i);
            return 1;
        }
    size_t bad = 0;
    for (size_t i = 0; i < THREADS; i++) {
        void *r = NULL;
        pthread_join(t[i], &r);
        bad += (size_t)r;
    }
    for (size_t i = 0; i <= NSCENARIOS; i++)
        free(expected[i]);
    if (bad) {
        fprintf(stderr, "threads: %zu results differ from the single-threaded ones\n", bad);
        return 1;
    }
    printf("threads: %d threads x %d rounds x %zu results agree\n", THREADS, ROUNDS, NSCENARIOS + 1);
    return 0;
}

/* Allocation-failure test (suite "oom", built with -Dfault_injection=true):
 * for each representative workload, make its 1st, 2nd, ... allocation fail
 * in turn, SQLite style, until a run needs no more allocations than that.
 * Every run that met the failure must report SD_ERR_NOMEM (not crash, not
 * pass with a silently damaged result) and free everything (the suite runs
 * under ASan/LeakSanitizer in CI); a run that did not meet it must give the
 * baseline output byte for byte. Run from test/; SD_OOM_ONLY=W:N runs one
 * case alone, and a failure prints the failed allocation's callers as
 * offsets for addr2line. */
#define _GNU_SOURCE   /* dladdr */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sd_internal.h"

/* A workload: its output text (heap) in *out, or an error status. */
typedef int (*workload_fn)(const char *arg, char **out);

static int keep(sd_buf *b, int rc, char **out)
{
    if (rc == SD_OK) {
        *out = sdi_strdup(sd_buf_data(b, NULL));   /* may fail too: that is NOMEM */
        rc = *out ? SD_OK : SD_ERR_NOMEM;
    }
    sd_buf_dispose(b);
    return rc;
}

/* sd_write_fn appending to an sdi_str; refuses once the string is out of memory. */
static int append_piece(void *ctx, const char *data, size_t len)
{
    sdi_str *s = ctx;
    sdi_str_addn(s, data, len);
    return s->oom ? 1 : 0;
}

/* Replay a file and serialise the catalog as JSON (whole) and as SQL
 * (streamed through sd_catalog_write). */
static int replay(int dialect, const char *path, char **out)
{
    sd_catalog *cat = NULL;
    int rc = sd_catalog_new(dialect, &cat);
    if (rc != SD_OK)
        return rc;
    rc = sd_catalog_apply_file(cat, path);
    if (rc == SD_ERR_ENGINE || rc == SD_ERR_UNMODELLED || rc == SD_ERR_SYNTAX)
        rc = SD_OK;   /* the scenario's own outcome, in the output below */
    sd_buf *json = NULL;
    sdi_str sql = {0};
    if (rc == SD_OK)
        rc = sd_catalog_serialize(cat, SD_FORMAT_JSON, &json);
    if (rc == SD_OK) {
        rc = sd_catalog_write(cat, SD_FORMAT_SQL, append_piece, &sql);
        if (rc == SD_ERR_IO && sql.oom)
            rc = SD_ERR_NOMEM;   /* our own writer ran out of memory */
    }
    if (rc == SD_OK) {
        sdi_str s = {0};
        sdi_str_add(&s, sd_buf_data(json, NULL));
        sdi_str_add(&s, sql.data ? sql.data : "");
        for (size_t i = 0; i < sd_catalog_statement_count(cat); i++) {
            const sd_statement *st = sd_catalog_statement_at(cat, i);
            sdi_str_addf(&s, "%u:%u %d %s %s\n", sd_statement_line(st), sd_statement_col(st),
                         sd_statement_outcome(st), sd_statement_tag(st), sd_statement_reason(st));
        }
        *out = sdi_str_take(&s);
        if (!*out)
            rc = SD_ERR_NOMEM;
        sdi_str_free(&s);
    }
    sd_buf_dispose(json);
    sdi_str_free(&sql);
    sd_catalog_free(cat);
    return rc;
}

static int replay_pg(const char *path, char **out) { return replay(SD_DIALECT_POSTGRES, path, out); }
static int replay_sqlite(const char *path, char **out) { return replay(SD_DIALECT_SQLITE, path, out); }

/* A whole check: schema file and migrations directory, separated by '|';
 * its catalogs keep statements as `retention` says (enum sd_keep_statements). */
static int check_keeping(const char *arg, int retention, char **out)
{
    char schema[512];
    const char *bar = strchr(arg, '|');
    snprintf(schema, sizeof schema, "%.*s", (int)(bar - arg), arg);
    sd_check *c = NULL;
    int rc = sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c);
    if (rc == SD_OK)
        rc = sd_check_keep_statements(c, retention);
    if (rc == SD_OK)
        rc = sd_check_add_schema(c, schema);
    if (rc == SD_OK)
        rc = sd_check_add_migrations(c, bar + 1);
    if (rc == SD_OK)
        rc = sd_check_run(c);
    sd_buf *b = NULL;
    if (rc == SD_OK)
        rc = sd_check_serialize(c, SD_REPORT_JSON, &b);
    rc = keep(b, rc, out);
    sd_check_free(c);
    return rc;
}

static int check(const char *arg, char **out) { return check_keeping(arg, SD_KEEP_ALL, out); }
/* as the CLI runs it */
static int check_last_call(const char *arg, char **out) { return check_keeping(arg, SD_KEEP_LAST_CALL, out); }

/* The order of a migrations directory. */
static int order(const char *dir, char **out)
{
    sd_migrations *m = NULL;
    int rc = sd_migrations_new(SD_DIALECT_POSTGRES, &m);
    if (rc == SD_OK)
        rc = sd_migrations_add_dir(m, dir);
    sdi_str s = {0};
    for (size_t i = 0; rc == SD_OK && i < sd_migrations_count(m); i++)
        sdi_str_addf(&s, "%s %s\n", sd_migrations_path(m, i), sd_order_rule_str(sd_migrations_rule(m, i)));
    if (rc == SD_OK && !(*out = sdi_str_take(&s)))
        rc = SD_ERR_NOMEM;
    sdi_str_free(&s);
    sd_migrations_free(m);
    return rc;
}

static const struct {
    workload_fn fn;
    const char *arg;
} workloads[] = {
    {replay_pg, "golden/postgres/accepted_forms_misc.sql"},
    {replay_pg, "golden/postgres/partitions_alter_tree.sql"},
    {replay_pg, "golden/postgres/quantified_array_cmp.sql"},
    {replay_pg, "golden/errors/postgres/routine_out_then_bad_arg.sql"},
    {replay_pg, "golden/postgres/alter_every_action_one_statement.sql"},
    {replay_pg, "golden/postgres/alter_drop_column_dependents.sql"},
    {replay_pg, "golden/postgres/functions_triggers_rename_drop_cascade.sql"},
    {replay_pg, "golden/postgres/domain_enum_defaults_types.sql"},
    {replay_pg, "golden/postgres/identity_alter.sql"},
    {replay_pg, "golden/postgres/comments_on_objects.sql"},
    {replay_pg, "golden/postgres/regclass_defaults_dependencies.sql"},   /* the reverse-reference index */
    {replay_pg, "golden/postgres/views_forms.sql"},
    {replay_sqlite, "golden/sqlite/rename_column_precise.sql"},
    {replay_sqlite, "golden/sqlite/12_step_rebuild.sql"},
    {replay_sqlite, "golden/sqlite/views_triggers_mix.sql"},
    {replay_sqlite, "golden/sqlite/migration_app_users_orgs.sql"},
    {replay_sqlite, "golden/sqlite/triggers.sql"},
    {check, "../examples/drift/schema.sql|../examples/drift/migrations"},
    {check, "check/check_in_lists/schema.sql|check/check_in_lists/migrations"},
    {check, "check/failed_closed/schema.sql|check/failed_closed/migrations"},
    {check_last_call, "../examples/drift/schema.sql|../examples/drift/migrations"},
    {order, "order/flyway/migrations"},
};

/* The failed allocation's callers, as binary offsets (for addr2line -e). */
static void print_frames(void)
{
    void **frames;
    int n = sdi_fault_frames(&frames);
    for (int i = 2; i < n && i < 8; i++) {
        Dl_info info;
        if (dladdr(frames[i], &info) && info.dli_fbase)
            fprintf(stderr, " 0x%zx", (size_t)((char *)frames[i] - (char *)info.dli_fbase) - 1);
    }
    fputc('\n', stderr);
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);   /* lines before a sanitizer report */
    int failures = 0;
    /* SD_OOM_ONLY=W:N runs workload W with allocation N failing, alone (to
     * debug one failure) */
    const char *only = getenv("SD_OOM_ONLY");
    if (only) {
        size_t w = strtoul(only, NULL, 10);
        long nth = strchr(only, ':') ? strtol(strchr(only, ':') + 1, NULL, 10) : 0;
        char *out = NULL;
        sdi_fault_arm(nth);
        int rc = workloads[w].fn(workloads[w].arg, &out);
        printf("oom: %s: allocation %ld: hit %d, status %d\n", workloads[w].arg, nth, sdi_fault_hit(), rc);
        free(out);
        return 0;
    }
    for (size_t w = 0; w < sizeof workloads / sizeof workloads[0]; w++) {
        char *baseline = NULL;
        sdi_fault_arm(0);
        if (workloads[w].fn(workloads[w].arg, &baseline) != SD_OK || !baseline) {
            fprintf(stderr, "oom: %s: the workload fails without any fault\n", workloads[w].arg);
            return 1;
        }
        long n;
        int bad = 0;
        for (n = 1;; n++) {
            char *out = NULL;
            sdi_fault_arm(n);
            int rc = workloads[w].fn(workloads[w].arg, &out);
            bool hit = sdi_fault_hit();
            if (hit && rc != SD_ERR_NOMEM) {
                fprintf(stderr, "oom: %s: allocation %ld failed but the workload %s; at", workloads[w].arg, n,
                        rc == SD_OK ? "passed (a silently damaged result?)" : sd_status_str(rc));
                print_frames();
            }
            sdi_fault_arm(0);
            if (!hit) {
                if (rc != SD_OK || !out || strcmp(out, baseline) != 0) {
                    fprintf(stderr, "oom: %s: no fault, yet a different result\n", workloads[w].arg);
                    bad++;
                }
                free(out);
                break;
            }
            if (rc != SD_ERR_NOMEM)
                bad++;
            free(out);
        }
        printf("oom: %s: %ld allocations, each failed in turn: %s\n", workloads[w].arg, n - 1,
               bad ? "FAILED" : "ok");
        failures += bad;
        free(baseline);
    }
    return failures ? 1 : 0;
}

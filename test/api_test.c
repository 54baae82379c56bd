/* C API test (suite "golden"): the public getters, statement outcomes,
 * provenance, error locations, apply_file, drift, ordering, whole checks,
 * statement retention and misuse handling, checked
 * against values known from the engines. Runs under valgrind too. */
#include <schemadrift/schemadrift.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond)                                                                \
    do {                                                                           \
        if (!(cond)) {                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                            \
        }                                                                          \
    } while (0)

static int streq(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static sd_catalog *new_catalog(int dialect)
{
    sd_catalog *cat = NULL;
    if (sd_catalog_new(dialect, &cat) != SD_OK) {
        fprintf(stderr, "cannot create a catalog\n");
        exit(1);
    }
    return cat;
}

static int apply(sd_catalog *cat, const char *sql, const char *file)
{
    return sd_catalog_apply_sql(cat, sql, strlen(sql), file);
}

static void test_postgres_objects(void)
{
    sd_catalog *cat = new_catalog(SD_DIALECT_POSTGRES);
    const char *sql =
        "CREATE TABLE orgs (id serial PRIMARY KEY);\n"
        "CREATE TABLE \"Users\" (\n"
        "  id bigint NOT NULL DEFAULT,\n"
        "  name text\n"
        ");\n";
    /* a statement that fails closed does not stop the others */
    CHECK(apply(cat, sql, "a.sql") == SD_ERR_SYNTAX);
    CHECK(sd_catalog_errcode(cat) == SD_ERR_SYNTAX);
    CHECK(streq(sd_catalog_error_file(cat), "a.sql"));
    CHECK(sd_catalog_error_line(cat) == 3);
    CHECK(sd_catalog_statement_count(cat) == 2);
    const sd_statement *st = sd_catalog_statement_at(cat, 1);
    CHECK(sd_statement_outcome(st) == SD_OUTCOME_UNMODELLED);
    CHECK(streq(sd_statement_tag(st), "CREATE TABLE"));
    CHECK(sd_statement_line(st) == 3);
    CHECK(sd_catalog_statement_at(cat, 2) == NULL);

    sql = "CREATE TABLE users (\n"
          "  id serial PRIMARY KEY,\n"
          "  org_id int NOT NULL REFERENCES orgs ON DELETE CASCADE,\n"
          "  email varchar(255) UNIQUE,\n"
          "  age int CHECK (age >= 0)\n"
          ");\n"
          "CREATE INDEX ON users (lower(email) DESC) WHERE age > 17;\n";
    CHECK(apply(cat, sql, "b.sql") == SD_OK);
    CHECK(streq(sd_catalog_errmsg(cat), ""));
    const sd_schema *s = sd_catalog_schema_find(cat, "public", 6);
    CHECK(s && streq(sd_schema_name(s), "public"));
    CHECK(sd_schema_table_count(s) == 2);
    const sd_table *t = sd_schema_table_find(s, "users", 5);
    CHECK(t && sd_table_schema(t) == s);
    CHECK(sd_schema_table_find(s, "USERS", 5) == NULL);  /* PostgreSQL names are exact */
    CHECK(sd_table_column_count(t) == 4);
    const sd_column *c = sd_table_column_at(t, 0);
    CHECK(streq(sd_column_name(c), "id") && streq(sd_column_type(c), "integer"));
    CHECK(streq(sd_column_declared_type(c), "serial") && sd_column_not_null(c));
    CHECK(streq(sd_column_default(c), "nextval('users_id_seq'::regclass)"));
    c = sd_table_column_at(t, 2);
    CHECK(streq(sd_column_type(c), "character varying(255)") && !sd_column_not_null(c));
    CHECK(sd_column_default(c) == NULL);
    CHECK(sd_table_column_at(t, 4) == NULL);

    const char *file = NULL;
    uint32_t line = 0, col = 0;
    CHECK(sd_column_location(c, SD_LOCATION_CREATED, &file, &line, &col) == SD_OK);
    CHECK(streq(file, "b.sql") && line == 4 && col == 3);
    CHECK(sd_table_location(t, SD_LOCATION_CHANGED, &file, &line, &col) == SD_OK);
    CHECK(streq(file, "b.sql") && line == 7 && col == 1);   /* the index changed it */
    CHECK(sd_table_location(t, 99, &file, NULL, NULL) == SD_ERR_MISUSE);

    /* constraints in name order */
    CHECK(sd_table_constraint_count(t) == 4);
    const char *names[] = {"users_age_check", "users_email_key", "users_org_id_fkey", "users_pkey"};
    for (size_t i = 0; i < 4; i++)
        CHECK(streq(sd_constraint_name(sd_table_constraint_at(t, i)), names[i]));
    const sd_constraint *fk = sd_table_constraint_at(t, 2);
    CHECK(sd_constraint_kind(fk) == SD_CONSTRAINT_FOREIGN_KEY);
    CHECK(sd_constraint_column_count(fk) == 1 && streq(sd_constraint_column_at(fk, 0), "org_id"));
    CHECK(streq(sd_constraint_ref_schema(fk), "public") && streq(sd_constraint_ref_table(fk), "orgs"));
    CHECK(sd_constraint_ref_column_count(fk) == 1 && streq(sd_constraint_ref_column_at(fk, 0), "id"));
    CHECK(streq(sd_constraint_on_delete(fk), "cascade") && streq(sd_constraint_on_update(fk), "no action"));
    const sd_constraint *ck = sd_table_constraint_at(t, 0);
    CHECK(sd_constraint_kind(ck) == SD_CONSTRAINT_CHECK && streq(sd_constraint_expression(ck), "age >= 0"));
    CHECK(sd_constraint_ref_table(ck) == NULL && sd_constraint_on_delete(ck) == NULL);

    /* indexes in name order, constraint indexes included */
    CHECK(sd_table_index_count(t) == 3);
    const sd_index *ix = sd_table_index_at(t, 1);
    CHECK(streq(sd_index_name(ix), "users_lower_idx"));
    CHECK(!sd_index_is_unique(ix) && !sd_index_is_primary(ix) && streq(sd_index_method(ix), "btree"));
    CHECK(sd_index_key_count(ix) == 1 && sd_index_key_is_expression(ix, 0));
    CHECK(streq(sd_index_key_at(ix, 0), "lower(email::text)") && sd_index_key_is_descending(ix, 0));
    CHECK(streq(sd_index_predicate(ix), "age > 17"));
    ix = sd_table_index_at(t, 2);
    CHECK(streq(sd_index_name(ix), "users_pkey") && sd_index_is_primary(ix) && sd_index_is_unique(ix));
    CHECK(!sd_index_key_is_expression(ix, 0) && streq(sd_index_key_at(ix, 0), "id"));
    CHECK(sd_index_key_at(ix, 1) == NULL);

    /* an engine error stops the text there */
    sql = "CREATE TABLE x (a int);\nCREATE TABLE users (b int);\nCREATE TABLE y (c int);\n";
    size_t before = sd_catalog_statement_count(cat);
    CHECK(apply(cat, sql, "c.sql") == SD_ERR_ENGINE);
    CHECK(sd_catalog_statement_count(cat) == before + 2);
    CHECK(sd_catalog_error_line(cat) == 2 && sd_catalog_error_col(cat) == 14);
    CHECK(strstr(sd_catalog_errmsg(cat), "relation \"users\" already exists") != NULL);
    CHECK(sd_schema_table_find(s, "x", 1) != NULL && sd_schema_table_find(s, "y", 1) == NULL);

    sd_buf *buf = NULL;
    CHECK(sd_catalog_serialize(cat, SD_FORMAT_JSON, &buf) == SD_OK);
    size_t len = 0;
    const char *json = sd_buf_data(buf, &len);
    CHECK(len == strlen(json) && strncmp(json, "{\n  \"format\": 1,", 16) == 0);
    sd_buf_dispose(buf);
    CHECK(sd_catalog_serialize(cat, 0, &buf) == SD_ERR_MISUSE);
    sd_catalog_free(cat);
}

static void test_sqlite_and_files(void)
{
    sd_catalog *cat = new_catalog(SD_DIALECT_SQLITE);
    CHECK(sd_catalog_dialect(cat) == SD_DIALECT_SQLITE);
    CHECK(sd_catalog_apply_file(cat, "/nonexistent/dir/x.sql") == SD_ERR_IO);
    CHECK(strstr(sd_catalog_errmsg(cat), "cannot open") != NULL);
    CHECK(streq(sd_catalog_error_file(cat), "/nonexistent/dir/x.sql"));

    char path[] = "/tmp/sd_api_test_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("CREATE TABLE Items (id INTEGER PRIMARY KEY, sku TEXT UNIQUE);\n", f);
    fclose(f);
    CHECK(sd_catalog_apply_file(cat, path) == SD_OK);
    remove(path);
    const sd_schema *s = sd_catalog_schema_at(cat, 0);
    CHECK(streq(sd_schema_name(s), "main"));
    const sd_table *t = sd_schema_table_find(s, "ITEMS", 5);  /* SQLite: ASCII case-insensitive */
    CHECK(t && streq(sd_table_name(t), "Items"));
    CHECK(sd_table_index_count(t) == 1);
    CHECK(streq(sd_index_name(sd_table_index_at(t, 0)), "sqlite_autoindex_Items_1"));
    CHECK(sd_constraint_name(sd_table_constraint_at(t, 0)) == NULL);

    /* invalid UTF-8: nothing applied, the error points at the byte */
    const char bad[] = "CREATE TABLE z (a int);\nCREATE TABLE w (\xC3\x28 int);";
    CHECK(sd_catalog_apply_sql(cat, bad, sizeof bad - 1, "bad.sql") == SD_ERR_ENCODING);
    CHECK(sd_catalog_error_line(cat) == 2 && sd_catalog_error_col(cat) == 17);
    CHECK(sd_catalog_error_offset(cat) == 40);
    CHECK(sd_schema_table_find(s, "z", 1) == NULL);
    sd_catalog_free(cat);
}

static void test_misuse(void)
{
    sd_catalog *cat = NULL;
    CHECK(sd_catalog_new(SD_DIALECT_POSTGRES, NULL) == SD_ERR_MISUSE);
    CHECK(sd_catalog_new(0, &cat) == SD_ERR_MISUSE && cat == NULL);
    CHECK(sd_catalog_apply_sql(NULL, "x", 1, NULL) == SD_ERR_MISUSE);
    CHECK(sd_catalog_apply_file(NULL, "x") == SD_ERR_MISUSE);
    CHECK(sd_catalog_statement_count(NULL) == 0 && sd_catalog_schema_count(NULL) == 0);
    CHECK(sd_table_name(NULL) == NULL && sd_index_key_at(NULL, 0) == NULL);
    CHECK(streq(sd_catalog_errmsg(NULL), ""));
    CHECK(streq(sd_status_str(SD_ERR_ENGINE), "the engine would reject a statement"));
    CHECK(streq(sd_status_str(-1000), "unknown status"));
    cat = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(sd_catalog_apply_sql(cat, NULL, 5, "x") == SD_ERR_MISUSE);
    CHECK(sd_catalog_apply_sql(cat, NULL, 0, "empty") == SD_OK);
    CHECK(sd_catalog_statement_count(cat) == 0);
    /* an engine error's offset is that of the token line and column name */
    CHECK(apply(cat, "CREATE TABLE t (a int);\nCREATE TABLE t (b int);", NULL) == SD_ERR_ENGINE);
    CHECK(sd_catalog_error_line(cat) == 2 && sd_catalog_error_col(cat) == 14 && sd_catalog_error_offset(cat) == 37);
    CHECK(streq(sd_catalog_error_file(cat), "<input>"));
    /* a name with a NUL byte names nothing */
    CHECK(sd_catalog_schema_find(cat, "public\0x", 8) == NULL && sd_catalog_schema_find(cat, "public", 6) != NULL);
    CHECK(sd_schema_table_find(sd_catalog_schema_find(cat, "public", 6), "t\0", 2) == NULL);
    sd_diff *d = NULL;
    CHECK(sd_diff_catalogs(cat, cat, 0x80, &d) == SD_ERR_MISUSE && d == NULL);
    sd_catalog_free(cat);
}

/* Drift and lint through the API (since 0.2): two catalogs, the findings
 * with their codes, values and both locations; misuse. */
static void test_diff_and_lint(void)
{
    sd_catalog *a = new_catalog(SD_DIALECT_POSTGRES), *b = new_catalog(SD_DIALECT_POSTGRES);
    const char *schema = "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);\n";
    const char *migs = "CREATE TABLE t (id int PRIMARY KEY, name varchar(10));\n"
                       "ALTER TABLE t ADD COLUMN extra int;\nALTER TABLE t DROP COLUMN extra;\n"
                       "ALTER TABLE t ADD COLUMN more bigint DEFAULT 0;\n";
    CHECK(apply(a, schema, "schema.sql") == SD_OK);
    CHECK(apply(b, migs, "1.sql") == SD_OK);
    sd_diff *d = NULL;
    CHECK(sd_diff_catalogs(a, b, 0, &d) == SD_OK);
    CHECK(sd_diff_count(d) == 3);
    const sd_finding *f = sd_diff_at(d, 0);   /* sorted by path: t.more, t.name (SD0203, SD0204) */
    CHECK(streq(sd_finding_code(f), "SD0201") && streq(sd_finding_path(f), "public.t.more"));
    CHECK(sd_finding_severity(f) == SD_SEVERITY_ERROR && sd_finding_expected(f) == NULL);
    CHECK(streq(sd_finding_actual(f), "bigint") && streq(sd_finding_fix(f), "ALTER TABLE t ADD COLUMN more bigint DEFAULT 0;"));
    const char *file = NULL;
    uint32_t line = 0, col = 0;
    CHECK(sd_finding_location(f, SD_SIDE_MIGRATIONS, &file, &line, &col) == SD_OK);
    CHECK(streq(file, "1.sql") && line == 4 && col == 26);
    CHECK(sd_finding_location(f, SD_SIDE_SCHEMA, &file, &line, &col) == SD_OK && streq(file, "schema.sql") && line == 1);
    CHECK(sd_finding_location(f, 0, &file, &line, &col) == SD_ERR_MISUSE);
    f = sd_diff_at(d, 1);
    CHECK(streq(sd_finding_code(f), "SD0203") && streq(sd_finding_expected(f), "text") &&
          streq(sd_finding_actual(f), "character varying(10)") && streq(sd_finding_kind(f), "column-type-differs"));
    f = sd_diff_at(d, 2);
    CHECK(streq(sd_finding_code(f), "SD0204") && streq(sd_severity_str(sd_finding_severity(f)), "error"));
    CHECK(sd_diff_at(d, 3) == NULL);
    sd_diff_free(d);
    d = NULL;
    CHECK(sd_lint_catalog(b, &d) == SD_OK && sd_diff_count(d) == 1);
    CHECK(streq(sd_finding_code(sd_diff_at(d, 0)), "SD0802"));
    CHECK(sd_statement_risks(sd_catalog_statement_at(b, 2)) == SD_RISK_DROP_COLUMN);
    CHECK(sd_statement_risks(sd_catalog_statement_at(b, 0)) == 0);
    sd_diff_free(d);
    sd_catalog *c = new_catalog(SD_DIALECT_SQLITE);
    CHECK(apply(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);", "s.sql") == SD_OK);
    CHECK(sd_diff_catalogs(c, a, 0, &d) == SD_OK && sd_diff_count(d) == 0);   /* across dialects: by type class */
    sd_diff_free(d);
    CHECK(sd_diff_catalogs(NULL, b, 0, &d) == SD_ERR_MISUSE && sd_lint_catalog(NULL, &d) == SD_ERR_MISUSE);
    CHECK(sd_diff_count(NULL) == 0 && sd_finding_code(NULL) == NULL);
    sd_diff_free(NULL);
    sd_catalog_free(a);
    sd_catalog_free(b);
    sd_catalog_free(c);

    sd_migrations *m = NULL;
    CHECK(sd_migrations_new(0, &m) == SD_ERR_MISUSE && sd_migrations_new(SD_DIALECT_POSTGRES, NULL) == SD_ERR_MISUSE);
    CHECK(sd_migrations_new(SD_DIALECT_POSTGRES, &m) == SD_OK);
    CHECK(sd_migrations_add_dir(m, "/nonexistent/schemadrift") == SD_ERR_IO && *sd_migrations_errmsg(m));
    CHECK(sd_migrations_add_dir(m, "order/numeric_prefixes/migrations") == SD_OK);
    CHECK(sd_migrations_count(m) == 4 && sd_migrations_rule(m, 0) == SD_ORDER_RULE_VERSION);
    CHECK(streq(sd_migrations_path(m, 3), "order/numeric_prefixes/migrations/10_c.sql"));
    CHECK(sd_migrations_add_dir(m, "order/ambiguous_version/migrations") == SD_ERR_ORDER);
    CHECK(sd_migrations_count(m) == 4);   /* nothing of the refused directory stays */
    CHECK(sd_migrations_path(m, 4) == NULL && !sd_migrations_is_code(m, 4));
    CHECK(streq(sd_status_str(SD_ERR_ORDER), "the order of the migrations is not clear"));
    sd_migrations_free(m);
    sd_migrations_free(NULL);
}

/* A whole check, as `schemadrift check` runs it: the bundled drift example
 * (6 errors, 2 warnings: the CLI's golden case examples_drift), scoping,
 * the JSON report, replay problems, and every refusal. */
static void test_check(void)
{
    sd_check *c = NULL;
    CHECK(sd_check_new(0, SD_DIALECT_POSTGRES, &c) == SD_ERR_MISUSE && c == NULL);
    CHECK(sd_check_new(SD_CHECK_DRIFT, 7, &c) == SD_ERR_MISUSE);
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    sd_buf *b = NULL;
    CHECK(sd_check_serialize(c, SD_REPORT_JSON, &b) == SD_ERR_MISUSE);   /* not run yet */
    CHECK(sd_check_status(c, SD_SEVERITY_ERROR) == SD_ERR_MISUSE);
    CHECK(sd_check_add_schema(c, "../examples/drift/schema.sql") == SD_OK);
    CHECK(sd_check_add_migrations(c, "../examples/drift/migrations") == SD_OK);
    CHECK(sd_check_run(c) == SD_OK && *sd_check_errmsg(c) == 0);
    CHECK(sd_check_finding_count(c) == 8 && sd_check_severity_count(c, SD_SEVERITY_ERROR) == 6 &&
          sd_check_severity_count(c, SD_SEVERITY_WARNING) == 2 && sd_check_severity_count(c, SD_SEVERITY_INFO) == 0);
    CHECK(sd_check_status(c, SD_SEVERITY_ERROR) == 2 && !sd_check_failed_closed(c) && sd_check_problem_count(c) == 0);
    CHECK(streq(sd_finding_path(sd_check_finding_at(c, 0)), "public.audit_log") && sd_check_finding_at(c, 8) == NULL);
    CHECK(sd_schema_table_count(sd_catalog_schema_find(sd_check_schema_catalog(c), "public", 6)) > 0);
    CHECK(sd_catalog_statement_count(sd_check_migrations_catalog(c)) > 0);
    CHECK(sd_check_serialize(c, SD_REPORT_JSON, &b) == SD_OK);
    size_t n = 0;
    const char *json = sd_buf_data(b, &n);
    const char *head = "{\n  \"format\": 1,\n  \"findings\": [\n    {\"code\": \"SD0101\"";
    CHECK(json && strncmp(json, head, strlen(head)) == 0);
    CHECK(n > 2 && strcmp(json + n - 2, "}\n") == 0 && strstr(json, "\"failed_closed\": false}"));
    sd_buf_dispose(b);
    CHECK(sd_check_run(c) == SD_ERR_MISUSE && *sd_check_errmsg(c));      /* once only */
    CHECK(sd_check_add_table(c, "x") == SD_ERR_MISUSE);
    sd_check_free(c);

    /* scoped to users and public.tick* without tickets: the risky statement stays */
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    CHECK(sd_check_add_schema(c, "../examples/drift/schema.sql") == SD_OK &&
          sd_check_add_migrations(c, "../examples/drift/migrations") == SD_OK);
    CHECK(sd_check_add_table(c, "users") == SD_OK && sd_check_add_table(c, "public.tick*") == SD_OK &&
          sd_check_add_exclude(c, "tickets") == SD_OK);
    CHECK(sd_check_run(c) == SD_OK && sd_check_finding_count(c) == 4);
    CHECK(streq(sd_finding_path(sd_check_finding_at(c, 0)), "public.ticket_state"));
    CHECK(streq(sd_finding_path(sd_check_finding_at(c, 3)), "ALTER TABLE"));
    sd_check_free(c);

    /* a DO block and a migration written in Go fail closed */
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    CHECK(sd_check_add_schema(c, "check/failed_closed/schema.sql") == SD_OK &&
          sd_check_add_migrations(c, "check/failed_closed/migrations") == SD_OK);
    CHECK(sd_check_run(c) == SD_OK && sd_check_failed_closed(c) && sd_check_status(c, SD_SEVERITY_INFO) == 3);
    CHECK(sd_check_problem_count(c) == 2);
    int kind = 0;
    const char *file = NULL, *msg = NULL;
    uint32_t line = 0, col = 0;
    CHECK(sd_check_problem_at(c, 0, &kind, &file, &line, &col, &msg) == SD_OK && kind == SD_PROBLEM_FAILED_CLOSED);
    CHECK(streq(file, "check/failed_closed/migrations/2_dynamic.sql") && line == 1 && col == 1);
    CHECK(msg && strncmp(msg, "failed closed: DO blocks", 24) == 0);
    CHECK(sd_check_problem_at(c, 1, NULL, &file, &line, NULL, NULL) == SD_OK && line == 0 &&
          streq(file, "check/failed_closed/migrations/3_backfill.go"));
    CHECK(sd_check_problem_at(c, 2, &kind, &file, &line, &col, &msg) == SD_ERR_MISUSE);
    sd_check_free(c);

    /* what stops a check before any report */
    CHECK(sd_check_new(SD_CHECK_LINT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    CHECK(sd_check_add_schema(c, "x.sql") == SD_ERR_MISUSE);
    CHECK(sd_check_add_migrations(c, "order/ambiguous_version/migrations") == SD_OK);
    CHECK(sd_check_run(c) == SD_ERR_ORDER && *sd_check_errmsg(c) && sd_check_error_file(c) == NULL);
    sd_check_free(c);
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_SQLITE, &c) == SD_OK);
    CHECK(sd_check_add_schema(c, "/nonexistent/schema.sql") == SD_OK &&
          sd_check_add_migrations(c, "order/numeric_prefixes/migrations") == SD_OK);
    CHECK(sd_check_run(c) == SD_ERR_IO && streq(sd_check_error_file(c), "/nonexistent/schema.sql"));
    CHECK(sd_check_status(c, SD_SEVERITY_ERROR) == SD_ERR_MISUSE && sd_check_serialize(c, SD_REPORT_JSON, &b) == SD_ERR_MISUSE);
    CHECK(sd_check_migrations_catalog(c) == NULL && sd_check_finding_count(c) == 0);   /* a stopped run is no result */
    CHECK(sd_check_schema_catalog(c) == NULL && sd_check_problem_count(c) == 0);
    CHECK(sd_check_problem_at(c, 0, NULL, NULL, NULL, NULL, NULL) == SD_ERR_MISUSE);
    sd_check_free(c);
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    CHECK(sd_check_run(c) == SD_ERR_MISUSE);   /* no sources */
    sd_check_free(c);
    sd_check_free(NULL);
    CHECK(sd_check_finding_count(NULL) == 0 && sd_check_problem_count(NULL) == 0 && !sd_check_failed_closed(NULL));
}

/* Statement records keep their addresses while later files are applied
 * (the log grows in chunks that never move), and each keeps its fields. */
static void test_statement_records_stay_put(void)
{
    sd_catalog *cat = new_catalog(SD_DIALECT_POSTGRES);
    const sd_statement *kept[3];
    CHECK(apply(cat, "CREATE TABLE a (x int);\nCREATE TABLE a (y int);\n", "first.sql") == SD_ERR_ENGINE);
    CHECK(apply(cat, "CREATE TABLE b (x int);\n", "second.sql") == SD_OK);
    CHECK(sd_catalog_statement_count(cat) == 3);
    for (size_t i = 0; i < 3; i++)
        kept[i] = sd_catalog_statement_at(cat, i);
    char sql[64];
    for (int i = 0; i < 5000; i++) {
        snprintf(sql, sizeof sql, "CREATE TABLE t%d (x int);", i);
        CHECK(apply(cat, sql, "many.sql") == SD_OK);
    }
    CHECK(sd_catalog_statement_count(cat) == 5003);
    for (size_t i = 0; i < 3; i++)
        CHECK(sd_catalog_statement_at(cat, i) == kept[i]);
    CHECK(sd_statement_outcome(kept[1]) == SD_OUTCOME_ENGINE_ERROR);
    CHECK(streq(sd_statement_file(kept[1]), "first.sql") && sd_statement_line(kept[1]) == 2);
    CHECK(streq(sd_statement_reason(kept[1]), "relation \"a\" already exists"));
    CHECK(streq(sd_statement_file(kept[2]), "second.sql"));
    const sd_statement *last = sd_catalog_statement_at(cat, 5002);
    CHECK(sd_statement_outcome(last) == SD_OUTCOME_APPLIED && streq(sd_statement_tag(last), "CREATE TABLE"));
    CHECK(sd_statement_length(last) == strlen("CREATE TABLE t4999 (x int)"));   /* without the ";" */
    CHECK(sd_catalog_statement_at(cat, 5003) == NULL);
    sd_catalog_free(cat);
}

/* SD_KEEP_LAST_CALL: each apply call releases the records of the calls
 * before it, while the count, the lint's risky statements and the
 * locations taint messages give are those of SD_KEEP_ALL. */
static void replay_three(sd_catalog *cat, char *reason, size_t reason_size)
{
    CHECK(apply(cat, "CREATE TABLE a (x int);\nDO $$ BEGIN END $$;\n", "f1.sql") == SD_ERR_UNMODELLED);
    CHECK(apply(cat, "ALTER TABLE a DROP COLUMN x;\nCREATE TABLE a (y int);\n", "f2.sql") == SD_ERR_UNMODELLED);
    const sd_statement *st = sd_catalog_statement_at(cat, 3);   /* trusted to nothing after the DO block */
    CHECK(sd_statement_outcome(st) == SD_OUTCOME_UNMODELLED && streq(sd_statement_file(st), "f2.sql"));
    snprintf(reason, reason_size, "%s", sd_statement_reason(st));
    CHECK(apply(cat, "DROP TABLE a;\n", "f3.sql") == SD_OK);
    CHECK(sd_catalog_statement_count(cat) == 5);
}

static void test_keep_statements(void)
{
    CHECK(sd_catalog_keep_statements(NULL, SD_KEEP_LAST_CALL) == SD_ERR_MISUSE);
    sd_catalog *all = new_catalog(SD_DIALECT_POSTGRES), *last = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(sd_catalog_keep_statements(last, 3) == SD_ERR_MISUSE && sd_catalog_keep_statements(last, -1) == SD_ERR_MISUSE);
    CHECK(sd_catalog_keep_statements(last, SD_KEEP_LAST_CALL) == SD_OK);
    char reason_all[512], reason_last[512];
    replay_three(all, reason_all, sizeof reason_all);
    replay_three(last, reason_last, sizeof reason_last);
    CHECK(strstr(reason_all, "the unmodelled statement at f1.sql:2 may have changed the schema") != NULL);
    CHECK(streq(reason_all, reason_last));
    for (size_t i = 0; i < 4; i++)
        CHECK(sd_catalog_statement_at(all, i) != NULL && sd_catalog_statement_at(last, i) == NULL);
    const sd_statement *a = sd_catalog_statement_at(all, 4), *b = sd_catalog_statement_at(last, 4);
    CHECK(b && sd_statement_outcome(b) == SD_OUTCOME_APPLIED && streq(sd_statement_file(b), "f3.sql"));
    CHECK(sd_statement_risks(a) == SD_RISK_DROP_TABLE && sd_statement_risks(b) == SD_RISK_DROP_TABLE);
    CHECK(sd_catalog_statement_at(last, 5) == NULL);
    /* the lint still sees the DROP COLUMN of f2.sql */
    sd_diff *da = NULL, *db = NULL;
    CHECK(sd_lint_catalog(all, &da) == SD_OK && sd_lint_catalog(last, &db) == SD_OK);
    CHECK(sd_diff_count(da) == 2 && sd_diff_count(db) == 2);
    for (size_t i = 0; i < 2; i++) {
        const char *fa = NULL, *fb = NULL;
        uint32_t la = 0, lb = 0, ca = 0, cb = 0;
        const sd_finding *x = sd_diff_at(da, i), *y = sd_diff_at(db, i);
        CHECK(streq(sd_finding_code(x), sd_finding_code(y)) && streq(sd_finding_message(x), sd_finding_message(y)));
        CHECK(sd_finding_location(x, SD_SIDE_MIGRATIONS, &fa, &la, &ca) == SD_OK &&
              sd_finding_location(y, SD_SIDE_MIGRATIONS, &fb, &lb, &cb) == SD_OK);
        CHECK(streq(fa, fb) && la == lb && ca == cb);
        CHECK(streq(fb, i == 0 ? "f2.sql" : "f3.sql") && lb == 1);
    }
    sd_diff_free(da);
    sd_diff_free(db);

    /* without the lint: the same records released, the same catalog, no lint */
    sd_catalog *nolint = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(sd_catalog_keep_statements(nolint, SD_KEEP_LAST_CALL_NO_LINT) == SD_OK);
    sd_diff *dn = NULL;
    CHECK(sd_lint_catalog(nolint, &dn) == SD_OK && sd_diff_count(dn) == 0);   /* nothing replayed yet */
    sd_diff_free(dn);
    dn = NULL;
    char reason_nolint[512];
    replay_three(nolint, reason_nolint, sizeof reason_nolint);
    CHECK(streq(reason_all, reason_nolint));
    CHECK(sd_catalog_statement_count(nolint) == sd_catalog_statement_count(last));
    for (size_t i = 0; i < 4; i++)
        CHECK(sd_catalog_statement_at(nolint, i) == NULL);
    const sd_statement *kept = sd_catalog_statement_at(nolint, 4);
    CHECK(kept && sd_statement_risks(kept) == SD_RISK_DROP_TABLE && streq(sd_statement_file(kept), "f3.sql"));
    CHECK(sd_lint_catalog(nolint, &dn) == SD_ERR_MISUSE && dn == NULL);
    sd_buf *ja = NULL, *jn = NULL;
    CHECK(sd_catalog_serialize(all, SD_FORMAT_JSON, &ja) == SD_OK && sd_catalog_serialize(nolint, SD_FORMAT_JSON, &jn) == SD_OK);
    CHECK(ja && jn && streq(sd_buf_data(ja, NULL), sd_buf_data(jn, NULL)));
    sd_buf_dispose(ja);
    sd_buf_dispose(jn);
    /* back to keeping everything does not bring the lint back */
    CHECK(sd_catalog_keep_statements(nolint, SD_KEEP_ALL) == SD_OK);
    CHECK(sd_lint_catalog(nolint, &dn) == SD_ERR_MISUSE);
    sd_catalog_free(nolint);
    sd_catalog_free(all);
    sd_catalog_free(last);

    /* a check lints: it does not take SD_KEEP_LAST_CALL_NO_LINT */
    sd_check *nc = NULL;
    CHECK(sd_check_new(SD_CHECK_LINT, SD_DIALECT_POSTGRES, &nc) == SD_OK);
    CHECK(sd_check_keep_statements(nc, SD_KEEP_LAST_CALL_NO_LINT) == SD_ERR_MISUSE);
    sd_check_free(nc);

    /* a check keeping one call's statements reports exactly what one keeping all does */
    sd_buf *report[2] = {NULL, NULL};
    for (int keep = SD_KEEP_ALL; keep <= SD_KEEP_LAST_CALL; keep++) {
        sd_check *c = NULL;
        CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
        CHECK(sd_check_keep_statements(c, 7) == SD_ERR_MISUSE && sd_check_keep_statements(NULL, keep) == SD_ERR_MISUSE);
        CHECK(sd_check_keep_statements(c, keep) == SD_OK);
        CHECK(sd_check_add_schema(c, "../examples/drift/schema.sql") == SD_OK &&
              sd_check_add_migrations(c, "../examples/drift/migrations") == SD_OK);
        CHECK(sd_check_run(c) == SD_OK && sd_check_finding_count(c) == 8);
        CHECK(sd_check_keep_statements(c, keep) == SD_ERR_MISUSE);   /* after the run */
        const sd_catalog *m = sd_check_migrations_catalog(c);
        CHECK(sd_catalog_statement_count(m) > 1);
        CHECK((sd_catalog_statement_at(m, 0) == NULL) == (keep == SD_KEEP_LAST_CALL));
        CHECK(sd_check_serialize(c, SD_REPORT_JSON, &report[keep]) == SD_OK);
        sd_check_free(c);
    }
    CHECK(report[0] && report[1] && streq(sd_buf_data(report[0], NULL), sd_buf_data(report[1], NULL)));
    sd_buf_dispose(report[0]);
    sd_buf_dispose(report[1]);
}

/* Every getter with a NULL handle, an index past the end or an unknown enum
 * value gives the documented empty answer; NULL out-parameters are skipped;
 * the status, rule and severity words. */
static void test_null_handles(void)
{
    CHECK(sd_catalog_dialect(NULL) == 0 && sd_catalog_errcode(NULL) == SD_ERR_MISUSE);
    CHECK(sd_catalog_error_file(NULL) == NULL && sd_catalog_error_line(NULL) == 0);
    CHECK(sd_catalog_error_col(NULL) == 0 && sd_catalog_error_offset(NULL) == 0);
    CHECK(sd_catalog_statement_at(NULL, 0) == NULL && sd_catalog_schema_at(NULL, 0) == NULL);
    CHECK(sd_catalog_schema_find(NULL, "public", 6) == NULL);
    CHECK(sd_statement_outcome(NULL) == 0 && streq(sd_statement_tag(NULL), ""));
    CHECK(sd_statement_risks(NULL) == 0 && streq(sd_statement_reason(NULL), ""));
    CHECK(sd_statement_file(NULL) == NULL && sd_statement_line(NULL) == 0 && sd_statement_col(NULL) == 0);
    CHECK(sd_statement_offset(NULL) == 0 && sd_statement_length(NULL) == 0);
    CHECK(sd_schema_name(NULL) == NULL && sd_schema_table_count(NULL) == 0 && sd_schema_table_at(NULL, 0) == NULL);
    CHECK(sd_schema_table_find(NULL, "t", 1) == NULL);
    CHECK(sd_table_schema(NULL) == NULL && sd_table_column_count(NULL) == 0 && sd_table_column_at(NULL, 0) == NULL);
    CHECK(sd_table_constraint_count(NULL) == 0 && sd_table_constraint_at(NULL, 0) == NULL);
    CHECK(sd_table_index_count(NULL) == 0 && sd_table_index_at(NULL, 0) == NULL);
    CHECK(sd_column_name(NULL) == NULL && sd_column_type(NULL) == NULL && sd_column_declared_type(NULL) == NULL);
    CHECK(sd_column_not_null(NULL) == 0 && sd_column_default(NULL) == NULL);
    CHECK(sd_constraint_name(NULL) == NULL && sd_constraint_kind(NULL) == 0 && sd_constraint_column_count(NULL) == 0);
    CHECK(sd_constraint_column_at(NULL, 0) == NULL && sd_constraint_expression(NULL) == NULL);
    CHECK(sd_constraint_ref_schema(NULL) == NULL && sd_constraint_ref_table(NULL) == NULL);
    CHECK(sd_constraint_ref_column_count(NULL) == 0 && sd_constraint_ref_column_at(NULL, 0) == NULL);
    CHECK(sd_constraint_on_delete(NULL) == NULL && sd_constraint_on_update(NULL) == NULL);
    CHECK(sd_index_name(NULL) == NULL && sd_index_is_unique(NULL) == 0 && sd_index_is_primary(NULL) == 0);
    CHECK(sd_index_method(NULL) == NULL && sd_index_key_count(NULL) == 0 && sd_index_predicate(NULL) == NULL);
    CHECK(!sd_index_key_is_expression(NULL, 0) && !sd_index_key_is_descending(NULL, 0));
    const char *file = "x";
    uint32_t line = 7, col = 7;
    CHECK(sd_table_location(NULL, SD_LOCATION_CREATED, &file, &line, &col) == SD_ERR_MISUSE);
    CHECK(sd_column_location(NULL, SD_LOCATION_CREATED, &file, &line, &col) == SD_ERR_MISUSE);
    CHECK(sd_index_location(NULL, SD_LOCATION_CREATED, &file, &line, &col) == SD_ERR_MISUSE);
    CHECK(sd_constraint_location(NULL, SD_LOCATION_CREATED, &file, &line, &col) == SD_ERR_MISUSE);
    CHECK(streq(file, "x") && line == 7 && col == 7);   /* untouched */
    sd_buf *buf = NULL;
    CHECK(sd_catalog_serialize(NULL, SD_FORMAT_JSON, &buf) == SD_ERR_MISUSE);
    size_t len = 5;
    CHECK(sd_buf_data(NULL, &len) == NULL && len == 0 && sd_buf_data(NULL, NULL) == NULL);
    sd_buf_dispose(NULL);
    sd_catalog_free(NULL);

    /* every status word, and the fallback */
    CHECK(streq(sd_status_str(SD_OK), "ok") && streq(sd_status_str(SD_ERR_NOMEM), "out of memory"));
    CHECK(streq(sd_status_str(SD_ERR_MISUSE), "invalid argument") && streq(sd_status_str(SD_ERR_IO), "cannot read input"));
    CHECK(streq(sd_status_str(SD_ERR_ENCODING), "input is not valid UTF-8"));
    CHECK(streq(sd_status_str(SD_ERR_SYNTAX), "syntax error"));
    CHECK(streq(sd_status_str(SD_ERR_UNMODELLED), "a statement is not modelled (failed closed)"));
    CHECK(streq(sd_severity_str(SD_SEVERITY_WARNING), "warning") && streq(sd_severity_str(SD_SEVERITY_INFO), "info"));
    CHECK(streq(sd_severity_str(0), "unknown") && streq(sd_severity_str(SD_SEVERITY_ERROR), "error"));
    for (int r = SD_ORDER_RULE_VERSION; r <= SD_ORDER_RULE_GIVEN; r++)
        CHECK(strlen(sd_order_rule_str(r)) > 10);
    CHECK(streq(sd_order_rule_str(SD_ORDER_RULE_LIST), "listed in the order file"));
    CHECK(streq(sd_order_rule_str(0), "unknown"));

    /* a populated catalog: out-of-range indexes, wrong-kind getters, NULL out-parameters */
    sd_catalog *cat = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(apply(cat, "CREATE TABLE p (id int PRIMARY KEY);\n"
                     "CREATE TABLE c (id int REFERENCES p ON UPDATE SET NULL, n int UNIQUE);\n", "n.sql") == SD_OK);
    CHECK(sd_catalog_schema_count(cat) == 1 && sd_catalog_schema_at(cat, 1) == NULL);
    CHECK(sd_catalog_schema_find(cat, NULL, 0) == NULL && sd_catalog_schema_find(cat, "nope", 4) == NULL);
    const sd_schema *s = sd_catalog_schema_at(cat, 0);
    CHECK(sd_schema_table_at(s, 2) == NULL && sd_schema_table_at(s, 0) != NULL);
    CHECK(sd_schema_table_find(s, NULL, 0) == NULL && sd_schema_table_find(s, "c_n_key", 7) == NULL);  /* an index is no table */
    const sd_table *t = sd_schema_table_find(s, "c", 1);
    CHECK(sd_table_constraint_count(t) == 2 && sd_table_constraint_at(t, 2) == NULL);
    CHECK(sd_table_index_count(t) == 1 && sd_table_index_at(t, 1) == NULL);
    const sd_constraint *fk = sd_table_constraint_at(t, 0);
    CHECK(streq(sd_constraint_name(fk), "c_id_fkey") && sd_constraint_column_at(fk, 1) == NULL);
    CHECK(streq(sd_constraint_ref_column_at(fk, 0), "id") && sd_constraint_ref_column_at(fk, 1) == NULL);
    CHECK(streq(sd_constraint_on_update(fk), "set null") && sd_constraint_expression(fk) == NULL);
    const sd_constraint *uq = sd_table_constraint_at(t, 1);
    CHECK(sd_constraint_kind(uq) == SD_CONSTRAINT_UNIQUE && sd_constraint_ref_schema(uq) == NULL);
    CHECK(sd_constraint_on_update(uq) == NULL && sd_constraint_ref_column_count(uq) == 0);
    CHECK(sd_constraint_location(uq, SD_LOCATION_CREATED, NULL, NULL, NULL) == SD_OK);
    CHECK(sd_constraint_location(uq, SD_LOCATION_CHANGED, &file, &line, &col) == SD_OK && streq(file, "n.sql") && line == 2);
    const sd_index *ix = sd_table_index_at(t, 0);
    CHECK(!sd_index_key_is_expression(ix, 1) && !sd_index_key_is_descending(ix, 1) && !sd_index_key_is_descending(ix, 0));
    CHECK(sd_index_predicate(ix) == NULL);
    CHECK(sd_index_location(ix, SD_LOCATION_CREATED, NULL, &line, NULL) == SD_OK && line == 2);
    CHECK(sd_index_location(ix, 0, NULL, NULL, NULL) == SD_ERR_MISUSE);
    CHECK(sd_column_location(sd_table_column_at(t, 1), SD_LOCATION_CREATED, NULL, NULL, &col) == SD_OK && col == 57);
    const sd_statement *st = sd_catalog_statement_at(cat, 1);
    CHECK(streq(sd_statement_file(st), "n.sql") && sd_statement_offset(st) == 37 && sd_statement_length(st) > 40);
    CHECK(sd_statement_col(st) == 1 && streq(sd_statement_reason(st), ""));
    CHECK(sd_catalog_serialize(cat, SD_FORMAT_SQL, NULL) == SD_ERR_MISUSE);
    CHECK(sd_catalog_serialize(cat, SD_FORMAT_SQL, &buf) == SD_OK);
    CHECK(strstr(sd_buf_data(buf, NULL), "CREATE TABLE") != NULL);
    sd_buf_dispose(buf);

    /* diff: flags, NULL arguments, findings without a handle */
    sd_diff *d = NULL;
    CHECK(sd_diff_catalogs(cat, NULL, 0, &d) == SD_ERR_MISUSE && sd_diff_catalogs(cat, cat, 0, NULL) == SD_ERR_MISUSE);
    CHECK(sd_lint_catalog(cat, NULL) == SD_ERR_MISUSE);
    CHECK(sd_diff_catalogs(cat, cat, SD_DIFF_COLUMN_ORDER, &d) == SD_OK && sd_diff_count(d) == 0 && sd_diff_at(d, 0) == NULL);
    sd_diff_free(d);
    CHECK(sd_diff_at(NULL, 0) == NULL && sd_finding_severity(NULL) == 0 && sd_finding_kind(NULL) == NULL);
    CHECK(sd_finding_path(NULL) == NULL && sd_finding_message(NULL) == NULL && sd_finding_expected(NULL) == NULL);
    CHECK(sd_finding_actual(NULL) == NULL && sd_finding_fix(NULL) == NULL);
    CHECK(sd_finding_location(NULL, SD_SIDE_SCHEMA, &file, &line, &col) == SD_ERR_MISUSE);
    sd_catalog *other = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(sd_diff_catalogs(other, cat, 0, &d) == SD_OK && sd_diff_count(d) == 2);
    CHECK(sd_finding_location(sd_diff_at(d, 0), SD_SIDE_MIGRATIONS, NULL, NULL, NULL) == SD_OK);
    CHECK(sd_finding_location(sd_diff_at(d, 0), 3, NULL, NULL, NULL) == SD_ERR_MISUSE);
    sd_diff_free(d);
    sd_catalog_free(other);
    sd_catalog_free(cat);

    /* apply_file: no path, a directory (opens, cannot be read), an empty file */
    cat = new_catalog(SD_DIALECT_POSTGRES);
    CHECK(sd_catalog_apply_file(cat, NULL) == SD_ERR_MISUSE);
    CHECK(sd_catalog_apply_file(cat, "order") == SD_ERR_IO && strstr(sd_catalog_errmsg(cat), "cannot read") != NULL);
    CHECK(streq(sd_catalog_error_file(cat), "order"));
    CHECK(sd_catalog_apply_file(cat, "/dev/null") == SD_OK && sd_catalog_statement_count(cat) == 0);
    /* a control character in a comment is escaped in the JSON */
    CHECK(apply(cat, "CREATE TABLE c (a int);\nCOMMENT ON TABLE c IS 'x\001y';\n", "c.sql") == SD_OK);
    CHECK(sd_catalog_serialize(cat, SD_FORMAT_JSON, &buf) == SD_OK);
    CHECK(strstr(sd_buf_data(buf, NULL), "\"x\\u0001y\"") != NULL);
    sd_buf_dispose(buf);
    sd_catalog_free(cat);

    /* SQLite: table lookup folds ASCII case only */
    cat = new_catalog(SD_DIALECT_SQLITE);
    CHECK(apply(cat, "CREATE TABLE \"Ab_9\" (x);", "s.sql") == SD_OK);
    s = sd_catalog_schema_find(cat, "main", 4);
    CHECK(sd_schema_table_find(s, "aB_9", 4) != NULL && sd_schema_table_find(s, "ab", 2) == NULL);
    sd_catalog_free(cat);

    /* migrations: NULL arguments, a missing or directory file, list files */
    sd_migrations *m = NULL;
    CHECK(sd_migrations_add_dir(NULL, "x") == SD_ERR_MISUSE && sd_migrations_add_file(NULL, "x") == SD_ERR_MISUSE);
    CHECK(sd_migrations_add_list(NULL, "x") == SD_ERR_MISUSE && streq(sd_migrations_errmsg(NULL), ""));
    CHECK(sd_migrations_count(NULL) == 0 && sd_migrations_path(NULL, 0) == NULL);
    CHECK(sd_migrations_rule(NULL, 0) == 0 && !sd_migrations_is_code(NULL, 0));
    CHECK(sd_migrations_new(SD_DIALECT_SQLITE, &m) == SD_OK && streq(sd_migrations_errmsg(m), ""));
    CHECK(sd_migrations_add_dir(m, NULL) == SD_ERR_MISUSE && sd_migrations_add_file(m, NULL) == SD_ERR_MISUSE);
    CHECK(sd_migrations_add_list(m, NULL) == SD_ERR_MISUSE);
    CHECK(sd_migrations_add_file(m, "order") == SD_ERR_IO && strstr(sd_migrations_errmsg(m), "is a directory"));
    CHECK(sd_migrations_add_file(m, "/nonexistent/a.sql") == SD_ERR_IO && strstr(sd_migrations_errmsg(m), "a.sql"));
    CHECK(sd_migrations_add_list(m, "/nonexistent/list.txt") == SD_ERR_IO);
    CHECK(sd_migrations_add_file(m, "order/numeric_prefixes/migrations/9_d.sql") == SD_OK);
    CHECK(sd_migrations_rule(m, 0) == SD_ORDER_RULE_GIVEN && sd_migrations_rule(m, 1) == 0);
    char path[] = "/tmp/sd_api_list_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    FILE *f = fdopen(fd, "w");
    char cwd_line[4200];
    /* an absolute path, a comment, a blank line, then a missing file */
    char root[4096];
    CHECK(getcwd(root, sizeof root) != NULL);
    snprintf(cwd_line, sizeof cwd_line, "  %s/order/numeric_prefixes/migrations/1_a.sql\r\n# note\n\n\tmissing.sql\n", root);
    fputs(cwd_line, f);
    fclose(f);
    CHECK(sd_migrations_add_list(m, path) == SD_ERR_IO && strstr(sd_migrations_errmsg(m), ":4: "));
    CHECK(sd_migrations_count(m) == 2 && sd_migrations_rule(m, 1) == SD_ORDER_RULE_LIST);
    CHECK(sd_migrations_path(m, 2) == NULL);
    remove(path);
    sd_migrations_free(m);
    /* a directory given with a trailing slash: paths are joined with one */
    CHECK(sd_migrations_new(SD_DIALECT_POSTGRES, &m) == SD_OK);
    CHECK(sd_migrations_add_dir(m, "order/version_separators/migrations/") == SD_OK && sd_migrations_count(m) == 4);
    CHECK(streq(sd_migrations_path(m, 2), "order/version_separators/migrations/1-2_second.sql"));
    CHECK(sd_migrations_rule(m, 3) == SD_ORDER_RULE_TIMESTAMP && !sd_migrations_is_code(m, 3));
    sd_migrations_free(m);

    /* check: NULL handles and arguments, settings after a run */
    sd_check *c = NULL;
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, NULL) == SD_ERR_MISUSE);
    CHECK(sd_check_set_schema_dialect(NULL, SD_DIALECT_SQLITE) == SD_ERR_MISUSE);
    CHECK(sd_check_set_flags(NULL, 0) == SD_ERR_MISUSE && sd_check_add_schema(NULL, "s") == SD_ERR_MISUSE);
    CHECK(sd_check_add_migrations(NULL, "m") == SD_ERR_MISUSE && sd_check_add_migration_list(NULL, "l") == SD_ERR_MISUSE);
    CHECK(sd_check_add_table(NULL, "t") == SD_ERR_MISUSE && sd_check_add_exclude(NULL, "t") == SD_ERR_MISUSE);
    CHECK(sd_check_run(NULL) == SD_ERR_MISUSE && streq(sd_check_errmsg(NULL), ""));
    CHECK(sd_check_error_file(NULL) == NULL && sd_check_error_line(NULL) == 0 && sd_check_error_col(NULL) == 0);
    CHECK(sd_check_finding_at(NULL, 0) == NULL && sd_check_severity_count(NULL, SD_SEVERITY_ERROR) == 0);
    CHECK(sd_check_problem_at(NULL, 0, NULL, NULL, NULL, NULL, NULL) == SD_ERR_MISUSE);
    CHECK(sd_check_status(NULL, SD_SEVERITY_ERROR) == SD_ERR_MISUSE);
    CHECK(sd_check_schema_catalog(NULL) == NULL && sd_check_migrations_catalog(NULL) == NULL);
    CHECK(sd_check_serialize(NULL, SD_REPORT_JSON, &buf) == SD_ERR_MISUSE);
    CHECK(sd_check_new(SD_CHECK_DRIFT, SD_DIALECT_POSTGRES, &c) == SD_OK);
    CHECK(sd_check_set_schema_dialect(c, 9) == SD_ERR_MISUSE && sd_check_set_flags(c, 2) == SD_ERR_MISUSE);
    CHECK(sd_check_set_flags(c, SD_DIFF_COLUMN_ORDER) == SD_OK);
    CHECK(sd_check_add_schema(c, NULL) == SD_ERR_MISUSE && sd_check_add_migrations(c, NULL) == SD_ERR_MISUSE);
    CHECK(sd_check_add_table(c, NULL) == SD_ERR_MISUSE && sd_check_add_exclude(c, NULL) == SD_ERR_MISUSE);
    CHECK(sd_check_add_schema(c, "check/engine_error/schema.sql") == SD_OK);
    CHECK(sd_check_add_table(c, "t*") == SD_OK && sd_check_add_exclude(c, "*x*") == SD_OK);   /* a trailing star matches nothing more */
    CHECK(sd_check_add_migrations(c, "check/engine_error/migrations/1_init.sql") == SD_OK);   /* one file */
    CHECK(sd_check_run(c) == SD_OK && sd_check_status(c, SD_SEVERITY_ERROR) == 2 && !sd_check_failed_closed(c));
    CHECK(sd_check_error_file(c) == NULL && sd_check_error_line(c) == 0 && sd_check_error_col(c) == 0);
    CHECK(sd_check_status(c, 0) == SD_ERR_MISUSE && sd_check_status(c, 4) == SD_ERR_MISUSE);
    CHECK(sd_check_severity_count(c, 0) == 0 && sd_check_severity_count(c, 4) == 0);
    CHECK(sd_check_problem_count(c) == 1 && sd_check_problem_at(c, 1, NULL, NULL, NULL, NULL, NULL) == SD_ERR_MISUSE);
    int kind = 0;
    const char *msg = NULL;
    CHECK(sd_check_problem_at(c, 0, &kind, NULL, NULL, &col, &msg) == SD_OK && kind == SD_PROBLEM_ENGINE_ERROR && col == 26);
    CHECK(msg && strstr(msg, "(PostgreSQL would reject this statement)"));
    CHECK(sd_check_serialize(c, 2, &buf) == SD_ERR_MISUSE && sd_check_serialize(c, SD_REPORT_JSON, NULL) == SD_ERR_MISUSE);
    CHECK(sd_check_serialize(c, SD_REPORT_JSON, &buf) == SD_OK);
    CHECK(strstr(sd_buf_data(buf, NULL), "\"kind\": \"engine-error\"") != NULL);
    sd_buf_dispose(buf);
    CHECK(sd_check_set_schema_dialect(c, SD_DIALECT_POSTGRES) == SD_ERR_MISUSE && sd_check_set_flags(c, 0) == SD_ERR_MISUSE);
    CHECK(sd_check_add_migrations(c, "m") == SD_ERR_MISUSE && sd_check_add_schema(c, "s") == SD_ERR_MISUSE);
    sd_check_free(c);
}

/* The reverse-reference index forgets referrers that are gone once many
 * are (sdi_sweep_referrers, after 1,024 and at least half of the names):
 * the live ones must still stop a DROP after sweeps, by a foreign key and
 * by a view. Removing the sweep's check for live referrers fails this. */
static void test_referrers_after_sweeps(void)
{
    sd_catalog *cat = new_catalog(SD_DIALECT_POSTGRES);
    char sql[256];
    enum { PAIRS = 4000 };
    for (int i = 0; i < PAIRS; i++) {
        snprintf(sql, sizeof sql,
                 "CREATE TABLE p%d (id int PRIMARY KEY);\nCREATE TABLE c%d (p int REFERENCES p%d);\n"
                 "CREATE VIEW v%d AS SELECT id FROM p%d;\n", i, i, i, i, i);
        CHECK(apply(cat, sql, "make.sql") == SD_OK);
    }
    for (int i = PAIRS - 1; i > 0; i -= 2) {
        snprintf(sql, sizeof sql, "DROP TABLE c%d;\nDROP VIEW v%d;\n", i, i);
        CHECK(apply(cat, sql, "drop.sql") == SD_OK);
    }
    CHECK(apply(cat, "DROP TABLE p0;", "p0.sql") == SD_ERR_ENGINE);   /* c0 and v0 */
    CHECK(apply(cat, "DROP TABLE c2;\nDROP TABLE p2;", "p2.sql") == SD_ERR_ENGINE);   /* v2 */
    const sd_statement *st = sd_catalog_statement_at(cat, sd_catalog_statement_count(cat) - 1);
    CHECK(streq(sd_statement_reason(st), "cannot drop table p2 because other objects depend on it"));
    CHECK(apply(cat, "DROP TABLE p1;", "p1.sql") == SD_OK);   /* nothing refers to it any more */
    CHECK(apply(cat, "DROP VIEW v2;\nDROP TABLE p2;", "p2.sql") == SD_OK);
    sd_catalog_free(cat);
}

int main(void)
{
    test_check();
    test_postgres_objects();
    test_diff_and_lint();
    test_sqlite_and_files();
    test_misuse();
    test_statement_records_stay_put();
    test_keep_statements();
    test_null_handles();
    test_referrers_after_sweeps();
    if (failures) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    puts("api: all checks passed");
    return 0;
}

/* A whole check (sd_check_*): what `schemadrift check` and `lint` do, in the
 * library so that the CLI and every binding give the same answer and the
 * same JSON report. Replays the schema files into one catalog and the
 * ordered migrations into another, collects what the replay met (engine
 * errors, failed-closed statements, migrations written as code), compares
 * the catalogs (or lints the migrations), keeps the drift findings of the
 * tables in scope, and serialises the result. */
#define _POSIX_C_SOURCE 200809L
#ifndef SD_FAULT_INJECTION
#include <pthread.h>
#endif
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sd_internal.h"

#define EXPORT SD_EXPORT

#define REPORT_FORMAT_VERSION 1

typedef struct check_problem {
    int kind;                   /* enum sd_problem_kind */
    char *file;
    uint32_t line, col;
    char *message;
} check_problem;

typedef struct check_source {   /* a migrations source, in order given */
    char *path;
    bool list;
} check_source;

struct sd_check {
    int mode, dialect, schema_dialect;
    unsigned flags;
    int keep_statements;        /* enum sd_keep_statements, for both catalogs */
    sdi_vec schemas;            /* char* */
    sdi_vec migrations;         /* check_source* */
    sdi_vec tables, excludes;   /* char* globs */
    bool ran, failed;           /* failed: the run stopped; there are no results */
    /* results */
    sd_catalog *schema_cat, *migrations_cat;
    sd_diff *drift, *risky;
    sdi_vec findings;           /* const sd_finding*, borrowed from drift and risky */
    sdi_vec problems;           /* check_problem* */
    size_t severity_counts[4];
    bool failed_closed, engine_error;
    /* the error of the last call */
    char *errmsg, *error_file;
    uint32_t error_line, error_col;
};

static void free_problems(sdi_vec *v);

static bool valid_dialect(int d)
{
    return d == SD_DIALECT_POSTGRES || d == SD_DIALECT_SQLITE;
}

static int set_error(sd_check *c, int rc, const char *file, uint32_t line, uint32_t col, const char *msg)
{
    sdi_free(c->errmsg);
    sdi_free(c->error_file);
    c->errmsg = sdi_strdup(msg ? msg : sd_status_str(rc));
    c->error_file = file ? sdi_strdup(file) : NULL;
    c->error_line = line;
    c->error_col = col;
    return rc;
}

EXPORT int sd_check_new(int mode, int dialect, sd_check **out)
{
    if (!out)
        return SD_ERR_MISUSE;
    *out = NULL;
    if ((mode != SD_CHECK_DRIFT && mode != SD_CHECK_LINT) || !valid_dialect(dialect))
        return SD_ERR_MISUSE;
    sd_check *c = sdi_calloc(1, sizeof *c);
    if (!c)
        return SD_ERR_NOMEM;
    c->mode = mode;
    c->dialect = dialect;
    *out = c;
    return SD_OK;
}

static void free_strings(sdi_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        sdi_free(v->items[i]);
    sdi_vec_free(v);
}

EXPORT void sd_check_free(sd_check *c)
{
    if (!c)
        return;
    free_strings(&c->schemas);
    for (size_t i = 0; i < c->migrations.len; i++) {
        check_source *s = c->migrations.items[i];
        sdi_free(s->path);
        sdi_free(s);
    }
    sdi_vec_free(&c->migrations);
    free_strings(&c->tables);
    free_strings(&c->excludes);
    sd_catalog_free(c->schema_cat);
    sd_catalog_free(c->migrations_cat);
    sd_diff_free(c->drift);
    sd_diff_free(c->risky);
    sdi_vec_free(&c->findings);
    free_problems(&c->problems);
    sdi_free(c->errmsg);
    sdi_free(c->error_file);
    sdi_free(c);
}

EXPORT int sd_check_set_schema_dialect(sd_check *c, int dialect)
{
    if (!c || c->ran || !valid_dialect(dialect))
        return SD_ERR_MISUSE;
    c->schema_dialect = dialect;
    return SD_OK;
}

EXPORT int sd_check_set_flags(sd_check *c, unsigned flags)
{
    if (!c || c->ran || (flags & ~(unsigned)SD_DIFF_COLUMN_ORDER))
        return SD_ERR_MISUSE;
    c->flags = flags;
    return SD_OK;
}

EXPORT int sd_check_keep_statements(sd_check *c, int keep)
{
    if (!c || c->ran || (keep != SD_KEEP_ALL && keep != SD_KEEP_LAST_CALL))
        return SD_ERR_MISUSE;
    c->keep_statements = keep;
    return SD_OK;
}

static int push_string(sd_check *c, sdi_vec *v, const char *s)
{
    if (!c || c->ran || !s)
        return SD_ERR_MISUSE;
    char *copy = sdi_strdup(s);
    if (!copy || sdi_vec_push(v, copy) != SD_OK) {
        sdi_free(copy);
        return SD_ERR_NOMEM;
    }
    return SD_OK;
}

EXPORT int sd_check_add_schema(sd_check *c, const char *path)
{
    if (c && c->mode == SD_CHECK_LINT)
        return set_error(c, SD_ERR_MISUSE, NULL, 0, 0, "lint takes no schema (it looks at the migrations alone)");
    return push_string(c, c ? &c->schemas : NULL, path);
}

static int add_migration_source(sd_check *c, const char *path, bool list)
{
    if (!c || c->ran || !path)
        return SD_ERR_MISUSE;
    check_source *s = sdi_calloc(1, sizeof *s);
    if (s)
        s->path = sdi_strdup(path);
    if (!s || !s->path || sdi_vec_push(&c->migrations, s) != SD_OK) {
        if (s)
            sdi_free(s->path);
        sdi_free(s);
        return SD_ERR_NOMEM;
    }
    s->list = list;
    return SD_OK;
}

EXPORT int sd_check_add_migrations(sd_check *c, const char *path)
{
    return add_migration_source(c, path, false);
}

EXPORT int sd_check_add_migration_list(sd_check *c, const char *list_path)
{
    return add_migration_source(c, list_path, true);
}

EXPORT int sd_check_add_table(sd_check *c, const char *glob)
{
    return push_string(c, c ? &c->tables : NULL, glob);
}

EXPORT int sd_check_add_exclude(sd_check *c, const char *glob)
{
    return push_string(c, c ? &c->excludes : NULL, glob);
}

/* ---- running ---- */

/* One side of a check's replay, the schema files or the migrations: its
 * catalog, what the replay met, and what stopped it. The two sides share
 * nothing, so the schema side runs on a thread of its own. */
typedef struct replay_side {
    sd_catalog *cat;
    sdi_vec problems;           /* check_problem* */
    bool failed_closed, engine_error;
    int rc;                     /* SD_OK, or what stopped the side */
    const char *failed_path;    /* the file whose replay stopped it; NULL: memory */
} replay_side;

static void free_problems(sdi_vec *v)
{
    for (size_t i = 0; i < v->len; i++) {
        check_problem *p = v->items[i];
        if (p) {   /* NULL: moved to the check's list */
            sdi_free(p->file);
            sdi_free(p->message);
            sdi_free(p);
        }
    }
    sdi_vec_free(v);
}

static bool add_problem(replay_side *side, int kind, const char *file, uint32_t line, uint32_t col,
                        const char *message)
{
    check_problem *p = sdi_calloc(1, sizeof *p);
    if (!p)
        return false;
    p->kind = kind;
    p->file = file ? sdi_strdup(file) : NULL;
    p->line = line;
    p->col = col;
    p->message = sdi_strdup(message);
    if ((file && !p->file) || !p->message || sdi_vec_push(&side->problems, p) != SD_OK) {
        sdi_free(p->file);
        sdi_free(p->message);
        sdi_free(p);
        return false;
    }
    if (kind == SD_PROBLEM_FAILED_CLOSED)
        side->failed_closed = true;
    else
        side->engine_error = true;
    return true;
}

static int side_stopped(replay_side *side, int rc, const char *path)
{
    side->rc = rc;
    side->failed_path = path;
    return rc;
}

/* Replay one file into the side's catalog and collect its problems. */
static int replay(replay_side *side, const char *path)
{
    sd_catalog *cat = side->cat;
    const char *engine = sd_catalog_dialect(cat) == SD_DIALECT_POSTGRES ? "PostgreSQL" : "SQLite";
    size_t before = sd_catalog_statement_count(cat);
    int rc = sd_catalog_apply_file(cat, path);
    if (rc == SD_ERR_IO || rc == SD_ERR_ENCODING || rc == SD_ERR_NOMEM || rc == SD_ERR_MISUSE)
        return side_stopped(side, rc, path);
    sdi_str msg = {0};
    for (size_t k = before; k < sd_catalog_statement_count(cat); k++) {
        const sd_statement *st = sd_catalog_statement_at(cat, k);
        int o = sd_statement_outcome(st);
        if (o != SD_OUTCOME_ENGINE_ERROR && o != SD_OUTCOME_UNMODELLED)
            continue;
        msg.len = 0;
        if (o == SD_OUTCOME_ENGINE_ERROR)
            sdi_str_addf(&msg, "%s (%s would reject this statement)", sd_statement_reason(st), engine);
        else
            sdi_str_addf(&msg, "failed closed: %s", sd_statement_reason(st));
        if (msg.oom || !add_problem(side, o == SD_OUTCOME_ENGINE_ERROR ? SD_PROBLEM_ENGINE_ERROR : SD_PROBLEM_FAILED_CLOSED,
                                    path, sd_statement_line(st), sd_statement_col(st), msg.data)) {
            sdi_str_free(&msg);
            return side_stopped(side, SD_ERR_NOMEM, NULL);
        }
    }
    sdi_str_free(&msg);
    return SD_OK;
}

/* The schema side: its files in the order given. */
typedef struct schema_job {
    replay_side side;
    const sdi_vec *paths;       /* char* */
} schema_job;

static void *replay_schemas(void *arg)
{
    schema_job *job = arg;
    unsigned long failures = sdi_alloc_failures();   /* per thread */
    for (size_t i = 0; job->side.rc == SD_OK && i < job->paths->len; i++)
        replay(&job->side, job->paths->items[i]);
    if (job->side.rc == SD_OK && sdi_alloc_failures() != failures)
        side_stopped(&job->side, SD_ERR_NOMEM, NULL);
    return NULL;
}

/* The check's error for a side that stopped. */
static int side_error(sd_check *c, const replay_side *side)
{
    if (!side->failed_path)
        return set_error(c, side->rc, NULL, 0, 0, NULL);
    const char *file = sd_catalog_error_file(side->cat);
    return set_error(c, side->rc, file ? file : side->failed_path, sd_catalog_error_line(side->cat),
                     sd_catalog_error_col(side->cat), sd_catalog_errmsg(side->cat));
}

/* Move a side's problems to the check's list, after those already there. */
static int take_problems(sd_check *c, replay_side *side)
{
    for (size_t i = 0; i < side->problems.len; i++) {
        if (sdi_vec_push(&c->problems, side->problems.items[i]) != SD_OK)
            return set_error(c, SD_ERR_NOMEM, NULL, 0, 0, NULL);
        side->problems.items[i] = NULL;
    }
    c->failed_closed |= side->failed_closed;
    c->engine_error |= side->engine_error;
    return SD_OK;
}

/* Does s[0..n) match the glob `pat` ('*' any run, '?' one byte)? Linear
 * in practice: on a mismatch only the last '*' is retried. */
static bool glob_match(const char *pat, const char *s, size_t n)
{
    const char *star = NULL, *end = s + n, *retry = NULL;
    while (s < end) {
        if (*pat == '*') {
            star = ++pat;
            retry = s;
        } else if (*pat && (*pat == '?' || *pat == *s)) {
            pat++;
            s++;
        } else if (star) {
            pat = star;
            s = ++retry;
        } else {
            return false;
        }
    }
    while (*pat == '*')
        pat++;
    return *pat == 0;
}

/* Does a finding's table (path schema.table[.x]) pass the table and
 * exclude globs? A glob matches "schema.table" or "table". */
static bool in_scope(const sd_check *c, const char *path)
{
    const char *dot = strchr(path, '.');
    const char *dot2 = dot ? strchr(dot + 1, '.') : NULL;
    size_t stlen = dot2 ? (size_t)(dot2 - path) : strlen(path);
    const char *t = dot ? dot + 1 : path;
    size_t tlen = dot2 ? (size_t)(dot2 - t) : strlen(t);
    bool in = c->tables.len == 0;
    for (size_t i = 0; i < c->tables.len && !in; i++)
        in = glob_match(c->tables.items[i], path, stlen) || glob_match(c->tables.items[i], t, tlen);
    for (size_t i = 0; i < c->excludes.len && in; i++)
        in = !(glob_match(c->excludes.items[i], path, stlen) || glob_match(c->excludes.items[i], t, tlen));
    return in;
}

static int keep_finding(sd_check *c, const sd_finding *f)
{
    if (sdi_vec_push(&c->findings, (void *)f) != SD_OK)
        return set_error(c, SD_ERR_NOMEM, NULL, 0, 0, NULL);
    c->severity_counts[sd_finding_severity(f) & 3]++;
    return SD_OK;
}

static int run(sd_check *c);

EXPORT int sd_check_run(sd_check *c)
{
    if (!c || c->ran)
        return c ? set_error(c, SD_ERR_MISUSE, NULL, 0, 0, "a check runs once") : SD_ERR_MISUSE;
    c->ran = true;
    unsigned long failures = sdi_alloc_failures();
    int rc = run(c);
    if (rc == SD_OK && sdi_alloc_failures() != failures)
        rc = set_error(c, SD_ERR_NOMEM, NULL, 0, 0, NULL);
    if (rc != SD_OK) {
        /* nothing of a stopped run may pass for a result */
        c->failed = true;
        sdi_vec_free(&c->findings);
        c->failed_closed = c->engine_error = false;
        memset(c->severity_counts, 0, sizeof c->severity_counts);
    }
    return rc;
}

static int run(sd_check *c)
{
    if (c->mode == SD_CHECK_DRIFT && !c->schemas.len)
        return set_error(c, SD_ERR_MISUSE, NULL, 0, 0, "a check needs a schema and migrations");
    if (!c->migrations.len)
        return set_error(c, SD_ERR_MISUSE, NULL, 0, 0, "no migrations given");
    sd_migrations *m = NULL;
    int rc = sd_migrations_new(c->dialect, &m);
    if (rc == SD_OK)
        rc = sd_catalog_new(c->schema_dialect ? c->schema_dialect : c->dialect, &c->schema_cat);
    if (rc == SD_OK)
        rc = sd_catalog_new(c->dialect, &c->migrations_cat);
    if (rc == SD_OK)
        rc = sd_catalog_keep_statements(c->schema_cat, c->keep_statements);
    if (rc == SD_OK)
        rc = sd_catalog_keep_statements(c->migrations_cat, c->keep_statements);
    if (rc != SD_OK) {
        sd_migrations_free(m);
        return set_error(c, rc, NULL, 0, 0, NULL);
    }
    /* the order first: an unclear order stops the check before any replay */
    for (size_t i = 0; i < c->migrations.len; i++) {
        const check_source *s = c->migrations.items[i];
        struct stat st;
        if (s->list)
            rc = sd_migrations_add_list(m, s->path);
        else if (stat(s->path, &st) == 0 && S_ISDIR(st.st_mode))
            rc = sd_migrations_add_dir(m, s->path);
        else
            rc = sd_migrations_add_file(m, s->path);
        if (rc != SD_OK) {
            rc = set_error(c, rc, NULL, 0, 0, *sd_migrations_errmsg(m) ? sd_migrations_errmsg(m) : NULL);
            sd_migrations_free(m);
            return rc;
        }
    }
    /* the schema files on a thread of their own, the migrations here */
    schema_job schema = {.side = {.cat = c->schema_cat}, .paths = &c->schemas};
    replay_side migrations = {.cat = c->migrations_cat};
#ifndef SD_FAULT_INJECTION
    pthread_t worker;
    bool threaded = c->schemas.len && pthread_create(&worker, NULL, replay_schemas, &schema) == 0;
#else
    bool threaded = false;   /* the allocation-failure countdown is one thread's */
#endif
    if (!threaded)
        replay_schemas(&schema);
    for (size_t k = 0; migrations.rc == SD_OK && k < sd_migrations_count(m); k++) {
        const char *path = sd_migrations_path(m, k);
        if (sd_migrations_is_code(m, k)) {
            if (!add_problem(&migrations, SD_PROBLEM_FAILED_CLOSED, path, 0, 0,
                             "failed closed: this migration is code; its effect on the schema cannot be replayed"))
                side_stopped(&migrations, SD_ERR_NOMEM, NULL);
            continue;
        }
        replay(&migrations, path);
    }
#ifndef SD_FAULT_INJECTION
    if (threaded)
        pthread_join(worker, NULL);
#endif
    /* as if the schema had been replayed first: its error wins */
    if (schema.side.rc != SD_OK)
        rc = side_error(c, &schema.side);
    else if (migrations.rc != SD_OK)
        rc = side_error(c, &migrations);
    if (rc == SD_OK)
        rc = take_problems(c, &schema.side);
    if (rc == SD_OK)
        rc = take_problems(c, &migrations);
    free_problems(&schema.side.problems);
    free_problems(&migrations.problems);
    sd_migrations_free(m);
    if (rc != SD_OK)
        return rc;
    if (c->mode == SD_CHECK_DRIFT) {
        rc = sd_diff_catalogs(c->schema_cat, c->migrations_cat, c->flags, &c->drift);
        for (size_t i = 0; rc == SD_OK && i < sd_diff_count(c->drift); i++) {
            const sd_finding *f = sd_diff_at(c->drift, i);
            if (in_scope(c, sd_finding_path(f)))
                rc = keep_finding(c, f);
        }
    }
    if (rc == SD_OK)
        rc = sd_lint_catalog(c->migrations_cat, &c->risky);
    for (size_t i = 0; rc == SD_OK && i < sd_diff_count(c->risky); i++)
        rc = keep_finding(c, sd_diff_at(c->risky, i));
    if (rc != SD_OK)
        return set_error(c, rc, NULL, 0, 0, NULL);
    sdi_free(c->errmsg);
    c->errmsg = NULL;
    return SD_OK;
}

EXPORT const char *sd_check_errmsg(const sd_check *c)
{
    return c && c->errmsg ? c->errmsg : "";
}

EXPORT const char *sd_check_error_file(const sd_check *c)
{
    return c && c->errmsg ? c->error_file : NULL;
}

EXPORT uint32_t sd_check_error_line(const sd_check *c)
{
    return c && c->errmsg ? c->error_line : 0;
}

EXPORT uint32_t sd_check_error_col(const sd_check *c)
{
    return c && c->errmsg ? c->error_col : 0;
}

/* ---- results ---- */

EXPORT size_t sd_check_finding_count(const sd_check *c)
{
    return c ? c->findings.len : 0;
}

EXPORT const sd_finding *sd_check_finding_at(const sd_check *c, size_t i)
{
    return c && i < c->findings.len ? c->findings.items[i] : NULL;
}

EXPORT size_t sd_check_severity_count(const sd_check *c, int severity)
{
    return c && severity >= SD_SEVERITY_ERROR && severity <= SD_SEVERITY_INFO ? c->severity_counts[severity] : 0;
}

EXPORT size_t sd_check_problem_count(const sd_check *c)
{
    return c && !c->failed ? c->problems.len : 0;
}

EXPORT int sd_check_problem_at(const sd_check *c, size_t i, int *kind, const char **file, uint32_t *line,
                               uint32_t *col, const char **message)
{
    if (!c || c->failed || i >= c->problems.len)
        return SD_ERR_MISUSE;
    const check_problem *p = c->problems.items[i];
    if (kind)
        *kind = p->kind;
    if (file)
        *file = p->file;
    if (line)
        *line = p->line;
    if (col)
        *col = p->col;
    if (message)
        *message = p->message;
    return SD_OK;
}

EXPORT int sd_check_failed_closed(const sd_check *c)
{
    return c && c->failed_closed;
}

EXPORT int sd_check_status(const sd_check *c, int fail_on)
{
    if (!c || !c->ran || c->failed || fail_on < SD_SEVERITY_ERROR || fail_on > SD_SEVERITY_INFO)
        return SD_ERR_MISUSE;
    if (c->failed_closed)
        return 3;
    bool findings = c->engine_error;
    for (int sev = SD_SEVERITY_ERROR; sev <= fail_on; sev++)
        findings |= c->severity_counts[sev] > 0;
    return findings ? 2 : 0;
}

EXPORT const sd_catalog *sd_check_schema_catalog(const sd_check *c)
{
    return c && !c->failed ? c->schema_cat : NULL;
}

EXPORT const sd_catalog *sd_check_migrations_catalog(const sd_check *c)
{
    return c && !c->failed ? c->migrations_cat : NULL;
}

static void json_location(sdi_str *o, const sd_finding *f, int side)
{
    const char *file = NULL;
    uint32_t line = 0, col = 0;
    sd_finding_location(f, side, &file, &line, &col);
    if (!file) {
        sdi_str_add(o, "null");
        return;
    }
    sdi_str_add(o, "{\"file\": ");
    sdi_json_string(o, file);
    sdi_str_addf(o, ", \"line\": %u, \"col\": %u}", line, col);
}

/* The JSON report (docs/findings.md): findings, replay problems, summary. */
static void report_json(const sd_check *c, sdi_str *o)
{
    sdi_str_addf(o, "{\n  \"format\": %d,\n  \"findings\": [", REPORT_FORMAT_VERSION);
    for (size_t i = 0; i < c->findings.len; i++) {
        const sd_finding *f = c->findings.items[i];
        sdi_str_addf(o, "%s\n    {\"code\": ", i ? "," : "");
        sdi_json_string(o, sd_finding_code(f));
        sdi_str_add(o, ", \"severity\": ");
        sdi_json_string(o, sd_severity_str(sd_finding_severity(f)));
        sdi_str_add(o, ", \"kind\": ");
        sdi_json_string(o, sd_finding_kind(f));
        sdi_str_add(o, ", \"path\": ");
        sdi_json_string(o, sd_finding_path(f));
        sdi_str_add(o, ", \"message\": ");
        sdi_json_string(o, sd_finding_message(f));
        sdi_str_add(o, ", \"schema\": ");
        sdi_json_string(o, sd_finding_expected(f));
        sdi_str_add(o, ", \"migrations\": ");
        sdi_json_string(o, sd_finding_actual(f));
        sdi_str_add(o, ", \"fix\": ");
        sdi_json_string(o, sd_finding_fix(f));
        sdi_str_add(o, ", \"schema_location\": ");
        json_location(o, f, SD_SIDE_SCHEMA);
        sdi_str_add(o, ", \"migrations_location\": ");
        json_location(o, f, SD_SIDE_MIGRATIONS);
        sdi_str_addc(o, '}');
    }
    sdi_str_addf(o, "%s],\n  \"replay\": [", c->findings.len ? "\n  " : "");
    for (size_t i = 0; i < c->problems.len; i++) {
        const check_problem *p = c->problems.items[i];
        sdi_str_addf(o, "%s\n    {\"kind\": \"%s\", \"file\": ", i ? "," : "",
                     p->kind == SD_PROBLEM_FAILED_CLOSED ? "failed-closed" : "engine-error");
        sdi_json_string(o, p->file);
        sdi_str_addf(o, ", \"line\": %u, \"col\": %u, \"message\": ", p->line, p->col);
        sdi_json_string(o, p->message);
        sdi_str_addc(o, '}');
    }
    sdi_str_addf(o,
                 "%s],\n  \"summary\": {\"errors\": %zu, \"warnings\": %zu, \"infos\": %zu, \"failed_closed\": %s}\n}\n",
                 c->problems.len ? "\n  " : "", c->severity_counts[SD_SEVERITY_ERROR],
                 c->severity_counts[SD_SEVERITY_WARNING], c->severity_counts[SD_SEVERITY_INFO],
                 c->failed_closed ? "true" : "false");
}

EXPORT int sd_check_serialize(const sd_check *c, int format, sd_buf **out)
{
    if (!c || !out || format != SD_REPORT_JSON || !c->ran || c->failed)
        return SD_ERR_MISUSE;
    *out = NULL;
    unsigned long failures = sdi_alloc_failures();
    sdi_str o = {0};
    report_json(c, &o);
    if (sdi_alloc_failures() != failures) {
        sdi_str_free(&o);
        return SD_ERR_NOMEM;
    }
    return sdi_buf_from_str(&o, out);
}

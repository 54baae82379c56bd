/* Golden test runner (suite "golden"): replays every case under the golden
 * root through the library in-process and compares the result with the
 * expectation next to it.
 *
 *   <dialect>/<case>.sql          -> <case>.json   (catalog JSON)
 *   <dialect>/<case>/NNN_*.sql    -> <case>/expected.json (files in name order)
 *   errors/<dialect>/<case>.sql   -> <case>.err    (exit code + outcomes)
 *
 * The dialect is the path component "postgres" or "sqlite". Paths in the
 * output are relative to the golden root, which is the working directory.
 * SD_UPDATE_GOLDEN=1 rewrites the expectations instead of comparing. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <schemadrift/schemadrift.h>

static int passed, failed;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (len)
        *len = n;
    return buf;
}

typedef struct text {
    char *data;
    size_t len, cap;
} text;

static void add(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
        if (!t->data) {
            fprintf(stderr, "out of memory\n");
            exit(2);
        }
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = 0;
}

static void addf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(text *t, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    add(t, buf, n < 0 ? 0 : (size_t)n >= sizeof buf ? sizeof buf - 1 : (size_t)n);
}

static const char *outcome_word(int o)
{
    switch (o) {
    case SD_OUTCOME_APPLIED: return "applied";
    case SD_OUTCOME_NOOP: return "no-op";
    case SD_OUTCOME_IGNORED: return "ignored";
    case SD_OUTCOME_ENGINE_ERROR: return "engine-error";
    case SD_OUTCOME_UNMODELLED: return "unmodelled";
    case SD_OUTCOME_ACKNOWLEDGED: return "acknowledged";
    default: return "?";
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entries of a directory (caller frees). */
static char **list_dir(const char *dir, size_t *n)
{
    DIR *d = opendir(dir);
    *n = 0;
    if (!d)
        return NULL;
    size_t cap = 16;
    char **v = malloc(cap * sizeof *v);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (*n == cap)
            v = realloc(v, (cap *= 2) * sizeof *v);
        v[(*n)++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Replay `files` and render the result: JSON for catalog cases, the
 * explain listing with the CLI's exit code for error cases. */
static void run_case(int dialect, char **files, size_t nfiles, bool error_case, text *out)
{
    sd_catalog *cat = NULL;
    if (sd_catalog_new(dialect, &cat) != SD_OK) {
        fprintf(stderr, "cannot create catalog\n");
        exit(2);
    }
    int exit_code = 0;
    text diag = {0};
    for (size_t i = 0; i < nfiles; i++) {
        size_t len = 0;
        char *sql = read_all(files[i], &len);
        if (!sql) {
            addf(&diag, "%s: error: cannot read\n", files[i]);
            exit_code = 1;
            continue;
        }
        int rc = sd_catalog_apply_sql(cat, sql, len, files[i]);
        if (rc == SD_ERR_ENCODING) {
            addf(&diag, "%s:%u:%u: error: %s\n", sd_catalog_error_file(cat),
                 sd_catalog_error_line(cat), sd_catalog_error_col(cat), sd_catalog_errmsg(cat));
            exit_code = 1;
        }
        free(sql);
    }
    for (size_t i = 0; i < sd_catalog_statement_count(cat); i++) {
        const sd_statement *st = sd_catalog_statement_at(cat, i);
        int o = sd_statement_outcome(st);
        if (o == SD_OUTCOME_UNMODELLED && exit_code != 1)
            exit_code = 3;
        if (o == SD_OUTCOME_ENGINE_ERROR && exit_code == 0)
            exit_code = 2;
    }
    if (error_case) {
        addf(out, "exit: %d\n", exit_code);
        for (size_t i = 0; i < sd_catalog_statement_count(cat); i++) {
            const sd_statement *st = sd_catalog_statement_at(cat, i);
            const char *reason = sd_statement_reason(st);
            addf(out, "%s:%u:%u: %s %s%s%s\n", sd_statement_file(st), sd_statement_line(st),
                 sd_statement_col(st), outcome_word(sd_statement_outcome(st)), sd_statement_tag(st),
                 *reason ? ": " : "", reason);
        }
        if (diag.len)
            add(out, diag.data, diag.len);
    } else {
        if (exit_code != 0) {
            addf(out, "unexpected exit %d\n", exit_code);
            for (size_t i = 0; i < sd_catalog_statement_count(cat); i++) {
                const sd_statement *st = sd_catalog_statement_at(cat, i);
                int o = sd_statement_outcome(st);
                if (o == SD_OUTCOME_ENGINE_ERROR || o == SD_OUTCOME_UNMODELLED)
                    addf(out, "%s:%u:%u: %s\n", sd_statement_file(st), sd_statement_line(st),
                         sd_statement_col(st), sd_statement_reason(st));
            }
        }
        if (diag.len)
            add(out, diag.data, diag.len);
        sd_buf *buf = NULL;
        if (sd_catalog_serialize(cat, SD_FORMAT_JSON, &buf) != SD_OK) {
            fprintf(stderr, "serialize failed\n");
            exit(2);
        }
        size_t n = 0;
        const char *data = sd_buf_data(buf, &n);
        add(out, data, n);
        sd_buf_dispose(buf);
    }
    free(diag.data);
    sd_catalog_free(cat);
}

static void check(const char *name, const char *expected_path, const text *got)
{
    const char *update = getenv("SD_UPDATE_GOLDEN");
    if (update && *update == '1') {
        FILE *f = fopen(expected_path, "wb");
        if (!f || fwrite(got->data, 1, got->len, f) != got->len) {
            fprintf(stderr, "cannot write %s\n", expected_path);
            exit(2);
        }
        fclose(f);
        printf("updated %s\n", expected_path);
        passed++;
        return;
    }
    size_t len = 0;
    char *want = read_all(expected_path, &len);
    if (!want) {
        printf("FAIL %s: no expectation %s (run with SD_UPDATE_GOLDEN=1)\n", name, expected_path);
        failed++;
        return;
    }
    if (len == got->len && memcmp(want, got->data, len) == 0) {
        passed++;
    } else {
        /* show the first differing line */
        size_t i = 0, line = 1;
        while (i < len && i < got->len && want[i] == got->data[i]) {
            if (want[i] == '\n')
                line++;
            i++;
        }
        size_t ws = i, gs = i;
        while (ws > 0 && want[ws - 1] != '\n')
            ws--;
        while (gs > 0 && got->data[gs - 1] != '\n')
            gs--;
        size_t we = ws, ge = gs;
        while (we < len && want[we] != '\n')
            we++;
        while (ge < got->len && got->data[ge] != '\n')
            ge++;
        printf("FAIL %s: differs at line %zu\n  want: %.*s\n  got:  %.*s\n", name, line,
               (int)(we - ws), want + ws, (int)(ge - gs), got->data + gs);
        failed++;
    }
    free(want);
}

/* The dialect a path's first "postgres" or "sqlite" component names (a
 * case may have either word in its own name). */
static int dialect_of(const char *path)
{
    for (const char *c = path; *c;) {
        size_t n = strcspn(c, "/");
        if (n == 8 && strncmp(c, "postgres", 8) == 0)
            return SD_DIALECT_POSTGRES;
        if (n == 6 && strncmp(c, "sqlite", 6) == 0)
            return SD_DIALECT_SQLITE;
        c += n;
        c += *c == '/';
    }
    return 0;
}

static void run_dir(const char *dir, bool error_dir)
{
    size_t n = 0;
    char **entries = list_dir(dir, &n);
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, entries[i]);
        int dialect = dialect_of(path);
        if (is_dir(path)) {
            if (strcmp(entries[i], "errors") == 0) {
                run_dir(path, true);
                continue;
            }
            if (strcmp(entries[i], "postgres") == 0 || strcmp(entries[i], "sqlite") == 0) {
                run_dir(path, error_dir);
                continue;
            }
            /* a multi-file case */
            size_t m = 0;
            char **files = list_dir(path, &m);
            char **sqls = malloc((m ? m : 1) * sizeof *sqls);
            size_t k = 0;
            for (size_t j = 0; j < m; j++) {
                if (ends_with(files[j], ".sql")) {
                    char p2[4200];
                    snprintf(p2, sizeof p2, "%s/%s", path, files[j]);
                    sqls[k++] = strdup(p2);
                }
                free(files[j]);
            }
            free(files);
            if (k && dialect) {
                text got = {0};
                run_case(dialect, sqls, k, error_dir, &got);
                char exp[4200];
                snprintf(exp, sizeof exp, "%s/expected.%s", path, error_dir ? "err" : "json");
                check(path, exp, &got);
                free(got.data);
            }
            for (size_t j = 0; j < k; j++)
                free(sqls[j]);
            free(sqls);
            continue;
        }
        if (!ends_with(entries[i], ".sql") || !dialect)
            continue;
        char *files[1] = {path};
        text got = {0};
        run_case(dialect, files, 1, error_dir, &got);
        char exp[4200];
        snprintf(exp, sizeof exp, "%.*s.%s", (int)(strlen(path) - 4), path, error_dir ? "err" : "json");
        check(path, exp, &got);
        free(got.data);
    }
    for (size_t i = 0; i < n; i++)
        free(entries[i]);
    free(entries);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: golden_test DIR...   (run from the golden root)\n");
        return 2;
    }
    for (int i = 1; i < argc; i++)
        run_dir(argv[i], strstr(argv[i], "errors") != NULL);
    printf("%d passed, %d failed\n", passed, failed);
    return failed || passed == 0 ? 1 : 0;
}

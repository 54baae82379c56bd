/* The schemadrift command-line tool: a thin user of the public API. It
 * replays SQL files into a catalog and prints it (dump), orders migration
 * directories (order), compares a declared schema with what its migrations
 * produce (check, diff) and reports risky migrations (lint), with
 * compiler-style diagnostics and JSON, SARIF and GitHub reports.
 * Exit codes: 0 ok, 1 usage or I/O error, 2 findings (drift, engine errors),
 * 3 failed closed (a statement that cannot be modelled). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <schemadrift/schemadrift.h>
#ifdef SD_CLI_MIMALLOC
#include <mimalloc.h>   /* linked, it is this process's malloc (tools/meson.build) */
#endif

enum { EXIT_OK = 0, EXIT_USAGE = 1, EXIT_FINDINGS = 2, EXIT_FAILED_CLOSED = 3 };

static bool use_color;

static void usage(FILE *f)
{
    fputs("usage: schemadrift <command> [options]\n"
          "\n"
          "commands:\n"
          "  dump --dialect postgres|sqlite [--format sql|json] [--explain] FILE...\n"
          "        apply the files in the order given and print the resulting catalog:\n"
          "        as SQL that recreates it (a regenerated schema.sql) or as JSON.\n"
          "        --explain prints every statement's outcome instead.\n"
          "  check --schema FILE... --migrations DIR|FILE... [--dialect D] [--format text|json|sarif|github]\n"
          "        [--table GLOB]... [--exclude GLOB]... [--fail-on error|warning|info]\n"
          "        compare the declared schema with what the migrations produce.\n"
          "  diff [options] SOURCE SOURCE\n"
          "        compare what two sources (SQL files or migration directories) produce.\n"
          "  lint --migrations DIR|FILE... [--dialect D] [--format ...] [--fail-on ...]\n"
          "        report risky statements (drops, renames, type changes, NOT NULL).\n"
          "  order [--dialect D] [--list FILE] [DIR|FILE]...\n"
          "        print the order the migrations would be applied in, and why.\n"
          "\n"
          "options:\n"
          "  --help       show this help\n"
          "  --version    show the version\n"
          "\n"
          "exit status: 0 ok, 1 usage or I/O error, 2 drift or lint findings (or the\n"
          "engine would reject a statement), 3 a statement cannot be modelled (failed closed)\n",
          f);
}

static void dump_usage(FILE *f)
{
    fputs("usage: schemadrift dump --dialect postgres|sqlite [--format sql|json] [--explain] FILE...\n"
          "\n"
          "Replays FILE... in the order given, as PostgreSQL or SQLite would run them,\n"
          "and prints the resulting catalog (default --format sql). Statements the\n"
          "engine would reject and statements that cannot be modelled are reported\n"
          "on stderr as file:line:col diagnostics.\n",
          f);
}

static char *read_file(const char *path, size_t *len, char *err, size_t errsz)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errsz, "%s", strerror(errno));
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(f);
        snprintf(err, errsz, "out of memory");
        return NULL;
    }
    for (;;) {
        if (n == cap) {
            char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                fclose(f);
                snprintf(err, errsz, "out of memory");
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    if (ferror(f)) {
        snprintf(err, errsz, "%s", strerror(errno ? errno : EIO));
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Print "file:line:col: error: msg", the source line and a caret under the
 * column (counted in characters; tabs kept so the caret lines up). */
/* Columns of a source line shown around the caret in a diagnostic. */
#define EXCERPT_COLUMNS 160

/* The length of the valid UTF-8 character at z (at most n bytes), or 0
 * when the bytes there are not one. */
static size_t utf8_char_length(const unsigned char *z, size_t n)
{
    if (z[0] < 0x80)
        return 1;
    size_t len = z[0] >= 0xC2 && z[0] <= 0xDF ? 2 : z[0] >= 0xE0 && z[0] <= 0xEF ? 3
               : z[0] >= 0xF0 && z[0] <= 0xF4 ? 4 : 0;
    if (!len || len > n)
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((z[k] & 0xC0) != 0x80)
            return 0;
    if ((z[0] == 0xE0 && z[1] < 0xA0) || (z[0] == 0xED && z[1] > 0x9F) || (z[0] == 0xF0 && z[1] < 0x90) ||
        (z[0] == 0xF4 && z[1] > 0x8F))
        return 0;   /* overlong, surrogate, above U+10FFFF */
    return len;
}

/* The text of a file diagnostics quote, with a cursor: the start of the
 * last line looked up, so diagnostics in line order cost one pass over the
 * file, not one pass each. */
typedef struct source_text {
    char *path;                 /* NULL: not from a source_list */
    const char *text;           /* NULL: unreadable, nothing quoted */
    size_t len;
    uint32_t cursor_line;       /* 0: at the start */
    size_t cursor_off;
    unsigned long used;         /* source_list: when it was last asked for */
} source_text;

/* Where line `line` (1-based) of src starts; src->len when past the end. */
static size_t line_start(source_text *src, uint32_t line)
{
    size_t i = 0;
    uint32_t l = 1;
    if (src->cursor_line && src->cursor_line <= line) {
        i = src->cursor_off;
        l = src->cursor_line;
    }
    for (; l < line && i < src->len; l++) {
        const char *nl = memchr(src->text + i, '\n', src->len - i);
        i = nl ? (size_t)(nl - src->text) + 1 : src->len;
    }
    src->cursor_line = l;
    src->cursor_off = i;
    return i;
}

#define REPLACEMENT_CHARACTER "\xef\xbf\xbd"   /* U+FFFD, 3 bytes */

/* Append n bytes to a diagnostic's excerpt buffer at o; the new end. */
static size_t append(char *buf, size_t o, const char *s, size_t n)
{
    memcpy(buf + o, s, n);
    return o + n;
}

static void diagnostic(const char *file, uint32_t line, uint32_t col, const char *kind,
                       const char *msg, source_text *src)
{
    char where[1200];
    if (line)
        snprintf(where, sizeof where, "%s:%u:%u", file, line, col);
    else
        snprintf(where, sizeof where, "%s", file);
    if (use_color)
        fprintf(stderr, "\033[1m%s: \033[1;%sm%s:\033[0m\033[1m %s\033[0m\n", where,
                strncmp(kind, "note", 4) == 0 ? "36" : strncmp(kind, "warning", 7) == 0 ? "35" : "31", kind, msg);
    else
        fprintf(stderr, "%s: %s: %s\n", where, kind, msg);
    if (!src || !src->text || line == 0)
        return;
    const char *text = src->text;
    size_t len = src->len;
    size_t i = line_start(src, line);
    size_t end = i;
    while (end < len && text[end] != '\n' && text[end] != '\r')
        end++;
    /* a window of the line around the caret, so a huge line (a 100 MB
     * statement) prints a bounded excerpt; composed in memory and written
     * at once (a report of 10^4 findings paid a stdio call per character) */
    char out[EXCERPT_COLUMNS * 4 * 2 + 64];
    size_t o = 0;
    uint32_t first_col = col > EXCERPT_COLUMNS / 2 ? col - EXCERPT_COLUMNS / 2 : 1;
    o += (size_t)snprintf(out, sizeof out, "%5u | %s", line, first_col > 1 ? "\xe2\x80\xa6" : "");
    uint32_t c = 1;
    size_t k = i;
    for (; k < end && c < first_col + EXCERPT_COLUMNS;) {
        if (o > sizeof out - 16) {   /* stray continuation bytes do not count as columns */
            fwrite(out, 1, o, stderr);
            o = 0;
        }
        size_t n = utf8_char_length((const unsigned char *)text + k, end - k);
        unsigned char ch = (unsigned char)text[k];
        if ((ch & 0xC0) == 0x80 && n == 0) {
            /* a stray continuation byte: shown, but positions do not count it */
            if (c >= first_col)
                o = append(out, o, REPLACEMENT_CHARACTER, 3);
            k++;
            continue;
        }
        if (c >= first_col) {
            if (n == 0 || (ch < 0x20 && ch != '\t') || ch == 0x7f)
                o = append(out, o, REPLACEMENT_CHARACTER, 3);   /* U+FFFD for what a terminal must not get */
            else
                o = append(out, o, text + k, n);
        }
        k += n ? n : 1;
        c++;
    }
    const char *after = k < end ? "\xe2\x80\xa6\n      | " : "\n      | ";
    o = append(out, o, after, strlen(after));
    if (first_col > 1)
        out[o++] = ' ';
    c = 1;
    for (size_t b = i; b < end && c < col; b++) {
        unsigned char ch = (unsigned char)text[b];
        if ((ch & 0xC0) == 0x80)
            continue;
        if (c >= first_col)
            out[o++] = ch == '\t' ? '\t' : ' ';
        c++;
    }
    fwrite(out, 1, o, stderr);
    fputs(use_color ? "\033[1;32m^\033[0m\n" : "^\n", stderr);
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

/* What a replay met that a report must carry: a statement the engine
 * would reject, or one that fails closed (or a migration that is code). */
typedef struct problem {
    char *file;
    uint32_t line, col;
    bool failed_closed;
    char *message;
} problem;

typedef struct problem_list {
    problem *v;
    size_t n, cap;
    bool quiet;                 /* collect only; the report prints them */
} problem_list;

static void add_problem(problem_list *l, const char *file, uint32_t line, uint32_t col, bool failed_closed,
                        const char *message)
{
    if (!l)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        problem *nv = realloc(l->v, cap * sizeof *nv);
        if (!nv)
            return;
        l->v = nv;
        l->cap = cap;
    }
    l->v[l->n++] = (problem){strdup(file), line, col, failed_closed, strdup(message)};
}

static void free_problems(problem_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].file);
        free(l->v[i].message);
    }
    free(l->v);
}

/* Replay one file's text into cat, reporting what the engine would reject
 * and what fails closed as diagnostics (and every outcome with explain),
 * and collecting them into problems (when not NULL); *exit_code is raised
 * as needed. */
static void apply_and_report(sd_catalog *cat, const char *path, const char *text, size_t len, bool explain,
                             int *exit_code, problem_list *problems)
{
    bool quiet = problems && problems->quiet;
    const char *engine = sd_catalog_dialect(cat) == SD_DIALECT_POSTGRES ? "PostgreSQL" : "SQLite";
    size_t before = sd_catalog_statement_count(cat);
    int rc = sd_catalog_apply_sql(cat, text, len, path);
    source_text src = {.text = text, .len = len};
    if (rc == SD_ERR_ENCODING || rc == SD_ERR_NOMEM || rc == SD_ERR_MISUSE) {
        diagnostic(path, sd_catalog_error_line(cat), sd_catalog_error_col(cat), "error", sd_catalog_errmsg(cat),
                   rc == SD_ERR_ENCODING ? NULL : &src);
        *exit_code = EXIT_USAGE;
    }
    size_t after = sd_catalog_statement_count(cat);
    for (size_t k = before; k < after; k++) {
        const sd_statement *st = sd_catalog_statement_at(cat, k);
        int o = sd_statement_outcome(st);
        if (explain) {
            printf("%s:%u:%u: %s %s%s%s\n", sd_statement_file(st), sd_statement_line(st), sd_statement_col(st),
                   outcome_word(o), sd_statement_tag(st), *sd_statement_reason(st) ? ": " : "",
                   sd_statement_reason(st));
        }
        if (o == SD_OUTCOME_ENGINE_ERROR) {
            char msg[700];
            snprintf(msg, sizeof msg, "%s (%s would reject this statement)", sd_statement_reason(st), engine);
            if (!quiet)
                diagnostic(path, sd_statement_line(st), sd_statement_col(st), "error", msg, &src);
            add_problem(problems, path, sd_statement_line(st), sd_statement_col(st), false, msg);
            if (*exit_code == EXIT_OK)
                *exit_code = EXIT_FINDINGS;
        } else if (o == SD_OUTCOME_UNMODELLED) {
            char msg[700];
            snprintf(msg, sizeof msg, "failed closed: %s", sd_statement_reason(st));
            if (!quiet)
                diagnostic(path, sd_statement_line(st), sd_statement_col(st), "error", msg, &src);
            add_problem(problems, path, sd_statement_line(st), sd_statement_col(st), true, msg);
            if (*exit_code != EXIT_USAGE)
                *exit_code = EXIT_FAILED_CLOSED;
        }
    }
}

/* sd_write_fn for dump: the serialised catalog goes straight to stdout. */
static int write_stdout(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static int cmd_dump(int argc, char **argv)
{
    int dialect = 0, format = SD_FORMAT_SQL;
    bool explain = false;
    int first_file = argc;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            dump_usage(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--dialect") == 0 || strncmp(a, "--dialect=", 10) == 0) {
            const char *v = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(v, "postgres") == 0 || strcmp(v, "postgresql") == 0 || strcmp(v, "pg") == 0)
                dialect = SD_DIALECT_POSTGRES;
            else if (strcmp(v, "sqlite") == 0 || strcmp(v, "sqlite3") == 0)
                dialect = SD_DIALECT_SQLITE;
            else {
                fprintf(stderr, "schemadrift: unknown dialect '%s' (postgres or sqlite)\n", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--format") == 0 || strncmp(a, "--format=", 9) == 0) {
            const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : "");
            if (strcmp(v, "sql") == 0)
                format = SD_FORMAT_SQL;
            else if (strcmp(v, "json") == 0)
                format = SD_FORMAT_JSON;
            else {
                fprintf(stderr, "schemadrift: unknown format '%s' (sql or json)\n", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--explain") == 0) {
            explain = true;
        } else if (strcmp(a, "--") == 0) {
            first_file = i + 1;
            break;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "schemadrift: unknown option '%s'\n", a);
            dump_usage(stderr);
            return EXIT_USAGE;
        } else {
            first_file = i;
            break;
        }
    }
    if (!dialect) {
        fprintf(stderr, "schemadrift: dump needs --dialect postgres|sqlite\n");
        return EXIT_USAGE;
    }
    if (first_file >= argc) {
        fprintf(stderr, "schemadrift: dump needs at least one FILE\n");
        return EXIT_USAGE;
    }
    for (int i = first_file; i < argc; i++)
        if (argv[i][0] == '-' && argv[i][1] && i > first_file) {
            fprintf(stderr, "schemadrift: options go before the files: '%s'\n", argv[i]);
            return EXIT_USAGE;
        }

    sd_catalog *cat = NULL;
    int rc = sd_catalog_new(dialect, &cat);
    if (rc == SD_OK)   /* each file's outcomes are reported right after it; no lint */
        rc = sd_catalog_keep_statements(cat, SD_KEEP_LAST_CALL_NO_LINT);
    if (rc != SD_OK) {
        fprintf(stderr, "schemadrift: %s\n", sd_status_str(rc));
        return EXIT_USAGE;
    }
    int exit_code = EXIT_OK;
    for (int i = first_file; i < argc; i++) {
        const char *path = argv[i];
        char err[256];
        size_t len = 0;
        char *text = read_file(path, &len, err, sizeof err);
        if (!text) {
            fprintf(stderr, "%s: error: cannot read: %s\n", path, err);
            exit_code = EXIT_USAGE;
            continue;
        }
        apply_and_report(cat, path, text, len, explain, &exit_code, NULL);
        free(text);
    }
    if (!explain) {
        /* streamed: the output is never held whole in memory */
        rc = sd_catalog_write(cat, format, write_stdout, NULL);
        if (rc != SD_OK) {
            if (rc == SD_ERR_IO)
                fprintf(stderr, "schemadrift: cannot write output: %s\n", strerror(errno));
            else
                fprintf(stderr, "schemadrift: %s\n", sd_status_str(rc));
            sd_catalog_free(cat);
            return EXIT_USAGE;
        }
    }
    sd_catalog_free(cat);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "schemadrift: cannot write output: %s\n", strerror(errno));
        return EXIT_USAGE;
    }
    return exit_code;
}

static void order_usage(FILE *f)
{
    fputs("usage: schemadrift order [--dialect postgres|sqlite] [--list FILE] [DIR|FILE]...\n"
          "\n"
          "Prints the migrations in the order they would be applied, one a line,\n"
          "with the rule that placed each: version prefixes compared as numbers,\n"
          "Flyway V<version>__ then R__, golang-migrate *.up.sql, one directory per\n"
          "migration (<dir>/up.sql, <dir>/migration.sql), version directories,\n"
          "x.sql.postgres / x.sql.sqlite for their dialect (default postgres).\n"
          "--list FILE takes the order from FILE (one path a line, relative to it).\n"
          "Two migrations of one version are an error (exit 1), not a guess.\n",
          f);
}

static int parse_dialect(const char *v)
{
    if (strcmp(v, "postgres") == 0 || strcmp(v, "postgresql") == 0 || strcmp(v, "pg") == 0)
        return SD_DIALECT_POSTGRES;
    if (strcmp(v, "sqlite") == 0 || strcmp(v, "sqlite3") == 0)
        return SD_DIALECT_SQLITE;
    fprintf(stderr, "schemadrift: unknown dialect '%s' (postgres or sqlite)\n", v);
    return 0;
}

/* Add DIR, FILE or --list FILE sources to m; false after reporting. */
static bool add_migration_source(sd_migrations *m, const char *path, bool list)
{
    struct stat st;
    int rc;
    if (list)
        rc = sd_migrations_add_list(m, path);
    else if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        rc = sd_migrations_add_dir(m, path);
    else
        rc = sd_migrations_add_file(m, path);
    if (rc != SD_OK) {
        fprintf(stderr, "schemadrift: %s\n", *sd_migrations_errmsg(m) ? sd_migrations_errmsg(m) : sd_status_str(rc));
        return false;
    }
    return true;
}

static int cmd_order(int argc, char **argv)
{
    int dialect = SD_DIALECT_POSTGRES;
    sd_migrations *m = NULL;
    bool any = false;
    int code = EXIT_OK;
    for (int i = 0; i < argc && code == EXIT_OK; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            order_usage(stdout);
            sd_migrations_free(m);
            return EXIT_OK;
        }
        if (strcmp(a, "--dialect") == 0 || strncmp(a, "--dialect=", 10) == 0) {
            if (m) {
                fprintf(stderr, "schemadrift: --dialect goes before the sources\n");
                code = EXIT_USAGE;
                break;
            }
            if (!(dialect = parse_dialect(a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : ""))))
                code = EXIT_USAGE;
            continue;
        }
        bool list = strcmp(a, "--list") == 0;
        if (list && i + 1 >= argc) {
            fprintf(stderr, "schemadrift: --list needs a FILE\n");
            code = EXIT_USAGE;
            break;
        }
        if (!list && a[0] == '-' && a[1]) {
            fprintf(stderr, "schemadrift: unknown option '%s'\n", a);
            order_usage(stderr);
            code = EXIT_USAGE;
            break;
        }
        if (!m && sd_migrations_new(dialect, &m) != SD_OK) {
            fprintf(stderr, "schemadrift: out of memory\n");
            code = EXIT_USAGE;
            break;
        }
        if (!add_migration_source(m, list ? argv[++i] : a, list))
            code = EXIT_USAGE;
        any = true;
    }
    if (code == EXIT_OK && !any) {
        fprintf(stderr, "schemadrift: order needs a DIR, FILE or --list FILE\n");
        code = EXIT_USAGE;
    }
    for (size_t k = 0; code == EXIT_OK && k < sd_migrations_count(m); k++)
        printf("%4zu  %s  (%s%s)\n", k + 1, sd_migrations_path(m, k), sd_order_rule_str(sd_migrations_rule(m, k)),
               sd_migrations_is_code(m, k) ? "; code: its effect on the schema cannot be replayed" : "");
    sd_migrations_free(m);
    return code;
}

/* ---- check -------------------------------------------------------------- */

static void lint_usage(FILE *f)
{
    fputs("usage: schemadrift lint --migrations DIR|FILE... [options]\n"
          "\n"
          "Replays the migrations and reports the risky statements among them:\n"
          "DROP TABLE (SD0801), DROP COLUMN (SD0802), renames (SD0803), column type\n"
          "changes (SD0804), SET NOT NULL or ADD COLUMN ... NOT NULL without a default\n"
          "(SD0805); and statements the engine would reject or that fail closed.\n"
          "\n"
          "  --migrations PATH   a migrations directory or file (repeatable)\n"
          "  --list FILE         the migrations listed in FILE, in that order\n"
          "  --dialect D         postgres (default) or sqlite\n"
          "  --format F          text (default), json, sarif or github\n"
          "  --fail-on S         error (default), warning or info: exit 2 at or above it\n"
          "\n"
          "exit status: 0 nothing at or above --fail-on, 1 usage or I/O error, 2 findings\n"
          "at or above --fail-on (or a statement the engine would reject), 3 failed closed\n",
          f);
}

static void check_usage(FILE *f)
{
    fputs("usage: schemadrift check --schema FILE... --migrations DIR|FILE... [options]\n"
          "\n"
          "Replays the declared schema and the migrations (in the order `schemadrift\n"
          "order` prints) and reports where the two catalogs disagree.\n"
          "\n"
          "  --schema FILE       the declared schema (repeatable)\n"
          "  --migrations PATH   a migrations directory or file (repeatable)\n"
          "  --list FILE         the migrations listed in FILE, in that order\n"
          "  --dialect D         postgres (default) or sqlite: the migrations' dialect\n"
          "  --schema-dialect D  the schema's, when it differs (compared by type class)\n"
          "  --format F          text (default), json, sarif (SARIF 2.1.0) or github\n"
          "                      (GitHub Actions annotations)\n"
          "  --table GLOB        only these tables (repeatable; schema.table or table)\n"
          "  --exclude GLOB      not these tables (repeatable)\n"
          "  --fail-on S         error (default), warning or info: exit 2 at or above it\n"
          "  --column-order      also report columns in another order\n"
          "\n"
          "exit status: 0 in sync, 1 usage or I/O error, 2 drift at or above --fail-on\n"
          "(or a statement the engine would reject), 3 failed closed\n",
          f);
}


/* The files a report quotes, read on demand. Findings come in file order
 * (a migration, sometimes the schema beside it), so a few files are kept,
 * the least recently used one making room: memory stays that of a few
 * files, not of the whole history. */
#define SOURCES_KEPT 4
typedef struct source_list {
    source_text v[SOURCES_KEPT];
    unsigned long clock;
} source_list;

static void source_drop(source_text *t)
{
    free(t->path);
    free((char *)t->text);
    memset(t, 0, sizeof *t);
}

/* The text of `path` (src->text NULL when unreadable), for the source line
 * under a diagnostic; NULL without a path or when out of memory. */
static source_text *load_source(source_list *l, const char *path)
{
    if (!path)
        return NULL;
    source_text *slot = &l->v[0];
    for (size_t i = 0; i < SOURCES_KEPT; i++) {
        source_text *t = &l->v[i];
        if (t->path && strcmp(t->path, path) == 0) {
            t->used = ++l->clock;
            return t;
        }
        if (!t->path || (slot->path && t->used < slot->used))
            slot = t;
    }
    source_drop(slot);
    slot->path = strdup(path);
    if (!slot->path)
        return NULL;
    char err[256];
    slot->text = read_file(path, &slot->len, err, sizeof err);
    slot->used = ++l->clock;
    return slot;
}

static void sources_free(source_list *l)
{
    for (size_t i = 0; i < SOURCES_KEPT; i++)
        source_drop(&l->v[i]);
}

static void json_str(const char *s)
{
    if (!s) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        if (*c == '"' || *c == '\\')
            printf("\\%c", *c);
        else if (*c == '\n')
            fputs("\\n", stdout);
        else if (*c == '\t')
            fputs("\\t", stdout);
        else if (*c < 0x20)
            printf("\\u%04x", *c);
        else
            putchar(*c);
    }
    putchar('"');
}

enum { FMT_TEXT = 0, FMT_JSON, FMT_SARIF, FMT_GITHUB };

/* A finding's location on both sides (file NULL where it has none). */
typedef struct sides {
    const char *fa, *fb;        /* schema, migrations */
    uint32_t la, ca, lb, cb;
} sides;

static sides finding_sides(const sd_finding *f)
{
    sides w = {NULL, NULL, 0, 0, 0, 0};
    sd_finding_location(f, SD_SIDE_SCHEMA, &w.fa, &w.la, &w.ca);
    sd_finding_location(f, SD_SIDE_MIGRATIONS, &w.fb, &w.lb, &w.cb);
    return w;
}

static void report_text(const sd_finding **v, size_t n, source_list *sources)
{
    for (size_t i = 0; i < n; i++) {
        const sd_finding *f = v[i];
        /* where to point: the migrations' side when it has a place */
        sides w = finding_sides(f);
        const char *fa = w.fa, *fb = w.fb;
        uint32_t la = w.la, ca = w.ca, lb = w.lb, cb = w.cb;
        const char *pf = fb ? fb : fa;
        uint32_t pl = fb ? lb : la, pc = fb ? cb : ca;
        char kindbuf[64];
        snprintf(kindbuf, sizeof kindbuf, "%s[%s]", sd_severity_str(sd_finding_severity(f)), sd_finding_code(f));
        source_text *src = pl ? load_source(sources, pf) : NULL;
        diagnostic(pf ? pf : "(schema)", pl, pc, kindbuf, sd_finding_message(f), src);
        if (fa && fb) {
            source_text *other = la ? load_source(sources, fa) : NULL;
            diagnostic(fa, la, ca, "note", "in the schema", other);
        }
        if (sd_finding_fix(f))
            fprintf(stderr, "      = fix: %s\n", sd_finding_fix(f));
    }
}

static const char *sarif_level(int severity)
{
    return severity == SD_SEVERITY_ERROR ? "error" : severity == SD_SEVERITY_WARNING ? "warning" : "note";
}

static void sarif_location(const char *file, uint32_t line, uint32_t col)
{
    fputs("{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", stdout);
    json_str(file);
    fputs("}", stdout);
    if (line)
        printf(", \"region\": {\"startLine\": %u, \"startColumn\": %u}", line, col ? col : 1);
    fputs("}}", stdout);
}

/* SARIF 2.1.0: one rule per code that occurs (the replay's two kinds are
 * SD0901 and SD0902), results with the location on the migrations' side
 * first and the schema's as a related location. */
static void report_sarif(const sd_finding **v, size_t n, const problem_list *problems)
{
    const char *codes[64];
    const char *kinds[64];
    int levels[64];
    size_t ncodes = 0;
    for (size_t i = 0; i < n && ncodes < 62; i++) {
        bool seen = false;
        for (size_t k = 0; k < ncodes && !seen; k++)
            seen = strcmp(codes[k], sd_finding_code(v[i])) == 0;
        if (!seen) {
            codes[ncodes] = sd_finding_code(v[i]);
            kinds[ncodes] = sd_finding_kind(v[i]);
            levels[ncodes++] = sd_finding_severity(v[i]);
        }
    }
    bool engine = false, closed = false;
    for (size_t i = 0; i < problems->n; i++) {
        engine |= !problems->v[i].failed_closed;
        closed |= problems->v[i].failed_closed;
    }
    if (engine) {
        codes[ncodes] = "SD0901";
        kinds[ncodes] = "engine-error";
        levels[ncodes++] = SD_SEVERITY_ERROR;
    }
    if (closed) {
        codes[ncodes] = "SD0902";
        kinds[ncodes] = "failed-closed";
        levels[ncodes++] = SD_SEVERITY_ERROR;
    }
    printf("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
           "  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"schemadrift\",\n"
           "          \"version\": \"%s\",\n"
           "          \"rules\": [",
           sd_version_string());
    for (size_t k = 0; k < ncodes; k++) {
        printf("%s\n            {\"id\": \"%s\", \"name\": \"%s\", \"shortDescription\": {\"text\": \"%s\"}, "
               "\"defaultConfiguration\": {\"level\": \"%s\"}}",
               k ? "," : "", codes[k], kinds[k], kinds[k], sarif_level(levels[k]));
    }
    printf("%s]\n        }\n      },\n      \"results\": [", ncodes ? "\n          " : "");
    size_t r = 0;
    for (size_t i = 0; i < n; i++, r++) {
        const sd_finding *f = v[i];
        size_t idx = 0;
        while (idx < ncodes && strcmp(codes[idx], sd_finding_code(f)) != 0)
            idx++;
        sides w = finding_sides(f);
        const char *fa = w.fa, *fb = w.fb;
        uint32_t la = w.la, ca = w.ca, lb = w.lb, cb = w.cb;
        printf("%s\n        {\"ruleId\": \"%s\", \"ruleIndex\": %zu, \"level\": \"%s\", \"message\": {\"text\": ", r ? "," : "",
               sd_finding_code(f), idx, sarif_level(sd_finding_severity(f)));
        json_str(sd_finding_message(f));
        fputs("}, \"locations\": [", stdout);
        if (fb || fa)
            sarif_location(fb ? fb : fa, fb ? lb : la, fb ? cb : ca);
        fputs("]", stdout);
        if (fa && fb) {
            fputs(", \"relatedLocations\": [", stdout);
            sarif_location(fa, la, ca);
            fputs("]", stdout);
        }
        fputs(", \"properties\": {\"path\": ", stdout);
        json_str(sd_finding_path(f));
        fputs(", \"schema\": ", stdout);
        json_str(sd_finding_expected(f));
        fputs(", \"migrations\": ", stdout);
        json_str(sd_finding_actual(f));
        if (sd_finding_fix(f)) {
            fputs(", \"fix\": ", stdout);
            json_str(sd_finding_fix(f));
        }
        fputs("}}", stdout);
    }
    for (size_t i = 0; i < problems->n; i++, r++) {
        const problem *p = &problems->v[i];
        const char *id = p->failed_closed ? "SD0902" : "SD0901";
        size_t idx = 0;
        while (idx < ncodes && strcmp(codes[idx], id) != 0)
            idx++;
        printf("%s\n        {\"ruleId\": \"%s\", \"ruleIndex\": %zu, \"level\": \"error\", \"message\": {\"text\": ",
               r ? "," : "", id, idx);
        json_str(p->message);
        fputs("}, \"locations\": [", stdout);
        sarif_location(p->file, p->line, p->col);
        fputs("]}", stdout);
    }
    printf("%s]\n    }\n  ]\n}\n", r ? "\n      " : "");
}

/* GitHub Actions workflow commands: ::error file=…,line=…,col=…,title=…::msg */
static void github_escape(const char *s, bool property)
{
    for (; s && *s; s++) {
        if (*s == '%')
            fputs("%25", stdout);
        else if (*s == '\r')
            fputs("%0D", stdout);
        else if (*s == '\n')
            fputs("%0A", stdout);
        else if (property && *s == ':')
            fputs("%3A", stdout);
        else if (property && *s == ',')
            fputs("%2C", stdout);
        else
            putchar(*s);
    }
}

static void github_line(const char *level, const char *file, uint32_t line, uint32_t col, const char *title,
                        const char *msg)
{
    printf("::%s ", level);
    if (file) {
        fputs("file=", stdout);
        github_escape(file, true);
        if (line)
            printf(",line=%u,col=%u", line, col ? col : 1);
        fputs(",", stdout);
    }
    fputs("title=", stdout);
    github_escape(title, true);
    fputs("::", stdout);
    github_escape(msg, false);
    putchar('\n');
}

static void report_github(const sd_finding **v, size_t n, const problem_list *problems)
{
    for (size_t i = 0; i < problems->n; i++) {
        const problem *p = &problems->v[i];
        github_line("error", p->file, p->line, p->col, p->failed_closed ? "SD0902 failed closed" : "SD0901 engine error",
                    p->message);
    }
    for (size_t i = 0; i < n; i++) {
        const sd_finding *f = v[i];
        sides w = finding_sides(f);
        const char *fa = w.fa, *fb = w.fb;
        uint32_t la = w.la, ca = w.ca, lb = w.lb, cb = w.cb;
        int sev = sd_finding_severity(f);
        char title[128];
        snprintf(title, sizeof title, "%s %s", sd_finding_code(f), sd_finding_kind(f));
        char msg[4096];
        snprintf(msg, sizeof msg, "%s%s%s", sd_finding_message(f), sd_finding_fix(f) ? "\nfix: " : "",
                 sd_finding_fix(f) ? sd_finding_fix(f) : "");
        github_line(sev == SD_SEVERITY_ERROR ? "error" : sev == SD_SEVERITY_WARNING ? "warning" : "notice",
                    fb ? fb : fa, fb ? lb : la, fb ? cb : ca, title, msg);
    }
}

static int cmd_check(int argc, char **argv, bool lint)
{
    int dialect = SD_DIALECT_POSTGRES, schema_dialect = 0, fail_on = SD_SEVERITY_ERROR;
    int format = FMT_TEXT;
    bool column_order = false;
    char **schemas = calloc((size_t)argc + 1, sizeof *schemas), **migs = calloc((size_t)argc + 1, sizeof *migs);
    char **tables = calloc((size_t)argc + 1, sizeof *tables), **excludes = calloc((size_t)argc + 1, sizeof *excludes);
    bool *mig_is_list = calloc((size_t)argc + 1, sizeof *mig_is_list);
    int nschemas = 0, nmigs = 0, ntables = 0, nexcludes = 0;
    int code = EXIT_OK;
    if (!schemas || !migs || !tables || !excludes || !mig_is_list)
        code = EXIT_USAGE;
    for (int i = 0; i < argc && code == EXIT_OK; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            (lint ? lint_usage : check_usage)(stdout);
            code = -1;
        } else if (strcmp(a, "--column-order") == 0) {
            column_order = true;
        } else if (a[0] == '-' && a[1] == '-' && !v) {
            fprintf(stderr, "schemadrift: %s needs a value\n", a);
            code = EXIT_USAGE;
        } else if (strcmp(a, "--schema") == 0) {
            schemas[nschemas++] = argv[++i];
        } else if (strcmp(a, "--migrations") == 0) {
            migs[nmigs++] = argv[++i];
        } else if (strcmp(a, "--list") == 0) {
            mig_is_list[nmigs] = true;
            migs[nmigs++] = argv[++i];
        } else if (strcmp(a, "--table") == 0) {
            tables[ntables++] = argv[++i];
        } else if (strcmp(a, "--exclude") == 0) {
            excludes[nexcludes++] = argv[++i];
        } else if (strcmp(a, "--dialect") == 0) {
            if (!(dialect = parse_dialect(argv[++i])))
                code = EXIT_USAGE;
        } else if (strcmp(a, "--schema-dialect") == 0) {
            if (!(schema_dialect = parse_dialect(argv[++i])))
                code = EXIT_USAGE;
        } else if (strcmp(a, "--format") == 0) {
            const char *f = argv[++i];
            format = strcmp(f, "text") == 0 ? FMT_TEXT : strcmp(f, "json") == 0 ? FMT_JSON
                     : strcmp(f, "sarif") == 0 ? FMT_SARIF : strcmp(f, "github") == 0 ? FMT_GITHUB : -1;
            if (format < 0) {
                fprintf(stderr, "schemadrift: unknown format '%s' (text, json, sarif or github)\n", f);
                code = EXIT_USAGE;
            }
        } else if (strcmp(a, "--fail-on") == 0) {
            const char *f = argv[++i];
            fail_on = strcmp(f, "error") == 0 ? SD_SEVERITY_ERROR : strcmp(f, "warning") == 0 ? SD_SEVERITY_WARNING
                      : strcmp(f, "info") == 0 ? SD_SEVERITY_INFO : 0;
            if (!fail_on) {
                fprintf(stderr, "schemadrift: --fail-on takes error, warning or info\n");
                code = EXIT_USAGE;
            }
        } else {
            fprintf(stderr, "schemadrift: unknown argument '%s'\n", a);
            (lint ? lint_usage : check_usage)(stderr);
            code = EXIT_USAGE;
        }
    }
    if (code == EXIT_OK && lint && nschemas) {
        fprintf(stderr, "schemadrift: lint takes no --schema (it looks at the migrations alone)\n");
        code = EXIT_USAGE;
    } else if (code == EXIT_OK && !lint && (!nschemas || !nmigs)) {
        fprintf(stderr, "schemadrift: check needs --schema FILE and --migrations DIR|FILE\n");
        code = EXIT_USAGE;
    } else if (code == EXIT_OK && lint && !nmigs) {
        fprintf(stderr, "schemadrift: lint needs --migrations DIR|FILE\n");
        code = EXIT_USAGE;
    }
    sd_check *chk = NULL;
    source_list sources = {0};
    problem_list problems = {0};
    if (code == EXIT_OK && sd_check_new(lint ? SD_CHECK_LINT : SD_CHECK_DRIFT, dialect, &chk) != SD_OK) {
        fprintf(stderr, "schemadrift: out of memory\n");
        code = EXIT_USAGE;
    }
    bool setup = code == EXIT_OK && sd_check_keep_statements(chk, SD_KEEP_LAST_CALL) == SD_OK;
    if (setup && schema_dialect)
        setup = sd_check_set_schema_dialect(chk, schema_dialect) == SD_OK;
    if (setup && column_order)
        setup = sd_check_set_flags(chk, SD_DIFF_COLUMN_ORDER) == SD_OK;
    for (int i = 0; setup && i < nschemas; i++)
        setup = sd_check_add_schema(chk, schemas[i]) == SD_OK;
    for (int i = 0; setup && i < nmigs; i++)
        setup = (mig_is_list[i] ? sd_check_add_migration_list(chk, migs[i]) : sd_check_add_migrations(chk, migs[i])) == SD_OK;
    for (int i = 0; setup && i < ntables; i++)
        setup = sd_check_add_table(chk, tables[i]) == SD_OK;
    for (int i = 0; setup && i < nexcludes; i++)
        setup = sd_check_add_exclude(chk, excludes[i]) == SD_OK;
    if (code == EXIT_OK && !setup) {
        fprintf(stderr, "schemadrift: out of memory\n");
        code = EXIT_USAGE;
    }
    if (code == EXIT_OK && sd_check_run(chk) != SD_OK) {
        /* a source that cannot be read or ordered: no report */
        const char *file = sd_check_error_file(chk);
        if (file) {
            source_text *src = sd_check_error_line(chk) ? load_source(&sources, file) : NULL;
            diagnostic(file, sd_check_error_line(chk), sd_check_error_col(chk), "error", sd_check_errmsg(chk), src);
        } else {
            fprintf(stderr, "schemadrift: %s\n", sd_check_errmsg(chk));
        }
        code = EXIT_USAGE;
    }
    for (size_t i = 0; code == EXIT_OK && i < sd_check_problem_count(chk); i++) {
        int kind = 0;
        const char *file = NULL, *msg = NULL;
        uint32_t line = 0, col = 0;
        sd_check_problem_at(chk, i, &kind, &file, &line, &col, &msg);
        add_problem(&problems, file, line, col, kind == SD_PROBLEM_FAILED_CLOSED, msg);
        if (format == FMT_TEXT) {
            source_text *src = line ? load_source(&sources, file) : NULL;
            diagnostic(file, line, col, "error", msg, src);
        }
    }
    size_t nshown = code == EXIT_OK ? sd_check_finding_count(chk) : 0;
    const sd_finding **shown = calloc(nshown ? nshown : 1, sizeof *shown);
    if (!shown)
        code = EXIT_USAGE;
    for (size_t i = 0; code == EXIT_OK && i < nshown; i++)
        shown[i] = sd_check_finding_at(chk, i);
    if (code == EXIT_OK) {
        size_t counts[4] = {0, sd_check_severity_count(chk, SD_SEVERITY_ERROR),
                            sd_check_severity_count(chk, SD_SEVERITY_WARNING),
                            sd_check_severity_count(chk, SD_SEVERITY_INFO)};
        bool failed_closed = sd_check_failed_closed(chk);
        sd_buf *json = NULL;
        switch (format) {
        case FMT_JSON:
            if (sd_check_serialize(chk, SD_REPORT_JSON, &json) == SD_OK) {
                size_t n = 0;
                const char *d = sd_buf_data(json, &n);
                fwrite(d, 1, n, stdout);
            } else {
                fprintf(stderr, "schemadrift: out of memory\n");
                code = EXIT_USAGE;
            }
            sd_buf_dispose(json);
            break;
        case FMT_SARIF: report_sarif(shown, nshown, &problems); break;
        case FMT_GITHUB: report_github(shown, nshown, &problems); break;
        default: report_text(shown, nshown, &sources); break;
        }
        if (format == FMT_TEXT || format == FMT_GITHUB)
            fprintf(stderr, "schemadrift: %zu error%s, %zu warning%s, %zu info%s%s\n", counts[SD_SEVERITY_ERROR],
                    counts[SD_SEVERITY_ERROR] == 1 ? "" : "s", counts[SD_SEVERITY_WARNING],
                    counts[SD_SEVERITY_WARNING] == 1 ? "" : "s", counts[SD_SEVERITY_INFO],
                    counts[SD_SEVERITY_INFO] == 1 ? "" : "s", failed_closed ? "; failed closed (see above)" : "");
    }
    free(shown);
    if (code == EXIT_OK)
        code = sd_check_status(chk, fail_on);
    sd_check_free(chk);
    sources_free(&sources);
    free_problems(&problems);
    free(schemas);
    free(migs);
    free(tables);
    free(excludes);
    free(mig_is_list);
    if (fflush(stdout) != 0 && code != -1)
        code = EXIT_USAGE;
    return code == -1 ? EXIT_OK : code;
}

static void diff_usage(FILE *f)
{
    fputs("usage: schemadrift diff [options] SOURCE SOURCE\n"
          "\n"
          "Compares the catalogs two sources produce; a SOURCE is an SQL file or a\n"
          "migrations directory (in the order `schemadrift order` prints). The first\n"
          "is read as the schema, the second as the migrations, so the findings and\n"
          "the exit status are those of `schemadrift check` (whose options it takes).\n",
          f);
}

/* diff A B: check with A's files as the schema and B as the migrations. */
static int cmd_diff(int argc, char **argv)
{
    const char *src[2] = {NULL, NULL};
    int nsrc = 0, dialect = SD_DIALECT_POSTGRES;
    char **args = calloc((size_t)argc * 2 + 8, sizeof *args);
    int nargs = 0;
    if (!args)
        return EXIT_USAGE;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            diff_usage(stdout);
            free(args);
            return EXIT_OK;
        }
        if (a[0] == '-' && a[1]) {
            args[nargs++] = argv[i];
            bool valued = strcmp(a, "--column-order") != 0;
            if (valued && i + 1 < argc) {
                if (strcmp(a, "--dialect") == 0 && !(dialect = parse_dialect(argv[i + 1]))) {
                    free(args);
                    return EXIT_USAGE;
                }
                args[nargs++] = argv[++i];
            }
            continue;
        }
        if (nsrc == 2) {
            fprintf(stderr, "schemadrift: diff takes two sources\n");
            free(args);
            return EXIT_USAGE;
        }
        src[nsrc++] = a;
    }
    if (nsrc != 2) {
        diff_usage(stderr);
        free(args);
        return EXIT_USAGE;
    }
    /* the first source's files, in order */
    sd_migrations *m = NULL;
    if (sd_migrations_new(dialect, &m) != SD_OK || !add_migration_source(m, src[0], false)) {
        sd_migrations_free(m);
        free(args);
        return EXIT_USAGE;
    }
    size_t n = sd_migrations_count(m);
    char **all = realloc(args, ((size_t)nargs + 2 * n + 4) * sizeof *all);
    if (!all) {
        sd_migrations_free(m);
        free(args);
        return EXIT_USAGE;
    }
    args = all;
    for (size_t k = 0; k < n; k++) {
        args[nargs++] = (char *)"--schema";
        args[nargs++] = (char *)sd_migrations_path(m, k);
    }
    args[nargs++] = (char *)"--migrations";
    args[nargs++] = (char *)src[1];
    int rc = cmd_check(nargs, args, false);
    sd_migrations_free(m);
    free(args);
    return rc;
}

int main(int argc, char **argv)
{
    const char *nc = getenv("NO_COLOR");
    bool tty = isatty(2);
    use_color = tty && !(nc && *nc);
    /* diagnostics are written a piece at a time: buffered, they cost a
     * write per line on a terminal and per 64 KiB elsewhere instead of one
     * per piece (a report of 10^4 findings); exit flushes them */
    setvbuf(stderr, NULL, tty ? _IOLBF : _IOFBF, 64 * 1024);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
#ifdef SD_CLI_MIMALLOC
        int mi = mi_version();
        printf("schemadrift %s (library %s, mimalloc %d.%d.%d)\n", SD_VERSION_STRING, sd_version_string(),
               mi / 100, mi / 10 % 10, mi % 10);
#else
        printf("schemadrift %s (library %s)\n", SD_VERSION_STRING, sd_version_string());
#endif
        return EXIT_OK;
    }
    if (strcmp(cmd, "dump") == 0)
        return cmd_dump(argc - 2, argv + 2);
    if (strcmp(cmd, "order") == 0)
        return cmd_order(argc - 2, argv + 2);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 2, argv + 2, false);
    if (strcmp(cmd, "lint") == 0)
        return cmd_check(argc - 2, argv + 2, true);
    if (strcmp(cmd, "diff") == 0)
        return cmd_diff(argc - 2, argv + 2);
    fprintf(stderr, "schemadrift: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}

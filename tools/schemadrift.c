/* The schemadrift command-line tool: a thin user of the public API. It
 * replays SQL files into a catalog and prints it (dump), with compiler-style
 * diagnostics for statements the engine would reject or that fail closed.
 * Exit codes: 0 ok, 1 usage or I/O error, 2 findings (engine errors),
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
          "  order [--dialect D] [--list FILE] [DIR|FILE]...\n"
          "        print the order the migrations would be applied in, and why.\n"
          "\n"
          "options:\n"
          "  --help       show this help\n"
          "  --version    show the version\n"
          "\n"
          "exit status: 0 ok, 1 usage or I/O error, 2 the engine would reject a\n"
          "statement, 3 a statement cannot be modelled (failed closed)\n",
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
static void diagnostic(const char *file, uint32_t line, uint32_t col, const char *kind,
                       const char *msg, const char *text, size_t len)
{
    if (use_color)
        fprintf(stderr, "\033[1m%s:%u:%u: \033[1;31m%s:\033[0m\033[1m %s\033[0m\n", file, line, col,
                kind, msg);
    else
        fprintf(stderr, "%s:%u:%u: %s: %s\n", file, line, col, kind, msg);
    if (!text || line == 0)
        return;
    size_t i = 0;
    for (uint32_t l = 1; l < line && i < len; i++)
        if (text[i] == '\n')
            l++;
    size_t end = i;
    while (end < len && text[end] != '\n' && text[end] != '\r')
        end++;
    fprintf(stderr, "%5u | %.*s\n      | ", line, (int)(end - i), text + i);
    uint32_t c = 1;
    for (size_t k = i; k < end && c < col; k++) {
        unsigned char ch = (unsigned char)text[k];
        if ((ch & 0xC0) == 0x80)
            continue;
        fputc(ch == '\t' ? '\t' : ' ', stderr);
        c++;
    }
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
    if (rc != SD_OK) {
        fprintf(stderr, "schemadrift: %s\n", sd_status_str(rc));
        return EXIT_USAGE;
    }
    int exit_code = EXIT_OK;
    const char *engine = dialect == SD_DIALECT_POSTGRES ? "PostgreSQL" : "SQLite";
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
        size_t before = sd_catalog_statement_count(cat);
        rc = sd_catalog_apply_sql(cat, text, len, path);
        if (rc == SD_ERR_ENCODING || rc == SD_ERR_NOMEM || rc == SD_ERR_MISUSE) {
            diagnostic(path, sd_catalog_error_line(cat), sd_catalog_error_col(cat), "error",
                       sd_catalog_errmsg(cat), rc == SD_ERR_ENCODING ? NULL : text, len);
            exit_code = EXIT_USAGE;
        }
        size_t after = sd_catalog_statement_count(cat);
        for (size_t k = before; k < after; k++) {
            const sd_statement *st = sd_catalog_statement_at(cat, k);
            int o = sd_statement_outcome(st);
            if (explain) {
                printf("%s:%u:%u: %s %s%s%s\n", sd_statement_file(st), sd_statement_line(st),
                       sd_statement_col(st), outcome_word(o), sd_statement_tag(st),
                       *sd_statement_reason(st) ? ": " : "", sd_statement_reason(st));
            }
            if (o == SD_OUTCOME_ENGINE_ERROR) {
                char msg[700];
                snprintf(msg, sizeof msg, "%s (%s would reject this statement)",
                         sd_statement_reason(st), engine);
                diagnostic(path, sd_statement_line(st), sd_statement_col(st), "error", msg, text, len);
                if (exit_code == EXIT_OK)
                    exit_code = EXIT_FINDINGS;
            } else if (o == SD_OUTCOME_UNMODELLED) {
                char msg[700];
                snprintf(msg, sizeof msg, "failed closed: %s", sd_statement_reason(st));
                diagnostic(path, sd_statement_line(st), sd_statement_col(st), "error", msg, text, len);
                if (exit_code != EXIT_USAGE)
                    exit_code = EXIT_FAILED_CLOSED;
            }
        }
        free(text);
    }
    if (!explain) {
        sd_buf *buf = NULL;
        rc = sd_catalog_serialize(cat, format, &buf);
        if (rc != SD_OK) {
            fprintf(stderr, "schemadrift: %s\n", sd_status_str(rc));
            sd_catalog_free(cat);
            return EXIT_USAGE;
        }
        size_t n = 0;
        const char *data = sd_buf_data(buf, &n);
        fwrite(data, 1, n, stdout);
        sd_buf_dispose(buf);
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

int main(int argc, char **argv)
{
    const char *nc = getenv("NO_COLOR");
    use_color = isatty(2) && !(nc && *nc);
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
        printf("schemadrift %s (library %s)\n", SD_VERSION_STRING, sd_version_string());
        return EXIT_OK;
    }
    if (strcmp(cmd, "dump") == 0)
        return cmd_dump(argc - 2, argv + 2);
    if (strcmp(cmd, "order") == 0)
        return cmd_order(argc - 2, argv + 2);
    fprintf(stderr, "schemadrift: unknown command '%s'\n", cmd);
    usage(stderr);
    return EXIT_USAGE;
}

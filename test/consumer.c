/* The C library as one of the four consumers of the agreement test
 * (test/agreement_test.py): prints exactly the JSON the library produces.
 *   consumer catalog DIALECT FILE...   the catalog after applying FILEs
 *   consumer check [lint] ARGS...      a check with the CLI's arguments
 * (--format and --fail-on are accepted and ignored; the exit status is
 * the check's status for --fail-on error). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <schemadrift/schemadrift.h>

static int dialect_of(const char *v)
{
    return strcmp(v, "sqlite") == 0 ? SD_DIALECT_SQLITE : strcmp(v, "postgres") == 0 ? SD_DIALECT_POSTGRES : 0;
}

static int print_buf(sd_buf *b)
{
    size_t n = 0;
    const char *d = sd_buf_data(b, &n);
    int ok = fwrite(d, 1, n, stdout) == n;
    sd_buf_dispose(b);
    return ok ? 0 : 1;
}

static int catalog(int argc, char **argv)
{
    sd_catalog *cat = NULL;
    if (argc < 1 || !dialect_of(argv[0]) || sd_catalog_new(dialect_of(argv[0]), &cat) != SD_OK)
        return 1;
    for (int i = 1; i < argc; i++) {
        int rc = sd_catalog_apply_file(cat, argv[i]);
        if (rc == SD_ERR_NOMEM || rc == SD_ERR_MISUSE || rc == SD_ERR_IO) {
            fprintf(stderr, "consumer: %s\n", sd_catalog_errmsg(cat));
            sd_catalog_free(cat);
            return 1;
        }
    }
    sd_buf *b = NULL;
    int rc = sd_catalog_serialize(cat, SD_FORMAT_JSON, &b) == SD_OK ? print_buf(b) : 1;
    sd_catalog_free(cat);
    return rc;
}

static int check(int argc, char **argv)
{
    bool lint = argc > 0 && strcmp(argv[0], "lint") == 0;
    int dialect = SD_DIALECT_POSTGRES, schema_dialect = 0;
    for (int i = lint; i + 1 < argc; i++)
        if (strcmp(argv[i], "--dialect") == 0)
            dialect = dialect_of(argv[i + 1]);
        else if (strcmp(argv[i], "--schema-dialect") == 0)
            schema_dialect = dialect_of(argv[i + 1]);
    sd_check *c = NULL;
    if (!dialect || sd_check_new(lint ? SD_CHECK_LINT : SD_CHECK_DRIFT, dialect, &c) != SD_OK)
        return 1;
    int rc = schema_dialect ? sd_check_set_schema_dialect(c, schema_dialect) : SD_OK;
    for (int i = lint; rc == SD_OK && i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : "";
        if (strcmp(a, "--column-order") == 0) {
            rc = sd_check_set_flags(c, SD_DIFF_COLUMN_ORDER);
            continue;
        }
        i++;
        if (strcmp(a, "--schema") == 0)
            rc = sd_check_add_schema(c, v);
        else if (strcmp(a, "--migrations") == 0)
            rc = sd_check_add_migrations(c, v);
        else if (strcmp(a, "--list") == 0)
            rc = sd_check_add_migration_list(c, v);
        else if (strcmp(a, "--table") == 0)
            rc = sd_check_add_table(c, v);
        else if (strcmp(a, "--exclude") == 0)
            rc = sd_check_add_exclude(c, v);
    }
    if (rc == SD_OK)
        rc = sd_check_run(c);
    int status = 1;
    sd_buf *b = NULL;
    if (rc != SD_OK)
        fprintf(stderr, "consumer: %s\n", sd_check_errmsg(c));
    else if (sd_check_serialize(c, SD_REPORT_JSON, &b) == SD_OK && print_buf(b) == 0)
        status = sd_check_status(c, SD_SEVERITY_ERROR);
    sd_check_free(c);
    return status;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "catalog") == 0)
        return catalog(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "check") == 0)
        return check(argc - 2, argv + 2);
    fprintf(stderr, "usage: consumer catalog DIALECT FILE... | consumer check [lint] ARGS...\n");
    return 1;
}

/* libFuzzer target: drift and lint on arbitrary inputs. The bytes up to the
 * first NUL are the schema, the rest the migrations (the first byte picks
 * the dialect of each); every finding must have a code, a path and a
 * message. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <schemadrift/schemadrift.h>

static void check_findings(const sd_diff *d)
{
    for (size_t i = 0; i < sd_diff_count(d); i++) {
        const sd_finding *f = sd_diff_at(d, i);
        if (!sd_finding_code(f) || !sd_finding_path(f) || !sd_finding_message(f))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int da = (data[0] & 1) ? SD_DIALECT_SQLITE : SD_DIALECT_POSTGRES;
    int db = (data[0] & 2) ? SD_DIALECT_SQLITE : SD_DIALECT_POSTGRES;
    const char *text = (const char *)data + 1;
    size_t n = size - 1;
    const char *nul = memchr(text, 0, n);
    size_t na = nul ? (size_t)(nul - text) : n;
    sd_catalog *a = NULL, *b = NULL;
    if (sd_catalog_new(da, &a) == SD_OK && sd_catalog_new(db, &b) == SD_OK) {
        sd_catalog_apply_sql(a, text, na, "schema.sql");
        if (nul)
            sd_catalog_apply_sql(b, nul + 1, n - na - 1, "migration.sql");
        sd_diff *d = NULL;
        if (sd_diff_catalogs(a, b, SD_DIFF_COLUMN_ORDER, &d) == SD_OK) {
            check_findings(d);
            sd_diff_free(d);
        }
        if (sd_lint_catalog(b, &d) == SD_OK) {
            check_findings(d);
            sd_diff_free(d);
        }
    }
    sd_catalog_free(a);
    sd_catalog_free(b);
    return 0;
}

/* libFuzzer target: migration file-name ordering. Each input line names a
 * file (one optional sub-directory level) created empty in a scratch
 * directory; sd_migrations_add_dir must order it without crashing, list
 * only files that exist, and give the same order twice. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <schemadrift/schemadrift.h>

static char scratch[64];

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Create one input line as a file: "a/b" makes directory a and file b. */
static void create_entry(const char *root, const char *line, size_t len, size_t *files)
{
    char name[256];
    if (len == 0 || len >= sizeof name - 1)
        return;
    memcpy(name, line, len);
    name[len] = 0;
    char *slash = strchr(name, '/');
    if (slash && strchr(slash + 1, '/'))
        return;   /* one level only */
    const char *parts[2] = {name, slash ? slash + 1 : NULL};
    if (slash)
        *slash = 0;
    for (int i = 0; i < 2 && parts[i]; i++)
        if (!*parts[i] || strcmp(parts[i], ".") == 0 || strcmp(parts[i], "..") == 0)
            return;
    char path[512];
    if (slash) {
        snprintf(path, sizeof path, "%s/%s", root, name);
        mkdir(path, 0700);
        snprintf(path, sizeof path, "%s/%s/%s", root, name, slash + 1);
    } else {
        snprintf(path, sizeof path, "%s/%s", root, name);
    }
    FILE *f = fopen(path, "wx");
    if (f) {
        fclose(f);
        (*files)++;
    }
}

static void remove_scratch(void)
{
    nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static sd_migrations *order(const char *root, int dialect)
{
    sd_migrations *m = NULL;
    if (sd_migrations_new(dialect, &m) != SD_OK)
        abort();
    int rc = sd_migrations_add_dir(m, root);
    if (rc != SD_OK && (!sd_migrations_errmsg(m) || sd_migrations_count(m) != 0))
        abort();   /* a failure leaves the list as it was, with a reason */
    return m;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || memchr(data, 0, size))
        return 0;
    if (!*scratch) {
        snprintf(scratch, sizeof scratch, "/tmp/sd-fuzz-order-XXXXXX");
        if (!mkdtemp(scratch))
            abort();
        atexit(remove_scratch);
    }
    char root[128];
    snprintf(root, sizeof root, "%s/m", scratch);
    nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (mkdir(root, 0700) != 0)
        abort();
    int dialect = (data[0] & 1) ? SD_DIALECT_SQLITE : SD_DIALECT_POSTGRES;
    const char *text = (const char *)data + 1, *end = (const char *)data + size;
    size_t files = 0;
    while (text < end) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        size_t len = nl ? (size_t)(nl - text) : (size_t)(end - text);
        create_entry(root, text, len, &files);
        text += len + 1;
    }
    sd_migrations *a = order(root, dialect), *b = order(root, dialect);
    size_t n = sd_migrations_count(a);
    if (n != sd_migrations_count(b) || n > files)
        abort();
    for (size_t i = 0; i < n; i++) {
        const char *p = sd_migrations_path(a, i);
        struct stat st;
        if (!p || strcmp(p, sd_migrations_path(b, i)) != 0 || strncmp(p, root, strlen(root)) != 0 ||
            stat(p, &st) != 0 || !S_ISREG(st.st_mode) || !sd_order_rule_str(sd_migrations_rule(a, i)))
            abort();
    }
    sd_migrations_free(a);
    sd_migrations_free(b);
    return 0;
}

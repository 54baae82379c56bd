/* Migration order: which files of a migrations directory are applied, and
 * in what order, the way the common tools decide it (DESIGN §7) --
 * numeric and timestamp version prefixes compared as numbers, Flyway
 * V<version>__ files then R__ repeatables, golang-migrate *.up.sql (downs
 * skipped), one directory per migration (diesel <dir>/up.sql, prisma
 * <dir>/migration.sql), numbered version directories (delta/72/<name>.sql), files
 * suffixed for one dialect (x.sql.postgres). Two files of one version are
 * an error, not a guess. Migrations written as code (a versioned .go file
 * among the SQL) are listed, so that a check fails closed on them. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "sd_internal.h"

#define EXPORT SD_EXPORT

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct mig_entry {
    char *path;                 /* as given: dir/name[/file] */
    char *key_text;             /* the text the version is read from */
    char **version;             /* digit groups, leading zeros dropped */
    size_t nversion;
    int rule;                   /* SD_ORDER_RULE_* */
    bool code;                  /* a migration written in a programming language */
    bool repeatable;            /* Flyway R__ */
} mig_entry;

struct sd_migrations {
    int dialect;
    sdi_vec entries;            /* mig_entry*, in apply order once ordered */
    char *errmsg;
    int errcode;
};

static void entry_free(mig_entry *e)
{
    if (!e)
        return;
    sdi_free(e->path);
    sdi_free(e->key_text);
    for (size_t i = 0; i < e->nversion; i++)
        sdi_free(e->version[i]);
    sdi_free(e->version);
    sdi_free(e);
}

static int fail(sd_migrations *m, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(sd_migrations *m, int code, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    sdi_free(m->errmsg);
    m->errmsg = sdi_strdup(buf);
    m->errcode = code;
    return code;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The version of a migration name: digit groups from the start (after an
 * optional V), joined by '.', '_' or '-'; Flyway's V1_2__ stops at "__".
 * 1 with a version, 0 when the name does not start with one, -1 out of
 * memory. */
static int read_version(const char *name, mig_entry *e, bool *flyway)
{
    const char *z = name;
    *flyway = false;
    if ((*z == 'V' || *z == 'v') && is_digit(z[1]))
        z++;
    if (!is_digit(*z))
        return 0;
    sdi_vec groups = {0};
    for (;;) {
        const char *a = z;
        while (is_digit(*z))
            z++;
        const char *b = z;
        while (a + 1 < b && *a == '0')
            a++;
        char *g = sdi_strndup(a, (size_t)(b - a));
        if (!g || sdi_vec_push(&groups, g) != SD_OK) {
            sdi_free(g);
            for (size_t i = 0; i < groups.len; i++)
                sdi_free(groups.items[i]);
            sdi_vec_free(&groups);
            return -1;
        }
        if (z[0] == '_' && z[1] == '_') {
            *flyway = name[0] == 'V' || name[0] == 'v';
            break;
        }
        if ((*z == '.' || *z == '_' || *z == '-') && is_digit(z[1])) {
            z++;
            continue;
        }
        break;
    }
    e->version = (char **)groups.items;
    e->nversion = groups.len;
    return 1;
}

/* -1, 0, 1 as version a sorts before, with, after version b. */
static int version_cmp(const mig_entry *a, const mig_entry *b)
{
    for (size_t i = 0; i < a->nversion && i < b->nversion; i++) {
        size_t la = strlen(a->version[i]), lb = strlen(b->version[i]);
        if (la != lb)
            return la < lb ? -1 : 1;
        int c = strcmp(a->version[i], b->version[i]);
        if (c)
            return c < 0 ? -1 : 1;
    }
    return a->nversion < b->nversion ? -1 : a->nversion > b->nversion;
}

static int entry_cmp(const void *pa, const void *pb)
{
    const mig_entry *a = *(mig_entry *const *)pa, *b = *(mig_entry *const *)pb;
    if (a->repeatable != b->repeatable)
        return a->repeatable ? 1 : -1;   /* repeatables after the versions */
    if (!a->repeatable && a->nversion && b->nversion) {
        int c = version_cmp(a, b);
        if (c)
            return c;
    }
    return strcmp(a->key_text, b->key_text);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir);
    char *p = sdi_malloc(n + strlen(name) + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, n);
    size_t k = n;
    if (n && dir[n - 1] != '/')
        p[k++] = '/';
    strcpy(p + k, name);
    return p;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The names in dir (no dot files), sorted byte-wise. */
static int list_dir(sd_migrations *m, const char *dir, sdi_vec *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return fail(m, SD_ERR_IO, "%s: %s", dir, strerror(errno));
    struct dirent *de;
    int rc = SD_OK;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char *n = sdi_strdup(de->d_name);
        if (!n || sdi_vec_push(out, n) != SD_OK) {
            sdi_free(n);
            rc = SD_ERR_NOMEM;
            break;
        }
    }
    closedir(d);
    if (rc == SD_OK && out->len > 1)
        qsort(out->items, out->len, sizeof *out->items, cmp_str_ptr);
    return rc;
}

static void free_names(sdi_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        sdi_free(v->items[i]);
    sdi_vec_free(v);
}

static const char *const code_exts[] = {".go", ".py", ".rb", ".js", ".ts", ".java", ".kt", ".rs", ".php", ".cs", NULL};

static int add_entry(sd_migrations *m, char *path, const char *key_text, int rule, bool code)
{
    mig_entry *e = sdi_calloc(1, sizeof *e);
    if (!e || !path || !(e->key_text = sdi_strdup(key_text))) {
        sdi_free(path);
        entry_free(e);
        return SD_ERR_NOMEM;
    }
    e->path = path;
    e->rule = rule;
    e->code = code;
    bool flyway = false;
    int versioned = rule == SD_ORDER_RULE_REPEATABLE ? 0 : read_version(key_text, e, &flyway);
    if (versioned < 0) {
        entry_free(e);
        return SD_ERR_NOMEM;
    }
    if (rule == SD_ORDER_RULE_REPEATABLE) {
        e->repeatable = true;
    } else if (versioned) {
        if (rule == SD_ORDER_RULE_VERSION && flyway)
            e->rule = SD_ORDER_RULE_FLYWAY;
        else if (rule == SD_ORDER_RULE_VERSION && strlen(e->version[0]) >= 8)
            e->rule = SD_ORDER_RULE_TIMESTAMP;
    } else if (rule == SD_ORDER_RULE_VERSION) {
        e->rule = SD_ORDER_RULE_NAME;
    }
    if (sdi_vec_push(&m->entries, e) != SD_OK) {
        entry_free(e);
        return SD_ERR_NOMEM;
    }
    return SD_OK;
}

/* Which dialect a file is for: 0 both, else SD_DIALECT_*; *stem_len the
 * length of the name without the dialect suffix. */
static int file_dialect(const char *name, size_t *stem_len)
{
    static const struct {
        const char *suffix;
        int dialect;
    } s[] = {{".postgres", SD_DIALECT_POSTGRES}, {".postgresql", SD_DIALECT_POSTGRES}, {".pg", SD_DIALECT_POSTGRES},
             {".sqlite", SD_DIALECT_SQLITE}, {".sqlite3", SD_DIALECT_SQLITE}};
    *stem_len = strlen(name);
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
        if (ends_with(name, s[i].suffix) && *stem_len > strlen(s[i].suffix) + 4) {
            size_t stem = *stem_len - strlen(s[i].suffix);
            if (strncasecmp(name + stem - 4, ".sql", 4) == 0) {
                *stem_len = stem;
                return s[i].dialect;
            }
        }
    return 0;
}

/* The files of one directory (no subdirectory layout). */
static int scan_files(sd_migrations *m, const char *dir, const sdi_vec *names, const char *version_prefix)
{
    for (size_t i = 0; i < names->len; i++) {
        const char *name = names->items[i];
        char *path = join(dir, name);
        if (!path)
            return SD_ERR_NOMEM;
        size_t stem = 0;
        int d = file_dialect(name, &stem);
        char base[1024];
        snprintf(base, sizeof base, "%.*s", (int)stem, name);
        bool sql = ends_with(base, ".sql");
        bool code = false;
        for (const char *const *x = code_exts; *x && !sql && !code; x++)
            code = ends_with(base, *x);
        if ((d && d != m->dialect) || (!sql && !code) || ends_with(base, ".down.sql") || ends_with(base, ".undo.sql") ||
            ((base[0] == 'U' || base[0] == 'u') && is_digit(base[1]))) {
            sdi_free(path);
            continue;
        }
        /* named like a migration but not a file we can read (a dangling
         * or looping symlink, a FIFO, a directory): skipping it would pass
         * silently */
        struct stat st;
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            int rc = stat(path, &st) != 0 ? fail(m, SD_ERR_IO, "%s: %s", path, strerror(errno))
                                           : fail(m, SD_ERR_IO, "%s: %s", path,
                                                  S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
            sdi_free(path);
            return rc;
        }
        int rule = SD_ORDER_RULE_VERSION;
        if (strncmp(base, "R__", 3) == 0)
            rule = SD_ORDER_RULE_REPEATABLE;
        else if (ends_with(base, ".up.sql"))
            rule = SD_ORDER_RULE_UP_FILE;
        char key[1100];
        snprintf(key, sizeof key, "%s%s", version_prefix ? version_prefix : "", base);
        mig_entry probe = {0};
        bool fw;
        int versioned = read_version(base, &probe, &fw);
        for (size_t k = 0; k < probe.nversion; k++)
            sdi_free(probe.version[k]);
        sdi_free(probe.version);
        if (versioned < 0) {
            sdi_free(path);
            return SD_ERR_NOMEM;
        }
        if (code && !versioned) {
            sdi_free(path);
            continue;   /* not a migration: a helper file beside them */
        }
        int rc = add_entry(m, path, version_prefix ? key : base, version_prefix ? SD_ORDER_RULE_VERSION_DIR : rule, code);
        if (rc != SD_OK)
            return rc;
        if (version_prefix) {
            /* inside a version directory: the directory's number, then the name */
            mig_entry *e = m->entries.items[m->entries.len - 1];
            e->rule = SD_ORDER_RULE_VERSION_DIR;
        }
    }
    return SD_OK;
}

static int scan_dir(sd_migrations *m, const char *dir)
{
    sdi_vec names = {0};
    int rc = list_dir(m, dir, &names);
    if (rc != SD_OK) {
        free_names(&names);
        return rc == SD_ERR_NOMEM ? fail(m, rc, "out of memory") : rc;
    }
    /* one directory per migration? numbered version directories? */
    size_t per_migration = 0, version_dirs = 0;
    for (size_t i = 0; i < names.len && rc == SD_OK; i++) {
        char *sub = join(dir, names.items[i]);
        if (!sub) {
            rc = SD_ERR_NOMEM;
            break;
        }
        if (is_dir(sub)) {
            char *up = join(sub, "up.sql"), *mig = join(sub, "migration.sql");
            if (!up || !mig)
                rc = SD_ERR_NOMEM;
            else if (is_file(up) || is_file(mig))
                per_migration++;
            else {
                bool digits = true;
                for (const char *c = names.items[i]; *c; c++)
                    digits &= is_digit(*c);
                version_dirs += digits;
            }
            sdi_free(up);
            sdi_free(mig);
        }
        sdi_free(sub);
    }
    /* SQL files beside migration directories: which comes first is
     * anybody's guess, and skipping them would pass silently */
    for (size_t i = 0; i < names.len && rc == SD_OK && (per_migration || version_dirs); i++) {
        const char *name = names.items[i];
        if (!ends_with(name, ".sql") && !ends_with(name, ".sql.postgres") && !ends_with(name, ".sql.sqlite"))
            continue;
        char *sub = join(dir, name);
        bool file = sub && is_file(sub);
        sdi_free(sub);
        if (!sub) {
            rc = SD_ERR_NOMEM;
        } else if (file) {
            rc = fail(m, SD_ERR_ORDER, "%s mixes %s with migration files beside them (%s): their order is not clear",
                      dir, per_migration ? "one directory per migration" : "numbered version directories", name);
            free_names(&names);
            return rc;
        }
    }
    for (size_t i = 0; i < names.len && rc == SD_OK && (per_migration || version_dirs); i++) {
        const char *name = names.items[i];
        char *sub = join(dir, name);
        if (!sub) {
            rc = SD_ERR_NOMEM;
            break;
        }
        if (!is_dir(sub)) {
            sdi_free(sub);
            continue;
        }
        if (per_migration) {
            char *up = join(sub, "up.sql"), *mig = join(sub, "migration.sql");
            if (!up || !mig) {
                rc = SD_ERR_NOMEM;
            } else if (is_file(up)) {
                rc = add_entry(m, up, name, SD_ORDER_RULE_DIR_UP, false);
                up = NULL;
            } else if (is_file(mig)) {
                rc = add_entry(m, mig, name, SD_ORDER_RULE_DIR_MIGRATION, false);
                mig = NULL;
            } else {
                /* a migration directory without its up.sql (a down.sql
                 * alone, say): skipping it would pass silently */
                rc = fail(m, SD_ERR_ORDER, "%s/%s has no up.sql or migration.sql, beside migration directories "
                                           "that do: whether it is a migration is not clear", dir, name);
            }
            sdi_free(up);
            sdi_free(mig);
        } else {
            sdi_vec inner = {0};
            rc = list_dir(m, sub, &inner);
            char prefix[300];
            snprintf(prefix, sizeof prefix, "%s/", name);
            if (rc == SD_OK)
                rc = scan_files(m, sub, &inner, prefix);
            free_names(&inner);
        }
        sdi_free(sub);
    }
    if (rc == SD_OK && !per_migration && !version_dirs)
        rc = scan_files(m, dir, &names, NULL);
    free_names(&names);
    if (rc == SD_ERR_NOMEM)
        return fail(m, rc, "out of memory");
    return rc;
}

/* Sort, then refuse ambiguity: two migrations of one version, or a mix of
 * versioned and unversioned files. */
static int finish_order(sd_migrations *m, size_t from)
{
    size_t n = m->entries.len - from;
    if (n == 0)
        return SD_OK;
    mig_entry **v = (mig_entry **)m->entries.items + from;
    size_t versioned = 0, plain = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i]->repeatable)
            continue;
        if (v[i]->nversion)
            versioned++;
        else
            plain++;
    }
    if (versioned && plain) {
        for (size_t i = 0; i < n; i++)
            if (!v[i]->repeatable && !v[i]->nversion)
                return fail(m, SD_ERR_ORDER, "%s has no version, but other migrations beside it do: the order is not clear",
                            v[i]->path);
    }
    if (n > 1)
        qsort(v, n, sizeof *v, entry_cmp);
    for (size_t i = 0; i + 1 < n; i++) {
        const mig_entry *a = v[i], *b = v[i + 1];
        if (!a->repeatable && !b->repeatable && a->nversion && b->nversion && version_cmp(a, b) == 0 &&
            a->rule != SD_ORDER_RULE_VERSION_DIR)
            return fail(m, SD_ERR_ORDER, "%s and %s have the same version: the order is not clear", a->path, b->path);
    }
    return SD_OK;
}

/* ---- the public API ---------------------------------------------------- */

EXPORT int sd_migrations_new(int dialect, sd_migrations **out)
{
    if (!out || (dialect != SD_DIALECT_POSTGRES && dialect != SD_DIALECT_SQLITE))
        return SD_ERR_MISUSE;
    sd_migrations *m = sdi_calloc(1, sizeof *m);
    if (!m)
        return SD_ERR_NOMEM;
    m->dialect = dialect;
    *out = m;
    return SD_OK;
}

EXPORT void sd_migrations_free(sd_migrations *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->entries.len; i++)
        entry_free(m->entries.items[i]);
    sdi_vec_free(&m->entries);
    sdi_free(m->errmsg);
    sdi_free(m);
}

EXPORT int sd_migrations_add_dir(sd_migrations *m, const char *dir)
{
    if (!m || !dir)
        return SD_ERR_MISUSE;
    size_t from = m->entries.len;
    unsigned long failures = sdi_alloc_failures();
    int rc = scan_dir(m, dir);
    if (rc == SD_OK)
        rc = finish_order(m, from);
    if (rc == SD_OK && sdi_alloc_failures() != failures)
        rc = fail(m, SD_ERR_NOMEM, "out of memory");
    if (rc != SD_OK) {   /* nothing of this directory stays */
        while (m->entries.len > from)
            entry_free(m->entries.items[--m->entries.len]);
    }
    return rc;
}

EXPORT int sd_migrations_add_file(sd_migrations *m, const char *path)
{
    if (!m || !path)
        return SD_ERR_MISUSE;
    if (!is_file(path))
        return fail(m, SD_ERR_IO, "%s: %s", path, is_dir(path) ? "is a directory" : strerror(errno ? errno : ENOENT));
    const char *slash = strrchr(path, '/');
    char *p = sdi_strdup(path);
    int rc = add_entry(m, p, slash ? slash + 1 : path, SD_ORDER_RULE_GIVEN, false);
    return rc == SD_OK ? rc : fail(m, rc, "out of memory");
}

EXPORT int sd_migrations_add_list(sd_migrations *m, const char *list_path)
{
    if (!m || !list_path)
        return SD_ERR_MISUSE;
    FILE *f = fopen(list_path, "r");
    if (!f)
        return fail(m, SD_ERR_IO, "%s: %s", list_path, strerror(errno));
    const char *slash = strrchr(list_path, '/');
    size_t dirlen = slash ? (size_t)(slash - list_path) : 0;
    char line[4096];
    int rc = SD_OK;
    unsigned lineno = 0;
    while (rc == SD_OK && fgets(line, sizeof line, f)) {
        lineno++;
        size_t n = strcspn(line, "\r\n");
        line[n] = 0;
        char *z = line;
        while (*z == ' ' || *z == '\t')
            z++;
        if (!*z || *z == '#')
            continue;
        char *path = NULL;
        if (*z == '/' || !dirlen) {
            path = sdi_strdup(z);
        } else {
            char d[4096];
            snprintf(d, sizeof d, "%.*s", (int)dirlen, list_path);
            path = join(d, z);
        }
        if (!path) {
            rc = fail(m, SD_ERR_NOMEM, "out of memory");
            break;
        }
        if (!is_file(path)) {
            rc = fail(m, SD_ERR_IO, "%s:%u: %s: no such file", list_path, lineno, path);
            sdi_free(path);
            break;
        }
        const char *base = strrchr(path, '/');
        rc = add_entry(m, path, base ? base + 1 : path, SD_ORDER_RULE_LIST, false);
        if (rc != SD_OK)
            rc = fail(m, rc, "out of memory");
    }
    fclose(f);
    return rc;
}

EXPORT const char *sd_migrations_errmsg(const sd_migrations *m)
{
    return m && m->errmsg ? m->errmsg : "";
}

EXPORT size_t sd_migrations_count(const sd_migrations *m)
{
    return m ? m->entries.len : 0;
}

EXPORT const char *sd_migrations_path(const sd_migrations *m, size_t i)
{
    return m && i < m->entries.len ? ((const mig_entry *)m->entries.items[i])->path : NULL;
}

EXPORT int sd_migrations_rule(const sd_migrations *m, size_t i)
{
    return m && i < m->entries.len ? ((const mig_entry *)m->entries.items[i])->rule : 0;
}

EXPORT int sd_migrations_is_code(const sd_migrations *m, size_t i)
{
    return m && i < m->entries.len && ((const mig_entry *)m->entries.items[i])->code;
}

EXPORT const char *sd_order_rule_str(int rule)
{
    switch (rule) {
    case SD_ORDER_RULE_VERSION: return "version prefix, compared as numbers";
    case SD_ORDER_RULE_TIMESTAMP: return "timestamp prefix, compared as numbers";
    case SD_ORDER_RULE_FLYWAY: return "Flyway versioned (V<version>__)";
    case SD_ORDER_RULE_REPEATABLE: return "Flyway repeatable (R__), after the versions, by name";
    case SD_ORDER_RULE_UP_FILE: return "up file (<version>...up.sql, as golang-migrate; down files skipped)";
    case SD_ORDER_RULE_DIR_UP: return "one directory per migration (diesel <version>_*/up.sql)";
    case SD_ORDER_RULE_DIR_MIGRATION: return "one directory per migration (prisma <version>_*/migration.sql)";
    case SD_ORDER_RULE_VERSION_DIR: return "version directory (<n>/*.sql), then by name";
    case SD_ORDER_RULE_NAME: return "no versions: by name";
    case SD_ORDER_RULE_LIST: return "listed in the order file";
    case SD_ORDER_RULE_GIVEN: return "given on the command line";
    default: return "unknown";
    }
}

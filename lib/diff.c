/* Drift: compare a declared schema's catalog with the catalog the
 * migrations produce, object by object, and say what differs as findings
 * with stable codes (docs/findings.md), a severity, the object's path, the
 * value on each side and the location on each side. Both catalogs come out
 * of the same engine-faithful replay, so types, defaults and implicit names
 * are already in the engine's normal form: equal things compare equal by
 * text. Constraints and indexes are matched by definition; a name that
 * differs for the same definition is only an info finding. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"

#define EXPORT SD_EXPORT

struct sd_finding {
    const char *code;           /* static */
    int severity;               /* enum sd_severity */
    const char *kind;           /* static */
    char *path, *message, *expected, *actual, *fix;
    sdi_loc loc[2];             /* [0] the schema side, [1] the migrations side */
};

struct sd_diff {
    sdi_vec findings;           /* sd_finding* */
    bool oom;
};

/* The finding kinds: code, severity, kind word. */
typedef struct kind_info {
    const char *code;
    int severity;
    const char *kind;
} kind_info;

static const kind_info K_TABLE_NOT_IN_SCHEMA = {"SD0101", SD_SEVERITY_ERROR, "table-missing-in-schema"};
static const kind_info K_TABLE_NOT_IN_MIGRATIONS = {"SD0102", SD_SEVERITY_ERROR, "table-missing-in-migrations"};
static const kind_info K_VIEW_NOT_IN_SCHEMA = {"SD0103", SD_SEVERITY_ERROR, "view-missing-in-schema"};
static const kind_info K_VIEW_NOT_IN_MIGRATIONS = {"SD0104", SD_SEVERITY_ERROR, "view-missing-in-migrations"};
static const kind_info K_SEQ_NOT_IN_SCHEMA = {"SD0105", SD_SEVERITY_WARNING, "sequence-missing-in-schema"};
static const kind_info K_SEQ_NOT_IN_MIGRATIONS = {"SD0106", SD_SEVERITY_WARNING, "sequence-missing-in-migrations"};
static const kind_info K_TYPE_NOT_IN_SCHEMA = {"SD0107", SD_SEVERITY_ERROR, "type-missing-in-schema"};
static const kind_info K_TYPE_NOT_IN_MIGRATIONS = {"SD0108", SD_SEVERITY_ERROR, "type-missing-in-migrations"};
static const kind_info K_EXT_NOT_IN_SCHEMA = {"SD0109", SD_SEVERITY_WARNING, "extension-missing-in-schema"};
static const kind_info K_EXT_NOT_IN_MIGRATIONS = {"SD0110", SD_SEVERITY_WARNING, "extension-missing-in-migrations"};
static const kind_info K_COL_NOT_IN_SCHEMA = {"SD0201", SD_SEVERITY_ERROR, "column-missing-in-schema"};
static const kind_info K_COL_NOT_IN_MIGRATIONS = {"SD0202", SD_SEVERITY_ERROR, "column-missing-in-migrations"};
static const kind_info K_COL_TYPE = {"SD0203", SD_SEVERITY_ERROR, "column-type-differs"};
static const kind_info K_COL_NULL = {"SD0204", SD_SEVERITY_ERROR, "column-nullability-differs"};
static const kind_info K_COL_DEFAULT = {"SD0205", SD_SEVERITY_WARNING, "column-default-differs"};
static const kind_info K_COL_IDENTITY = {"SD0206", SD_SEVERITY_ERROR, "column-identity-differs"};
static const kind_info K_COL_GENERATED = {"SD0207", SD_SEVERITY_ERROR, "column-generated-differs"};
static const kind_info K_COL_ORDER = {"SD0208", SD_SEVERITY_INFO, "column-order-differs"};
static const kind_info K_COL_CLASS = {"SD0209", SD_SEVERITY_WARNING, "column-type-class-differs"};
static const kind_info K_PK = {"SD0301", SD_SEVERITY_ERROR, "primary-key-differs"};
static const kind_info K_UNIQUE_NOT_IN_SCHEMA = {"SD0302", SD_SEVERITY_ERROR, "unique-missing-in-schema"};
static const kind_info K_UNIQUE_NOT_IN_MIGRATIONS = {"SD0303", SD_SEVERITY_ERROR, "unique-missing-in-migrations"};
static const kind_info K_CHECK_NOT_IN_SCHEMA = {"SD0304", SD_SEVERITY_WARNING, "check-missing-in-schema"};
static const kind_info K_CHECK_NOT_IN_MIGRATIONS = {"SD0305", SD_SEVERITY_WARNING, "check-missing-in-migrations"};
static const kind_info K_FK_NOT_IN_SCHEMA = {"SD0306", SD_SEVERITY_ERROR, "foreign-key-missing-in-schema"};
static const kind_info K_FK_NOT_IN_MIGRATIONS = {"SD0307", SD_SEVERITY_ERROR, "foreign-key-missing-in-migrations"};
static const kind_info K_CONSTRAINT_NAME = {"SD0308", SD_SEVERITY_INFO, "constraint-name-differs"};
static const kind_info K_INDEX_NOT_IN_SCHEMA = {"SD0401", SD_SEVERITY_WARNING, "index-missing-in-schema"};
static const kind_info K_INDEX_NOT_IN_MIGRATIONS = {"SD0402", SD_SEVERITY_WARNING, "index-missing-in-migrations"};
static const kind_info K_INDEX_NAME = {"SD0403", SD_SEVERITY_INFO, "index-name-differs"};
static const kind_info K_ENUM_LABELS = {"SD0501", SD_SEVERITY_ERROR, "enum-labels-differ"};
static const kind_info K_RLS = {"SD0601", SD_SEVERITY_ERROR, "row-level-security-differs"};
static const kind_info K_POLICY_NOT_IN_SCHEMA = {"SD0602", SD_SEVERITY_ERROR, "policy-missing-in-schema"};
static const kind_info K_POLICY_NOT_IN_MIGRATIONS = {"SD0603", SD_SEVERITY_ERROR, "policy-missing-in-migrations"};
static const kind_info K_RISK_DROP_TABLE = {"SD0801", SD_SEVERITY_WARNING, "drops-table"};
static const kind_info K_RISK_DROP_COLUMN = {"SD0802", SD_SEVERITY_WARNING, "drops-column"};
static const kind_info K_RISK_RENAME = {"SD0803", SD_SEVERITY_WARNING, "renames"};
static const kind_info K_RISK_TYPE = {"SD0804", SD_SEVERITY_WARNING, "changes-column-type"};
static const kind_info K_RISK_NOT_NULL = {"SD0805", SD_SEVERITY_WARNING, "not-null-on-existing-table"};

/* Add a finding; the strings are copied (NULL allowed). */
static sd_finding *add(sd_diff *d, const kind_info *k, const char *path, sdi_loc schema_loc, sdi_loc mig_loc,
                       const char *expected, const char *actual, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));
static sd_finding *add(sd_diff *d, const kind_info *k, const char *path, sdi_loc schema_loc, sdi_loc mig_loc,
                       const char *expected, const char *actual, const char *fmt, ...)
{
    sd_finding *f = sdi_calloc(1, sizeof *f);
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!f) {
        d->oom = true;
        return NULL;
    }
    f->code = k->code;
    f->severity = k->severity;
    f->kind = k->kind;
    f->path = sdi_strdup(path);
    f->message = sdi_strdup(msg);
    f->expected = expected ? sdi_strdup(expected) : NULL;
    f->actual = actual ? sdi_strdup(actual) : NULL;
    f->loc[0] = schema_loc;
    f->loc[1] = mig_loc;
    if (!f->path || !f->message || (expected && !f->expected) || (actual && !f->actual) ||
        sdi_vec_push(&d->findings, f) != SD_OK) {
        sdi_free(f->path);
        sdi_free(f->message);
        sdi_free(f->expected);
        sdi_free(f->actual);
        sdi_free(f);
        d->oom = true;
        return NULL;
    }
    return f;
}

static const sdi_loc NO_LOC = {NULL, 0, 0};

static void path2(char *buf, size_t n, const char *a, const char *b)
{
    snprintf(buf, n, "%s.%s", a, b);
}

static void path3(char *buf, size_t n, const char *a, const char *b, const char *c)
{
    snprintf(buf, n, "%s.%s.%s", a, b, c);
}

static bool same(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static const char *or_none(const char *s)
{
    return s ? s : "(none)";
}

/* ---- the text of definitions, for matching ---- */

static void names_text(sdi_str *o, char **v, size_t n)
{
    sdi_str_addc(o, '(');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sdi_str_add(o, ", ");
        sdi_str_add(o, v[i]);
    }
    sdi_str_addc(o, ')');
}

/* A CHECK's expression for comparing: spacing, letter case, parentheses
 * and the quotes of plain lower-case identifiers do not count (the engine
 * keeps a tree; its deparsed text adds parentheses we cannot predict yet).
 * Two expressions that differ only in grouping compare equal: a known
 * limit, noted in docs/findings.md. */
static void check_text(sdi_str *o, const char *e)
{
    for (const char *c = e ? e : ""; *c; c++) {
        if (*c == '\'') {   /* a string literal, as written */
            const char *q = c++;
            while (*c && !(*c == '\'' && c[1] != '\''))
                c += *c == '\'' ? 2 : 1;
            sdi_str_addn(o, q, (size_t)(c - q) + (*c ? 1 : 0));
            if (!*c)
                break;
            continue;
        }
        if (*c == '"') {     /* "name": bare when it is a plain lower-case name */
            const char *q = c + 1, *end = strchr(q, '"');
            bool plain = end && end > q;
            for (const char *k = q; plain && k < end; k++)
                plain = (*k >= 'a' && *k <= 'z') || *k == '_' || (k > q && *k >= '0' && *k <= '9');
            if (plain) {
                sdi_str_addn(o, q, (size_t)(end - q));
                c = end;
                continue;
            }
            sdi_str_addc(o, *c);
            continue;
        }
        if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '(' || *c == ')')
            continue;
        sdi_str_addc(o, (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c));
    }
}

/* A constraint's definition without its name (heap); across dialects,
 * without the referenced schema (main and public are one) and in lower
 * case. With `canon`, a CHECK compares by its canonical form (PostgreSQL,
 * sdi_pg_canonical_check), else by its source text. */
static char *constraint_def(const sd_constraint *k, bool cross, bool canon)
{
    sdi_str o = {0};
    switch (k->kind) {
    case SD_CONSTRAINT_PRIMARY_KEY:
        sdi_str_add(&o, "PRIMARY KEY ");
        names_text(&o, k->cols, k->ncols);
        break;
    case SD_CONSTRAINT_UNIQUE:
        sdi_str_add(&o, k->nulls_not_distinct ? "UNIQUE NULLS NOT DISTINCT " : "UNIQUE ");
        names_text(&o, k->cols, k->ncols);
        break;
    case SD_CONSTRAINT_CHECK:
        sdi_str_add(&o, "CHECK (");
        check_text(&o, canon && k->expr_canon ? k->expr_canon : k->expr);
        sdi_str_addc(&o, ')');
        break;
    case SD_CONSTRAINT_FOREIGN_KEY:
        sdi_str_add(&o, "FOREIGN KEY ");
        names_text(&o, k->cols, k->ncols);
        sdi_str_add(&o, " REFERENCES ");
        if (k->ref_schema && !cross) {
            sdi_str_add(&o, k->ref_schema);
            sdi_str_addc(&o, '.');
        }
        sdi_str_add(&o, k->ref_table ? k->ref_table : "");
        if (k->nref_cols) {
            sdi_str_addc(&o, ' ');
            names_text(&o, k->ref_cols, k->nref_cols);
        }
        sdi_str_addf(&o, " ON UPDATE %s ON DELETE %s MATCH %s%s%s", sdi_fk_action_word(k->on_update),
                     sdi_fk_action_word(k->on_delete),
                     k->match == SDI_MATCH_FULL ? "FULL" : k->match == SDI_MATCH_PARTIAL ? "PARTIAL" : "SIMPLE",
                     k->deferrable ? " DEFERRABLE" : "", k->deferred ? " INITIALLY DEFERRED" : "");
        break;
    default:
        sdi_str_add(&o, k->expr ? k->expr : "");
        break;
    }
    if (cross && o.data)
        for (char *c = o.data; *c; c++)
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    return sdi_str_take(&o);
}

/* An index's definition without its name (heap). */
static char *index_def(const sd_catalog *cat, const sd_index *ix, bool cross)
{
    sdi_str o = {0};
    if (cat->dialect == SD_DIALECT_POSTGRES && !cross) {
        sdi_str full = {0};
        sdi_pg_index_def(&full, ix);
        /* CREATE [UNIQUE] INDEX name ON ... -> CREATE [UNIQUE] INDEX ON ... */
        const char *on = full.data ? strstr(full.data, " ON ") : NULL;
        sdi_str_add(&o, ix->unique ? "UNIQUE INDEX" : "INDEX");
        sdi_str_add(&o, on ? on : "");
        sdi_str_free(&full);
    } else {
        sdi_str_add(&o, ix->unique ? "UNIQUE (" : "(");
        for (size_t i = 0; i < ix->nkeys; i++) {
            if (i)
                sdi_str_add(&o, ", ");
            sdi_str_add(&o, ix->keys[i].column ? ix->keys[i].column : ix->keys[i].expr ? ix->keys[i].expr : "");
            if (ix->keys[i].desc)
                sdi_str_add(&o, " DESC");
        }
        sdi_str_addc(&o, ')');
        if (ix->where) {
            sdi_str_add(&o, " WHERE ");
            check_text(&o, ix->where);
        }
        if (cross && o.data)
            for (char *c = o.data; *c; c++)
                *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    return sdi_str_take(&o);
}

/* ---- comparing ---- */

typedef struct diff_ctx {
    sd_diff *d;
    const sd_catalog *a, *b;    /* a: the declared schema, b: the migrations */
    unsigned flags;
    bool cross;                 /* one side SQLite, the other PostgreSQL */
} diff_ctx;

/* ---- across dialects: type classes and loose defaults ---- */

/* The class of a type across dialects: "integer", "number", "text",
 * "boolean", "datetime", "json", "uuid", "binary", "any" (SQLite's
 * typeless column), else the type itself. */
static const char *type_class(const char *type, char *buf, size_t n)
{
    char t[256];
    size_t k = 0;
    for (const char *c = type; *c && k + 1 < sizeof t; c++)
        t[k++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    t[k] = 0;
    if (!*t)
        return "any";
    if (strstr(t, "[]"))
        return snprintf(buf, n, "%s", t), buf;
    if (strstr(t, "bool"))
        return "boolean";
    if (strstr(t, "int") || strstr(t, "serial"))
        return "integer";
    if (strstr(t, "real") || strstr(t, "floa") || strstr(t, "doub") || strstr(t, "numeric") || strstr(t, "decimal"))
        return "number";
    if (strstr(t, "json"))
        return "json";
    if (strstr(t, "uuid"))
        return "uuid";
    if (strstr(t, "date") || strstr(t, "time"))
        return "datetime";
    if (strstr(t, "char") || strstr(t, "text") || strstr(t, "clob") || strstr(t, "string"))
        return "text";
    if (strstr(t, "blob") || strstr(t, "bytea") || strstr(t, "binary"))
        return "binary";
    snprintf(buf, n, "%s", t);
    return buf;
}

/* A default for comparing across dialects: casts, parentheses, spacing
 * and case dropped; the current time and boolean words made one. */
static void loose_default(const char *d, const char *cls, char *out, size_t n)
{
    size_t k = 0;
    for (const char *c = d ? d : ""; *c && k + 1 < n; c++) {
        if (c[0] == ':' && c[1] == ':') {   /* ::type, up to the next operator or end */
            c += 2;
            while (c[1] && c[1] != ' ' && c[1] != ')' && c[1] != ',')
                c++;
            continue;
        }
        if (*c == '(' || *c == ')' || *c == ' ')
            continue;
        out[k++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    out[k] = 0;
    if (strcmp(out, "now") == 0 || strcmp(out, "current_timestamp") == 0 || strcmp(out, "localtimestamp") == 0 ||
        strcmp(out, "'now'") == 0 || strcmp(out, "statement_timestamp") == 0 || strcmp(out, "transaction_timestamp") == 0)
        snprintf(out, n, "now");
    if (strcmp(cls, "boolean") == 0 || strcmp(cls, "integer") == 0) {
        if (strcmp(out, "true") == 0 || strcmp(out, "'t'") == 0 || strcmp(out, "'1'") == 0)
            snprintf(out, n, "1");
        else if (strcmp(out, "false") == 0 || strcmp(out, "'f'") == 0 || strcmp(out, "'0'") == 0)
            snprintf(out, n, "0");
    }
}

/* Is c the engine-made key of its table (a serial or identity in
 * PostgreSQL, the rowid alias in SQLite)? Its default differs by nature. */
static bool autokey(const sd_column *c)
{
    return c->identity || (c->default_text && strncmp(c->default_text, "nextval(", 8) == 0) ||
           (c->pk == 1 && c->declared && strcasecmp(c->declared, "INTEGER") == 0);
}

/* A column by name; across dialects also in lower case (PostgreSQL folds). */
static sd_column *column_across(const diff_ctx *x, const sd_catalog *cat, const sd_table *t, const char *name)
{
    sd_column *c = sdi_column_find(cat, t, name);
    if (c || !x->cross)
        return c;
    char low[256];
    size_t k = 0;
    for (; name[k] && k + 1 < sizeof low; k++)
        low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
    low[k] = 0;
    return sdi_column_find(cat, t, low);
}

static sd_schema *schema_named(const sd_catalog *cat, const char *name)
{
    return sdi_schema_find(cat, name);
}

static sd_table *table_named(const sd_catalog *cat, const sd_schema *s, const char *name)
{
    sdi_rel *r = s ? sdi_rel_find(cat, (sd_schema *)s, name) : NULL;
    return r && r->kind == SDI_REL_TABLE ? r->obj : NULL;
}

/* A column as a schema file would declare it: serials by their name (the
 * sequence default is theirs), else type, default, NOT NULL. */
static void column_decl(sdi_str *o, const sd_column *c)
{
    static const char *const serials[] = {"serial", "bigserial", "smallserial", "serial4", "serial8", "serial2", NULL};
    bool serial = false;
    for (const char *const *w = serials; *w && c->declared && !serial; w++)
        serial = strcasecmp(c->declared, *w) == 0;
    sdi_pg_add_ident(o, c->name);
    sdi_str_addc(o, ' ');
    if (serial) {
        sdi_str_add(o, strcmp(c->type, "bigint") == 0 ? "bigserial" : strcmp(c->type, "smallint") == 0 ? "smallserial"
                                                                                                       : "serial");
        return;
    }
    sdi_str_add(o, c->type);
    if (c->generated && c->default_text) {
        sdi_str_add(o, " GENERATED ALWAYS AS (");
        sdi_str_add(o, c->default_text);
        sdi_str_add(o, ") STORED");
    } else if (c->identity) {
        sdi_str_add(o, c->identity == 1 ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
    } else if (c->default_text) {
        sdi_str_add(o, " DEFAULT ");
        sdi_str_add(o, c->default_text);
    }
    if (c->not_null)
        sdi_str_add(o, " NOT NULL");
}

static void compare_columns(diff_ctx *x, const sd_table *ta, const sd_table *tb)
{
    const char *sn = ta->schema->name;
    char path[1024];
    for (size_t i = 0; i < tb->columns.len; i++) {
        const sd_column *cb = tb->columns.items[i];
        const sd_column *ca = column_across(x, x->a, ta, cb->name);
        path3(path, sizeof path, sn, ta->name, cb->name);
        if (!ca) {
            sd_finding *f = add(x->d, &K_COL_NOT_IN_SCHEMA, path, ta->created, cb->created, NULL, cb->type,
                                "column %s is added by the migrations but is not in the schema", path);
            if (f) {
                sdi_str fix = {0};
                sdi_str_add(&fix, "ALTER TABLE ");
                if (strcmp(sn, "public") != 0 && x->b->dialect == SD_DIALECT_POSTGRES) {
                    sdi_pg_add_ident(&fix, sn);
                    sdi_str_addc(&fix, '.');
                }
                sdi_pg_add_ident(&fix, ta->name);
                sdi_str_add(&fix, " ADD COLUMN ");
                column_decl(&fix, cb);
                sdi_str_addc(&fix, ';');
                f->fix = sdi_str_take(&fix);
            }
            continue;
        }
        if (x->cross) {
            char ba[256], bb[256];
            const char *ka = type_class(ca->type, ba, sizeof ba), *kb = type_class(cb->type, bb, sizeof bb);
            /* SQLite keeps booleans as integers 0 and 1 */
            bool bool_int = (strcmp(ka, "boolean") == 0 && strcmp(kb, "integer") == 0 && x->b->dialect == SD_DIALECT_SQLITE) ||
                            (strcmp(kb, "boolean") == 0 && strcmp(ka, "integer") == 0 && x->a->dialect == SD_DIALECT_SQLITE);
            if (strcmp(ka, kb) != 0 && strcmp(ka, "any") != 0 && strcmp(kb, "any") != 0 && !bool_int)
                add(x->d, &K_COL_CLASS, path, ca->created, cb->changed, ca->type, cb->type,
                    "column %s: the schema's %s is %s, the migrations' %s is %s", path, ca->type, ka, cb->type, kb);
            bool na = ca->not_null || ca->pk, nb = cb->not_null || cb->pk;
            if (na != nb)
                add(x->d, &K_COL_NULL, path, ca->created, cb->changed, na ? "NOT NULL" : "NULL", nb ? "NOT NULL" : "NULL",
                    "column %s: the schema says %s, the migrations give %s", path, na ? "NOT NULL" : "nullable",
                    nb ? "NOT NULL" : "nullable");
            char da[512], db[512];
            loose_default(ca->default_text, ka, da, sizeof da);
            loose_default(cb->default_text, ka, db, sizeof db);
            if (!autokey(ca) && !autokey(cb) && strcmp(da, db) != 0)
                add(x->d, &K_COL_DEFAULT, path, ca->created, cb->changed, ca->default_text, cb->default_text,
                    "column %s: the schema's default is %s, the migrations' is %s", path, or_none(ca->default_text),
                    or_none(cb->default_text));
            continue;
        }
        if (strcmp(ca->type, cb->type) != 0)
            add(x->d, &K_COL_TYPE, path, ca->created, cb->changed, ca->type, cb->type,
                "column %s: the schema says %s, the migrations give %s", path, ca->type, cb->type);
        if (ca->not_null != cb->not_null)
            add(x->d, &K_COL_NULL, path, ca->created, cb->changed, ca->not_null ? "NOT NULL" : "NULL",
                cb->not_null ? "NOT NULL" : "NULL", "column %s: the schema says %s, the migrations give %s", path,
                ca->not_null ? "NOT NULL" : "nullable", cb->not_null ? "NOT NULL" : "nullable");
        if (ca->identity != cb->identity) {
            static const char *const w[] = {"no identity", "GENERATED ALWAYS AS IDENTITY", "GENERATED BY DEFAULT AS IDENTITY"};
            add(x->d, &K_COL_IDENTITY, path, ca->created, cb->changed, w[ca->identity % 3], w[cb->identity % 3],
                "column %s: the schema says %s, the migrations give %s", path, w[ca->identity % 3],
                w[cb->identity % 3]);
        } else if (ca->generated != cb->generated || (ca->generated && !same(ca->default_text, cb->default_text))) {
            add(x->d, &K_COL_GENERATED, path, ca->created, cb->changed, ca->generated ? ca->default_text : NULL,
                cb->generated ? cb->default_text : NULL, "column %s: the generation expression differs (%s vs %s)", path,
                ca->generated ? or_none(ca->default_text) : "not generated",
                cb->generated ? or_none(cb->default_text) : "not generated");
        } else if (!ca->generated && !same(ca->default_text, cb->default_text)) {
            add(x->d, &K_COL_DEFAULT, path, ca->created, cb->changed, ca->default_text, cb->default_text,
                "column %s: the schema's default is %s, the migrations' is %s", path, or_none(ca->default_text),
                or_none(cb->default_text));
        }
    }
    for (size_t i = 0; i < ta->columns.len; i++) {
        const sd_column *ca = ta->columns.items[i];
        if (column_across(x, x->b, tb, ca->name))
            continue;
        path3(path, sizeof path, sn, ta->name, ca->name);
        add(x->d, &K_COL_NOT_IN_MIGRATIONS, path, ca->created, tb->created, ca->type, NULL,
            "column %s is in the schema but no migration adds it", path);
    }
    if (x->flags & SD_DIFF_COLUMN_ORDER) {
        size_t ia = 0, ib = 0;
        for (; ia < ta->columns.len && ib < tb->columns.len; ia++, ib++) {
            const sd_column *ca = ta->columns.items[ia], *cb = tb->columns.items[ib];
            if (strcmp(ca->name, cb->name) != 0) {
                path2(path, sizeof path, sn, ta->name);
                add(x->d, &K_COL_ORDER, path, ca->created, cb->created, ca->name, cb->name,
                    "table %s: column %zu is %s in the schema, %s in the migrations", path, ia + 1, ca->name, cb->name);
                break;
            }
        }
    }
}

/* A constraint as a finding shows it: a CHECK as written, the others by
 * their definition (heap). */
static char *constraint_shown(const sd_constraint *k, bool cross)
{
    if (k->kind != SD_CONSTRAINT_CHECK)
        return constraint_def(k, cross, false);
    sdi_str o = {0};
    sdi_str_add(&o, "CHECK (");
    sdi_str_add(&o, k->expr ? k->expr : "");
    sdi_str_addc(&o, ')');
    return sdi_str_take(&o);
}

/* Do all CHECKs of a table have a canonical form? */
static bool checks_canonical(const sd_table *t)
{
    for (size_t i = 0; i < t->constraints.len; i++) {
        const sd_constraint *k = t->constraints.items[i];
        if (k->kind == SD_CONSTRAINT_CHECK && !k->expr_canon)
            return false;
    }
    return true;
}

/* Match constraints of one kind by definition; names differing for one
 * definition are info. */
static void compare_constraints(diff_ctx *x, const sd_table *ta, const sd_table *tb)
{
    /* CHECKs compare canonically when both sides can */
    bool canon = !x->cross && checks_canonical(ta) && checks_canonical(tb);
    char path[1024];
    path2(path, sizeof path, ta->schema->name, ta->name);
    bool *used = sdi_calloc(tb->constraints.len ? tb->constraints.len : 1, sizeof *used);
    char **defb = sdi_calloc(tb->constraints.len ? tb->constraints.len : 1, sizeof *defb);
    if (!used || !defb) {
        sdi_free(used);
        sdi_free(defb);
        x->d->oom = true;
        return;
    }
    for (size_t j = 0; j < tb->constraints.len; j++)
        defb[j] = x->cross && ((sd_constraint *)tb->constraints.items[j])->kind == SD_CONSTRAINT_CHECK
                      ? NULL
                      : constraint_def(tb->constraints.items[j], x->cross, canon);
    const sd_constraint *pk_a = NULL, *pk_b = NULL;
    for (size_t i = 0; i < ta->constraints.len; i++) {
        const sd_constraint *ka = ta->constraints.items[i];
        if (ka->kind == SD_CONSTRAINT_PRIMARY_KEY) {
            pk_a = ka;
            continue;
        }
        if (x->cross && ka->kind == SD_CONSTRAINT_CHECK)
            continue;   /* expressions of two dialects: not compared */
        char *da = constraint_def(ka, x->cross, canon);
        size_t match = SIZE_MAX;
        for (size_t j = 0; j < tb->constraints.len && match == SIZE_MAX && da; j++)
            if (!used[j] && defb[j] && strcmp(da, defb[j]) == 0)
                match = j;
        if (match != SIZE_MAX) {
            used[match] = true;
            const sd_constraint *kb = tb->constraints.items[match];
            char *shown = constraint_shown(ka, x->cross);
            if (ka->name && kb->name && strcmp(ka->name, kb->name) != 0 && shown)
                add(x->d, &K_CONSTRAINT_NAME, path, ka->created, kb->created, ka->name, kb->name,
                    "table %s: %s is named %s in the schema, %s by the migrations", path, shown, ka->name, kb->name);
            x->d->oom |= !shown;
            sdi_free(shown);
        } else if (da) {
            const kind_info *k = ka->kind == SD_CONSTRAINT_UNIQUE ? &K_UNIQUE_NOT_IN_MIGRATIONS
                                 : ka->kind == SD_CONSTRAINT_CHECK ? &K_CHECK_NOT_IN_MIGRATIONS
                                                                   : &K_FK_NOT_IN_MIGRATIONS;
            char *shown = constraint_shown(ka, x->cross);
            if (shown)
                add(x->d, k, path, ka->created, tb->created, shown, NULL,
                    "table %s: %s%s%s is in the schema but not made by the migrations", path, ka->name ? ka->name : "",
                    ka->name ? " " : "", shown);
            x->d->oom |= !shown;
            sdi_free(shown);
        }
        sdi_free(da);
    }
    for (size_t j = 0; j < tb->constraints.len; j++) {
        const sd_constraint *kb = tb->constraints.items[j];
        if (kb->kind == SD_CONSTRAINT_PRIMARY_KEY) {
            pk_b = kb;
            continue;
        }
        if (used[j] || !defb[j])
            continue;
        const kind_info *k = kb->kind == SD_CONSTRAINT_UNIQUE ? &K_UNIQUE_NOT_IN_SCHEMA
                             : kb->kind == SD_CONSTRAINT_CHECK ? &K_CHECK_NOT_IN_SCHEMA
                                                               : &K_FK_NOT_IN_SCHEMA;
        char *shown = constraint_shown(kb, x->cross);
        if (shown)
            add(x->d, k, path, ta->created, kb->created, NULL, shown,
                "table %s: the migrations make %s%s%s, the schema does not have it", path, kb->name ? kb->name : "",
                kb->name ? " " : "", shown);
        x->d->oom |= !shown;
        sdi_free(shown);
    }
    char *pa = pk_a ? constraint_def(pk_a, x->cross, false) : NULL, *pb = pk_b ? constraint_def(pk_b, x->cross, false) : NULL;
    if (!same(pa, pb))
        add(x->d, &K_PK, path, pk_a ? pk_a->created : ta->created, pk_b ? pk_b->created : tb->created, pa, pb,
            "table %s: the schema's primary key is %s, the migrations' is %s", path, pa ? pa : "(none)",
            pb ? pb : "(none)");
    else if (pk_a && pk_b && pk_a->name && pk_b->name && strcmp(pk_a->name, pk_b->name) != 0)
        add(x->d, &K_CONSTRAINT_NAME, path, pk_a->created, pk_b->created, pk_a->name, pk_b->name,
            "table %s: the primary key is named %s in the schema, %s by the migrations", path, pk_a->name, pk_b->name);
    sdi_free(pa);
    sdi_free(pb);
    for (size_t j = 0; j < tb->constraints.len; j++)
        sdi_free(defb[j]);
    sdi_free(defb);
    sdi_free(used);
}

static void compare_indexes(diff_ctx *x, const sd_table *ta, const sd_table *tb)
{
    char path[1024];
    path2(path, sizeof path, ta->schema->name, ta->name);
    size_t nb = tb->indexes.len;
    bool *used = sdi_calloc(nb ? nb : 1, sizeof *used);
    char **defb = sdi_calloc(nb ? nb : 1, sizeof *defb);
    if (!used || !defb) {
        sdi_free(used);
        sdi_free(defb);
        x->d->oom = true;
        return;
    }
    for (size_t j = 0; j < nb; j++) {
        const sd_index *ib = tb->indexes.items[j];
        defb[j] = ib->constraint || (ib->origin && strcmp(ib->origin, "c") != 0) ? NULL : index_def(x->b, ib, x->cross);
    }
    for (size_t i = 0; i < ta->indexes.len; i++) {
        const sd_index *ia = ta->indexes.items[i];
        if (ia->constraint || (ia->origin && strcmp(ia->origin, "c") != 0))
            continue;   /* a constraint's index: compared with its constraint */
        char *da = index_def(x->a, ia, x->cross);
        size_t match = SIZE_MAX;
        /* the same name first, then any with the definition */
        for (size_t j = 0; j < nb && da; j++)
            if (!used[j] && defb[j] && strcmp(da, defb[j]) == 0 &&
                strcmp(((sd_index *)tb->indexes.items[j])->name, ia->name) == 0)
                match = j;
        for (size_t j = 0; j < nb && match == SIZE_MAX && da; j++)
            if (!used[j] && defb[j] && strcmp(da, defb[j]) == 0)
                match = j;
        if (match != SIZE_MAX) {
            used[match] = true;
            const sd_index *ib = tb->indexes.items[match];
            if (strcmp(ia->name, ib->name) != 0)
                add(x->d, &K_INDEX_NAME, path, ia->created, ib->created, ia->name, ib->name,
                    "table %s: the index %s is named %s in the schema, %s by the migrations", path, da, ia->name, ib->name);
        } else if (da) {
            add(x->d, &K_INDEX_NOT_IN_MIGRATIONS, path, ia->created, tb->created, da, NULL,
                "table %s: index %s (%s) is in the schema but not made by the migrations", path, ia->name, da);
        }
        sdi_free(da);
    }
    for (size_t j = 0; j < nb; j++) {
        if (used[j] || !defb[j])
            continue;
        const sd_index *ib = tb->indexes.items[j];
        sd_finding *f = add(x->d, &K_INDEX_NOT_IN_SCHEMA, path, ta->created, ib->created, NULL, defb[j],
                            "table %s: the migrations make index %s (%s), the schema does not have it", path, ib->name,
                            defb[j]);
        if (f && x->b->dialect == SD_DIALECT_POSTGRES) {
            sdi_str fix = {0};
            sdi_pg_index_def(&fix, ib);
            sdi_str_addc(&fix, ';');
            f->fix = sdi_str_take(&fix);
        } else if (f && ib->sql) {
            f->fix = sdi_strdup(ib->sql);
        }
    }
    for (size_t j = 0; j < nb; j++)
        sdi_free(defb[j]);
    sdi_free(defb);
    sdi_free(used);
}

static void compare_policies(diff_ctx *x, const sd_table *ta, const sd_table *tb)
{
    char path[1024];
    path2(path, sizeof path, ta->schema->name, ta->name);
    if (ta->rls != tb->rls || ta->rls_forced != tb->rls_forced)
        add(x->d, &K_RLS, path, ta->created, tb->changed, ta->rls ? (ta->rls_forced ? "enabled, forced" : "enabled") : "disabled",
            tb->rls ? (tb->rls_forced ? "enabled, forced" : "enabled") : "disabled",
            "table %s: row level security is %s in the schema, %s after the migrations", path,
            ta->rls ? (ta->rls_forced ? "enabled and forced" : "enabled") : "disabled",
            tb->rls ? (tb->rls_forced ? "enabled and forced" : "enabled") : "disabled");
    for (int side = 0; side < 2; side++) {
        const sd_table *t = side ? tb : ta, *o = side ? ta : tb;
        for (size_t i = 0; i < t->policies.len; i++) {
            const sdi_policy *p = t->policies.items[i];
            bool found = false;
            for (size_t j = 0; j < o->policies.len && !found; j++)
                found = strcmp(((const sdi_policy *)o->policies.items[j])->name, p->name) == 0;
            if (!found)
                add(x->d, side ? &K_POLICY_NOT_IN_SCHEMA : &K_POLICY_NOT_IN_MIGRATIONS, path, side ? ta->created : p->created,
                    side ? p->created : tb->created, side ? NULL : p->name, side ? p->name : NULL,
                    side ? "table %s: the migrations make policy %s, the schema does not have it"
                         : "table %s: policy %s is in the schema but not made by the migrations",
                    path, p->name);
        }
    }
}

/* CREATE TABLE for a table the schema lacks: the dump's text of it. */
static char *table_ddl(const sd_catalog *cat, const sd_table *t)
{
    if (cat->dialect == SD_DIALECT_SQLITE)
        return t->sql ? sdi_strdup(t->sql) : NULL;
    sdi_str o = {0};
    sdi_str_add(&o, "CREATE TABLE ");
    if (strcmp(t->schema->name, "public") != 0) {
        sdi_pg_add_ident(&o, t->schema->name);
        sdi_str_addc(&o, '.');
    }
    sdi_pg_add_ident(&o, t->name);
    sdi_str_add(&o, " (");
    for (size_t i = 0; i < t->columns.len; i++) {
        sdi_str_add(&o, i ? ", " : "");
        column_decl(&o, t->columns.items[i]);
    }
    for (size_t i = 0; i < t->constraints.len; i++) {
        const sd_constraint *k = t->constraints.items[i];
        char *def = constraint_def(k, false, false);
        if (def && k->kind != SD_CONSTRAINT_CHECK) {
            sdi_str_add(&o, ", ");
            sdi_str_add(&o, def);
        } else if (def) {
            sdi_str_add(&o, ", CHECK (");
            sdi_str_add(&o, k->expr);
            sdi_str_addc(&o, ')');
        }
        sdi_free(def);
    }
    sdi_str_add(&o, ");");
    return sdi_str_take(&o);
}

static sd_table *table_across(const diff_ctx *x, const sd_catalog *cat, const sd_schema *s, const char *name)
{
    sd_table *t = table_named(cat, s, name);
    if (t || !x->cross)
        return t;
    char low[256];
    size_t k = 0;
    for (; name[k] && k + 1 < sizeof low; k++)
        low[k] = (char)(name[k] >= 'A' && name[k] <= 'Z' ? name[k] + 32 : name[k]);
    low[k] = 0;
    return table_named(cat, s, low);
}

static void compare_tables(diff_ctx *x, const sd_schema *sa, const sd_schema *sb, const char *sname)
{
    char path[1024];
    for (size_t i = 0; sb && i < sb->tables.len; i++) {
        const sd_table *tb = sb->tables.items[i];
        const sd_table *ta = table_across(x, x->a, sa, tb->name);
        path2(path, sizeof path, sname, tb->name);
        if (!ta) {
            sd_finding *f = add(x->d, &K_TABLE_NOT_IN_SCHEMA, path, NO_LOC, tb->created, NULL, tb->name,
                                "table %s is made by the migrations but is not in the schema", path);
            if (f)
                f->fix = table_ddl(x->b, tb);
            continue;
        }
        compare_columns(x, ta, tb);
        compare_constraints(x, ta, tb);
        compare_indexes(x, ta, tb);
        if (x->a->dialect == SD_DIALECT_POSTGRES && !x->cross)
            compare_policies(x, ta, tb);
    }
    for (size_t i = 0; sa && i < sa->tables.len; i++) {
        const sd_table *ta = sa->tables.items[i];
        if (table_across(x, x->b, sb, ta->name))
            continue;
        path2(path, sizeof path, sname, ta->name);
        add(x->d, &K_TABLE_NOT_IN_MIGRATIONS, path, ta->created, NO_LOC, ta->name, NULL,
            "table %s is in the schema but no migration makes it", path);
    }
}

static void compare_views(diff_ctx *x, const sd_schema *sa, const sd_schema *sb, const char *sname)
{
    char path[1024];
    for (int side = 0; side < 2; side++) {
        const sd_schema *s = side ? sb : sa, *o = side ? sa : sb;
        for (size_t i = 0; s && i < s->views.len; i++) {
            const sdi_view *v = s->views.items[i];
            bool found = false;
            for (size_t j = 0; o && j < o->views.len && !found; j++)
                found = strcmp(((const sdi_view *)o->views.items[j])->name, v->name) == 0;
            if (found)
                continue;
            path2(path, sizeof path, sname, v->name);
            sd_finding *f = add(x->d, side ? &K_VIEW_NOT_IN_SCHEMA : &K_VIEW_NOT_IN_MIGRATIONS, path,
                                side ? NO_LOC : v->created, side ? v->created : NO_LOC, side ? NULL : v->name,
                                side ? v->name : NULL,
                                side ? "%s %s is made by the migrations but is not in the schema"
                                     : "%s %s is in the schema but no migration makes it",
                                v->materialized ? "materialized view" : "view", path);
            if (f && side && v->sql) {
                size_t n = strlen(v->sql);
                f->fix = sdi_malloc(n + 2);
                if (f->fix)
                    snprintf(f->fix, n + 2, "%s;", v->sql);
            }
        }
    }
}

static void compare_sequences(diff_ctx *x, const sd_schema *sa, const sd_schema *sb, const char *sname)
{
    char path[1024];
    for (int side = 0; side < 2; side++) {
        const sd_schema *s = side ? sb : sa, *o = side ? sa : sb;
        for (size_t i = 0; s && i < s->sequences.len; i++) {
            const sdi_sequence *q = s->sequences.items[i];
            if (q->owner)
                continue;   /* a serial's or identity's: follows its column */
            sdi_rel *r = o ? sdi_rel_find(side ? x->a : x->b, (sd_schema *)o, q->name) : NULL;
            if (r && r->kind == SDI_REL_SEQUENCE)
                continue;
            path2(path, sizeof path, sname, q->name);
            add(x->d, side ? &K_SEQ_NOT_IN_SCHEMA : &K_SEQ_NOT_IN_MIGRATIONS, path, side ? NO_LOC : q->created,
                side ? q->created : NO_LOC, side ? NULL : q->name, side ? q->name : NULL,
                side ? "sequence %s is made by the migrations but is not in the schema"
                     : "sequence %s is in the schema but no migration makes it",
                path);
        }
    }
}

static void labels_text(sdi_str *o, const sdi_usertype *u)
{
    for (size_t i = 0; i < u->labels.len; i++) {
        if (i)
            sdi_str_add(o, ", ");
        sdi_str_add_sql_literal(o, u->labels.items[i]);
    }
}

static void compare_types(diff_ctx *x, const sd_schema *sa, const sd_schema *sb, const char *sname)
{
    char path[1024];
    for (int side = 0; side < 2; side++) {
        const sd_schema *s = side ? sb : sa, *o = side ? sa : sb;
        for (size_t i = 0; s && i < s->types.len; i++) {
            const sdi_usertype *u = s->types.items[i];
            const sdi_usertype *w = NULL;
            for (size_t j = 0; o && j < o->types.len && !w; j++)
                if (strcmp(((const sdi_usertype *)o->types.items[j])->name, u->name) == 0)
                    w = o->types.items[j];
            path2(path, sizeof path, sname, u->name);
            if (!w) {
                if (u->kind != SDI_TYPE_MULTIRANGE)
                    add(x->d, side ? &K_TYPE_NOT_IN_SCHEMA : &K_TYPE_NOT_IN_MIGRATIONS, path, side ? NO_LOC : u->created,
                        side ? u->created : NO_LOC, side ? NULL : u->name, side ? u->name : NULL,
                        side ? "type %s is made by the migrations but is not in the schema"
                             : "type %s is in the schema but no migration makes it",
                        path);
                continue;
            }
            if (side || u->kind != SDI_TYPE_ENUM || w->kind != SDI_TYPE_ENUM)
                continue;
            sdi_str la = {0}, lb = {0};
            labels_text(&la, u);
            labels_text(&lb, w);
            if (!same(la.data, lb.data))
                add(x->d, &K_ENUM_LABELS, path, u->created, w->created, la.data ? la.data : "", lb.data ? lb.data : "",
                    "enum %s: the schema's labels are (%s), the migrations' are (%s)", path, la.data ? la.data : "",
                    lb.data ? lb.data : "");
            sdi_str_free(&la);
            sdi_str_free(&lb);
        }
    }
}

static void compare_extensions(diff_ctx *x)
{
    for (int side = 0; side < 2; side++) {
        const sd_catalog *c = side ? x->b : x->a, *o = side ? x->a : x->b;
        for (size_t i = 0; i < c->extensions.len; i++) {
            const sdi_extension *e = c->extensions.items[i];
            bool found = false;
            for (size_t j = 0; j < o->extensions.len && !found; j++)
                found = strcmp(((const sdi_extension *)o->extensions.items[j])->name, e->name) == 0;
            if (!found)
                add(x->d, side ? &K_EXT_NOT_IN_SCHEMA : &K_EXT_NOT_IN_MIGRATIONS, e->name, side ? NO_LOC : e->created,
                    side ? e->created : NO_LOC, side ? NULL : e->name, side ? e->name : NULL,
                    side ? "extension %s is made by the migrations but is not in the schema"
                         : "extension %s is in the schema but no migration makes it",
                    e->name);
        }
    }
}

static int cmp_finding(const void *pa, const void *pb)
{
    const sd_finding *a = *(sd_finding *const *)pa, *b = *(sd_finding *const *)pb;
    int c = strcmp(a->path, b->path);
    return c ? c : strcmp(a->code, b->code);
}

/* ---- the public API ---------------------------------------------------- */

EXPORT int sd_diff_catalogs(const sd_catalog *schema, const sd_catalog *migrations, unsigned flags, sd_diff **out)
{
    if (!schema || !migrations || !out || (flags & ~(unsigned)SD_DIFF_COLUMN_ORDER))
        return SD_ERR_MISUSE;
    sdi_catalog_settle(schema);
    sdi_catalog_settle(migrations);
    unsigned long failures = sdi_alloc_failures();
    sd_diff *d = sdi_calloc(1, sizeof *d);
    if (!d)
        return SD_ERR_NOMEM;
    diff_ctx x = {d, schema, migrations, flags, schema->dialect != migrations->dialect};
    /* schemas on either side, by name (across dialects main is public) */
    for (int side = 0; side < 2; side++) {
        const sd_catalog *c = side ? migrations : schema, *o = side ? schema : migrations;
        for (size_t i = 0; i < c->schemas.len; i++) {
            const sd_schema *s = c->schemas.items[i];
            const char *other = s->name;
            if (x.cross && (strcmp(s->name, "main") == 0 || strcmp(s->name, "public") == 0))
                other = o->dialect == SD_DIALECT_SQLITE ? "main" : "public";
            const sd_schema *sa = side ? schema_named(schema, other) : s;
            const sd_schema *sb = side ? s : schema_named(migrations, other);
            if (side && sa)
                continue;   /* compared from the schema side */
            compare_tables(&x, sa, sb, side ? other : s->name);
            compare_views(&x, sa, sb, side ? other : s->name);
            if (!x.cross) {
                compare_sequences(&x, sa, sb, s->name);
                if (schema->dialect == SD_DIALECT_POSTGRES)
                    compare_types(&x, sa, sb, s->name);
            }
        }
    }
    if (!x.cross)
        compare_extensions(&x);
    if (d->oom || sdi_alloc_failures() != failures) {
        sd_diff_free(d);
        return SD_ERR_NOMEM;
    }
    if (d->findings.len > 1)
        qsort(d->findings.items, d->findings.len, sizeof *d->findings.items, cmp_finding);
    *out = d;
    return SD_OK;
}

EXPORT int sd_lint_catalog(const sd_catalog *migrations, sd_diff **out)
{
    if (!migrations || !out || migrations->lint_forgotten)
        return SD_ERR_MISUSE;
    sdi_catalog_settle(migrations);
    unsigned long failures = sdi_alloc_failures();
    sd_diff *d = sdi_calloc(1, sizeof *d);
    if (!d)
        return SD_ERR_NOMEM;
    static const struct {
        unsigned bit;
        const kind_info *kind;
        const char *why;
    } risks[] = {
        {SD_RISK_DROP_TABLE, &K_RISK_DROP_TABLE, "drops a table: its data is gone"},
        {SD_RISK_DROP_COLUMN, &K_RISK_DROP_COLUMN, "drops a column: its data is gone, and readers of it break"},
        {SD_RISK_RENAME, &K_RISK_RENAME, "renames a table or column: code that uses the old name breaks"},
        {SD_RISK_TYPE_CHANGE, &K_RISK_TYPE, "changes a column's type: the table may be rewritten under a lock, and "
                                            "values may not convert"},
        {SD_RISK_NOT_NULL, &K_RISK_NOT_NULL, "makes a column NOT NULL without a default: it fails on a table that "
                                            "has rows (with NULLs)"},
    };
    for (size_t i = 0; i < migrations->risky.len; i++) {
        const sdi_statement_mark *st = migrations->risky.items[i];
        for (size_t k = 0; k < sizeof risks / sizeof risks[0]; k++)
            if (st->risks & risks[k].bit)
                add(d, risks[k].kind, st->tag, NO_LOC, st->at, NULL, NULL, "%s %s", st->tag, risks[k].why);
    }
    if (d->oom || sdi_alloc_failures() != failures) {
        sd_diff_free(d);
        return SD_ERR_NOMEM;
    }
    *out = d;   /* in statement order */
    return SD_OK;
}

EXPORT void sd_diff_free(sd_diff *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->findings.len; i++) {
        sd_finding *f = d->findings.items[i];
        sdi_free(f->path);
        sdi_free(f->message);
        sdi_free(f->expected);
        sdi_free(f->actual);
        sdi_free(f->fix);
        sdi_free(f);
    }
    sdi_vec_free(&d->findings);
    sdi_free(d);
}

EXPORT size_t sd_diff_count(const sd_diff *d)
{
    return d ? d->findings.len : 0;
}

EXPORT const sd_finding *sd_diff_at(const sd_diff *d, size_t i)
{
    return d && i < d->findings.len ? d->findings.items[i] : NULL;
}

EXPORT const char *sd_finding_code(const sd_finding *f) { return f ? f->code : NULL; }
EXPORT int sd_finding_severity(const sd_finding *f) { return f ? f->severity : 0; }
EXPORT const char *sd_finding_kind(const sd_finding *f) { return f ? f->kind : NULL; }
EXPORT const char *sd_finding_path(const sd_finding *f) { return f ? f->path : NULL; }
EXPORT const char *sd_finding_message(const sd_finding *f) { return f ? f->message : NULL; }
EXPORT const char *sd_finding_expected(const sd_finding *f) { return f ? f->expected : NULL; }
EXPORT const char *sd_finding_actual(const sd_finding *f) { return f ? f->actual : NULL; }
EXPORT const char *sd_finding_fix(const sd_finding *f) { return f ? f->fix : NULL; }

EXPORT int sd_finding_location(const sd_finding *f, int side, const char **file, uint32_t *line, uint32_t *col)
{
    if (!f || (side != SD_SIDE_SCHEMA && side != SD_SIDE_MIGRATIONS))
        return SD_ERR_MISUSE;
    const sdi_loc *l = &f->loc[side == SD_SIDE_SCHEMA ? 0 : 1];
    if (file)
        *file = l->file;
    if (line)
        *line = l->line;
    if (col)
        *col = l->col;
    return SD_OK;
}

EXPORT const char *sd_severity_str(int severity)
{
    return severity == SD_SEVERITY_ERROR ? "error" : severity == SD_SEVERITY_WARNING ? "warning"
                                                   : severity == SD_SEVERITY_INFO    ? "info"
                                                                                     : "unknown";
}

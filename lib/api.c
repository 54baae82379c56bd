/* The public C API (include/schemadrift/schemadrift.h): handle lifecycle,
 * apply, errors, statement outcomes, object getters and serialisation.
 * Thin wrappers over the internals; every entry point tolerates NULL. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sd_internal.h"

void sdi_catalog_free_all(sd_catalog *cat);

#define EXPORT SD_EXPORT

EXPORT int sd_version(void) { return SD_VERSION_NUMBER; }
EXPORT const char *sd_version_string(void) { return SD_VERSION_STRING; }

EXPORT const char *sd_status_str(int status)
{
    switch (status) {
    case SD_OK: return "ok";
    case SD_ERR_NOMEM: return "out of memory";
    case SD_ERR_MISUSE: return "invalid argument";
    case SD_ERR_IO: return "cannot read input";
    case SD_ERR_ENCODING: return "input is not valid UTF-8";
    case SD_ERR_SYNTAX: return "syntax error";
    case SD_ERR_ENGINE: return "the engine would reject a statement";
    case SD_ERR_UNMODELLED: return "a statement is not modelled (failed closed)";
    case SD_ERR_ORDER: return "the order of the migrations is not clear";
    default: return "unknown status";
    }
}

/* ---- lifecycle ---- */

EXPORT int sd_catalog_new(int dialect, sd_catalog **out)
{
    if (!out)
        return SD_ERR_MISUSE;
    *out = NULL;
    if (dialect != SD_DIALECT_POSTGRES && dialect != SD_DIALECT_SQLITE)
        return SD_ERR_MISUSE;
    sd_catalog *cat = sdi_calloc(1, sizeof *cat);
    if (!cat)
        return SD_ERR_NOMEM;
    cat->dialect = dialect;
    sdi_loc builtin = {NULL, 0, 0};
    sd_schema *s = sdi_schema_add(cat, dialect == SD_DIALECT_POSTGRES ? "public" : "main", builtin);
    /* PostgreSQL's public schema comes with a comment */
    if (!s || (dialect == SD_DIALECT_POSTGRES && !(s->comment = sdi_strdup("standard public schema")))) {
        sdi_catalog_free_all(cat);
        sdi_free(cat);
        return SD_ERR_NOMEM;
    }
    *out = cat;
    return SD_OK;
}

EXPORT void sd_catalog_free(sd_catalog *cat)
{
    if (!cat)
        return;
    sdi_catalog_free_all(cat);
    sdi_free(cat);
}

EXPORT int sd_catalog_dialect(const sd_catalog *cat) { return cat ? cat->dialect : 0; }

static void clear_error(sd_catalog *cat)
{
    sdi_free(cat->errmsg);
    cat->errmsg = NULL;
    cat->errcode = SD_OK;
    cat->errfile = NULL;
    cat->errline = cat->errcol = 0;
    cat->erroff = 0;
}

EXPORT int sd_catalog_apply_sql(sd_catalog *cat, const char *sql, size_t len, const char *filename)
{
    if (!cat)
        return SD_ERR_MISUSE;
    clear_error(cat);
    if (!sql && len) {
        sdi_set_error(cat, SD_ERR_MISUSE, NULL, 0, 0, 0, "NULL text with a non-zero length");
        return SD_ERR_MISUSE;
    }
    const char *file = sdi_catalog_intern_file(cat, filename);
    if (!file) {
        sdi_set_error(cat, SD_ERR_NOMEM, NULL, 0, 0, 0, "out of memory");
        return SD_ERR_NOMEM;
    }
    if (cat->keep_statements != SD_KEEP_ALL)
        sdi_statement_log_release(&cat->statements);
    if (cat->keep_statements == SD_KEEP_LAST_CALL_NO_LINT)
        cat->lint_forgotten = true;   /* its risky statements are not kept */
    unsigned long failures = sdi_alloc_failures();
    int rc = sdi_apply(cat, sql ? sql : "", len, file);
    if (rc != SD_ERR_NOMEM && sdi_alloc_failures() != failures) {
        /* a failure absorbed on the way: the result cannot be trusted */
        sdi_set_error(cat, SD_ERR_NOMEM, file, 0, 0, 0, "out of memory");
        rc = SD_ERR_NOMEM;
    }
    return rc;
}

EXPORT int sd_catalog_apply_file(sd_catalog *cat, const char *path)
{
    if (!cat || !path)
        return SD_ERR_MISUSE;
    clear_error(cat);
    FILE *f = fopen(path, "rb");
    if (!f) {
        const char *file = sdi_catalog_intern_file(cat, path);
        sdi_set_error(cat, SD_ERR_IO, file, 0, 0, 0, "cannot open: %s", strerror(errno));
        return SD_ERR_IO;
    }
    sdi_str text = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sdi_str_addn(&text, chunk, n);
    bool bad = ferror(f);
    int err = errno;
    fclose(f);
    if (bad || text.oom) {
        sdi_str_free(&text);
        const char *file = sdi_catalog_intern_file(cat, path);
        if (bad)
            sdi_set_error(cat, SD_ERR_IO, file, 0, 0, 0, "cannot read: %s", strerror(err));
        else
            sdi_set_error(cat, SD_ERR_NOMEM, file, 0, 0, 0, "out of memory");
        return bad ? SD_ERR_IO : SD_ERR_NOMEM;
    }
    int rc = sd_catalog_apply_sql(cat, text.data ? text.data : "", text.len, path);
    sdi_str_free(&text);
    return rc;
}

EXPORT const char *sd_catalog_errmsg(const sd_catalog *cat)
{
    return cat && cat->errmsg ? cat->errmsg : "";
}
EXPORT int sd_catalog_errcode(const sd_catalog *cat) { return cat ? cat->errcode : SD_ERR_MISUSE; }
EXPORT const char *sd_catalog_error_file(const sd_catalog *cat) { return cat ? cat->errfile : NULL; }
EXPORT uint32_t sd_catalog_error_line(const sd_catalog *cat) { return cat ? cat->errline : 0; }
EXPORT uint32_t sd_catalog_error_col(const sd_catalog *cat) { return cat ? cat->errcol : 0; }
EXPORT size_t sd_catalog_error_offset(const sd_catalog *cat) { return cat ? cat->erroff : 0; }

/* ---- statements ---- */

EXPORT size_t sd_catalog_statement_count(const sd_catalog *cat) { return cat ? cat->statements.len : 0; }
EXPORT const sd_statement *sd_catalog_statement_at(const sd_catalog *cat, size_t i)
{
    return cat && i >= cat->statements.base && i < cat->statements.len ? sdi_statement_at(&cat->statements, i)
                                                                        : NULL;
}

EXPORT int sd_catalog_keep_statements(sd_catalog *cat, int keep)
{
    if (!cat || (keep != SD_KEEP_ALL && keep != SD_KEEP_LAST_CALL && keep != SD_KEEP_LAST_CALL_NO_LINT))
        return SD_ERR_MISUSE;
    cat->keep_statements = keep;
    return SD_OK;
}
EXPORT int sd_statement_outcome(const sd_statement *st) { return st ? st->outcome : 0; }
EXPORT const char *sd_statement_tag(const sd_statement *st) { return st && st->tag ? st->tag : ""; }
EXPORT unsigned sd_statement_risks(const sd_statement *st) { return st ? st->risks : 0; }
EXPORT const char *sd_statement_reason(const sd_statement *st)
{
    return st && st->reason ? st->reason : "";
}
EXPORT const char *sd_statement_file(const sd_statement *st) { return st ? st->file : NULL; }
EXPORT uint32_t sd_statement_line(const sd_statement *st) { return st ? st->line : 0; }
EXPORT uint32_t sd_statement_col(const sd_statement *st) { return st ? st->col : 0; }
EXPORT size_t sd_statement_offset(const sd_statement *st) { return st ? st->offset : 0; }
EXPORT size_t sd_statement_length(const sd_statement *st) { return st ? st->length : 0; }

/* ---- objects ---- */

EXPORT size_t sd_catalog_schema_count(const sd_catalog *cat)
{
    sdi_catalog_settle(cat);
    return cat ? cat->schemas.len : 0;
}
EXPORT const sd_schema *sd_catalog_schema_at(const sd_catalog *cat, size_t i)
{
    sdi_catalog_settle(cat);
    return cat && i < cat->schemas.len ? cat->schemas.items[i] : NULL;
}
EXPORT const sd_schema *sd_catalog_schema_find(const sd_catalog *cat, const char *name, size_t len)
{
    if (!cat || !name || memchr(name, 0, len))
        return NULL;   /* no stored name holds a NUL */
    sdi_catalog_settle(cat);
    char *n = sdi_strndup(name, len);
    if (!n)
        return NULL;
    const sd_schema *s = sdi_schema_find(cat, n);
    sdi_free(n);
    return s;
}
EXPORT const char *sd_schema_name(const sd_schema *s) { return s ? s->name : NULL; }
EXPORT size_t sd_schema_table_count(const sd_schema *s) { return s ? s->tables.len : 0; }
EXPORT const sd_table *sd_schema_table_at(const sd_schema *s, size_t i)
{
    return s && i < s->tables.len ? s->tables.items[i] : NULL;
}
EXPORT const sd_table *sd_schema_table_find(const sd_schema *s, const char *name, size_t len)
{
    if (!s || !name || memchr(name, 0, len))
        return NULL;
    char *key = sdi_strndup(name, len);
    if (!key)
        return NULL;
    if (s->dialect == SD_DIALECT_SQLITE)
        for (char *c = key; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
    sdi_rel *r = sdi_map_get(&s->relations, key);
    sdi_free(key);
    return r && r->kind == SDI_REL_TABLE ? r->obj : NULL;
}

EXPORT const char *sd_table_name(const sd_table *t) { return t ? t->name : NULL; }
EXPORT const sd_schema *sd_table_schema(const sd_table *t) { return t ? t->schema : NULL; }
EXPORT size_t sd_table_column_count(const sd_table *t) { return t ? t->columns.len : 0; }
EXPORT const sd_column *sd_table_column_at(const sd_table *t, size_t i)
{
    return t && i < t->columns.len ? t->columns.items[i] : NULL;
}
EXPORT size_t sd_table_constraint_count(const sd_table *t) { return t ? t->constraints.len : 0; }
EXPORT const sd_constraint *sd_table_constraint_at(const sd_table *t, size_t i)
{
    return t && i < t->constraints.len ? t->constraints.items[i] : NULL;
}
EXPORT size_t sd_table_index_count(const sd_table *t) { return t ? t->indexes.len : 0; }
EXPORT const sd_index *sd_table_index_at(const sd_table *t, size_t i)
{
    return t && i < t->indexes.len ? t->indexes.items[i] : NULL;
}

EXPORT const char *sd_column_name(const sd_column *c) { return c ? c->name : NULL; }
EXPORT const char *sd_column_type(const sd_column *c) { return c ? c->type : NULL; }
EXPORT const char *sd_column_declared_type(const sd_column *c) { return c ? c->declared : NULL; }
EXPORT int sd_column_not_null(const sd_column *c) { return c ? c->not_null : 0; }
EXPORT const char *sd_column_default(const sd_column *c) { return c ? c->default_text : NULL; }

EXPORT const char *sd_constraint_name(const sd_constraint *k) { return k ? k->name : NULL; }
EXPORT int sd_constraint_kind(const sd_constraint *k) { return k ? k->kind : 0; }
EXPORT size_t sd_constraint_column_count(const sd_constraint *k) { return k ? k->ncols : 0; }
EXPORT const char *sd_constraint_column_at(const sd_constraint *k, size_t i)
{
    return k && i < k->ncols ? k->cols[i] : NULL;
}
EXPORT const char *sd_constraint_expression(const sd_constraint *k)
{
    return k && k->kind == SD_CONSTRAINT_CHECK ? k->expr : NULL;
}
EXPORT const char *sd_constraint_ref_schema(const sd_constraint *k)
{
    return k && k->kind == SD_CONSTRAINT_FOREIGN_KEY ? k->ref_schema : NULL;
}
EXPORT const char *sd_constraint_ref_table(const sd_constraint *k)
{
    return k && k->kind == SD_CONSTRAINT_FOREIGN_KEY ? k->ref_table : NULL;
}
EXPORT size_t sd_constraint_ref_column_count(const sd_constraint *k) { return k ? k->nref_cols : 0; }
EXPORT const char *sd_constraint_ref_column_at(const sd_constraint *k, size_t i)
{
    return k && i < k->nref_cols ? k->ref_cols[i] : NULL;
}
EXPORT const char *sd_constraint_on_delete(const sd_constraint *k)
{
    return k && k->kind == SD_CONSTRAINT_FOREIGN_KEY ? sdi_fk_action_word(k->on_delete) : NULL;
}
EXPORT const char *sd_constraint_on_update(const sd_constraint *k)
{
    return k && k->kind == SD_CONSTRAINT_FOREIGN_KEY ? sdi_fk_action_word(k->on_update) : NULL;
}

EXPORT const char *sd_index_name(const sd_index *ix) { return ix ? ix->name : NULL; }
EXPORT int sd_index_is_unique(const sd_index *ix) { return ix ? ix->unique : 0; }
EXPORT int sd_index_is_primary(const sd_index *ix) { return ix ? ix->primary : 0; }
EXPORT const char *sd_index_method(const sd_index *ix) { return ix ? ix->method : NULL; }
EXPORT size_t sd_index_key_count(const sd_index *ix) { return ix ? ix->nkeys : 0; }
EXPORT const char *sd_index_key_at(const sd_index *ix, size_t i)
{
    if (!ix || i >= ix->nkeys)
        return NULL;
    return ix->keys[i].column ? ix->keys[i].column : ix->keys[i].expr;
}
EXPORT int sd_index_key_is_expression(const sd_index *ix, size_t i)
{
    return ix && i < ix->nkeys && !ix->keys[i].column;
}
EXPORT int sd_index_key_is_descending(const sd_index *ix, size_t i)
{
    return ix && i < ix->nkeys && ix->keys[i].desc;
}
EXPORT const char *sd_index_predicate(const sd_index *ix) { return ix ? ix->where : NULL; }

static int location(const sdi_loc *created, const sdi_loc *changed, int which, const char **file,
                    uint32_t *line, uint32_t *col)
{
    const sdi_loc *l = which == SD_LOCATION_CREATED ? created
                       : which == SD_LOCATION_CHANGED ? changed
                                                      : NULL;
    if (!l)
        return SD_ERR_MISUSE;
    if (file)
        *file = l->file;
    if (line)
        *line = l->line;
    if (col)
        *col = l->col;
    return SD_OK;
}

EXPORT int sd_table_location(const sd_table *t, int which, const char **file, uint32_t *line,
                             uint32_t *col)
{
    return t ? location(&t->created, &t->changed, which, file, line, col) : SD_ERR_MISUSE;
}
EXPORT int sd_column_location(const sd_column *c, int which, const char **file, uint32_t *line,
                              uint32_t *col)
{
    return c ? location(&c->created, &c->changed, which, file, line, col) : SD_ERR_MISUSE;
}
EXPORT int sd_index_location(const sd_index *ix, int which, const char **file, uint32_t *line,
                             uint32_t *col)
{
    return ix ? location(&ix->created, &ix->changed, which, file, line, col) : SD_ERR_MISUSE;
}
EXPORT int sd_constraint_location(const sd_constraint *k, int which, const char **file,
                                  uint32_t *line, uint32_t *col)
{
    return k ? location(&k->created, &k->changed, which, file, line, col) : SD_ERR_MISUSE;
}

/* ---- serialisation ---- */

EXPORT int sd_catalog_serialize(const sd_catalog *cat, int format, sd_buf **out)
{
    if (!cat || !out || (format != SD_FORMAT_JSON && format != SD_FORMAT_SQL))
        return SD_ERR_MISUSE;
    *out = NULL;
    sdi_catalog_settle(cat);
    unsigned long failures = sdi_alloc_failures();
    sdi_str s = {0};
    int rc = format == SD_FORMAT_JSON ? sdi_serialize_json(cat, &s) : sdi_serialize_sql(cat, &s);
    if (rc == SD_OK && (s.oom || sdi_alloc_failures() != failures))
        rc = SD_ERR_NOMEM;
    if (rc != SD_OK) {
        sdi_str_free(&s);
        return rc;
    }
    return sdi_buf_from_str(&s, out);
}

EXPORT int sd_catalog_write(const sd_catalog *cat, int format, sd_write_fn write, void *ctx)
{
    if (!cat || !write || (format != SD_FORMAT_JSON && format != SD_FORMAT_SQL))
        return SD_ERR_MISUSE;
    sdi_catalog_settle(cat);
    unsigned long failures = sdi_alloc_failures();
    sdi_str s = {.sink = write, .sink_ctx = ctx};
    int rc = format == SD_FORMAT_JSON ? sdi_serialize_json(cat, &s) : sdi_serialize_sql(cat, &s);
    if (rc == SD_OK && (s.oom || sdi_alloc_failures() != failures))
        rc = SD_ERR_NOMEM;
    if (rc == SD_OK)
        sdi_str_flush_point(&s, 0);
    if (rc == SD_OK && s.sink_failed)
        rc = SD_ERR_IO;
    sdi_str_free(&s);
    return rc;
}

int sdi_buf_from_str(sdi_str *s, sd_buf **out)
{
    sd_buf *b = s->oom ? NULL : sdi_malloc(sizeof *b);
    if (!b) {
        sdi_str_free(s);
        return SD_ERR_NOMEM;
    }
    b->len = s->len;
    b->data = sdi_str_take(s);
    if (!b->data) {
        sdi_free(b);
        return SD_ERR_NOMEM;
    }
    *out = b;
    return SD_OK;
}

EXPORT const char *sd_buf_data(const sd_buf *buf, size_t *len_out)
{
    if (len_out)
        *len_out = buf ? buf->len : 0;
    return buf ? buf->data : NULL;
}

EXPORT void sd_buf_dispose(sd_buf *buf)
{
    if (!buf)
        return;
    sdi_free(buf->data);
    sdi_free(buf);
}

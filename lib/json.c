/* Serialisation of the catalog as JSON ("format": 1, docs/catalog-json.md):
 * deterministic order and layout so golden files and bindings can compare
 * output byte for byte. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sd_internal.h"

#define JSON_FORMAT_VERSION 1

void sdi_json_string(sdi_str *o, const char *s)
{
    if (!s) {
        sdi_str_add(o, "null");
        return;
    }
    sdi_str_addc(o, '"');
    for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
        switch (*c) {
        case '"': sdi_str_add(o, "\\\""); break;
        case '\\': sdi_str_add(o, "\\\\"); break;
        case '\n': sdi_str_add(o, "\\n"); break;
        case '\r': sdi_str_add(o, "\\r"); break;
        case '\t': sdi_str_add(o, "\\t"); break;
        default:
            if (*c < 0x20)
                sdi_str_addf(o, "\\u%04x", *c);
            else
                sdi_str_addc(o, (char)*c);
        }
    }
    sdi_str_addc(o, '"');
}

/* A new line: where streamed output may be handed on. */
static void indent(sdi_str *o, int n)
{
    sdi_str_flush_point(o, SDI_STREAM_CHUNK);
    sdi_str_addc(o, '\n');
    for (int i = 0; i < n; i++)
        sdi_str_add(o, "  ");
}

static void key(sdi_str *o, int n, const char *k, bool first)
{
    if (!first)
        sdi_str_addc(o, ',');
    indent(o, n);
    sdi_json_string(o, k);
    sdi_str_add(o, ": ");
}

static void loc(sdi_str *o, const sdi_loc *l)
{
    if (!l->file) {
        sdi_str_add(o, "null");
        return;
    }
    sdi_str_add(o, "{\"file\": ");
    sdi_json_string(o, l->file);
    sdi_str_addf(o, ", \"line\": %u, \"col\": %u}", l->line, l->col);
}

static void name_array(sdi_str *o, char **v, size_t n)
{
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sdi_str_add(o, ", ");
        sdi_json_string(o, v[i]);
    }
    sdi_str_addc(o, ']');
}

const char *sdi_fk_action_word(int action)
{
    switch (action) {
    case SDI_FK_RESTRICT: return "restrict";
    case SDI_FK_CASCADE: return "cascade";
    case SDI_FK_SET_NULL: return "set null";
    case SDI_FK_SET_DEFAULT: return "set default";
    default: return "no action";
    }
}

static const char *match_word(int m)
{
    return m == SDI_MATCH_FULL ? "full" : m == SDI_MATCH_PARTIAL ? "partial" : "simple";
}

static const char *kind_word(int k)
{
    switch (k) {
    case SD_CONSTRAINT_PRIMARY_KEY: return "primary_key";
    case SD_CONSTRAINT_UNIQUE: return "unique";
    case SD_CONSTRAINT_CHECK: return "check";
    case SD_CONSTRAINT_EXCLUSION: return "exclusion";
    default: return "foreign_key";
    }
}

static void column_json(sdi_str *o, const sd_catalog *cat, const sd_column *c, int n)
{
    sdi_str_add(o, "{");
    key(o, n + 1, "name", true);
    sdi_json_string(o, c->name);
    key(o, n + 1, "type", false);
    sdi_json_string(o, c->type);
    key(o, n + 1, "not_null", false);
    sdi_str_add(o, c->not_null ? "true" : "false");
    key(o, n + 1, "default", false);
    sdi_json_string(o, c->default_text);
    if (cat->dialect == SD_DIALECT_SQLITE) {
        key(o, n + 1, "pk", false);
        sdi_str_addf(o, "%d", c->pk);
    }
    key(o, n + 1, "identity", false);
    sdi_json_string(o, c->identity == 1 ? "always" : c->identity == 2 ? "by default" : NULL);
    key(o, n + 1, "generated", false);
    sdi_json_string(o, c->generated == 1 ? "stored" : c->generated == 2 ? "virtual" : NULL);
    if (cat->dialect == SD_DIALECT_POSTGRES) {
        key(o, n + 1, "comment", false);
        sdi_json_string(o, c->comment);
    }
    key(o, n + 1, "declared", false);
    sdi_json_string(o, c->declared);
    key(o, n + 1, "created", false);
    loc(o, &c->created);
    key(o, n + 1, "changed", false);
    loc(o, &c->changed);
    indent(o, n);
    sdi_str_addc(o, '}');
}

static void constraint_json(sdi_str *o, const sd_catalog *cat, const sd_constraint *k, int n)
{
    sdi_str_add(o, "{");
    key(o, n + 1, "name", true);
    sdi_json_string(o, k->name);
    key(o, n + 1, "kind", false);
    sdi_json_string(o, kind_word(k->kind));
    if (k->kind == SD_CONSTRAINT_CHECK) {
        key(o, n + 1, "expression", false);
        sdi_json_string(o, k->expr);
    } else {
        key(o, n + 1, "columns", false);
        name_array(o, k->cols, k->ncols);
    }
    if (k->kind == SD_CONSTRAINT_EXCLUSION) {
        key(o, n + 1, "definition", false);
        sdi_json_string(o, k->expr);
    }
    if (k->kind == SD_CONSTRAINT_FOREIGN_KEY) {
        key(o, n + 1, "ref_schema", false);
        sdi_json_string(o, k->ref_schema);
        key(o, n + 1, "ref_table", false);
        sdi_json_string(o, k->ref_table);
        key(o, n + 1, "ref_columns", false);
        name_array(o, k->ref_cols, k->nref_cols);
        key(o, n + 1, "on_update", false);
        sdi_json_string(o, sdi_fk_action_word(k->on_update));
        key(o, n + 1, "on_delete", false);
        sdi_json_string(o, sdi_fk_action_word(k->on_delete));
        key(o, n + 1, "match", false);
        sdi_json_string(o, match_word(k->match));
    }
    if (k->kind != SD_CONSTRAINT_CHECK) {
        key(o, n + 1, "deferrable", false);
        sdi_str_add(o, k->deferrable ? "true" : "false");
        key(o, n + 1, "initially_deferred", false);
        sdi_str_add(o, k->deferred ? "true" : "false");
    }
    if (cat->dialect == SD_DIALECT_POSTGRES) {
        key(o, n + 1, "comment", false);
        sdi_json_string(o, k->comment);
    }
    key(o, n + 1, "created", false);
    loc(o, &k->created);
    indent(o, n);
    sdi_str_addc(o, '}');
}

/* "schema.name" as a JSON string, or null when name is NULL. */
static void qualified_string(sdi_str *o, const char *schema, const char *name)
{
    if (!name) {
        sdi_json_string(o, NULL);
        return;
    }
    sdi_str q = {0};
    sdi_str_add(&q, schema);
    sdi_str_addc(&q, '.');
    sdi_str_add(&q, name);
    if (q.oom)
        o->oom = true;
    sdi_json_string(o, q.data);
    sdi_str_free(&q);
}

static void index_json(sdi_str *o, const sd_catalog *cat, const sd_index *ix, int n)
{
    bool pg = cat->dialect == SD_DIALECT_POSTGRES;
    sdi_str_add(o, "{");
    key(o, n + 1, "name", true);
    sdi_json_string(o, ix->name);
    key(o, n + 1, "unique", false);
    sdi_str_add(o, ix->unique ? "true" : "false");
    key(o, n + 1, "primary", false);
    sdi_str_add(o, ix->primary ? "true" : "false");
    if (pg) {
        key(o, n + 1, "nulls_not_distinct", false);
        sdi_str_add(o, ix->nulls_not_distinct ? "true" : "false");
    }
    if (pg) {
        key(o, n + 1, "method", false);
        sdi_json_string(o, ix->method);
        key(o, n + 1, "partition_of", false);
        qualified_string(o, ix->parent ? ix->parent->table->schema->name : NULL, ix->parent ? ix->parent->name : NULL);
        key(o, n + 1, "comment", false);
        sdi_json_string(o, ix->comment);
    } else {
        key(o, n + 1, "origin", false);
        sdi_json_string(o, ix->origin);
    }
    key(o, n + 1, "keys", false);
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < ix->nkeys; i++) {
        const sdi_index_col *k = &ix->keys[i];
        if (i)
            sdi_str_add(o, ", ");
        sdi_str_addc(o, '{');
        if (k->column) {
            sdi_str_add(o, "\"column\": ");
            sdi_json_string(o, k->column);
        } else {
            sdi_str_add(o, "\"expression\": ");
            sdi_json_string(o, k->expr);
        }
        sdi_str_addf(o, ", \"desc\": %s", k->desc ? "true" : "false");
        if (pg)
            sdi_str_addf(o, ", \"nulls_first\": %s", k->nulls_first ? "true" : "false");
        if (k->collation) {
            sdi_str_add(o, ", \"collate\": ");
            sdi_json_string(o, k->collation);
        }
        if (k->opclass) {
            sdi_str_add(o, ", \"opclass\": ");
            sdi_json_string(o, k->opclass);
        }
        sdi_str_addc(o, '}');
    }
    sdi_str_addc(o, ']');
    if (pg) {
        key(o, n + 1, "include", false);
        sdi_str_addc(o, '[');
        for (size_t i = 0; i < ix->ninclude; i++) {
            if (i)
                sdi_str_add(o, ", ");
            sdi_json_string(o, ix->include[i]);
        }
        sdi_str_addc(o, ']');
    }
    key(o, n + 1, "where", false);
    sdi_json_string(o, ix->where);
    if (pg) {
        key(o, n + 1, "constraint", false);
        sdi_json_string(o, ix->constraint);
        key(o, n + 1, "definition", false);
        sdi_str def = {0};
        sdi_pg_index_def(&def, ix);
        if (def.oom)
            o->oom = true;
        sdi_json_string(o, def.data ? def.data : "");
        sdi_str_free(&def);
    } else {
        key(o, n + 1, "sql", false);
        sdi_json_string(o, ix->sql);
    }
    key(o, n + 1, "created", false);
    loc(o, &ix->created);
    indent(o, n);
    sdi_str_addc(o, '}');
}

static void table_json(sdi_str *o, const sd_catalog *cat, const sd_table *t, int n)
{
    bool pg = cat->dialect == SD_DIALECT_POSTGRES;
    sdi_str_add(o, "{");
    key(o, n + 1, "name", true);
    sdi_json_string(o, t->name);
    if (!pg) {
        key(o, n + 1, "sql", false);
        sdi_json_string(o, t->sql);
        key(o, n + 1, "strict", false);
        sdi_str_add(o, t->strict ? "true" : "false");
        key(o, n + 1, "without_rowid", false);
        sdi_str_add(o, t->without_rowid ? "true" : "false");
    }
    key(o, n + 1, "columns", false);
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < t->columns.len; i++) {
        if (i)
            sdi_str_addc(o, ',');
        indent(o, n + 2);
        column_json(o, cat, t->columns.items[i], n + 2);
    }
    if (t->columns.len)
        indent(o, n + 1);
    sdi_str_addc(o, ']');
    key(o, n + 1, "constraints", false);
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < t->constraints.len; i++) {
        if (i)
            sdi_str_addc(o, ',');
        indent(o, n + 2);
        constraint_json(o, cat, t->constraints.items[i], n + 2);
    }
    if (t->constraints.len)
        indent(o, n + 1);
    sdi_str_addc(o, ']');
    key(o, n + 1, "indexes", false);
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < t->indexes.len; i++) {
        if (i)
            sdi_str_addc(o, ',');
        indent(o, n + 2);
        index_json(o, cat, t->indexes.items[i], n + 2);
    }
    if (t->indexes.len)
        indent(o, n + 1);
    sdi_str_addc(o, ']');
    if (pg) {
        key(o, n + 1, "comment", false);
        sdi_json_string(o, t->comment);
        key(o, n + 1, "kind", false);
        sdi_json_string(o, t->partition_key ? "partitioned table" : "table");
        key(o, n + 1, "partition_key", false);
        sdi_json_string(o, t->partition_key);
        key(o, n + 1, "partition_of", false);
        qualified_string(o, t->partition_of ? t->partition_of->schema->name : NULL,
                         t->partition_of ? t->partition_of->name : NULL);
        key(o, n + 1, "partition_bound", false);
        sdi_json_string(o, t->partition_bound);
        key(o, n + 1, "inherits", false);
        sdi_str_addc(o, '[');
        for (size_t i = 0; i < t->inherits.len; i++) {
            const sd_table *pt = t->inherits.items[i];
            if (i)
                sdi_str_add(o, ", ");
            qualified_string(o, pt->schema->name, pt->name);
        }
        sdi_str_addc(o, ']');
        key(o, n + 1, "row_level_security", false);
        sdi_str_add(o, t->rls ? "true" : "false");
        key(o, n + 1, "force_row_level_security", false);
        sdi_str_add(o, t->rls_forced ? "true" : "false");
    }
    if (pg) {
        key(o, n + 1, "policies", false);
        sdi_str_addc(o, '[');
        for (size_t i = 0; i < t->policies.len; i++) {
            const sdi_policy *pol = t->policies.items[i];
            if (i)
                sdi_str_addc(o, ',');
            indent(o, n + 2);
            sdi_str_add(o, "{\"name\": ");
            sdi_json_string(o, pol->name);
            sdi_str_add(o, ", \"command\": ");
            sdi_json_string(o, pol->command);
            sdi_str_add(o, pol->permissive ? ", \"permissive\": true" : ", \"permissive\": false");
            sdi_str_add(o, ", \"roles\": [");
            for (size_t r = 0; r < pol->roles.len; r++) {
                if (r)
                    sdi_str_add(o, ", ");
                sdi_json_string(o, pol->roles.items[r]);
            }
            sdi_str_addc(o, ']');
            sdi_str_add(o, ", \"using\": ");
            sdi_json_string(o, pol->using_text);
            sdi_str_add(o, ", \"with_check\": ");
            sdi_json_string(o, pol->check_text);
            sdi_str_add(o, ", \"created\": ");
            loc(o, &pol->created);
            sdi_str_addc(o, '}');
        }
        if (t->policies.len)
            indent(o, n + 1);
        sdi_str_addc(o, ']');
    }
    key(o, n + 1, "triggers", false);
    sdi_str_addc(o, '[');
    for (size_t i = 0; i < t->triggers.len; i++) {
        const sdi_trigger *g = t->triggers.items[i];
        if (i)
            sdi_str_addc(o, ',');
        indent(o, n + 2);
        sdi_str_add(o, "{\"name\": ");
        sdi_json_string(o, g->name);
        sdi_str_add(o, pg ? ", \"definition\": " : ", \"sql\": ");
        sdi_json_string(o, g->definition);
        if (pg)
            sdi_str_addf(o, ", \"enabled\": \"%c\"", g->enabled);
        sdi_str_add(o, ", \"created\": ");
        loc(o, &g->created);
        sdi_str_addc(o, '}');
    }
    if (t->triggers.len)
        indent(o, n + 1);
    sdi_str_addc(o, ']');
    key(o, n + 1, "created", false);
    loc(o, &t->created);
    key(o, n + 1, "changed", false);
    loc(o, &t->changed);
    indent(o, n);
    sdi_str_addc(o, '}');
}

static int cmp_view_name(const void *a, const void *b)
{
    return strcmp((*(const sdi_view *const *)a)->name, (*(const sdi_view *const *)b)->name);
}

/* Views are kept in creation order (for the SQL dump); JSON lists them by
 * name. Heap array; NULL when empty or on oom. */
static const sdi_view **sorted_views(const sd_schema *s)
{
    if (!s->views.len)
        return NULL;
    const sdi_view **v = sdi_malloc(s->views.len * sizeof *v);
    if (!v)
        return NULL;
    memcpy(v, s->views.items, s->views.len * sizeof *v);
    qsort(v, s->views.len, sizeof *v, cmp_view_name);
    return v;
}

int sdi_serialize_json(const sd_catalog *cat, sdi_str *o)
{
    sdi_str_addf(o, "{\n  \"format\": %d,\n  \"dialect\": ", JSON_FORMAT_VERSION);
    sdi_json_string(o, cat->dialect == SD_DIALECT_POSTGRES ? "postgres" : "sqlite");
    if (cat->dialect == SD_DIALECT_POSTGRES) {
        sdi_str_add(o, ",\n  \"extensions\": [");
        for (size_t i = 0; i < cat->extensions.len; i++) {
            const sdi_extension *x = cat->extensions.items[i];
            sdi_str_add(o, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
            sdi_json_string(o, x->name);
            sdi_str_add(o, ", \"schema\": ");
            sdi_json_string(o, x->schema);
            sdi_str_add(o, ", \"created\": ");
            loc(o, &x->created);
            sdi_str_addc(o, '}');
        }
        sdi_str_add(o, cat->extensions.len ? "\n  ]" : "]");
    }
    sdi_str_add(o, ",\n  \"schemas\": [");
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        if (si)
            sdi_str_addc(o, ',');
        indent(o, 2);
        sdi_str_addc(o, '{');
        key(o, 3, "name", true);
        sdi_json_string(o, s->name);
        if (cat->dialect == SD_DIALECT_POSTGRES) {
            key(o, 3, "comment", false);
            sdi_json_string(o, s->comment);
        }
        key(o, 3, "created", false);
        loc(o, &s->created);
        key(o, 3, "tables", false);
        sdi_str_addc(o, '[');
        for (size_t i = 0; i < s->tables.len; i++) {
            if (i)
                sdi_str_addc(o, ',');
            indent(o, 4);
            table_json(o, cat, s->tables.items[i], 4);
        }
        if (s->tables.len)
            indent(o, 3);
        sdi_str_addc(o, ']');
        if (cat->dialect == SD_DIALECT_SQLITE) {
            key(o, 3, "views", false);
            sdi_str_addc(o, '[');
            const sdi_view **views = sorted_views(s);
            if (!views && s->views.len) {
                o->oom = true;
                return SD_ERR_NOMEM;
            }
            for (size_t i = 0; i < s->views.len; i++) {
                if (i)
                    sdi_str_addc(o, ',');
                indent(o, 4);
                sdi_str_add(o, "{\"name\": ");
                sdi_json_string(o, views[i]->name);
                sdi_str_add(o, ", \"sql\": ");
                sdi_json_string(o, views[i]->sql);
                sdi_str_add(o, ", \"created\": ");
                loc(o, &views[i]->created);
                sdi_str_addc(o, '}');
            }
            sdi_free(views);
            if (s->views.len)
                indent(o, 3);
            sdi_str_addc(o, ']');
        }
        if (cat->dialect == SD_DIALECT_POSTGRES) {
            key(o, 3, "types", false);
            sdi_str_addc(o, '[');
            for (size_t i = 0; i < s->types.len; i++) {
                const sdi_usertype *u = s->types.items[i];
                if (i)
                    sdi_str_addc(o, ',');
                indent(o, 4);
                sdi_str_add(o, "{\"name\": ");
                sdi_json_string(o, u->name);
                if (u->kind == SDI_TYPE_ENUM) {
                    sdi_str_add(o, ", \"kind\": \"enum\", \"labels\": ");
                    name_array(o, (char **)u->labels.items, u->labels.len);
                } else if (u->kind == SDI_TYPE_DOMAIN) {
                    sdi_str_add(o, ", \"kind\": \"domain\", \"type\": ");
                    sdi_json_string(o, u->base);
                    sdi_str_addf(o, ", \"not_null\": %s, \"default\": ", u->not_null ? "true" : "false");
                    sdi_json_string(o, u->default_text);
                } else if (u->kind == SDI_TYPE_RANGE) {
                    sdi_str_add(o, ", \"kind\": \"range\", \"subtype\": ");
                    sdi_json_string(o, u->base);
                } else if (u->kind == SDI_TYPE_MULTIRANGE) {
                    sdi_str_add(o, ", \"kind\": \"multirange\", \"range\": ");
                    sdi_json_string(o, u->base);
                } else {
                    sdi_str_add(o, ", \"kind\": \"composite\", \"attributes\": [");
                    for (size_t k = 0; k + 1 < u->attrs.len; k += 2) {
                        sdi_str_add(o, k ? ", [" : "[");
                        sdi_json_string(o, u->attrs.items[k]);
                        sdi_str_add(o, ", ");
                        sdi_json_string(o, u->attrs.items[k + 1]);
                        sdi_str_addc(o, ']');
                    }
                    sdi_str_addc(o, ']');
                }
                sdi_str_add(o, ", \"comment\": ");
                sdi_json_string(o, u->comment);
                sdi_str_add(o, ", \"created\": ");
                loc(o, &u->created);
                sdi_str_addc(o, '}');
            }
            if (s->types.len)
                indent(o, 3);
            sdi_str_addc(o, ']');
            key(o, 3, "views", false);
            sdi_str_addc(o, '[');
            const sdi_view **views = sorted_views(s);
            if (!views && s->views.len) {
                o->oom = true;
                return SD_ERR_NOMEM;
            }
            for (size_t i = 0; i < s->views.len; i++) {
                const sdi_view *v = views[i];
                if (i)
                    sdi_str_addc(o, ',');
                indent(o, 4);
                sdi_str_add(o, "{\"name\": ");
                sdi_json_string(o, v->name);
                sdi_str_add(o, v->materialized ? ", \"materialized\": true, \"columns\": "
                                               : ", \"materialized\": false, \"columns\": ");
                if (v->columns_known)
                    name_array(o, (char **)v->columns.items, v->columns.len);
                else
                    sdi_str_add(o, "null");
                sdi_str_add(o, ", \"query\": ");
                sdi_json_string(o, v->query);
                sdi_str_add(o, ", \"comment\": ");
                sdi_json_string(o, v->comment);
                sdi_str_add(o, ", \"created\": ");
                loc(o, &v->created);
                sdi_str_addc(o, '}');
            }
            sdi_free(views);
            if (s->views.len)
                indent(o, 3);
            sdi_str_addc(o, ']');
            key(o, 3, "functions", false);
            sdi_str_addc(o, '[');
            for (size_t i = 0; i < s->routines.len; i++) {
                const sdi_routine *r = s->routines.items[i];
                if (i)
                    sdi_str_addc(o, ',');
                indent(o, 4);
                sdi_str_add(o, "{\"signature\": ");
                sdi_json_string(o, r->identity);
                sdi_str_add(o, r->kind == 1 ? ", \"kind\": \"function\", \"returns\": "
                                            : ", \"kind\": \"procedure\", \"returns\": ");
                sdi_json_string(o, r->returns);
                sdi_str_add(o, ", \"language\": ");
                sdi_json_string(o, r->language);
                sdi_str_add(o, ", \"body\": ");
                sdi_json_string(o, r->body);
                sdi_str_add(o, ", \"created\": ");
                loc(o, &r->created);
                sdi_str_addc(o, '}');
            }
            if (s->routines.len)
                indent(o, 3);
            sdi_str_addc(o, ']');
            key(o, 3, "sequences", false);
            sdi_str_addc(o, '[');
            for (size_t i = 0; i < s->sequences.len; i++) {
                const sdi_sequence *q = s->sequences.items[i];
                if (i)
                    sdi_str_addc(o, ',');
                indent(o, 4);
                sdi_str_add(o, "{\"name\": ");
                sdi_json_string(o, q->name);
                sdi_str_add(o, ", \"type\": ");
                sdi_json_string(o, q->type);
                sdi_str_add(o, ", \"comment\": ");
                sdi_json_string(o, q->comment);
                sdi_str_add(o, ", \"owned_by\": ");
                if (q->owner && !q->identity) {
                    sdi_str ob = {0};
                    sdi_str_add(&ob, q->owner->name);
                    sdi_str_addc(&ob, '.');
                    sdi_str_add(&ob, q->owner_column);
                    if (ob.oom)
                        o->oom = true;
                    sdi_json_string(o, ob.data ? ob.data : "");
                    sdi_str_free(&ob);
                } else {
                    sdi_str_add(o, "null");
                }
                sdi_str_add(o, ", \"created\": ");
                loc(o, &q->created);
                sdi_str_addc(o, '}');
            }
            if (s->sequences.len)
                indent(o, 3);
            sdi_str_addc(o, ']');
        }
        indent(o, 2);
        sdi_str_addc(o, '}');
    }
    if (cat->schemas.len)
        sdi_str_add(o, "\n  ");
    sdi_str_add(o, "]\n}\n");
    return o->oom ? SD_ERR_NOMEM : SD_OK;
}

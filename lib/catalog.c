/* The in-memory catalog: schemas, tables, columns, constraints, indexes and
 * sequences, the per-schema relation namespace, PostgreSQL's rules for
 * choosing implicit names (makeObjectName, ChooseRelationName,
 * ChooseConstraintName), and deterministic ordering for iteration. */
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"


const char *sdi_catalog_intern_file(sd_catalog *cat, const char *name)
{
    if (!name)
        name = "<input>";
    return sdi_text_pool_get(&cat->files, name);
}

int sdi_column_set_type(sd_catalog *cat, sd_column *c, const char *type, const char *base, const char *declared)
{
    const char *t = sdi_text_pool_get(&cat->type_texts, type);
    const char *b = t ? sdi_text_pool_get(&cat->type_texts, base ? base : type) : NULL;
    const char *d = declared && b ? sdi_text_pool_get(&cat->type_texts, declared) : c->declared ? c->declared : t;
    if (!t || !b || !d)
        return SD_ERR_NOMEM;
    c->type = t;
    c->type_base = b;
    c->declared = d;
    return SD_OK;
}

/* ---- reverse references ---- */

/* The handles of the objects that have referred to one name in one way.
 * Appended to; compact_referrers sorts, deduplicates and drops retired
 * handles when the list has doubled since it last did. */
typedef struct sdi_referrers {
    uint32_t *h;
    size_t len, cap, compacted;
} sdi_referrers;

static void *handle_object(const sd_catalog *cat, uint32_t handle)
{
    return handle < cat->handles.len ? cat->handles.items[handle] : NULL;
}

static int handle_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void compact_referrers(const sd_catalog *cat, sdi_referrers *r)
{
    if (r->len > 1)
        qsort(r->h, r->len, sizeof *r->h, handle_cmp);
    size_t n = 0;
    for (size_t i = 0; i < r->len; i++)
        if ((n == 0 || r->h[n - 1] != r->h[i]) && handle_object(cat, r->h[i]))
            r->h[n++] = r->h[i];
    r->len = r->compacted = n;
}

static void free_referrers(void *r)
{
    sdi_free(((sdi_referrers *)r)->h);
    sdi_free(r);
}

void sdi_note_referrer(sd_catalog *cat, int kind, const char *name, void *obj, uint32_t *handle)
{
    if (!name)   /* its copy could not be made: the index cannot be trusted */
        cat->referrers_lost = true;
    if (cat->referrers_lost)
        return;
    sdi_referrers *r = sdi_map_get_folded(&cat->referrers[kind], name);
    if (!r) {
        /* the key folded to lower case (the map copies it) */
        size_t len = strlen(name);
        char local[128], *key = len < sizeof local ? local : sdi_malloc(len + 1);
        for (size_t i = 0; key && i <= len; i++)
            key[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] + 32) : name[i];
        r = sdi_calloc(1, sizeof *r);
        bool ok = key && r && sdi_map_put(&cat->referrers[kind], key, r) == SD_OK;
        if (key != local)
            sdi_free(key);
        if (!ok) {
            sdi_free(r);
            cat->referrers_lost = true;
            return;
        }
    }
    if (!obj)
        return;
    if (!*handle) {
        if (!cat->handles.len && sdi_vec_push(&cat->handles, NULL) != SD_OK) {
            cat->referrers_lost = true;   /* handle 0 stays unused */
            return;
        }
        if (cat->handles.len >= UINT32_MAX || sdi_vec_push(&cat->handles, obj) != SD_OK) {
            cat->referrers_lost = true;
            return;
        }
        *handle = (uint32_t)(cat->handles.len - 1);
    }
    if (r->len && r->h[r->len - 1] == *handle)
        return;
    if (r->len >= 2 * r->compacted + 8)
        compact_referrers(cat, r);
    if (r->len == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 4;
        uint32_t *h = sdi_realloc(r->h, cap * sizeof *h);
        if (!h) {
            cat->referrers_lost = true;
            return;
        }
        r->h = h;
        r->cap = cap;
    }
    r->h[r->len++] = *handle;
}

void sdi_retire_handle(sd_catalog *cat, uint32_t handle)
{
    if (handle && handle < cat->handles.len) {
        cat->handles.items[handle] = NULL;
        cat->retired++;
    }
}

typedef struct sweep {
    const sd_catalog *cat;
    bool names_only_too;   /* the kind also notes names with no object: keep every entry */
} sweep;

static bool keep_referrers(void *value, void *ctx)
{
    const sweep *w = ctx;
    sdi_referrers *r = value;
    compact_referrers(w->cat, r);
    if (!r->len && !w->names_only_too) {
        free_referrers(r);
        return false;
    }
    if (r->cap > 2 * r->len + 8) {
        uint32_t *h = sdi_realloc(r->h, (r->len + 4) * sizeof *h);   /* smaller: may keep the old */
        if (h)
            r->h = h, r->cap = r->len + 4;
    }
    return true;
}

void sdi_sweep_referrers(sd_catalog *cat)
{
    size_t entries = 0;
    for (int k = 0; k < SDI_REF_KINDS; k++)
        entries += cat->referrers[k].len;
    /* amortised: a sweep costs the entries and their lists, and comes after
     * at least half as many objects that were referrers have gone */
    if (cat->referrers_lost || cat->retired < 1024 || 2 * cat->retired < entries)
        return;
    for (int k = 0; k < SDI_REF_KINDS; k++) {
        sweep w = {cat, k == SDI_REF_COLUMN_TYPE || k == SDI_REF_TYPE_IN_DEFINITION};
        sdi_map_retain(&cat->referrers[k], keep_referrers, &w);
    }
    cat->retired = 0;
}

bool sdi_maybe_referenced(const sd_catalog *cat, int kind, const char *name)
{
    return cat->referrers_lost || sdi_map_get_folded(&cat->referrers[kind], name) != NULL;
}

bool sdi_foreach_referrer(sd_catalog *cat, int kind, const char *name, bool (*fn)(void *obj, void *ctx),
                          void *ctx)
{
    sdi_referrers *r = cat->referrers_lost ? NULL : sdi_map_get_folded(&cat->referrers[kind], name);
    uint32_t local[64], *copy = local;
    if (r) {
        compact_referrers(cat, r);
        if (r->len > sizeof local / sizeof *local && !(copy = sdi_malloc(r->len * sizeof *copy)))
            r = NULL, cat->referrers_lost = true;   /* cannot copy: scan everything, now and later */
    }
    if (r) {   /* a copy: fn may add to the list */
        size_t n = r->len;
        if (n)   /* an entry noted with no object yet has no list */
            memcpy(copy, r->h, n * sizeof *copy);
        bool go = true;
        for (size_t i = 0; i < n && go; i++) {
            void *obj = handle_object(cat, copy[i]);
            if (obj)
                go = fn(obj, ctx);
        }
        if (copy != local)
            sdi_free(copy);
        return go;
    }
    if (!cat->referrers_lost)
        return true;   /* nothing has referred to the name */
    /* the index is incomplete: every object of the kind, by position, so
     * that fn may drop the one it is given */
    for (size_t si = 0; si < cat->schemas.len; si++) {
        sd_schema *s = cat->schemas.items[si];
        bool views = kind == SDI_REF_VIEW_READS || kind == SDI_REF_VIEW_WORD || kind == SDI_REF_VIEW_STAR;
        sdi_vec *v = views ? &s->views : &s->tables;
        for (size_t i = 0; i < v->len;) {
            size_t before = v->len;
            if (!fn(v->items[i], ctx))
                return false;
            if (v->len == before)
                i++;
        }
    }
    return true;
}

typedef struct fk_visit {
    const sd_catalog *cat;
    const char *schema, *name;
    bool (*fn)(sd_table *o, sd_constraint *k, void *ctx);
    void *ctx;
} fk_visit;

static bool same_key(const sd_catalog *cat, const char *a, const char *b)
{
    return a && (cat->dialect == SD_DIALECT_POSTGRES ? strcmp(a, b) == 0 : strcasecmp(a, b) == 0);
}

static bool visit_fks_of(void *obj, void *ctx)
{
    fk_visit *w = ctx;
    sd_table *o = obj;
    for (size_t i = 0; i < o->constraints.len;) {
        sd_constraint *k = o->constraints.items[i];
        size_t before = o->constraints.len;
        if (k->kind == SD_CONSTRAINT_FOREIGN_KEY && same_key(w->cat, k->ref_table, w->name) &&
            (!w->schema || same_key(w->cat, k->ref_schema, w->schema)) && !w->fn(o, k, w->ctx))
            return false;
        if (o->constraints.len == before)
            i++;
    }
    return true;
}

bool sdi_foreach_fk_to(sd_catalog *cat, const char *schema, const char *name,
                       bool (*fn)(sd_table *o, sd_constraint *k, void *ctx), void *ctx)
{
    fk_visit w = {cat, schema, name, fn, ctx};
    return sdi_foreach_referrer(cat, SDI_REF_FK_TARGET, name, visit_fks_of, &w);
}

char *sdi_name_key(const sd_catalog *cat, const char *name)
{
    char *k = sdi_strdup(name);
    if (k && cat->dialect == SD_DIALECT_SQLITE)
        for (char *c = k; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
    return k;
}

sd_schema *sdi_schema_find(const sd_catalog *cat, const char *name)
{
    for (size_t i = 0; i < cat->schemas.len; i++) {
        sd_schema *s = cat->schemas.items[i];
        if (cat->dialect == SD_DIALECT_SQLITE ? strcasecmp(s->name, name) == 0
                                              : strcmp(s->name, name) == 0)
            return s;
    }
    return NULL;
}

sd_schema *sdi_schema_add(sd_catalog *cat, const char *name, sdi_loc loc)
{
    sd_schema *s = sdi_calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->name = sdi_strdup(name);
    s->dialect = cat->dialect;
    s->created = loc;
    if (!s->name || sdi_vec_push(&cat->schemas, s) != SD_OK) {
        sdi_free(s->name);
        sdi_free(s);
        return NULL;
    }
    return s;
}

bool sdi_row_type_taken(const sd_catalog *cat, sd_schema *s, const char *name)
{
    const sdi_rel *r = sdi_rel_find(cat, s, name);
    return r && (r->kind == SDI_REL_TABLE || r->kind == SDI_REL_VIEW);
}

/* A name's entry in a map keyed by sdi_name_key, without allocating. */
static void *map_get_name(const sd_catalog *cat, const sdi_map *m, const char *name)
{
    return cat->dialect == SD_DIALECT_SQLITE ? sdi_map_get_folded(m, name) : sdi_map_get(m, name);
}

static void map_del_name(const sd_catalog *cat, sdi_map *m, const char *name)
{
    if (cat->dialect == SD_DIALECT_SQLITE)
        sdi_map_del_folded(m, name);
    else
        sdi_map_del(m, name);
}

sdi_rel *sdi_rel_find(const sd_catalog *cat, sd_schema *s, const char *name)
{
    return map_get_name(cat, &s->relations, name);
}

int sdi_rel_add(sd_catalog *cat, sd_schema *s, const char *name, sdi_rel_kind kind, void *obj)
{
    char *k = sdi_name_key(cat, name);
    sdi_rel *r = sdi_malloc(sizeof *r);
    if (!k || !r) {
        sdi_free(k);
        sdi_free(r);
        return SD_ERR_NOMEM;
    }
    r->kind = kind;
    r->obj = obj;
    sdi_rel *old = sdi_map_get(&s->relations, k);
    int rc = sdi_map_put(&s->relations, k, r);
    if (rc != SD_OK)
        sdi_free(r);
    else
        sdi_free(old);
    sdi_free(k);
    return rc;
}

void sdi_rel_remove(sd_catalog *cat, sd_schema *s, const char *name)
{
    sdi_rel *r = map_get_name(cat, &s->relations, name);
    if (r) {
        map_del_name(cat, &s->relations, name);
        sdi_free(r);
    }
}

/* Columns are found by scanning a table's list until it has more than
 * SDI_COLUMN_MAP_MIN columns; then, and from then on, through a map. Most
 * tables are narrow, and a scan costs no memory or allocation per column. */
#define SDI_COLUMN_MAP_MIN 24

static bool column_named(const sd_catalog *cat, const sd_column *c, const char *name)
{
    return cat->dialect == SD_DIALECT_SQLITE ? strcasecmp(c->name, name) == 0 : strcmp(c->name, name) == 0;
}

sd_column *sdi_column_find(const sd_catalog *cat, const sd_table *t, const char *name)
{
    if (t->column_map.cap)
        return map_get_name(cat, &t->column_map, name);
    for (size_t i = 0; i < t->columns.len; i++)
        if (column_named(cat, t->columns.items[i], name))
            return t->columns.items[i];
    return NULL;
}

/* A type text without its array brackets (heap; NULL when out of memory). */
static char *type_key(const char *type)
{
    size_t n = strlen(type);
    if (n > 2 && strcmp(type + n - 2, "[]") == 0)
        n -= 2;
    return sdi_strndup(type, n);
}

void sdi_note_column_type(sd_catalog *cat, sd_table *t, const sd_column *c)
{
    if (!c->type_base)
        return;
    char *key = type_key(c->type_base);
    if (!key)
        cat->referrers_lost = true;
    else if (sdi_maybe_referenced(cat, SDI_REF_COLUMN_TYPE, key))
        sdi_note_referrer(cat, SDI_REF_COLUMN_TYPE, key, t, &t->handle);
    sdi_free(key);
}

void sdi_note_type_in_definition(sd_catalog *cat, const char *type)
{
    if (!type)
        return;
    char *key = type_key(type);
    sdi_note_referrer(cat, SDI_REF_TYPE_IN_DEFINITION, key, NULL, NULL);   /* NULL key: index lost */
    sdi_free(key);
}

static int column_map_put(sd_catalog *cat, sd_table *t, sd_column *c)
{
    char *k = sdi_name_key(cat, c->name);
    int rc = k ? sdi_map_put(&t->column_map, k, c) : SD_ERR_NOMEM;
    sdi_free(k);
    return rc;
}

int sdi_column_add(sd_catalog *cat, sd_table *t, sd_column *c)
{
    if (!c->name)
        return SD_ERR_NOMEM;   /* its name could not be copied */
    sdi_note_regclass_refs(cat, t, c->default_text);
    sdi_note_column_type(cat, t, c);
    if (sdi_vec_push(&t->columns, c) != SD_OK)
        return SD_ERR_NOMEM;
    int rc = SD_OK;
    if (t->column_map.cap) {
        rc = column_map_put(cat, t, c);
    } else if (t->columns.len > SDI_COLUMN_MAP_MIN) {
        /* wide now: index every column */
        for (size_t i = 0; i < t->columns.len && rc == SD_OK; i++)
            rc = column_map_put(cat, t, t->columns.items[i]);
        if (rc != SD_OK)
            sdi_map_free(&t->column_map);   /* back to scanning */
    }
    if (rc != SD_OK)
        t->columns.len--;
    return rc;
}

void sdi_column_remove(const sd_catalog *cat, sd_table *t, sd_column *c)
{
    if (t->column_map.cap)
        map_del_name(cat, &t->column_map, c->name);
    for (size_t i = 0; i < t->columns.len; i++)
        if (t->columns.items[i] == c) {
            sdi_vec_remove_at(&t->columns, i);
            break;
        }
    sdi_column_free(c);
}

int sdi_column_rename(const sd_catalog *cat, sd_table *t, sd_column *c, const char *name)
{
    char *n = sdi_strdup(name);
    if (!n)
        return SD_ERR_NOMEM;
    if (!t->column_map.cap) {
        sdi_free(c->name);
        c->name = n;
        return SD_OK;
    }
    char *old = sdi_name_key(cat, c->name), *k = sdi_name_key(cat, name);
    if (!old || !k) {
        sdi_free(n);
        sdi_free(old);
        sdi_free(k);
        return SD_ERR_NOMEM;
    }
    sdi_map_del(&t->column_map, old);
    sdi_free(old);
    sdi_free(c->name);
    c->name = n;
    int rc = sdi_map_put(&t->column_map, k, c);
    sdi_free(k);
    return rc;
}

/* ---- the statement log ---- */

sd_statement *sdi_statement_append(sdi_statement_log *log)
{
    size_t slot = log->len - log->base;
    if (slot == log->chunks.len * SDI_STATEMENT_CHUNK) {
        sd_statement *chunk = sdi_calloc(SDI_STATEMENT_CHUNK, sizeof *chunk);
        if (!chunk || sdi_vec_push(&log->chunks, chunk) != SD_OK) {
            sdi_free(chunk);
            return NULL;
        }
    }
    sd_statement *chunk = log->chunks.items[slot / SDI_STATEMENT_CHUNK];
    sd_statement *st = &chunk[slot % SDI_STATEMENT_CHUNK];
    memset(st, 0, sizeof *st);   /* a reused chunk holds released records */
    log->len++;
    return st;
}

sd_statement *sdi_statement_at(const sdi_statement_log *log, size_t i)
{
    size_t slot = i - log->base;
    sd_statement *chunk = log->chunks.items[slot / SDI_STATEMENT_CHUNK];
    return &chunk[slot % SDI_STATEMENT_CHUNK];
}

void sdi_statement_log_release(sdi_statement_log *log)
{
    for (size_t i = log->base; i < log->len; i++) {
        sd_statement *st = sdi_statement_at(log, i);
        sdi_free(st->reason);
        st->reason = NULL;
    }
    log->base = log->len;
}

void sdi_statement_log_free(sdi_statement_log *log)
{
    sdi_statement_log_release(log);
    for (size_t k = 0; k < log->chunks.len; k++)
        sdi_free(log->chunks.items[k]);
    sdi_vec_free(&log->chunks);
    log->base = log->len = 0;
}

/* ---- extensions ---- */

/* Types that common extensions add. */
static const struct {
    const char *extension;
    const char *types[9];
} extension_types[] = {
    {"hstore", {"hstore", NULL}},
    {"citext", {"citext", NULL}},
    {"ltree", {"ltree", "lquery", "ltxtquery", NULL}},
    {"isn", {"isbn", "isbn13", "issn", "issn13", "ismn", "ismn13", "ean13", "upc", NULL}},
    {"cube", {"cube", NULL}},
    {"seg", {"seg", NULL}},
    {"postgis", {"geometry", "geography", "box2d", "box3d", NULL}},
    {"vector", {"vector", "halfvec", "sparsevec", NULL}},
    {NULL, {NULL}},
};

const sdi_extension *sdi_extension_type(const sd_catalog *cat, const char *name)
{
    for (size_t i = 0; extension_types[i].extension; i++)
        for (size_t k = 0; extension_types[i].types[k]; k++)
            if (strcmp(extension_types[i].types[k], name) == 0)
                for (size_t e = 0; e < cat->extensions.len; e++) {
                    const sdi_extension *x = cat->extensions.items[e];
                    if (strcmp(x->name, extension_types[i].extension) == 0)
                        return x;
                }
    return NULL;
}

bool sdi_foreach_column(sd_catalog *cat, bool (*fn)(sd_table *t, sd_column *c, void *ctx), void *ctx)
{
    for (size_t si = 0; si < cat->schemas.len; si++) {
        sd_schema *s = cat->schemas.items[si];
        for (size_t ti = 0; ti < s->tables.len; ti++) {
            sd_table *t = s->tables.items[ti];
            for (size_t ci = 0; ci < t->columns.len;) {
                size_t before = t->columns.len;
                if (!fn(t, t->columns.items[ci], ctx))
                    return false;
                if (t->columns.len == before)
                    ci++;
            }
        }
    }
    return true;
}

/* ---- freeing ---- */

void sdi_column_free(sd_column *c)
{
    if (!c)
        return;
    sdi_free(c->name);
    sdi_free(c->default_text);
    sdi_free(c->collation);
    sdi_free(c->comment);
    sdi_free(c);
}


void sdi_index_free(sd_index *ix)
{
    if (!ix)
        return;
    for (size_t i = 0; i < ix->nkeys; i++) {
        sdi_free(ix->keys[i].column);
        sdi_free(ix->keys[i].expr);
        sdi_free(ix->keys[i].collation);
        sdi_free(ix->keys[i].opclass);
        sdi_free(ix->keys[i].attname);
    }
    sdi_free(ix->keys);
    for (size_t i = 0; i < ix->ninclude; i++)
        sdi_free(ix->include[i]);
    sdi_free(ix->include);
    sdi_free(ix->name);
    sdi_free(ix->method);
    sdi_free(ix->where);
    sdi_free(ix->options);
    sdi_free(ix->comment);
    sdi_free(ix->constraint);
    sdi_free(ix->origin);
    sdi_free(ix->sql);
    sdi_free_strings(ix->deps, ix->ndeps);
    sdi_free(ix);
}

void sdi_constraint_free(sd_constraint *c)
{
    if (!c)
        return;
    sdi_free(c->name);
    sdi_free_strings(c->cols, c->ncols);
    sdi_free(c->expr);
    sdi_free(c->expr_canon);
    sdi_free_strings(c->deps, c->ndeps);
    sdi_free(c->owner_column);
    sdi_free(c->ref_schema);
    sdi_free(c->ref_table);
    sdi_free_strings(c->ref_cols, c->nref_cols);
    sdi_free(c->comment);
    sdi_free(c);
}

static void remove_ptr(sdi_vec *v, void *p)
{
    for (size_t i = 0; i < v->len; i++)
        if (v->items[i] == p) {
            sdi_vec_remove_at(v, i);
            return;
        }
}

/* Vectors whose items record their index (a uint32_t at slot_offset in
 * the item): removal moves the last item into the gap. */
static uint32_t *slot_of(void *item, size_t slot_offset)
{
    return (uint32_t *)((char *)item + slot_offset);
}

static int slotted_add(sdi_vec *v, void *item, size_t slot_offset)
{
    *slot_of(item, slot_offset) = (uint32_t)v->len;
    return sdi_vec_push(v, item);
}

static void slotted_remove(sdi_vec *v, void *item, size_t slot_offset)
{
    uint32_t slot = *slot_of(item, slot_offset);
    void *last = v->items[--v->len];
    v->items[slot] = last;
    *slot_of(last, slot_offset) = slot;
}

static void slotted_renumber(sdi_vec *v, size_t slot_offset)
{
    for (size_t i = 0; i < v->len; i++)
        *slot_of(v->items[i], slot_offset) = (uint32_t)i;
}

int sdi_schema_add_table(sd_schema *s, sd_table *t)
{
    return slotted_add(&s->tables, t, offsetof(sd_table, slot));
}

void sdi_schema_remove_table(sd_schema *s, sd_table *t)
{
    slotted_remove(&s->tables, t, offsetof(sd_table, slot));
}

int sdi_schema_add_sequence(sd_schema *s, sdi_sequence *q)
{
    return slotted_add(&s->sequences, q, offsetof(sdi_sequence, slot));
}

void sdi_schema_remove_sequence(sd_schema *s, sdi_sequence *q)
{
    slotted_remove(&s->sequences, q, offsetof(sdi_sequence, slot));
}

int sdi_schema_add_type(sd_schema *s, sdi_usertype *u)
{
    u->schema = s;
    return slotted_add(&s->types, u, offsetof(sdi_usertype, slot));
}

void sdi_schema_remove_type(sdi_usertype *u)
{
    slotted_remove(&u->schema->types, u, offsetof(sdi_usertype, slot));
}

int sdi_sequence_set_owner(sdi_sequence *q, sd_table *t)
{
    if (q->owner == t)
        return SD_OK;
    if (t && sdi_vec_push(&t->owned, q) != SD_OK)
        return SD_ERR_NOMEM;
    if (q->owner)
        remove_ptr(&q->owner->owned, q);
    q->owner = t;
    return SD_OK;
}

void sdi_sequence_remove(sd_catalog *cat, sd_schema *s, sdi_sequence *q)
{
    sdi_rel_remove(cat, s, q->name);
    sdi_schema_remove_sequence(s, q);
    sdi_sequence_free(q);
}

void sdi_sequence_free(sdi_sequence *q)
{
    if (!q)
        return;
    if (q->owner)
        remove_ptr(&q->owner->owned, q);
    sdi_free(q->name);
    sdi_free(q->type);
    sdi_free(q->owner_column);
    sdi_free(q->comment);
    sdi_free(q);
}

void sdi_table_free(sd_catalog *cat, sd_table *t)
{
    if (!t)
        return;
    sdi_retire_handle(cat, t->handle);
    for (size_t i = 0; i < t->owned.len; i++)   /* they outlive it only while the catalog is freed */
        ((sdi_sequence *)t->owned.items[i])->owner = NULL;
    sdi_vec_free(&t->owned);
    for (size_t i = 0; i < t->columns.len; i++)
        sdi_column_free(t->columns.items[i]);
    for (size_t i = 0; i < t->constraints.len; i++)
        sdi_constraint_free(t->constraints.items[i]);
    for (size_t i = 0; i < t->indexes.len; i++)
        sdi_index_free(t->indexes.items[i]);
    for (size_t i = 0; i < t->triggers.len; i++)
        sdi_trigger_free(t->triggers.items[i]);
    sdi_vec_free(&t->triggers);
    for (size_t i = 0; i < t->policies.len; i++)
        sdi_policy_free(t->policies.items[i]);
    sdi_vec_free(&t->policies);
    sdi_vec_free(&t->columns);
    sdi_map_free(&t->column_map);
    sdi_vec_free(&t->constraints);
    sdi_vec_free(&t->indexes);
    sdi_free(t->name);
    sdi_free(t->sql);
    sdi_free(t->comment);
    sdi_free(t->partition_key);
    for (size_t i = 0; i < t->partition_cols.len; i++)
        sdi_free(t->partition_cols.items[i]);
    sdi_vec_free(&t->partition_cols);
    sdi_vec_free(&t->inherits);
    for (size_t i = 0; i < t->partition_values.len; i++)
        sdi_free(t->partition_values.items[i]);
    sdi_vec_free(&t->partition_values);
    sdi_free(t->partition_bound);
    sdi_free(t);
}

static void schema_free(sd_catalog *cat, sd_schema *s)
{
    sdi_free(s->comment);
    for (size_t i = 0; i < s->tables.len; i++)
        sdi_table_free(cat, s->tables.items[i]);
    for (size_t i = 0; i < s->sequences.len; i++)
        sdi_sequence_free(s->sequences.items[i]);
    for (size_t i = 0; i < s->types.len; i++)
        sdi_usertype_free(s->types.items[i]);
    sdi_vec_free(&s->types);
    sdi_map_free(&s->type_map);
    for (size_t i = 0; i < s->routines.len; i++)
        sdi_routine_free(s->routines.items[i]);
    sdi_routine_map_free(s);
    sdi_vec_free(&s->routines);
    for (size_t i = 0; i < s->views.len; i++)
        sdi_view_free(cat, s->views.items[i]);
    sdi_vec_free(&s->views);
    sdi_vec_free(&s->tables);
    sdi_vec_free(&s->sequences);
    sdi_free(s->name);
}

/* Free the relation map's sdi_rel values by walking the schema's objects. */
static void schema_free_relations(const sd_catalog *cat, sd_schema *s)
{
    for (size_t i = 0; i < s->tables.len; i++) {
        sd_table *t = s->tables.items[i];
        for (size_t k = 0; k < t->indexes.len; k++)
            sdi_rel_remove((sd_catalog *)cat, s, ((sd_index *)t->indexes.items[k])->name);
        sdi_rel_remove((sd_catalog *)cat, s, t->name);
    }
    for (size_t i = 0; i < s->sequences.len; i++)
        sdi_rel_remove((sd_catalog *)cat, s, ((sdi_sequence *)s->sequences.items[i])->name);
    for (size_t i = 0; i < s->views.len; i++)
        sdi_rel_remove((sd_catalog *)cat, s, ((sdi_view *)s->views.items[i])->name);
    sdi_map_free(&s->relations);
    /* constraint-name counters are stored as integers in the pointers */
    sdi_map_free(&s->constraint_names);
}

void sdi_schema_drop(sd_catalog *cat, sd_schema *s)
{
    for (size_t i = 0; i < cat->schemas.len; i++)
        if (cat->schemas.items[i] == s) {
            sdi_vec_remove_at(&cat->schemas, i);
            break;
        }
    schema_free_relations(cat, s);
    schema_free(cat, s);
    sdi_free(s);
}

void sdi_catalog_free_all(sd_catalog *cat);
void sdi_catalog_free_all(sd_catalog *cat)
{
    for (size_t i = 0; i < cat->schemas.len; i++) {
        sd_schema *s = cat->schemas.items[i];
        schema_free_relations(cat, s);
        schema_free(cat, s);
        sdi_free(s);
    }
    sdi_vec_free(&cat->schemas);
    for (size_t i = 0; i < cat->extensions.len; i++) {
        sdi_extension *e = cat->extensions.items[i];
        sdi_free(e->name);
        sdi_free(e->schema);
        sdi_free(e);
    }
    sdi_vec_free(&cat->extensions);
    sdi_statement_log_free(&cat->statements);
    for (size_t i = 0; i < cat->risky.len; i++)
        sdi_free(cat->risky.items[i]);
    sdi_vec_free(&cat->risky);
    for (size_t i = 0; i < cat->taint_sources.len; i++)
        sdi_free(cat->taint_sources.items[i]);
    sdi_vec_free(&cat->taint_sources);
    sdi_arena_free(&cat->scratch);
    sdi_text_pool_free(&cat->files);
    sdi_text_pool_free(&cat->type_texts);
    for (size_t i = 0; i < sizeof cat->referrers / sizeof *cat->referrers; i++)
        sdi_map_free_with(&cat->referrers[i], free_referrers);
    sdi_vec_free(&cat->handles);
    sdi_map_free(&cat->tainted);
    sdi_map_free(&cat->temp_names);
    sdi_search_path_reset(cat);
    sdi_free(cat->errmsg);
}

/* ---- dropping ---- */

size_t sdi_partition_depth(const sd_table *t)
{
    size_t d = 0;
    for (const sd_table *a = t->partition_of; a; a = a->partition_of)
        d++;
    return d;
}

void sdi_tree_depth_round(const sd_catalog *cat)
{
    ((sd_catalog *)cat)->depth_round++;   /* a cache, not a visible change */
}

size_t sdi_tree_depth(const sd_catalog *cat, const sd_table *t)
{
    unsigned long round = cat->depth_round + 1;   /* 0 is never a round: memos start unset */
    if (t->depth_round == round)
        return t->depth_memo;
    /* depth-first over the parents with an explicit stack; each table is
     * worked out once per round */
    sdi_vec stack = {0};
    if (sdi_vec_push(&stack, (void *)t) != SD_OK)
        return 0;
    while (stack.len) {
        sd_table *x = stack.items[stack.len - 1];
        sd_table *pending = NULL;
        size_t d = 0;
        size_t nparents = x->inherits.len + (x->partition_of ? 1 : 0);
        for (size_t i = 0; i < nparents && !pending; i++) {
            sd_table *up = i < x->inherits.len ? x->inherits.items[i] : x->partition_of;
            if (up->depth_round != round)
                pending = up;
            else if (up->depth_memo + 1 > d)
                d = up->depth_memo + 1;
        }
        if (pending) {
            if (sdi_vec_push(&stack, pending) != SD_OK) {
                sdi_vec_free(&stack);
                return 0;
            }
            continue;
        }
        x->depth_memo = d;
        x->depth_round = round;
        stack.len--;
    }
    sdi_vec_free(&stack);
    return t->depth_memo;
}

bool sdi_partitions(const sd_catalog *cat, const sd_table *t, sdi_vec *out)
{
    if (!t->partition_key)
        return true;
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->tables.len; i++) {
            sd_table *c = s->tables.items[i];
            if (c->partition_of == t && sdi_vec_push(out, c) != SD_OK)
                return false;
        }
    }
    return true;
}

/* Find a table (partition_of == parent) or an index (parent == pix) of the
 * catalog; no allocation, so drops never fail half way. */
static sd_table *find_partition(const sd_catalog *cat, const sd_table *parent)
{
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->tables.len; i++)
            if (((sd_table *)s->tables.items[i])->partition_of == parent)
                return s->tables.items[i];
    }
    return NULL;
}

bool sdi_has_partitions(const sd_catalog *cat, const sd_table *t)
{
    return t->partition_key && find_partition(cat, t) != NULL;
}

static sd_index *find_index_partition(const sd_catalog *cat, const sd_index *pix)
{
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->tables.len; i++) {
            const sd_table *t = s->tables.items[i];
            if (t->partition_of == pix->table)
                for (size_t k = 0; k < t->indexes.len; k++)
                    if (((sd_index *)t->indexes.items[k])->parent == pix)
                        return t->indexes.items[k];
        }
    }
    return NULL;
}

void sdi_index_drop(sd_catalog *cat, sd_index *ix)
{
    sd_table *t = ix->table;
    /* a partitioned index takes its partitions with it */
    for (sd_index *c; t->partition_key && (c = find_index_partition(cat, ix));)
        sdi_index_drop(cat, c);
    sdi_rel_remove(cat, t->schema, ix->name);
    remove_ptr(&t->indexes, ix);
    sdi_index_free(ix);
}

void sdi_table_drop(sd_catalog *cat, sd_table *t)
{
    sd_schema *s = t->schema;
    for (sd_table *c; t->partition_key && (c = find_partition(cat, t));)
        sdi_table_drop(cat, c);   /* its partitions go first */
    while (t->indexes.len)
        sdi_index_drop(cat, t->indexes.items[t->indexes.len - 1]);
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *c = t->constraints.items[i];
        if (c->name && cat->dialect == SD_DIALECT_POSTGRES)
            sdi_constraint_name_use(s, c->name, -1);
    }
    while (t->owned.len)
        sdi_sequence_remove(cat, s, t->owned.items[t->owned.len - 1]);
    if (cat->dialect == SD_DIALECT_SQLITE)
        s->sqlite_triggers -= t->triggers.len;
    sdi_rel_remove(cat, s, t->name);
    sdi_schema_remove_table(s, t);
    sdi_table_free(cat, t);
}

/* ---- constraint name bookkeeping (PostgreSQL: per schema) ---- */

int sdi_constraint_name_use(sd_schema *s, const char *name, int delta)
{
    intptr_t n = (intptr_t)sdi_map_get(&s->constraint_names, name) + delta;
    if (n <= 0) {
        sdi_map_del(&s->constraint_names, name);
        return SD_OK;
    }
    return sdi_map_put(&s->constraint_names, name, (void *)n);
}

bool sdi_constraint_name_taken(sd_schema *s, const char *name)
{
    return sdi_map_get(&s->constraint_names, name) != NULL;
}

/* ---- PostgreSQL implicit names ---- */

static size_t mbclip(const char *z, size_t n)
{
    size_t len = strlen(z);
    if (n >= len)
        return len;
    while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
        n--;
    return n;
}

char *sdi_pg_make_object_name(const char *name1, const char *name2, const char *label)
{
    size_t n1 = strlen(name1), n2 = name2 ? strlen(name2) : 0;
    size_t overhead = (label ? strlen(label) + 1 : 0) + (name2 ? 1 : 0);
    size_t avail = NAMEDATALEN - 1 - overhead;
    while (n1 + n2 > avail) {
        if (n1 > n2)
            n1--;
        else
            n2--;
    }
    n1 = mbclip(name1, n1);
    if (name2)
        n2 = mbclip(name2, n2);
    sdi_str s = {0};
    sdi_str_addn(&s, name1, n1);
    if (name2) {
        sdi_str_addc(&s, '_');
        sdi_str_addn(&s, name2, n2);
    }
    if (label) {
        sdi_str_addc(&s, '_');
        sdi_str_add(&s, label);
    }
    return sdi_str_take(&s);
}

static bool in_map(const sdi_map *m, const char *name)
{
    return m && sdi_map_get(m, name) != NULL;
}

/* ChooseRelationName: name1_name2_label, then label1, label2, ... until the
 * name is free among relations (CHOOSE_REL) and/or constraints (CHOOSE_CON)
 * of schema s and not in `extra`. */
#define CHOOSE_REL 1
#define CHOOSE_CON 2
static char *choose_name(const sd_catalog *cat, sd_schema *s, const char *name1, const char *name2,
                         const char *label, const sdi_map *extra, int check)
{
    char modlabel[NAMEDATALEN + 16];
    const char *try_label = label;   /* then label1, label2 ... */
    for (int pass = 0;;) {
        char *name = sdi_pg_make_object_name(name1, name2, try_label);
        if (!name)
            return NULL;
        if (!((check & CHOOSE_REL) && sdi_rel_find(cat, s, name)) &&
            !((check & CHOOSE_CON) && sdi_constraint_name_taken(s, name)) && !in_map(extra, name))
            return name;
        sdi_free(name);
        snprintf(modlabel, sizeof modlabel, "%s%d", label, ++pass);
        try_label = modlabel;
    }
}

char *sdi_pg_choose_relation_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                                  const char *name2, const char *label, const sdi_map *extra)
{
    return choose_name(cat, s, name1, name2, label, extra, CHOOSE_REL);
}

char *sdi_pg_choose_constraint_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                                    const char *name2, const char *label, const sdi_map *extra)
{
    return choose_name(cat, s, name1, name2, label, extra, CHOOSE_CON);
}

char *sdi_pg_choose_index_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                               const char *name2, const char *label, bool constraint)
{
    return choose_name(cat, s, name1, name2, label, NULL, CHOOSE_REL | (constraint ? CHOOSE_CON : 0));
}

/* ---- ordering ---- */

static int cmp_schema(const void *a, const void *b)
{
    return strcmp((*(sd_schema *const *)a)->name, (*(sd_schema *const *)b)->name);
}

static int cmp_table(const void *a, const void *b)
{
    return strcmp((*(sd_table *const *)a)->name, (*(sd_table *const *)b)->name);
}

static int cmp_trigger(const void *a, const void *b)
{
    return strcmp((*(sdi_trigger *const *)a)->name, (*(sdi_trigger *const *)b)->name);
}

static int cmp_routine(const void *a, const void *b)
{
    return strcmp((*(sdi_routine *const *)a)->identity, (*(sdi_routine *const *)b)->identity);
}

static int cmp_usertype(const void *a, const void *b)
{
    return strcmp((*(sdi_usertype *const *)a)->name, (*(sdi_usertype *const *)b)->name);
}

static int cmp_extension(const void *a, const void *b)
{
    return strcmp((*(sdi_extension *const *)a)->name, (*(sdi_extension *const *)b)->name);
}

static int cmp_sequence(const void *a, const void *b)
{
    return strcmp((*(sdi_sequence *const *)a)->name, (*(sdi_sequence *const *)b)->name);
}

static int cmp_index(const void *a, const void *b)
{
    return strcmp((*(sd_index *const *)a)->name, (*(sd_index *const *)b)->name);
}

/* Named constraints by name, unnamed ones after them in creation order. */
static int cmp_constraint(const void *a, const void *b)
{
    const sd_constraint *x = *(sd_constraint *const *)a, *y = *(sd_constraint *const *)b;
    if (x->name && y->name) {
        int c = strcmp(x->name, y->name);
        if (c)
            return c;
    } else if (x->name || y->name) {
        return x->name ? -1 : 1;
    }
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void sort_vec(sdi_vec *v, int (*cmp)(const void *, const void *))
{
    if (v->len > 1)
        qsort(v->items, v->len, sizeof *v->items, cmp);
}

static void catalog_sort(sd_catalog *cat)
{
    sort_vec(&cat->schemas, cmp_schema);
    sort_vec(&cat->extensions, cmp_extension);
    for (size_t i = 0; i < cat->schemas.len; i++) {
        sd_schema *s = cat->schemas.items[i];
        sort_vec(&s->tables, cmp_table);
        slotted_renumber(&s->tables, offsetof(sd_table, slot));
        sort_vec(&s->sequences, cmp_sequence);
        slotted_renumber(&s->sequences, offsetof(sdi_sequence, slot));
        sort_vec(&s->types, cmp_usertype);
        slotted_renumber(&s->types, offsetof(sdi_usertype, slot));
        sort_vec(&s->routines, cmp_routine);
        for (size_t k = 0; k < s->tables.len; k++) {
            sd_table *t = s->tables.items[k];
            sort_vec(&t->indexes, cmp_index);
            sort_vec(&t->constraints, cmp_constraint);
            sort_vec(&t->triggers, cmp_trigger);
        }
    }
}

void sdi_catalog_settle(const sd_catalog *cat)
{
    if (cat && cat->unsorted) {
        sd_catalog *sorted = (sd_catalog *)cat;   /* a cache, not a visible change */
        sorted->unsorted = false;
        catalog_sort(sorted);
    }
}

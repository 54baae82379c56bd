/* PostgreSQL user-defined types: enums (CREATE TYPE ... AS ENUM, ALTER TYPE
 * ... ADD VALUE / RENAME VALUE), composite types, domains; their names in
 * column types, renames, and DROP TYPE / DROP DOMAIN with the engine's
 * dependency rules (CASCADE drops the columns that use the type). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_usertype_free(sdi_usertype *u)
{
    if (!u)
        return;
    for (size_t i = 0; i < u->labels.len; i++)
        sdi_free(u->labels.items[i]);
    sdi_vec_free(&u->labels);
    for (size_t i = 0; i < u->attrs.len; i++)
        sdi_free(u->attrs.items[i]);
    sdi_vec_free(&u->attrs);
    sdi_free(u->name);
    sdi_free(u->base);
    sdi_free(u->base_cast);
    sdi_free(u->default_text);
    sdi_free(u->comment);
    sdi_free(u);
}

sdi_usertype *sdi_usertype_find(const sd_catalog *cat, sd_schema *s, const char *name)
{
    if (!s) {
        /* the search path, then public */
        for (size_t k = 0; k < cat->search_path.len; k++) {
            sd_schema *ps = sdi_schema_find(cat, cat->search_path.items[k]);
            sdi_usertype *u = ps ? sdi_usertype_find(cat, ps, name) : NULL;
            if (u)
                return u;
        }
        s = sdi_schema_find(cat, "public");
    }
    if (!s)
        return NULL;
    return sdi_map_get(&s->type_map, name);
}

char *sdi_usertype_display(const sd_schema *s, const sdi_usertype *u)
{
    sdi_str d = {0};
    if (strcmp(s->name, "public") != 0) {
        sdi_pg_add_ident(&d, s->name);
        sdi_str_addc(&d, '.');
    }
    sdi_pg_add_ident(&d, u->name);
    return sdi_str_take(&d);
}

/* The decoded text of a string token ('...', E'...', $$...$$). */
static char *label_text(sd_parse *p, const sd_token *t)
{
    sdi_expr e = {0};
    e.kind = SDI_E_STRING;
    e.text = t->z;
    e.text_len = t->n;
    return sdi_pg_string_value(p, &e);
}

/* A domain default with a regclass constant makes DROP and rename of
 * relations look through the domains too (sdi_regclass_in_domains). */
static void note_regclass_domain(sd_catalog *cat, const sdi_usertype *u)
{
    if (u->default_text && strstr(u->default_text, "::regclass"))
        cat->regclass_domains = true;
}

/* Check that [schema.]name is free for a new type; returns its schema. */
static sd_schema *new_type_schema(sd_parse *p, const sdi_name *name, char **out_name)
{
    if (p->cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", "TYPE");
        return NULL;
    }
    sd_schema *s = sdi_resolve_schema(p, name);
    char *n = sdi_ident(p, &name->name);
    if (!s || !n)
        return NULL;
    if (sdi_usertype_find(p->cat, s, n) || sdi_row_type_taken(p->cat, s, n)) {
        sdi_engine_error(p, name->name.z, "type \"%s\" already exists", n);
        return NULL;
    }
    *out_name = n;
    return s;
}

static sdi_usertype *add_type(sd_parse *p, sd_schema *s, const char *name, sdi_usertype_kind kind)
{
    sdi_usertype *u = sdi_calloc(1, sizeof *u);
    if (!u) {
        p->oom = true;
        return NULL;
    }
    u->kind = kind;
    u->name = sdi_hdup(p, name);
    u->created = sdi_parse_loc(p, p->stmt_start);
    if (p->oom || sdi_schema_add_type(s, u) != SD_OK) {
        sdi_usertype_free(u);
        p->oom = true;
        return NULL;
    }
    if (sdi_map_put(&s->type_map, u->name, u) != SD_OK) {
        s->types.len--;
        sdi_usertype_free(u);
        p->oom = true;
        return NULL;
    }
    return u;
}

static bool push_text(sd_parse *p, sdi_vec *v, size_t at, const char *text)
{
    char *c = sdi_hdup(p, text);
    if (!c || sdi_vec_push(v, c) != SD_OK) {
        sdi_free(c);
        p->oom = true;
        return false;
    }
    /* move it to position `at` */
    memmove(v->items + at + 1, v->items + at, (v->len - 1 - at) * sizeof *v->items);
    v->items[at] = c;
    return true;
}

void sdp_create_enum(sd_parse *p, const sdi_name *name, sdi_namelist labels)
{
    if (sdi_failed(p))
        return;
    char *tname = NULL;
    sd_schema *s = new_type_schema(p, name, &tname);
    if (!s)
        return;
    /* labels: unique, at most 63 bytes */
    char **texts = sdp_alloc(p, (labels.n ? labels.n : 1) * sizeof *texts);
    if (!texts)
        return;
    for (size_t i = 0; i < labels.n; i++) {
        char *l = label_text(p, &labels.items[i]);
        if (!l)
            return;
        texts[i] = sdi_arena_strndup(&p->arena, l, strlen(l));
        sdi_free(l);
        if (!texts[i]) {
            p->oom = true;
            return;
        }
        if (strlen(texts[i]) > 63) {
            sdi_engine_error(p, labels.items[i].z, "invalid enum label \"%s\"", texts[i]);
            return;
        }
        for (size_t k = 0; k < i; k++)
            if (strcmp(texts[k], texts[i]) == 0) {
                /* CREATE TYPE meets it as a catalog conflict */
                sdi_engine_error(p, labels.items[i].z,
                                 "duplicate key value violates unique constraint \"pg_enum_typid_label_index\"");
                return;
            }
    }
    sdi_usertype *u = add_type(p, s, tname, SDI_TYPE_ENUM);
    for (size_t i = 0; u && i < labels.n; i++)
        if (!push_text(p, &u->labels, u->labels.len, texts[i]))
            return;
}

void sdp_create_composite(sd_parse *p, const sdi_name *name, sdi_table_elems attrs)
{
    if (sdi_failed(p))
        return;
    char *tname = NULL;
    sd_schema *s = new_type_schema(p, name, &tname);
    if (!s)
        return;
    if (sdi_rel_find(p->cat, s, tname)) {   /* a composite type is a relation too */
        sdi_engine_error(p, name->name.z, "relation \"%s\" already exists", tname);
        return;
    }
    /* attributes: name and type, no constraints */
    for (sdi_coldef *c = attrs.cols; c; c = c->next) {
        if (!c->type || c->cons) {
            sdi_unmodelled(p, c->start, "syntax error at or near \"%.*s\" (or syntax not supported)",
                           (int)c->name.n, c->name.z);
            return;
        }
        for (sdi_coldef *d = attrs.cols; d != c; d = d->next) {
            char *a = sdi_ident(p, &c->name), *b = sdi_ident(p, &d->name);
            if (a && b && strcmp(a, b) == 0) {
                sdi_engine_error(p, c->start, "column \"%s\" specified more than once", a);
                return;
            }
        }
    }
    char **types = sdp_alloc(p, sizeof(char *) * 64);
    size_t n = 0, cap = 64;
    for (sdi_coldef *c = attrs.cols; c && types; c = c->next) {
        char *type = NULL, *base = NULL;
        int serial = 0;
        const char *err = NULL;
        if (sdi_pg_type(p, c->type, &type, &base, &serial, &err) != 0) {
            if (err)
                sdi_engine_error(p, c->type->start, "%s", err);
            return;
        }
        if (n == cap) {
            char **nt = sdp_alloc(p, sizeof(char *) * cap * 2);
            if (!nt)
                return;
            memcpy(nt, types, sizeof(char *) * n);
            types = nt;
            cap *= 2;
        }
        types[n++] = type;
    }
    if (!types)
        return;
    sdi_usertype *u = add_type(p, s, tname, SDI_TYPE_COMPOSITE);
    size_t i = 0;
    for (sdi_coldef *c = attrs.cols; u && c; c = c->next, i++) {
        char *aname = sdi_ident(p, &c->name);
        if (!aname || !push_text(p, &u->attrs, u->attrs.len, aname) ||
            !push_text(p, &u->attrs, u->attrs.len, types[i]))
            return;
        sdi_note_type_in_definition(p->cat, types[i]);
    }
}

void sdp_create_domain(sd_parse *p, const sdi_name *name, sdi_type *type, sdi_constraint *cons)
{
    if (sdi_failed(p))
        return;
    char *tname = NULL;
    sd_schema *s = new_type_schema(p, name, &tname);
    if (!s)
        return;
    char *ftype = NULL, *base = NULL;
    int serial = 0;
    const char *err = NULL;
    if (sdi_pg_type(p, type, &ftype, &base, &serial, &err) != 0) {
        if (err)
            sdi_engine_error(p, type->start, "%s", err);
        return;
    }
    bool not_null = false;
    sdi_expr *dflt = NULL;
    for (sdi_constraint *c = cons; c; c = c->next) {
        switch (c->kind) {
        case SDI_C_NOT_NULL: not_null = true; break;
        case SDI_C_NULL: break;
        case SDI_C_DEFAULT: dflt = c->expr; break;
        case SDI_C_CHECK: break;   /* domain checks are not kept yet */
        default:
            sdi_engine_error(p, c->at.z, "%s constraints not possible for domains",
                             c->kind == SDI_C_PRIMARY_KEY ? "primary key" :
                             c->kind == SDI_C_UNIQUE ? "unique" : "foreign key");
            return;
        }
    }
    sdi_usertype *u = add_type(p, s, tname, SDI_TYPE_DOMAIN);
    if (!u)
        return;
    u->base = sdi_hdup(p, ftype);
    sdi_note_type_in_definition(p->cat, u->base);
    u->base_cast = sdi_hdup(p, base);
    sdi_note_type_in_definition(p->cat, u->base_cast);
    u->not_null = not_null;
    if (dflt && !p->oom)
        u->default_text = sdi_default_text(p, dflt, ftype, base);
    note_regclass_domain(p->cat, u);
}

/* The enum [schema.]name, or NULL after reporting the engine's error. */
static sdi_usertype *find_enum(sd_parse *p, const sdi_name *name, sd_schema **schema)
{
    if (p->cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"TYPE\": syntax error");
        return NULL;
    }
    sd_schema *s = sdi_resolve_schema(p, name);
    char *n = sdi_ident(p, &name->name);
    if (!s || !n)
        return NULL;
    sdi_usertype *u = sdi_usertype_find(p->cat, s, n);
    if (!u) {
        sdi_engine_error(p, name->name.z, "type \"%s\" does not exist", n);
        return NULL;
    }
    if (schema)
        *schema = s;
    return u;
}

static long label_index(const sdi_usertype *u, const char *label)
{
    for (size_t i = 0; i < u->labels.len; i++)
        if (strcmp(u->labels.items[i], label) == 0)
            return (long)i;
    return -1;
}

void sdp_alter_enum_add(sd_parse *p, const sdi_name *name, bool if_not_exists,
                        const sd_token *label, const sd_token *neighbour, bool after)
{
    if (sdi_failed(p))
        return;
    sdi_usertype *u = find_enum(p, name, NULL);
    if (!u)
        return;
    if (u->kind != SDI_TYPE_ENUM) {
        sdi_engine_error(p, name->name.z, "%s is not an enum", u->name);
        return;
    }
    char *l = label_text(p, label);
    char *nb = neighbour ? label_text(p, neighbour) : NULL;
    if (!l || (neighbour && !nb)) {
        sdi_free(l);
        sdi_free(nb);
        return;
    }
    size_t at = u->labels.len;
    if (label_index(u, l) >= 0) {
        if (if_not_exists)
            sdi_noop(p, "enum label \"%s\" already exists, skipping", l);
        else
            sdi_engine_error(p, label->z, "enum label \"%s\" already exists", l);
    } else if (strlen(l) > 63) {
        sdi_engine_error(p, label->z, "invalid enum label \"%s\"", l);
    } else if (nb && label_index(u, nb) < 0) {
        sdi_engine_error(p, neighbour->z, "\"%s\" is not an existing enum label", nb);
    } else {
        if (nb)
            at = (size_t)label_index(u, nb) + (after ? 1 : 0);
        push_text(p, &u->labels, at, l);
    }
    sdi_free(l);
    sdi_free(nb);
}

static bool rename_label_in_defaults(sd_parse *p, sd_schema *s, const sdi_usertype *u, const char *a,
                                     const char *b, const sd_token *at);

/* Column defaults that are enum constants print the label, which a RENAME
 * VALUE changes: 'old'::type becomes 'new'::type. Other defaults naming the
 * type (arrays, expressions) cannot be rewritten here. */
typedef struct label_swap {
    const char *display;
    sdi_str from, to;
    bool apply, blocked;
    sd_parse *p;
} label_swap;

/* Is a label printed bare inside an array constant? (no quoting needed) */
static bool bare_in_array(const char *z)
{
    if (!*z || strcasecmp(z, "null") == 0)
        return false;
    for (; *z; z++)
        if (!((*z >= 'a' && *z <= 'z') || (*z >= 'A' && *z <= 'Z') || (*z >= '0' && *z <= '9') || *z == '_'))
            return false;
    return true;
}

/* The labels of an enum array default '{a,b}'::t[]: 1 handled (rewritten
 * when w->apply), -1 a form we cannot read (or rewrite). */
static int swap_in_array(label_swap *w, sd_column *c)
{
    const char *old = w->from.data + 1, *new_label = w->to.data + 1;   /* 'a'::t -> a'::t */
    size_t ol = (size_t)(strstr(old, "'::") - old), nl = (size_t)(strstr(new_label, "'::") - new_label);
    char oldl[256], newl[256];
    if (ol >= sizeof oldl || nl >= sizeof newl)
        return -1;
    memcpy(oldl, old, ol);
    oldl[ol] = 0;
    memcpy(newl, new_label, nl);
    newl[nl] = 0;
    const char *body = c->default_text + 2, *end = strstr(body, "}'::");
    if (!end)
        return -1;
    sdi_str out = {0};
    sdi_str_add(&out, "'{");
    bool found = false;
    for (const char *e = body; e < end;) {
        const char *comma = memchr(e, ',', (size_t)(end - e));
        const char *stop = comma ? comma : end;
        if (memchr(e, '"', (size_t)(stop - e)) || memchr(e, '\\', (size_t)(stop - e))) {
            sdi_str_free(&out);
            return -1;   /* quoted elements: not read here */
        }
        if ((size_t)(stop - e) == ol && memcmp(e, oldl, ol) == 0) {
            found = true;
            sdi_str_add(&out, newl);
        } else {
            sdi_str_addn(&out, e, (size_t)(stop - e));
        }
        if (comma)
            sdi_str_addc(&out, ',');
        e = comma ? comma + 1 : end;
    }
    sdi_str_add(&out, end);   /* }'::type[] */
    if (found && !bare_in_array(newl)) {
        sdi_str_free(&out);
        return -1;
    }
    if (found && w->apply && !out.oom) {
        sdi_free(c->default_text);
        c->default_text = sdi_str_take(&out);
        if (!c->default_text)
            w->p->oom = true;
    } else {
        sdi_str_free(&out);
    }
    return 1;
}

static bool swap_label(sd_table *t, sd_column *c, void *ctx)
{
    label_swap *w = ctx;
    (void)t;
    if (!c->default_text)
        return true;
    if (strcmp(c->default_text, w->from.data) == 0) {
        if (w->apply) {
            char *d = sdi_hdup(w->p, w->to.data);
            if (d) {
                sdi_free(c->default_text);
                c->default_text = d;
            }
        }
        return true;
    }
    /* another label of the type: '...'::type as a whole is untouched */
    size_t n = strlen(c->default_text), dl = strlen(w->display);
    const char *tail = n > dl + 4 ? c->default_text + n - dl - 3 : NULL;
    if (tail && c->default_text[0] == '\'' && strncmp(tail, "'::", 3) == 0 &&
        strcmp(tail + 3, w->display) == 0 && strstr(c->default_text + 1, "'::") == tail)
        return true;
    /* an array constant '{a,b}'::type[]: the labels inside follow */
    if (c->default_text[0] == '\'' && n > dl + 7 && strcmp(c->default_text + n - 2, "[]") == 0 &&
        strncmp(c->default_text + n - dl - 5, "'::", 3) == 0 &&
        strncmp(c->default_text + n - dl - 2, w->display, dl) == 0 && c->default_text[1] == '{') {
        int r = swap_in_array(w, c);
        if (r >= 0)
            return r > 0;
    }
    const char *cast = strstr(c->default_text, "::");
    for (; cast; cast = strstr(cast + 2, "::"))
        if (strncmp(cast + 2, w->display, strlen(w->display)) == 0) {
            w->blocked = true;
            return false;
        }
    return true;
}

static bool rename_label_in_defaults(sd_parse *p, sd_schema *s, const sdi_usertype *u, const char *a,
                                     const char *b, const sd_token *at)
{
    char *display = s ? sdi_usertype_display(s, u) : NULL;
    if (!display) {
        p->oom = true;
        return false;
    }
    label_swap w = {display, {0}, {0}, false, false, p};
    sdi_str_add_sql_literal(&w.from, a);
    sdi_str_add(&w.from, "::");
    sdi_str_add(&w.from, display);
    sdi_str_add_sql_literal(&w.to, b);
    sdi_str_add(&w.to, "::");
    sdi_str_add(&w.to, display);
    bool ok = !w.from.oom && !w.to.oom;
    if (!ok)
        p->oom = true;
    if (ok && !sdi_foreach_column(p->cat, swap_label, &w)) {
        sdi_unmodelled(p, at->z, "a column default uses type %s in a form this rename cannot rewrite", display);
        ok = false;
    }
    if (ok) {
        w.apply = true;
        sdi_foreach_column(p->cat, swap_label, &w);
    }
    sdi_str_free(&w.from);
    sdi_str_free(&w.to);
    sdi_free(display);
    return ok;
}

void sdp_alter_enum_rename(sd_parse *p, const sdi_name *name, const sd_token *from, const sd_token *to)
{
    if (sdi_failed(p))
        return;
    sd_schema *us = NULL;
    sdi_usertype *u = find_enum(p, name, &us);
    if (!u)
        return;
    char *a = label_text(p, from), *b = label_text(p, to);
    if (a && b) {
        long i = label_index(u, a);
        if (u->kind != SDI_TYPE_ENUM)
            sdi_engine_error(p, name->name.z, "%s is not an enum", u->name);
        else if (i < 0)
            sdi_engine_error(p, from->z, "\"%s\" is not an existing enum label", a);
        else if (label_index(u, b) >= 0)
            sdi_engine_error(p, to->z, "enum label \"%s\" already exists", b);
        else if (!rename_label_in_defaults(p, us, u, a, b, from))
            ;   /* failed closed */
        else {
            char *c = sdi_hdup(p, b);
            if (c) {
                sdi_free(u->labels.items[i]);
                u->labels.items[i] = c;
            }
        }
    }
    sdi_free(a);
    sdi_free(b);
}

typedef void (*column_fn)(sd_parse *p, sd_table *t, sd_column *c, void *ctx);

typedef struct of_type {
    sd_parse *p;
    const char *display;
    size_t dl;
    column_fn fn;
    void *ctx;
    size_t count;
} of_type;

/* The columns of table t (a referrer) of the type: fn may drop them. */
static bool columns_of_type(void *obj, void *ctx)
{
    of_type *o = ctx;
    sd_table *t = obj;
    for (size_t ci = 0; ci < t->columns.len;) {
        sd_column *c = t->columns.items[ci];
        size_t before = t->columns.len;
        if (c->type_base && strncmp(c->type_base, o->display, o->dl) == 0 &&
            (c->type_base[o->dl] == 0 || strcmp(c->type_base + o->dl, "[]") == 0)) {
            o->count++;
            if (o->fn)
                o->fn(o->p, t, c, o->ctx);
        }
        if (t->columns.len == before)
            ci++;
    }
    return true;
}

/* Columns of type `display` (or arrays of it): counts them, calling fn on
 * each when given (fn may drop the column). */
static size_t each_column_of_type(sd_parse *p, const char *display, column_fn fn, void *ctx)
{
    of_type o = {p, display, strlen(display), fn, ctx, 0};
    sdi_foreach_referrer(p->cat, SDI_REF_COLUMN_TYPE, display, columns_of_type, &o);
    return o.count;
}

/* Replace the leading type name in `text`s of a column. */
static char *swap_prefix(sd_parse *p, const char *text, const char *old, const char *new_)
{
    sdi_str s = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&s, new_);
    sdi_str_add(&s, text + strlen(old));
    char *r = sdi_str_take(&s);
    if (!r)
        p->oom = true;
    return r;
}

typedef struct retype {
    const char *old, *new_;
} retype;

static bool names_type(const char *type, const char *display);

/* Does routine r take or return the type `display` names? */
static bool routine_uses_type(const sdi_routine *r, const char *display)
{
    if (names_type(r->returns, display))
        return true;
    for (size_t k = 0; k < r->nargs; k++)
        if (names_type(r->argtypes[k], display))
            return true;
    return false;
}

/* Does any routine take or return it? (A routine's signature is kept as
 * written, which a rename cannot follow.) */
static bool routines_use_type(const sd_catalog *cat, const char *display)
{
    if (!sdi_maybe_referenced(cat, SDI_REF_TYPE_IN_DEFINITION, display))
        return false;
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->routines.len; i++)
            if (routine_uses_type(s->routines.items[i], display))
                return true;
    }
    return false;
}

/* Point the other types that use the renamed type (a domain over it, a
 * range of it, a composite's attributes) at its new name `r->new_`. */
static void rename_type_in_types(sd_parse *p, const sdi_usertype *renamed, const retype *r)
{
    sd_catalog *cat = p->cat;
    if (!sdi_maybe_referenced(cat, SDI_REF_TYPE_IN_DEFINITION, r->old))
        return;   /* no type's definition has named it */
    for (size_t si = 0; si < cat->schemas.len && !p->oom; si++) {
        sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->types.len && !p->oom; i++) {
            sdi_usertype *o = s->types.items[i];
            char **texts[2] = {NULL, NULL};
            if (o == renamed || o->kind == SDI_TYPE_MULTIRANGE)
                continue;   /* a multirange names its range itself (below) */
            if (o->kind == SDI_TYPE_DOMAIN || o->kind == SDI_TYPE_RANGE) {
                texts[0] = &o->base;
                texts[1] = o->kind == SDI_TYPE_DOMAIN ? &o->base_cast : NULL;
            }
            for (int k = 0; k < 2; k++) {
                if (!texts[k] || !names_type(*texts[k], r->old))
                    continue;
                char *t = swap_prefix(p, *texts[k], r->old, r->new_);
                if (t) {
                    sdi_free(*texts[k]);
                    *texts[k] = t;
                    sdi_note_type_in_definition(cat, t);
                }
            }
            for (size_t k = 1; k < o->attrs.len; k += 2) {
                char *a = o->attrs.items[k];
                if (!names_type(a, r->old))
                    continue;
                char *t = swap_prefix(p, a, r->old, r->new_);
                if (t) {
                    sdi_free(a);
                    o->attrs.items[k] = t;
                    sdi_note_type_in_definition(cat, t);
                }
            }
        }
    }
}


static void rename_column_type(sd_parse *p, sd_table *t, sd_column *c, void *ctx)
{
    (void)t;
    const retype *r = ctx;
    char *a = swap_prefix(p, c->type, r->old, r->new_), *b = swap_prefix(p, c->type_base, r->old, r->new_);
    int rc = a && b ? sdi_column_set_type(p->cat, c, a, b, NULL) : SD_ERR_NOMEM;
    sdi_free(a);
    sdi_free(b);
    if (rc != SD_OK) {
        p->oom = true;
        return;
    }
    sdi_note_column_type(p->cat, t, c);
    if (c->default_text) {
        /* 'label'::old -> 'label'::new */
        char cast[300];
        snprintf(cast, sizeof cast, "::%s", r->old);
        char *at = strstr(c->default_text, cast);
        if (at && (at[strlen(cast)] == 0 || at[strlen(cast)] == '[')) {
            sdi_str s = SDI_SCRATCH_STR(&p->arena);
            sdi_str_addn(&s, c->default_text, (size_t)(at - c->default_text));
            sdi_str_add(&s, "::");
            sdi_str_add(&s, r->new_);
            sdi_str_add(&s, at + strlen(cast));
            char *d = sdi_str_take(&s);
            if (d) {
                sdi_free(c->default_text);
                c->default_text = d;
            }
        }
    }
}

void sdp_alter_type_rename(sd_parse *p, const sdi_name *name, const sd_token *newname)
{
    if (sdi_failed(p))
        return;
    sd_schema *s = NULL;
    sdi_usertype *u = find_enum(p, name, &s);
    char *nn = sdi_ident(p, newname);
    if (!u || !nn)
        return;
    if (sdi_usertype_find(p->cat, s, nn) || sdi_row_type_taken(p->cat, s, nn)) {
        sdi_engine_error(p, newname->z, "type \"%s\" already exists", nn);
        return;
    }
    char *old = sdi_usertype_display(s, u);
    if (old && routines_use_type(p->cat, old)) {
        sdi_free(old);
        sdi_unmodelled(p, name->name.z, "renaming a type that functions or procedures take or return is not "
                                        "modelled yet");
        return;
    }
    char *n2 = sdi_hdup(p, nn);
    if (!old || !n2) {
        sdi_free(old);
        sdi_free(n2);
        p->oom = true;
        return;
    }
    if (sdi_map_put(&s->type_map, n2, u) != SD_OK) {
        sdi_free(old);
        sdi_free(n2);
        p->oom = true;
        return;
    }
    sdi_map_del(&s->type_map, u->name);
    sdi_free(u->name);
    u->name = n2;
    char *now = sdi_usertype_display(s, u);
    if (now)
        sdi_note_referrer(p->cat, SDI_REF_COLUMN_TYPE, now, NULL, NULL);
    if (!now) {
        sdi_free(old);
        p->oom = true;
        return;
    }
    retype r = {old, now};
    each_column_of_type(p, old, rename_column_type, &r);
    rename_type_in_types(p, u, &r);
    if (u->kind == SDI_TYPE_RANGE && u->partner) {
        /* the multirange keeps its name and names the renamed range */
        char *b = sdi_hdup(p, now);
        if (b) {
            sdi_free(u->partner->base);
            u->partner->base = b;
        }
    }
    sdi_free(old);
    sdi_free(now);
}

static void drop_column_of_type(sd_parse *p, sd_table *t, sd_column *c, void *ctx)
{
    (void)ctx;
    sdi_alter_action a = {0};
    a.kind = SDI_ALTER_DROP_COLUMN;
    a.behavior = SDI_DROP_CASCADE;
    a.name.z = c->name;
    a.name.n = (uint32_t)strlen(c->name);
    a.name.type = SD_TK_QUOTED_ID;
    /* drop through the ALTER TABLE path so its dependents go too */
    sdi_str q = SDI_SCRATCH_STR(&p->arena);
    sdi_str_addc(&q, '"');
    for (const char *z = c->name; *z; z++) {
        if (*z == '"')
            sdi_str_addc(&q, '"');
        sdi_str_addc(&q, *z);
    }
    sdi_str_addc(&q, '"');
    char *quoted = q.oom ? NULL : sdi_arena_strndup(&p->arena, q.data, q.len);
    sdi_str_free(&q);
    if (!quoted) {
        p->oom = true;
        return;
    }
    a.name.z = quoted;
    a.name.n = (uint32_t)strlen(quoted);
    a.at = a.name;
    sdi_alter_one(p, t, &a);
}

/* Is `type` (format_type) the type `display` names, or an array of it? */
static bool names_type(const char *type, const char *display)
{
    size_t n = strlen(display);
    return type && strncmp(type, display, n) == 0 && (type[n] == 0 || strcmp(type + n, "[]") == 0);
}

/* Another type (a domain over it, a range of it, a composite with an
 * attribute of it) or a routine (an argument or result of it) that depends
 * on the type `display` names; u and its partner, and the types the same
 * statement drops (dropping), do not count. */
static bool type_has_dependents(const sd_catalog *cat, const sdi_usertype *u, const char *display,
                                sdi_usertype *const *dropping, size_t ndropping)
{
    /* a type no type's or routine's definition has named needs no scan */
    if (!sdi_maybe_referenced(cat, SDI_REF_TYPE_IN_DEFINITION, display))
        return false;
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->types.len; i++) {
            const sdi_usertype *o = s->types.items[i];
            bool going = o == u || o == u->partner;
            for (size_t k = 0; k < ndropping && !going; k++)   /* dropped by the same statement */
                going = dropping[k] && (o == dropping[k] || o == dropping[k]->partner);
            if (going)
                continue;
            if ((o->kind == SDI_TYPE_DOMAIN || o->kind == SDI_TYPE_RANGE) && names_type(o->base, display))
                return true;
            for (size_t k = 1; k < o->attrs.len; k += 2)
                if (names_type(o->attrs.items[k], display))
                    return true;
        }
        for (size_t i = 0; i < s->routines.len; i++)
            if (routine_uses_type(s->routines.items[i], display))
                return true;
    }
    return false;
}

/* The type as columns of it show it (heap; NULL when out of memory). */
static char *type_display(sd_parse *p, const sdi_usertype *u)
{
    char *display = sdi_usertype_display(u->schema, u);
    if (!display)
        p->oom = true;
    return display;
}

void sdi_drop_types(sd_parse *p, int what, bool if_exists, sdi_name *names, size_t n, int behavior)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", what == SDI_DROP_TYPE ? "TYPE" : "DOMAIN");
        return;
    }
    /* first every name (PostgreSQL looks them all up before it drops any) */
    sdi_usertype **dropping = sdi_arena_alloc(&p->arena, (n ? n : 1) * sizeof *dropping);
    const char **written = sdi_arena_alloc(&p->arena, (n ? n : 1) * sizeof *written);
    if (!dropping || !written) {
        p->oom = true;
        return;
    }
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        sd_schema *s = sdi_resolve_schema(p, &names[i]);
        char *name = sdi_ident(p, &names[i].name);
        if (!s || !name)
            return;
        sdi_usertype *u = sdi_usertype_find(cat, s, name);
        dropping[i] = NULL;
        written[i] = name;
        if (u && what == SDI_DROP_DOMAIN && u->kind != SDI_TYPE_DOMAIN) {
            sdi_engine_error(p, names[i].name.z, "\"%s\" is not a domain", name);
            return;
        }
        if (!u) {
            if (if_exists)
                continue;
            sdi_engine_error(p, names[i].name.z, "type \"%s\" does not exist", name);
            return;
        }
        if (u->kind == SDI_TYPE_MULTIRANGE) {
            sdi_engine_error(p, names[i].name.z, "cannot drop type %s because type %s requires it", name, u->base);
            return;
        }
        bool twice = false;
        for (size_t k = 0; k < i; k++)
            twice |= dropping[k] == u;
        if (!twice) {
            dropping[i] = u;
            found++;
        }
    }
    if (!found) {
        sdi_noop(p, "type does not exist, skipping");
        return;
    }
    /* then what depends on them: other types and routines, columns */
    for (size_t i = 0; i < n; i++) {
        sdi_usertype *u = dropping[i];
        /* a range type takes its multirange type with it */
        sdi_usertype *both[2] = {u, u && u->kind == SDI_TYPE_RANGE ? u->partner : NULL};
        for (int b = 0; b < 2 && both[b]; b++) {
            char *display = type_display(p, both[b]);
            if (!display)
                return;
            bool others = type_has_dependents(cat, u, display, dropping, n);
            bool columns = !others && each_column_of_type(p, display, NULL, NULL);
            sdi_free(display);
            if (others && behavior == SDI_DROP_CASCADE) {
                sdi_unmodelled(p, names[i].name.z, "DROP TYPE ... CASCADE of a type other types or routines use "
                                                   "is not modelled yet");
                return;
            }
            if ((others || columns) && behavior != SDI_DROP_CASCADE) {
                sdi_drop_blocked(p, names[i].name.z, "type", written[i], found);
                return;
            }
        }
    }
    /* and only then the drops: CASCADE takes the columns of the types */
    for (size_t i = 0; i < n; i++) {
        sdi_usertype *u = dropping[i];
        sdi_usertype *both[2] = {u, u && u->kind == SDI_TYPE_RANGE ? u->partner : NULL};
        for (int b = 0; behavior == SDI_DROP_CASCADE && b < 2 && both[b]; b++) {
            char *display = type_display(p, both[b]);
            if (!display)
                return;
            each_column_of_type(p, display, drop_column_of_type, NULL);
            sdi_free(display);
        }
        for (int b = 0; b < 2 && both[b]; b++) {
            sdi_map_del(&both[b]->schema->type_map, both[b]->name);
            sdi_schema_remove_type(both[b]);
            sdi_usertype_free(both[b]);
        }
    }
}

/* The multirange type name the engine derives from a range type's name
 * (makeMultirangeTypeName): "range" becomes "multirange" at its first
 * occurrence, else "_multirange" is appended; clipped to 63 bytes. */
static char *multirange_name(sd_parse *p, const char *range)
{
    sdi_str m = SDI_SCRATCH_STR(&p->arena);
    const char *at = strstr(range, "range");
    if (at) {
        sdi_str_addn(&m, range, (size_t)(at - range));
        sdi_str_add(&m, "multi");
        sdi_str_add(&m, at);
    } else {
        sdi_str_addn(&m, range, sdi_pg_clip_len(range, strlen(range), NAMEDATALEN - 12));
        sdi_str_add(&m, "_multirange");
    }
    char *r = sdi_str_take(&m);
    if (!r) {
        p->oom = true;
        return NULL;
    }
    r[sdi_pg_clip_len(r, strlen(r), NAMEDATALEN - 1)] = 0;
    return r;
}

/* CREATE TYPE name AS RANGE (SUBTYPE = t [, MULTIRANGE_TYPE_NAME = m]
 * [, SUBTYPE_OPCLASS | COLLATION | SUBTYPE_DIFF = ...]): the range type and
 * its multirange type. CANONICAL needs a shell type and C code: it fails
 * closed. */
void sdi_create_range(sd_parse *p, const sd_token *toks, size_t n)
{
    if (n && toks[n - 1].type == SD_TK_SEMI)
        n--;
    sdi_name qn;
    size_t i = sdi_tok_read_name(toks, n, 2, &qn);
    char *rname = NULL;
    sd_schema *s = new_type_schema(p, &qn, &rname);
    if (!s)
        return;
    i += 2;   /* AS RANGE */
    if (i >= n || toks[i].type != SD_TK_LP) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sdi_type subtype = {0};
    const sd_token *subtype_at = NULL;
    sdi_name mr = {0};
    bool has_mr = false;
    const sd_token *collation_at = NULL;
    for (i++; i < n && toks[i].type != SD_TK_RP;) {
        const sd_token *opt = &toks[i];
        if (i + 2 >= n || toks[i + 1].type != SD_TK_EQ) {
            sdi_tok_syntax(p, toks, n, i + 1);
            return;
        }
        size_t v = i + 2, e = v;
        while (e < n && toks[e].type != SD_TK_COMMA && toks[e].type != SD_TK_RP)
            e++;
        if (sdi_tok_is(opt, "subtype")) {
            subtype_at = &toks[v];
            size_t k = v;
            if (e - v >= 3 && toks[v + 1].type == SD_TK_DOT) {
                subtype.schema = toks[v];
                k = v + 2;
            }
            for (; k < e && subtype.nwords < 8; k++) {
                if (toks[k].type == SD_TK_LP || toks[k].type == SD_TK_LBRACKET || toks[k].type == SD_TK_DOT) {
                    sdi_unmodelled(p, toks[k].z, "a range subtype with modifiers or array brackets is not modelled");
                    return;
                }
                subtype.words[subtype.nwords++] = toks[k];
            }
            subtype.nwords_before_mods = subtype.nwords;
            subtype.start = toks[v].z;
            subtype.end = toks[e - 1].z + toks[e - 1].n;
        } else if (sdi_tok_is(opt, "multirange_type_name")) {
            if (sdi_tok_read_name(toks, e, v, &mr) != e) {
                sdi_tok_syntax(p, toks, n, v);
                return;
            }
            has_mr = true;
        } else if (sdi_tok_is(opt, "collation")) {
            collation_at = opt;
        } else if (sdi_tok_is(opt, "canonical")) {
            sdi_unmodelled(p, opt->z, "a range type's CANONICAL function is not modelled");
            return;
        } else if (!sdi_tok_is(opt, "subtype_opclass") && !sdi_tok_is(opt, "subtype_diff")) {
            sdi_engine_error(p, opt->z, "type attribute \"%.*s\" not recognized", (int)opt->n, opt->z);
            return;
        }
        i = e < n && toks[e].type == SD_TK_COMMA ? e + 1 : e;
    }
    if (i >= n || i + 1 != n) {
        sdi_tok_syntax(p, toks, n, i < n ? i + 1 : n);
        return;
    }
    if (!subtype_at) {
        sdi_engine_error(p, toks[0].z, "type attribute \"subtype\" is required");
        return;
    }
    char *type = NULL, *base = NULL;
    int serial = 0;
    const char *err = NULL;
    if (sdi_pg_type(p, &subtype, &type, &base, &serial, &err) != 0 || serial) {
        if (err)
            sdi_engine_error(p, subtype_at->z, "%s", err);
        else if (!sdi_failed(p))
            sdi_engine_error(p, subtype_at->z, "type \"%.*s\" does not exist", (int)subtype_at->n, subtype_at->z);
        return;
    }
    int collatable = collation_at ? sdi_pg_type_collatable(base) : 1;
    if (collatable == 0) {
        sdi_engine_error(p, collation_at->z, "range collation specified but subtype does not support collation");
        return;
    }
    if (collatable < 0) {   /* a domain or an extension's type */
        sdi_unmodelled(p, collation_at->z, "a range collation over a subtype that is not built in is not modelled yet");
        return;
    }
    /* the multirange type: named, or derived; in the range's schema unless
     * the name says otherwise */
    sd_schema *ms = s;
    char *mname = NULL;
    if (has_mr) {
        ms = sdi_resolve_schema(p, &mr);
        char *nm = sdi_ident(p, &mr.name);
        mname = ms && nm ? sdi_hdup(p, nm) : NULL;
    } else {
        mname = multirange_name(p, rname);
    }
    if (!mname)
        return;
    if (strcmp(mname, rname) == 0 && ms == s) {   /* met as a catalog conflict */
        sdi_engine_error(p, toks[0].z, "duplicate key value violates unique constraint \"pg_type_typname_nsp_index\"");
        sdi_free(mname);
        return;
    }
    if (sdi_usertype_find(p->cat, ms, mname) || sdi_row_type_taken(p->cat, ms, mname)) {
        sdi_engine_error(p, has_mr ? mr.name.z : toks[0].z, "type \"%s\" already exists", mname);
        sdi_free(mname);
        return;
    }
    sdi_usertype *u = add_type(p, s, rname, SDI_TYPE_RANGE);
    sdi_usertype *m = u ? add_type(p, ms, mname, SDI_TYPE_MULTIRANGE) : NULL;
    sdi_free(mname);
    if (!m)
        return;
    u->base = sdi_hdup(p, type);
    m->base = sdi_usertype_display(s, u);
    if (!m->base)
        p->oom = true;
    sdi_note_type_in_definition(p->cat, u->base);   /* a multirange's base is not a use */
    u->partner = m;
    m->partner = u;
}

void sdp_alter_domain(sd_parse *p, const sdi_name *name, int what, sdi_expr *expr, sdi_constraint *con)
{
    if (sdi_failed(p))
        return;
    sdi_usertype *u = find_enum(p, name, NULL);
    if (!u)
        return;
    if (u->kind != SDI_TYPE_DOMAIN) {
        /* named as format_type names it: quoted only when it must be */
        char *display = sdi_usertype_display(u->schema, u);
        if (!display) {
            p->oom = true;
            return;
        }
        sdi_engine_error(p, name->name.z, "%s is not a domain", display);
        sdi_free(display);
        return;
    }
    switch (what) {
    case SDI_DOMAIN_SET_DEFAULT: {
        char *d = sdi_default_text(p, expr, u->base, u->base_cast);
        if (p->oom || sdi_failed(p)) {
            sdi_free(d);
            return;
        }
        sdi_free(u->default_text);
        u->default_text = d;
        note_regclass_domain(p->cat, u);
        return;
    }
    case SDI_DOMAIN_DROP_DEFAULT:
        sdi_free(u->default_text);
        u->default_text = NULL;
        return;
    case SDI_DOMAIN_SET_NOT_NULL:
        /* (columns holding NULLs would make the engine refuse: data) */
        u->not_null = true;
        return;
    case SDI_DOMAIN_DROP_NOT_NULL:
        u->not_null = false;
        return;
    case SDI_DOMAIN_ADD_CONSTRAINT:
        if (!con || (con->kind != SDI_C_CHECK && con->kind != SDI_C_NOT_NULL)) {
            sdi_unmodelled(p, con ? con->at.z : p->stmt_start, "this domain constraint is not modelled");
            return;
        }
        if (con->kind == SDI_C_NOT_NULL)
            u->not_null = true;
        return;   /* CHECKs are not kept */
    default:
        return;   /* constraints by name are not kept; RENAME TO follows */
    }
}

/* Builders called from the grammar's actions: small constructors for the
 * per-statement syntax tree (allocated in the statement arena), and the
 * statement builders that check a statement against the catalog with the
 * engine's rules and apply it. All semantic checks live here. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

#define PG(p) ((p)->cat->dialect == SD_DIALECT_POSTGRES)

/* ---- syntax-tree constructors ---- */

void *sdp_alloc(sd_parse *p, size_t n)
{
    void *r = sdi_arena_alloc(&p->arena, n);
    if (!r)
        p->oom = true;
    return r;
}

/* Set e's depth from its arguments; NULL (after failing closed) when the
 * tree is deeper than the walkers over it may recurse. */
static sdi_expr *set_depth(sd_parse *p, sdi_expr *e)
{
    uint32_t depth = 0;
    for (size_t i = 0; i < e->nargs; i++)
        if (e->args[i] && e->args[i]->depth > depth)
            depth = e->args[i]->depth;
    e->depth = depth + 1;
    if (e->depth > SDI_MAX_NESTING) {
        if (!sdi_failed(p))
            sdi_unmodelled(p, e->start, "an expression nested more than %d levels deep is not modelled",
                           SDI_MAX_NESTING);
        return NULL;
    }
    return e;
}

sdi_expr *sdp_expr(sd_parse *p, sdi_expr_kind kind, const sd_token *t)
{
    sdi_expr *e = sdp_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    e->text = t->z;
    e->text_len = t->n;
    e->start = t->z;
    e->end = t->z + t->n;
    if (kind == SDI_E_COLUMN)
        e->text = sdi_ident(p, t), e->text_len = e->text ? strlen(e->text) : 0;
    return e;
}

sdi_expr *sdp_expr_op(sd_parse *p, sdi_expr_kind kind, const char *op, size_t oplen,
                      sdi_expr *a, sdi_expr *b)
{
    if (!a)
        return NULL;
    sdi_expr *e = sdp_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    e->text = op;
    e->text_len = oplen;
    e->nargs = b ? 2 : 1;
    e->args = sdp_alloc(p, e->nargs * sizeof *e->args);
    if (!e->args)
        return NULL;
    e->args[0] = a;
    if (b)
        e->args[1] = b;
    e->start = a->start;
    e->end = b ? b->end : a->end;
    return set_depth(p, e);
}

sdi_expr *sdp_expr_span(sdi_expr *e, const char *start, const char *end)
{
    if (e) {
        if (start)
            e->start = start;
        if (end)
            e->end = end;
    }
    return e;
}

/* Lists are SDI_E_LIST nodes whose args grow (doubling, in the arena). */
sdi_expr *sdp_expr_list(sd_parse *p, sdi_expr *list, sdi_expr *item)
{
    if (!item)
        return NULL;
    if (!list) {
        list = sdp_alloc(p, sizeof *list);
        if (!list)
            return NULL;
        list->kind = SDI_E_LIST;
        list->start = item->start;
    }
    if (list->nargs == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 4;
        sdi_expr **args = sdp_alloc(p, cap * sizeof *args);
        if (!args)
            return NULL;
        if (list->nargs)
            memcpy(args, list->args, list->nargs * sizeof *args);
        list->args = args;
        list->cap = cap;
    }
    list->args[list->nargs++] = item;
    list->end = item->end;
    return list;
}

sdi_expr *sdp_expr_func(sd_parse *p, const sd_token *name, sdi_expr *args, const char *end)
{
    sdi_expr *e = sdp_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = SDI_E_FUNC;
    e->text = sdi_ident(p, name);
    e->text_len = e->text ? strlen(e->text) : 0;
    if (args) {
        e->args = args->args;
        e->nargs = args->nargs;
    }
    /* PostgreSQL's ANY/SOME/ALL (array) after an operator: not a call */
    if (PG(p) && e->nargs == 1 && name->type == SD_TK_ID &&
        (sdi_tok_is(name, "any") || sdi_tok_is(name, "some") || sdi_tok_is(name, "all"))) {
        e->kind = SDI_E_QUANTIFIED;
        e->ival = sdi_tok_is(name, "all");
    }
    e->start = name->z;
    e->end = end;
    return set_depth(p, e);
}

sdi_expr *sdp_expr_wrap(sd_parse *p, sdi_expr_kind kind, sdi_expr *inner, const char *start,
                        const char *end)
{
    sdi_expr *e = sdp_alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    if (inner && inner->kind == SDI_E_LIST && kind != SDI_E_PAREN) {
        e->args = inner->args;
        e->nargs = inner->nargs;
    } else if (inner) {
        e->args = sdp_alloc(p, sizeof *e->args);
        if (!e->args)
            return NULL;
        e->args[0] = inner;
        e->nargs = 1;
    }
    e->start = start;
    e->end = end;
    return set_depth(p, e);
}

sdi_expr *sdp_expr_cast(sd_parse *p, sdi_expr *x, sdi_type *t)
{
    if (!x || !t)
        return NULL;
    sdi_expr *e = sdp_expr_op(p, SDI_E_CAST, "::", 2, x, NULL);
    if (e) {
        e->type = t;
        e->end = t->end;
    }
    return e;
}

sdi_expr *sdp_expr_qualified_func(sd_parse *p, const sd_token *schema, const sd_token *name,
                                  sdi_expr *args, const char *end)
{
    sdi_expr *e = sdp_expr_func(p, name, args, end);
    if (!e)
        return NULL;
    e->start = schema->z;
    char *s = sdi_ident(p, schema);
    if (!s || (strcmp(s, "public") != 0 && strcmp(s, "pg_catalog") != 0))
        e->kind = SDI_E_OTHER;   /* kept as written */
    return e;
}

sdi_type *sdp_type_word(sd_parse *p, sdi_type *t, const sd_token *w)
{
    if (!t) {
        t = sdp_alloc(p, sizeof *t);
        if (!t)
            return NULL;
        t->start = w->z;
    }
    if (t->nwords == sizeof t->words / sizeof t->words[0]) {
        t->bad_mods = true;
    } else {
        t->words[t->nwords++] = *w;
    }
    if (!t->has_mods)
        t->nwords_before_mods = t->nwords;
    t->end = w->z + w->n;
    return t;
}

sdi_type *sdp_type_mods(sd_parse *p, sdi_type *t, sdi_expr *mods, const char *end)
{
    if (!t || !mods)
        return NULL;
    t->has_mods = true;
    t->nwords_before_mods = t->nwords;
    for (size_t i = 0; i < mods->nargs; i++) {
        sdi_expr *m = mods->args[i];
        /* -n is a constant too: PostgreSQL's grammar folds the minus in */
        bool negative = m->kind == SDI_E_UNARY && m->text_len == 1 && m->text[0] == '-' && m->nargs == 1 &&
                        m->args[0]->kind == SDI_E_NUMBER;
        if (negative)
            m = m->args[0];
        if (t->nmods == 4 || m->kind != SDI_E_NUMBER) {
            t->bad_mods = true;
            continue;
        }
        t->mod_negative[t->nmods] = negative;
        t->mods[t->nmods] = m->text;
        t->mod_lens[t->nmods++] = m->text_len;
    }
    t->end = end;
    return t;
}

sdi_type *sdp_type_array(sd_parse *p, sdi_type *t, const char *end)
{
    (void)p;
    if (!t)
        return NULL;
    t->array_dims++;
    t->end = end;
    return t;
}

sdi_namelist sdp_namelist(sd_parse *p, sdi_namelist l, const sd_token *t)
{
    if (l.n == l.cap) {
        size_t cap = l.cap ? l.cap * 2 : 4;
        sd_token *items = sdp_alloc(p, cap * sizeof *items);
        if (!items)
            return l;
        if (l.n)
            memcpy(items, l.items, l.n * sizeof *items);
        l.items = items;
        l.cap = cap;
    }
    l.items[l.n++] = *t;
    return l;
}

sdi_name *sdp_namevec(sd_parse *p, sdi_name *v, size_t *n, const sdi_name *item)
{
    sdi_name *nv = sdp_alloc(p, (*n + 1) * sizeof *nv);
    if (!nv)
        return v;
    if (*n)
        memcpy(nv, v, *n * sizeof *nv);
    nv[(*n)++] = *item;
    return nv;
}

sdi_constraint *sdp_constraint(sd_parse *p, sdi_con_kind kind, const sd_token *at)
{
    sdi_constraint *c = sdp_alloc(p, sizeof *c);
    if (!c)
        return NULL;
    c->kind = kind;
    c->at = *at;
    c->start = at->z;
    return c;
}

sdi_constraint *sdp_constraint_named(sd_parse *p, sdi_constraint *c, const sd_token *name)
{
    (void)p;
    if (c) {
        c->name = *name;
        c->start = name->z;
    }
    return c;
}

sdi_constraint *sdp_constraint_append(sdi_constraint *list, sdi_constraint *c)
{
    if (!list)
        return c;
    sdi_constraint *l = list;
    while (l->next)
        l = l->next;
    l->next = c;
    return list;
}

sdi_coldef *sdp_coldef(sd_parse *p, const sd_token *name, sdi_type *type, sdi_constraint *cons)
{
    sdi_coldef *c = sdp_alloc(p, sizeof *c);
    if (!c)
        return NULL;
    c->name = *name;
    c->type = type;
    c->cons = cons;
    c->start = name->z;
    c->end = p->prev_end;
    return c;
}

sdi_coldef *sdp_coldef_like(sd_parse *p, const sd_token *like, const sdi_name *table, int opts)
{
    sdi_coldef *c = sdp_alloc(p, sizeof *c);
    if (!c)
        return NULL;
    c->name = *like;
    c->is_like = true;
    c->like_table = *table;
    c->like_opts = opts;
    c->start = like->z;
    c->end = p->prev_end;
    return c;
}

int sdp_like_option(sd_parse *p, int opts, const sd_token *verb, const sd_token *word)
{
    static const char *const names[] = {"comments", "compression", "constraints", "defaults", "generated",
                                        "identity", "indexes", "statistics", "storage", "all"};
    static const int bits[] = {SDI_LIKE_COMMENTS, SDI_LIKE_COMPRESSION, SDI_LIKE_CONSTRAINTS, SDI_LIKE_DEFAULTS,
                               SDI_LIKE_GENERATED, SDI_LIKE_IDENTITY, SDI_LIKE_INDEXES, SDI_LIKE_STATISTICS,
                               SDI_LIKE_STORAGE, SDI_LIKE_ALL};
    (void)p;
    int bit = 0;
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        if (sdi_tok_is(word, names[i]))
            bit = bits[i];
    if (!bit || !(sdi_tok_is(verb, "including") || sdi_tok_is(verb, "excluding")))
        return opts | SDI_LIKE_BAD;
    return sdi_tok_is(verb, "including") ? opts | bit : opts & ~bit;
}

sdi_constraint *sdp_constraint_no(sd_parse *p, const sd_token *no, const sd_token *word)
{
    if (!PG(p) || !sdi_tok_is(word, "inherit")) {
        sdp_syntax_error(p, word);
        return NULL;
    }
    return sdp_constraint(p, SDI_C_NO_INHERIT, no);
}

void sdp_expect_word(sd_parse *p, const sd_token *t, const char *word)
{
    if (!sdi_tok_is(t, word))
        sdp_syntax_error(p, t);
}

sdi_table_elems sdp_elems_col(sdi_table_elems e, sdi_coldef *c)
{
    if (!c)
        return e;
    if (e.cols_tail)
        e.cols_tail->next = c;
    else
        e.cols = c;
    e.cols_tail = c;
    return e;
}

sdi_table_elems sdp_elems_con(sdi_table_elems e, sdi_constraint *c)
{
    if (!c)
        return e;
    if (e.cons_tail)
        e.cons_tail->next = c;
    else
        e.cons = c;
    while (c->next)
        c = c->next;
    e.cons_tail = c;
    return e;
}

sdi_index_key *sdp_index_key(sd_parse *p, sdi_expr *e, const sd_token *collation, int order,
                             int nulls)
{
    sdi_index_key *k = sdp_alloc(p, sizeof *k);
    if (!k)
        return NULL;
    k->expr = e;
    k->collation = *collation;
    k->desc = order == 2;
    k->nulls = nulls;
    return k;
}

sdi_index_key *sdp_index_keys_append(sdi_index_key *list, sdi_index_key *k)
{
    if (!list)
        return k;
    sdi_index_key *l = list;
    while (l->next)
        l = l->next;
    l->next = k;
    return list;
}

sdi_alter_action *sdp_alter_add_column(sd_parse *p, bool if_not_exists, sdi_coldef *c)
{
    sdi_alter_action *a = sdp_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->kind = SDI_ALTER_ADD_COLUMN;
    a->if_not_exists = if_not_exists;
    a->col = c;
    return a;
}

sdi_alter_action *sdp_alter_add_constraint(sd_parse *p, sdi_constraint *c)
{
    sdi_alter_action *a = sdp_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->kind = SDI_ALTER_ADD_CONSTRAINT;
    a->con = c;
    return a;
}

sdi_alter_action *sdp_alter(sd_parse *p, int kind, const sd_token *at)
{
    sdi_alter_action *a = sdp_alloc(p, sizeof *a);
    if (!a)
        return NULL;
    a->kind = kind;
    a->at = *at;
    return a;
}

sdi_alter_action *sdp_alter_append(sdi_alter_action *list, sdi_alter_action *a)
{
    if (!list)
        return a;
    sdi_alter_action *l = list;
    while (l->next)
        l = l->next;
    l->next = a;
    return list;
}

/* ---- identifiers ---- */

/* Truncate to NAMEDATALEN-1 bytes at a character boundary (pg_mbcliplen). */
size_t sdi_pg_clip_len(const char *z, size_t n, size_t max)
{
    if (n <= max)
        return n;
    n = max;
    while (n > 0 && ((unsigned char)z[n] & 0xC0) == 0x80)
        n--;
    return n;
}

char *sdi_ident(sd_parse *p, const sd_token *t)
{
    const char *z = t->z;
    size_t n = t->n;
    /* the name is never longer than its token: write it straight into the arena */
    char *r = sdi_arena_alloc(&p->arena, n + 1);
    if (!r) {
        p->oom = true;
        return NULL;
    }
    size_t len = 0;
    if (t->type == SD_TK_QUOTED_ID || t->type == SD_TK_STRING) {
        char q = z[0];
        if (q == 'U' || q == 'u') { /* U&"..." kept without escapes decoded */
            z += 2;
            n -= 2;
            q = z[0];
        }
        char close = q == '[' ? ']' : q;
        for (size_t i = 1; i + 1 < n; i++) {
            r[len++] = z[i];
            if (z[i] == close && q != '[' && i + 2 < n && z[i + 1] == close)
                i++;
        }
    } else if (PG(p)) {
        for (size_t i = 0; i < n; i++) {
            char c = z[i];
            r[len++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    } else {
        memcpy(r, z, n);
        len = n;
    }
    if (PG(p))
        len = sdi_pg_clip_len(r, len, NAMEDATALEN - 1);
    r[len] = 0;
    return r;
}

/* ---- helpers ---- */

char *sdi_hdup(sd_parse *p, const char *z)
{
    char *r = sdi_strdup(z ? z : "");
    if (!r)
        p->oom = true;
    return r;
}

char *sdi_hdupn(sd_parse *p, const char *z, size_t n)
{
    char *r = sdi_strndup(z, n);
    if (!r)
        p->oom = true;
    return r;
}

bool sdi_failed(sd_parse *p)
{
    return p->oom || p->outcome == SD_OUTCOME_ENGINE_ERROR || p->outcome == SD_OUTCOME_UNMODELLED;
}


/* The schema a name refers to; NULL after reporting the engine's error. */
sd_schema *sdi_resolve_schema(sd_parse *p, const sdi_name *n)
{
    sd_catalog *cat = p->cat;
    if (!n->schema.n && (!PG(p) || !cat->search_path.len))
        return sdi_schema_find(cat, PG(p) ? "public" : "main");
    if (!n->schema.n) {
        /* the first schema of the search path that exists */
        for (size_t i = 0; i < cat->search_path.len; i++) {
            sd_schema *s = sdi_schema_find(cat, cat->search_path.items[i]);
            if (s)
                return s;
        }
        sdi_engine_error(p, n->name.z, "no schema has been selected to create in");
        return NULL;
    }
    char *sname = sdi_ident(p, &n->schema);
    if (!sname)
        return NULL;
    if (!PG(p)) {
        if (strcasecmp(sname, "main") == 0)
            return sdi_schema_find(cat, "main");
        if (strcasecmp(sname, "temp") == 0)
            sdi_unmodelled(p, n->schema.z, "objects in the temp schema are session-local");
        else
            sdi_engine_error(p, n->schema.z, "unknown database %s", sname);
        return NULL;
    }
    sd_schema *s = sdi_schema_find(cat, sname);
    if (!s) {
        if (strcmp(sname, "pg_temp") == 0)
            sdi_unmodelled(p, n->schema.z, "objects in pg_temp are session-local");
        else
            sdi_engine_error(p, n->schema.z, "schema \"%s\" does not exist", sname);
    }
    return s;
}

sd_schema *sdi_lookup_schema(sd_parse *p, const sdi_name *n, const char *name)
{
    sd_catalog *cat = p->cat;
    if (!n->schema.n && PG(p) && cat->search_path.len && name)
        for (size_t i = 0; i < cat->search_path.len; i++) {
            sd_schema *s = sdi_schema_find(cat, cat->search_path.items[i]);
            if (s && sdi_rel_find(cat, s, name))
                return s;
        }
    return sdi_resolve_schema(p, n);
}

/* Find a table by name for ALTER/INDEX/REFERENCES; reports "does not exist". */
static sd_table *lookup_table_as(sd_parse *p, const sdi_name *n, bool report, bool qualify);
char *sdi_new_relation_name(sd_parse *p, const sdi_name *qn, bool if_not_exists, sd_schema **out)
{
    sd_schema *s = sdi_resolve_schema(p, qn);
    char *name = sdi_ident(p, &qn->name);
    if (!s || !name)
        return NULL;
    if (sdi_rel_find(p->cat, s, name)) {
        if (if_not_exists)
            sdi_noop(p, "relation \"%s\" already exists, skipping", name);
        else
            sdi_engine_error(p, qn->name.z, "relation \"%s\" already exists", name);
        return NULL;
    }
    *out = s;
    return name;
}

bool sdi_sqlite_internal_table(sd_parse *p, const sdi_name *n, const char *verb)
{
    char *name = sdi_ident(p, &n->name);
    if (!name)
        return true;
    const char *canonical = NULL;
    if (!strcasecmp(name, "sqlite_master") || !strcasecmp(name, "sqlite_schema"))
        canonical = "sqlite_master";
    else if (!strcasecmp(name, "sqlite_temp_master") || !strcasecmp(name, "sqlite_temp_schema"))
        canonical = "sqlite_temp_master";
    else if (!strcasecmp(name, "sqlite_sequence") && p->cat->sqlite_sequence)
        canonical = "sqlite_sequence";
    if (canonical)
        sdi_engine_error(p, n->name.z, "table %s may not be %s", canonical, verb);
    return canonical != NULL;
}

sd_table *sdi_lookup_table(sd_parse *p, const sdi_name *n, bool report)
{
    return lookup_table_as(p, n, report, false);
}

/* `qualify`: SQLite names the table "main.t" in this statement's error. */
static sd_table *lookup_table_as(sd_parse *p, const sdi_name *n, bool report, bool qualify)
{
    char *lname = sdi_ident(p, &n->name);
    sd_schema *s = lname ? sdi_lookup_schema(p, n, lname) : NULL;
    if (!s)
        return NULL;
    char *name = sdi_ident(p, &n->name);
    if (!name)
        return NULL;
    sdi_rel *r = sdi_rel_find(p->cat, s, name);
    if (r && r->kind == SDI_REL_TABLE)
        return r->obj;
    if (r && r->kind == SDI_REL_VIEW) {
        if (report)
            sdi_unmodelled(p, n->name.z, "\"%s\" is a view; this statement on a view is not modelled yet", name);
        return NULL;
    }
    if (report) {
        if (PG(p)) {
            if (r)
                sdi_engine_error(p, n->name.z, "\"%s\" is not a table", name);
            else
                sdi_engine_error(p, n->name.z, "relation \"%s%s%s\" does not exist",
                                 n->schema.n ? s->name : "", n->schema.n ? "." : "", name);
        } else {
            sdi_engine_error(p, n->name.z, "no such table: %s%s", n->schema.n || qualify ? "main." : "", name);
        }
    }
    return NULL;
}

/* ---- DROP SCHEMA ---- */

static bool schema_is_empty(const sd_catalog *cat, const sd_schema *s)
{
    for (size_t i = 0; i < cat->extensions.len; i++)
        if (((sdi_extension *)cat->extensions.items[i])->schema &&
            strcmp(((sdi_extension *)cat->extensions.items[i])->schema, s->name) == 0)
            return false;
    return !s->tables.len && !s->sequences.len && !s->types.len && !s->routines.len && !s->views.len;
}

/* PostgreSQL: an empty schema is dropped; one with objects needs CASCADE
 * (the engine's error without it). CASCADE over objects, which may reach
 * into other schemas, fails closed. All names are checked first. */
void sdi_drop_schema(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (!PG(p)) {
        sdi_engine_error(p, toks[1].z, "near \"SCHEMA\": syntax error");
        return;
    }
    if (n && toks[n - 1].type == SD_TK_SEMI)
        n--;
    bool cascade = false;
    if (n > 2 && (sdi_tok_is(&toks[n - 1], "cascade") || sdi_tok_is(&toks[n - 1], "restrict")))
        cascade = sdi_tok_is(&toks[--n], "cascade");
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    sd_schema *drop[16];
    size_t ndrop = 0;
    const char *missing = NULL;
    for (; i < n; i += 2) {
        if (!sdi_tok_name(&toks[i]) || (i + 1 < n && toks[i + 1].type != SD_TK_COMMA) || ndrop == 16) {
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        char *name = sdi_ident(p, &toks[i]);
        if (!name)
            return;
        sd_schema *s = sdi_schema_find(cat, name);
        if (!s) {
            if (if_exists) {
                missing = name;
                continue;
            }
            sdi_engine_error(p, toks[i].z, "schema \"%s\" does not exist", name);
            return;
        }
        if (strcmp(s->name, "public") == 0) {
            sdi_unmodelled(p, toks[i].z, "dropping the public schema is not modelled");
            return;
        }
        if (!schema_is_empty(cat, s)) {
            if (!cascade)
                sdi_engine_error(p, toks[i].z, "cannot drop schema %s because other objects depend on it", name);
            else
                sdi_unmodelled(p, toks[i].z, "DROP SCHEMA ... CASCADE of a schema that holds objects is not "
                               "modelled yet");
            return;
        }
        drop[ndrop++] = s;
    }
    if (!ndrop) {
        sdi_noop(p, "schema \"%s\" does not exist, skipping", missing ? missing : "");
        return;
    }
    for (size_t k = 0; k < ndrop; k++) {
        for (size_t j = k + 1; j < ndrop; j++)
            if (drop[j] == drop[k])
                drop[j] = NULL;
        if (drop[k])
            sdi_schema_drop(cat, drop[k]);
    }
}

/* ---- CREATE SCHEMA ---- */

void sdp_create_schema(sd_parse *p, bool if_not_exists, const sd_token *name)
{
    if (sdi_failed(p))
        return;
    if (!PG(p)) {
        sdi_engine_error(p, p->stmt_start, "near \"SCHEMA\": syntax error");
        return;
    }
    char *sname = sdi_ident(p, name);
    if (!sname)
        return;
    if (sdi_schema_find(p->cat, sname)) {
        if (if_not_exists)
            sdi_noop(p, "schema \"%s\" already exists, skipping", sname);
        else
            sdi_engine_error(p, name->z, "schema \"%s\" already exists", sname);
        return;
    }
    if (strncmp(sname, "pg_", 3) == 0) {
        sdi_engine_error(p, name->z, "unacceptable schema name \"%s\"", sname);
        return;
    }
    if (!sdi_schema_add(p->cat, sname, sdi_parse_loc(p, p->stmt_start)))
        p->oom = true;
}

/* ---- CREATE EXTENSION ---- */

void sdp_create_extension(sd_parse *p, bool if_not_exists, const sd_token *name,
                          const sd_token *schema)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    if (!PG(p)) {
        sdi_engine_error(p, p->stmt_start, "near \"EXTENSION\": syntax error");
        return;
    }
    char *ename = sdi_ident(p, name);
    char *sname = schema->n ? sdi_ident(p, schema) : (char *)"public";
    if (!ename || !sname)
        return;
    for (size_t i = 0; i < cat->extensions.len; i++) {
        const sdi_extension *x = cat->extensions.items[i];
        if (strcmp(x->name, ename) == 0) {
            if (if_not_exists)
                sdi_noop(p, "extension \"%s\" already exists, skipping", ename);
            else
                sdi_engine_error(p, name->z, "extension \"%s\" already exists", ename);
            return;
        }
    }
    if (!sdi_schema_find(cat, sname)) {
        sdi_engine_error(p, schema->z, "schema \"%s\" does not exist", sname);
        return;
    }
    sdi_extension *x = sdi_calloc(1, sizeof *x);
    if (!x) {
        p->oom = true;
        return;
    }
    x->name = sdi_hdup(p, ename);
    x->schema = sdi_hdup(p, sname);
    x->created = sdi_parse_loc(p, p->stmt_start);
    if (p->oom || sdi_vec_push(&cat->extensions, x) != SD_OK) {
        sdi_free(x->name);
        sdi_free(x->schema);
        sdi_free(x);
        p->oom = true;
    }
}

/* ---- columns ---- */

/* A column being defined, before it joins the table. */
typedef struct coldesc {
    sdi_coldef *def;
    char *name;              /* arena */
    const char *type, *base; /* arena, or a copied column's */
    int serial;              /* 0, or 2/4/8 bytes */
    bool not_null, is_pk, explicit_null;
    int identity, generated;
    sdi_expr *dflt, *gen;
    sd_token collation;
    const sd_column *copy;   /* LIKE: the column it copies (def: the LIKE) */
    char *seqschema, *seqname;  /* arena: an identity's SEQUENCE NAME (schema NULL
                                 * when not qualified), or NULL */
    const char *seqname_at;  /* where that name is */
} coldesc;

static const char *serial_seq_type(int serial)
{
    return serial == 2 ? "smallint" : serial == 8 ? "bigint" : "integer";
}

static void pg_add_serial(sd_parse *p, sd_table *t, sd_column *col, int serial, sdi_loc loc,
                          char *seqname, bool identity);

void sdi_pg_add_identity(sd_parse *p, sd_table *t, sd_column *c, int kind, sdi_loc loc, const char *given)
{
    char *seqname = given ? sdi_strdup(given)
                          : sdi_pg_choose_relation_name(p->cat, t->schema, t->name, c->name, "seq", NULL);
    if (!seqname) {
        p->oom = true;
        return;
    }
    int serial = strcmp(c->type, "smallint") == 0 ? 2 : strcmp(c->type, "bigint") == 0 ? 8 : 4;
    c->identity = kind;
    c->changed = loc;
    pg_add_serial(p, t, c, serial, loc, seqname, true);
}

/* SEQUENCE NAME in identity options (lp: their "(", none when lp->n is 0):
 * 0 none; 1 when *name and, if qualified, *schema (arena) and *at (the
 * name's first token) are set; -1 on a second SEQUENCE NAME (the engine's
 * error is set). */
int sdi_identity_sequence_name(sd_parse *p, const sd_token *lp, char **schema, char **name, const char **at)
{
    *schema = *name = NULL;
    if (!lp->n)
        return 0;
    size_t i = 0;
    while (i < p->ntoks && p->toks[i].z != lp->z)
        i++;
    for (int depth = 0; i + 2 < p->ntoks; i++) {
        if (p->toks[i].type == SD_TK_LP)
            depth++;
        else if (p->toks[i].type == SD_TK_RP && --depth == 0)
            break;
        if (!sdi_tok_is(&p->toks[i], "sequence") || !sdi_tok_is(&p->toks[i + 1], "name"))
            continue;
        if (*name) {
            sdi_engine_error(p, p->toks[i].z, "conflicting or redundant options");
            return -1;
        }
        const sd_token *first = &p->toks[i + 2];
        bool qualified = i + 4 < p->ntoks && p->toks[i + 3].type == SD_TK_DOT;
        if (qualified && !(*schema = sdi_ident(p, first)))
            return -1;
        if (!(*name = sdi_ident(p, qualified ? &p->toks[i + 4] : first)))
            return -1;
        *at = first->z;
        i += qualified ? 4 : 2;
    }
    return *name ? 1 : 0;
}

/* The sequence an identity names must be a new relation of its table's
 * schema (one elsewhere is not modelled: PostgreSQL 15 then looks for the
 * table in the sequence's schema). False with the error set. */
bool sdi_identity_sequence_ok(sd_parse *p, sd_schema *s, const char *schema, const char *name, const char *at)
{
    if (schema && strcmp(schema, s->name) != 0) {
        sdi_unmodelled(p, at, "SEQUENCE NAME in schema \"%s\", not its table's, is not modelled yet", schema);
        return false;
    }
    if (sdi_rel_find(p->cat, s, name)) {
        sdi_engine_error(p, at, "relation \"%s\" already exists", name);
        return false;
    }
    return true;
}

/* Check a column definition: name, type, column-level settings (not the
 * key/check/fk constraints, which are collected separately). */
static bool describe_column(sd_parse *p, sdi_coldef *def, coldesc *cd)
{
    memset(cd, 0, sizeof *cd);
    cd->def = def;
    cd->name = sdi_ident(p, &def->name);
    if (!cd->name)
        return false;
    if (PG(p)) {
        if (!def->type) {
            sdi_unmodelled(p, def->name.z, "column \"%s\" has no type (syntax not supported)", cd->name);
            return false;
        }
        const char *err = NULL;
        char *type = NULL, *base = NULL;
        if (sdi_pg_type(p, def->type, &type, &base, &cd->serial, &err) != 0) {
            if (!p->oom && err)
                sdi_engine_error(p, def->type->start, "%s", err);
            return false;
        }
        cd->type = type;
        cd->base = base;
        if (cd->serial)
            cd->not_null = true;
    } else {
        cd->type = def->type ? sdi_sqlite_type_text(p, def->type) : "";
        if (!cd->type)
            return false;
    }
    for (sdi_constraint *c = def->cons; c; c = c->next) {
        switch (c->kind) {
        case SDI_C_NOT_NULL:
            cd->not_null = true;
            break;
        case SDI_C_NULL:
            if (PG(p) && cd->not_null && !cd->serial) {
                sdi_engine_error(p, c->at.z, "conflicting NULL/NOT NULL declarations for column \"%s\" of table", cd->name);
                return false;
            }
            cd->explicit_null = true;
            break;
        case SDI_C_DEFAULT:
            if (cd->dflt && PG(p)) {
                sdi_engine_error(p, c->at.z, "multiple default values specified for column \"%s\"", cd->name);
                return false;
            }
            cd->dflt = c->expr;
            break;
        case SDI_C_PRIMARY_KEY:
            cd->is_pk = true;
            break;
        case SDI_C_COLLATE:
            cd->collation = c->collation;
            break;
        case SDI_C_IDENTITY:
            if (!PG(p)) {
                sdi_engine_error(p, c->at.z, "near \"GENERATED\": syntax error");
                return false;
            }
            if (cd->identity) {
                sdi_engine_error(p, c->at.z, "multiple identity specifications for column \"%s\" of table", cd->name);
                return false;
            }
            if (sdi_identity_sequence_name(p, &c->identopts, &cd->seqschema, &cd->seqname, &cd->seqname_at) < 0)
                return false;
            cd->identity = c->ival;
            cd->not_null = true;
            break;
        case SDI_C_GENERATED:
            if (PG(p) && (c->autoincrement || c->ival != 1)) {
                /* PostgreSQL 15: GENERATED ALWAYS AS (...) STORED only */
                sdi_engine_error(p, c->at.z, c->autoincrement ? "syntax error at or near \"AS\""
                                                             : "for a generated column, STORED is required");
                return false;
            }
            cd->gen = c->expr;
            cd->generated = PG(p) ? 1 : (c->ival == 1 ? 1 : 2);
            break;
        default:
            break;
        }
    }
    if (PG(p) && cd->not_null && cd->explicit_null && !cd->serial) {
        sdi_engine_error(p, def->start, "conflicting NULL/NOT NULL declarations for column \"%s\"", cd->name);
        return false;
    }
    if (PG(p) && cd->identity && (cd->dflt || cd->serial || cd->gen)) {
        sdi_engine_error(p, def->start, "both %s and identity specified for column \"%s\" of table",
                         cd->gen ? "generated" : "default", cd->name);
        return false;
    }
    if (cd->gen && cd->dflt) {
        sdi_engine_error(p, def->start, "both default and generation expression specified for column \"%s\" of table",
                         cd->name);
        return false;
    }
    if (PG(p) && cd->identity) {
        /* identity needs an integer type */
        if (strcmp(cd->base, "smallint") && strcmp(cd->base, "integer") && strcmp(cd->base, "bigint")) {
            sdi_engine_error(p, def->start, "identity column type must be smallint, integer, or bigint");
            return false;
        }
        cd->serial = strcmp(cd->base, "smallint") == 0 ? 2 : strcmp(cd->base, "bigint") == 0 ? 8 : 4;
    }
    if (PG(p) && cd->serial && cd->dflt) {
        sdi_engine_error(p, def->start, "multiple default values specified for column \"%s\" of table", cd->name);
        return false;
    }
    if (PG(p) && cd->collation.n) {
        sdi_unmodelled(p, cd->collation.z, "column collations are not modelled yet");
        return false;
    }
    return true;
}

/* The default text as the engine reports it, for a column of engine type
 * `type` (PostgreSQL: `base` is its name without modifiers). */
char *sdi_default_text(sd_parse *p, const sdi_expr *e, const char *type, const char *base)
{
    if (!e)
        return NULL;
    if (PG(p)) {
        while (e->kind == SDI_E_PAREN && e->nargs)
            e = e->args[0];
        if (e->kind == SDI_E_NULL) {
            /* a NULL default is not stored, unless the type has a modifier:
             * then its length coercion is (NULL::varchar and so on) */
            bool typmod = strchr(type, '(') && strncmp(type, "interval", 8) != 0;
            if (!typmod)
                return NULL;
            sdi_str s = SDI_SCRATCH_STR(&p->arena);
            sdi_str_add(&s, "NULL::");
            sdi_str_add(&s, base);
            char *r = sdi_str_take(&s);
            if (!r)
                p->oom = true;
            return r;
        }
        /* NULL cast (once or more) to exactly the column's type folds to
         * a plain NULL constant, which is not stored either */
        bool folds = e->kind == SDI_E_CAST;
        const sdi_expr *n = e;
        while (folds && (n->kind == SDI_E_CAST || n->kind == SDI_E_PAREN) && n->nargs) {
            if (n->kind == SDI_E_CAST) {
                const char *tn = sdi_pg_cast_type(p, n->type);
                folds = tn && strcmp(tn, type) == 0 && !strchr(tn, '(');
            }
            n = n->args[0];
        }
        if (folds && n->kind == SDI_E_NULL)
            return NULL;
        /* 'now', 'today' and their kin are evaluated once, when the
         * statement runs: the stored default is that moment */
        const sdi_expr *lit = e;
        while ((lit->kind == SDI_E_CAST || lit->kind == SDI_E_PAREN) && lit->nargs)
            lit = lit->args[0];
        if (lit->kind == SDI_E_STRING && (strstr(base, "time") || strcmp(base, "date") == 0)) {
            char *v = sdi_pg_string_value(p, lit);
            bool moment = false;
            static const char *const words[] = {"now", "today", "tomorrow", "yesterday", NULL};
            const char *z = v;
            while (z && (*z == ' ' || *z == '\t'))
                z++;
            for (const char *const *w = words; z && *w && !moment; w++)
                moment = strncasecmp(z, *w, strlen(*w)) == 0;
            sdi_free(v);
            if (moment) {
                sdi_unmodelled(p, lit->start, "PostgreSQL evaluates this literal once, when the statement runs; "
                               "the default it stores is that moment");
                return NULL;
            }
        }
        /* a literal is coerced to a domain's base type (the domain check
         * itself does not print) */
        for (int depth = 0; base && depth < 16; depth++) {
            const char *dot = strchr(base, '.');
            char sname[NAMEDATALEN * 2];
            sd_schema *ds = NULL;
            if (dot) {
                snprintf(sname, sizeof sname, "%.*s", (int)(dot - base), base);
                ds = sdi_schema_find(p->cat, sname);
            }
            const sdi_usertype *u = sdi_usertype_find(p->cat, ds, dot ? dot + 1 : base);
            if (!u || u->kind != SDI_TYPE_DOMAIN || !u->base_cast)
                break;
            base = u->base_cast;
        }
        return sdi_pg_deparse_default(p, e, base);
    }
    /* SQLite keeps the source text; (expr) is stored without parentheses */
    const char *a = e->start, *b = e->end;
    if (e->kind == SDI_E_PAREN) {
        a++;
        b--;
    }
    while (a < b && (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r'))
        a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n' || b[-1] == '\r'))
        b--;
    return sdi_hdupn(p, a, (size_t)(b - a));
}

static char *default_text(sd_parse *p, const coldesc *cd)
{
    return sdi_default_text(p, cd->dflt, cd->type, cd->base);
}

/* The engine evaluates defaults and constraints once the table (and its
 * serial sequences) exist; an error there rolls the statement back: the
 * table goes again, with what it brought. */
static void table_undone_on_error(sd_parse *p, sd_table *t)
{
    if (p->outcome != SD_OUTCOME_ENGINE_ERROR || p->oom)
        return;
    if (p->last_table == t)
        p->last_table = NULL;
    sdi_table_drop(p->cat, t);
}

static sd_column *make_column(sd_parse *p, const coldesc *cd, sdi_loc loc)
{
    sd_column *col = sdi_calloc(1, sizeof *col);
    if (!col) {
        p->oom = true;
        return NULL;
    }
    col->name = sdi_hdup(p, cd->name);
    const char *declared = "";
    if (cd->copy) {
        const sd_column *src = cd->copy;
        int opts = cd->def->like_opts;
        declared = src->declared ? src->declared : src->type;
        if (src->default_text && ((src->generated && (opts & SDI_LIKE_GENERATED)) ||
                                  (!src->generated && !src->identity && (opts & SDI_LIKE_DEFAULTS))))
            col->default_text = sdi_hdup(p, src->default_text);
        if (src->comment && (opts & SDI_LIKE_COMMENTS))
            col->comment = sdi_hdup(p, src->comment);
    } else if (cd->def->type) {
        declared = sdi_arena_strndup(&p->arena, cd->def->type->start,
                                     (size_t)(cd->def->type->end - cd->def->type->start));
    }
    if (!declared || sdi_column_set_type(p->cat, col, cd->type, cd->base, declared) != SD_OK)
        p->oom = true;
    col->not_null = cd->not_null;
    col->identity = cd->identity;
    col->generated = cd->generated;
    col->created = col->changed = loc;
    if (!p->oom && cd->dflt)
        col->default_text = default_text(p, cd);

    if (p->oom) {
        sdi_column_free(col);
        return NULL;
    }
    return col;
}

/* ---- constraints ---- */

/* A key/check/fk constraint being defined. */
typedef struct condesc {
    sdi_constraint *src;
    int kind;                 /* enum sd_constraint_kind */
    char *name;               /* arena; NULL when unnamed */
    char **cols;              /* arena */
    size_t ncols;
    bool column_level;
    char *column;             /* for column-level constraints */
    sd_table *ref;            /* PostgreSQL: the referenced table */
    char *ref_schema, *ref_table;
    char **ref_cols;
    size_t nref_cols;
    bool deferrable, deferred, not_valid, nulls_not_distinct, no_inherit;
    sd_index *using_index;    /* PostgreSQL ADD ... USING INDEX: the index it takes */
} condesc;

typedef struct condescs {
    condesc *v;
    size_t n, cap;
} condescs;

static condesc *condescs_add(sd_parse *p, condescs *l)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        condesc *v = sdp_alloc(p, cap * sizeof *v);
        if (!v)
            return NULL;
        if (l->n)
            memcpy(v, l->v, l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    return &l->v[l->n++];
}

static char **ident_list(sd_parse *p, const sdi_namelist *l)
{
    char **v = sdp_alloc(p, (l->n ? l->n : 1) * sizeof *v);
    if (!v)
        return NULL;
    for (size_t i = 0; i < l->n; i++)
        if (!(v[i] = sdi_ident(p, &l->items[i])))
            return NULL;
    return v;
}

/* A [NOT] DEFERRABLE / INITIALLY {DEFERRED | IMMEDIATE} clause c after
 * constraint `last` (NULL: after NOT NULL, DEFAULT ...), with the engine's
 * checks: a column's clauses (transformConstraintAttrs) are misplaced after
 * anything but a key, and may not repeat; a table constraint's (the
 * grammar, then processCASbits) may not contradict each other, and a CHECK
 * takes only the two that change nothing. `seen` collects the clauses of
 * `last`. False with the error set. */
static bool deferrability_ok(sd_parse *p, const sdi_constraint *c, const condesc *last, bool column_level,
                             unsigned *seen)
{
    enum { DEF = 1, NOTDEF = 2, INITDEF = 4, INITIMM = 8 };
    unsigned bit = c->kind == SDI_C_DEFERRABLE ? DEF : c->kind == SDI_C_NOT_DEFERRABLE ? NOTDEF
                 : c->kind == SDI_C_INITIALLY_DEFERRED ? INITDEF : INITIMM;
    static const char *const words[] = {"", "DEFERRABLE", "NOT DEFERRABLE", "", "INITIALLY DEFERRED", "", "", "",
                                        "INITIALLY IMMEDIATE"};
    bool deferrability = bit & (DEF | NOTDEF);
    const char *err = NULL;
    if (column_level) {
        if (!last || last->kind == SD_CONSTRAINT_CHECK) {
            sdi_engine_error(p, c->at.z, "misplaced %s clause", words[bit]);
            return false;
        }
        if (*seen & (deferrability ? DEF | NOTDEF : INITDEF | INITIMM))
            err = deferrability ? "multiple DEFERRABLE/NOT DEFERRABLE clauses not allowed"
                                : "multiple INITIALLY IMMEDIATE/DEFERRED clauses not allowed";
    } else if ((bit == DEF && (*seen & NOTDEF)) || (bit == NOTDEF && (*seen & DEF)) ||
               (bit == INITDEF && (*seen & INITIMM)) || (bit == INITIMM && (*seen & INITDEF))) {
        err = "conflicting constraint properties";
    } else if (last && last->kind == SD_CONSTRAINT_CHECK && (bit & (DEF | INITDEF))) {
        err = "CHECK constraints cannot be marked DEFERRABLE";
    }
    *seen |= bit;
    if (!err && (*seen & NOTDEF) && (*seen & INITDEF))
        err = "constraint declared INITIALLY DEFERRED must be DEFERRABLE";
    if (err) {
        sdi_engine_error(p, c->at.z, "%s", err);
        return false;
    }
    return true;
}

/* Walk a list of constraints of one element (a column or a table
 * constraint with its attributes) into condescs. */
static bool collect_constraints(sd_parse *p, sdi_constraint *list, const char *column,
                                condescs *out)
{
    condesc *last = NULL;
    unsigned seen = 0;   /* the deferrability clauses of `last` so far */
    for (sdi_constraint *c = list; c; c = c->next) {
        int kind = 0;
        switch (c->kind) {
        case SDI_C_PRIMARY_KEY: kind = SD_CONSTRAINT_PRIMARY_KEY; break;
        case SDI_C_UNIQUE: kind = SD_CONSTRAINT_UNIQUE; break;
        case SDI_C_CHECK: kind = SD_CONSTRAINT_CHECK; break;
        case SDI_C_FOREIGN_KEY: kind = SD_CONSTRAINT_FOREIGN_KEY; break;
        case SDI_C_EXCLUDE:
            if (!PG(p)) {
                sdi_engine_error(p, c->at.z, "near \"EXCLUDE\": syntax error");
                return false;
            }
            kind = SD_CONSTRAINT_EXCLUSION;
            break;
        case SDI_C_NO_INHERIT:
            if (!last || last->kind != SD_CONSTRAINT_CHECK) {
                sdi_engine_error(p, c->at.z, "%s constraints cannot be marked NO INHERIT",
                                 last && last->kind == SD_CONSTRAINT_PRIMARY_KEY ? "PRIMARY KEY"
                                 : last && last->kind == SD_CONSTRAINT_FOREIGN_KEY ? "FOREIGN KEY"
                                                                                   : "UNIQUE");
                return false;
            }
            last->no_inherit = true;
            continue;
        case SDI_C_DEFERRABLE:
        case SDI_C_NOT_DEFERRABLE:
        case SDI_C_INITIALLY_DEFERRED:
        case SDI_C_INITIALLY_IMMEDIATE:
        case SDI_C_NOT_VALID:
            if (c->kind == SDI_C_NOT_VALID) {
                if (!last || (last->kind != SD_CONSTRAINT_CHECK && last->kind != SD_CONSTRAINT_FOREIGN_KEY)) {
                    sdi_engine_error(p, c->at.z, "%s constraints cannot be marked NOT VALID",
                                     last && last->kind == SD_CONSTRAINT_PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE");
                    return false;
                }
                last->not_valid = true;
                continue;
            }
            if (!deferrability_ok(p, c, last, column != NULL, &seen))
                return false;
            if (last->kind == SD_CONSTRAINT_CHECK)
                continue;   /* a table CHECK may say NOT DEFERRABLE / INITIALLY IMMEDIATE */
            if (c->kind == SDI_C_DEFERRABLE)
                last->deferrable = true;
            else if (c->kind == SDI_C_NOT_DEFERRABLE)
                last->deferrable = false;
            else if (c->kind == SDI_C_INITIALLY_DEFERRED)
                last->deferred = last->deferrable = true;
            else
                last->deferred = false;
            continue;
        default:
            last = NULL;
            continue;
        }
        condesc *d = condescs_add(p, out);
        if (!d)
            return false;
        memset(d, 0, sizeof *d);
        seen = 0;
        d->src = c;
        d->kind = kind;
        if (c->name.n && !(d->name = sdi_ident(p, &c->name)))
            return false;
        d->nulls_not_distinct = kind == SD_CONSTRAINT_UNIQUE && c->ival == 1;
        if (column) {
            d->column_level = true;
            d->column = (char *)column;
            if (kind != SD_CONSTRAINT_CHECK) {
                d->cols = sdp_alloc(p, sizeof *d->cols);
                if (!d->cols)
                    return false;
                d->cols[0] = (char *)column;
                d->ncols = 1;
            }
        } else if (kind == SD_CONSTRAINT_EXCLUSION) {
            /* the element columns (expressions fail closed when applied) */
            size_t nk = 0;
            for (sdi_index_key *k = c->excl; k; k = k->next)
                nk++;
            d->cols = sdp_alloc(p, (nk ? nk : 1) * sizeof *d->cols);
            if (!d->cols)
                return false;
            for (sdi_index_key *k = c->excl; k; k = k->next)
                if (k->expr && k->expr->kind == SDI_E_COLUMN)
                    d->cols[d->ncols++] = (char *)k->expr->text;
        } else if (kind != SD_CONSTRAINT_CHECK) {
            if (!(d->cols = ident_list(p, &c->cols)))
                return false;
            d->ncols = c->cols.n;
        }
        if (kind == SD_CONSTRAINT_FOREIGN_KEY) {
            if (!(d->ref_cols = ident_list(p, &c->ref_cols)))
                return false;
            d->nref_cols = c->ref_cols.n;
        }
        last = d;
    }
    return true;
}

/* Column names referenced by an expression (PostgreSQL check naming). */
static void expr_columns(const sdi_expr *e, const char **first, size_t *distinct)
{
    if (!e)
        return;
    if (e->kind == SDI_E_COLUMN) {
        if (!*first) {
            *first = e->text;
            *distinct = 1;
        } else if (strcmp(*first, e->text) != 0) {
            *distinct = 2;
        }
        return;
    }
    if (e->kind == SDI_E_FUNC || e->kind == SDI_E_BINARY || e->kind == SDI_E_UNARY ||
        e->kind == SDI_E_POSTFIX || e->kind == SDI_E_CAST || e->kind == SDI_E_PAREN ||
        e->kind == SDI_E_LIST || e->kind == SDI_E_IN || e->kind == SDI_E_ARRAY ||
        e->kind == SDI_E_OTHER)
        for (size_t i = 0; i < e->nargs; i++)
            expr_columns(e->args[i], first, distinct);
}

/* Is `name` one of the columns being defined? Long lists get a name map,
 * cached in the parse state for the statement. */
static bool pending_has(sd_parse *p, const coldesc *cols, size_t ncols, const char *name)
{
    if (!cols || !ncols)
        return false;
    if (ncols < 16) {
        for (size_t i = 0; i < ncols; i++)
            if (PG(p) ? strcmp(cols[i].name, name) == 0 : strcasecmp(cols[i].name, name) == 0)
                return true;
        return false;
    }
    if (p->pending_for != cols || p->pending_n != ncols) {
        sdi_map_free(&p->pending_map);
        p->pending_for = cols;
        p->pending_n = ncols;
        for (size_t i = 0; i < ncols; i++) {
            char *k = sdi_name_key(p->cat, cols[i].name);
            if (!k || sdi_map_put(&p->pending_map, k, (void *)&cols[i]) != SD_OK) {
                sdi_free(k);
                p->oom = true;
                return false;
            }
            sdi_free(k);
        }
    }
    char *k = sdi_name_key(p->cat, name);
    if (!k) {
        p->oom = true;
        return false;
    }
    bool found = sdi_map_get(&p->pending_map, k) != NULL;
    sdi_free(k);
    return found;
}

static bool deps_add(sd_parse *p, char ***v, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*v)[i], name) == 0)
            return true;
    char **nv = sdi_realloc(*v, (*n + 1) * sizeof *nv);
    if (!nv) {
        p->oom = true;
        return false;
    }
    *v = nv;
    if (!(nv[*n] = sdi_hdup(p, name)))
        return false;
    (*n)++;
    return true;
}

static void deps_walk(sd_parse *p, const sdi_expr *e, char ***v, size_t *n)
{
    if (!e || p->oom)
        return;
    if (e->kind == SDI_E_COLUMN) {
        deps_add(p, v, n, e->text);
        return;
    }
    for (size_t i = 0; i < e->nargs; i++)
        deps_walk(p, e->args[i], v, n);
}

char **sdi_expr_deps(sd_parse *p, const sdi_expr *e, char **have, size_t *n)
{
    deps_walk(p, e, &have, n);
    return have;
}

/* Is every column an expression mentions present? Reports the first missing. */
static bool expr_columns_exist(sd_parse *p, const sdi_expr *e, const coldesc *cols, size_t ncols,
                               const sd_table *t)
{
    if (!e)
        return true;
    if (e->kind == SDI_E_COLUMN && e->start + 0 == e->start) {
        bool found = pending_has(p, cols, ncols, e->text);
        if (!found && t)
            found = sdi_column_find(p->cat, t, e->text) != NULL;
        if (!found && PG(p)) {
            sdi_engine_error(p, e->start, "column \"%s\" does not exist", e->text);
            return false;
        }
        return true;
    }
    if (e->kind == SDI_E_OTHER)
        return true;   /* not interpreted */
    for (size_t i = 0; i < e->nargs; i++)
        if (!expr_columns_exist(p, e->args[i], cols, ncols, t))
            return false;
    return true;
}

static bool name_in(char **names, size_t n, const char *name, const sd_catalog *cat)
{
    for (size_t i = 0; i < n; i++)
        if (cat->dialect == SD_DIALECT_POSTGRES ? strcmp(names[i], name) == 0
                                                : strcasecmp(names[i], name) == 0)
            return true;
    return false;
}

/* Does table t (or the columns being defined) have column `name`? */
static bool has_column(sd_parse *p, const sd_table *t, const coldesc *cols, size_t ncols,
                       const char *name)
{
    return pending_has(p, cols, ncols, name) || (t && sdi_column_find(p->cat, t, name));
}

/* Resolve a PostgreSQL foreign key's target: table, columns (defaulting to
 * the primary key) and a matching unique constraint. `self` is the table
 * being created (which may reference itself) with its pending keys. */
static bool resolve_fk(sd_parse *p, condesc *d, sd_table *self, const char *self_name,
                       sd_schema *self_schema, condescs *pending, const coldesc *cols,
                       size_t ncols)
{
    sdi_constraint *c = d->src;
    char *rname = sdi_ident(p, &c->ref.name);
    if (!rname)
        return false;
    sd_schema *s = sdi_lookup_schema(p, &c->ref, rname);
    if (!s)
        return false;
    d->ref_schema = s->name;
    d->ref_table = rname;
    if (!PG(p))
        return true;
    bool is_self = s == self_schema && strcmp(rname, self_name) == 0;
    sd_table *rt = NULL;
    if (!is_self) {
        sdi_rel *r = sdi_rel_find(p->cat, s, rname);
        if (!r || r->kind != SDI_REL_TABLE) {
            if (r)
                sdi_engine_error(p, c->ref.name.z, "referenced relation \"%s\" is not a table", rname);
            else
                sdi_engine_error(p, c->ref.name.z, "relation \"%s%s%s\" does not exist",
                                 c->ref.schema.n ? s->name : "", c->ref.schema.n ? "." : "", rname);
            return false;
        }
        rt = r->obj;
    } else {
        rt = self;
    }
    d->ref = rt;
    /* candidate keys of the referenced table */
    if (d->nref_cols == 0) {
        bool found = false;
        if (rt)
            for (size_t i = 0; i < rt->constraints.len && !found; i++) {
                sd_constraint *k = rt->constraints.items[i];
                if (k->kind == SD_CONSTRAINT_PRIMARY_KEY) {
                    d->ref_cols = k->cols;
                    d->nref_cols = k->ncols;
                    found = true;
                }
            }
        if (is_self && pending)
            for (size_t i = 0; i < pending->n && !found; i++)
                if (pending->v[i].kind == SD_CONSTRAINT_PRIMARY_KEY) {
                    d->ref_cols = pending->v[i].cols;
                    d->nref_cols = pending->v[i].ncols;
                    found = true;
                }
        if (!found) {
            sdi_engine_error(p, c->ref.name.z, "there is no primary key for referenced table \"%s\"", rname);
            return false;
        }
    } else {
        for (size_t i = 0; i < d->nref_cols; i++)
            if (!has_column(p, rt, is_self ? cols : NULL, is_self ? ncols : 0, d->ref_cols[i])) {
                sdi_engine_error(p, c->ref.name.z,
                                 "column \"%s\" referenced in foreign key constraint does not exist",
                                 d->ref_cols[i]);
                return false;
            }
        bool unique = false;
        if (rt)
            for (size_t i = 0; i < rt->indexes.len && !unique; i++) {
                sd_index *ix = rt->indexes.items[i];
                if (!ix->unique || ix->where || ix->nkeys != d->nref_cols)
                    continue;
                bool all = true;
                for (size_t k = 0; k < ix->nkeys && all; k++) {
                    all = ix->keys[k].column != NULL &&
                          name_in(d->ref_cols, d->nref_cols, ix->keys[k].column, p->cat);
                }
                unique = all;
            }
        if (is_self && pending)
            for (size_t i = 0; i < pending->n && !unique; i++) {
                condesc *k = &pending->v[i];
                if ((k->kind == SD_CONSTRAINT_PRIMARY_KEY || k->kind == SD_CONSTRAINT_UNIQUE) &&
                    k->ncols == d->nref_cols) {
                    bool all = true;
                    for (size_t j = 0; j < k->ncols && all; j++)
                        all = name_in(d->ref_cols, d->nref_cols, k->cols[j], p->cat);
                    unique = all;
                }
            }
        if (!unique) {
            sdi_engine_error(p, c->ref.name.z,
                             "there is no unique constraint matching given keys for referenced table \"%s\"",
                             rname);
            return false;
        }
    }
    if (d->nref_cols != d->ncols) {
        sdi_engine_error(p, c->at.z, "number of referencing and referenced columns for foreign key disagree");
        return false;
    }
    return true;
}

/* ---- applying keys, checks, foreign keys ---- */

static char **heap_names(sd_parse *p, char **names, size_t n)
{
    char **v = sdi_calloc(n ? n : 1, sizeof *v);
    if (!v) {
        p->oom = true;
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        v[i] = sdi_hdup(p, names[i]);
    return v;
}

static sd_constraint *add_constraint(sd_parse *p, sd_table *t, const condesc *d, const char *name,
                                     sdi_loc loc)
{
    sd_constraint *k = sdi_calloc(1, sizeof *k);
    if (!k) {
        p->oom = true;
        return NULL;
    }
    k->kind = d->kind;
    k->name = name ? sdi_hdup(p, name) : NULL;
    k->seq = p->cat->next_seq++;
    k->not_valid = d->not_valid;
    k->no_inherit = d->no_inherit;
    k->nulls_not_distinct = d->nulls_not_distinct;
    if (d->column_level)
        k->owner_column = sdi_hdup(p, d->column);
    k->created = k->changed = loc;
    if (d->kind != SD_CONSTRAINT_CHECK) {
        k->cols = heap_names(p, d->cols, d->ncols);
        k->ncols = d->ncols;
    } else {
        const sdi_expr *e = d->src->expr;
        k->expr = e ? sdi_hdupn(p, e->start, (size_t)(e->end - e->start)) : sdi_hdup(p, "");
        k->deps = sdi_expr_deps(p, e, NULL, &k->ndeps);
        if (PG(p))
            k->expr_canon = sdi_pg_canonical_check(p, e, t);
    }
    if (d->kind == SD_CONSTRAINT_FOREIGN_KEY) {
        k->ref_schema = sdi_hdup(p, d->ref_schema);
        k->ref_table = sdi_hdup(p, d->ref_table);
        k->ref_cols = heap_names(p, d->ref_cols, d->nref_cols);
        k->nref_cols = d->nref_cols;
        k->on_delete = d->src->on_delete;
        k->on_update = d->src->on_update;
        k->match = d->src->match;
        k->deferrable = d->deferrable;
        k->deferred = d->deferred;
    } else if (d->kind != SD_CONSTRAINT_CHECK) {
        k->deferrable = d->deferrable;
        k->deferred = d->deferred;
    }
    if (sdi_vec_push(&t->constraints, k) != SD_OK) {
        sdi_constraint_free(k);
        p->oom = true;
        return NULL;
    }
    if (k->kind == SD_CONSTRAINT_FOREIGN_KEY && k->ref_table)
        sdi_note_referrer(p->cat, SDI_REF_FK_TARGET, k->ref_table, t, &t->handle);
    if (PG(p) && name && sdi_constraint_name_use(t->schema, name, 1) != SD_OK)
        p->oom = true;
    return k;
}

static sd_index *add_index(sd_parse *p, sd_table *t, const char *name, sdi_loc loc)
{
    sd_index *ix = sdi_calloc(1, sizeof *ix);
    if (!ix) {
        p->oom = true;
        return NULL;
    }
    ix->name = sdi_hdup(p, name);
    ix->table = t;
    ix->method = sdi_hdup(p, "btree");
    ix->created = ix->changed = loc;
    ix->seq = p->cat->next_seq++;
    if (p->oom || sdi_vec_push(&t->indexes, ix) != SD_OK) {
        sdi_index_free(ix);
        p->oom = true;
        return NULL;
    }
    if (sdi_rel_add(p->cat, t->schema, ix->name, SDI_REL_INDEX, ix) != SD_OK)
        p->oom = true;
    return ix;
}

/* PostgreSQL ADD ... USING INDEX: the constraint takes the index, which is
 * renamed to the constraint's name when that differs; a primary key's
 * columns become NOT NULL. */
static void pg_attach_key_index(sd_parse *p, sd_table *t, const condesc *d, sdi_loc loc)
{
    sd_index *ix = d->using_index;
    const char *name = d->name ? d->name : ix->name;
    if (strcmp(name, ix->name) != 0 && sdi_rel_find(p->cat, t->schema, name)) {
        sdi_engine_error(p, d->src->name.z, "relation \"%s\" already exists", name);
        return;
    }
    if (sdi_constraint_name_taken(t->schema, name))
        for (size_t i = 0; i < t->constraints.len; i++) {
            sd_constraint *k = t->constraints.items[i];
            if (k->name && strcmp(k->name, name) == 0) {
                sdi_engine_error(p, d->src->start, "constraint \"%s\" for relation \"%s\" already exists",
                                 name, t->name);
                return;
            }
        }
    if (!add_constraint(p, t, d, name, loc))
        return;
    if (strcmp(name, ix->name) != 0) {
        char *nn = sdi_hdup(p, name);
        if (!nn)
            return;
        sdi_rel_remove(p->cat, t->schema, ix->name);
        sdi_free(ix->name);
        ix->name = nn;
        if (sdi_rel_add(p->cat, t->schema, ix->name, SDI_REL_INDEX, ix) != SD_OK)
            p->oom = true;
    }
    ix->primary = d->kind == SD_CONSTRAINT_PRIMARY_KEY;
    ix->constraint = sdi_hdup(p, name);
    ix->changed = loc;
    if (ix->primary)
        for (size_t i = 0; i < d->ncols; i++) {
            sd_column *c = sdi_column_find(p->cat, t, d->cols[i]);
            if (c && !c->not_null) {
                c->not_null = true;
                c->changed = loc;
            }
        }
}

/* The access method of an exclusion constraint (btree when unsaid). */
static const char *exclusion_method(sd_parse *p, const condesc *d)
{
    if (!d->src->method.n)
        return "btree";
    char *m = sdi_ident(p, &d->src->method);
    return m ? m : "btree";
}

static bool is_range_type(const sd_catalog *cat, const sd_column *c)
{
    static const char *const builtin[] = {
        "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
        "int4multirange", "int8multirange", "nummultirange", "tsmultirange",
        "tstzmultirange", "datemultirange", NULL,
    };
    for (const char *const *b = builtin; *b; b++)
        if (strcmp(c->type, *b) == 0)
            return true;
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->types.len; i++) {
            const sdi_usertype *u = s->types.items[i];
            if (u->kind != SDI_TYPE_RANGE && u->kind != SDI_TYPE_MULTIRANGE)
                continue;
            char *disp = sdi_usertype_display(s, u);
            bool same = disp && strcmp(disp, c->type) == 0;
            sdi_free(disp);
            if (same)
                return true;
        }
    }
    return false;
}

/* pg_get_constraintdef's text of an exclusion constraint, in the arena, or
 * NULL after failing closed. Modelled: plain column elements; gist with
 * range columns, or any column once btree_gist is installed; btree and hash
 * with "=". Whether another operator class or operator exists is not known
 * here, so those fail closed. */
static char *pg_exclusion_def(sd_parse *p, sd_table *t, const condesc *d)
{
    const sdi_constraint *c = d->src;
    if (t->partition_key) {
        sdi_engine_error(p, c->at.z, "exclusion constraints are not supported on partitioned tables");
        return NULL;
    }
    const char *method = exclusion_method(p, d);
    bool gist = strcmp(method, "gist") == 0;
    if (!gist && strcmp(method, "btree") != 0 && strcmp(method, "hash") != 0) {
        sdi_unmodelled(p, c->method.z, "exclusion constraints using %s are not modelled", method);
        return NULL;
    }
    if (c->expr) {
        sdi_unmodelled(p, c->expr->start, "a WHERE clause on an exclusion constraint is not modelled yet");
        return NULL;
    }
    bool btree_gist = false;
    for (size_t e = 0; e < p->cat->extensions.len; e++)
        btree_gist |= strcmp(((sdi_extension *)p->cat->extensions.items[e])->name, "btree_gist") == 0;
    sdi_str def = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&def, "EXCLUDE USING ");
    sdi_str_add(&def, method);
    sdi_str_add(&def, " (");
    size_t i = 0;
    for (const sdi_index_key *k = c->excl; k; k = k->next, i++) {
        if (!k->expr || k->expr->kind != SDI_E_COLUMN || k->opclass.n || k->collation.n || k->desc || k->nulls) {
            sdi_unmodelled(p, k->expr ? k->expr->start : c->at.z,
                           "exclusion constraint elements other than plain columns are not modelled yet");
            sdi_str_free(&def);
            return NULL;
        }
        sd_column *col = sdi_column_find(p->cat, t, k->expr->text);
        if (!col) {
            sdi_engine_error(p, k->expr->start, "column \"%s\" named in key does not exist", k->expr->text);
            sdi_str_free(&def);
            return NULL;
        }
        bool eq = k->excl_op.n == 1 && k->excl_op.z[0] == '=';
        if (gist ? !(btree_gist || is_range_type(p->cat, col)) : !eq) {
            sdi_unmodelled(p, k->expr->start, "whether type %s has a %s operator class with operator %.*s "
                           "is not modelled", col->type, method, (int)k->excl_op.n, k->excl_op.z);
            sdi_str_free(&def);
            return NULL;
        }
        if (i)
            sdi_str_add(&def, ", ");
        sdi_pg_add_ident(&def, col->name);
        sdi_str_add(&def, " WITH ");
        sdi_str_addn(&def, k->excl_op.z, k->excl_op.n);
    }
    sdi_str_addc(&def, ')');
    if (c->cols.n) {
        sdi_str_add(&def, " INCLUDE (");
        for (size_t j = 0; j < c->cols.n; j++) {
            char *cn = sdi_ident(p, &c->cols.items[j]);
            sd_column *col = cn ? sdi_column_find(p->cat, t, cn) : NULL;
            if (!col) {
                if (cn)
                    sdi_engine_error(p, c->cols.items[j].z, "column \"%s\" named in key does not exist", cn);
                sdi_str_free(&def);
                return NULL;
            }
            if (j)
                sdi_str_add(&def, ", ");
            sdi_pg_add_ident(&def, col->name);
        }
        sdi_str_addc(&def, ')');
    }
    if (d->deferrable)
        sdi_str_add(&def, d->deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
    char *r = def.oom ? NULL : sdi_arena_strndup(&p->arena, def.data, def.len);
    sdi_str_free(&def);
    if (!r)
        p->oom = true;
    return r;
}

/* The index behind an exclusion constraint: its method, INCLUDE columns;
 * the constraint keeps pg_get_constraintdef's text. */
static void pg_exclusion_index(sd_parse *p, sd_constraint *k, sd_index *ix, const condesc *d,
                               const char *def)
{
    sdi_free(k->expr);
    k->expr = sdi_hdup(p, def);
    sdi_free(ix->method);
    ix->method = sdi_hdup(p, exclusion_method(p, d));
    const sdi_namelist *inc = &d->src->cols;
    if (!inc->n)
        return;
    ix->include = sdi_calloc(inc->n, sizeof *ix->include);
    if (!ix->include) {
        p->oom = true;
        return;
    }
    for (size_t j = 0; j < inc->n; j++) {
        sd_column *col = sdi_column_find(p->cat, ix->table, sdi_ident(p, &inc->items[j]));
        ix->include[ix->ninclude++] = sdi_hdup(p, col ? col->name : "");
    }
}

/* PostgreSQL: create the index behind a primary key or unique constraint. */
static void pg_add_key(sd_parse *p, sd_table *t, const condesc *d, sdi_loc loc)
{
    if (d->using_index) {
        pg_attach_key_index(p, t, d, loc);
        return;
    }
    const char *label = d->kind == SD_CONSTRAINT_PRIMARY_KEY ? "pkey" :
                        d->kind == SD_CONSTRAINT_EXCLUSION ? "excl" : "key";
    char *excl_def = NULL;
    if (d->kind == SD_CONSTRAINT_EXCLUSION && !(excl_def = pg_exclusion_def(p, t, d)))
        return;
    char *name = NULL;
    if (d->name) {
        if (sdi_rel_find(p->cat, t->schema, d->name)) {
            sdi_engine_error(p, d->src->name.z, "relation \"%s\" already exists", d->name);
            return;
        }
        name = sdi_hdup(p, d->name);
    } else {
        sdi_str add = SDI_SCRATCH_STR(&p->arena);
        /* key columns, then an exclusion constraint's INCLUDE columns */
        size_t ninc = d->kind == SD_CONSTRAINT_EXCLUSION ? d->src->cols.n : 0;
        if (d->kind != SD_CONSTRAINT_PRIMARY_KEY)
            for (size_t i = 0; i < d->ncols + ninc; i++) {
                const char *cn = i < d->ncols ? d->cols[i] : sdi_ident(p, &d->src->cols.items[i - d->ncols]);
                if (!cn)
                    break;
                if (i)
                    sdi_str_addc(&add, '_');
                sdi_str_add(&add, cn);
                if (add.len >= NAMEDATALEN)
                    break;
            }
        char *addition = add.data ? sdi_str_take(&add) : NULL;
        name = sdi_pg_choose_index_name(p->cat, t->schema, t->name, addition, label, true);
        sdi_free(addition);
        if (!name)
            p->oom = true;
    }
    if (p->oom) {
        sdi_free(name);
        return;
    }
    if (sdi_constraint_name_taken(t->schema, name)) {
        /* explicit name used by a constraint of this table */
        for (size_t i = 0; i < t->constraints.len; i++) {
            sd_constraint *k = t->constraints.items[i];
            if (k->name && strcmp(k->name, name) == 0) {
                sdi_engine_error(p, d->src->start, "constraint \"%s\" for relation \"%s\" already exists",
                                 name, t->name);
                sdi_free(name);
                return;
            }
        }
    }
    sd_constraint *k = add_constraint(p, t, d, name, loc);
    sd_index *ix = k ? add_index(p, t, name, loc) : NULL;
    sdi_free(name);
    if (!ix)
        return;
    ix->unique = d->kind != SD_CONSTRAINT_EXCLUSION;
    if (excl_def)
        pg_exclusion_index(p, k, ix, d, excl_def);
    ix->primary = d->kind == SD_CONSTRAINT_PRIMARY_KEY;
    ix->nulls_not_distinct = d->nulls_not_distinct;
    ix->constraint = sdi_hdup(p, k->name);
    ix->keys = sdi_calloc(d->ncols ? d->ncols : 1, sizeof *ix->keys);
    if (!ix->keys) {
        p->oom = true;
        return;
    }
    ix->nkeys = d->ncols;
    for (size_t i = 0; i < d->ncols; i++) {
        ix->keys[i].column = sdi_hdup(p, d->cols[i]);
        ix->keys[i].attname = sdi_hdup(p, d->cols[i]);
    }
    if (ix->primary)
        for (size_t i = 0; i < d->ncols; i++) {
            sd_column *c = sdi_column_find(p->cat, t, d->cols[i]);
            if (c && !c->not_null) {
                c->not_null = true;
                c->changed = loc;
            }
        }
}

static void pg_add_check(sd_parse *p, sd_table *t, const condesc *d, sdi_loc loc, sdi_map *batch)
{
    char *name;
    if (d->name) {
        if (batch && sdi_map_get(batch, d->name)) {
            sdi_engine_error(p, d->src->start, "check constraint \"%s\" already exists", d->name);
            return;
        }
        for (size_t i = 0; sdi_constraint_name_taken(t->schema, d->name) && i < t->constraints.len; i++) {
            sd_constraint *k = t->constraints.items[i];
            if (k->name && strcmp(k->name, d->name) == 0) {
                sdi_engine_error(p, d->src->start, "constraint \"%s\" for relation \"%s\" already exists",
                                 d->name, t->name);
                return;
            }
        }
        name = sdi_hdup(p, d->name);
    } else {
        const char *first = NULL;
        size_t distinct = 0;
        expr_columns(d->src->expr, &first, &distinct);
        /* names chosen earlier in the batch are registered already */
        name = sdi_pg_choose_constraint_name(p->cat, t->schema, t->name,
                                             distinct == 1 ? first : NULL, "check", NULL);
        if (!name)
            p->oom = true;
    }
    if (p->oom) {
        sdi_free(name);
        return;
    }
    add_constraint(p, t, d, name, loc);
    if (batch && sdi_map_put(batch, name, (void *)1) != SD_OK)
        p->oom = true;
    sdi_free(name);
}

static void pg_add_fk(sd_parse *p, sd_table *t, const condesc *d, sdi_loc loc)
{
    char *name;
    if (d->name) {
        for (size_t i = 0; sdi_constraint_name_taken(t->schema, d->name) && i < t->constraints.len; i++) {
            sd_constraint *k = t->constraints.items[i];
            if (k->name && strcmp(k->name, d->name) == 0) {
                sdi_engine_error(p, d->src->start, "constraint \"%s\" for relation \"%s\" already exists",
                                 d->name, t->name);
                return;
            }
        }
        name = sdi_hdup(p, d->name);
    } else {
        sdi_str add = SDI_SCRATCH_STR(&p->arena);
        for (size_t i = 0; i < d->ncols; i++) {
            if (i)
                sdi_str_addc(&add, '_');
            sdi_str_add(&add, d->cols[i]);
            if (add.len >= NAMEDATALEN)
                break;
        }
        char *addition = sdi_str_take(&add);
        name = sdi_pg_choose_constraint_name(p->cat, t->schema, t->name, addition, "fkey", NULL);
        sdi_free(addition);
        if (!name)
            p->oom = true;
    }
    if (!p->oom)
        add_constraint(p, t, d, name, loc);
    sdi_free(name);
}

/* ---- SQLite keys ---- */

/* A table key column's COLLATE name (name token `name`), or NULL. */
static char *key_item_collation(sd_parse *p, const sd_token *name)
{
    const char *from = name->z + name->n;
    if (from >= p->stmt_end)
        return NULL;
    sd_lexer lx;
    sdi_lexer_init(&lx, p->cat->dialect, from, (size_t)(p->stmt_end - from));
    sd_token t[2];
    for (int k = 0; k < 2;) {
        int type = sdi_lex(&lx, &t[k]);
        if (type == SDI_TK_COMMENT)
            continue;
        t[k].type = type;
        if (type == 0 || type == SD_TK_ILLEGAL)
            return NULL;
        k++;
    }
    return t[0].type == SD_TK_COLLATE && sdi_tok_name(&t[1]) ? sdi_ident(p, &t[1]) : NULL;
}

/* Is a table key's column (name token `name`) followed by DESC, after an
 * optional COLLATE name? (The key lists keep names only.) */
static bool key_item_desc(sd_parse *p, const sd_token *name)
{
    const char *from = name->z + name->n;
    if (from >= p->stmt_end)
        return false;
    sd_lexer lx;
    sdi_lexer_init(&lx, p->cat->dialect, from, (size_t)(p->stmt_end - from));
    int seen[3] = {0, 0, 0};
    for (int k = 0; k < 3;) {
        sd_token t;
        int type = sdi_lex(&lx, &t);
        if (type == SDI_TK_COMMENT)
            continue;
        seen[k++] = type;
        if (type == 0 || type == SD_TK_ILLEGAL)
            break;
    }
    return seen[0] == SD_TK_DESC || (seen[0] == SD_TK_COLLATE && seen[2] == SD_TK_DESC);
}

static void sqlite_add_key(sd_parse *p, sd_table *t, const condesc *d, sdi_loc loc)
{
    /* The key's index: skipped for a rowid alias and when an identical
     * index exists already. */
    bool make_index = true;
    if (d->kind == SD_CONSTRAINT_PRIMARY_KEY && t->has_rowid_pk)
        make_index = false;
    /* the key's collations (SQLite compares them when it looks for an
     * equivalent index; sort order does not count) */
    char **coll = sdp_alloc(p, (d->ncols ? d->ncols : 1) * sizeof *coll);
    if (!coll)
        return;
    for (size_t k = 0; k < d->ncols; k++)
        coll[k] = !d->column_level && k < d->src->cols.n ? key_item_collation(p, &d->src->cols.items[k]) : NULL;
    for (size_t i = 0; i < t->indexes.len && make_index; i++) {
        sd_index *ix = t->indexes.items[i];
        if (!ix->unique || ix->nkeys != d->ncols || ix->where)
            continue;
        bool same = true;
        for (size_t k = 0; k < ix->nkeys && same; k++)
            same = ix->keys[k].column && strcasecmp(ix->keys[k].column, d->cols[k]) == 0 &&
                   strcasecmp(ix->keys[k].collation ? ix->keys[k].collation : "binary",
                              coll[k] ? coll[k] : "binary") == 0;
        if (same)
            make_index = false;
    }
    add_constraint(p, t, d, d->name, loc);
    if (!make_index || p->oom)
        return;
    char name[600];
    snprintf(name, sizeof name, "sqlite_autoindex_%s_%u", t->name, ++t->autoindex_count);
    sd_index *ix = add_index(p, t, name, loc);
    if (!ix)
        return;
    ix->unique = true;
    ix->primary = d->kind == SD_CONSTRAINT_PRIMARY_KEY;
    ix->origin = sdi_hdup(p, d->kind == SD_CONSTRAINT_PRIMARY_KEY ? "pk" : "u");
    ix->keys = sdi_calloc(d->ncols ? d->ncols : 1, sizeof *ix->keys);
    if (!ix->keys) {
        p->oom = true;
        return;
    }
    ix->nkeys = d->ncols;
    for (size_t i = 0; i < d->ncols; i++) {
        sd_column *c = sdi_column_find(p->cat, t, d->cols[i]);
        ix->keys[i].column = sdi_hdup(p, c ? c->name : d->cols[i]);
        ix->keys[i].desc = d->column_level ? d->src->desc : i < d->src->cols.n && key_item_desc(p, &d->src->cols.items[i]);
        if (coll[i])
            ix->keys[i].collation = sdi_hdup(p, coll[i]);
    }
}

/* ---- CREATE TABLE ---- */

/* Validate column-level and table-level constraints of a new table (or new
 * columns of an existing table `t`). */
static bool check_keys(sd_parse *p, sd_table *t, const char *tname, coldesc *cols, size_t ncols,
                       condescs *cons)
{
    size_t npk = 0;
    if (t)
        for (size_t i = 0; i < t->constraints.len; i++)
            if (((sd_constraint *)t->constraints.items[i])->kind == SD_CONSTRAINT_PRIMARY_KEY)
                npk++;
    for (size_t i = 0; i < cons->n; i++) {
        condesc *d = &cons->v[i];
        if (d->kind == SD_CONSTRAINT_PRIMARY_KEY && ++npk > 1) {
            if (PG(p))
                sdi_engine_error(p, d->src->start, "multiple primary keys for table \"%s\" are not allowed", tname);
            else
                sdi_engine_error(p, d->src->start, "table \"%s\" has more than one primary key", tname);
            return false;
        }
        if (d->kind == SD_CONSTRAINT_CHECK) {
            if (!expr_columns_exist(p, d->src->expr, cols, ncols, t))
                return false;
            continue;
        }
        for (size_t k = 0; k < d->ncols; k++) {
            if (has_column(p, t, cols, ncols, d->cols[k]))
                continue;
            if (!PG(p) && d->kind == SD_CONSTRAINT_FOREIGN_KEY) {
                sdi_engine_error(p, d->src->start, "unknown column \"%s\" in foreign key definition", d->cols[k]);
                return false;
            }
            if (PG(p) && d->kind == SD_CONSTRAINT_FOREIGN_KEY)
                sdi_engine_error(p, d->src->start,
                                 "column \"%s\" referenced in foreign key constraint does not exist", d->cols[k]);
            else if (PG(p))
                sdi_engine_error(p, d->src->start, "column \"%s\" named in key does not exist", d->cols[k]);
            else
                sdi_engine_error(p, d->src->start, "no such column: %s", d->cols[k]);
            return false;
        }
    }
    return true;
}

/* PRIMARY KEY / UNIQUE USING INDEX where the engine refuses it outright:
 * SQLite has no such syntax. */
static void reject_using_index(sd_parse *p, const sdi_constraint *c, const char *pg_message)
{
    const sd_token *using = &c->using_index;
    /* point at USING: two words before the index name */
    const char *at = c->at.z;
    for (size_t i = 0; i + 2 < p->ntoks; i++)
        if (p->toks[i + 2].z == using->z) {
            at = p->toks[i].z;
            break;
        }
    if (PG(p))
        sdi_engine_error(p, c->at.z, "%s", pg_message);
    else
        sdi_engine_error(p, at, "near \"USING\": syntax error");
}

/* ALTER TABLE ... ADD [CONSTRAINT c] PRIMARY KEY | UNIQUE USING INDEX i:
 * the checks of index_check_primary_key and transformIndexConstraint. On
 * success d takes the index's columns. */
static bool resolve_using_index(sd_parse *p, sd_table *t, condesc *d)
{
    const sdi_constraint *c = d->src;
    if (!PG(p)) {
        reject_using_index(p, c, "");
        return false;
    }
    char *iname = sdi_ident(p, &c->using_index);
    if (!iname)
        return false;
    const char *at = c->using_index.z;
    sdi_rel *r = sdi_rel_find(p->cat, t->schema, iname);
    if (!r || r->kind != SDI_REL_INDEX) {
        if (r)
            sdi_engine_error(p, at, "\"%s\" is not an index", iname);
        else
            sdi_engine_error(p, at, "index \"%s\" does not exist", iname);
        return false;
    }
    sd_index *ix = r->obj;
    if (ix->table != t) {
        sdi_engine_error(p, at, "index \"%s\" does not belong to table \"%s\"", iname, t->name);
        return false;
    }
    if (ix->constraint) {
        sdi_engine_error(p, at, "index \"%s\" is already associated with a constraint", iname);
        return false;
    }
    if (!ix->unique) {
        sdi_engine_error(p, at, "\"%s\" is not a unique index", iname);
        return false;
    }
    if (ix->where) {
        sdi_engine_error(p, at, "\"%s\" is a partial index", iname);
        return false;
    }
    if (strcmp(ix->method, "btree") != 0) {
        sdi_engine_error(p, at, "index \"%s\" is not a btree", iname);
        return false;
    }
    for (size_t i = 0; i < ix->nkeys; i++) {
        const sdi_index_col *k = &ix->keys[i];
        if (!k->column) {
            sdi_engine_error(p, at, "index \"%s\" contains expressions", iname);
            return false;
        }
        if (k->desc || k->nulls_first) {
            sdi_engine_error(p, at, "index \"%s\" column number %zu does not have default sorting behavior",
                             iname, i + 1);
            return false;
        }
        if (k->opclass || k->collation) {
            sdi_unmodelled(p, at, "USING INDEX with an index that names an operator class or "
                           "collation is not modelled");
            return false;
        }
    }
    if (d->kind == SD_CONSTRAINT_PRIMARY_KEY) {
        for (size_t i = 0; i < t->indexes.len; i++)
            if (((sd_index *)t->indexes.items[i])->primary) {
                sdi_engine_error(p, c->at.z, "multiple primary keys for table \"%s\" are not allowed",
                                 t->name);
                return false;
            }
        if (ix->nulls_not_distinct) {
            sdi_engine_error(p, at, "primary keys cannot use NULLS NOT DISTINCT indexes");
            return false;
        }
    }
    d->cols = sdp_alloc(p, (ix->nkeys ? ix->nkeys : 1) * sizeof *d->cols);
    if (!d->cols)
        return false;
    for (size_t i = 0; i < ix->nkeys; i++)
        d->cols[i] = ix->keys[i].column;
    d->ncols = ix->nkeys;
    d->nulls_not_distinct = ix->nulls_not_distinct;
    d->using_index = ix;
    return true;
}

/* PostgreSQL drops a key that repeats an earlier one (same columns and
 * deferrability), the primary key counting as the earliest; a dropped
 * key's name goes to the survivor when that has none. */
static void pg_dedupe_keys(sd_parse *p, condescs *cons)
{
    sdi_map seen = {0};
    for (int pass = 0; pass < 2 && !p->oom; pass++) {
        for (size_t i = 0; i < cons->n; i++) {
            condesc *d = &cons->v[i];
            if (d->kind != (pass == 0 ? SD_CONSTRAINT_PRIMARY_KEY : SD_CONSTRAINT_UNIQUE) ||
                d->using_index)
                continue;
            sdi_str key = SDI_SCRATCH_STR(&p->arena);
            sdi_str_addc(&key, d->deferrable ? '1' : '0');
            sdi_str_addc(&key, d->deferred ? '1' : '0');
            sdi_str_addc(&key, d->nulls_not_distinct ? '1' : '0');
            for (size_t k = 0; k < d->ncols; k++) {
                sdi_str_addc(&key, '\x01');
                sdi_str_add(&key, d->cols[k]);
            }
            if (key.oom) {
                sdi_str_free(&key);
                p->oom = true;
                break;
            }
            condesc *prior = sdi_map_get(&seen, key.data);
            if (prior) {
                if (!prior->name)
                    prior->name = d->name;
                d->kind = 0;   /* dropped */
            } else if (sdi_map_put(&seen, key.data, d) != SD_OK) {
                p->oom = true;
            }
            sdi_str_free(&key);
        }
    }
    sdi_map_free(&seen);
}

/* Apply collected constraints to table t in the engine's order. */
static void apply_constraints(sd_parse *p, sd_table *t, condescs *cons, sdi_loc loc)
{
    if (PG(p)) {
        sdi_map batch = {0};
        for (size_t i = 0; i < cons->n && !sdi_failed(p); i++)
            if (cons->v[i].kind == SD_CONSTRAINT_CHECK)
                pg_add_check(p, t, &cons->v[i], loc, &batch);
        sdi_map_free(&batch);
        pg_dedupe_keys(p, cons);
        for (size_t i = 0; i < cons->n && !sdi_failed(p); i++)
            if (cons->v[i].kind == SD_CONSTRAINT_PRIMARY_KEY)
                pg_add_key(p, t, &cons->v[i], loc);
        /* then unique and exclusion constraints in order of appearance */
        for (size_t i = 0; i < cons->n && !sdi_failed(p); i++)
            if (cons->v[i].kind == SD_CONSTRAINT_UNIQUE || cons->v[i].kind == SD_CONSTRAINT_EXCLUSION)
                pg_add_key(p, t, &cons->v[i], loc);
        for (size_t i = 0; i < cons->n && !sdi_failed(p); i++)
            if (cons->v[i].kind == SD_CONSTRAINT_FOREIGN_KEY)
                pg_add_fk(p, t, &cons->v[i], loc);
        return;
    }
    /* SQLite: in order of appearance, except that a WITHOUT ROWID table's
     * INTEGER PRIMARY KEY gets its index last (convertToWithoutRowidTable) */
    condesc *late = NULL;
    for (size_t i = 0; i < cons->n && !p->oom; i++) {
        condesc *d = &cons->v[i];
        if (d->kind == SD_CONSTRAINT_PRIMARY_KEY && t->without_rowid && d->ncols == 1 &&
            !(d->column_level && d->src->desc)) {
            sd_column *c = sdi_column_find(p->cat, t, d->cols[0]);
            if (c && strcasecmp(c->type, "INTEGER") == 0) {
                late = d;
                continue;
            }
        }
        if (d->kind == SD_CONSTRAINT_PRIMARY_KEY || d->kind == SD_CONSTRAINT_UNIQUE)
            sqlite_add_key(p, t, d, loc);
        else if (d->kind)
            add_constraint(p, t, d, d->name, loc);
    }
    if (late && !p->oom)
        sqlite_add_key(p, t, late, loc);
}

/* Create the serial sequence for a column (PostgreSQL). */
static void pg_add_serial(sd_parse *p, sd_table *t, sd_column *col, int serial, sdi_loc loc,
                          char *seqname, bool identity)
{
    sdi_sequence *q = sdi_calloc(1, sizeof *q);
    if (!q) {
        sdi_free(seqname);
        p->oom = true;
        return;
    }
    q->name = seqname;
    q->type = sdi_hdup(p, serial_seq_type(serial));
    if (sdi_sequence_set_owner(q, t) != SD_OK)
        p->oom = true;
    q->owner_column = sdi_hdup(p, col->name);
    q->identity = identity;
    q->created = loc;
    if (sdi_schema_add_sequence(t->schema, q) != SD_OK) {
        sdi_sequence_free(q);
        p->oom = true;
        return;
    }
    if (sdi_rel_add(p->cat, t->schema, q->name, SDI_REL_SEQUENCE, q) != SD_OK)
        p->oom = true;
    if (identity)
        return;   /* no default: the column draws from it itself */
    sdi_str d = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&d, "nextval(");
    sdi_pg_add_regclass(&d, t->schema->name, q->name);
    sdi_str_addc(&d, ')');
    sdi_free(col->default_text);
    col->default_text = sdi_str_take(&d);
    if (!col->default_text)
        p->oom = true;
    sdi_note_regclass_refs(p->cat, t, col->default_text);
}

/* Which constraint of a column definition makes a SQLite rowid alias:
 * type exactly INTEGER, column PRIMARY KEY not DESC. */
static bool sqlite_rowid_alias(const coldesc *cd)
{
    if (strcasecmp(cd->type, "INTEGER") != 0)
        return false;
    for (sdi_constraint *c = cd->def->cons; c; c = c->next)
        if (c->kind == SDI_C_PRIMARY_KEY)
            return !c->desc;
    return false;
}

/* SQLite: AUTOINCREMENT only on a primary key that is the rowid (one
 * column declared INTEGER, not DESC at column level), and not WITHOUT
 * ROWID. *autoincrement: the table has it (sqlite_sequence then exists). */
static bool sqlite_autoincrement_ok(sd_parse *p, const coldesc *cols, size_t ncols, const condescs *cons,
                                    int options, bool *autoincrement)
{
    for (size_t i = 0; i < cons->n; i++) {
        const condesc *d = &cons->v[i];
        if (d->kind != SD_CONSTRAINT_PRIMARY_KEY || !d->src->autoincrement)
            continue;
        bool alias = false;
        for (size_t k = 0; d->ncols == 1 && k < ncols; k++)
            if (strcasecmp(cols[k].name, d->cols[0]) == 0)
                alias = d->column_level ? sqlite_rowid_alias(&cols[k]) : strcasecmp(cols[k].type, "INTEGER") == 0;
        if (!alias) {
            sdi_engine_error(p, d->src->at.z, "AUTOINCREMENT is only allowed on an INTEGER PRIMARY KEY");
            return false;
        }
        *autoincrement = true;
    }
    if (*autoincrement && (options & SDI_OPT_WITHOUT_ROWID)) {
        sdi_engine_error(p, p->stmt_start, "AUTOINCREMENT not allowed on WITHOUT ROWID tables");
        return false;
    }
    return true;
}

/* Add described columns to table t (shared by CREATE TABLE and ADD COLUMN). */
/* The engines' limit on a table's columns (PostgreSQL's
 * MaxHeapAttributeNumber, SQLite's default SQLITE_MAX_COLUMN): true after
 * reporting the engine's error. SQLite's message names the table, `prefix`
 * then `table` (ALTER TABLE ADD COLUMN works on a copy of another name). */
static bool too_many_columns(sd_parse *p, const char *prefix, const char *table, size_t count)
{
    if (count <= (PG(p) ? 1600u : 2000u))
        return false;
    if (PG(p))
        sdi_engine_error(p, p->stmt_start, "tables can have at most 1600 columns");
    else
        sdi_engine_error(p, p->stmt_start, "too many columns on %s%s", prefix, table);
    return true;
}

static bool add_columns(sd_parse *p, sd_table *t, coldesc *cols, size_t ncols, char **seqnames)
{
    bool any_generated = false;
    for (size_t i = 0; i < ncols; i++) {
        sdi_loc loc = sdi_parse_loc(p, cols[i].def->start);
        sd_column *col = make_column(p, &cols[i], loc);
        if (!col)
            return false;
        if (sdi_column_add(p->cat, t, col) != SD_OK) {
            sdi_column_free(col);
            p->oom = true;
            return false;
        }
        if (cols[i].serial) {
            pg_add_serial(p, t, col, cols[i].serial, loc, seqnames[i], cols[i].identity != 0);
            seqnames[i] = NULL;
        }
        any_generated |= cols[i].gen != NULL;
    }
    /* generation expressions are printed with the table's column types */
    for (size_t i = 0; any_generated && PG(p) && i < ncols && !p->oom; i++)
        if (cols[i].gen) {
            sd_column *col = sdi_column_find(p->cat, t, cols[i].name);
            if (col) {
                col->default_text = sdi_pg_deparse_generated(p, cols[i].gen, t);
                sdi_note_regclass_refs(p->cat, t, col->default_text);
            }
        }
    return !p->oom;
}

/* Choose serial sequence names up front (PostgreSQL does it at transform
 * time, before the table and its indexes exist). */
static char **choose_seqnames(sd_parse *p, sd_schema *s, const char *tname, coldesc *cols,
                              size_t ncols)
{
    char **names = sdp_alloc(p, (ncols ? ncols : 1) * sizeof *names);
    if (!names)
        return NULL;
    sdi_map chosen = {0};
    for (size_t i = 0; i < ncols && !sdi_failed(p); i++) {
        if (!cols[i].serial)
            continue;
        if (cols[i].seqname) {   /* SEQUENCE NAME */
            if (sdi_identity_sequence_ok(p, s, cols[i].seqschema, cols[i].seqname, cols[i].seqname_at) &&
                !(names[i] = sdi_strdup(cols[i].seqname)))
                p->oom = true;
            continue;
        }
        names[i] = sdi_pg_choose_relation_name(p->cat, s, tname, cols[i].name, "seq", &chosen);
        if (!names[i] || sdi_map_put(&chosen, names[i], (void *)1) != SD_OK) {
            p->oom = true;
            break;
        }
    }
    sdi_map_free(&chosen);
    /* sequences are made in column order, after the names are chosen: a
     * name given twice, or given and chosen, or the table's own, clashes */
    for (size_t i = 0; i < ncols && !sdi_failed(p); i++) {
        bool clash = names[i] && strcmp(names[i], tname) == 0;
        for (size_t k = 0; names[i] && k < i && !clash; k++)
            clash = names[k] && strcmp(names[k], names[i]) == 0;
        if (clash)
            sdi_engine_error(p, cols[i].seqname_at ? cols[i].seqname_at : cols[i].def->start,
                             "relation \"%s\" already exists", names[i]);
    }
    if (sdi_failed(p)) {   /* callers return at once: nothing chosen stays */
        for (size_t i = 0; i < ncols; i++)
            sdi_free(names[i]);
        return NULL;
    }
    return names;
}

static void free_seqnames(char **names, size_t n)
{
    if (names)
        for (size_t i = 0; i < n; i++)
            sdi_free(names[i]);
}

/* LIKE source [INCLUDING ...] in CREATE TABLE: the source's columns. */
static bool resolve_like(sd_parse *p, sdi_coldef *def)
{
    if (!PG(p)) {
        sdi_unmodelled(p, def->start, "syntax error at or near \"LIKE\" (or syntax not supported)");
        return false;
    }
    if (def->like_opts & SDI_LIKE_BAD) {
        sdi_unmodelled(p, def->start, "syntax error in LIKE options (or syntax not supported)");
        return false;
    }
    def->like_src = sdi_lookup_table(p, &def->like_table, true);
    return def->like_src != NULL;
}

/* A copy of column src (LIKE); defaults, generation expressions and
 * identity as the LIKE's options say. */
static void describe_copy(const sdi_coldef *def, const sd_column *src, coldesc *cd)
{
    memset(cd, 0, sizeof *cd);
    cd->def = (sdi_coldef *)def;
    cd->copy = src;
    cd->name = src->name;
    cd->type = src->type;
    cd->base = src->type_base;
    cd->not_null = src->not_null;
    if ((def->like_opts & SDI_LIKE_IDENTITY) && src->identity) {
        cd->identity = src->identity;
        cd->serial = 8;   /* the copied sequence options leave out AS: bigint, whatever the column */
    }
    if ((def->like_opts & SDI_LIKE_GENERATED) && src->generated)
        cd->generated = src->generated;
}

static coldesc *describe_columns(sd_parse *p, sdi_coldef *defs, size_t *n_out, sd_table *existing)
{
    size_t n = 0;
    for (sdi_coldef *c = defs; c; c = c->next) {
        if (c->is_like && !resolve_like(p, c))
            return NULL;
        n += c->is_like ? c->like_src->columns.len : 1;
    }
    coldesc *cols = sdp_alloc(p, (n ? n : 1) * sizeof *cols);
    if (!cols)
        return NULL;
    size_t i = 0;
    sdi_map seen = {0};
    for (sdi_coldef *c = defs; c && !sdi_failed(p); c = c->next) {
        size_t first = i;
        if (c->is_like) {
            for (size_t k = 0; k < c->like_src->columns.len; k++)
                describe_copy(c, c->like_src->columns.items[k], &cols[i++]);
        } else if (describe_column(p, c, &cols[i])) {
            i++;
        } else {
            break;
        }
        for (size_t k = first; k < i; k++) {
            char *key = sdi_name_key(p->cat, cols[k].name);
            if (!key || (!sdi_map_get(&seen, key) && sdi_map_put(&seen, key, &cols[k]) != SD_OK)) {
                sdi_free(key);
                p->oom = true;
                break;
            }
            bool dup = sdi_map_get(&seen, key) != &cols[k];
            sdi_free(key);
            if (dup) {
                if (PG(p))
                    sdi_engine_error(p, c->start, "column \"%s\" specified more than once", cols[k].name);
                else
                    sdi_engine_error(p, c->start, "duplicate column name: %s", cols[k].name);
                break;
            }
        }
    }
    sdi_map_free(&seen);
    (void)existing;
    if (sdi_failed(p))
        return NULL;
    *n_out = n;
    return cols;
}

/* LIKE ... INCLUDING CONSTRAINTS / INDEXES, after the table's own keys:
 * CHECKs keep their names, indexes and keys are named for the new table. */
static void like_extras(sd_parse *p, sd_table *t, const sdi_coldef *like, sdi_loc loc)
{
    sd_table *src = like->like_src;
    for (size_t i = 0; (like->like_opts & SDI_LIKE_CONSTRAINTS) && i < src->constraints.len && !sdi_failed(p); i++) {
        const sd_constraint *k = src->constraints.items[i];
        if (k->kind != SD_CONSTRAINT_CHECK)
            continue;
        for (size_t j = 0; j < t->constraints.len; j++) {
            const sd_constraint *o = t->constraints.items[j];
            if (o->name && strcmp(o->name, k->name) == 0) {
                sdi_unmodelled(p, like->start, "LIKE copies check constraint \"%s\" onto one of the same name; not modelled",
                               k->name);
                return;
            }
        }
        sdi_copy_constraint(p, t, k, k->name, loc, false);
    }
    for (size_t i = 0; (like->like_opts & SDI_LIKE_INDEXES) && i < src->indexes.len && !sdi_failed(p); i++) {
        sd_index *ix = src->indexes.items[i];
        for (size_t j = 0; ix->primary && j < t->indexes.len; j++)
            if (((sd_index *)t->indexes.items[j])->primary) {
                sdi_engine_error(p, like->start, "multiple primary keys for table \"%s\" are not allowed", t->name);
                return;
            }
        sdi_clone_index(p, t, ix, loc, false);
    }
}

/* SQLite STRICT tables take only these type names, as written, in any case:
 * false after reporting the engine's error. */
static bool strict_types_ok(sd_parse *p, const char *table, const coldesc *cols, size_t ncols)
{
    static const char *const strict_types[] = {"INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY", NULL};
    for (size_t i = 0; i < ncols; i++) {
        const char *type = cols[i].type ? cols[i].type : "";
        if (!*type) {
            sdi_engine_error(p, cols[i].def->start, "missing datatype for %s.%s", table, cols[i].name);
            return false;
        }
        const char *const *k = strict_types;
        while (*k && strcasecmp(*k, type) != 0)
            k++;
        if (!*k) {
            sdi_engine_error(p, cols[i].def->start, "unknown datatype for %s.%s: \"%s\"", table, cols[i].name, type);
            return false;
        }
    }
    return true;
}

void sdp_create_table(sd_parse *p, bool if_not_exists, const sdi_name *name,
                      sdi_table_elems elems, int options)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    sd_schema *s = sdi_resolve_schema(p, name);
    if (!s)
        return;
    char *tname = sdi_ident(p, &name->name);
    if (!tname)
        return;
    if (!PG(p) && strncasecmp(tname, "sqlite_", 7) == 0) {
        sdi_engine_error(p, name->name.z, "object name reserved for internal use: %s", tname);
        return;
    }
    if (!PG(p) && (options & SDI_OPT_WITH)) {   /* WITH reads as an option name, then the "(" */
        sdi_engine_error(p, p->table_with.z - 1, "near \"(\": syntax error");
        return;
    }
    sdi_rel *existing = sdi_rel_find(cat, s, tname);
    if (existing && PG(p) && if_not_exists) {
        sdi_noop(p, "relation \"%s\" already exists, skipping", tname);
        return;
    }
    /* the storage parameters are checked before the name is taken */
    if (PG(p) && (options & SDI_OPT_WITH) &&
        !sdi_pg_check_reloptions(p, p->table_with.z, p->table_with.n, SDI_RELOPTS_CREATE_TABLE, false, NULL, NULL))
        return;
    if (!existing && PG(p) && sdi_usertype_find(cat, s, tname)) {
        sdi_engine_error(p, name->name.z, "type \"%s\" already exists", tname);
        return;
    }
    if (existing) {
        if (PG(p)) {
            if (if_not_exists)
                sdi_noop(p, "relation \"%s\" already exists, skipping", tname);
            else
                sdi_engine_error(p, name->name.z, "relation \"%s\" already exists", tname);
        } else if (existing->kind == SDI_REL_INDEX) {
            sdi_engine_error(p, name->name.z, "there is already an index named %s", tname);
        } else if (if_not_exists) {
            sdi_noop(p, "table %s already exists", tname);
        } else {
            sdi_engine_error(p, name->name.z, "table %s already exists", tname);
        }
        return;
    }
    if (!elems.cols && !PG(p)) {
        sdi_engine_error(p, name->name.z, "near \")\": syntax error");
        return;
    }
    if ((options & ~SDI_OPT_WITH) && PG(p)) {
        sdi_unmodelled(p, name->name.z, "table options are not supported (syntax not supported)");
        return;
    }
    size_t ncols = 0;
    coldesc *cols = describe_columns(p, elems.cols, &ncols, NULL);
    if (!cols || too_many_columns(p, "", tname, ncols))
        return;
    condescs cons = {0};
    for (size_t i = 0; i < ncols; i++)
        if (!collect_constraints(p, cols[i].def->cons, cols[i].name, &cons))
            return;
    if (!collect_constraints(p, elems.cons, NULL, &cons))
        return;
    for (size_t i = 0; i < cons.n; i++)
        if (cons.v[i].src->using_index.n) {
            reject_using_index(p, cons.v[i].src, "cannot use an existing index in CREATE TABLE");
            return;
        }
    if (!check_keys(p, NULL, tname, cols, ncols, &cons))
        return;
    bool autoincrement = false;
    if (!PG(p) && !sqlite_autoincrement_ok(p, cols, ncols, &cons, options, &autoincrement))
        return;
    for (size_t i = 0; i < cons.n; i++)
        if (cons.v[i].kind == SD_CONSTRAINT_FOREIGN_KEY &&
            !resolve_fk(p, &cons.v[i], NULL, tname, s, &cons, cols, ncols))
            return;
    if (!PG(p) && (options & SDI_OPT_WITHOUT_ROWID)) {
        bool has_pk = false;
        for (size_t i = 0; i < cons.n; i++)
            has_pk |= cons.v[i].kind == SD_CONSTRAINT_PRIMARY_KEY;
        if (!has_pk) {
            sdi_engine_error(p, name->name.z, "PRIMARY KEY missing on table %s", tname);
            return;
        }
    }

    if (!PG(p) && (options & SDI_OPT_STRICT) && !strict_types_ok(p, tname, cols, ncols))
        return;
    char **seqnames = PG(p) ? choose_seqnames(p, s, tname, cols, ncols) : NULL;
    if (sdi_failed(p))
        return;

    /* commit */
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    sd_table *t = sdi_calloc(1, sizeof *t);
    if (!t) {
        free_seqnames(seqnames, ncols);
        p->oom = true;
        return;
    }
    t->name = sdi_hdup(p, tname);
    t->schema = s;
    t->seq = cat->next_seq++;
    t->created = t->changed = loc;
    t->strict = options & SDI_OPT_STRICT;
    t->without_rowid = options & SDI_OPT_WITHOUT_ROWID;
    cat->sqlite_sequence |= autoincrement;
    p->last_table = t;
    if (p->oom || sdi_schema_add_table(s, t) != SD_OK) {
        sdi_table_free(cat, t);
        free_seqnames(seqnames, ncols);
        p->oom = true;
        return;
    }
    if (sdi_rel_add(cat, s, t->name, SDI_REL_TABLE, t) != SD_OK) {
        free_seqnames(seqnames, ncols);
        p->oom = true;
        return;
    }
    if (!PG(p)) {
        /* SQLite stores "CREATE TABLE " + the text from the name on */
        sdi_str sql = SDI_SCRATCH_STR(&p->arena);
        sdi_str_add(&sql, "CREATE TABLE ");
        /* up to the ")", or with table options up to the ";" */
        const char *sql_end = options ? p->stmt_term : p->stmt_end;
        sdi_str_addn(&sql, name->name.z, (size_t)(sql_end - name->name.z));
        t->sql = sdi_str_take(&sql);
        const char *ins = p->stmt_end;
        for (sdi_constraint *c = elems.cons; c; c = c->next)
            if (c->comma_before) {
                ins = c->comma_before;
                break;
            }
        if (ins == p->stmt_end) {
            /* the closing parenthesis of the column list */
            const char *z = elems.cols_tail ? elems.cols_tail->end : p->stmt_end;
            while (z < p->stmt_end && *z != ')')
                z++;
            ins = z;
        }
        t->add_col_offset = 13 + (size_t)(ins - name->name.z);
        if (!t->sql)
            p->oom = true;
        for (size_t i = 0; i < ncols; i++)
            if (cols[i].is_pk && sqlite_rowid_alias(&cols[i]) && !t->without_rowid)
                t->has_rowid_pk = true;
        for (size_t i = 0; i < cons.n && !t->without_rowid; i++) {
            const condesc *d = &cons.v[i];
            if (d->kind != SD_CONSTRAINT_PRIMARY_KEY || d->column_level || d->ncols != 1)
                continue;
            for (size_t k = 0; k < ncols; k++)
                if (strcasecmp(cols[k].name, d->cols[0]) == 0 && strcasecmp(cols[k].type, "INTEGER") == 0)
                    t->has_rowid_pk = true;
        }
    }
    if (!add_columns(p, t, cols, ncols, seqnames)) {
        free_seqnames(seqnames, ncols);
        table_undone_on_error(p, t);
        return;
    }
    if (!PG(p)) {
        /* pk positions and WITHOUT ROWID not-null */
        for (size_t i = 0; i < cons.n; i++)
            if (cons.v[i].kind == SD_CONSTRAINT_PRIMARY_KEY)
                for (size_t k = 0; k < cons.v[i].ncols; k++) {
                    sd_column *c = sdi_column_find(cat, t, cons.v[i].cols[k]);
                    if (c) {
                        c->pk = (int)k + 1;
                        if (t->without_rowid)
                            c->not_null = true;
                    }
                }
    }
    apply_constraints(p, t, &cons, loc);
    for (sdi_coldef *c = elems.cols; c && !sdi_failed(p); c = c->next)
        if (c->is_like)
            like_extras(p, t, c, loc);
    table_undone_on_error(p, t);
}

/* ---- CREATE INDEX ---- */

/* The name PostgreSQL gives an index column (FigureIndexColname): the
 * column, the function name, through casts; "case"; else "expr". */
static const char *index_colname(const sdi_expr *e)
{
    for (;;) {
        if (e->kind == SDI_E_PAREN && e->nargs)
            e = e->args[0];
        else if (e->kind == SDI_E_CAST)
            e = e->args[0];
        else
            break;
    }
    if (e->kind == SDI_E_COLUMN || e->kind == SDI_E_FUNC)
        return e->text;
    if (e->kind == SDI_E_OTHER && e->text_len == 4 && strncasecmp(e->text, "case", 4) == 0)
        return "case";
    return "expr";
}

/* Is `opclass` the default operator class of `method` for a column of
 * `type` (format_type text)? Known pairs only; others keep their name. */
static bool is_default_opclass(const char *method, const char *type, const char *opclass)
{
    static const struct {
        const char *type, *opclass;
    } scalar[] = {
        {"smallint", "int2_ops"}, {"integer", "int4_ops"}, {"bigint", "int8_ops"}, {"text", "text_ops"},
        {"character varying", "text_ops"}, {"numeric", "numeric_ops"}, {"boolean", "bool_ops"},
        {"date", "date_ops"}, {"timestamp without time zone", "timestamp_ops"},
        {"timestamp with time zone", "timestamptz_ops"}, {"uuid", "uuid_ops"}, {"real", "float4_ops"},
        {"double precision", "float8_ops"}, {"bytea", "bytea_ops"}, {"interval", "interval_ops"},
        {"time without time zone", "time_ops"}, {"jsonb", "jsonb_ops"}, {"oid", "oid_ops"},
    };
    char base[128];
    snprintf(base, sizeof base, "%s", type);
    char *paren = strchr(base, '(');   /* varchar(20): character varying */
    if (paren) {
        char *close = strchr(paren, ')');
        memmove(paren, close ? close + 1 : paren + strlen(paren), strlen(close ? close + 1 : paren + strlen(paren)) + 1);
    }
    bool array = strlen(base) > 2 && strcmp(base + strlen(base) - 2, "[]") == 0;
    if (strcmp(method, "gin") == 0)
        return (array && strcmp(opclass, "array_ops") == 0) ||
               (strcmp(base, "jsonb") == 0 && strcmp(opclass, "jsonb_ops") == 0) ||
               (strcmp(base, "tsvector") == 0 && strcmp(opclass, "tsvector_ops") == 0);
    if (strcmp(method, "btree") != 0 && strcmp(method, "hash") != 0)
        return false;
    if (array)
        return strcmp(opclass, "array_ops") == 0;
    for (size_t i = 0; i < sizeof scalar / sizeof scalar[0]; i++)
        if (strcmp(base, scalar[i].type) == 0)
            return strcmp(opclass, scalar[i].opclass) == 0 &&
                   !(strcmp(method, "hash") == 0 && strcmp(base, "jsonb") == 0);
    return false;
}

void sdp_create_index(sd_parse *p, bool unique, bool if_not_exists, const sdi_name *name,
                      const sdi_name *table, const sd_token *method, sdi_index_key *keys,
                      const sdi_index_opts *opts, sdi_expr *where)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    if (PG(p) && name && name->schema.n) {
        sdi_engine_error(p, name->schema.z + name->schema.n, "syntax error at or near \".\"");
        return;
    }
    if (!PG(p) && !name) {
        sdi_engine_error(p, p->stmt_start, "near \"ON\": syntax error");
        return;
    }
    if (!PG(p) && table->schema.n) {   /* the schema goes on the index's name */
        sdi_engine_error(p, table->schema.z + table->schema.n, "near \".\": syntax error");
        return;
    }
    char *iname = name ? sdi_ident(p, &name->name) : NULL;
    if (name && !iname)
        return;
    sd_schema *is = NULL;
    if (!PG(p) && name) {
        if (!(is = sdi_resolve_schema(p, name)))
            return;
        sdi_rel *r = sdi_rel_find(cat, is, iname);
        if (r) {
            if (r->kind == SDI_REL_INDEX && if_not_exists)
                sdi_noop(p, "index %s already exists", iname);
            else if (r->kind == SDI_REL_INDEX)
                sdi_engine_error(p, name->name.z, "index %s already exists", iname);
            else
                sdi_engine_error(p, name->name.z, "there is already a table named %s", iname);
            return;
        }
        if (strncasecmp(iname, "sqlite_", 7) == 0) {
            sdi_engine_error(p, name->name.z, "object name reserved for internal use: %s", iname);
            return;
        }
    }
    sdi_name tn = *table;
    if (!PG(p) && name && name->schema.n && !tn.schema.n)
        tn.schema = name->schema;
    if (!PG(p) && sdi_sqlite_internal_table(p, &tn, "indexed"))
        return;
    sd_table *t = lookup_table_as(p, &tn, true, true);
    if (!t)
        return;
    if (PG(p) && iname && sdi_rel_find(cat, t->schema, iname)) {
        if (if_not_exists)
            sdi_noop(p, "relation \"%s\" already exists, skipping", iname);
        else
            sdi_engine_error(p, name->name.z, "relation \"%s\" already exists", iname);
        return;
    }
    /* keys */
    size_t nkeys = 0;
    for (sdi_index_key *k = keys; k; k = k->next)
        nkeys++;
    for (sdi_index_key *k = keys; k; k = k->next) {
        sdi_expr *e = k->expr;
        if (!e)
            return;
        if (e->kind == SDI_E_COLUMN) {
            if (!sdi_column_find(cat, t, e->text)) {
                if (PG(p))
                    sdi_engine_error(p, e->start, "column \"%s\" does not exist", e->text);
                else
                    sdi_engine_error(p, e->start, "no such column: %s", e->text);
                return;
            }
        } else if (PG(p) && e->kind != SDI_E_FUNC && e->kind != SDI_E_PAREN) {
            sdi_unmodelled(p, e->start, "syntax error at or near \"%.*s\" (index expressions need parentheses)",
                           (int)(e->end - e->start > 30 ? 30 : e->end - e->start), e->start);
            return;
        } else if (!expr_columns_exist(p, e, NULL, 0, t)) {
            return;
        }
        if (k->collation.n && PG(p)) {
            sdi_unmodelled(p, k->collation.z, "index key collations are not modelled yet");
            return;
        }
    }
    if (!PG(p) && (opts->include.n || opts->nulls_not_distinct)) {
        /* SQLite stops at the first word after the key list */
        const char *word = opts->include.n ? "include" : "nulls";
        const char *at = p->stmt_start;
        for (size_t i = 0; i < p->ntoks; i++)
            if (sdi_tok_is(&p->toks[i], word)) {
                at = p->toks[i].z;
                break;
            }
        sdi_engine_error(p, at, "near \"%.*s\": syntax error", (int)strlen(word), at);
        return;
    }
    for (size_t i = 0; i < opts->include.n; i++) {
        char *cn = sdi_ident(p, &opts->include.items[i]);
        if (!cn)
            return;
        if (!sdi_column_find(cat, t, cn)) {
            sdi_engine_error(p, opts->include.items[i].z, "column \"%s\" does not exist", cn);
            return;
        }
    }
    if (where && !expr_columns_exist(p, where, NULL, 0, t))
        return;
    if (PG(p) && method && method->n) {
        char *m = sdi_ident(p, method);
        if (!m)
            return;
        if (strcmp(m, "btree") && strcmp(m, "hash") && strcmp(m, "gin") && strcmp(m, "gist") &&
            strcmp(m, "brin") && strcmp(m, "spgist")) {
            sdi_engine_error(p, method->z, "access method \"%s\" does not exist", m);
            return;
        }
        if (unique && strcmp(m, "btree") != 0) {
            sdi_engine_error(p, method->z, "access method \"%s\" does not support unique indexes", m);
            return;
        }
    }
    const char *storage = NULL;   /* WITH (...) as pg_get_indexdef prints it */
    if (PG(p) && opts->with.n &&
        !sdi_pg_check_reloptions(p, opts->with.z, opts->with.n, SDI_RELOPTS_INDEX, false,
                                 method && method->n ? sdi_ident(p, method) : NULL, &storage))
        return;

    /* name */
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    if (PG(p) && unique && t->partition_key) {
        /* a unique index on a partitioned table covers the partition key */
        for (size_t j = 0; j < t->partition_cols.len; j++) {
            bool in = false;
            for (sdi_index_key *k = keys; k && !in; k = k->next)
                in = k->expr->kind == SDI_E_COLUMN && sdi_column_find(cat, t, k->expr->text) ==
                                                          sdi_column_find(cat, t, t->partition_cols.items[j]);
            if (!in) {
                sdi_engine_error(p, p->stmt_start, "unique constraint on partitioned table must include all partitioning columns");
                return;
            }
        }
    }
    /* ChooseIndexColumnNames: the index's own column names */
    size_t nnames = nkeys + opts->include.n;
    char **names = sdp_alloc(p, (nnames ? nnames : 1) * sizeof *names);
    if (!names)
        return;
    {
        sdi_index_key *k = keys;
        for (size_t i = 0; i < nnames; i++) {
            /* key columns, then INCLUDE columns (ChooseIndexColumnNames) */
            const char *base = k ? index_colname(k->expr) : sdi_ident(p, &opts->include.items[i - nkeys]);
            if (k)
                k = k->next;
            if (!base)
                return;
            /* make it unique among the index's column names */
            char buf[NAMEDATALEN + 16];
            const char *colname = base;
            size_t base_len = strlen(base);
            if (base_len >= sizeof buf) {   /* kept to the buffer, as it always was */
                memcpy(buf, base, sizeof buf - 1);
                buf[sizeof buf - 1] = 0;
                colname = buf;
            }
            for (int n = 0;; n++) {
                bool dup = false;
                for (size_t j = 0; j < i && !dup; j++)
                    dup = strcmp(names[j], colname) == 0;
                if (!dup)
                    break;
                char suffix[16];
                snprintf(suffix, sizeof suffix, "%d", n + 1);
                size_t room = NAMEDATALEN - 1 - strlen(suffix);
                size_t bl = sdi_pg_clip_len(base, base_len, room);
                snprintf(buf, sizeof buf, "%.*s%s", (int)bl, base, suffix);
                colname = buf;
            }
            names[i] = sdi_arena_strndup(&p->arena, colname, strlen(colname));
            if (!names[i]) {
                p->oom = true;
                return;
            }
        }
    }
    char *chosen = NULL;
    if (iname) {
        chosen = sdi_hdup(p, iname);
    } else {
        /* ChooseIndexNameAddition */
        sdi_str add = SDI_SCRATCH_STR(&p->arena);
        for (size_t i = 0; i < nnames; i++) {
            if (i)
                sdi_str_addc(&add, '_');
            if (add.len < NAMEDATALEN)
                sdi_str_add(&add, names[i]);
        }
        char *addition = sdi_str_take(&add);
        if (addition && strlen(addition) > NAMEDATALEN * 2)
            addition[NAMEDATALEN * 2] = 0;
        chosen = sdi_pg_choose_relation_name(cat, t->schema, t->name, addition, "idx", NULL);
        sdi_free(addition);
        if (!chosen)
            p->oom = true;
    }
    if (p->oom) {
        sdi_free(chosen);
        return;
    }
    sd_index *ix = add_index(p, t, chosen, loc);
    sdi_free(chosen);
    if (!ix)
        return;
    ix->unique = unique;
    if (method && method->n) {
        sdi_free(ix->method);
        char *m = sdi_ident(p, method);
        ix->method = sdi_hdup(p, m ? m : "btree");
        if (ix->method)
            for (char *c = ix->method; *c; c++)
                if (*c >= 'A' && *c <= 'Z')
                    *c = (char)(*c + 32);
    }
    if (!PG(p))
        ix->origin = sdi_hdup(p, "c");
    ix->keys = sdi_calloc(nkeys ? nkeys : 1, sizeof *ix->keys);
    if (!ix->keys) {
        p->oom = true;
        return;
    }
    size_t i = 0;
    for (sdi_index_key *k = keys; k; k = k->next, i++) {
        sdi_index_col *kc = &ix->keys[i];
        ix->nkeys = i + 1;
        const sdi_expr *e = k->expr;
        if (e->kind == SDI_E_COLUMN) {
            sd_column *c = sdi_column_find(cat, t, e->text);
            kc->column = sdi_hdup(p, c ? c->name : e->text);
        } else if (PG(p)) {
            kc->expr = sdi_pg_deparse_index_expr(p, e, t, true);
        } else {
            kc->expr = sdi_hdupn(p, e->start, (size_t)(e->end - e->start));
        }
        if (PG(p))
            kc->attname = sdi_hdup(p, names[i]);
        kc->desc = k->desc;
        kc->nulls_first = k->nulls ? k->nulls == 1 : k->desc;
        if (k->collation.n) {
            char *cn = sdi_ident(p, &k->collation);
            kc->collation = sdi_hdup(p, cn);
        }
        if (k->opclass.n) {
            char *on = sdi_ident(p, &k->opclass);
            /* pg_get_indexdef leaves out the type's default class */
            const sd_column *kcol = e->kind == SDI_E_COLUMN ? sdi_column_find(cat, t, e->text) : NULL;
            if (!(PG(p) && on && kcol && is_default_opclass(ix->method, kcol->type, on)))
                kc->opclass = sdi_hdup(p, on);
        }
    }
    ix->nulls_not_distinct = opts->nulls_not_distinct;
    if (storage && !(ix->options = sdi_hdup(p, storage)))
        return;
    if (opts->include.n) {
        ix->include = sdi_calloc(opts->include.n, sizeof *ix->include);
        if (!ix->include) {
            p->oom = true;
            return;
        }
        for (size_t j = 0; j < opts->include.n; j++) {
            sd_column *c = sdi_column_find(cat, t, sdi_ident(p, &opts->include.items[j]));
            ix->include[ix->ninclude++] = sdi_hdup(p, c ? c->name : "");
        }
    }
    size_t ndeps = ix->ndeps;
    for (sdi_index_key *k = keys; k; k = k->next)
        if (k->expr->kind != SDI_E_COLUMN)
            ix->deps = sdi_expr_deps(p, k->expr, ix->deps, &ndeps);
    ix->deps = sdi_expr_deps(p, where, ix->deps, &ndeps);
    ix->ndeps = (uint32_t)ndeps;
    if (where) {
        if (PG(p))
            ix->where = sdi_pg_deparse_index_expr(p, where, t, false);
        else
            ix->where = sdi_hdupn(p, where->start, (size_t)(where->end - where->start));
    }
    if (PG(p) && t->partition_key && !sdi_failed(p))
        sdi_partition_index_added(p, ix, opts->only);
    if (!PG(p)) {
        sdi_str sql = SDI_SCRATCH_STR(&p->arena);
        sdi_str_add(&sql, unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        sdi_str_addn(&sql, name->name.z, (size_t)(p->stmt_term - name->name.z));
        ix->sql = sdi_str_take(&sql);
        if (!ix->sql)
            p->oom = true;
    }
    t->changed = loc;
}

/* For sdi_foreach_column: false at a column whose type an extension gives. */
typedef struct extension_use {
    const sd_catalog *cat;
    const void *extension;
} extension_use;

static bool column_not_of_extension(sd_table *t, sd_column *c, void *ctx)
{
    const extension_use *u = ctx;
    (void)t;
    char base[200];
    snprintf(base, sizeof base, "%s", c->type_base);
    char *br = strchr(base, '[');
    if (br)
        *br = 0;
    return (const void *)sdi_extension_type(u->cat, base) != u->extension;
}

/* ---- ALTER TABLE ... ADD ---- */

void sdp_alter_table(sd_parse *p, bool if_exists, bool only, const sdi_name *table,
                     sdi_alter_action *actions)
{
    if (sdi_failed(p) || !actions)
        return;
    if (!PG(p)) {
        /* SQLite: one action; ADD COLUMN, RENAME [COLUMN] and DROP COLUMN */
        const char *near = NULL;
        if (if_exists)
            near = "EXISTS";
        else if (actions->next)
            near = ",";
        else if (actions->kind == SDI_ALTER_ADD_COLUMN && actions->if_not_exists)
            near = "NOT";
        else if (actions->kind != SDI_ALTER_ADD_COLUMN && actions->kind != SDI_ALTER_RENAME_COLUMN &&
                 actions->kind != SDI_ALTER_RENAME_TABLE && actions->kind != SDI_ALTER_DROP_COLUMN)
            near = actions->kind == SDI_ALTER_ADD_CONSTRAINT ? "CONSTRAINT" : "";
        else if (actions->kind == SDI_ALTER_DROP_COLUMN && (actions->if_exists || actions->behavior))
            near = actions->if_exists ? "EXISTS" : "CASCADE";
        if (near) {
            if (*near)
                sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", near);
            else
                sdi_engine_error(p, actions->at.z, "near \"%.*s\": syntax error", (int)actions->at.n,
                                 actions->at.z);
            return;
        }
    } else {
        /* PostgreSQL: RENAME and SET SCHEMA are statements of their own */
        for (sdi_alter_action *a = actions; a; a = a->next) {
            bool alone = a->kind == SDI_ALTER_RENAME_COLUMN || a->kind == SDI_ALTER_RENAME_CONSTRAINT ||
                         a->kind == SDI_ALTER_RENAME_TABLE || a->kind == SDI_ALTER_SET_SCHEMA;
            if (alone && (a != actions || a->next)) {
                sdi_engine_error(p, a == actions ? a->next->at.z : a->at.z,
                                 "syntax error at or near \"%.*s\"",
                                 (int)(a == actions ? a->next->at.n : a->at.n),
                                 a == actions ? a->next->at.z : a->at.z);
                return;
            }
        }
    }
    if (!PG(p) && sdi_sqlite_internal_table(p, table, "altered"))
        return;
    sd_table *t = sdi_lookup_table(p, table, !if_exists);
    if (!t) {
        if (!sdi_failed(p)) {
            char *n = sdi_ident(p, &table->name);
            sdi_noop(p, "relation \"%s\" does not exist, skipping", n ? n : "");
        }
        return;
    }
    /* what a reviewer should look at twice (schemadrift lint) */
    for (const sdi_alter_action *a = actions; a; a = a->next) {
        switch (a->kind) {
        case SDI_ALTER_DROP_COLUMN: p->risks |= SD_RISK_DROP_COLUMN; break;
        case SDI_ALTER_RENAME_COLUMN:
        case SDI_ALTER_RENAME_TABLE: p->risks |= SD_RISK_RENAME; break;
        case SDI_ALTER_TYPE: p->risks |= SD_RISK_TYPE_CHANGE; break;
        case SDI_ALTER_SET_NOT_NULL: p->risks |= SD_RISK_NOT_NULL; break;
        case SDI_ALTER_ADD_COLUMN: {
            bool not_null = false, filled = false;
            for (const sdi_constraint *k = a->col ? a->col->cons : NULL; k; k = k->next) {
                not_null |= k->kind == SDI_C_NOT_NULL || k->kind == SDI_C_PRIMARY_KEY;
                filled |= k->kind == SDI_C_DEFAULT || k->kind == SDI_C_IDENTITY || k->kind == SDI_C_GENERATED;
            }
            char *tw = a->col && a->col->type && a->col->type->nwords ? sdi_ident(p, &a->col->type->words[0]) : NULL;
            filled |= tw && strstr(tw, "serial") != NULL;
            if (not_null && !filled)
                p->risks |= SD_RISK_NOT_NULL;
            break;
        }
        default: break;
        }
    }
    /* a partition tree: what the actions may do there, what they carry to
     * the partitions afterwards */
    sdi_partition_snapshot snap = {0};
    bool tree = PG(p) && t->partition_key;
    if (PG(p) && (t->partition_key || t->partition_of) && !sdi_partition_alter_check(p, t, only, actions, &snap))
        return;
    if (PG(p) && !sdi_inherits_alter_ok(p, t, actions))
        return;
    /* actions in order; a run of ADDs is checked as a whole first */
    bool changed = false;
    for (sdi_alter_action *a = actions; a && !sdi_failed(p);) {
        if (a->kind == SDI_ALTER_ADD_COLUMN || a->kind == SDI_ALTER_ADD_CONSTRAINT) {
            sdi_alter_action *stop = a;
            while (stop && (stop->kind == SDI_ALTER_ADD_COLUMN || stop->kind == SDI_ALTER_ADD_CONSTRAINT))
                stop = stop->next;
            int before = p->outcome;
            sdi_alter_add(p, t, a, stop);
            changed |= p->outcome == before;
            if (p->outcome == SD_OUTCOME_NOOP)
                p->outcome = 0;   /* judged at the end */
            a = stop;
        } else {
            int before = p->outcome;
            sdi_alter_one(p, t, a);
            if (tree)
                sdi_partition_alter_recurse(p, t, a, only);
            if (PG(p) && a->kind == SDI_ALTER_TYPE && !sdi_failed(p)) {
                char *col = sdi_ident(p, &a->name);
                if (col)
                    sdi_partition_type_changed(p, t, col);
            }
            changed |= p->outcome == before;
            if (p->outcome == SD_OUTCOME_NOOP)
                p->outcome = 0;
            if (a->kind == SDI_ALTER_RENAME_TABLE || a->kind == SDI_ALTER_SET_SCHEMA)
                break;   /* t may be gone from its place */
            a = a->next;
        }
    }
    if (tree && !sdi_failed(p) && !only)
        sdi_partition_alter_done(p, t, actions, &snap);
    if (!sdi_failed(p) && !changed)
        sdi_noop(p, "nothing to do");
    else if (!sdi_failed(p))
        t->changed = sdi_parse_loc(p, p->stmt_start);
}

void sdi_alter_add(sd_parse *p, sd_table *t, sdi_alter_action *first, sdi_alter_action *stop)
{
    sd_catalog *cat = p->cat;
    sdi_alter_action *actions = first;
    /* pass 1: validate every action; pass 2: apply */
    size_t nnew = 0;
    for (sdi_alter_action *a = actions; a != stop; a = a->next)
        if (a->kind == SDI_ALTER_ADD_COLUMN)
            nnew++;
    /* SQLite adds the column to a copy of the table, named so */
    if (too_many_columns(p, "sqlite_altertab_", t->name, t->columns.len + nnew))
        return;
    coldesc *cols = sdp_alloc(p, (nnew ? nnew : 1) * sizeof *cols);
    bool *skip = sdp_alloc(p, (nnew ? nnew : 1) * sizeof *skip);
    if (!cols || !skip)
        return;
    condescs cons = {0};
    size_t n = 0;
    for (sdi_alter_action *a = actions; a != stop; a = a->next) {
        if (a->kind != SDI_ALTER_ADD_COLUMN)
            continue;
        if (!a->col || !describe_column(p, a->col, &cols[n]))
            return;
        bool dup = sdi_column_find(cat, t, cols[n].name) != NULL;
        for (size_t k = 0; k < n && !dup; k++)
            dup = !skip[k] && (PG(p) ? strcmp(cols[k].name, cols[n].name) == 0
                                     : strcasecmp(cols[k].name, cols[n].name) == 0);
        if (dup) {
            if (a->if_not_exists) {
                skip[n] = true;
                n++;
                continue;
            }
            if (PG(p))
                sdi_engine_error(p, a->col->start, "column \"%s\" of relation \"%s\" already exists",
                                 cols[n].name, t->name);
            else
                sdi_engine_error(p, a->col->start, "duplicate column name: %s", cols[n].name);
            return;
        }
        if (!PG(p)) {
            for (sdi_constraint *c = a->col->cons; c; c = c->next) {
                if (c->kind == SDI_C_PRIMARY_KEY) {
                    sdi_engine_error(p, c->at.z, "Cannot add a PRIMARY KEY column");
                    return;
                }
                if (c->kind == SDI_C_UNIQUE) {
                    sdi_engine_error(p, c->at.z, "Cannot add a UNIQUE column");
                    return;
                }
            }
            /* NOT NULL without a default and non-constant defaults fail
             * only when the table has rows: data we cannot see. */
        }
        if (!collect_constraints(p, a->col->cons, cols[n].name, &cons))
            return;
        n++;
    }
    for (sdi_alter_action *a = actions; a != stop; a = a->next)
        if (a->kind == SDI_ALTER_ADD_CONSTRAINT && !collect_constraints(p, a->con, NULL, &cons))
            return;
    for (size_t i = 0; i < cons.n; i++)
        if (cons.v[i].src->using_index.n && !resolve_using_index(p, t, &cons.v[i]))
            return;
    /* validate against the table plus the columns that are really new */
    coldesc *fresh = sdp_alloc(p, (nnew ? nnew : 1) * sizeof *fresh);
    if (!fresh)
        return;
    size_t nfresh = 0;
    for (size_t i = 0; i < n; i++)
        if (!skip[i])
            fresh[nfresh++] = cols[i];
    if (!check_keys(p, t, t->name, fresh, nfresh, &cons))
        return;
    for (size_t i = 0; i < cons.n; i++) {
        if (cons.v[i].kind != SD_CONSTRAINT_FOREIGN_KEY)
            continue;
        if (!resolve_fk(p, &cons.v[i], t, t->name, t->schema, &cons, fresh, nfresh))
            return;
    }
    if (PG(p))
        for (size_t i = 0; i < cons.n; i++)
            if (cons.v[i].name && (cons.v[i].kind == SD_CONSTRAINT_CHECK ||
                                   cons.v[i].kind == SD_CONSTRAINT_FOREIGN_KEY))
                for (size_t k = 0; k < t->constraints.len; k++) {
                    sd_constraint *c = t->constraints.items[k];
                    if (c->name && strcmp(c->name, cons.v[i].name) == 0) {
                        sdi_engine_error(p, cons.v[i].src->start,
                                         "constraint \"%s\" for relation \"%s\" already exists",
                                         c->name, t->name);
                        return;
                    }
                }
    if (nfresh == 0 && cons.n == 0) {
        sdi_noop(p, "column already exists, skipping");
        return;
    }
    char **seqnames = PG(p) ? choose_seqnames(p, t->schema, t->name, fresh, nfresh) : NULL;
    if (sdi_failed(p))
        return;
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    if (!add_columns(p, t, fresh, nfresh, seqnames)) {
        free_seqnames(seqnames, nfresh);
        return;
    }
    if (!PG(p) && nfresh == 1) {
        /* SQLite rewrites the stored CREATE TABLE text */
        const char *a = fresh[0].def->start, *b = p->stmt_term;
        while (b > a && (b[-1] == ';' || b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n' || b[-1] == '\r'))
            b--;
        /* a "--" comment at the end of the column text would swallow the
         * ")" spliced after it: SQLite then fails to re-parse the table */
        const char *tail = p->stmt_end;
        for (const char *z = p->stmt_end; z < b; z++)
            if (*z == '\n')
                tail = z + 1;
        for (const char *z = tail; z + 1 < b; z++)
            if (z[0] == '-' && z[1] == '-') {
                sdi_engine_error(p, z, "error in table %s after add column: incomplete input", t->name);
                return;
            }
        size_t off = t->add_col_offset <= strlen(t->sql) ? t->add_col_offset : strlen(t->sql);
        sdi_str sql = SDI_SCRATCH_STR(&p->arena);
        sdi_str_addn(&sql, t->sql, off);
        sdi_str_add(&sql, ", ");
        sdi_str_addn(&sql, a, (size_t)(b - a));
        sdi_str_add(&sql, t->sql + off);
        char *nsql = sdi_str_take(&sql);
        if (!nsql) {
            p->oom = true;
            return;
        }
        sdi_free(t->sql);
        t->sql = nsql;
        t->add_col_offset += 2 + (size_t)(b - a);
    }
    apply_constraints(p, t, &cons, loc);
}

/* ---- DROP ---- */

/* PostgreSQL: is t referenced by a foreign key of a table other than itself
 * and the `ndropped` tables being dropped with it? */
typedef struct fk_blockers {
    const sd_table *t;
    sdi_rel **dropped;
    size_t ndropped;
} fk_blockers;

static bool stop_at_blocker(sd_table *o, sd_constraint *k, void *ctx)
{
    (void)k;
    fk_blockers *w = ctx;
    bool also_dropped = o == w->t;
    for (size_t j = 0; j < w->ndropped && !also_dropped; j++)
        also_dropped = w->dropped[j] && w->dropped[j]->obj == o;
    return also_dropped;
}

static bool referenced_by_others(sd_catalog *cat, sd_table *t, sdi_rel **dropped, size_t ndropped)
{
    fk_blockers w = {t, dropped, ndropped};
    return !sdi_foreach_fk_to(cat, t->schema->name, t->name, stop_at_blocker, &w);
}

/* Does a view or another table's foreign key use a partition of t (at
 * any depth)? Dropping t would drop them with the partitions. */
static bool partitions_in_use(sd_catalog *cat, const sd_table *t)
{
    sdi_vec parts = {0};
    if (!sdi_partitions(cat, t, &parts))
        return true;   /* out of memory: cannot tell */
    bool used = false;
    for (size_t i = 0; i < parts.len && !used; i++) {
        sd_table *c = parts.items[i];
        used = sdi_views_reading(cat, c->schema, c->name, NULL) || referenced_by_others(cat, c, NULL, 0) ||
               partitions_in_use(cat, c);
    }
    sdi_vec_free(&parts);
    return used;
}

typedef struct fk_drop {
    const sd_table *t;
    sdi_loc loc;
} fk_drop;

static bool drop_fk(sd_table *o, sd_constraint *k, void *ctx)
{
    fk_drop *w = ctx;
    if (o == w->t)
        return true;
    if (k->name)
        sdi_constraint_name_use(o->schema, k->name, -1);
    for (size_t i = 0; i < o->constraints.len; i++)
        if (o->constraints.items[i] == k) {
            sdi_vec_remove_at(&o->constraints, i);
            break;
        }
    sdi_constraint_free(k);
    o->changed = w->loc;
    return true;
}

/* Other tables' foreign keys to t go with it (DROP TABLE ... CASCADE). */
static void drop_fks_to(sd_catalog *cat, sd_table *t, sdi_loc loc)
{
    fk_drop w = {t, loc};
    sdi_foreach_fk_to(cat, t->schema->name, t->name, drop_fk, &w);
}

/* What regclass_dependents looks for, or does. */
typedef enum regclass_dep {
    DEP_ANY,        /* a column default or a domain's default: RESTRICT refuses */
    DEP_DOMAIN,     /* a domain's default: CASCADE would drop the domain (not modelled) */
    DEP_REMOVE,     /* remove the column defaults (CASCADE) */
} regclass_dep;

/* PostgreSQL: column defaults (of tables not being dropped with it) and
 * domain defaults that name relation r, or when r is a table one of its
 * indexes or of the sequences it owns, which go with it, in a regclass
 * constant: they depend on it. Is there one (as `mode` says), or remove
 * the column defaults. */
static bool regclass_dependents(sd_parse *p, const sdi_rel *r, sdi_rel **dropped, size_t ndropped, regclass_dep mode)
{
    sd_table *t = r->kind == SDI_REL_TABLE ? r->obj : NULL;
    sd_index *ix = r->kind == SDI_REL_INDEX ? r->obj : NULL;
    sd_schema *s = t ? t->schema : ix->table->schema;
    size_t nidx = t ? t->indexes.len : 0, nseq = t ? t->owned.len : 0;
    for (size_t i = 0; i < 1 + nidx + nseq && !p->oom; i++) {
        const char *name = i == 0 ? (t ? t->name : ix->name)
                           : i <= nidx ? ((sd_index *)t->indexes.items[i - 1])->name
                           : ((sdi_sequence *)t->owned.items[i - 1 - nidx])->name;
        if (mode != DEP_REMOVE && sdi_regclass_in_domains(p, s->name, name))
            return true;
        if (mode == DEP_DOMAIN)
            continue;
        sd_table *ut;
        sd_column *uc;
        while (sdi_regclass_in_defaults(p, s->name, name, dropped, ndropped, &ut, &uc)) {
            if (mode == DEP_ANY)
                return true;
            sdi_free(uc->default_text);
            uc->default_text = NULL;
        }
    }
    return false;
}

void sdi_drop_blocked(sd_parse *p, const char *at, const char *kind, const char *name, size_t dropping)
{
    if (dropping > 1)
        sdi_engine_error(p, at, "cannot drop desired object(s) because other objects depend on them");
    else
        sdi_engine_error(p, at, "cannot drop %s %s because other objects depend on it", kind, name);
}

void sdp_drop(sd_parse *p, int what, bool if_exists, sdi_name *names, size_t n, int behavior)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    if (what == SDI_DROP_TYPE || what == SDI_DROP_DOMAIN) {
        sdi_drop_types(p, what, if_exists, names, n, behavior);
        return;
    }
    if (what == SDI_DROP_EXTENSION) {
        if (!PG(p)) {
            sdi_engine_error(p, p->stmt_start, "near \"EXTENSION\": syntax error");
            return;
        }
        size_t dropped = 0;
        for (size_t i = 0; i < n; i++) {
            char *name = sdi_ident(p, &names[i].name);
            if (!name)
                return;
            size_t k = 0;
            while (k < cat->extensions.len && strcmp(((sdi_extension *)cat->extensions.items[k])->name, name))
                k++;
            if (k == cat->extensions.len) {
                if (if_exists)
                    continue;
                sdi_engine_error(p, names[i].name.z, "extension \"%s\" does not exist", name);
                return;
            }
            /* columns of its types would go too (or block the drop) */
            extension_use use = {cat, cat->extensions.items[k]};
            if (!sdi_foreach_column(cat, column_not_of_extension, &use)) {
                sdi_unmodelled(p, names[i].name.z,
                               "DROP EXTENSION %s with columns of its types is not modelled yet", name);
                return;
            }
            sdi_extension *x = cat->extensions.items[k];
            sdi_vec_remove_at(&cat->extensions, k);
            sdi_free(x->name);
            sdi_free(x->schema);
            sdi_free(x);
            dropped++;
        }
        if (!dropped)
            sdi_noop(p, "extension does not exist, skipping");
        return;
    }
    if (!PG(p) && n > 1) {
        sdi_engine_error(p, names[1].name.z, "near \",\": syntax error");
        return;
    }
    if (!PG(p) && behavior) {
        sdi_engine_error(p, p->stmt_end, "near \"%s\": syntax error",
                         behavior == SDI_DROP_CASCADE ? "CASCADE" : "RESTRICT");
        return;
    }
    /* resolve all first: PostgreSQL drops nothing when one is missing */
    sdi_rel **rels = sdp_alloc(p, (n ? n : 1) * sizeof *rels);
    const char **rel_at = sdp_alloc(p, (n ? n : 1) * sizeof *rel_at);   /* where each is named */
    if (!rels || !rel_at)
        return;
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        char *lname = sdi_ident(p, &names[i].name);
        sd_schema *s = lname ? sdi_lookup_schema(p, &names[i], lname) : NULL;
        if (!s) {
            if (if_exists && p->outcome == SD_OUTCOME_ENGINE_ERROR && PG(p)) {
                /* DROP ... IF EXISTS of a name in a missing schema is a notice */
                p->outcome = 0;
                sdi_free(p->reason);
                p->reason = NULL;
                continue;
            }
            return;
        }
        char *name = sdi_ident(p, &names[i].name);
        if (!name)
            return;
        if (!PG(p) && what == SDI_DROP_TABLE && sdi_sqlite_internal_table(p, &names[i], "dropped"))
            return;
        sdi_rel *r = sdi_rel_find(cat, s, name);
        int want = what == SDI_DROP_TABLE ? SDI_REL_TABLE : SDI_REL_INDEX;
        if (!PG(p) && what == SDI_DROP_TABLE && r && r->kind == SDI_REL_VIEW) {
            /* even with IF EXISTS */
            sdi_engine_error(p, names[i].name.z, "use DROP VIEW to delete view %s", name);
            return;
        }
        if (r && (int)r->kind != want && PG(p)) {
            sdi_engine_error(p, names[i].name.z, "\"%s\" is not %s", name,
                             what == SDI_DROP_TABLE ? "a table" : "an index");
            return;
        }
        if (!r || (int)r->kind != want) {
            if (if_exists)
                continue;
            if (PG(p))
                sdi_engine_error(p, names[i].name.z, "%s \"%s\" does not exist",
                                 what == SDI_DROP_TABLE ? "table" : "index", name);
            else
                sdi_engine_error(p, names[i].name.z, "no such %s: %s%s",
                                 what == SDI_DROP_TABLE ? "table" : "index",
                                 names[i].schema.n ? "main." : "", name);
            return;
        }
        rel_at[found] = names[i].name.z;
        rels[found++] = r;
    }
    /* dependencies */
    for (size_t i = 0; i < found; i++) {
        sdi_view *reader = NULL;
        if (what == SDI_DROP_TABLE && PG(p) && behavior != SDI_DROP_CASCADE &&
            sdi_views_reading(cat, ((sd_table *)rels[i]->obj)->schema, ((sd_table *)rels[i]->obj)->name, &reader)) {
            sdi_drop_blocked(p, rel_at[i], "table", ((sd_table *)rels[i]->obj)->name, found);
            return;
        }

        if (PG(p) && behavior == SDI_DROP_CASCADE && regclass_dependents(p, rels[i], rels, found, DEP_DOMAIN)) {
            sdi_unmodelled(p, rel_at[i], "a domain's default names this relation: DROP ... CASCADE drops the domain "
                                         "and the columns of that type, which is not modelled yet");
            return;
        }
        if (PG(p) && behavior != SDI_DROP_CASCADE && regclass_dependents(p, rels[i], rels, found, DEP_ANY)) {
            sdi_drop_blocked(p, rel_at[i], what == SDI_DROP_TABLE ? "table" : "index",
                         what == SDI_DROP_TABLE ? ((sd_table *)rels[i]->obj)->name : ((sd_index *)rels[i]->obj)->name,
                         found);
            return;
        }
        if (what == SDI_DROP_TABLE && PG(p) && behavior != SDI_DROP_CASCADE &&
            referenced_by_others(cat, rels[i]->obj, rels, found)) {
            sdi_drop_blocked(p, rel_at[i], "table", ((sd_table *)rels[i]->obj)->name, found);
            return;
        }
        if (what == SDI_DROP_TABLE && PG(p) && sdi_has_children(cat, rels[i]->obj)) {
            bool all_listed = true;   /* its children dropped in the same statement */
            for (size_t si = 0; si < cat->schemas.len && all_listed; si++) {
                sd_schema *cs = cat->schemas.items[si];
                for (size_t ti = 0; ti < cs->tables.len && all_listed; ti++) {
                    sd_table *c = cs->tables.items[ti];
                    bool is_child = false, listed = false;
                    for (size_t k = 0; k < c->inherits.len; k++)
                        is_child |= c->inherits.items[k] == rels[i]->obj;
                    for (size_t j = 0; j < found && is_child; j++)
                        listed |= rels[j]->obj == c;
                    all_listed = !is_child || listed;
                }
            }
            if (!all_listed && behavior != SDI_DROP_CASCADE) {
                sdi_drop_blocked(p, rel_at[i], "table", ((sd_table *)rels[i]->obj)->name, found);
                return;
            }
            if (!all_listed) {
                sdi_unmodelled(p, rel_at[i], "DROP TABLE ... CASCADE of an inheritance parent is not modelled yet");
                return;
            }
        }
        if (what == SDI_DROP_TABLE && PG(p) && partitions_in_use(cat, rels[i]->obj)) {
            sdi_unmodelled(p, rel_at[i],
                           "dropping a partitioned table whose partitions views or foreign keys use is not modelled yet");
            return;
        }
        if (what == SDI_DROP_INDEX) {
            sd_index *ix = rels[i]->obj;
            if (PG(p) && ix->parent) {
                sdi_engine_error(p, p->stmt_start, "cannot drop index %s because index %s requires it", ix->name,
                                 ix->parent->name);
                return;
            }
            if (PG(p) && ix->constraint && behavior != SDI_DROP_CASCADE) {
                sdi_engine_error(p, p->stmt_start,
                                 "cannot drop index %s because constraint %s on table %s requires it",
                                 ix->name, ix->constraint, ix->table->name);
                return;
            }
            if (PG(p) && ix->constraint) {
                sdi_unmodelled(p, p->stmt_start, "DROP INDEX ... CASCADE of a constraint's index is not modelled yet");
                return;
            }
            if (!PG(p) && ix->origin && strcmp(ix->origin, "c") != 0) {
                sdi_engine_error(p, p->stmt_start,
                                 "index associated with UNIQUE or PRIMARY KEY constraint cannot be dropped");
                return;
            }
        }
    }
    if (found == 0) {
        sdi_noop(p, "%s does not exist, skipping", what == SDI_DROP_TABLE ? "table" : "index");
        return;
    }
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    sdi_tree_depth_round(cat);
    if (what == SDI_DROP_TABLE)   /* partitions and children before their parents */
        for (size_t i = 1; i < found; i++)
            for (size_t j = i; j > 0 && sdi_tree_depth(cat, rels[j]->obj) > sdi_tree_depth(cat, rels[j - 1]->obj);
                 j--) {
                sdi_rel *r = rels[j];
                rels[j] = rels[j - 1];
                rels[j - 1] = r;
            }
    if (what == SDI_DROP_TABLE)
        p->risks |= SD_RISK_DROP_TABLE;
    for (size_t i = 0; i < found; i++) {
        if (PG(p))
            regclass_dependents(p, rels[i], rels, found, DEP_REMOVE);
        if (what == SDI_DROP_TABLE) {
            sd_table *t = rels[i]->obj;
            if (PG(p)) {
                drop_fks_to(cat, t, loc);
                sdi_view *reader = NULL;
                while (sdi_views_reading(cat, t->schema, t->name, &reader))
                    sdi_view_drop(cat, reader);
            }
            sdi_table_drop(cat, t);
        } else {
            sd_index *ix = rels[i]->obj;
            ix->table->changed = loc;
            sdi_index_drop(cat, ix);
        }
        rels[i] = NULL;   /* its entry was freed with it */
    }
}

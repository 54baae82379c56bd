/* Views and materialized views: CREATE [OR REPLACE] [MATERIALIZED] VIEW
 * recorded with their query text, the column names where they can be
 * derived from the select list, and the tables they read (for DROP ...
 * CASCADE); DROP VIEW / DROP MATERIALIZED VIEW; ALTER VIEW ... RENAME TO.
 * Queries are not interpreted beyond that. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_view_free(sd_catalog *cat, sdi_view *v)
{
    if (!v)
        return;
    sdi_retire_handle(cat, v->handle);
    sdi_free(v->name);
    sdi_free(v->query);
    sdi_free(v->sql);
    sdi_free(v->comment);
    for (size_t i = 0; i < v->columns.len; i++)
        sdi_free(v->columns.items[i]);
    sdi_vec_free(&v->columns);
    for (size_t i = 0; i < v->reads.len; i++)
        sdi_free(v->reads.items[i]);
    sdi_vec_free(&v->reads);
    sdi_free(v);
}

static bool push_name(sd_parse *p, sdi_vec *v, const char *name)
{
    char *c = sdi_hdup(p, name);
    if (!c || sdi_vec_push(v, c) != SD_OK) {
        sdi_free(c);
        p->oom = true;
        return false;
    }
    return true;
}

/* The column names of a select list, when each item has an obvious name:
 * an alias, a (qualified) column, a function's name, t.* / * from known
 * tables. Returns false when some name cannot be derived. */
static bool derive_columns(sd_parse *p, const sd_token *toks, size_t a, size_t b, sdi_vec *out,
                           sd_schema *s, const sdi_vec *reads, const sd_token **star)
{
    *star = NULL;
    /* a single SELECT without set operations */
    for (size_t k = a; k < b; k++)
        if (sdi_tok_is(&toks[k], "union") || sdi_tok_is(&toks[k], "intersect") || sdi_tok_is(&toks[k], "except"))
            return false;
    if (a >= b || !sdi_tok_is(&toks[a], "select"))
        return false;
    size_t i = a + 1;
    if (i < b && sdi_tok_is(&toks[i], "distinct")) {
        i++;
        if (i < b && sdi_tok_is(&toks[i], "on"))
            return false;
    }
    while (i < b) {
        size_t e = i;
        int depth = 0;
        while (e < b && !(depth == 0 && (toks[e].type == SD_TK_COMMA || sdi_tok_is(&toks[e], "from")))) {
            if (toks[e].type == SD_TK_LP)
                depth++;
            else if (toks[e].type == SD_TK_RP)
                depth--;
            e++;
        }
        size_t len = e - i;
        const char *name = NULL;
        if (len >= 2 && sdi_tok_is(&toks[e - 2], "as") && sdi_tok_name(&toks[e - 1]))
            name = sdi_ident(p, &toks[e - 1]);
        else if (len == 1 && toks[i].type == SD_TK_STAR) {
            if (reads->len != 1)
                return false;
            const sd_table *t = sdi_view_read_table(p->cat, reads->items[0]);
            if (!t)
                return false;
            *star = &toks[i];
            for (size_t c = 0; c < t->columns.len; c++)
                if (!push_name(p, out, ((sd_column *)t->columns.items[c])->name))
                    return false;
        } else if (len == 1 && sdi_tok_name(&toks[i]))
            name = sdi_ident(p, &toks[i]);
        else if (len == 3 && sdi_tok_name(&toks[i]) && toks[i + 1].type == SD_TK_DOT && sdi_tok_name(&toks[i + 2]))
            name = sdi_ident(p, &toks[i + 2]);
        else if (len >= 3 && sdi_tok_name(&toks[i]) && toks[i + 1].type == SD_TK_LP &&
                 toks[e - 1].type == SD_TK_RP) {
            /* f(...) is named f, if nothing follows the call */
            int d = 0;
            size_t k = i + 1;
            for (; k < e; k++) {
                if (toks[k].type == SD_TK_LP)
                    d++;
                else if (toks[k].type == SD_TK_RP && --d == 0)
                    break;
            }
            if (k != e - 1)
                return false;
            name = sdi_ident(p, &toks[i]);
        } else if (len == 2 && sdi_tok_name(&toks[i]) && sdi_tok_name(&toks[i + 1]) && toks[i + 1].type == SD_TK_ID)
            name = sdi_ident(p, &toks[i + 1]);   /* expr alias without AS */
        else
            return false;
        if (name && !push_name(p, out, name))
            return false;
        if (e >= b || sdi_tok_is(&toks[e], "from"))
            break;
        i = e + 1;
    }
    return out->len > 0;
}

/* The schema an unqualified relation name in a query resolves to: the
 * first schema on the search path that has it (PostgreSQL), else the
 * first one on it (a CTE or a missing name), else the view's. */
static const char *read_schema(sd_parse *p, const char *name, const sd_schema *view_schema)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES)
        return view_schema->name;
    for (size_t i = 0; i < cat->search_path.len; i++) {
        sd_schema *s = sdi_schema_find(cat, cat->search_path.items[i]);
        if (s && sdi_rel_find(cat, s, name))
            return s->name;
    }
    sd_schema *pub = sdi_schema_find(cat, "public");
    if (!cat->search_path.len && pub && sdi_rel_find(cat, pub, name))
        return "public";
    return cat->search_path.len ? cat->search_path.items[0] : view_schema->name;
}

sd_table *sdi_view_read_table(const sd_catalog *cat, const char *key)
{
    const char *sep = strchr(key, '\x01');
    char schema[NAMEDATALEN * 4];
    size_t len = (size_t)(sep - key);
    if (len >= sizeof schema)
        return NULL;
    memcpy(schema, key, len);
    schema[len] = 0;
    sd_schema *s = sdi_schema_find(cat, schema);
    sdi_rel *r = s ? sdi_rel_find(cat, s, sep + 1) : NULL;
    return r && r->kind == SDI_REL_TABLE ? r->obj : NULL;
}

/* A read as the view keeps it: "schema\x01name". */
static char *read_key(sd_parse *p, const char *schema, const char *name)
{
    sdi_str k = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&k, schema);
    sdi_str_addc(&k, '\x01');
    sdi_str_add(&k, name);
    char *r = k.oom ? NULL : sdi_arena_strndup(&p->arena, k.data, k.len);
    sdi_str_free(&k);
    if (!r)
        p->oom = true;
    return r;
}

/* PostgreSQL: a column list longer than the query's columns, or two
 * columns of the same name (after the list renames the first ones), are
 * errors. `derived`: the query's columns when known. */
static bool view_columns_ok(sd_parse *p, const sdi_vec *explicit, const sdi_vec *derived, const char *at)
{
    if (derived && explicit->len > derived->len) {
        sdi_engine_error(p, at, "CREATE VIEW specifies more column names than columns");
        return false;
    }
    size_t n = derived ? derived->len : explicit->len;
    for (size_t i = 0; i < n; i++) {
        const char *a = i < explicit->len ? explicit->items[i] : derived->items[i];
        for (size_t k = 0; k < i; k++) {
            const char *b = k < explicit->len ? explicit->items[k] : derived->items[k];
            if (strcmp(a, b) == 0) {
                sdi_engine_error(p, at, "column \"%s\" specified more than once", a);
                return false;
            }
        }
    }
    return true;
}

/* Relations named after FROM and JOIN (and in comma lists after FROM), as
 * schema-qualified read keys. */
static bool collect_reads(sd_parse *p, const sd_token *toks, size_t a, size_t b, sdi_vec *out,
                          const sd_schema *view_schema)
{
    for (size_t k = a; k + 1 < b; k++) {
        if (!(sdi_tok_is(&toks[k], "from") || sdi_tok_is(&toks[k], "join")))
            continue;
        size_t i = k + 1;
        for (;;) {
            if (i >= b || !sdi_tok_name(&toks[i]) || toks[i].type == SD_TK_LP)
                break;
            size_t at = i;
            const sd_token *qual = NULL;
            if (i + 2 < b && toks[i + 1].type == SD_TK_DOT)
                qual = &toks[i], at = i + 2, i += 2;
            char *rel = sdi_ident(p, &toks[at]);
            char *qs = qual ? sdi_ident(p, qual) : NULL;
            if (!rel || (qual && !qs))
                return false;
            char *n = read_key(p, qual ? qs : read_schema(p, rel, view_schema), rel);
            if (!n)
                return false;
            bool seen = false;
            for (size_t r = 0; r < out->len && !seen; r++)
                seen = strcmp(out->items[r], n) == 0;
            if (!seen && !push_name(p, out, n))
                return false;
            i++;
            /* skip an alias */
            if (i < b && sdi_tok_is(&toks[i], "as"))
                i++;
            if (i < b && toks[i].type == SD_TK_ID && !sdi_tok_is(&toks[i], "where") && !sdi_tok_is(&toks[i], "join") &&
                !sdi_tok_is(&toks[i], "left") && !sdi_tok_is(&toks[i], "inner") && !sdi_tok_is(&toks[i], "group") &&
                !sdi_tok_is(&toks[i], "order") && !sdi_tok_is(&toks[i], "limit") && !sdi_tok_is(&toks[i], "cross") &&
                !sdi_tok_is(&toks[i], "right") && !sdi_tok_is(&toks[i], "full") && !sdi_tok_is(&toks[i], "natural"))
                i++;
            if (i < b && toks[i].type == SD_TK_COMMA && sdi_tok_is(&toks[k], "from")) {
                i++;
                continue;
            }
            break;
        }
    }
    return true;
}

void sdi_create_view(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    bool pg = cat->dialect == SD_DIALECT_POSTGRES;
    size_t i = 1;
    bool or_replace = false, materialized = false, if_not_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "or") && sdi_tok_is(&toks[i + 1], "replace"))
        or_replace = true, i += 2;
    if (i < n && (sdi_tok_is(&toks[i], "temp") || sdi_tok_is(&toks[i], "temporary"))) {
        p->outcome = SD_OUTCOME_IGNORED;
        return;
    }
    if (i < n && sdi_tok_is(&toks[i], "recursive")) {
        sdi_unmodelled(p, toks[i].z, "recursive views are not modelled yet");
        return;
    }
    if (i < n && sdi_tok_is(&toks[i], "materialized"))
        materialized = true, i++;
    i++;   /* VIEW */
    if (i + 2 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "not") && sdi_tok_is(&toks[i + 2], "exists"))
        if_not_exists = true, i += 3;
    sdi_name vn;
    memset(&vn, 0, sizeof vn);
    if (i >= n || !(sdi_tok_name(&toks[i]) || toks[i].type == SD_TK_STRING)) {
        sdi_unmodelled(p, i < n ? toks[i].z : p->stmt_end, "syntax error (or syntax not supported)");
        return;
    }
    if (i + 2 < n && toks[i + 1].type == SD_TK_DOT)
        vn.schema = toks[i], vn.name = toks[i + 2], i += 3;
    else
        vn.name = toks[i], i++;
    /* explicit column names */
    sdi_vec explicit_cols = {0};
    if (i < n && toks[i].type == SD_TK_LP) {
        for (i++; i < n && toks[i].type != SD_TK_RP; i++)
            if (sdi_tok_name(&toks[i])) {
                char *c = sdi_ident(p, &toks[i]);
                if (!c || !push_name(p, &explicit_cols, c))
                    goto out;
            }
        i++;
    }
    while (i < n && !sdi_tok_is(&toks[i], "as"))
        i++;   /* WITH (options), USING, TABLESPACE */
    if (i + 1 >= n) {
        sdi_unmodelled(p, p->stmt_end, "syntax error at end of input (or syntax not supported)");
        goto out;
    }
    size_t qa = i + 1, qb = n;
    /* trailing WITH [CASCADED|LOCAL] CHECK OPTION / WITH [NO] DATA */
    for (size_t k = qa; k + 1 < n; k++)
        if (sdi_tok_is(&toks[k], "with") && (sdi_tok_is(&toks[k + 1], "check") || sdi_tok_is(&toks[k + 1], "cascaded") ||
                                     sdi_tok_is(&toks[k + 1], "local") || sdi_tok_is(&toks[k + 1], "data") ||
                                     sdi_tok_is(&toks[k + 1], "no")))
            qb = k;
    sd_schema *s = sdi_resolve_schema(p, &vn);
    char *name = sdi_ident(p, &vn.name);
    if (!s || !name)
        goto out;
    sdi_rel *r = sdi_rel_find(cat, s, name);
    sdi_view *old = r && r->kind == SDI_REL_VIEW ? r->obj : NULL;
    if (r && !(old && or_replace && !old->materialized && !materialized)) {
        if (if_not_exists || (!pg && old && if_not_exists))
            sdi_noop(p, "relation \"%s\" already exists, skipping", name);
        else if (pg && or_replace && !materialized)   /* a table, sequence, index or materialized view */
            sdi_engine_error(p, vn.name.z, "\"%s\" is not a view", name);
        else if (pg)
            sdi_engine_error(p, vn.name.z, "relation \"%s\" already exists", name);
        else
            sdi_engine_error(p, vn.name.z, "%s %s already exists", old ? "view" : "table", name);
        goto out;
    }
    sdi_vec reads = {0}, cols = {0};
    /* unknown names may be CTEs or functions: not checked */
    if (!collect_reads(p, toks, qa, qb, &reads, s))
        goto done;
    const sd_token *star = NULL;
    /* PostgreSQL: the columns a column list renames are derived too, to
     * check the list against them */
    bool derived = explicit_cols.len && !pg ? false : derive_columns(p, toks, qa, qb, &cols, s, &reads, &star);
    if (p->oom)
        goto done;
    if (pg && !view_columns_ok(p, &explicit_cols, derived ? &cols : NULL, vn.name.z))
        goto done;
    if (explicit_cols.len && derived) {
        /* the list names the first columns; the query the rest */
        for (size_t k = explicit_cols.len; k < cols.len; k++) {
            if (sdi_vec_push(&explicit_cols, cols.items[k]) != SD_OK) {
                p->oom = true;
                goto done;
            }
            cols.items[k] = NULL;
        }
    }
    if (explicit_cols.len)
        derived = false;   /* the list names them */
    /* OR REPLACE keeps the old columns, by name and in order, and may only
     * add new ones after them (checked when both lists are known) */
    const sdi_vec *now = explicit_cols.len ? &explicit_cols : derived ? &cols : NULL;
    if (pg && old && old->columns_known && now) {
        if (now->len < old->columns.len) {
            sdi_engine_error(p, vn.name.z, "cannot drop columns from view");
            goto done;
        }
        for (size_t k = 0; k < old->columns.len; k++)
            if (strcmp(old->columns.items[k], now->items[k]) != 0) {
                sdi_engine_error(p, vn.name.z, "cannot change name of view column \"%s\" to \"%s\"",
                                 (char *)old->columns.items[k], (char *)now->items[k]);
                goto done;
            }
    }
    sdi_view *v = old ? old : sdi_calloc(1, sizeof *v);
    if (!v) {
        p->oom = true;
        goto done;
    }
    if (old) {
        sdi_free(old->query);
        sdi_free(old->sql);
        for (size_t k = 0; k < old->columns.len; k++)
            sdi_free(old->columns.items[k]);
        sdi_vec_free(&old->columns);
        for (size_t k = 0; k < old->reads.len; k++)
            sdi_free(old->reads.items[k]);
        sdi_vec_free(&old->reads);
        old->columns_known = false;
    } else {
        v->name = sdi_hdup(p, name);
        v->schema = s;
        v->materialized = materialized;
        v->created = sdi_parse_loc(p, p->stmt_start);
    }
    v->query = sdi_hdupn(p, toks[qa].z, (size_t)(toks[qb - 1].z + toks[qb - 1].n - toks[qa].z));
    if (pg && derived && star) {
        /* the engine expands * when the view is made: the dump names the
         * columns, or a column added to the table later would join in */
        sdi_str sq = SDI_SCRATCH_STR(&p->arena);
        sdi_str_addn(&sq, p->stmt_start, (size_t)(star->z - p->stmt_start));
        for (size_t c = 0; c < cols.len; c++) {
            if (c)
                sdi_str_add(&sq, ", ");
            sdi_pg_add_ident(&sq, cols.items[c]);
        }
        sdi_str_addn(&sq, star->z + star->n, (size_t)(p->stmt_end - (star->z + star->n)));
        v->sql = sdi_str_take(&sq);
    } else if (pg) {
        v->sql = sdi_hdupn(p, p->stmt_start, (size_t)(p->stmt_end - p->stmt_start));
    } else {
        /* SQLite keeps the text up to the terminator, trailing white space
         * trimmed and then one ';' dropped: a ';' inside a comment that runs
         * to the end of the input goes too */
        size_t len = (size_t)(p->stmt_term - vn.name.z);
        while (len && strchr(" \t\r\n\f\v", vn.name.z[len - 1]))
            len--;
        if (len && vn.name.z[len - 1] == ';')
            len--;
        sdi_str sq = SDI_SCRATCH_STR(&p->arena);
        sdi_str_add(&sq, "CREATE VIEW ");
        sdi_str_addn(&sq, vn.name.z, len);
        v->sql = sdi_str_take(&sq);
    }
    if (explicit_cols.len) {
        v->columns = explicit_cols;
        explicit_cols = (sdi_vec){0};
        v->columns_known = true;
    } else if (derived) {
        v->columns = cols;
        cols = (sdi_vec){0};
        v->columns_known = true;
    }
    for (size_t k = 0; k < reads.len; k++)
        sdi_note_referrer(p->cat, SDI_REF_VIEW_READS, strchr(reads.items[k], '\x01') + 1, v, &v->handle);
    v->reads = reads;
    reads = (sdi_vec){0};
    sdi_note_view_query(p->cat, v, toks + qa, qb - qa);
    if (!old) {
        if (p->oom || sdi_vec_push(&s->views, v) != SD_OK) {
            sdi_view_free(p->cat, v);
            p->oom = true;
            goto done;
        }
        if (sdi_rel_add(cat, s, v->name, SDI_REL_VIEW, v) != SD_OK)
            p->oom = true;
    }
done:
    for (size_t k = 0; k < reads.len; k++)
        sdi_free(reads.items[k]);
    sdi_vec_free(&reads);
    for (size_t k = 0; k < cols.len; k++)
        sdi_free(cols.items[k]);
    sdi_vec_free(&cols);
out:
    for (size_t k = 0; k < explicit_cols.len; k++)
        sdi_free(explicit_cols.items[k]);
    sdi_vec_free(&explicit_cols);
}

/* Views that read relation `name` of schema s. */
bool sdi_view_reads(const sd_catalog *cat, const sdi_view *v, const sd_schema *vs, const sd_schema *s,
                    const char *name)
{
    (void)vs;
    for (size_t k = 0; k < v->reads.len; k++) {
        const char *key = v->reads.items[k], *rel = strchr(key, '\x01') + 1;
        bool same_schema = !s || ((size_t)(rel - 1 - key) == strlen(s->name) &&
                                  strncmp(key, s->name, strlen(s->name)) == 0);
        if (same_schema && (cat->dialect == SD_DIALECT_POSTGRES ? strcmp(rel, name) == 0
                                                                : strcasecmp(rel, name) == 0))
            return true;
    }
    return false;
}

typedef struct view_search {
    sd_catalog *cat;
    const sd_schema *s;
    const char *name;
    sdi_view *found;
} view_search;

static bool stop_at_reader(void *obj, void *ctx)
{
    view_search *w = ctx;
    sdi_view *v = obj;
    if (!sdi_view_reads(w->cat, v, v->schema, w->s, w->name))
        return true;
    w->found = v;
    return false;
}

bool sdi_views_reading(sd_catalog *cat, const sd_schema *s, const char *name, sdi_view **first)
{
    view_search w = {cat, s, name, NULL};
    sdi_foreach_referrer(cat, SDI_REF_VIEW_READS, name, stop_at_reader, &w);
    if (w.found && first)
        *first = w.found;
    return w.found != NULL;
}

void sdi_view_drop(sd_catalog *cat, sdi_view *v)
{
    sd_schema *s = v->schema;
    /* views reading this one go first (CASCADE) */
    sdi_view *dep = NULL;
    while (sdi_views_reading(cat, s, v->name, &dep) && dep != v)
        sdi_view_drop(cat, dep);
    sdi_rel_remove(cat, s, v->name);
    for (size_t i = 0; i < s->views.len; i++)
        if (s->views.items[i] == v) {
            sdi_vec_remove_at(&s->views, i);
            break;
        }
    sdi_view_free(cat, v);
}

/* A view, other than `of` and those in list[0..n), that reads `of`. */
typedef struct outside_reader {
    sd_catalog *cat;
    const sdi_view *of;
    sdi_view *const *list;
    size_t n;
    sdi_view *found;
} outside_reader;

static bool stop_at_outside_reader(void *obj, void *ctx)
{
    outside_reader *w = ctx;
    sdi_view *v = obj;
    if (v == w->of || !sdi_view_reads(w->cat, v, v->schema, w->of->schema, w->of->name))
        return true;
    for (size_t k = 0; k < w->n; k++)
        if (w->list[k] == v)
            return true;
    w->found = v;
    return false;
}

void sdi_drop_view(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 1;
    bool materialized = false, if_exists = false;
    if (i < n && sdi_tok_is(&toks[i], "materialized"))
        materialized = true, i++;
    i++;   /* VIEW */
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    int behavior = 0;
    if (n && sdi_tok_is(&toks[n - 1], "cascade"))
        behavior = SDI_DROP_CASCADE, n--;
    else if (n && sdi_tok_is(&toks[n - 1], "restrict"))
        behavior = SDI_DROP_RESTRICT, n--;
    /* resolve them all first: nothing is dropped when one is missing */
    sdi_view **views = sdp_alloc(p, (n ? n : 1) * sizeof *views);
    sdi_name *found = sdp_alloc(p, (n ? n : 1) * sizeof *found);
    sd_schema **where = sdp_alloc(p, (n ? n : 1) * sizeof *where);
    if (!views || !found || !where)
        return;
    size_t nf = 0;
    const char *first_at = NULL;
    while (i < n) {
        sdi_name vn;
        memset(&vn, 0, sizeof vn);
        if (!sdi_tok_name(&toks[i])) {
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        if (i + 2 < n && toks[i + 1].type == SD_TK_DOT)
            vn.schema = toks[i], vn.name = toks[i + 2], i += 3;
        else
            vn.name = toks[i], i++;
        if (cat->dialect != SD_DIALECT_POSTGRES && i < n) {   /* one name: a "," is a syntax error */
            sdi_engine_error(p, toks[i].z, "near \"%.*s\": syntax error", (int)toks[i].n, toks[i].z);
            return;
        }
        if (i < n && toks[i].type == SD_TK_COMMA)
            i++;
        if (cat->dialect != SD_DIALECT_POSTGRES && sdi_sqlite_internal_table(p, &vn, "dropped"))
            return;
        sd_schema *s = sdi_resolve_schema(p, &vn);
        char *name = sdi_ident(p, &vn.name);
        if (!s || !name)
            return;
        sdi_rel *r = sdi_rel_find(cat, s, name);
        sdi_view *v = r && r->kind == SDI_REL_VIEW ? r->obj : NULL;
        if (v && v->materialized != materialized && cat->dialect == SD_DIALECT_POSTGRES) {
            sdi_engine_error(p, vn.name.z, "\"%s\" is not a%s view", name, materialized ? " materialized" : "");
            return;
        }
        if (!v && r && r->kind == SDI_REL_TABLE && cat->dialect != SD_DIALECT_POSTGRES) {
            /* even with IF EXISTS */
            sdi_engine_error(p, vn.name.z, "use DROP TABLE to delete table %s", name);
            return;
        }
        if (!v) {
            if (r && cat->dialect == SD_DIALECT_POSTGRES) {
                sdi_engine_error(p, vn.name.z, "\"%s\" is not a%s view", name, materialized ? " materialized" : "");
                return;
            }
            if (if_exists)
                continue;
            if (cat->dialect == SD_DIALECT_POSTGRES)
                sdi_engine_error(p, vn.name.z, "%sview \"%s\" does not exist", materialized ? "materialized " : "", name);
            else
                sdi_engine_error(p, vn.name.z, "no such view: %s%s", vn.schema.n ? "main." : "", name);
            return;
        }
        if (!first_at)
            first_at = vn.name.z;
        where[nf] = s;
        found[nf] = vn;
        views[nf++] = v;
    }
    /* PostgreSQL: a view that reads one of them and is not in the list
     * blocks the drop (CASCADE takes it too) */
    for (size_t k = 0; k < nf && cat->dialect == SD_DIALECT_POSTGRES && behavior != SDI_DROP_CASCADE; k++) {
        outside_reader w = {cat, views[k], views, nf, NULL};
        sdi_foreach_referrer(cat, SDI_REF_VIEW_READS, views[k]->name, stop_at_outside_reader, &w);
        if (!w.found)
            continue;
        if (nf > 1)
            sdi_engine_error(p, first_at, "cannot drop desired object(s) because other objects depend on them");
        else
            sdi_engine_error(p, first_at, "cannot drop view %s because other objects depend on it", views[k]->name);
        return;
    }
    if (!nf) {
        sdi_noop(p, "view does not exist, skipping");
        return;
    }
    /* by name: dropping one view may cascade to another in the list */
    for (size_t k = 0; k < nf; k++) {
        char *name = sdi_ident(p, &found[k].name);
        sdi_rel *r = name ? sdi_rel_find(cat, where[k], name) : NULL;
        if (r && r->kind == SDI_REL_VIEW)
            sdi_view_drop(cat, r->obj);
    }
}

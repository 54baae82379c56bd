/* ALTER TABLE actions other than ADD, and ALTER INDEX ... RENAME, with the
 * engine's rules: drops with their dependents (and CASCADE), renames that
 * carry indexes, constraints, sequences and foreign keys along, NOT NULL and
 * DEFAULT changes, type changes, row level security, SET SCHEMA; for
 * SQLite the text rewrites of its stored CREATE statements that RENAME TO,
 * RENAME COLUMN and DROP COLUMN perform. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

#define PG(p) ((p)->cat->dialect == SD_DIALECT_POSTGRES)

static bool same_name(const sd_catalog *cat, const char *a, const char *b)
{
    return cat->dialect == SD_DIALECT_POSTGRES ? strcmp(a, b) == 0 : strcasecmp(a, b) == 0;
}

static bool in_list(const sd_catalog *cat, char **v, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (same_name(cat, v[i], name))
            return true;
    return false;
}

/* ---- text rewriting (renames) ---- */

typedef struct textok {
    const char *z;
    size_t n;
    int type;
} textok;

/* Tokens of a stored text (comments skipped). Heap array; NULL on oom. */
static textok *lex_text(const sd_catalog *cat, const char *text, size_t *n)
{
    sd_lexer lx;
    sdi_lexer_init(&lx, cat->dialect, text, strlen(text));
    size_t cap = 32;
    textok *v = sdi_malloc(cap * sizeof *v);
    *n = 0;
    if (!v)
        return NULL;
    for (;;) {
        sd_token t;
        int type = sdi_lex(&lx, &t);
        if (type == 0 || type == SD_TK_ILLEGAL)
            break;
        if (type == SDI_TK_COMMENT)
            continue;
        if (*n == cap) {
            textok *nv = sdi_realloc(v, (cap *= 2) * sizeof *nv);
            if (!nv) {
                sdi_free(v);
                return NULL;
            }
            v = nv;
        }
        v[(*n)++] = (textok){t.z, t.n, type};
    }
    return v;
}

typedef struct text_namers {
    sd_parse *p;
    const sd_table *t;
    sdi_vec *out;
} text_namers;

static bool add_text_namer(sd_table *o, sd_constraint *k, void *ctx)
{
    (void)k;
    text_namers *w = ctx;
    sdi_vec *v = w->out;
    if (o == w->t || o->schema != w->t->schema || (v->len && v->items[v->len - 1] == o))
        return true;   /* t is first; o's keys are visited in a row */
    if (sdi_vec_push(v, o) != SD_OK) {
        w->p->oom = true;
        return false;
    }
    return true;
}

/* SQLite: the tables whose stored text can name table t (called `name`) or
 * its columns: t itself, then those of its schema with a foreign key to it. */
static void sqlite_texts_naming(sd_parse *p, sd_table *t, const char *name, sdi_vec *out)
{
    text_namers w = {p, t, out};
    if (sdi_vec_push(out, t) != SD_OK)
        p->oom = true;
    else
        sdi_foreach_fk_to(p->cat, NULL, name, add_text_namer, &w);
}

static bool is_name(const textok *t)
{
    return t->type == SD_TK_ID || t->type == SD_TK_QUOTED_ID || t->type == SD_TK_STRING ||
           (t->n && ((t->z[0] >= 'a' && t->z[0] <= 'z') || (t->z[0] >= 'A' && t->z[0] <= 'Z')) &&
            t->type != SD_TK_INTEGER && t->type != SD_TK_FLOAT);
}

/* The name a name token spells, a character at a time: quotes dropped and
 * doubled quotes undoubled; PostgreSQL folds an unquoted word to lower
 * case. No allocation, so reading it cannot fail. */
typedef struct spelling {
    const char *z;
    size_t i, end;
    char quote, close;
    bool fold;
} spelling;

static spelling spell(const sd_catalog *cat, const textok *t)
{
    bool quoted = t->type == SD_TK_QUOTED_ID || t->type == SD_TK_STRING;
    char q = quoted ? t->z[0] : 0;
    return (spelling){t->z, quoted ? 1 : 0, quoted ? t->n - 1 : t->n, q, q == '[' ? ']' : q,
                      !quoted && cat->dialect == SD_DIALECT_POSTGRES};
}

/* The next character, or -1 at the end. */
static int spell_next(spelling *s)
{
    if (s->i >= s->end)
        return -1;
    char c = s->z[s->i++];
    if (s->quote && c == s->close && s->quote != '[' && s->i < s->end && s->z[s->i] == s->close)
        s->i++;   /* a doubled quote is one */
    else if (s->fold && c >= 'A' && c <= 'Z')
        c = (char)(c + 32);
    return (unsigned char)c;
}

/* Does token t name `name`? (dequoted; folded the dialect's way) */
static bool token_names(const sd_catalog *cat, const textok *t, const char *name)
{
    if (!is_name(t))
        return false;
    bool pg = cat->dialect == SD_DIALECT_POSTGRES;
    spelling s = spell(cat, t);
    size_t k = 0;
    for (int c; (c = spell_next(&s)) >= 0; k++) {
        int d = (unsigned char)name[k];
        if (!d)
            return false;
        if (!pg) {   /* SQLite: ASCII case-insensitive */
            c = c >= 'A' && c <= 'Z' ? c + 32 : c;
            d = d >= 'A' && d <= 'Z' ? d + 32 : d;
        }
        if (c != d)
            return false;
    }
    return name[k] == 0;
}

static bool is_kw(const textok *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->type != SD_TK_QUOTED_ID && t->type != SD_TK_STRING && t->n == n &&
           strncasecmp(t->z, kw, n) == 0;
}

/* Append `name` double-quoted ("" doubled). */
static void add_quoted(sdi_str *s, const char *name)
{
    sdi_str_addc(s, '"');
    for (const char *c = name; *c; c++) {
        if (*c == '"')
            sdi_str_addc(s, '"');
        sdi_str_addc(s, *c);
    }
    sdi_str_addc(s, '"');
}

/* How a replaced name is written: PostgreSQL quotes when it must; SQLite
 * writes the new name bare when it was bare in the ALTER and the token it
 * replaces is bare, else quoted (renameEditSql). */
typedef struct renamer {
    const sd_catalog *cat;
    const char *newname;
    bool always_quote;
} renamer;

static void add_replacement(sdi_str *s, const renamer *r, const textok *old)
{
    if (r->cat->dialect == SD_DIALECT_POSTGRES) {
        sdi_pg_add_ident(s, r->newname);
        return;
    }
    /* renameEditSql: bare when the ALTER's new name was bare and the
     * replaced token starts with an identifier character */
    bool bare_ok = !r->always_quote && old->type != SD_TK_QUOTED_ID && old->type != SD_TK_STRING;
    if (bare_ok)
        sdi_str_add(s, r->newname);
    else
        add_quoted(s, r->newname);
}

/* Rewrite `text`, replacing the tokens whose index `pick` marks. */
/* Rewrite `text`, replacing the tokens whose index `pick` marks; *track
 * (an offset into text, or NULL) moves with the text before it. */
static char *splice_tracked(sd_parse *p, const char *text, const textok *v, size_t n, const bool *pick,
                            const renamer *r, size_t *track)
{
    sdi_str s = SDI_SCRATCH_STR(&p->arena);
    const char *at = text;
    size_t moved = track ? *track : 0;
    for (size_t i = 0; i < n; i++) {
        if (!pick[i])
            continue;
        sdi_str_addn(&s, at, (size_t)(v[i].z - at));
        size_t before = s.len;
        add_replacement(&s, r, &v[i]);
        if (track && (size_t)(v[i].z - text) < *track)
            moved = moved + (s.len - before) - v[i].n;
        at = v[i].z + v[i].n;
    }
    if (track && !s.oom)
        *track = moved;
    sdi_str_add(&s, at);
    char *out = sdi_str_take(&s);
    if (!out)
        p->oom = true;
    return out;
}

static char *splice(sd_parse *p, const char *text, const textok *v, size_t n, const bool *pick,
                    const renamer *r)
{
    return splice_tracked(p, text, v, n, pick, r, NULL);
}

/* Is v[i] the first token of an item of a parenthesised name list? */
static bool is_list_item(const textok *v, size_t i)
{
    return i > 0 && (v[i - 1].type == SD_TK_LP || v[i - 1].type == SD_TK_COMMA);
}

/* Is v[i], inside an expression, a reference to a column: a name token
 * that is not a string, a function name, a qualified name's second part,
 * a collation or a CAST's type? */
static bool is_expr_ref(const textok *v, size_t n, size_t i)
{
    if (v[i].type == SD_TK_STRING || (i + 1 < n && v[i + 1].type == SD_TK_LP))
        return false;
    return !(i > 0 && (v[i - 1].type == SD_TK_DOT || is_kw(&v[i - 1], "collate") || is_kw(&v[i - 1], "as")));
}

/* Replace every name token equal to `old` in an expression text. */
static bool rename_in_expr(sd_parse *p, char **text, const char *old, const renamer *r)
{
    if (!*text)
        return true;
    size_t n = 0;
    textok *v = lex_text(p->cat, *text, &n);
    bool *pick = sdi_calloc(n ? n : 1, sizeof *pick);
    if (!v || !pick) {
        sdi_free(v);
        sdi_free(pick);
        p->oom = true;
        return false;
    }
    bool any = false;
    for (size_t i = 0; i < n; i++)
        /* not a function name, not a qualified name's second part */
        if (token_names(p->cat, &v[i], old) && is_expr_ref(v, n, i))
            any = pick[i] = true;
    char *out = any ? splice(p, *text, v, n, pick, r) : NULL;
    sdi_free(v);
    sdi_free(pick);
    if (any && out) {
        sdi_free(*text);
        *text = out;
    }
    return !p->oom;
}

static void rename_in_names(sd_parse *p, char **v, size_t n, const char *old, const char *newname)
{
    for (size_t i = 0; i < n; i++)
        if (same_name(p->cat, v[i], old)) {
            char *c = sdi_hdup(p, newname);
            if (!c)
                return;
            sdi_free(v[i]);
            v[i] = c;
        }
}

/* ---- lookups ---- */

static sd_constraint *find_constraint(const sd_catalog *cat, const sd_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->name && same_name(cat, k->name, name))
            return k;
    }
    return NULL;
}

static sd_index *constraint_index(const sd_table *t, const sd_constraint *k)
{
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        if (ix->constraint && k->name && strcmp(ix->constraint, k->name) == 0)
            return ix;
    }
    return NULL;
}

typedef struct key_users {
    const sd_catalog *cat;
    const sd_constraint *key;
    const sd_table *skip;
    sd_table *who;
    sd_constraint *fk;
    size_t count;
} key_users;

static bool count_key_user(sd_table *o, sd_constraint *c, void *ctx)
{
    key_users *w = ctx;
    if (o == w->skip || c->nref_cols != w->key->ncols)
        return true;
    for (size_t j = 0; j < c->nref_cols; j++)
        if (!in_list(w->cat, w->key->cols, w->key->ncols, c->ref_cols[j]))
            return true;
    if (!w->count++) {
        w->who = o;
        w->fk = c;
    }
    return true;
}

/* Foreign keys (of tables other than `skip`) that rely on key constraint k
 * of t: they reference t with exactly k's columns. *who and *fk get one. */
static size_t dependent_fks(sd_catalog *cat, const sd_table *t, const sd_constraint *k, const sd_table *skip,
                            sd_table **who, sd_constraint **fk)
{
    key_users w = {cat, k, skip, NULL, NULL, 0};
    sdi_foreach_fk_to(cat, t->schema->name, t->name, count_key_user, &w);
    *who = w.who;
    *fk = w.fk;
    return w.count;
}

static void remove_constraint(sd_catalog *cat, sd_table *t, sd_constraint *k)
{
    for (size_t i = 0; i < t->constraints.len; i++)
        if (t->constraints.items[i] == k) {
            sdi_vec_remove_at(&t->constraints, i);
            break;
        }
    if (k->name && cat->dialect == SD_DIALECT_POSTGRES)
        sdi_constraint_name_use(t->schema, k->name, -1);
    sdi_constraint_free(k);
}

/* Drop key constraint k with its index; CASCADE also drops the foreign
 * keys that rely on it. Returns false after reporting the engine's error. */
static bool drop_key(sd_parse *p, sd_table *t, sd_constraint *k, int behavior, const char *at,
                     const char *what)
{
    sd_catalog *cat = p->cat;
    if (k->kind == SD_CONSTRAINT_EXCLUSION) {
        sd_index *ix = constraint_index(t, k);
        if (ix)
            sdi_index_drop(cat, ix);
    }
    if (k->kind == SD_CONSTRAINT_PRIMARY_KEY || k->kind == SD_CONSTRAINT_UNIQUE) {
        sd_table *who = NULL;
        sd_constraint *fk = NULL;
        while (dependent_fks(cat, t, k, NULL, &who, &fk)) {
            if (behavior != SDI_DROP_CASCADE) {
                sdi_engine_error(p, at, "cannot drop %s because other objects depend on it", what);
                return false;
            }
            remove_constraint(cat, who, fk);
        }
        sd_index *ix = constraint_index(t, k);
        if (ix)
            sdi_index_drop(cat, ix);
    }
    remove_constraint(cat, t, k);
    return true;
}

/* ---- PostgreSQL actions ---- */

/* Does a policy of t mention column `col` in its USING or WITH CHECK
 * text? (The engine records that dependency.) */
static sdi_policy *policy_using(sd_parse *p, const sd_table *t, const char *col)
{
    for (size_t i = 0; i < t->policies.len; i++) {
        sdi_policy *pol = t->policies.items[i];
        const char *texts[2] = {pol->using_text, pol->check_text};
        for (int k = 0; k < 2; k++) {
            size_t n = 0;
            textok *v = texts[k] ? lex_text(p->cat, texts[k], &n) : NULL;
            bool uses = false;
            for (size_t j = 0; j < n && !uses; j++)
                uses = token_names(p->cat, &v[j], col) && is_expr_ref(v, n, j);
            sdi_free(v);
            if (uses)
                return pol;
        }
    }
    return NULL;
}

static void pg_drop_column(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    char *name = sdi_ident(p, &a->name);
    if (!name)
        return;
    sd_column *col = sdi_column_find(cat, t, name);
    if (!col) {
        if (a->if_exists)
            sdi_noop(p, "column \"%s\" of relation \"%s\" does not exist, skipping", name, t->name);
        else
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" does not exist", name, t->name);
        return;
    }
    char what[300];
    snprintf(what, sizeof what, "column %s of table %s", name, t->name);
    if (policy_using(p, t, name) && a->behavior != SDI_DROP_CASCADE) {
        sdi_engine_error(p, a->name.z, "cannot drop %s because other objects depend on it", what);
        return;
    }
    /* first the checks that can fail: keys other tables rely on */
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if ((k->kind == SD_CONSTRAINT_PRIMARY_KEY || k->kind == SD_CONSTRAINT_UNIQUE) &&
            in_list(cat, k->cols, k->ncols, name) && a->behavior != SDI_DROP_CASCADE) {
            sd_table *who = NULL;
            sd_constraint *fk = NULL;
            if (dependent_fks(cat, t, k, t, &who, &fk)) {
                sdi_engine_error(p, a->name.z, "cannot drop %s because other objects depend on it", what);
                return;
            }
        }
    }
    /* constraints on the column, with their indexes */
    for (size_t i = 0; i < t->constraints.len;) {
        sd_constraint *k = t->constraints.items[i];
        bool uses = in_list(cat, k->cols, k->ncols, name) || in_list(cat, k->deps, k->ndeps, name);
        if (!uses) {
            i++;
            continue;
        }
        if (!drop_key(p, t, k, SDI_DROP_CASCADE, a->name.z, what))
            return;
        i = 0;   /* the vector changed */
    }
    /* foreign keys of this table that point at this column of itself are gone above */
    for (size_t i = 0; i < t->indexes.len;) {
        sd_index *ix = t->indexes.items[i];
        bool uses = in_list(cat, ix->deps, ix->ndeps, name);
        for (size_t k = 0; k < ix->nkeys && !uses; k++)
            uses = ix->keys[k].column && same_name(cat, ix->keys[k].column, name);
        uses = uses || in_list(cat, ix->include, ix->ninclude, name);
        if (uses) {
            sdi_index_drop(cat, ix);
        } else {
            i++;
        }
    }
    /* the owned sequence */
    sd_schema *s = t->schema;
    for (size_t i = 0; i < t->owned.len;) {
        sdi_sequence *q = t->owned.items[i];
        if (same_name(cat, q->owner_column, name))
            sdi_sequence_remove(cat, s, q);
        else
            i++;
    }
    /* CASCADE: the policies that use it */
    for (sdi_policy *pol; (pol = policy_using(p, t, name)) != NULL;)
        for (size_t i = 0; i < t->policies.len; i++)
            if (t->policies.items[i] == pol) {
                sdi_vec_remove_at(&t->policies, i);
                sdi_policy_free(pol);
                break;
            }
    sdi_column_remove(cat, t, col);
}

static void pg_drop_constraint(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    char *name = sdi_ident(p, &a->name);
    if (!name)
        return;
    sd_constraint *k = find_constraint(p->cat, t, name);
    if (!k) {
        if (a->if_exists)
            sdi_noop(p, "constraint \"%s\" of relation \"%s\" does not exist, skipping", name, t->name);
        else
            sdi_engine_error(p, a->name.z, "constraint \"%s\" of relation \"%s\" does not exist", name, t->name);
        return;
    }
    char what[300];
    snprintf(what, sizeof what, "constraint %s on table %s", name, t->name);
    drop_key(p, t, k, a->behavior, a->name.z, what);
}

static sd_column *column_or_error(sd_parse *p, sd_table *t, const sd_token *tok)
{
    char *name = sdi_ident(p, tok);
    if (!name)
        return NULL;
    sd_column *c = sdi_column_find(p->cat, t, name);
    if (!c) {
        if (PG(p))
            sdi_engine_error(p, tok->z, "column \"%s\" of relation \"%s\" does not exist", name, t->name);
        else
            sdi_engine_error(p, tok->z, "no such column: \"%s\"", name);
    }
    return c;
}

static bool in_primary_key(const sd_catalog *cat, const sd_table *t, const char *col)
{
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->kind == SD_CONSTRAINT_PRIMARY_KEY && in_list(cat, k->cols, k->ncols, col))
            return true;
    }
    return false;
}

/* Type pairs PostgreSQL converts without USING (implicit or assignment
 * casts, and I/O conversion to string types). NULL: cannot tell. */
static int cast_automatic(const char *from, const char *to)
{
    static const char *const numeric[] = {"smallint", "integer", "bigint", "numeric", "real",
                                          "double precision", NULL};
    static const char *const strings[] = {"text", "character varying", "bpchar", NULL};
    static const char *const temporal[] = {"date", "timestamp without time zone",
                                           "timestamp with time zone", NULL};
    int fi = -1, ti = -1;
    if (strcmp(from, to) == 0)
        return 1;
    for (int i = 0; strings[i]; i++)
        if (strcmp(to, strings[i]) == 0)
            return 1;   /* everything goes to text by I/O conversion */
    for (int i = 0; numeric[i]; i++) {
        if (strcmp(from, numeric[i]) == 0)
            fi = i;
        if (strcmp(to, numeric[i]) == 0)
            ti = i;
    }
    if (fi >= 0 && ti >= 0)
        return 1;
    bool fs = false, tt = false;
    for (int i = 0; strings[i]; i++)
        fs |= strcmp(from, strings[i]) == 0;
    if (fs && ti >= 0)
        return 0;   /* text to number needs USING */
    fi = ti = -1;
    for (int i = 0; temporal[i]; i++) {
        if (strcmp(from, temporal[i]) == 0)
            fi = i;
        if (strcmp(to, temporal[i]) == 0)
            ti = i;
    }
    if (fi >= 0 && ti >= 0)
        return 1;
    (void)tt;
    if (fs && (strcmp(to, "boolean") == 0 || strcmp(to, "uuid") == 0 || strcmp(to, "jsonb") == 0 ||
               strcmp(to, "json") == 0 || ti >= 0 || strcmp(to, "bytea") == 0))
        return 0;
    if (strcmp(from, "json") == 0 && strcmp(to, "jsonb") == 0)
        return 1;
    /* the time-of-day casts of pg_cast (implicit or assignment) */
    static const char *const time_pairs[][2] = {
        {"interval", "time without time zone"}, {"time with time zone", "time without time zone"},
        {"time without time zone", "interval"}, {"time without time zone", "time with time zone"},
        {"timestamp with time zone", "time with time zone"}, {"timestamp with time zone", "time without time zone"},
        {"timestamp without time zone", "time without time zone"}};
    for (size_t i = 0; i < sizeof time_pairs / sizeof time_pairs[0]; i++)
        if (strcmp(from, time_pairs[i][0]) == 0 && strcmp(to, time_pairs[i][1]) == 0)
            return 1;
    if ((strcmp(from, "integer") == 0 || strcmp(from, "bigint") == 0) && strcmp(to, "boolean") == 0)
        return 0;
    if (strcmp(from, "boolean") == 0 && ti < 0)
        return 0;
    return -1;
}

static bool used_in_index_expression(const sd_catalog *cat, const sd_table *t, const char *col)
{
    for (size_t i = 0; i < t->indexes.len; i++) {
        const sd_index *ix = t->indexes.items[i];
        if (in_list(cat, ix->deps, ix->ndeps, col))
            return true;
    }
    return false;
}

static void pg_alter_type(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_column *c = column_or_error(p, t, &a->name);
    if (!c)
        return;
    if (policy_using(p, t, c->name)) {
        sdi_engine_error(p, a->name.z, "cannot alter type of a column used in a policy definition");
        return;
    }
    char *type = NULL, *base = NULL;
    int serial = 0;
    const char *err = NULL;
    if (sdi_pg_type(p, a->type, &type, &base, &serial, &err) != 0) {
        if (err)
            sdi_engine_error(p, a->type->start, "%s", err);
        return;
    }
    if (serial) {
        sdi_engine_error(p, a->type->start, "type \"%s\" does not exist",
                         serial == 2 ? "smallserial" : serial == 8 ? "bigserial" : "serial");
        return;
    }
    if (!a->expr) {
        int ok = cast_automatic(c->type_base, base);
        if (ok == 0) {
            sdi_engine_error(p, a->type->start, "column \"%s\" cannot be cast automatically to type %s",
                             c->name, type);
            return;
        }
        if (ok < 0) {
            sdi_unmodelled(p, a->type->start,
                           "cannot tell whether PostgreSQL casts %s to %s without USING",
                           c->type_base, base);
            return;
        }
    }
    if (used_in_index_expression(p->cat, t, c->name)) {
        sdi_unmodelled(p, a->type->start,
                       "changing the type of a column used in index expressions is not modelled yet");
        return;
    }
    char *decl = sdi_arena_strndup(&p->arena, a->type->start, (size_t)(a->type->end - a->type->start));
    if (!decl || sdi_column_set_type(p->cat, c, type, base, decl) != SD_OK) {
        p->oom = true;
        return;
    }
    sdi_note_column_type(p->cat, t, c);
    /* the canonical form of a CHECK on this column depended on its old
     * type: compare those by their text from now on */
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->expr_canon && in_list(p->cat, k->deps, k->ndeps, c->name)) {
            sdi_free(k->expr_canon);
            k->expr_canon = NULL;
        }
    }
    c->changed = sdi_parse_loc(p, a->at.z);
}

/* PostgreSQL: t's triggers print as pg_get_triggerdef prints them from the
 * current catalog: the table (schema-qualified) after ON, and, when column
 * `old` became `newname`, the UPDATE OF list and NEW./OLD. references in
 * WHEN. */
static void triggers_follow(sd_parse *p, sd_table *t, const char *old, const char *newname)
{
    for (size_t gi = 0; gi < t->triggers.len && !p->oom; gi++) {
        sdi_trigger *g = t->triggers.items[gi];
        size_t n = 0;
        textok *v = lex_text(p->cat, g->definition, &n);
        if (!v) {
            p->oom = true;
            return;
        }
        sdi_str d = SDI_SCRATCH_STR(&p->arena);
        const char *at = g->definition;
        renamer r = {p->cat, newname, false};
        bool in_of = false, in_when = false;
        for (size_t i = 0; i < n; i++) {
            if (is_kw(&v[i], "of") && i > 0 && is_kw(&v[i - 1], "update")) {
                in_of = true;
                continue;
            }   /* (so an OF list's tokens always have one before them) */
            if (in_of && (is_kw(&v[i], "or") || is_kw(&v[i], "on")))
                in_of = false;
            if (is_kw(&v[i], "when"))
                in_when = true;
            if (is_kw(&v[i], "execute"))
                in_when = false;
            if (!in_of && !in_when && is_kw(&v[i], "on") && i + 3 < n && v[i + 2].type == SD_TK_DOT) {
                /* ON schema.table: as the table is now */
                sdi_str_addn(&d, at, (size_t)(v[i + 1].z - at));
                sdi_pg_add_ident(&d, t->schema->name);
                sdi_str_addc(&d, '.');
                sdi_pg_add_ident(&d, t->name);
                at = v[i + 3].z + v[i + 3].n;
                i += 3;
                continue;
            }
            bool rename = old && token_names(p->cat, &v[i], old) &&
                          ((in_of && (is_list_item(v, i) || is_kw(&v[i - 1], "of"))) ||
                           (in_when && i > 1 && v[i - 1].type == SD_TK_DOT &&
                            (is_kw(&v[i - 2], "new") || is_kw(&v[i - 2], "old"))));
            if (rename) {
                sdi_str_addn(&d, at, (size_t)(v[i].z - at));
                add_replacement(&d, &r, &v[i]);
                at = v[i].z + v[i].n;
            }
        }
        sdi_str_add(&d, at);
        sdi_free(v);
        char *def = sdi_str_take(&d);
        if (!def) {
            p->oom = true;
            return;
        }
        sdi_free(g->definition);
        g->definition = def;
    }
}

/* A column constraint stays with its column when the column is renamed. */
static void rename_owner_column(sd_parse *p, sd_constraint *k, const char *old, const char *newname)
{
    if (!k->owner_column || !same_name(p->cat, k->owner_column, old))
        return;
    char *n = sdi_hdup(p, newname);
    if (n) {
        sdi_free(k->owner_column);
        k->owner_column = n;
    }
}

typedef struct column_rename {
    sd_parse *p;
    const char *old, *new_;
} column_rename;

static bool rename_referenced_column(sd_table *o, sd_constraint *k, void *ctx)
{
    (void)o;
    column_rename *w = ctx;
    rename_in_names(w->p, k->ref_cols, k->nref_cols, w->old, w->new_);
    return true;
}

static void pg_rename_column(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    sd_column *c = column_or_error(p, t, &a->name);
    if (!c)
        return;
    char *newname = sdi_ident(p, &a->name2);
    if (!newname)
        return;
    if (sdi_column_find(cat, t, newname)) {
        sdi_engine_error(p, a->name2.z, "column \"%s\" of relation \"%s\" already exists", newname, t->name);
        return;
    }
    char *old = sdi_hdup(p, c->name);
    if (!old)
        return;
    renamer r = {cat, newname, false};
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        rename_in_names(p, k->cols, k->ncols, old, newname);
        rename_owner_column(p, k, old, newname);
        if (k->kind == SD_CONSTRAINT_CHECK && in_list(cat, k->deps, k->ndeps, old)) {
            rename_in_expr(p, &k->expr, old, &r);
            if (k->expr_canon)
                rename_in_expr(p, &k->expr_canon, old, &r);
            rename_in_names(p, k->deps, k->ndeps, old, newname);
        }
    }
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        for (size_t k = 0; k < ix->nkeys; k++) {
            if (ix->keys[k].column && same_name(cat, ix->keys[k].column, old)) {
                char *n = sdi_hdup(p, newname);
                if (n) {
                    sdi_free(ix->keys[k].column);
                    ix->keys[k].column = n;
                }
            } else if (ix->keys[k].expr && in_list(cat, ix->deps, ix->ndeps, old)) {
                rename_in_expr(p, &ix->keys[k].expr, old, &r);
            }
        }
        if (ix->where && in_list(cat, ix->deps, ix->ndeps, old))
            rename_in_expr(p, &ix->where, old, &r);
        rename_in_names(p, ix->deps, ix->ndeps, old, newname);
        rename_in_names(p, ix->include, ix->ninclude, old, newname);
    }
    /* foreign keys (here and elsewhere) that reference this column */
    column_rename cr = {p, old, newname};
    sdi_foreach_fk_to(cat, t->schema->name, t->name, rename_referenced_column, &cr);
    for (size_t i = 0; i < t->owned.len; i++) {
        sdi_sequence *q = t->owned.items[i];
        if (same_name(cat, q->owner_column, old)) {
            char *n = sdi_hdup(p, newname);
            if (n) {
                sdi_free(q->owner_column);
                q->owner_column = n;
            }
        }
    }
    /* generation expressions of the table's columns */
    for (size_t i = 0; i < t->columns.len; i++) {
        sd_column *g = t->columns.items[i];
        if (g->generated && g->default_text)
            rename_in_expr(p, &g->default_text, old, &r);
    }
    triggers_follow(p, t, old, newname);
    for (size_t i = 0; i < t->policies.len; i++) {   /* the engine keeps expression trees */
        sdi_policy *pol = t->policies.items[i];
        rename_in_expr(p, &pol->using_text, old, &r);
        rename_in_expr(p, &pol->check_text, old, &r);
    }
    if (sdi_column_rename(cat, t, c, newname) != SD_OK)
        p->oom = true;
    c->changed = sdi_parse_loc(p, a->at.z);
    sdi_free(old);
}

static void pg_rename_constraint(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    char *name = sdi_ident(p, &a->name), *newname = sdi_ident(p, &a->name2);
    if (!name || !newname)
        return;
    sd_constraint *k = find_constraint(cat, t, name);
    if (!k) {
        sdi_engine_error(p, a->name.z, "constraint \"%s\" for table \"%s\" does not exist", name, t->name);
        return;
    }
    if (find_constraint(cat, t, newname)) {
        sdi_engine_error(p, a->name2.z, "constraint \"%s\" for relation \"%s\" already exists", newname, t->name);
        return;
    }
    sd_index *ix = constraint_index(t, k);
    if (ix && sdi_rel_find(cat, t->schema, newname)) {
        sdi_engine_error(p, a->name2.z, "relation \"%s\" already exists", newname);
        return;
    }
    char *n1 = sdi_hdup(p, newname);
    if (!n1)
        return;
    sdi_constraint_name_use(t->schema, k->name, -1);
    sdi_free(k->name);
    k->name = n1;
    if (sdi_constraint_name_use(t->schema, k->name, 1) != SD_OK)
        p->oom = true;
    if (ix) {
        char *n2 = sdi_hdup(p, newname), *n3 = sdi_hdup(p, newname);
        if (!n2 || !n3) {
            sdi_free(n2);
            sdi_free(n3);
            return;
        }
        sdi_rel_remove(cat, t->schema, ix->name);
        sdi_free(ix->name);
        ix->name = n2;
        sdi_free(ix->constraint);
        ix->constraint = n3;
        if (sdi_rel_add(cat, t->schema, ix->name, SDI_REL_INDEX, ix) != SD_OK)
            p->oom = true;
    }
    k->changed = sdi_parse_loc(p, a->at.z);
}

typedef struct fk_retarget {
    sd_parse *p;
    const char *new_schema, *new_name;
} fk_retarget;

static bool retarget_fk(sd_table *o, sd_constraint *k, void *ctx)
{
    fk_retarget *w = ctx;
    char *a = sdi_hdup(w->p, w->new_schema), *b = sdi_hdup(w->p, w->new_name);
    if (!a || !b) {
        sdi_free(a);
        sdi_free(b);
        return false;
    }
    sdi_free(k->ref_schema);
    sdi_free(k->ref_table);
    k->ref_schema = a;
    k->ref_table = b;
    sdi_note_referrer(w->p->cat, SDI_REF_FK_TARGET, b, o, &o->handle);
    return true;
}

/* References from foreign keys to table old of old_schema follow a rename
 * or a move. */
static void retarget_fks(sd_parse *p, const char *old_schema, const char *old, const char *new_schema,
                         const char *newname)
{
    fk_retarget w = {p, new_schema, newname};
    sdi_foreach_fk_to(p->cat, old_schema, old, retarget_fk, &w);
}

static void rename_table_entry(sd_parse *p, sd_table *t, const char *newname)
{
    char *n = sdi_hdup(p, newname);
    if (!n)
        return;
    sdi_rel_remove(p->cat, t->schema, t->name);
    retarget_fks(p, t->schema->name, t->name, t->schema->name, newname);
    if (PG(p))   /* regclass constants in defaults follow the table (PostgreSQL stores its OID) */
        sdi_pg_rename_regclass(p, t->schema->name, t->name, t->schema->name, newname);
    sdi_free(t->name);
    t->name = n;
    if (sdi_rel_add(p->cat, t->schema, t->name, SDI_REL_TABLE, t) != SD_OK)
        p->oom = true;
}

static void pg_rename_table(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    char *newname = sdi_ident(p, &a->name2);
    if (!newname)
        return;
    if (sdi_rel_find(p->cat, t->schema, newname)) {
        sdi_engine_error(p, a->name2.z, "relation \"%s\" already exists", newname);
        return;
    }
    rename_table_entry(p, t, newname);
    triggers_follow(p, t, NULL, NULL);
}

static void pg_set_schema(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    char *sname = sdi_ident(p, &a->name);
    if (!sname)
        return;
    sd_schema *to = sdi_schema_find(cat, sname);
    if (!to) {
        sdi_engine_error(p, a->name.z, "schema \"%s\" does not exist", sname);
        return;
    }
    sd_schema *from = t->schema;
    if (to == from)
        return;
    if (sdi_rel_find(cat, to, t->name)) {
        sdi_engine_error(p, a->name.z, "relation \"%s\" already exists in schema \"%s\"", t->name, sname);
        return;
    }
    for (size_t i = 0; i < t->indexes.len; i++) {
        const sd_index *ix = t->indexes.items[i];
        if (sdi_rel_find(cat, to, ix->name)) {
            sdi_engine_error(p, a->name.z, "relation \"%s\" already exists in schema \"%s\"", ix->name, sname);
            return;
        }
    }
    retarget_fks(p, from->name, t->name, to->name, t->name);
    /* move the table, its indexes, its constraint names and owned sequences */
    sdi_rel_remove(cat, from, t->name);
    sdi_schema_remove_table(from, t);
    if (sdi_schema_add_table(to, t) != SD_OK || sdi_rel_add(cat, to, t->name, SDI_REL_TABLE, t) != SD_OK) {
        p->oom = true;
        return;
    }
    t->schema = to;
    sdi_pg_rename_regclass(p, from->name, t->name, to->name, t->name);
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        sdi_rel_remove(cat, from, ix->name);
        if (sdi_rel_add(cat, to, ix->name, SDI_REL_INDEX, ix) != SD_OK)
            p->oom = true;
        sdi_pg_rename_regclass(p, from->name, ix->name, to->name, ix->name);
    }
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->name) {
            sdi_constraint_name_use(from, k->name, -1);
            if (sdi_constraint_name_use(to, k->name, 1) != SD_OK)
                p->oom = true;
        }
    }
    for (size_t i = 0; i < t->owned.len; i++) {
        sdi_sequence *q = t->owned.items[i];
        sdi_schema_remove_sequence(from, q);
        sdi_rel_remove(cat, from, q->name);
        if (sdi_schema_add_sequence(to, q) != SD_OK ||
            sdi_rel_add(cat, to, q->name, SDI_REL_SEQUENCE, q) != SD_OK) {
            p->oom = true;
            return;
        }
        /* defaults naming the sequence print it schema-qualified now */
        sdi_pg_rename_regclass(p, from->name, q->name, to->name, q->name);
    }
    triggers_follow(p, t, NULL, NULL);
}

/* ---- SQLite actions: the stored text is rewritten ---- */

/* Token positions of a stored CREATE TABLE: the table name token and the
 * first token of each element of the column list. */
static size_t sqlite_elements(const textok *v, size_t n, size_t *name_at, size_t *starts, size_t max)
{
    size_t i = 0, count = 0;
    while (i < n && !is_kw(&v[i], "table"))
        i++;
    *name_at = i + 1;
    while (i < n && v[i].type != SD_TK_LP)
        i++;
    int depth = 0;
    bool expect = true;
    for (i++; i < n; i++) {
        if (depth == 0 && expect && count < max) {
            starts[count++] = i;
            expect = false;
        }
        if (v[i].type == SD_TK_LP)
            depth++;
        else if (v[i].type == SD_TK_RP) {
            if (depth == 0)
                break;
            depth--;
        } else if (v[i].type == SD_TK_COMMA && depth == 0)
            expect = true;
    }
    return count;
}

static void sqlite_rename_table(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    char *newname = sdi_ident(p, &a->name2);
    if (!newname)
        return;
    if (strncasecmp(t->name, "sqlite_", 7) == 0) {
        sdi_engine_error(p, p->stmt_start, "table %s may not be altered", t->name);
        return;
    }
    if (strncasecmp(newname, "sqlite_", 7) == 0) {
        sdi_engine_error(p, a->name2.z, "object name reserved for internal use: %s", newname);
        return;
    }
    sdi_rel *r = sdi_rel_find(cat, t->schema, newname);
    if (r) {   /* even t itself: SQLite refuses a rename to the same name */
        sdi_engine_error(p, a->name2.z, "there is already another table or index with this name: %s", newname);
        return;
    }
    char *old = sdi_hdup(p, t->name);
    if (!old)
        return;
    renamer ren = {cat, newname, true};
    /* every stored text: this table's own name, REFERENCES old, ON old */
    sd_schema *s = t->schema;
    sdi_vec namers = {0};
    sqlite_texts_naming(p, t, old, &namers);
    for (size_t ti = 0; ti < namers.len && !p->oom; ti++) {
        sd_table *o = namers.items[ti];
        size_t n = 0;
        textok *v = lex_text(cat, o->sql, &n);
        bool *pick = sdi_calloc(n ? n : 1, sizeof *pick);
        if (!v || !pick) {
            sdi_free(v);
            sdi_free(pick);
            p->oom = true;
            break;
        }
        size_t name_at = 0, starts[1];
        sqlite_elements(v, n, &name_at, starts, 0);
        bool any = false;
        for (size_t i = 0; i < n; i++)
            if (token_names(cat, &v[i], old) &&
                ((o == t && i == name_at) || (i > 0 && is_kw(&v[i - 1], "references"))))
                any = pick[i] = true;
        if (any) {
            char *sql = splice_tracked(p, o->sql, v, n, pick, &ren, &o->add_col_offset);
            if (sql) {
                sdi_free(o->sql);
                o->sql = sql;
            }
        }
        sdi_free(v);
        sdi_free(pick);
        for (size_t k = 0; k < o->indexes.len && o == t; k++) {
            sd_index *ix = o->indexes.items[k];
            if (ix->sql) {
                size_t m = 0;
                textok *w = lex_text(cat, ix->sql, &m);
                bool *pk = sdi_calloc(m ? m : 1, sizeof *pk);
                if (!w || !pk) {
                    sdi_free(w);
                    sdi_free(pk);
                    p->oom = true;
                    break;
                }
                for (size_t i = 1; i < m; i++)
                    if (is_kw(&w[i - 1], "on") && token_names(cat, &w[i], old)) {
                        pk[i] = true;
                        char *sql = splice(p, ix->sql, w, m, pk, &ren);
                        if (sql) {
                            sdi_free(ix->sql);
                            ix->sql = sql;
                        }
                        break;
                    }
                sdi_free(w);
                sdi_free(pk);
            } else if (ix->origin && strcmp(ix->origin, "c") != 0) {
                /* sqlite_autoindex_<old>_N -> sqlite_autoindex_<new>_N */
                const char *num = ix->name + 17 + strlen(old);
                sdi_str nn = SDI_SCRATCH_STR(&p->arena);
                sdi_str_add(&nn, "sqlite_autoindex_");
                sdi_str_add(&nn, newname);
                sdi_str_add(&nn, num);
                char *name = sdi_str_take(&nn);
                if (!name) {
                    p->oom = true;
                    break;
                }
                sdi_rel_remove(cat, s, ix->name);
                sdi_free(ix->name);
                ix->name = name;
                if (sdi_rel_add(cat, s, ix->name, SDI_REL_INDEX, ix) != SD_OK)
                    p->oom = true;
            }
        }
    }
    sdi_vec_free(&namers);
    if (!p->oom)
        rename_table_entry(p, t, newname);
    sdi_free(old);
}

/* The tokens of table t's own stored CREATE TABLE text that name column
 * `old`, as SQLite's parser resolves them (renameEditSql): column names,
 * key and foreign key column lists, references in CHECK and generated
 * expressions, and REFERENCES lists that point back at t. Not type names,
 * defaults, collations or string literals. */
static bool sqlite_pick_own_columns(const sd_catalog *cat, const textok *v, size_t n, size_t name_at,
                                    const char *old, const char *tname, bool *pick)
{
    size_t i = name_at + 1;
    while (i < n && v[i].type != SD_TK_LP)
        i++;
    bool any = false;
    for (i++; i < n;) {
        /* one element: [i, end) */
        size_t end = i;
        for (int depth = 0; end < n; end++) {
            if (v[end].type == SD_TK_LP)
                depth++;
            else if (v[end].type == SD_TK_RP && depth-- == 0)
                break;
            else if (v[end].type == SD_TK_COMMA && depth == 0)
                break;
        }
        size_t k = i;
        if (k < end && is_kw(&v[k], "constraint"))
            k += 2;
        bool table_constraint = k < end && (is_kw(&v[k], "primary") || is_kw(&v[k], "unique") ||
                                            is_kw(&v[k], "check") || is_kw(&v[k], "foreign"));
        if (!table_constraint && k < end && token_names(cat, &v[k], old))
            any = pick[k] = true;   /* the column's own name */
        /* what the parenthesised group right after a keyword holds: 'e' an
         * expression (CHECK, AS), 'l' a name list (KEY, UNIQUE, REFERENCES
         * this table), 0 nothing of this column's */
        for (k = table_constraint ? k : k + 1; k < end; k++) {
            char what = 0;
            if (is_kw(&v[k], "check") || is_kw(&v[k], "as"))
                what = 'e';
            else if (table_constraint && (is_kw(&v[k], "key") || is_kw(&v[k], "unique")))
                what = 'l';
            else if (is_kw(&v[k], "references") && k + 1 < end && token_names(cat, &v[k + 1], tname))
                what = 'l', k++;
            if (!(k + 1 < end && v[k + 1].type == SD_TK_LP))
                continue;
            size_t close = k + 1;
            for (int depth = 0; close < end; close++) {
                if (v[close].type == SD_TK_LP)
                    depth++;
                else if (v[close].type == SD_TK_RP && --depth == 0)
                    break;
            }
            for (size_t j = k + 2; j < close && what; j++)
                if (token_names(cat, &v[j], old) && (what == 'e' ? is_expr_ref(v, n, j) : is_list_item(v, j)))
                    any = pick[j] = true;
            k = close;
        }
        if (end >= n || v[end].type == SD_TK_RP)
            break;
        i = end + 1;
    }
    return any;
}

static void sqlite_rename_column(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    sd_column *c = column_or_error(p, t, &a->name);
    if (!c)
        return;
    char *newname = sdi_ident(p, &a->name2);
    if (!newname)
        return;
    sd_column *clash = sdi_column_find(cat, t, newname);
    if (clash && clash != c) {
        sdi_engine_error(p, a->name2.z, "error in table %s after rename: duplicate column name: %s", t->name,
                         clash->name);
        return;
    }
    char *old = sdi_hdup(p, c->name);
    if (!old)
        return;
    renamer ren = {cat, newname, a->name2.type == SD_TK_QUOTED_ID || a->name2.type == SD_TK_STRING};
    sdi_vec namers = {0};
    sqlite_texts_naming(p, t, t->name, &namers);
    for (size_t ti = 0; ti < namers.len && !p->oom; ti++) {
        sd_table *o = namers.items[ti];
        /* foreign keys that reference the column */
        for (size_t k = 0; k < o->constraints.len; k++) {
            sd_constraint *fk = o->constraints.items[k];
            if (fk->kind == SD_CONSTRAINT_FOREIGN_KEY && same_name(cat, fk->ref_table, t->name))
                rename_in_names(p, fk->ref_cols, fk->nref_cols, old, newname);
        }
        size_t n = 0;
        textok *v = lex_text(cat, o->sql, &n);
        bool *pick = sdi_calloc(n ? n : 1, sizeof *pick);
        if (!v || !pick) {
            sdi_free(v);
            sdi_free(pick);
            p->oom = true;
            break;
        }
        size_t name_at = 0, starts[1];
        sqlite_elements(v, n, &name_at, starts, 0);
        bool any = false;
        /* in REFERENCES x (...) lists only when x is this table */
        int ref_state = 0;   /* 0 none, 1 after REFERENCES, 2 in its list for t, 3 in another list */
        for (size_t i = 0; i < n; i++) {
            if (is_kw(&v[i], "references")) {
                ref_state = 1;
                continue;
            }
            if (ref_state == 1) {
                if (is_name(&v[i]) && v[i].type != SD_TK_LP) {
                    ref_state = token_names(cat, &v[i], t->name) ? -2 : -3;
                    continue;
                }
            }
            if (ref_state < 0 && v[i].type == SD_TK_LP) {
                ref_state = -ref_state;
                continue;
            }
            if (ref_state < 0)
                ref_state = 0;
            if ((ref_state == 2 || ref_state == 3) && v[i].type == SD_TK_RP) {
                ref_state = 0;
                continue;
            }
            if (!token_names(cat, &v[i], old))
                continue;
            if (ref_state == 2 && is_list_item(v, i))
                any = pick[i] = true;
        }
        if (o == t)
            any |= sqlite_pick_own_columns(cat, v, n, name_at, old, t->name, pick);
        if (any) {
            char *sql = splice_tracked(p, o->sql, v, n, pick, &ren, &o->add_col_offset);
            if (sql) {
                sdi_free(o->sql);
                o->sql = sql;
            }
        }
        sdi_free(v);
        sdi_free(pick);
    }
    sdi_vec_free(&namers);
    /* indexes on the table: keys, expressions and predicates */
    for (size_t k = 0; k < t->indexes.len && !p->oom; k++) {
        sd_index *ix = t->indexes.items[k];
        for (size_t j = 0; j < ix->nkeys; j++) {
            if (ix->keys[j].column && same_name(cat, ix->keys[j].column, old)) {
                char *nn = sdi_hdup(p, newname);
                if (nn) {
                    sdi_free(ix->keys[j].column);
                    ix->keys[j].column = nn;
                }
            } else if (ix->keys[j].expr) {
                rename_in_expr(p, &ix->keys[j].expr, old, &ren);
            }
        }
        if (ix->where)
            rename_in_expr(p, &ix->where, old, &ren);
        rename_in_names(p, ix->deps, ix->ndeps, old, newname);
        if (ix->sql) {
            size_t m = 0;
            textok *w = lex_text(cat, ix->sql, &m);
            bool *pk = sdi_calloc(m ? m : 1, sizeof *pk);
            if (!w || !pk) {
                sdi_free(w);
                sdi_free(pk);
                p->oom = true;
                break;
            }
            bool any = false;
            for (size_t i = 0; i < m; i++)
                if (token_names(cat, &w[i], old) && !(i > 0 && (is_kw(&w[i - 1], "on") || is_kw(&w[i - 1], "index") ||
                                                               is_kw(&w[i - 1], "exists"))) &&
                    is_expr_ref(w, m, i))
                    any = pk[i] = true;
            char *sql = any ? splice(p, ix->sql, w, m, pk, &ren) : NULL;
            if (sql) {
                sdi_free(ix->sql);
                ix->sql = sql;
            }
            sdi_free(w);
            sdi_free(pk);
        }
    }
    for (size_t k = 0; k < t->constraints.len; k++) {
        sd_constraint *con = t->constraints.items[k];
        rename_in_names(p, con->cols, con->ncols, old, newname);
        rename_owner_column(p, con, old, newname);
        if (con->expr)
            rename_in_expr(p, &con->expr, old, &ren);
        rename_in_names(p, con->deps, con->ndeps, old, newname);
    }
    /* generation expressions of the table's columns */
    for (size_t i = 0; i < t->columns.len; i++) {
        sd_column *g = t->columns.items[i];
        if (g->generated && g->default_text)
            rename_in_expr(p, &g->default_text, old, &ren);
    }
    if (sdi_column_rename(cat, t, c, newname) != SD_OK)
        p->oom = true;
    c->changed = sdi_parse_loc(p, a->at.z);
    sdi_free(old);
}

static void sqlite_drop_column(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    sd_column *c = column_or_error(p, t, &a->name);
    if (!c)
        return;
    if (c->pk || (t->has_rowid_pk && in_primary_key(cat, t, c->name))) {
        sdi_engine_error(p, a->name.z, "cannot drop PRIMARY KEY column: \"%s\"", c->name);
        return;
    }
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->kind == SD_CONSTRAINT_UNIQUE && in_list(cat, k->cols, k->ncols, c->name)) {
            sdi_engine_error(p, a->name.z, "cannot drop UNIQUE column: \"%s\"", c->name);
            return;
        }
    }
    if (t->columns.len == 1) {
        sdi_engine_error(p, a->name.z, "cannot drop column \"%s\": no other columns exist", c->name);
        return;
    }
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        bool uses = in_list(cat, ix->deps, ix->ndeps, c->name);
        for (size_t k = 0; k < ix->nkeys && !uses; k++)
            uses = ix->keys[k].column && same_name(cat, ix->keys[k].column, c->name);
        if (uses) {
            sdi_engine_error(p, a->name.z, "error in index %s after drop column: no such column: %s", ix->name,
                             c->name);
            return;
        }
    }
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->owner_column)
            continue;   /* goes with its column */
        if (k->kind == SD_CONSTRAINT_CHECK && in_list(cat, k->deps, k->ndeps, c->name)) {
            sdi_engine_error(p, a->name.z, "error in table %s after drop column: no such column: %s", t->name,
                             c->name);
            return;
        }
        if (k->kind == SD_CONSTRAINT_FOREIGN_KEY && in_list(cat, k->cols, k->ncols, c->name)) {
            sdi_engine_error(p, a->name.z,
                             "error in table %s after drop column: unknown column \"%s\" in foreign key definition",
                             t->name, c->name);
            return;
        }
    }
    /* the text: this column's definition up to the next one's, or, for the
     * last column, from the comma before it to where ADD COLUMN inserts */
    size_t n = 0;
    textok *v = lex_text(cat, t->sql, &n);
    size_t *starts = sdi_calloc(t->columns.len + 1, sizeof *starts);
    if (!v || !starts) {
        sdi_free(v);
        sdi_free(starts);
        p->oom = true;
        return;
    }
    size_t name_at = 0;
    size_t ne = sqlite_elements(v, n, &name_at, starts, t->columns.len);
    size_t idx = 0;
    while (idx < t->columns.len && t->columns.items[idx] != c)
        idx++;
    if (ne < t->columns.len) {
        sdi_free(v);
        sdi_free(starts);
        sdi_unmodelled(p, a->at.z, "cannot locate the column in the stored table text");
        return;
    }
    const char *from, *to;
    if (idx + 1 < t->columns.len) {
        from = v[starts[idx]].z;
        to = v[starts[idx + 1]].z;
    } else {
        from = v[starts[idx]].z;
        while (from > t->sql && *from != ',')
            from--;
        to = t->sql + t->add_col_offset;
    }
    sdi_str s = SDI_SCRATCH_STR(&p->arena);
    sdi_str_addn(&s, t->sql, (size_t)(from - t->sql));
    sdi_str_add(&s, to);
    size_t removed = (size_t)(to - from);
    sdi_free(v);
    sdi_free(starts);
    char *sql = sdi_str_take(&s);
    if (!sql) {
        p->oom = true;
        return;
    }
    sdi_free(t->sql);
    t->sql = sql;
    t->add_col_offset -= removed;
    for (size_t i = 0; i < t->constraints.len;) {
        sd_constraint *k = t->constraints.items[i];
        if (k->owner_column && same_name(cat, k->owner_column, c->name))
            remove_constraint(cat, t, k);
        else
            i++;
    }
    sdi_column_remove(cat, t, c);
}

/* ---- dispatch ---- */

/* SQLite rewrites trigger texts on renames and drops too; not modelled. */
static bool sqlite_triggers_in_the_way(sd_parse *p, const sd_table *t, const sdi_alter_action *a)
{
    if (t->schema->views.len) {
        sdi_unmodelled(p, a->at.z, "SQLite rewrites view texts on this change, which is not modelled yet");
        return true;
    }
    if (t->triggers.len || (a->kind == SDI_ALTER_RENAME_TABLE && t->schema->sqlite_triggers)) {
        sdi_unmodelled(p, a->at.z, "SQLite rewrites trigger texts on this change, which is not modelled yet");
        return true;
    }
    return false;
}

/* ALTER COLUMN ... ADD GENERATED ... AS IDENTITY, DROP IDENTITY [IF
 * EXISTS], SET GENERATED ...: with ATExecAddIdentity's checks, in its
 * order; the identity sequence comes and goes with the identity. */
static void pg_alter_identity(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    sd_column *c = column_or_error(p, t, &a->name);
    if (!c)
        return;
    sdi_loc loc = sdi_parse_loc(p, a->at.z);
    if (a->kind == SDI_ALTER_ADD_IDENTITY) {
        if (strcmp(c->type, "smallint") && strcmp(c->type, "integer") && strcmp(c->type, "bigint")) {
            sdi_engine_error(p, a->at.z, "identity column type must be smallint, integer, or bigint");
            return;
        }
        /* the sequence is made first (PostgreSQL's transform step), then
         * ATExecAddIdentity checks the column */
        char *seqschema = NULL, *seqname = NULL;
        const char *at = NULL;
        if (sdi_identity_sequence_name(p, &a->opts, &seqschema, &seqname, &at) < 0 ||
            (seqname && !sdi_identity_sequence_ok(p, t->schema, seqschema, seqname, at)))
            return;
        if (!c->not_null) {
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" must be declared NOT NULL "
                             "before identity can be added", c->name, t->name);
            return;
        }
        if (c->identity) {
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" is already an identity column",
                             c->name, t->name);
            return;
        }
        if (c->default_text || c->generated) {
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" already has a default value",
                             c->name, t->name);
            return;
        }
        sdi_pg_add_identity(p, t, c, a->behavior, loc, seqname);
        return;
    }
    if (!c->identity) {
        if (a->kind == SDI_ALTER_DROP_IDENTITY && a->if_exists)
            sdi_noop(p, "column \"%s\" of relation \"%s\" is not an identity column, skipping", c->name, t->name);
        else
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" is not an identity column",
                             c->name, t->name);
        return;
    }
    c->changed = loc;
    if (a->kind == SDI_ALTER_SET_IDENTITY) {
        c->identity = a->behavior;
        return;
    }
    c->identity = 0;
    for (size_t i = 0; i < t->owned.len; i++) {
        sdi_sequence *q = t->owned.items[i];
        if (q->identity && same_name(cat, q->owner_column, c->name)) {
            sdi_sequence_remove(cat, t->schema, q);
            break;
        }
    }
}

/* A select-list "*" (not count(*), not a product), `prev` the token before
 * it (NULL: none): the view uses every column of what it reads. */
static bool select_list_star(const textok *prev, const textok *t)
{
    return t->type == SD_TK_STAR && prev &&
           (prev->type == SD_TK_COMMA || prev->type == SD_TK_DOT || is_kw(prev, "select") ||
            is_kw(prev, "distinct") || is_kw(prev, "all"));
}

/* The tables view v reads, as they are when it is made (the engine binds a
 * view's columns then); relations that are not tables are left out. */
static size_t tables_read(const sd_catalog *cat, const sdi_view *v, sd_table **out, size_t max)
{
    size_t n = 0;
    for (size_t k = 0; k < v->reads.len && n < max; k++)
        if ((out[n] = sdi_view_read_table(cat, v->reads.items[k])))
            n++;
    return n;
}

void sdi_note_view_query(sd_catalog *cat, sdi_view *v, const sd_token *query, size_t n)
{
    if (cat->dialect != SD_DIALECT_POSTGRES)
        return;
    bool star = !v->query;   /* not kept: as if it used every column */
    for (size_t k = 1; k < n && !star; k++)
        star = select_list_star(&(textok){query[k - 1].z, query[k - 1].n, query[k - 1].type},
                                &(textok){query[k].z, query[k].n, query[k].type});
    if (star) {
        for (size_t k = 0; k < v->reads.len; k++)
            sdi_note_referrer(cat, SDI_REF_VIEW_STAR, strchr(v->reads.items[k], '\x01') + 1, v, &v->handle);
        return;
    }
    /* the words that name a column of a table it reads: a change to any
     * other column, or to a column added later, cannot reach the view */
    sd_table *tables[16];
    size_t ntables = tables_read(cat, v, tables, sizeof tables / sizeof *tables);
    bool every_word = v->reads.len > sizeof tables / sizeof *tables;   /* so many: not looked up */
    /* the lengths and first bytes of those columns' names: most words
     * (keywords, aliases) are ruled out without a lookup */
    uint64_t lengths = 0;
    uint32_t firsts = 0;
    for (size_t i = 0; i < ntables; i++)
        for (size_t c = 0; c < tables[i]->columns.len; c++) {
            const char *name = ((sd_column *)tables[i]->columns.items[c])->name;
            size_t len = strlen(name);
            lengths |= 1ull << (len < 63 ? len : 63);
            firsts |= 1u << (name[0] & 31);
        }
    char local[128];
    for (size_t k = 0; k < n && (ntables || every_word); k++) {
        textok t = {query[k].z, query[k].n, query[k].type};
        if (!is_name(&t))
            continue;
        char *word = t.n < sizeof local ? local : sdi_malloc(t.n + 1);
        size_t len = 0;
        if (word) {
            spelling sp = spell(cat, &t);
            for (int c; (c = spell_next(&sp)) >= 0;)
                word[len++] = (char)c;
            word[len] = 0;
        }
        bool column = every_word || !word;
        bool maybe = column || ((lengths >> (len < 63 ? len : 63) & 1) && (firsts >> (word[0] & 31) & 1));
        for (size_t i = 0; i < ntables && !column && maybe; i++)
            column = sdi_column_find(cat, tables[i], word) != NULL;
        if (column)
            sdi_note_referrer(cat, SDI_REF_VIEW_WORD, word, v, &v->handle);   /* NULL: the index is lost */
        if (word != local)
            sdi_free(word);
    }
}

typedef struct column_use {
    sd_catalog *cat;
    const sd_table *t;
    const char *column;
    sdi_view *found;
} column_use;

/* The first view (by handle: the order views became referrers) that reads
 * w->t and whose query uses w->column. */
static bool stop_at_column_user(void *obj, void *ctx)
{
    column_use *w = ctx;
    sdi_view *v = obj;
    if (w->found && w->found->handle <= v->handle)
        return false;   /* the rest come later too */
    if (!sdi_view_reads(w->cat, v, v->schema, w->t->schema, w->t->name))
        return true;
    size_t n = 0;
    textok *toks = v->query ? lex_text(w->cat, v->query, &n) : NULL;
    bool uses = !toks;
    for (size_t k = 0; k < n && !uses; k++)
        uses = select_list_star(k ? &toks[k - 1] : NULL, &toks[k]) || token_names(w->cat, &toks[k], w->column);
    sdi_free(toks);
    if (uses)
        w->found = v;
    return !uses;
}

/* A view reading table t whose query may use column `col`: it names the
 * column, or has a "*" (which the engine expands when the view is made).
 * A change to a column no view's query names cannot affect the views. The
 * candidates are the views noted under the column's name or as reading t
 * with a "*" (sdi_note_view_query), not every view that reads t. */
static bool view_using_column(sd_parse *p, const sd_table *t, const sd_token *col, sdi_view **reader)
{
    if (!sdi_maybe_referenced(p->cat, SDI_REF_VIEW_READS, t->name))
        return false;
    column_use w = {p->cat, t, sdi_ident(p, col), NULL};
    if (!w.column)   /* out of memory: any reader may use it */
        return sdi_views_reading(p->cat, t->schema, t->name, reader);
    sdi_foreach_referrer(p->cat, SDI_REF_VIEW_STAR, t->name, stop_at_column_user, &w);
    sdi_foreach_referrer(p->cat, SDI_REF_VIEW_WORD, w.column, stop_at_column_user, &w);
    *reader = w.found;
    return w.found != NULL;
}

void sdi_alter_one(sd_parse *p, sd_table *t, sdi_alter_action *a)
{
    sd_catalog *cat = p->cat;
    if (!PG(p) && a->kind != SDI_ALTER_ADD_COLUMN && sqlite_triggers_in_the_way(p, t, a))
        return;
    if (!PG(p)) {
        switch (a->kind) {
        case SDI_ALTER_RENAME_TABLE: sqlite_rename_table(p, t, a); return;
        case SDI_ALTER_RENAME_COLUMN: sqlite_rename_column(p, t, a); return;
        case SDI_ALTER_DROP_COLUMN: sqlite_drop_column(p, t, a); return;
        default:
            sdi_engine_error(p, a->at.z, "near \"%.*s\": syntax error", (int)a->at.n, a->at.z);
            return;
        }
    }
    sd_column *c = NULL;
    sdi_view *reader = NULL;
    bool column_change = a->kind == SDI_ALTER_DROP_COLUMN || a->kind == SDI_ALTER_TYPE ||
                         a->kind == SDI_ALTER_RENAME_COLUMN;
    if (column_change ? view_using_column(p, t, &a->name, &reader)
                      : (a->kind == SDI_ALTER_RENAME_TABLE || a->kind == SDI_ALTER_SET_SCHEMA) &&
                            sdi_views_reading(cat, t->schema, t->name, &reader)) {
        if (column_change)
            sdi_unmodelled(p, a->at.z, "view %s may use this column (its query names it or has *); "
                           "how this change affects the view is not modelled yet", reader->name);
        else
            sdi_unmodelled(p, a->at.z, "view %s reads this table; how this change affects it is not modelled yet",
                           reader->name);
        return;
    }
    switch (a->kind) {
    case SDI_ALTER_DROP_COLUMN: pg_drop_column(p, t, a); return;
    case SDI_ALTER_DROP_CONSTRAINT: pg_drop_constraint(p, t, a); return;
    case SDI_ALTER_TYPE: pg_alter_type(p, t, a); return;
    case SDI_ALTER_RENAME_COLUMN: pg_rename_column(p, t, a); return;
    case SDI_ALTER_RENAME_CONSTRAINT: pg_rename_constraint(p, t, a); return;
    case SDI_ALTER_RENAME_TABLE: pg_rename_table(p, t, a); return;
    case SDI_ALTER_SET_SCHEMA: pg_set_schema(p, t, a); return;
    case SDI_ALTER_SET_NOT_NULL:
        if ((c = column_or_error(p, t, &a->name))) {
            c->not_null = true;
            c->changed = sdi_parse_loc(p, a->at.z);
        }
        return;
    case SDI_ALTER_DROP_NOT_NULL:
        if ((c = column_or_error(p, t, &a->name))) {
            if (in_primary_key(cat, t, c->name)) {
                sdi_engine_error(p, a->name.z, "column \"%s\" is in a primary key", c->name);
                return;
            }
            c->not_null = false;
            c->changed = sdi_parse_loc(p, a->at.z);
        }
        return;
    case SDI_ALTER_SET_DEFAULT:
    case SDI_ALTER_DROP_DEFAULT:
        if ((c = column_or_error(p, t, &a->name)) && c->identity) {
            sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" is an identity column",
                             c->name, t->name);
            return;
        }
        if (c) {
            char *d = a->kind == SDI_ALTER_SET_DEFAULT ? sdi_default_text(p, a->expr, c->type, c->type_base)
                                                      : NULL;
            if (p->oom) {
                sdi_free(d);
                return;
            }
            sdi_free(c->default_text);
            c->default_text = d;
            sdi_note_regclass_refs(cat, t, d);
            c->changed = sdi_parse_loc(p, a->at.z);
        }
        return;
    case SDI_ALTER_DROP_EXPRESSION:
        if (!sdi_tok_is(&a->name2, "expression")) {
            sdi_unmodelled(p, a->name2.z, "syntax error at or near \"%.*s\" (or syntax not supported)",
                           (int)a->name2.n, a->name2.z);
            return;
        }
        if (!(c = column_or_error(p, t, &a->name)))
            return;
        if (c->generated != 1) {
            if (a->if_exists)
                sdi_noop(p, "column \"%s\" of relation \"%s\" is not a stored generated column, skipping",
                         c->name, t->name);
            else
                sdi_engine_error(p, a->name.z, "column \"%s\" of relation \"%s\" is not a stored generated column",
                                 c->name, t->name);
            return;
        }
        /* the column keeps its values and loses the expression */
        c->generated = 0;
        sdi_free(c->default_text);
        c->default_text = NULL;
        c->changed = sdi_parse_loc(p, a->at.z);
        return;
    case SDI_ALTER_ADD_IDENTITY:
    case SDI_ALTER_DROP_IDENTITY:
    case SDI_ALTER_SET_IDENTITY:
        pg_alter_identity(p, t, a);
        return;
    case SDI_ALTER_VALIDATE_CONSTRAINT: {
        char *name = sdi_ident(p, &a->name);
        sd_constraint *k = name ? find_constraint(cat, t, name) : NULL;
        if (name && !k)
            sdi_engine_error(p, a->name.z, "constraint \"%s\" of relation \"%s\" does not exist", name, t->name);
        else if (k)
            k->not_valid = false;
        return;
    }
    case SDI_ALTER_TRIGGER_STATE: {
        char *name = sdi_ident(p, &a->name);
        if (!name)
            return;
        bool all = a->name.type != SD_TK_QUOTED_ID && (!strcmp(name, "all") || !strcmp(name, "user"));
        bool found = false;
        for (size_t i = 0; i < t->triggers.len; i++) {
            sdi_trigger *g = t->triggers.items[i];
            if (all || strcmp(g->name, name) == 0) {
                g->enabled = (char)a->behavior;
                found = true;
            }
        }
        if (!found && !all)
            sdi_engine_error(p, a->name.z, "trigger \"%s\" for table \"%s\" does not exist", name, t->name);
        return;
    }
    case SDI_ALTER_STORAGE:
        /* checked as the engine does; not part of the schema model */
        if (PG(p))
            sdi_pg_check_reloptions(p, a->opts.z, a->opts.n, SDI_RELOPTS_ALTER_TABLE, t->partition_key != NULL, NULL,
                                    NULL);
        return;
    case SDI_ALTER_CONSTRAINT: {
        char *name = sdi_ident(p, &a->name);
        sd_constraint *k = name ? find_constraint(cat, t, name) : NULL;
        if (name && !k) {
            sdi_engine_error(p, a->name.z, "constraint \"%s\" of relation \"%s\" does not exist", name, t->name);
            return;
        }
        if (!k)
            return;
        if (k->kind != SD_CONSTRAINT_FOREIGN_KEY) {
            sdi_engine_error(p, a->name.z, "constraint \"%s\" of relation \"%s\" is not a foreign key constraint",
                             name, t->name);
            return;
        }
        for (sdi_constraint *attr = a->con; attr; attr = attr->next) {
            if (attr->kind == SDI_C_DEFERRABLE)
                k->deferrable = true;
            else if (attr->kind == SDI_C_NOT_DEFERRABLE)
                k->deferrable = k->deferred = false;
            else if (attr->kind == SDI_C_INITIALLY_DEFERRED)
                k->deferred = k->deferrable = true;
            else if (attr->kind == SDI_C_INITIALLY_IMMEDIATE)
                k->deferred = false;
        }
        k->changed = sdi_parse_loc(p, a->at.z);
        return;
    }
    case SDI_ALTER_RLS_ENABLE: t->rls = true; return;
    case SDI_ALTER_RLS_DISABLE: t->rls = false; return;
    case SDI_ALTER_RLS_FORCE: t->rls_forced = true; return;
    case SDI_ALTER_RLS_NO_FORCE: t->rls_forced = false; return;
    default:
        sdi_unmodelled(p, a->at.z, "this ALTER TABLE action is not modelled yet");
        return;
    }
}

void sdp_alter_index_rename(sd_parse *p, bool if_exists, const sdi_name *index, const sd_token *newname)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    if (!PG(p)) {
        sdi_engine_error(p, p->stmt_start, "near \"INDEX\": syntax error");
        return;
    }
    sd_schema *s = sdi_resolve_schema(p, index);
    char *name = sdi_ident(p, &index->name), *nn = sdi_ident(p, newname);
    if (!s || !name || !nn)
        return;
    sdi_rel *r = sdi_rel_find(cat, s, name);
    if (!r || r->kind != SDI_REL_INDEX) {
        if (!r && if_exists)
            sdi_noop(p, "relation \"%s\" does not exist, skipping", name);
        else if (!r)
            sdi_engine_error(p, index->name.z, "relation \"%s\" does not exist", name);
        else
            sdi_unmodelled(p, index->name.z, "ALTER INDEX on a relation that is not an index is not modelled");
        return;
    }
    if (sdi_rel_find(cat, s, nn)) {
        sdi_engine_error(p, newname->z, "relation \"%s\" already exists", nn);
        return;
    }
    sd_index *ix = r->obj;
    sd_table *t = ix->table;
    if (ix->constraint) {
        /* the constraint follows its index */
        sd_constraint *k = find_constraint(cat, t, ix->constraint);
        if (k) {
            char *kn = sdi_hdup(p, nn);
            if (!kn)
                return;
            sdi_constraint_name_use(s, k->name, -1);
            sdi_free(k->name);
            k->name = kn;
            if (sdi_constraint_name_use(s, k->name, 1) != SD_OK)
                p->oom = true;
        }
        char *cn = sdi_hdup(p, nn);
        if (!cn)
            return;
        sdi_free(ix->constraint);
        ix->constraint = cn;
    }
    char *in = sdi_hdup(p, nn);
    if (!in)
        return;
    sdi_pg_rename_regclass(p, s->name, ix->name, s->name, nn);   /* regclass constants follow the index */
    sdi_rel_remove(cat, s, ix->name);
    sdi_free(ix->name);
    ix->name = in;
    if (sdi_rel_add(cat, s, ix->name, SDI_REL_INDEX, ix) != SD_OK)
        p->oom = true;
    ix->changed = sdi_parse_loc(p, p->stmt_start);
}

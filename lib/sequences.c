/* PostgreSQL sequences: CREATE SEQUENCE [IF NOT EXISTS] ... [AS type]
 * [OWNED BY t.c | NONE], ALTER SEQUENCE [IF EXISTS] ... (AS, OWNED BY,
 * RENAME TO, SET SCHEMA; other options change nothing we record), read as
 * the grammar reads them, DROP SEQUENCE with the engine's dependency rule
 * (column and domain defaults that call nextval). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

size_t sdi_tok_read_name(const sd_token *toks, size_t n, size_t i, sdi_name *out)
{
    memset(out, 0, sizeof *out);
    if (i + 2 < n && toks[i + 1].type == SD_TK_DOT) {
        out->schema = toks[i];
        out->name = toks[i + 2];
        return i + 3;
    }
    out->name = toks[i];
    return i + 1;
}

void sdi_tok_syntax(sd_parse *p, const sd_token *toks, size_t n, size_t i)
{
    if (i < n)
        sdi_unmodelled(p, toks[i].z, "syntax error at or near \"%.*s\" (or syntax not supported)",
                       (int)(toks[i].n > 40 ? 40 : toks[i].n), toks[i].z);
    else
        sdi_unmodelled(p, p->stmt_end, "syntax error at end of input (or syntax not supported)");
}

/* The options after the name: AS type and OWNED BY (the others, such as
 * INCREMENT or START, are accepted and not kept). */
typedef struct seqopts {
    const char *type;           /* NULL: unchanged */
    bool owned_set;
    bool owned_none;
    sdi_name owner_table;
    sd_token owner_column;
    bool rename;
    bool set_schema;
    sd_token newname;           /* RENAME TO name; SET SCHEMA schema */
} seqopts;

/* A NumericOnly value at toks[*i]: [+|-] integer. False with the error
 * set (a syntax error, or the engine's for a fraction). */
static bool read_number(sd_parse *p, const sd_token *toks, size_t n, size_t *i)
{
    size_t k = *i;
    if (k < n && (toks[k].type == SD_TK_MINUS || toks[k].type == SD_TK_PLUS))
        k++;
    if (k < n && toks[k].type == SD_TK_FLOAT) {
        sdi_engine_error(p, toks[*i].z, "invalid input syntax for type bigint: \"%.*s\"",
                         (int)(toks[k].z + toks[k].n - toks[*i].z), toks[*i].z);
        return false;
    }
    if (k >= n || toks[k].type != SD_TK_INTEGER) {
        sdi_tok_syntax(p, toks, n, k);
        return false;
    }
    *i = k + 1;
    return true;
}

/* The options after the name, as PostgreSQL's grammar reads them: a list
 * of AS, CACHE, [NO] CYCLE, INCREMENT [BY], [NO] MINVALUE / MAXVALUE,
 * OWNED BY, START [WITH], RESTART [[WITH] n]; for ALTER, instead, one of
 * RENAME TO, SET SCHEMA, OWNER TO, SET LOGGED / UNLOGGED. Only AS and
 * OWNED BY are kept. False with the error set. */
static bool read_options(sd_parse *p, const sd_token *toks, size_t n, size_t i, seqopts *o, bool alter)
{
    memset(o, 0, sizeof *o);
    if (alter && i + 2 < n && sdi_tok_is(&toks[i], "rename") && sdi_tok_is(&toks[i + 1], "to") &&
        sdi_tok_name(&toks[i + 2])) {
        o->rename = true;
        o->newname = toks[i + 2];
        i += 3;
    } else if (alter && i + 2 < n && sdi_tok_is(&toks[i], "set") && sdi_tok_is(&toks[i + 1], "schema") &&
               sdi_tok_name(&toks[i + 2])) {
        o->set_schema = true;
        o->newname = toks[i + 2];
        i += 3;
    } else if (alter && i + 2 < n && sdi_tok_is(&toks[i], "owner") && sdi_tok_is(&toks[i + 1], "to") &&
               sdi_tok_name(&toks[i + 2])) {
        i += 3;   /* not part of the schema */
    } else if (alter && i + 1 < n && sdi_tok_is(&toks[i], "set") &&
               (sdi_tok_is(&toks[i + 1], "logged") || sdi_tok_is(&toks[i + 1], "unlogged"))) {
        i += 2;   /* persistence: not part of the schema */
    } else if (alter && i >= n) {
        sdi_tok_syntax(p, toks, n, i);
        return false;
    } else {
        while (i < n) {
            const sd_token *t = &toks[i];
            if (sdi_tok_is(t, "as")) {
                if (++i >= n || !sdi_tok_name(&toks[i])) {
                    sdi_tok_syntax(p, toks, n, i);
                    return false;
                }
                if (sdi_tok_is(&toks[i], "smallint") || sdi_tok_is(&toks[i], "int2"))
                    o->type = "smallint";
                else if (sdi_tok_is(&toks[i], "integer") || sdi_tok_is(&toks[i], "int") ||
                         sdi_tok_is(&toks[i], "int4"))
                    o->type = "integer";
                else if (sdi_tok_is(&toks[i], "bigint") || sdi_tok_is(&toks[i], "int8"))
                    o->type = "bigint";
                else {
                    sdi_engine_error(p, toks[i].z, "sequence type must be smallint, integer, or bigint");
                    return false;
                }
                i++;
            } else if (sdi_tok_is(t, "cache") || sdi_tok_is(t, "maxvalue") || sdi_tok_is(t, "minvalue")) {
                i++;
                if (!read_number(p, toks, n, &i))
                    return false;
            } else if (sdi_tok_is(t, "cycle")) {
                i++;
            } else if (sdi_tok_is(t, "no")) {
                if (i + 1 >= n || !(sdi_tok_is(&toks[i + 1], "cycle") || sdi_tok_is(&toks[i + 1], "minvalue") ||
                                    sdi_tok_is(&toks[i + 1], "maxvalue"))) {
                    sdi_tok_syntax(p, toks, n, i + 1);
                    return false;
                }
                i += 2;
            } else if (sdi_tok_is(t, "increment") || sdi_tok_is(t, "start")) {
                bool increment = sdi_tok_is(t, "increment");
                if (++i < n && sdi_tok_is(&toks[i], increment ? "by" : "with"))
                    i++;
                if (!read_number(p, toks, n, &i))
                    return false;
            } else if (sdi_tok_is(t, "restart")) {
                if (++i < n && sdi_tok_is(&toks[i], "with")) {
                    i++;
                    if (!read_number(p, toks, n, &i))
                        return false;
                } else if (i < n && (toks[i].type == SD_TK_INTEGER || toks[i].type == SD_TK_FLOAT ||
                                     toks[i].type == SD_TK_MINUS || toks[i].type == SD_TK_PLUS)) {
                    if (!read_number(p, toks, n, &i))
                        return false;
                }
            } else if (sdi_tok_is(t, "owned") && i + 1 < n && sdi_tok_is(&toks[i + 1], "by")) {
                o->owned_set = true;
                i += 2;
                if (i < n && sdi_tok_is(&toks[i], "none")) {
                    o->owned_none = true;
                    i++;
                    continue;
                }
                /* [schema.]table.column */
                size_t k = i;
                size_t parts = 0;
                sd_token part[3];
                while (k < n && parts < 3 && sdi_tok_name(&toks[k])) {
                    part[parts++] = toks[k++];
                    if (k + 1 < n && toks[k].type == SD_TK_DOT && parts < 3)
                        k++;
                    else
                        break;
                }
                if (parts < 2) {
                    if (parts == 0)
                        sdi_tok_syntax(p, toks, n, i);
                    else
                        sdi_engine_error(p, toks[i].z, "invalid OWNED BY option");
                    return false;
                }
                memset(&o->owner_table, 0, sizeof o->owner_table);
                if (parts == 3)
                    o->owner_table.schema = part[0];
                o->owner_table.name = part[parts - 2];
                o->owner_column = part[parts - 1];
                i = k;
            } else if (sdi_tok_is(t, "sequence") && i + 1 < n && sdi_tok_is(&toks[i + 1], "name")) {
                sdi_engine_error(p, t->z, "invalid sequence option SEQUENCE NAME");
                return false;
            } else {
                sdi_tok_syntax(p, toks, n, i);
                return false;
            }
        }
    }
    if (i < n) {   /* RENAME TO and the like end the statement */
        sdi_tok_syntax(p, toks, n, i);
        return false;
    }
    return true;
}

static sdi_sequence *find_sequence(const sd_catalog *cat, sd_schema *s, const char *name)
{
    sdi_rel *r = sdi_rel_find(cat, s, name);
    return r && r->kind == SDI_REL_SEQUENCE ? r->obj : NULL;
}

/* Point q at its owner; false after reporting the engine's error. */
static bool set_owner(sd_parse *p, sdi_sequence *q, sd_schema *s, const seqopts *o)
{
    if (!o->owned_set)
        return true;
    if (o->owned_none) {
        sdi_sequence_set_owner(q, NULL);
        sdi_free(q->owner_column);
        q->owner_column = NULL;
        return true;
    }
    sd_table *t = sdi_lookup_table(p, &o->owner_table, true);
    if (!t)
        return false;
    if (t->schema != s) {
        sdi_engine_error(p, o->owner_table.name.z, "sequence must be in same schema as table it is linked to");
        return false;
    }
    char *cn = sdi_ident(p, &o->owner_column);
    if (!cn)
        return false;
    sd_column *c = sdi_column_find(p->cat, t, cn);
    if (!c) {
        sdi_engine_error(p, o->owner_column.z, "column \"%s\" of relation \"%s\" does not exist", cn, t->name);
        return false;
    }
    char *col = sdi_hdup(p, c->name);
    if (!col)
        return false;
    if (sdi_sequence_set_owner(q, t) != SD_OK) {
        sdi_free(col);
        p->oom = true;
        return false;
    }
    sdi_free(q->owner_column);
    q->owner_column = col;
    q->identity = false;
    return true;
}

void sdi_create_sequence(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"SEQUENCE\": syntax error");
        return;
    }
    size_t i = 1;
    if (i < n && (sdi_tok_is(&toks[i], "temp") || sdi_tok_is(&toks[i], "temporary"))) {
        p->outcome = SD_OUTCOME_IGNORED;
        return;
    }
    if (i < n && sdi_tok_is(&toks[i], "unlogged"))
        i++;
    i++;   /* SEQUENCE */
    bool if_not_exists = false;
    if (i + 2 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "not") && sdi_tok_is(&toks[i + 2], "exists"))
        if_not_exists = true, i += 3;
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sdi_name qn;
    i = sdi_tok_read_name(toks, n, i, &qn);
    seqopts o;
    if (!read_options(p, toks, n, i, &o, false))
        return;
    sd_schema *s = NULL;
    char *name = sdi_new_relation_name(p, &qn, if_not_exists, &s);
    if (!name)
        return;
    if (sdi_usertype_find(cat, s, name)) {   /* its row type would clash */
        sdi_engine_error(p, qn.name.z, "type \"%s\" already exists", name);
        return;
    }
    sdi_sequence *q = sdi_calloc(1, sizeof *q);
    if (!q) {
        p->oom = true;
        return;
    }
    q->name = sdi_hdup(p, name);
    q->type = sdi_hdup(p, o.type ? o.type : "bigint");
    q->created = sdi_parse_loc(p, p->stmt_start);
    if (p->oom || !set_owner(p, q, s, &o)) {
        sdi_sequence_free(q);
        return;
    }
    if (sdi_schema_add_sequence(s, q) != SD_OK) {
        sdi_sequence_free(q);
        p->oom = true;
        return;
    }
    if (sdi_rel_add(cat, s, q->name, SDI_REL_SEQUENCE, q) != SD_OK)
        p->oom = true;
}

void sdi_pg_add_regclass(sdi_str *o, const char *schema, const char *name)
{
    sdi_str ref = {0};
    if (strcmp(schema, "public") != 0) {
        sdi_pg_add_ident(&ref, schema);
        sdi_str_addc(&ref, '.');
    }
    sdi_pg_add_ident(&ref, name);
    sdi_str_add_sql_literal(o, ref.data ? ref.data : "");
    if (ref.oom)
        o->oom = true;
    sdi_str_free(&ref);
    sdi_str_add(o, "::regclass");
}

void sdi_note_regclass_refs(sd_catalog *cat, sd_table *t, const char *text)
{
    static const char suffix[] = "'::regclass";
    if (!text || cat->dialect != SD_DIALECT_POSTGRES)
        return;
    for (const char *end = strstr(text, suffix); end; end = strstr(end + 1, suffix)) {
        /* back to the literal's opening quote ('' is a quote inside it) */
        const char *open = end;
        while (open > text) {
            open--;
            if (*open == '\'' && open > text && open[-1] == '\'')
                open--;
            else if (*open == '\'')
                break;
        }
        /* the last name of the dotted chain between the quotes, unquoted */
        sdi_str last = {0};
        bool quoted = false;
        for (const char *z = open + 1; z < end; z++) {
            char ch = *z;
            if (ch == '\'' && z + 1 < end)
                z++;   /* '' */
            if (ch == '"' && quoted && z + 1 < end && z[1] == '"') {
                sdi_str_addc(&last, '"');
                z++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '.' && !quoted) {
                last.len = 0;
            } else {
                sdi_str_addc(&last, ch);
            }
        }
        if (last.oom)
            cat->referrers_lost = true;
        else
            sdi_note_referrer(cat, SDI_REF_REGCLASS, last.data ? last.data : "", t, &t->handle);
        sdi_str_free(&last);
    }
}

typedef struct regclass_search {
    const char *literal;
    sdi_rel *const *dropped;
    size_t ndropped;
    sd_table *t;
    sd_column *c;
} regclass_search;

static bool stop_at_regclass_user(void *obj, void *ctx)
{
    regclass_search *w = ctx;
    sd_table *t = obj;
    for (size_t i = 0; i < w->ndropped; i++)
        if (w->dropped[i] && w->dropped[i]->obj == t)
            return true;
    for (size_t ci = 0; ci < t->columns.len; ci++) {
        sd_column *c = t->columns.items[ci];
        if (c->default_text && strstr(c->default_text, w->literal)) {
            w->t = t;
            w->c = c;
            return false;
        }
    }
    return true;
}

sdi_usertype *sdi_regclass_in_domains(sd_parse *p, const char *schema, const char *name)
{
    if (!p->cat->regclass_domains)
        return NULL;
    sdi_str lit = SDI_SCRATCH_STR(&p->arena);
    sdi_pg_add_regclass(&lit, schema, name);
    if (lit.oom) {
        p->oom = true;
        sdi_str_free(&lit);
        return NULL;
    }
    sdi_usertype *found = NULL;
    for (size_t si = 0; !found && si < p->cat->schemas.len; si++) {
        const sd_schema *s = p->cat->schemas.items[si];
        for (size_t i = 0; !found && i < s->types.len; i++) {
            sdi_usertype *u = s->types.items[i];
            if (u->default_text && strstr(u->default_text, lit.data))
                found = u;
        }
    }
    sdi_str_free(&lit);
    return found;
}

bool sdi_regclass_in_defaults(sd_parse *p, const char *schema, const char *name, sdi_rel *const *dropped,
                              size_t ndropped, sd_table **t_out, sd_column **c_out)
{
    *t_out = NULL;
    *c_out = NULL;
    if (!sdi_maybe_referenced(p->cat, SDI_REF_REGCLASS, name))
        return false;
    sdi_str lit = SDI_SCRATCH_STR(&p->arena);
    sdi_pg_add_regclass(&lit, schema, name);
    if (lit.oom) {
        p->oom = true;
        sdi_str_free(&lit);
        return false;
    }
    regclass_search w = {lit.data, dropped, ndropped, NULL, NULL};
    sdi_foreach_referrer(p->cat, SDI_REF_REGCLASS, name, stop_at_regclass_user, &w);
    sdi_str_free(&lit);
    *t_out = w.t;
    *c_out = w.c;
    return w.c != NULL;
}

typedef struct regclass_swap {
    sd_catalog *cat;
    const sdi_str *from, *to;
    const char *new_name;
    bool oom;
} regclass_swap;

/* In *text, a default, the regclass constant `from` becomes `to`: true
 * when it was there (false with w->oom set when out of memory). */
static bool swap_in_default(regclass_swap *w, char **text)
{
    if (!*text || !strstr(*text, w->from->data))
        return false;
    /* the quote before the name keeps 'x' from matching 'ax' */
    sdi_str d = {0};
    for (const char *z = *text, *hit; *z; z = hit + w->from->len) {
        if (!(hit = strstr(z, w->from->data))) {
            sdi_str_add(&d, z);
            break;
        }
        sdi_str_addn(&d, z, (size_t)(hit - z));
        sdi_str_add(&d, w->to->data);
    }
    char *txt = sdi_str_take(&d);
    if (!txt) {
        w->oom = true;
        return false;
    }
    sdi_free(*text);
    *text = txt;
    return true;
}

/* In t's column defaults, the regclass constant `from` becomes `to`. */
static bool swap_regclass(void *obj, void *ctx)
{
    regclass_swap *w = ctx;
    sd_table *t = obj;
    bool swapped = false;
    for (size_t ci = 0; ci < t->columns.len && !w->oom; ci++)
        swapped |= swap_in_default(w, &((sd_column *)t->columns.items[ci])->default_text);
    if (w->oom)
        return false;
    if (swapped)
        sdi_note_referrer(w->cat, SDI_REF_REGCLASS, w->new_name, t, &t->handle);
    return true;
}

void sdi_pg_rename_regclass(sd_parse *p, const char *old_schema, const char *old_name,
                            const char *new_schema, const char *new_name)
{
    sdi_str from = SDI_SCRATCH_STR(&p->arena), to = SDI_SCRATCH_STR(&p->arena);
    sdi_pg_add_regclass(&from, old_schema, old_name);
    sdi_pg_add_regclass(&to, new_schema, new_name);
    regclass_swap w = {p->cat, &from, &to, new_name, from.oom || to.oom};
    if (!w.oom)
        sdi_foreach_referrer(p->cat, SDI_REF_REGCLASS, old_name, swap_regclass, &w);
    /* and in domains' defaults (few: scanned, once there is one) */
    for (size_t si = 0; p->cat->regclass_domains && si < p->cat->schemas.len && !w.oom; si++) {
        const sd_schema *s = p->cat->schemas.items[si];
        for (size_t i = 0; i < s->types.len && !w.oom; i++)
            swap_in_default(&w, &((sdi_usertype *)s->types.items[i])->default_text);
    }
    if (w.oom)
        p->oom = true;
    sdi_str_free(&from);
    sdi_str_free(&to);
}

void sdi_alter_sequence(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"SEQUENCE\": syntax error");
        return;
    }
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sdi_name qn;
    i = sdi_tok_read_name(toks, n, i, &qn);
    seqopts o;
    if (!read_options(p, toks, n, i, &o, true))
        return;
    sd_schema *s = sdi_resolve_schema(p, &qn);
    char *name = sdi_ident(p, &qn.name);
    if (!s || !name)
        return;
    sdi_sequence *q = find_sequence(cat, s, name);
    if (!q) {
        if (if_exists)
            sdi_noop(p, "relation \"%s\" does not exist, skipping", name);
        else if (sdi_rel_find(cat, s, name))
            sdi_engine_error(p, qn.name.z, "\"%s\" is not a sequence", name);
        else
            sdi_engine_error(p, qn.name.z, "relation \"%s\" does not exist", name);
        return;
    }
    if (o.set_schema) {
        char *sn = sdi_ident(p, &o.newname);
        sd_schema *to = sn ? sdi_schema_find(cat, sn) : NULL;
        if (!sn)
            return;
        if (!to) {
            sdi_engine_error(p, o.newname.z, "schema \"%s\" does not exist", sn);
            return;
        }
        if (to == s)
            return;   /* already there: the engine does nothing */
        if (q->owner) {
            sdi_engine_error(p, o.newname.z, "cannot move an owned sequence into another schema");
            return;
        }
        if (sdi_rel_find(cat, to, q->name)) {
            sdi_engine_error(p, o.newname.z, "relation \"%s\" already exists in schema \"%s\"", q->name, to->name);
            return;
        }
        /* defaults that call nextval of it name it schema-qualified now */
        sdi_pg_rename_regclass(p, s->name, q->name, to->name, q->name);
        sdi_schema_remove_sequence(s, q);
        sdi_rel_remove(cat, s, q->name);
        if (sdi_schema_add_sequence(to, q) != SD_OK) {
            sdi_sequence_free(q);
            p->oom = true;
            return;
        }
        if (sdi_rel_add(cat, to, q->name, SDI_REL_SEQUENCE, q) != SD_OK)
            p->oom = true;
        return;
    }
    if (o.rename) {
        char *nn = sdi_ident(p, &o.newname);
        if (!nn)
            return;
        if (sdi_rel_find(cat, s, nn)) {
            sdi_engine_error(p, o.newname.z, "relation \"%s\" already exists", nn);
            return;
        }
        char *hn = sdi_hdup(p, nn);
        if (!hn)
            return;
        /* defaults that call nextval('old') follow the sequence */
        sdi_pg_rename_regclass(p, s->name, q->name, s->name, nn);
        sdi_rel_remove(cat, s, q->name);
        sdi_free(q->name);
        q->name = hn;
        if (sdi_rel_add(cat, s, q->name, SDI_REL_SEQUENCE, q) != SD_OK)
            p->oom = true;
        return;
    }
    if (o.type) {
        char *t = sdi_hdup(p, o.type);
        if (!t)
            return;
        sdi_free(q->type);
        q->type = t;
    }
    set_owner(p, q, s, &o);
}

void sdi_drop_sequence(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"SEQUENCE\": syntax error");
        return;
    }
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    bool cascade = false;
    if (n && sdi_tok_is(&toks[n - 1], "cascade"))
        cascade = true, n--;
    else if (n && sdi_tok_is(&toks[n - 1], "restrict"))
        n--;
    /* name [, name ...] to the end, read whole before anything is dropped */
    for (size_t k = i;;) {
        if (k >= n || !sdi_tok_name(&toks[k]) || (k + 1 < n && toks[k + 1].type == SD_TK_DOT &&
                                                  (k + 2 >= n || !sdi_tok_name(&toks[k + 2])))) {
            sdi_tok_syntax(p, toks, n, k + (k + 1 < n && toks[k + 1].type == SD_TK_DOT ? 2 : 0));
            return;
        }
        sdi_name skip;
        k = sdi_tok_read_name(toks, n, k, &skip);
        if (k == n)
            break;
        if (toks[k].type != SD_TK_COMMA) {
            sdi_tok_syntax(p, toks, n, k);
            return;
        }
        k++;
    }
    size_t dropped = 0;
    while (i < n) {
        sdi_name qn;
        i = sdi_tok_read_name(toks, n, i, &qn);
        if (i < n && toks[i].type == SD_TK_COMMA)
            i++;
        sd_schema *s = sdi_resolve_schema(p, &qn);
        char *name = sdi_ident(p, &qn.name);
        if (!s || !name)
            return;
        sdi_sequence *q = find_sequence(cat, s, name);
        if (!q) {
            if (if_exists)
                continue;
            sdi_engine_error(p, qn.name.z, "sequence \"%s\" does not exist", name);
            return;
        }
        if (q->identity) {
            sdi_engine_error(p, qn.name.z, "cannot drop sequence %s because column %s of table %s requires it", name,
                             q->owner_column ? q->owner_column : "", q->owner ? q->owner->name : "");
            return;
        }
        /* a domain's default using it: the domain depends on it */
        if (sdi_regclass_in_domains(p, s->name, q->name)) {
            if (!cascade)
                sdi_engine_error(p, qn.name.z, "cannot drop sequence %s because other objects depend on it", name);
            else
                sdi_unmodelled(p, qn.name.z, "a domain's default uses this sequence: DROP SEQUENCE ... CASCADE drops "
                                             "the domain and the columns of that type, which is not modelled yet");
            return;
        }
        if (p->oom)
            return;
        sd_table *t = NULL;
        sd_column *c = NULL;
        while (sdi_regclass_in_defaults(p, s->name, q->name, NULL, 0, &t, &c)) {
            if (!cascade) {
                sdi_engine_error(p, qn.name.z, "cannot drop sequence %s because other objects depend on it", name);
                return;
            }
            sdi_free(c->default_text);
            c->default_text = NULL;
        }
        if (p->oom)
            return;
        sdi_sequence_remove(cat, s, q);
        dropped++;
    }
    if (!dropped)
        sdi_noop(p, "sequence does not exist, skipping");
}

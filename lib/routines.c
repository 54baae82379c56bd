/* PostgreSQL functions and procedures, recorded by signature: CREATE [OR
 * REPLACE] FUNCTION/PROCEDURE (arguments resolved to their types, RETURNS,
 * LANGUAGE and the body read from the statement's tokens; bodies are not
 * interpreted) and DROP FUNCTION/PROCEDURE with the engine's lookup rules. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

sdi_funcarg *sdp_funcarg(sd_parse *p, sdi_type *t, bool in_keyword, bool has_default)
{
    if (!t)
        return NULL;
    sdi_funcarg *a = sdp_alloc(p, sizeof *a);
    if (a) {
        a->type = t;
        a->in_keyword = in_keyword;
        a->has_default = has_default;
    }
    return a;
}


sdi_funcarg *sdp_funcarg_append(sdi_funcarg *list, sdi_funcarg *a)
{
    if (!list)
        return a;
    sdi_funcarg *l = list;
    while (l->next)
        l = l->next;
    l->next = a;
    return list;
}

sdi_routineref *sdp_routineref(sd_parse *p, const sdi_name *n, sdi_funcarg *args, bool has_args)
{
    sdi_routineref *r = sdp_alloc(p, sizeof *r);
    if (r) {
        r->name = *n;
        r->args = args;
        r->has_args = has_args;
    }
    return r;
}

sdi_routineref *sdp_routineref_append(sdi_routineref *list, sdi_routineref *r)
{
    if (!list)
        return r;
    sdi_routineref *l = list;
    while (l->next)
        l = l->next;
    l->next = r;
    return list;
}

void sdi_routine_free(sdi_routine *r)
{
    if (!r)
        return;
    sdi_free_strings(r->argtypes, r->nargs);
    sdi_free_strings(r->argnames, r->nargs);
    sdi_free(r->out_row);
    sdi_free(r->name);
    sdi_free(r->identity);
    sdi_free(r->returns);
    sdi_free(r->language);
    sdi_free(r->body);
    sdi_free(r->sql);
    sdi_free(r);
}

/* ---- arguments ---- */

enum { MODE_IN, MODE_OUT, MODE_INOUT, MODE_VARIADIC };

/* Drop the first word of a written type. */
static void shift_word(sdi_type *t)
{
    memmove(t->words, t->words + 1, (t->nwords - 1) * sizeof t->words[0]);
    t->nwords--;
    if (t->nwords_before_mods)
        t->nwords_before_mods--;
    t->start = t->words[0].z;
}

/* Resolve a type without reporting anything when it is not one. */
/* Pseudo-types: valid only as a function's argument or result type. */
static const char *const pseudo_types[] = {
    "anyelement", "anyarray", "anynonarray", "anyenum", "anyrange", "anymultirange",
    "anycompatible", "anycompatiblearray", "anycompatiblenonarray", "anycompatiblerange",
    "anycompatiblemultirange", "record", "trigger", "event_trigger", "void", "internal",
    "cstring", "language_handler", "fdw_handler", "index_am_handler", "tsm_handler",
    "table_am_handler", NULL,
};

/* A pseudo-type spelled as one word (quoted: exactly), as format_type
 * prints it, or NULL. "any" is a reserved word and must be quoted. */
static const char *pseudo_type(const sdi_type *t)
{
    if (t->array_dims || t->nmods || t->nwords != 1)
        return NULL;
    const sd_token *w = &t->words[0];
    if (w->type == SD_TK_QUOTED_ID) {
        if (w->n == 5 && memcmp(w->z, "\"any\"", 5) == 0)
            return "\"any\"";
        for (const char *const *k = pseudo_types; *k; k++)
            if (w->n == strlen(*k) + 2 && memcmp(w->z + 1, *k, w->n - 2) == 0)
                return *k;
        return NULL;
    }
    if (w->type == SD_TK_STRING)
        return NULL;
    for (const char *const *k = pseudo_types; *k; k++)
        if (sdi_tok_is(w, *k))
            return *k;
    return NULL;
}

static bool quiet_type(sd_parse *p, const sdi_type *t, char **type, char **base)
{
    const char *pseudo = pseudo_type(t);
    if (pseudo) {
        *type = *base = sdi_arena_strndup(&p->arena, pseudo, strlen(pseudo));
        if (!*type)
            p->oom = true;
        return *type != NULL;
    }
    int outcome = p->outcome;
    char *reason = p->reason;
    const char *err_at = p->err_at;
    p->reason = NULL;
    int serial = 0;
    const char *err = NULL;
    bool ok = sdi_pg_type(p, t, type, base, &serial, &err) == 0 && !serial;
    if (p->reason != reason)
        sdi_free(p->reason);
    p->reason = reason;
    p->outcome = outcome;
    p->err_at = err_at;
    return ok;
}

/* An argument: mode, name (NULL when none) and type (format_type with no
 * modifier, as function signatures keep it). Reports an unknown type. */
static bool resolve_arg(sd_parse *p, const sdi_funcarg *a, int *mode, char **name, char **base)
{
    sdi_type t = *a->type;
    *mode = MODE_IN;
    *name = NULL;
    if (!a->in_keyword && t.nwords > 1) {
        if (sdi_tok_is(&t.words[0], "out"))
            *mode = MODE_OUT;
        else if (sdi_tok_is(&t.words[0], "inout"))
            *mode = MODE_INOUT;
        else if (sdi_tok_is(&t.words[0], "variadic"))
            *mode = MODE_VARIADIC;
        if (*mode != MODE_IN)
            shift_word(&t);
    }
    char *type = NULL;
    if (quiet_type(p, &t, &type, base))
        return true;
    if (t.nwords > 1) {
        sd_token argname = t.words[0];
        shift_word(&t);
        if (quiet_type(p, &t, &type, base)) {
            *name = sdi_ident(p, &argname);
            return *name != NULL;
        }
    }
    /* report why, the way a column type is reported */
    int serial = 0;
    const char *err = NULL;
    if (sdi_pg_type(p, &t, &type, base, &serial, &err) != 0 && err)
        sdi_engine_error(p, t.start, "%s", err);
    return false;
}

/* What a routine's arguments say about it. */
typedef struct arg_facts {
    char **names;               /* input arguments' names, NULL where unnamed */
    size_t ndefaults;           /* input arguments with a default */
    char *out_row;              /* OUT and INOUT arguments as "name type;" each (heap) */
} arg_facts;

/* Input argument types and the identity text "name(a integer, b text)";
 * with facts, also what arg_facts holds. */
static bool signature(sd_parse *p, int kind, const char *name, const sdi_funcarg *args,
                      char ***types, size_t *ntypes, char **identity, char **out_result, arg_facts *facts)
{
    char **nv = NULL;
    char ***names = facts ? &facts->names : NULL;
    sdi_str row = SDI_SCRATCH_STR(&p->arena);
    if (facts)
        *facts = (arg_facts){0};
    size_t nout = 0;
    if (out_result)
        *out_result = NULL;
    sdi_str id = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&id, name);
    sdi_str_addc(&id, '(');
    size_t n = 0, cap = 0;
    char **v = NULL;
    bool first = true, unresolved = false;
    for (const sdi_funcarg *a = args; a; a = a->next) {
        int mode;
        char *aname = NULL, *base = NULL;
        if (!resolve_arg(p, a, &mode, &aname, &base)) {
            unresolved = true;
            break;
        }
        if ((mode == MODE_OUT || mode == MODE_INOUT) && out_result) {
            /* the result type OUT parameters imply: the one type, or record */
            sdi_free(*out_result);
            *out_result = sdi_hdup(p, ++nout == 1 ? base : "record");
        }
        /* pg_get_function_identity_arguments: OUT arguments are listed
         * with their mode; procedures also say IN */
        if (!first)
            sdi_str_add(&id, ", ");
        first = false;
        if (mode == MODE_OUT)
            sdi_str_add(&id, "OUT ");
        else if (mode == MODE_IN && kind == 2)
            sdi_str_add(&id, "IN ");
        else if (mode == MODE_INOUT)
            sdi_str_add(&id, "INOUT ");
        else if (mode == MODE_VARIADIC)
            sdi_str_add(&id, "VARIADIC ");
        if (aname) {
            sdi_pg_add_ident(&id, aname);
            sdi_str_addc(&id, ' ');
        }
        sdi_str_add(&id, base);
        if (facts && (mode == MODE_OUT || mode == MODE_INOUT)) {
            sdi_str_add(&row, aname ? aname : "");
            sdi_str_addc(&row, ' ');
            sdi_str_add(&row, base);
            sdi_str_addc(&row, ';');
        }
        if (mode == MODE_OUT)
            continue;   /* not part of the lookup key */
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            char **grown = sdi_realloc(v, cap * sizeof *grown);
            char **grown_names = grown && names ? sdi_realloc(nv, cap * sizeof *grown_names) : NULL;
            if (grown)
                v = grown;
            if (grown_names)
                nv = grown_names;
            if (!grown || (names && !grown_names)) {
                p->oom = true;
                break;
            }
        }
        if (names) {
            nv[n] = aname && *aname ? sdi_hdup(p, aname) : NULL;
            facts->ndefaults += a->has_default;
        }
        if (!(v[n++] = sdi_hdup(p, base)))
            break;
    }
    sdi_str_addc(&id, ')');
    *identity = unresolved || p->oom ? NULL : sdi_str_take(&id);
    if (!*identity) {
        /* an argument we cannot resolve, or out of memory: nothing is kept */
        if (!unresolved)
            p->oom = true;
        sdi_free_strings(v, n);
        sdi_free_strings(nv, names ? n : 0);
        sdi_str_free(&id);
        if (out_result) {
            sdi_free(*out_result);
            *out_result = NULL;
        }
        return false;
    }
    *types = v;
    *ntypes = n;
    if (facts) {
        facts->names = nv;
        facts->out_row = sdi_str_take(&row);
        if (!facts->out_row) {
            p->oom = true;
            sdi_free_strings(nv, n);
            facts->names = NULL;
            sdi_free_strings(v, n);
            sdi_free(*identity);
            *identity = NULL;
            if (out_result) {
                sdi_free(*out_result);
                *out_result = NULL;
            }
            return false;
        }
    }
    return true;
}

static bool same_args(char **a, size_t na, char **b, size_t nb)
{
    if (na != nb)
        return false;
    for (size_t i = 0; i < na; i++)
        if (strcmp(a[i], b[i]) != 0)
            return false;
    return true;
}

const sdi_vec *sdi_routines_named(const sd_schema *s, const char *name)
{
    return sdi_map_get(&s->routine_map, name);
}

static void free_named(void *v)
{
    sdi_vec_free(v);
    sdi_free(v);
}

void sdi_routine_map_free(sd_schema *s)
{
    sdi_map_free_with(&s->routine_map, free_named);
}

static int index_routine(sd_schema *s, sdi_routine *r)
{
    sdi_vec *v = sdi_map_get(&s->routine_map, r->name);
    if (!v) {
        if (!(v = sdi_calloc(1, sizeof *v)))
            return SD_ERR_NOMEM;
        if (sdi_map_put(&s->routine_map, r->name, v) != SD_OK) {
            sdi_free(v);
            return SD_ERR_NOMEM;
        }
    }
    return sdi_vec_push(v, r);
}

static void unindex_routine(sd_schema *s, sdi_routine *r)
{
    sdi_vec *v = sdi_map_get(&s->routine_map, r->name);
    for (size_t i = 0; v && i < v->len; i++)
        if (v->items[i] == r) {
            sdi_vec_remove_at(v, i);
            break;
        }
    if (v && !v->len) {
        sdi_map_del(&s->routine_map, r->name);
        free_named(v);
    }
}

static sdi_routine *find_routine(sd_schema *s, const char *name, char **types, size_t n)
{
    const sdi_vec *v = sdi_routines_named(s, name);
    for (size_t i = 0; v && i < v->len; i++) {
        sdi_routine *r = v->items[i];
        if (same_args(r->argtypes, r->nargs, types, n))
            return r;
    }
    return NULL;
}

/* ---- the rest of the statement: RETURNS, LANGUAGE, AS ---- */

static bool option_word(const sd_token *t)
{
    static const char *const words[] = {
        "language", "as", "immutable", "stable", "volatile", "strict", "called", "returns",
        "security", "external", "leakproof", "not", "cost", "rows", "parallel", "set",
        "support", "window", "transform", "begin", "return", "reset", NULL};
    for (const char *const *w = words; *w; w++)
        if (sdi_tok_is(t, *w))
            return true;
    return false;
}

static char *returns_text(sd_parse *p, size_t from)
{
    for (size_t i = from; i + 1 < p->ntoks; i++) {
        if (!sdi_tok_is(&p->toks[i], "returns"))
            continue;
        size_t a = i + 1, b = a;
        if (sdi_tok_is(&p->toks[a], "null"))
            continue;   /* RETURNS NULL ON NULL INPUT */
        int depth = 0;
        while (b < p->ntoks && (depth > 0 || !option_word(&p->toks[b]) || b == a)) {
            if (p->toks[b].type == SD_TK_LP)
                depth++;
            else if (p->toks[b].type == SD_TK_RP)
                depth--;
            b++;
        }
        /* text of the return type, words lower-cased unless quoted */
        sdi_str s = SDI_SCRATCH_STR(&p->arena);
        bool setof = sdi_tok_is(&p->toks[a], "setof");
        if (setof) {
            sdi_str_add(&s, "SETOF ");
            a++;
        }
        if (a < b && sdi_tok_is(&p->toks[a], "table") && a + 1 < b && p->toks[a + 1].type == SD_TK_LP) {
            /* TABLE (name type, ...) with the types as format_type prints them */
            sdi_str_add(&s, "TABLE(");
            size_t k = a + 2;
            bool first = true;
            while (k < b && p->toks[k].type != SD_TK_RP) {
                size_t e = k;
                int nest = 0;
                while (e < b && !(nest == 0 && (p->toks[e].type == SD_TK_COMMA || p->toks[e].type == SD_TK_RP))) {
                    if (p->toks[e].type == SD_TK_LP)
                        nest++;
                    else if (p->toks[e].type == SD_TK_RP)
                        nest--;
                    e++;
                }
                if (!first)
                    sdi_str_add(&s, ", ");
                first = false;
                char *cn = sdi_ident(p, &p->toks[k]);
                if (cn)
                    sdi_pg_add_ident(&s, cn);
                sdi_str_addc(&s, ' ');
                sdi_type t = {0};
                for (size_t w = k + 1; w < e && t.nwords < 8; w++)
                    if (p->toks[w].type == SD_TK_RBRACKET)
                        t.array_dims++;
                    else if (p->toks[w].type != SD_TK_LBRACKET)
                        t.words[t.nwords++] = p->toks[w];
                char *type = NULL, *base = NULL;
                if (t.nwords) {
                    t.start = t.words[0].z;
                    t.end = p->toks[e - 1].z + p->toks[e - 1].n;
                }
                if (t.nwords && quiet_type(p, &t, &type, &base))
                    sdi_str_add(&s, base);
                else if (e > k + 1)
                    sdi_str_addn(&s, p->toks[k + 1].z, (size_t)(p->toks[e - 1].z + p->toks[e - 1].n - p->toks[k + 1].z));
                k = e < b && p->toks[e].type == SD_TK_COMMA ? e + 1 : e;
            }
            sdi_str_addc(&s, ')');
        } else {
            /* resolve it as a type when it is one */
            sdi_type t = {0};
            bool ok = b - a <= 8;
            for (size_t k = a; ok && k < b; k++) {
                if (p->toks[k].type == SD_TK_LBRACKET || p->toks[k].type == SD_TK_RBRACKET) {
                    if (p->toks[k].type == SD_TK_RBRACKET)
                        t.array_dims++;
                    continue;
                }
                /* names and keywords (TRIGGER, WITH TIME ZONE ...) */
                char c0 = (char)(p->toks[k].z[0] | 0x20);
                ok = p->toks[k].type == SD_TK_QUOTED_ID ||
                     (p->toks[k].type != SD_TK_STRING && c0 >= 'a' && c0 <= 'z');
                if (ok)
                    t.words[t.nwords++] = p->toks[k];
            }
            char *type = NULL, *base = NULL;
            if (ok && t.nwords) {
                t.start = t.words[0].z;
                t.end = t.words[t.nwords - 1].z + t.words[t.nwords - 1].n;
            }
            if (ok && t.nwords && quiet_type(p, &t, &type, &base))
                sdi_str_add(&s, type);
            else if (a < b)
                sdi_str_addn(&s, p->toks[a].z, (size_t)(p->toks[b - 1].z + p->toks[b - 1].n - p->toks[a].z));
        }
        char *r = sdi_str_take(&s);
        if (!r)
            p->oom = true;
        return r;
    }
    return NULL;
}

static char *language_text(sd_parse *p, size_t from)
{
    for (size_t i = from; i + 1 < p->ntoks; i++)
        if (sdi_tok_is(&p->toks[i], "language")) {
            const sd_token *t = &p->toks[i + 1];
            char *l = NULL;
            if (t->type == SD_TK_STRING) {
                sdi_expr e = {.kind = SDI_E_STRING, .text = t->z, .text_len = t->n};
                l = sdi_pg_string_value(p, &e);
            } else {
                l = sdi_hdup(p, sdi_ident(p, t));
            }
            if (l)
                for (char *c = l; *c; c++)
                    if (*c >= 'A' && *c <= 'Z')
                        *c = (char)(*c + 32);
            return l;
        }
    /* a BEGIN ATOMIC body is SQL */
    for (size_t i = from; i + 1 < p->ntoks; i++)
        if (sdi_tok_is(&p->toks[i], "begin") && sdi_tok_is(&p->toks[i + 1], "atomic"))
            return sdi_hdup(p, "sql");
    return NULL;
}

static char *body_text(sd_parse *p, size_t from)
{
    for (size_t i = from; i + 1 < p->ntoks; i++)
        if (sdi_tok_is(&p->toks[i], "as") && p->toks[i + 1].type == SD_TK_STRING) {
            sdi_expr e = {.kind = SDI_E_STRING, .text = p->toks[i + 1].z, .text_len = p->toks[i + 1].n};
            return sdi_pg_string_value(p, &e);
        }
    return NULL;
}

static bool is_pseudo(const char *type)
{
    if (strcmp(type, "\"any\"") == 0)
        return true;
    for (const char *const *k = pseudo_types; *k; k++)
        if (strcmp(type, *k) == 0)
            return true;
    return false;
}

static bool is_polymorphic(const char *type)
{
    return strncmp(type, "any", 3) == 0 && is_pseudo(type);
}

/* Whether a polymorphic result type can be resolved from the inputs
 * (check_valid_polymorphic_signature): range results need a range input,
 * the anycompatible family needs one of its own, the rest any of theirs. */
static bool polymorphic_result_resolvable(const char *r, char **types, size_t ntypes)
{
    bool compatible = strncmp(r, "anycompatible", 13) == 0;
    bool range = strstr(r, "range") != NULL;
    for (size_t i = 0; i < ntypes; i++) {
        const char *t = types[i];
        if (!is_polymorphic(t) || (strncmp(t, "anycompatible", 13) == 0) != compatible)
            continue;
        if (!range || strstr(t, "range"))
            return true;
    }
    return false;
}

/* Which pseudo-types a routine may use depends on its language and on its
 * other types; the engine's rules are modelled for the common cases (C and
 * internal functions take any; SQL and PL/pgSQL take polymorphic types,
 * record for PL/pgSQL arguments, void/record/trigger results) and the
 * statement fails closed otherwise. Returns false after failing closed. */
static bool pseudo_types_allowed(sd_parse *p, const char *at, char **types, size_t ntypes,
                                 const char *returns, const char *language)
{
    if (!language || strcmp(language, "c") == 0 || strcmp(language, "internal") == 0)
        return true;
    bool sql = strcmp(language, "sql") == 0;
    for (size_t i = 0; i < ntypes; i++) {
        if (!is_pseudo(types[i]) || is_polymorphic(types[i]) ||
            (!sql && strcmp(types[i], "record") == 0))
            continue;
        sdi_unmodelled(p, at, "an argument of pseudo-type %s in a %s routine is not modelled "
                       "(the engine may reject it)", types[i], language);
        return false;
    }
    if (!returns)
        return true;
    const char *r = strncmp(returns, "SETOF ", 6) == 0 ? returns + 6 : returns;
    if (!is_pseudo(r))
        return true;
    bool ok = strcmp(r, "void") == 0 || strcmp(r, "record") == 0 ||
              (is_polymorphic(r) && polymorphic_result_resolvable(r, types, ntypes)) ||
              (!sql && (strcmp(r, "trigger") == 0 || strcmp(r, "event_trigger") == 0));
    if (!ok)
        sdi_unmodelled(p, at, "a result of pseudo-type %s in a %s function%s is not modelled "
                       "(the engine may reject it)", r, language,
                       is_polymorphic(r) ? " without a matching polymorphic argument" : "");
    return ok;
}

void sdp_create_routine(sd_parse *p, bool or_replace, int kind, const sdi_name *name, sdi_funcarg *args)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", kind == 1 ? "FUNCTION" : "PROCEDURE");
        return;
    }
    sd_schema *s = sdi_resolve_schema(p, name);
    char *rname = sdi_ident(p, &name->name);
    if (!s || !rname)
        return;
    char **types = NULL, *identity = NULL, *out_result = NULL;
    size_t ntypes = 0;
    arg_facts facts;
    if (!signature(p, kind, rname, args, &types, &ntypes, &identity, &out_result, &facts))
        return;
    /* the tokens after the argument list */
    size_t from = 0;
    while (from < p->ntoks && p->toks[from].type != SD_TK_LP)
        from++;
    for (int depth = 0; from < p->ntoks; from++) {
        if (p->toks[from].type == SD_TK_LP)
            depth++;
        else if (p->toks[from].type == SD_TK_RP && --depth == 0) {
            from++;
            break;
        }
    }
    char *returns = kind == 1 ? returns_text(p, from) : NULL;
    if (kind == 1 && !returns) {
        returns = out_result;
        out_result = NULL;
    }
    sdi_free(out_result);
    char *language = language_text(p, from);
    char *body = body_text(p, from);
    sdi_routine *old = find_routine(s, rname, types, ntypes);
    const char *problem = NULL;
    if (kind == 1 && !returns)
        problem = "function result type must be specified";
    else if (!language)
        problem = "no language specified";
    else if (!pseudo_types_allowed(p, name->name.z, types, ntypes, returns, language))
        problem = "";
    else if (old && !or_replace)
        problem = "function already exists with same argument types";
    else if (old && old->kind != kind)
        problem = "cannot change routine kind";
    else if (old && kind == 1 && strcmp(old->returns ? old->returns : "", returns) != 0)
        problem = "cannot change return type of existing function";
    else if (old && kind == 1 && strcmp(returns, "record") == 0 &&
             strcmp(old->out_row ? old->out_row : "", facts.out_row) != 0)
        problem = "cannot change return type of existing function";   /* the row its OUT arguments make */
    /* callers may name the arguments and leave out the defaulted ones:
     * a replacement keeps the names and the defaults (ProcedureCreate) */
    for (size_t i = 0; old && !problem && old->argnames && i < old->nargs; i++)
        if (old->argnames[i] && (!facts.names[i] || strcmp(old->argnames[i], facts.names[i]) != 0)) {
            snprintf(p->errbuf, sizeof p->errbuf, "cannot change name of input parameter \"%s\"", old->argnames[i]);
            problem = p->errbuf;
        }
    if (old && !problem && facts.ndefaults < old->ndefaults)
        problem = "cannot remove parameter defaults from existing function";
    sdi_routine *r = problem || p->oom ? NULL : old ? old : sdi_calloc(1, sizeof *r);
    if (!r && !problem)
        p->oom = true;
    if (!r) {
        if (!p->oom && !sdi_failed(p)) {
            if (old && !or_replace)
                sdi_engine_error(p, name->name.z, "function \"%s\" already exists with same argument types",
                                 rname);   /* procedures too */
            else
                sdi_engine_error(p, name->name.z, "%s", problem);
        }
        sdi_free_strings(types, ntypes);
        sdi_free_strings(facts.names, ntypes);
        sdi_free(facts.out_row);
        sdi_free(identity);
        sdi_free(returns);
        sdi_free(language);
        sdi_free(body);
        return;
    }
    if (old) {
        sdi_free_strings(old->argtypes, old->nargs);
        sdi_free_strings(old->argnames, old->nargs);
        sdi_free(old->out_row);
        sdi_free(old->name);
        sdi_free(old->identity);
        sdi_free(old->returns);
        sdi_free(old->language);
        sdi_free(old->body);
        sdi_free(old->sql);
    }
    r->name = sdi_hdup(p, rname);
    r->identity = identity;
    r->argtypes = types;
    r->argnames = facts.names;
    r->nargs = ntypes;
    r->ndefaults = facts.ndefaults;
    r->out_row = facts.out_row;
    r->kind = kind;
    r->returns = returns;
    for (size_t k = 0; k < ntypes; k++)
        sdi_note_type_in_definition(p->cat, types[k]);
    sdi_note_type_in_definition(p->cat, returns);
    r->language = language;
    r->body = body;
    r->sql = sdi_hdupn(p, p->stmt_start, (size_t)(p->stmt_end - p->stmt_start));
    const char *name_from = name->schema.n ? name->schema.z : name->name.z;
    r->name_off = (size_t)(name_from - p->stmt_start);
    r->name_len = (size_t)(name->name.z + name->name.n - name_from);
    r->created = sdi_parse_loc(p, p->stmt_start);
    if (!old && (p->oom || sdi_vec_push(&s->routines, r) != SD_OK)) {
        sdi_routine_free(r);
        p->oom = true;
    } else if (!old && index_routine(s, r) != SD_OK) {
        s->routines.len--;
        sdi_routine_free(r);
        p->oom = true;
    }
}

/* name(type, ...) as the engine names a routine in messages (its input
 * argument types, no names), in the arena. */
static const char *routine_label(sd_parse *p, const char *name, const sdi_routine *r)
{
    sdi_str l = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&l, name);
    sdi_str_addc(&l, '(');
    for (size_t i = 0; i < r->nargs; i++) {
        if (i)
            sdi_str_add(&l, ", ");
        sdi_str_add(&l, r->argtypes[i]);
    }
    sdi_str_addc(&l, ')');
    char *out = l.oom ? NULL : sdi_arena_strndup(&p->arena, l.data, l.len);
    sdi_str_free(&l);
    if (!out)
        p->oom = true;
    return out ? out : "";
}

/* Find the routine a reference names: by signature when an argument list
 * was written, else by a unique name. Reports the engine's error and
 * returns false when it is missing (unless if_exists: *out = NULL), not
 * unique, or of the other kind. */
static bool resolve_routine(sd_parse *p, int kind, const sdi_routineref *r, bool if_exists,
                            sdi_routine **out, sd_schema **schema)
{
    const char *what = kind == 1 ? "function" : "procedure";
    *out = NULL;
    sd_schema *s = sdi_resolve_schema(p, &r->name);
    char *rname = sdi_ident(p, &r->name.name);
    if (!s || !rname)
        return false;
    *schema = s;
    if (r->has_args) {
        char **types = NULL, *identity = NULL;
        size_t ntypes = 0;
        if (!signature(p, kind, rname, r->args, &types, &ntypes, &identity, NULL, NULL))
            return false;
        *out = find_routine(s, rname, types, ntypes);
        for (size_t i = 0; i < ntypes; i++)
            sdi_free(types[i]);
        sdi_free(types);
        if (!*out && !if_exists) {
            sdi_engine_error(p, r->name.name.z, "%s %s does not exist", what, identity);
            sdi_free(identity);
            return false;
        }
        sdi_free(identity);
    } else {
        const sdi_vec *named = sdi_routines_named(s, rname);
        size_t matches = named ? named->len : 0;
        if (matches)
            *out = named->items[matches - 1];
        if (matches > 1) {
            sdi_engine_error(p, r->name.name.z, "%s name \"%s\" is not unique", what, rname);
            return false;
        }
        if (!matches && !if_exists) {
            sdi_engine_error(p, r->name.name.z, "could not find a %s named \"%s\"", what, rname);
            return false;
        }
    }
    if (*out && (*out)->kind != kind) {
        sdi_engine_error(p, r->name.name.z, "%s is not a %s", routine_label(p, (*out)->name, *out), what);
        return false;
    }
    return true;
}

/* DROP FUNCTION: the triggers of table t (a referrer) that run function
 * `key` block it, or go with it (CASCADE). */
typedef struct trigger_drop {
    const char *key;
    bool cascade, blocked;
} trigger_drop;

static bool drop_triggers_running(void *obj, void *ctx)
{
    trigger_drop *w = ctx;
    sd_table *t = obj;
    for (size_t gi = 0; gi < t->triggers.len;) {
        sdi_trigger *g = t->triggers.items[gi];
        if (!g->function || strcmp(g->function, w->key) != 0) {
            gi++;
            continue;
        }
        if (!w->cascade) {
            w->blocked = true;
            return false;
        }
        sdi_vec_remove_at(&t->triggers, gi);
        sdi_trigger_free(g);
    }
    return true;
}

void sdp_drop_routines(sd_parse *p, int kind, bool if_exists, sdi_routineref *refs, int behavior)
{
    if (sdi_failed(p))
        return;
    sd_catalog *cat = p->cat;
    const char *what = kind == 1 ? "function" : "procedure";
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", kind == 1 ? "FUNCTION" : "PROCEDURE");
        return;
    }
    /* resolve all first: nothing is dropped when one is missing */
    size_t n = 0;
    for (sdi_routineref *r = refs; r; r = r->next)
        n++;
    sdi_routine **found = sdp_alloc(p, (n ? n : 1) * sizeof *found);
    sd_schema **where = sdp_alloc(p, (n ? n : 1) * sizeof *where);
    if (!found || !where)
        return;
    size_t k = 0, dropped = 0;
    for (sdi_routineref *r = refs; r; r = r->next, k++)
        if (!resolve_routine(p, kind, r, if_exists, &found[k], &where[k]))
            return;
    /* triggers that run a function depend on it */
    for (k = 0; k < n; k++) {
        if (!found[k] || found[k]->nargs)
            continue;
        char key[300];
        snprintf(key, sizeof key, "%s.%s", where[k]->name, found[k]->name);
        trigger_drop w = {key, behavior == SDI_DROP_CASCADE, false};
        sdi_foreach_referrer(cat, SDI_REF_TRIGGER_FUNCTION, key, drop_triggers_running, &w);
        if (w.blocked) {
            sdi_engine_error(p, p->stmt_start, "cannot drop %s %s because other objects depend on it", what,
                             found[k]->identity);
            return;
        }
    }
    for (k = 0; k < n; k++) {
        if (!found[k])
            continue;
        sd_schema *s = where[k];
        for (size_t i = 0; i < s->routines.len; i++)
            if (s->routines.items[i] == found[k]) {
                sdi_vec_remove_at(&s->routines, i);
                unindex_routine(s, found[k]);
                sdi_routine_free(found[k]);
                dropped++;
                for (size_t j = k + 1; j < n; j++)
                    if (found[j] == found[k])
                        found[j] = NULL;
                break;
            }
    }
    if (!dropped)
        sdi_noop(p, "%s does not exist, skipping", what);
}

/* ALTER FUNCTION/PROCEDURE ref RENAME TO new: the signature, the CREATE
 * text the dump re-emits, and the triggers that run it follow. */

/* A renamed trigger function: the triggers of table t (a referrer) that run
 * it print and name it anew. */
typedef struct trigger_retarget {
    sd_parse *p;
    const char *key, *newkey;
    const sdi_str *oldref, *newref;
} trigger_retarget;

static bool retarget_triggers(void *obj, void *ctx)
{
    trigger_retarget *w = ctx;
    sd_table *t = obj;
    for (size_t gi = 0; gi < t->triggers.len; gi++) {
        sdi_trigger *g = t->triggers.items[gi];
        const char *at = g->function && strcmp(g->function, w->key) == 0 && g->definition
                             ? strstr(g->definition, w->oldref->data) : NULL;
        if (!at)
            continue;
        sdi_str d = {0};
        sdi_str_addn(&d, g->definition, (size_t)(at - g->definition));
        sdi_str_add(&d, w->newref->data);
        sdi_str_add(&d, at + w->oldref->len);
        char *def = sdi_str_take(&d), *fn = sdi_hdup(w->p, w->newkey);
        if (!def || !fn) {
            sdi_free(def);
            sdi_free(fn);
            return false;
        }
        sdi_free(g->definition);
        g->definition = def;
        sdi_free(g->function);
        g->function = fn;
        sdi_note_referrer(w->p->cat, SDI_REF_TRIGGER_FUNCTION, fn, t, &t->handle);
    }
    return true;
}

void sdp_alter_routine_rename(sd_parse *p, int kind, sdi_routineref *ref, const sd_token *newname)
{
    if (sdi_failed(p))
        return;
    if (p->cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"%s\": syntax error", kind == 1 ? "FUNCTION" : "PROCEDURE");
        return;
    }
    sdi_routine *r = NULL;
    sd_schema *s = NULL;
    if (!resolve_routine(p, kind, ref, false, &r, &s) || !r)
        return;
    char *nn = sdi_ident(p, newname);
    if (!nn)
        return;
    sdi_routine *clash = find_routine(s, nn, r->argtypes, r->nargs);
    const char *args = r->identity + strlen(r->name);
    if (clash) {
        sdi_engine_error(p, newname->z, "%s %s already exists in schema \"%s\"",
                         kind == 1 ? "function" : "procedure", routine_label(p, nn, r), s->name);
        return;
    }
    sdi_str id = SDI_SCRATCH_STR(&p->arena), sql = SDI_SCRATCH_STR(&p->arena), oldref = SDI_SCRATCH_STR(&p->arena), newref = SDI_SCRATCH_STR(&p->arena), qn = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&id, nn);
    sdi_str_add(&id, args);
    sdi_str_addn(&sql, r->sql, r->name_off);
    sdi_pg_add_ident(&qn, s->name);
    sdi_str_addc(&qn, '.');
    sdi_pg_add_ident(&qn, nn);
    sdi_str_add(&sql, qn.data ? qn.data : "");
    size_t qlen = qn.len;
    sdi_str_add(&sql, r->sql + r->name_off + r->name_len);
    /* triggers print their function as EXECUTE FUNCTION [schema.]name(...) */
    sdi_str_add(&oldref, " EXECUTE FUNCTION ");
    sdi_str_add(&newref, " EXECUTE FUNCTION ");
    if (strcmp(s->name, "public") != 0) {
        sdi_pg_add_ident(&oldref, s->name);
        sdi_str_addc(&oldref, '.');
        sdi_pg_add_ident(&newref, s->name);
        sdi_str_addc(&newref, '.');
    }
    sdi_pg_add_ident(&oldref, r->name);
    sdi_str_addc(&oldref, '(');
    sdi_pg_add_ident(&newref, nn);
    sdi_str_addc(&newref, '(');
    char key[300], newkey[300];
    snprintf(key, sizeof key, "%s.%s", s->name, r->name);
    snprintf(newkey, sizeof newkey, "%s.%s", s->name, nn);
    char *nid = sdi_str_take(&id), *nsql = sdi_str_take(&sql), *nname = sdi_hdup(p, nn);
    bool ok = nid && nsql && nname && !oldref.oom && !newref.oom;
    trigger_retarget w = {p, key, newkey, &oldref, &newref};
    if (ok && r->nargs == 0)
        ok = sdi_foreach_referrer(p->cat, SDI_REF_TRIGGER_FUNCTION, key, retarget_triggers, &w);
    sdi_str_free(&oldref);
    sdi_str_free(&newref);
    sdi_str_free(&qn);
    if (!ok) {
        sdi_free(nid);
        sdi_free(nsql);
        sdi_free(nname);
        p->oom = true;
        return;
    }
    sdi_free(r->identity);
    r->identity = nid;
    sdi_free(r->sql);
    r->sql = nsql;
    r->name_len = qlen;
    unindex_routine(s, r);
    sdi_free(r->name);
    r->name = nname;
    if (index_routine(s, r) != SD_OK)
        p->oom = true;
}

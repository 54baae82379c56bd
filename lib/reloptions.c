/* PostgreSQL storage parameters (reloptions): which parameters a table and
 * an index of each built-in access method take, and which values each
 * accepts, checked in the order transformRelOptions and parseRelOptions
 * check them, so that a SET (...) or WITH (...) list the engine rejects is
 * not applied. The parameters themselves are not part of the schema model. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

/* The relation kinds a parameter belongs to (PostgreSQL's RELOPT_KIND_*). */
enum {
    K_HEAP = 1 << 0,
    K_TOAST = 1 << 1,
    K_BTREE = 1 << 2,
    K_HASH = 1 << 3,
    K_GIST = 1 << 4,
    K_SPGIST = 1 << 5,
    K_GIN = 1 << 6,
    K_BRIN = 1 << 7,
};

enum { T_BOOL, T_INT, T_REAL, T_ENUM };

static const char *const index_cleanup_values[] = {"auto", "on", "off", "true", "false", "yes", "no", "1", "0", NULL};
static const char *const buffering_values[] = {"auto", "on", "off", NULL};

/* PostgreSQL 15's parameters (reloptions.c), with their bounds. */
static const struct reloption {
    const char *name;
    unsigned kinds;
    int type;
    double min, max;
    const char *const *values;  /* T_ENUM: accepted words, any case */
} reloptions[] = {
    {"autosummarize", K_BRIN, T_BOOL, 0, 0, NULL},
    {"autovacuum_enabled", K_HEAP | K_TOAST, T_BOOL, 0, 0, NULL},
    {"user_catalog_table", K_HEAP, T_BOOL, 0, 0, NULL},
    {"fastupdate", K_GIN, T_BOOL, 0, 0, NULL},
    {"vacuum_truncate", K_HEAP | K_TOAST, T_BOOL, 0, 0, NULL},
    {"deduplicate_items", K_BTREE, T_BOOL, 0, 0, NULL},
    {"fillfactor", K_HEAP | K_BTREE | K_HASH | K_GIST | K_SPGIST, T_INT, 10, 100, NULL},
    {"autovacuum_vacuum_threshold", K_HEAP | K_TOAST, T_INT, 0, INT_MAX, NULL},
    {"autovacuum_vacuum_insert_threshold", K_HEAP | K_TOAST, T_INT, -1, INT_MAX, NULL},
    {"autovacuum_analyze_threshold", K_HEAP, T_INT, 0, INT_MAX, NULL},
    {"autovacuum_vacuum_cost_limit", K_HEAP | K_TOAST, T_INT, 1, 10000, NULL},
    {"autovacuum_freeze_min_age", K_HEAP | K_TOAST, T_INT, 0, 1000000000, NULL},
    {"autovacuum_multixact_freeze_min_age", K_HEAP | K_TOAST, T_INT, 0, 1000000000, NULL},
    {"autovacuum_freeze_max_age", K_HEAP | K_TOAST, T_INT, 100000, 2000000000, NULL},
    {"autovacuum_multixact_freeze_max_age", K_HEAP | K_TOAST, T_INT, 10000, 2000000000, NULL},
    {"autovacuum_freeze_table_age", K_HEAP | K_TOAST, T_INT, 0, 2000000000, NULL},
    {"autovacuum_multixact_freeze_table_age", K_HEAP | K_TOAST, T_INT, 0, 2000000000, NULL},
    {"log_autovacuum_min_duration", K_HEAP | K_TOAST, T_INT, -1, INT_MAX, NULL},
    {"toast_tuple_target", K_HEAP, T_INT, 128, 8160, NULL},
    {"pages_per_range", K_BRIN, T_INT, 1, 131072, NULL},
    {"gin_pending_list_limit", K_GIN, T_INT, 64, INT_MAX, NULL},   /* MAX_KILOBYTES, 64-bit */
    {"parallel_workers", K_HEAP, T_INT, 0, 1024, NULL},
    {"autovacuum_vacuum_cost_delay", K_HEAP | K_TOAST, T_REAL, 0, 100, NULL},
    {"autovacuum_vacuum_scale_factor", K_HEAP | K_TOAST, T_REAL, 0, 100, NULL},
    {"autovacuum_vacuum_insert_scale_factor", K_HEAP | K_TOAST, T_REAL, 0, 100, NULL},
    {"autovacuum_analyze_scale_factor", K_HEAP, T_REAL, 0, 100, NULL},
    {"vacuum_cleanup_index_scale_factor", K_BTREE, T_REAL, 0, 1e10, NULL},
    {"vacuum_index_cleanup", K_HEAP | K_TOAST, T_ENUM, 0, 0, index_cleanup_values},
    {"buffering", K_GIST, T_ENUM, 0, 0, buffering_values},
};

/* One entry of the list: [namespace.]name [= value]. */
typedef struct relopt_item {
    char *space, *name;         /* arena; space NULL when none */
    char *value;                /* as defGetString gives it; "true" when none */
    bool integer;               /* the value was an integer constant */
    bool skip;                  /* WITH (oids = false): not a parameter */
    const char *at;             /* the name, in the statement's text */
} relopt_item;

/* parse_bool: a prefix of true/false/yes/no, of on/off from two letters,
 * or 1/0, in any case, nothing around it. */
static bool reloption_bool(const char *v)
{
    return sdi_bool_word(v, strlen(v)) >= 0;
}

/* rint in the default rounding mode (to nearest, ties to even), without
 * libm. */
static double round_to_even(double d)
{
    if (!(d > -4503599627370496.0 && d < 4503599627370496.0))
        return d;   /* 2^52 and beyond: integral already (or infinite) */
    double r = (double)(long long)d, frac = d - r;
    bool odd = ((long long)r & 1) != 0;
    if (frac > 0.5 || (frac == 0.5 && odd))
        r += 1;
    else if (frac < -0.5 || (frac == -0.5 && odd))
        r -= 1;
    return r;
}

/* Nothing but white space from `end` on (what parse_int and parse_real
 * allow after the number, where a unit could stand). */
static bool only_space(const char *end)
{
    while (isspace((unsigned char)*end))
        end++;
    return *end == 0;
}

/* parse_int: an integer (octal and hex too) or a number rounded to one,
 * white space before and after, within int's range. */
static bool reloption_int(const char *v, double *out)
{
    char *end;
    errno = 0;
    double d = (double)strtol(v, &end, 0);
    if (*end == '.' || *end == 'e' || *end == 'E' || errno == ERANGE) {
        errno = 0;
        d = strtod(v, &end);
    }
    if (end == v || errno == ERANGE || isnan(d) || !only_space(end))
        return false;
    d = round_to_even(d);
    if (d > INT_MAX || d < INT_MIN)
        return false;
    *out = d;
    return true;
}

/* parse_real: strtod's number, white space after it. */
static bool reloption_real(const char *v, double *out)
{
    char *end;
    errno = 0;
    double d = strtod(v, &end);
    if (end == v || errno == ERANGE || isnan(d) || !only_space(end))
        return false;
    *out = d;
    return true;
}

/* The value as the engine's defGetString spells it, or NULL (and the
 * statement failed closed) for what its grammar would not take. */
static char *item_value(sd_parse *p, const sd_token *v, size_t n, const char *base, const char *src)
{
    bool minus = n == 2 && v[0].type == SD_TK_MINUS;
    const sd_token *t = &v[minus];
    if (n == 0 || n > 2 || (n == 2 && !minus) ||
        (minus && t->type != SD_TK_INTEGER && t->type != SD_TK_FLOAT)) {
        const sd_token *bad = n ? &v[n > 1 ? 1 : 0] : NULL;
        sdi_unmodelled(p, bad ? src + (bad->z - base) : src, "this storage parameter value is not modelled");
        return NULL;
    }
    if (t->type == SD_TK_STRING) {
        sdi_expr e = {.kind = SDI_E_STRING, .text = t->z, .text_len = t->n};
        char *s = sdi_pg_string_value(p, &e);
        char *r = s ? sdi_arena_strndup(&p->arena, s, strlen(s)) : NULL;
        sdi_free(s);
        if (!r)
            p->oom = true;
        return r;
    }
    if (t->type == SD_TK_INTEGER || t->type == SD_TK_FLOAT) {
        /* an integer constant that fits int32 is printed back as one ("070"
         * is "70"); a wider one stays as written, as a float's text does */
        char buf[64];
        long long x = 0;
        bool small = t->type == SD_TK_INTEGER && t->n < 19;
        for (uint32_t i = 0; small && i < t->n; i++) {
            small = isdigit((unsigned char)t->z[i]) != 0;
            x = x * 10 + (t->z[i] - '0');
        }
        if (small && x <= INT_MAX + (long long)minus)
            snprintf(buf, sizeof buf, "%s%lld", minus && x ? "-" : "", x);
        else
            snprintf(buf, sizeof buf, "%s%.*s", minus ? "-" : "", (int)(t->n > 60 ? 60 : t->n), t->z);
        char *r = sdi_arena_strndup(&p->arena, buf, strlen(buf));
        if (!r)
            p->oom = true;
        return r;
    }
    if (t->type == SD_TK_QUOTED_ID || isalpha((unsigned char)t->z[0]) || t->z[0] == '_')
        return sdi_ident(p, t);   /* a name or a keyword: lower case unless quoted */
    sdi_unmodelled(p, src + (t->z - base), "this storage parameter value is not modelled");
    return NULL;
}

/* The list's entries in order, or NULL (error set) when it cannot be read. */
static relopt_item *read_items(sd_parse *p, const char *text, size_t len, size_t *count)
{
    char *z = sdi_arena_strndup(&p->arena, text, len);   /* the lexer wants a terminated text */
    size_t cap = 8, ntok = 0;
    sd_token *toks = sdi_arena_alloc(&p->arena, cap * sizeof *toks);
    if (!z || !toks) {
        p->oom = true;
        return NULL;
    }
    sd_lexer lx;
    sdi_lexer_init(&lx, SD_DIALECT_POSTGRES, z, len);
    for (;;) {
        sd_token t;
        int type = sdi_lex(&lx, &t);
        if (type == SDI_TK_COMMENT)
            continue;
        if (type == 0 || type == SD_TK_ILLEGAL)
            break;
        t.type = type;
        if (ntok + 1 == cap) {
            sd_token *more = sdi_arena_alloc(&p->arena, 2 * cap * sizeof *more);
            if (!more) {
                p->oom = true;
                return NULL;
            }
            memcpy(more, toks, ntok * sizeof *toks);
            toks = more;
            cap *= 2;
        }
        toks[ntok++] = t;
    }
    toks[ntok].type = SD_TK_COMMA;   /* a sentinel ending the last entry */
    size_t nitems = 1;
    for (size_t i = 0; i < ntok; i++)
        nitems += toks[i].type == SD_TK_COMMA;
    relopt_item *items = sdi_arena_alloc(&p->arena, nitems * sizeof *items);
    if (!items) {
        p->oom = true;
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < ntok;) {
        size_t end = i;
        while (toks[end].type != SD_TK_COMMA)
            end++;
        relopt_item *it = &items[n++];
        size_t k = i;
        if (k + 2 < end && toks[k + 1].type == SD_TK_DOT) {
            it->space = sdi_ident(p, &toks[k]);
            k += 2;
        }
        it->at = text + (toks[k].z - z);
        it->name = sdi_ident(p, &toks[k]);
        k++;
        if (k < end && toks[k].type == SD_TK_EQ) {
            it->value = item_value(p, &toks[k + 1], end - k - 1, z, text);
            it->integer = toks[end - 1].type == SD_TK_INTEGER;
        } else
            it->value = "true";
        if (!it->name || !it->value)
            return NULL;
        i = end + 1;
    }
    *count = n;
    return items;
}

static const struct reloption *find_reloption(const char *name, unsigned kind)
{
    for (size_t i = 0; i < sizeof reloptions / sizeof reloptions[0]; i++)
        if ((reloptions[i].kinds & kind) && strcmp(reloptions[i].name, name) == 0)
            return &reloptions[i];
    return NULL;
}

/* Check the entries of one namespace against the parameters of `kind`, in
 * order: the first problem is the engine's error (returned, not set). */
static const char *check_items(sd_parse *p, const relopt_item *items, size_t n, bool toast, unsigned kind,
                               const relopt_item **bad)
{
    char *msg = p->errbuf;
    size_t size = sizeof p->errbuf;
    for (size_t i = 0; i < n; i++) {
        const relopt_item *it = &items[i];
        if ((it->space != NULL) != toast || it->skip)
            continue;
        *bad = it;
        const struct reloption *o = find_reloption(it->name, kind);
        if (!o) {
            snprintf(msg, size, "unrecognized parameter \"%s\"", it->name);
            return msg;
        }
        for (size_t k = 0; k < i; k++)
            if ((items[k].space != NULL) == toast && strcmp(items[k].name, it->name) == 0) {
                snprintf(msg, size, "parameter \"%s\" specified more than once", o->name);
                return msg;
            }
        double v = 0;
        switch (o->type) {
        case T_BOOL:
            if (!reloption_bool(it->value)) {
                snprintf(msg, size, "invalid value for boolean option \"%s\": %s", o->name, it->value);
                return msg;
            }
            break;
        case T_INT:
        case T_REAL:
            if (!(o->type == T_INT ? reloption_int(it->value, &v) : reloption_real(it->value, &v))) {
                snprintf(msg, size, "invalid value for %s option \"%s\": %s",
                         o->type == T_INT ? "integer" : "floating point", o->name, it->value);
                return msg;
            }
            if (v < o->min || v > o->max) {
                snprintf(msg, size, "value %s out of bounds for option \"%s\"", it->value, o->name);
                return msg;
            }
            break;
        case T_ENUM: {
            bool known = false;
            for (const char *const *w = o->values; *w && !known; w++)
                known = strcasecmp(*w, it->value) == 0;
            if (!known) {
                snprintf(msg, size, "invalid value for enum option \"%s\": %s", o->name, it->value);
                return msg;
            }
            break;
        }
        }
    }
    return NULL;
}

static unsigned method_kind(const char *method)
{
    static const struct { const char *name; unsigned kind; } methods[] = {
        {"btree", K_BTREE}, {"hash", K_HASH}, {"gist", K_GIST}, {"spgist", K_SPGIST}, {"gin", K_GIN}, {"brin", K_BRIN},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, method) == 0)
            return methods[i].kind;
    return 0;
}

/* defGetBoolean for WITH (oids ...): 1 true, 0 false, -1 not a boolean. */
static int oids_boolean(const relopt_item *it)
{
    const char *v = it->value;
    if (it->integer)
        return strcmp(v, "1") == 0 ? 1 : strcmp(v, "0") == 0 ? 0 : -1;
    return strcasecmp(v, "true") == 0 || strcasecmp(v, "on") == 0     ? 1
           : strcasecmp(v, "false") == 0 || strcasecmp(v, "off") == 0 ? 0
                                                                       : -1;
}

/* The entries as pg_get_indexdef prints them (arena): name=value, the value
 * bare when it reads as an identifier, else quoted. */
static const char *printed_items(sd_parse *p, const relopt_item *items, size_t n)
{
    sdi_str o = SDI_SCRATCH_STR(&p->arena), v = SDI_SCRATCH_STR(&p->arena);
    for (size_t i = 0; i < n; i++) {
        if (i)
            sdi_str_add(&o, ", ");
        sdi_pg_add_ident(&o, items[i].name);
        sdi_str_addc(&o, '=');
        v.len = 0;
        sdi_pg_add_ident(&v, items[i].value);
        if (v.data && strcmp(v.data, items[i].value) == 0)
            sdi_str_add(&o, items[i].value);
        else
            sdi_str_add_sql_literal(&o, items[i].value);
    }
    if (o.oom || v.oom) {
        p->oom = true;
        return NULL;
    }
    return o.data ? o.data : "";
}

bool sdi_pg_check_reloptions(sd_parse *p, const char *text, size_t len, int target, bool partitioned,
                             const char *method, const char **printed)
{
    size_t n = 0;
    relopt_item *items = read_items(p, text, len, &n);
    if (!items)
        return false;
    bool table = target != SDI_RELOPTS_INDEX;
    /* first every entry's namespace (only a table's "toast" exists) and,
     * in CREATE TABLE, WITH (oids = false), which is skipped */
    for (size_t i = 0; i < n; i++) {
        relopt_item *it = &items[i];
        if (it->space && (!table || strcmp(it->space, "toast") != 0)) {
            sdi_engine_error(p, it->at, "unrecognized parameter namespace \"%s\"", it->space);
            return false;
        }
        if (target == SDI_RELOPTS_CREATE_TABLE && !it->space && strcmp(it->name, "oids") == 0) {
            int b = oids_boolean(it);
            if (b != 0) {
                sdi_engine_error(p, it->at, b > 0 ? "tables declared WITH OIDS are not supported"
                                                  : "oids requires a Boolean value");
                return false;
            }
            it->skip = true;
        }
    }
    /* a partitioned table takes none; an index takes its method's */
    unsigned kind = table ? (partitioned ? 0 : K_HEAP) : method_kind(method ? method : "btree");
    const relopt_item *bad = NULL;
    const char *err = check_items(p, items, n, false, kind, &bad);
    if (err) {
        sdi_engine_error(p, bad->at, "%s", err);
        return false;
    }
    if (!table)
        return !printed || (*printed = printed_items(p, items, n)) != NULL;
    /* toast.* entries: CREATE TABLE checks them always, ALTER TABLE only
     * when the table has a TOAST table, which depends on its columns'
     * storage: not modelled */
    err = check_items(p, items, n, true, K_TOAST, &bad);
    if (err && target == SDI_RELOPTS_CREATE_TABLE) {
        sdi_engine_error(p, bad->at, "%s", err);
        return false;
    }
    if (err) {
        sdi_unmodelled(p, bad->at, "whether PostgreSQL accepts toast.%s depends on the table's TOAST table, which "
                                   "is not modelled", bad->name);
        return false;
    }
    return true;
}

/* Column types: PostgreSQL's built-in type spellings resolved to the text
 * format_type() prints (and the bare name used in casts), and SQLite's
 * declared-type text as the engine stores it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

/* How a type takes modifiers. */
enum mods { M_NONE, M_LEN, M_NUMERIC, M_PREC_TZ, M_FLOAT, M_BIT, M_INTERVAL, M_BPCHAR };

typedef struct pg_type_entry {
    const char *spelling;    /* lower-case words joined by one space */
    const char *name;        /* format_type without modifiers */
    const char *suffix;      /* text after the modifier (" with time zone") */
    enum mods mods;
    int serial;              /* serial family: bytes of the integer */
    const char *def_mod;     /* the modifier format_type shows by default */
} pg_type_entry;

static const pg_type_entry pg_types[] = {
    {"int", "integer", "", M_NONE, 0, NULL},
    {"integer", "integer", "", M_NONE, 0, NULL},
    {"int4", "integer", "", M_NONE, 0, NULL},
    {"int8", "bigint", "", M_NONE, 0, NULL},
    {"bigint", "bigint", "", M_NONE, 0, NULL},
    {"int2", "smallint", "", M_NONE, 0, NULL},
    {"smallint", "smallint", "", M_NONE, 0, NULL},
    {"serial", "integer", "", M_NONE, 4, NULL},
    {"serial4", "integer", "", M_NONE, 4, NULL},
    {"bigserial", "bigint", "", M_NONE, 8, NULL},
    {"serial8", "bigint", "", M_NONE, 8, NULL},
    {"smallserial", "smallint", "", M_NONE, 2, NULL},
    {"serial2", "smallint", "", M_NONE, 2, NULL},
    {"real", "real", "", M_NONE, 0, NULL},
    {"float4", "real", "", M_NONE, 0, NULL},
    {"float8", "double precision", "", M_NONE, 0, NULL},
    {"double precision", "double precision", "", M_NONE, 0, NULL},
    {"float", "double precision", "", M_FLOAT, 0, NULL},
    {"numeric", "numeric", "", M_NUMERIC, 0, NULL},
    {"decimal", "numeric", "", M_NUMERIC, 0, NULL},
    {"dec", "numeric", "", M_NUMERIC, 0, NULL},
    {"text", "text", "", M_NONE, 0, NULL},
    {"varchar", "character varying", "", M_LEN, 0, NULL},
    {"character varying", "character varying", "", M_LEN, 0, NULL},
    {"char varying", "character varying", "", M_LEN, 0, NULL},
    {"national character varying", "character varying", "", M_LEN, 0, NULL},
    {"national char varying", "character varying", "", M_LEN, 0, NULL},
    {"nchar varying", "character varying", "", M_LEN, 0, NULL},
    {"char", "character", "", M_LEN, 0, "1"},
    {"character", "character", "", M_LEN, 0, "1"},
    {"nchar", "character", "", M_LEN, 0, "1"},
    {"national character", "character", "", M_LEN, 0, "1"},
    {"national char", "character", "", M_LEN, 0, "1"},
    {"bpchar", "bpchar", "", M_BPCHAR, 0, NULL},
    {"boolean", "boolean", "", M_NONE, 0, NULL},
    {"bool", "boolean", "", M_NONE, 0, NULL},
    {"date", "date", "", M_NONE, 0, NULL},
    {"time", "time", " without time zone", M_PREC_TZ, 0, NULL},
    {"time without time zone", "time", " without time zone", M_PREC_TZ, 0, NULL},
    {"time with time zone", "time", " with time zone", M_PREC_TZ, 0, NULL},
    {"timetz", "time", " with time zone", M_PREC_TZ, 0, NULL},
    {"timestamp", "timestamp", " without time zone", M_PREC_TZ, 0, NULL},
    {"timestamp without time zone", "timestamp", " without time zone", M_PREC_TZ, 0, NULL},
    {"timestamp with time zone", "timestamp", " with time zone", M_PREC_TZ, 0, NULL},
    {"timestamptz", "timestamp", " with time zone", M_PREC_TZ, 0, NULL},
    {"interval", "interval", "", M_INTERVAL, 0, NULL},
    {"bit", "bit", "", M_BIT, 0, "1"},
    {"bit varying", "bit varying", "", M_BIT, 0, NULL},
    {"varbit", "bit varying", "", M_BIT, 0, NULL},
    {"uuid", "uuid", "", M_NONE, 0, NULL},
    {"json", "json", "", M_NONE, 0, NULL},
    {"jsonb", "jsonb", "", M_NONE, 0, NULL},
    {"jsonpath", "jsonpath", "", M_NONE, 0, NULL},
    {"bytea", "bytea", "", M_NONE, 0, NULL},
    {"inet", "inet", "", M_NONE, 0, NULL},
    {"cidr", "cidr", "", M_NONE, 0, NULL},
    {"macaddr", "macaddr", "", M_NONE, 0, NULL},
    {"macaddr8", "macaddr8", "", M_NONE, 0, NULL},
    {"money", "money", "", M_NONE, 0, NULL},
    {"xml", "xml", "", M_NONE, 0, NULL},
    {"tsvector", "tsvector", "", M_NONE, 0, NULL},
    {"tsquery", "tsquery", "", M_NONE, 0, NULL},
    {"point", "point", "", M_NONE, 0, NULL},
    {"line", "line", "", M_NONE, 0, NULL},
    {"lseg", "lseg", "", M_NONE, 0, NULL},
    {"box", "box", "", M_NONE, 0, NULL},
    {"path", "path", "", M_NONE, 0, NULL},
    {"polygon", "polygon", "", M_NONE, 0, NULL},
    {"circle", "circle", "", M_NONE, 0, NULL},
    {"oid", "oid", "", M_NONE, 0, NULL},
    {"regclass", "regclass", "", M_NONE, 0, NULL},
    {"regtype", "regtype", "", M_NONE, 0, NULL},
    {"regproc", "regproc", "", M_NONE, 0, NULL},
    {"name", "name", "", M_NONE, 0, NULL},
    {"int4range", "int4range", "", M_NONE, 0, NULL},
    {"int8range", "int8range", "", M_NONE, 0, NULL},
    {"numrange", "numrange", "", M_NONE, 0, NULL},
    {"tsrange", "tsrange", "", M_NONE, 0, NULL},
    {"tstzrange", "tstzrange", "", M_NONE, 0, NULL},
    {"daterange", "daterange", "", M_NONE, 0, NULL},
    {"int4multirange", "int4multirange", "", M_NONE, 0, NULL},
    {"int8multirange", "int8multirange", "", M_NONE, 0, NULL},
    {"nummultirange", "nummultirange", "", M_NONE, 0, NULL},
    {"tsmultirange", "tsmultirange", "", M_NONE, 0, NULL},
    {"tstzmultirange", "tstzmultirange", "", M_NONE, 0, NULL},
    {"datemultirange", "datemultirange", "", M_NONE, 0, NULL},
    {"pg_lsn", "pg_lsn", "", M_NONE, 0, NULL},
    {"txid_snapshot", "txid_snapshot", "", M_NONE, 0, NULL},
    {"pg_snapshot", "pg_snapshot", "", M_NONE, 0, NULL},
    {NULL, NULL, NULL, M_NONE, 0, NULL},
};

/* Words of the type, lower-cased (unquoted) or as written (quoted). */
static bool type_words(sd_parse *p, const sdi_type *t, size_t from, size_t to, sdi_str *out,
                       bool *quoted)
{
    for (size_t i = from; i < to; i++) {
        const sd_token *w = &t->words[i];
        char *id = sdi_ident(p, w);
        if (!id)
            return false;
        if (w->type == SD_TK_QUOTED_ID)
            *quoted = true;
        if (i > from)
            sdi_str_addc(out, ' ');
        sdi_str_add(out, id);
    }
    return !out->oom;
}

int sdi_pg_type_collatable(const char *base)
{
    static const char *const collatable[] = {"text", "character varying", "character", "bpchar", "name", NULL};
    for (const char *const *c = collatable; *c; c++)
        if (strcmp(base, *c) == 0)
            return 1;
    for (const pg_type_entry *e = pg_types; e->spelling; e++)
        if (strcmp(base, e->name) == 0 || strcmp(base, e->spelling) == 0)
            return 0;
    return -1;
}

/* Spellings that are keywords of PostgreSQL's grammar, with their own
 * rules for modifiers (the others are type names, checked by the type's
 * modifier function). */
static bool keyword_spelling(const char *spelling)
{
    static const char *const keywords[] = {
        "int", "integer", "smallint", "bigint", "real", "float", "double precision", "numeric", "decimal",
        "dec", "boolean", "varchar", "character varying", "char varying", "national character varying",
        "national char varying", "nchar varying", "char", "character", "nchar", "national character",
        "national char", "time", "time without time zone", "time with time zone", "timestamp",
        "timestamp without time zone", "timestamp with time zone", "interval", "bit", "bit varying", NULL,
    };
    for (const char *const *k = keywords; *k; k++)
        if (strcmp(*k, spelling) == 0)
            return true;
    return false;
}

/* Where the punctuation `c` before modifier i is ("(" before the first,
 * "," before a later one), for a syntax error there. */
static const char *before_modifier(const sdi_type *t, size_t i, char c)
{
    const char *z = t->mods[i];
    while (z > t->start && *z != c)
        z--;
    return z;
}

static const pg_type_entry *find_pg_type(const char *spelling)
{
    for (const pg_type_entry *e = pg_types; e->spelling; e++)
        if (e->spelling[0] == spelling[0] && strcmp(e->spelling, spelling) == 0)
            return e;
    return NULL;
}

/* "(a)", or "(a,b)" when n is 2, into mod (room for two longs): what
 * format_type shows, without the cost of snprintf on every column. */
static void format_modifiers(char *mod, int n, long a, long b)
{
    char *o = mod;
    *o++ = '(';
    for (int i = 0; i < n; i++) {
        long v = i ? b : a;
        unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
        char digits[24];
        int k = 0;
        do
            digits[k++] = (char)('0' + u % 10);
        while ((u /= 10) != 0);
        if (i)
            *o++ = ',';
        if (v < 0)
            *o++ = '-';
        while (k)
            *o++ = digits[--k];
    }
    *o++ = ')';
    *o = 0;
}

static long mod_value(const sdi_type *t, size_t i)
{
    char buf[32];
    size_t n = t->mod_lens[i] < sizeof buf - 1 ? t->mod_lens[i] : sizeof buf - 1;
    memcpy(buf, t->mods[i], n);
    buf[n] = 0;
    long v = strtol(buf, NULL, 10);
    return t->mod_negative[i] ? -v : v;
}

int sdi_pg_type(sd_parse *p, const sdi_type *t, char **out_type, char **out_base,
                int *serial_kind, const char **err)
{
    char *errbuf = p->errbuf;
    const size_t errbuf_size = sizeof p->errbuf;
    *serial_kind = 0;
    sdi_str sp = SDI_SCRATCH_STR(&p->arena);
    bool quoted = false;
    size_t nbefore = t->has_mods ? t->nwords_before_mods : t->nwords;
    /* schema-qualified: typename DOT nm puts the qualifier as the first word */
    size_t first = 0;
    const char *qualifier = NULL;
    if (t->nwords >= 2 && t->start < t->words[1].z) {
        const char *between = t->words[0].z + t->words[0].n;
        while (between < t->words[1].z && (*between == ' ' || *between == '\t'))
            between++;
        if (*between == '.') {
            char *q = sdi_ident(p, &t->words[0]);
            if (!q)
                return -1;
            if (strcmp(q, "pg_catalog") != 0 && !sdi_schema_find(p->cat, q)) {
                snprintf(errbuf, errbuf_size, "type \"%s.%.*s\" is not a built-in type", q,
                         (int)t->words[1].n, t->words[1].z);
                sdi_unmodelled(p, t->start, "%s; user-defined types are not modelled yet", errbuf);
                return -1;
            }
            first = 1;
            qualifier = q;
        }
    }
    if (!type_words(p, t, first, nbefore, &sp, &quoted)) {
        sdi_str_free(&sp);
        p->oom = true;
        return -1;
    }
    sdi_str after = SDI_SCRATCH_STR(&p->arena);
    if (t->has_mods && !type_words(p, t, nbefore, t->nwords, &after, &quoted)) {
        sdi_str_free(&sp);
        sdi_str_free(&after);
        p->oom = true;
        return -1;
    }
    const char *spelling = sp.data ? sp.data : "";
    bool array_underscore = false;
    const pg_type_entry *e = NULL;
    if (quoted && strcmp(spelling, "char") == 0) {
        static const pg_type_entry qchar = {"\"char\"", "\"char\"", "", M_NONE, 0, NULL};
        e = &qchar;
    } else {
        e = find_pg_type(spelling);
        if (!e && spelling[0] == '_' && (e = find_pg_type(spelling + 1)) != NULL)
            array_underscore = true;
    }
    /* words after the modifiers: with/without time zone */
    const char *suffix_words = after.data ? after.data : "";
    if (e && e->mods == M_PREC_TZ && *suffix_words) {
        char full[64];
        size_t ls = strlen(e->spelling), lw = strlen(suffix_words);
        const pg_type_entry *e2 = NULL;
        if (ls + 1 + lw < sizeof full) {   /* longer is no type */
            memcpy(full, e->spelling, ls);
            full[ls] = ' ';
            memcpy(full + ls + 1, suffix_words, lw + 1);
            e2 = find_pg_type(full);
        }
        if (!e2) {
            e = NULL;
        } else {
            e = e2;
        }
    } else if (*suffix_words) {
        e = NULL;
    }
    if (!e) {
        bool interval_fields = strncmp(spelling, "interval ", 9) == 0;
        if (interval_fields && !t->has_mods) {
            *out_type = sdi_arena_strndup(&p->arena, spelling, strlen(spelling));
            *out_base = sdi_arena_strndup(&p->arena, "interval", 8);
            sdi_str_free(&sp);
            sdi_str_free(&after);
            return *out_type && *out_base ? 0 : (p->oom = true, -1);
        }
        /* a user-defined type, or one an installed extension provides */
        sdi_usertype *ut = NULL;
        sd_schema *us = NULL;
        if (!*suffix_words && nbefore == first + 1) {
            if (first == 1) {
                char *q = sdi_ident(p, &t->words[0]);
                us = q ? sdi_schema_find(p->cat, q) : NULL;
                char *un = us ? sdi_ident(p, &t->words[first]) : NULL;
                ut = un ? sdi_usertype_find(p->cat, us, un) : NULL;
            } else {
                char *un = sdi_ident(p, &t->words[first]);
                ut = un ? sdi_usertype_find(p->cat, NULL, un) : NULL;
                us = ut ? ut->schema : NULL;   /* for its display name */
            }
        }
        /* a table's or view's row type */
        if (!ut && !*suffix_words && nbefore == first + 1 && !t->has_mods) {
            char *rn = sdi_ident(p, &t->words[first]);
            sd_schema *rs = us;
            if (!rs && rn) {
                sdi_name nm;
                memset(&nm, 0, sizeof nm);
                nm.name = t->words[first];
                rs = sdi_lookup_schema(p, &nm, rn);
            }
            sdi_rel *r = rn && rs ? sdi_rel_find(p->cat, rs, rn) : NULL;
            if (r && (r->kind == SDI_REL_TABLE || r->kind == SDI_REL_VIEW)) {
                sdi_str ty = SDI_SCRATCH_STR(&p->arena);
                if (strcmp(rs->name, "public") != 0) {
                    sdi_pg_add_ident(&ty, rs->name);
                    sdi_str_addc(&ty, '.');
                }
                sdi_pg_add_ident(&ty, rn);
                if (t->array_dims)
                    sdi_str_add(&ty, "[]");
                *out_type = ty.oom ? NULL : sdi_arena_strndup(&p->arena, ty.data, ty.len);
                *out_base = *out_type;
                sdi_str_free(&ty);
                sdi_str_free(&sp);
                sdi_str_free(&after);
                if (!*out_type) {
                    p->oom = true;
                    return -1;
                }
                return 0;
            }
        }
        if (ut) {
            char *disp = sdi_usertype_display(us, ut);
            if (disp)
                sdi_note_referrer(p->cat, SDI_REF_COLUMN_TYPE, disp, NULL, NULL);
            sdi_str ty = SDI_SCRATCH_STR(&p->arena), base = SDI_SCRATCH_STR(&p->arena);
            sdi_str_add(&ty, disp ? disp : "");
            sdi_free(disp);
            if (t->array_dims)
                sdi_str_add(&ty, "[]");
            sdi_str_add(&base, ty.data ? ty.data : "");
            *out_type = ty.oom ? NULL : sdi_arena_strndup(&p->arena, ty.data, ty.len);
            *out_base = base.oom ? NULL : sdi_arena_strndup(&p->arena, base.data, base.len);
            sdi_str_free(&ty);
            sdi_str_free(&base);
            sdi_str_free(&sp);
            sdi_str_free(&after);
            if (!*out_type || !*out_base) {
                p->oom = true;
                return -1;
            }
            if (t->has_mods) {
                char *written = sdi_ident(p, &t->words[first]);   /* sp is freed */
                snprintf(errbuf, errbuf_size, "type modifier is not allowed for type \"%s%s%s\"",
                         qualifier ? qualifier : "", qualifier ? "." : "", written ? written : "");
                *err = errbuf;
                return -1;
            }
            return 0;
        }
        const sdi_extension *x = *suffix_words ? NULL : sdi_extension_type(p->cat, spelling);
        if (x && (first == 0 || strcmp(qualifier, x->schema) == 0)) {
            /* format_type qualifies it outside the search path */
            sdi_str ty = SDI_SCRATCH_STR(&p->arena);
            if (first && strcmp(x->schema, "public") != 0) {
                sdi_pg_add_ident(&ty, x->schema);
                sdi_str_addc(&ty, '.');
            }
            sdi_str_add(&ty, spelling);
            if (t->nmods) {
                sdi_str_addc(&ty, '(');
                for (size_t i = 0; i < t->nmods; i++) {
                    if (i)
                        sdi_str_addc(&ty, ',');
                    sdi_str_addn(&ty, t->mods[i], t->mod_lens[i]);
                }
                sdi_str_addc(&ty, ')');
            }
            if (t->array_dims)
                sdi_str_add(&ty, "[]");
            sdi_str base = SDI_SCRATCH_STR(&p->arena);
            sdi_str_add(&base, spelling);
            if (t->array_dims)
                sdi_str_add(&base, "[]");
            *out_type = ty.oom ? NULL : sdi_arena_strndup(&p->arena, ty.data, ty.len);
            *out_base = base.oom ? NULL : sdi_arena_strndup(&p->arena, base.data, base.len);
            sdi_str_free(&ty);
            sdi_str_free(&base);
            sdi_str_free(&sp);
            sdi_str_free(&after);
            if (!*out_type || !*out_base) {
                p->oom = true;
                return -1;
            }
            return 0;
        }
        /* a known type followed by stray words: a syntax error at the first */
        for (size_t k = nbefore; k-- > first + 1;) {
            sdi_str pre = SDI_SCRATCH_STR(&p->arena);
            bool q2 = false;
            if (!type_words(p, t, first, k, &pre, &q2)) {
                sdi_str_free(&pre);
                break;
            }
            bool known = find_pg_type(pre.data ? pre.data : "") != NULL;
            sdi_str_free(&pre);
            if (known) {
                sdi_unmodelled(p, t->words[k].z, "syntax error at or near \"%.*s\" (or syntax not supported)",
                               (int)t->words[k].n, t->words[k].z);
                sdi_str_free(&sp);
                sdi_str_free(&after);
                return -1;
            }
        }
        snprintf(errbuf, errbuf_size, "type \"%s%s%s\" is not a built-in type", spelling,
                 *suffix_words ? " " : "", suffix_words);
        sdi_unmodelled(p, t->start, "%s; user-defined types are not modelled yet", errbuf);
        sdi_str_free(&sp);
        sdi_str_free(&after);
        return -1;
    }
    sdi_str_free(&sp);
    sdi_str_free(&after);
    if (t->bad_mods) {
        *err = "type modifiers must be simple constants or identifiers";
        return -1;
    }
    sdi_str out = SDI_SCRATCH_STR(&p->arena);
    char mod[64] = "";
    if (t->nmods) {
        long a = mod_value(t, 0), b = t->nmods > 1 ? mod_value(t, 1) : 0;
        /* character, float and time types take an unsigned integer in
         * PostgreSQL's grammar, not an expression list */
        bool unsigned_only = e->mods == M_LEN || e->mods == M_BPCHAR || e->mods == M_FLOAT ||
                             e->mods == M_PREC_TZ || e->mods == M_INTERVAL;
        for (size_t i = 0; unsigned_only && i < t->nmods; i++)
            if (t->mod_negative[i]) {
                const char *minus = t->mods[i];
                while (minus > t->start && *minus != '-')
                    minus--;
                sdi_unmodelled(p, minus, "syntax error at or near \"-\" (or syntax not supported)");
                return -1;
            }
        /* keywords take modifiers only where the grammar says so; a type
         * name's modifier function counts them */
        bool keyword = !qualifier && !quoted && keyword_spelling(e->spelling);
        const char *count_error = NULL;
        if (e->mods == M_NUMERIC && t->nmods > 2)
            count_error = "invalid NUMERIC type modifier";
        else if ((e->mods == M_BIT || e->mods == M_BPCHAR || (!keyword && (e->mods == M_PREC_TZ ||
                                                                           e->mods == M_INTERVAL))) &&
                 t->nmods != 1)
            count_error = "invalid type modifier";
        if (count_error) {
            *err = count_error;
            return -1;
        }
        if (keyword && t->nmods > 1 && (e->mods == M_LEN || e->mods == M_PREC_TZ || e->mods == M_INTERVAL)) {
            sdi_unmodelled(p, before_modifier(t, 1, ','), "syntax error at or near \",\" (or syntax not supported)");
            return -1;
        }
        switch (e->mods) {
        case M_NONE:
            if (keyword) {   /* INT, REAL, BOOLEAN ... take no "(" at all */
                sdi_unmodelled(p, before_modifier(t, 0, '('),
                               "syntax error at or near \"(\" (or syntax not supported)");
                return -1;
            }
            /* a type name as written; serial names the integer type it makes */
            snprintf(errbuf, errbuf_size, "type modifier is not allowed for type \"%s%s%s\"",
                     qualifier && !e->serial ? qualifier : "", qualifier && !e->serial ? "." : "",
                     e->serial ? e->name : e->spelling);
            *err = errbuf;
            return -1;
        case M_LEN:
        case M_BIT:
        case M_BPCHAR:
        {
            const char *tname = e->mods == M_BIT ? (strstr(e->name, "varying") ? "varbit" : "bit")
                                                 : strstr(e->name, "varying") ? "varchar" : "char";
            long most = e->mods == M_BIT ? 83886080 : 10485760;   /* MaxAttrSize, in bits for bit strings */
            if (t->nmods > 1 || a < 1) {
                snprintf(errbuf, errbuf_size, "length for type %s must be at least 1", tname);
                *err = errbuf;
                return -1;
            }
            if (a > most) {
                snprintf(errbuf, errbuf_size, "length for type %s cannot exceed %ld", tname, most);
                *err = errbuf;
                return -1;
            }
        }
            format_modifiers(mod, 1, a, 0);
            break;
        case M_NUMERIC:
            if (a < 1 || a > 1000) {
                snprintf(errbuf, errbuf_size, "NUMERIC precision %ld must be between 1 and 1000", a);
                *err = errbuf;
                return -1;
            }
            if (b < -1000 || b > 1000) {
                snprintf(errbuf, errbuf_size, "NUMERIC scale %ld must be between -1000 and 1000", b);
                *err = errbuf;
                return -1;
            }
            format_modifiers(mod, 2, a, b);
            break;
        case M_PREC_TZ:
        case M_INTERVAL:
            if (t->nmods > 1) {
                *err = "invalid type modifier";
                return -1;
            }
            format_modifiers(mod, 1, a > 6 ? 6 : a, 0);
            break;
        case M_FLOAT:
            if (t->nmods > 1) {   /* FLOAT(p) takes one modifier in PostgreSQL's grammar */
                sdi_unmodelled(p, before_modifier(t, 1, ','), "syntax error at or near \",\" (or syntax not supported)");
                return -1;
            }
            if (a < 1) {
                *err = "precision for type float must be at least 1 bit";
                return -1;
            }
            if (a > 53) {
                *err = "precision for type float must be less than 54 bits";
                return -1;
            }
            e = find_pg_type(a <= 24 ? "real" : "float8");
            break;
        }
    } else if (e->def_mod) {
        snprintf(mod, sizeof mod, "(%s)", e->def_mod);
    }
    if (e->mods == M_BPCHAR && *mod)
        sdi_str_add(&out, "character");
    else
        sdi_str_add(&out, e->name);
    sdi_str_add(&out, mod);
    sdi_str_add(&out, e->suffix);
    bool array = t->array_dims > 0 || array_underscore;
    if (array)
        sdi_str_add(&out, "[]");
    /* the cast name: no modifiers; char(n) is bpchar */
    sdi_str base = SDI_SCRATCH_STR(&p->arena);
    if (e->mods == M_LEN && strcmp(e->name, "character") == 0)
        sdi_str_add(&base, "bpchar");
    else if (strcmp(e->name, "bit") == 0)
        sdi_str_add(&base, "\"bit\"");   /* bare bit means bit(1) */
    else {
        sdi_str_add(&base, e->name);
        sdi_str_add(&base, e->suffix);
    }
    if (array)
        sdi_str_add(&base, "[]");
    *serial_kind = array ? 0 : e->serial;
    if (e->serial && array) {
        sdi_str_free(&out);
        sdi_str_free(&base);
        *err = "array of serial is not implemented";   /* PostgreSQL's own error (transformColumnDefinition) */
        return -1;
    }
    *out_type = out.oom ? NULL : sdi_arena_strndup(&p->arena, out.data, out.len);
    *out_base = base.oom ? NULL : sdi_arena_strndup(&p->arena, base.data, base.len);
    sdi_str_free(&out);
    sdi_str_free(&base);
    if (!*out_type || !*out_base) {
        p->oom = true;
        return -1;
    }
    return 0;
}

char *sdi_pg_cast_type(sd_parse *p, const sdi_type *t)
{
    char *type = NULL, *base = NULL;
    int serial = 0;
    const char *err = NULL;
    if (sdi_pg_type(p, t, &type, &base, &serial, &err) != 0)
        return NULL;
    return type;
}

/* SQLite: the declared type's text, except the six standard names, which
 * are stored upper-case (and unquoted). */
char *sdi_sqlite_type_text(sd_parse *p, const sdi_type *t)
{
    static const char *const std[] = {"ANY", "BLOB", "INT", "INTEGER", "REAL", "TEXT", NULL};
    const char *z = t->start;
    size_t n = (size_t)(t->end - t->start);
    if (t->nwords == 1 && !t->has_mods && !t->array_dims) {
        char *w = sdi_ident(p, &t->words[0]);
        if (!w)
            return NULL;
        for (const char *const *s = std; *s; s++)
            if (strcasecmp(w, *s) == 0)
                return sdi_arena_strndup(&p->arena, *s, strlen(*s));
        if (t->words[0].type == SD_TK_QUOTED_ID || t->words[0].type == SD_TK_STRING)
            return w;
    }
    /* SQLite dequotes the whole type text when it starts with a quote: up
     * to the closing quote ("x"(9) is x), but for [ it drops just the first
     * and the last character ([x] (3) is "x] (3"), as sqlite3 3.40 does */
    sdi_str dq = SDI_SCRATCH_STR(&p->arena);
    if (n >= 2 && z[0] == '[') {
        sdi_str_addn(&dq, z + 1, n - 2);
    } else if (n >= 2 && (z[0] == '"' || z[0] == '\'' || z[0] == '`')) {
        for (size_t i = 1; i < n; i++) {
            if (z[i] == z[0]) {
                if (i + 1 < n && z[i + 1] == z[0]) {
                    sdi_str_addc(&dq, z[0]);
                    i++;
                    continue;
                }
                break;
            }
            sdi_str_addc(&dq, z[i]);
        }
    }
    if (dq.len || (n >= 2 && (z[0] == '[' || z[0] == '"' || z[0] == '\'' || z[0] == '`'))) {
        char *r = dq.oom ? NULL : sdi_arena_strndup(&p->arena, dq.data ? dq.data : "", dq.len);
        sdi_str_free(&dq);
        if (!r)
            p->oom = true;
        return r;
    }
    char *r = sdi_arena_strndup(&p->arena, z, n);
    if (!r)
        p->oom = true;
    return r;
}

/* Expression text as PostgreSQL prints it back: pg_get_expr() for column
 * defaults (constants re-cast to their types, operators fully
 * parenthesised) and the pretty form pg_get_indexdef()/pg_get_expr(..., true)
 * use for index keys and predicates. Only the common shapes are modelled;
 * anything else keeps its source text. Also PostgreSQL identifier quoting. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

/* ---- identifiers ---- */

/* Keywords quote_ident() quotes: the reserved ones and the column-name
 * keywords it also quotes. Sorted, for bsearch. */
static const char *const pg_quoted_keywords[] = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
    "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
    "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
    "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
    "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
    "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
    "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
    "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral",
    "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
    "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
    "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
    "position", "precision", "primary", "real", "references", "returning", "right", "row",
    "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
    "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
    "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};

#define PG_KEYWORD_MAX 17   /* current_timestamp */

static int cmp_keyword(const void *key, const void *item)
{
    return strcmp(key, *(const char *const *)item);
}

void sdi_pg_add_ident(sdi_str *s, const char *name)
{
    bool safe = name[0] && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
    bool digit = false;
    const char *c = name;
    for (; *c && safe; c++) {
        digit |= *c >= '0' && *c <= '9';
        safe = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_';
    }
    /* no keyword has a digit or more than PG_KEYWORD_MAX letters */
    size_t len = (size_t)(c - name);
    if (safe && !digit && len <= PG_KEYWORD_MAX &&
        bsearch(name, pg_quoted_keywords, sizeof pg_quoted_keywords / sizeof *pg_quoted_keywords,
                sizeof *pg_quoted_keywords, cmp_keyword))
        safe = false;
    if (safe) {
        sdi_str_addn(s, name, len);
        return;
    }
    sdi_str_addc(s, '"');
    for (const char *q = name; *q; q++) {
        if (*q == '"')
            sdi_str_addc(s, '"');
        sdi_str_addc(s, *q);
    }
    sdi_str_addc(s, '"');
}

/* ---- constants ---- */

/* The decoded value of a string literal token ('...', E'...', $$...$$). */
/* Append code point cp as UTF-8. */
static void add_utf8(sdi_str *s, unsigned long cp)
{
    unsigned char u[4];
    size_t k = 0;
    if (cp < 0x80) {
        u[k++] = (unsigned char)cp;
    } else if (cp < 0x800) {
        u[k++] = (unsigned char)(0xC0 | (cp >> 6));
        u[k++] = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        u[k++] = (unsigned char)(0xE0 | (cp >> 12));
        u[k++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[k++] = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        u[k++] = (unsigned char)(0xF0 | (cp >> 18));
        u[k++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        u[k++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[k++] = (unsigned char)(0x80 | (cp & 0x3F));
    }
    sdi_str_addn(s, (const char *)u, k);
}

/* Up to `most` digits of `base` at z[*i] (within n), as a number; how many
 * were read in *count. */
static unsigned long read_digits(const char *z, size_t n, size_t *i, int base, size_t most, size_t *count)
{
    unsigned long v = 0;
    *count = 0;
    while (*count < most && *i < n) {
        char c = z[*i];
        int d = isdigit((unsigned char)c) ? c - '0' : isxdigit((unsigned char)c) ? tolower((unsigned char)c) - 'a' + 10 : 99;
        if (d >= base)
            break;
        v = v * (unsigned long)base + (unsigned long)d;
        (*i)++;
        (*count)++;
    }
    return v;
}

char *sdi_pg_string_value(sd_parse *p, const sdi_expr *e)
{
    const char *z = e->text;
    size_t n = e->text_len;
    sdi_str s = SDI_SCRATCH_STR(&p->arena);
    bool zero = false, bad_escape = false;   /* E'...': see below */
    if (z[0] == '$') {
        const char *tag_end = memchr(z + 1, '$', n - 1);
        size_t tag = (size_t)(tag_end - z) + 1;
        sdi_str_addn(&s, z + tag, n - 2 * tag);
    } else if (z[0] == 'U' || z[0] == 'u') {
        /* U&'...': a backslash and 4 hex digits, or backslash-plus and 6 (the default escape) */
        for (size_t i = 3; i + 1 < n; i++) {
            char c = z[i];
            if (c == '\'' && z[i + 1] == '\'') {
                sdi_str_addc(&s, '\'');
                i++;
            } else if (c == '\\' && i + 1 < n - 1 && z[i + 1] == '\\') {
                sdi_str_addc(&s, '\\');
                i++;
            } else if (c == '\\') {
                int digits = z[i + 1] == '+' ? 6 : 4;
                size_t at = i + 1 + (digits == 6);
                char hex[8] = {0};
                if (at + (size_t)digits > n - 1) {
                    sdi_str_addc(&s, c);
                    continue;
                }
                memcpy(hex, z + at, (size_t)digits);
                add_utf8(&s, strtoul(hex, NULL, 16));
                i = at + (size_t)digits - 1;
            } else {
                sdi_str_addc(&s, c);
            }
        }
    } else if (z[0] == 'E' || z[0] == 'e') {
        /* a zero byte, or bytes that are not UTF-8, are the engine's error;
         * a \u escape without its digits a syntax error: not modelled */
        for (size_t i = 2; i + 1 < n; i++) {
            char c = z[i];
            if (c == '\'' && z[i + 1] == '\'') {
                sdi_str_addc(&s, '\'');
                i++;
            } else if (c == '\\' && i + 2 < n) {
                char d = z[++i];
                size_t k = i + 1, count = 0;
                unsigned long v;
                switch (d) {
                case 'n': sdi_str_addc(&s, '\n'); break;
                case 't': sdi_str_addc(&s, '\t'); break;
                case 'r': sdi_str_addc(&s, '\r'); break;
                case 'b': sdi_str_addc(&s, '\b'); break;
                case 'f': sdi_str_addc(&s, '\f'); break;
                case 'x':   /* \xh, \xhh: a byte */
                    v = read_digits(z, n - 1, &k, 16, 2, &count);
                    if (!count) {
                        sdi_str_addc(&s, d);
                        break;
                    }
                    sdi_str_addc(&s, (char)v);
                    zero |= v == 0;
                    i = k - 1;
                    break;
                case 'u':   /* \u and four hex digits, \U and eight: a code point */
                case 'U':
                    v = read_digits(z, n - 1, &k, 16, d == 'u' ? 4 : 8, &count);
                    if (count != (d == 'u' ? 4u : 8u)) {
                        bad_escape = true;
                        break;
                    }
                    add_utf8(&s, v);
                    zero |= v == 0;
                    i = k - 1;
                    break;
                default:
                    if (d >= '0' && d <= '7') {   /* \o, \oo, \ooo: a byte */
                        k = i;
                        v = read_digits(z, n - 1, &k, 8, 3, &count);
                        sdi_str_addc(&s, (char)v);
                        zero |= (v & 0xFF) == 0;
                        i = k - 1;
                    } else {
                        sdi_str_addc(&s, d);
                    }
                    break;
                }
            } else {
                sdi_str_addc(&s, c);
            }
        }
    } else {
        size_t start = (z[0] == 'N' || z[0] == 'n') ? 2 : 1;
        for (size_t i = start; i + 1 < n; i++) {
            sdi_str_addc(&s, z[i]);
            if (z[i] == '\'' && z[i + 1] == '\'')
                i++;
        }
    }
    if (!s.data)
        sdi_str_add(&s, "");
    size_t bad_at = 0;
    const char *bad_what = NULL;
    if (!s.oom && (zero || bad_escape || sdi_utf8_validate(s.data, s.len, &bad_at, &bad_what) != SD_OK)) {
        sdi_unmodelled(p, e->start, "an escape string whose escapes do not make valid UTF-8 text is not modelled");
        sdi_str_free(&s);
        return NULL;
    }
    char *r = sdi_str_take(&s);
    if (!r)
        p->oom = true;
    return r;
}

/* numeric_in + numeric_out: "1e3" -> "1000", ".5" -> "0.5", "1.50" kept. */
static bool normalize_numeric(const char *z, size_t n, char *out, size_t outsz)
{
    char digits[128];
    size_t nd = 0, i = 0;
    long point = -1, exp10 = 0;
    bool neg = false;
    if (i < n && (z[i] == '-' || z[i] == '+'))
        neg = z[i++] == '-';
    for (; i < n; i++) {
        if (isdigit((unsigned char)z[i])) {
            if (nd + 1 >= sizeof digits)
                return false;
            digits[nd++] = z[i];
        } else if (z[i] == '.' && point < 0) {
            point = (long)nd;
        } else if (z[i] == 'e' || z[i] == 'E') {
            exp10 = strtol(z + i + 1, NULL, 10);
            break;
        } else {
            return false;
        }
    }
    if (nd == 0)
        return false;
    if (point < 0)
        point = (long)nd;
    long scale = (long)nd - point - exp10;   /* digits after the point */
    if (scale < 0)
        scale = 0;
    long intlen = point + exp10;              /* digits before the point */
    char buf[512];
    size_t k = 0;
    if (neg)
        buf[k++] = '-';
    /* integer part */
    bool any = false;
    for (long d = 0; d < intlen; d++) {
        char c = d < (long)nd ? digits[d] : '0';
        if (!any && c == '0' && d + 1 < intlen)
            continue;
        any = true;
        if (k + 2 >= sizeof buf)
            return false;
        buf[k++] = c;
    }
    if (!any)
        buf[k++] = '0';
    if (scale > 0) {
        buf[k++] = '.';
        for (long d = 0; d < scale; d++) {
            long idx = intlen + d;
            if (k + 2 >= sizeof buf)
                return false;
            buf[k++] = idx >= 0 && idx < (long)nd ? digits[idx] : '0';
        }
    }
    buf[k] = 0;
    if (strcmp(buf, "-0") == 0)
        strcpy(buf, "0");
    snprintf(out, outsz, "%s", buf);
    return true;
}

/* Classify an integer-looking literal the way make_const does. */
static const char *number_type(const char *z, size_t n)
{
    for (size_t i = (z[0] == '-'); i < n; i++)
        if (!isdigit((unsigned char)z[i]))
            return "numeric";
    char buf[64];
    if (n >= sizeof buf)
        return "numeric";
    memcpy(buf, z, n);
    buf[n] = 0;
    errno = 0;
    long long v = strtoll(buf, NULL, 10);
    if (errno == ERANGE)
        return "numeric";
    if (v >= -2147483648LL && v <= 2147483647LL)
        return "integer";
    return "bigint";
}

/* An integer constant is kept as its value: rewrite the digits in buf as
 * the engine prints that value (no leading zeros; -0 is 0). */
static void integer_value_text(char *buf, const char *type)
{
    if (strcmp(type, "integer") != 0 && strcmp(type, "bigint") != 0)
        return;
    errno = 0;
    long long v = strtoll(buf, NULL, 10);
    if (errno == 0)
        sprintf(buf, "%lld", v);   /* never longer than the digits it replaces */
}

/* Print a constant of type `type` with value text v (get_const_expr). */
static void print_const(sdi_str *out, const char *v, const char *type)
{
    if (strcmp(type, "integer") == 0) {
        if (v[0] != '-') {
            sdi_str_add(out, v);
            return;
        }
    } else if (strcmp(type, "numeric") == 0) {
        if (isdigit((unsigned char)v[0]) && strpbrk(v, "eE.")) {
            sdi_str_add(out, v);
            return;
        }
    } else if (strcmp(type, "boolean") == 0) {
        sdi_str_add(out, v);
        return;
    }
    sdi_str_add_sql_literal(out, v);
    sdi_str_add(out, "::");
    sdi_str_add(out, type);
}

int sdi_bool_word(const char *v, size_t n)
{
    static const struct { const char *word; size_t least; int value; } words[] = {
        {"true", 1, 1}, {"false", 1, 0}, {"yes", 1, 1}, {"no", 1, 0}, {"on", 2, 1}, {"off", 2, 0}, {"1", 1, 1},
        {"0", 1, 0},
    };
    for (size_t i = 0; n && i < sizeof words / sizeof words[0]; i++)
        if (n >= words[i].least && n <= strlen(words[i].word) && strncasecmp(v, words[i].word, n) == 0)
            return words[i].value;
    return -1;
}

/* boolin: a boolean word (sdi_bool_word) around white space. 1 true, 0
 * false, -1 not a boolean. */
static int boolean_input(const char *v)
{
    while (isspace((unsigned char)*v))
        v++;
    size_t n = strlen(v);
    while (n && isspace((unsigned char)v[n - 1]))
        n--;
    return sdi_bool_word(v, n);
}

/* uuid_in: 32 hex digits, a hyphen allowed after any group of four, in
 * braces or not; the canonical text in buf (37 bytes). */
static bool uuid_input(const char *v, char *buf)
{
    size_t n = strlen(v), digits = 0;
    bool braces = n && v[0] == '{';
    if (braces && v[n - 1] != '}')
        return false;
    for (size_t i = braces, end = braces ? n - 1 : n; i < end; i++) {
        if (v[i] == '-' && digits && digits % 4 == 0 && digits < 32 && v[i - 1] != '-')
            continue;
        if (!isxdigit((unsigned char)v[i]) || digits == 32)
            return false;
        static const size_t hyphen_after[] = {8, 12, 16, 20};
        size_t at = digits + (digits >= 8) + (digits >= 12) + (digits >= 16) + (digits >= 20);
        buf[at] = (char)tolower((unsigned char)v[i]);
        digits++;
        for (size_t h = 0; h < 4; h++)
            if (digits == hyphen_after[h])
                buf[at + 1] = '-';
    }
    buf[36] = 0;
    return digits == 32 && (n < 2 || v[n - 1] != '-');
}

/* numeric_in's syntax: around white space, NaN, or a signed Infinity/inf,
 * or a signed decimal with at least one digit and an optional exponent. */
static bool numeric_input_ok(const char *v)
{
    while (isspace((unsigned char)*v))
        v++;
    size_t n = strlen(v);
    while (n && isspace((unsigned char)v[n - 1]))
        n--;
    if (n == 3 && strncasecmp(v, "nan", 3) == 0)
        return true;
    size_t i = v[0] == '+' || v[0] == '-';
    if ((n - i == 8 && strncasecmp(v + i, "infinity", 8) == 0) || (n - i == 3 && strncasecmp(v + i, "inf", 3) == 0))
        return true;
    size_t digits = 0;
    for (; i < n && isdigit((unsigned char)v[i]); i++)
        digits++;
    if (i < n && v[i] == '.')
        for (i++; i < n && isdigit((unsigned char)v[i]); i++)
            digits++;
    if (!digits)
        return false;
    if (i < n && (v[i] == 'e' || v[i] == 'E')) {
        i++;
        i += i < n && (v[i] == '+' || v[i] == '-');
        size_t from = i;
        while (i < n && isdigit((unsigned char)v[i]))
            i++;
        if (i == from)
            return false;
    }
    return i == n;
}

/* float4in / float8in: strtod's (strtof's) number or NaN / [+-]Infinity /
 * [+-]inf after white space, white space after it. 0 taken, 1 not a
 * number, 2 out of the type's range. */
static int float_input(const char *v, bool single)
{
    while (isspace((unsigned char)*v))
        v++;
    if (!*v)
        return 1;
    char *end;
    errno = 0;
    double d = single ? (double)strtof(v, &end) : strtod(v, &end);
    if (end == v) {
        static const char *const words[] = {"nan", "infinity", "+infinity", "-infinity", "inf", "+inf", "-inf"};
        for (size_t i = 0; i < sizeof words / sizeof words[0] && end == v; i++)
            if (strncasecmp(v, words[i], strlen(words[i])) == 0)
                end = (char *)v + strlen(words[i]);
        if (end == v)
            return 1;
    } else if (errno == ERANGE && (d == 0.0 || isinf(d))) {
        return 2;
    }
    while (isspace((unsigned char)*end))
        end++;
    return *end ? 1 : 0;
}

/* Would the engine's input function for `type` take text v? When not, the
 * engine's error, where the constant is. Integers, numerics, floats,
 * booleans and uuids are checked; other types are taken as they are. */
static bool literal_input_ok(sd_parse *p, const char *at, const char *v, const char *type)
{
    bool integer = strcmp(type, "integer") == 0, big = strcmp(type, "bigint") == 0,
         small = strcmp(type, "smallint") == 0;
    if (integer || big || small) {
        const char *a = v;
        while (isspace((unsigned char)*a))
            a++;
        char *end = NULL;
        errno = 0;
        long long x = strtoll(a, &end, 10);
        const char *digits = a + (*a == '+' || *a == '-');
        while (end && isspace((unsigned char)*end))
            end++;
        if (!end || *end || !isdigit((unsigned char)*digits)) {
            sdi_engine_error(p, at, "invalid input syntax for type %s: \"%s\"", type, v);
            return false;
        }
        if (errno == ERANGE || (integer && (x < INT32_MIN || x > INT32_MAX)) || (small && (x < -32768 || x > 32767))) {
            sdi_engine_error(p, at, "value \"%s\" is out of range for type %s", v, type);
            return false;
        }
    } else if (strcmp(type, "numeric") == 0 && !numeric_input_ok(v)) {
        sdi_engine_error(p, at, "invalid input syntax for type numeric: \"%s\"", v);
        return false;
    } else if (strcmp(type, "real") == 0 || strcmp(type, "double precision") == 0) {
        int r = float_input(v, strcmp(type, "real") == 0);
        if (r == 1)
            sdi_engine_error(p, at, "invalid input syntax for type %s: \"%s\"", type, v);
        else if (r == 2)
            sdi_engine_error(p, at, "\"%s\" is out of range for type %s", v, type);
        if (r)
            return false;
    } else if (strcmp(type, "boolean") == 0 && boolean_input(v) < 0) {
        sdi_engine_error(p, at, "invalid input syntax for type boolean: \"%s\"", v);
        return false;
    } else if (strcmp(type, "uuid") == 0) {
        char buf[40];
        if (!uuid_input(v, buf)) {
            sdi_engine_error(p, at, "invalid input syntax for type uuid: \"%s\"", v);
            return false;
        }
    }
    return true;
}

/* An unknown-type literal coerced to `type`: normalise what we can. */
static void print_typed_literal(sdi_str *out, const char *v, const char *type)
{
    char buf[160];
    if (strcmp(type, "integer") == 0 || strcmp(type, "bigint") == 0 || strcmp(type, "smallint") == 0) {
        char *end = NULL;
        errno = 0;
        long long x = strtoll(v, &end, 10);
        while (end && isspace((unsigned char)*end))
            end++;
        if (!errno && end && !*end && end != v) {
            snprintf(buf, sizeof buf, "%lld", x);
            print_const(out, buf, type);
            return;
        }
    } else if (strcmp(type, "numeric") == 0) {
        const char *a = v;
        while (isspace((unsigned char)*a))
            a++;
        size_t n = strlen(a);
        while (n && isspace((unsigned char)a[n - 1]))
            n--;
        if (normalize_numeric(a, n, buf, sizeof buf)) {
            print_const(out, buf, type);
            return;
        }
    } else if (strcmp(type, "boolean") == 0) {
        int b = boolean_input(v);
        if (b >= 0) {
            sdi_str_add(out, b ? "true" : "false");
            return;
        }
    } else if (strcmp(type, "uuid") == 0 && uuid_input(v, buf)) {
        v = buf;   /* as uuid_out prints it */
    }
    sdi_str_add_sql_literal(out, v);
    sdi_str_add(out, "::");
    sdi_str_add(out, type);
}

/* ---- deparsing ---- */

/* A regclass constant naming an existing relation, as the engine keeps it
 * (an OID) and pg_get_expr prints it: qualified only outside the search
 * path. False (nothing printed) when `text` is not [schema.]name of a
 * relation we know; when it is a name but no such relation exists, the
 * engine's error too (the constant is resolved when the statement runs).
 * `at` is where the constant is. */
static bool regclass_literal(sd_parse *p, const char *text, const char *at, sdi_str *out)
{
    sd_lexer lx;
    sdi_lexer_init(&lx, SD_DIALECT_POSTGRES, text, strlen(text));
    sd_token tok[4];
    size_t n = 0;
    for (;;) {
        sd_token t;
        int type = sdi_lex(&lx, &t);
        if (type == 0)
            break;
        if (type == SD_TK_ILLEGAL || n == 4)
            return false;
        t.type = type;
        tok[n++] = t;
    }
    sdi_name name;
    memset(&name, 0, sizeof name);
    if (n == 1 && sdi_tok_name(&tok[0])) {
        name.name = tok[0];
    } else if (n == 3 && sdi_tok_name(&tok[0]) && tok[1].type == SD_TK_DOT && sdi_tok_name(&tok[2])) {
        name.schema = tok[0];
        name.name = tok[2];
    } else {
        return false;
    }
    char *rel = sdi_ident(p, &name.name);
    char *schema = name.schema.n ? sdi_ident(p, &name.schema) : NULL;
    if (!rel || (name.schema.n && !schema))
        return false;
    sd_schema *s = schema ? sdi_schema_find(p->cat, schema) : sdi_lookup_schema(p, &name, rel);
    if (!s || !sdi_rel_find(p->cat, s, rel)) {
        if (sdi_failed(p))
            return false;
        if (schema && !s)
            sdi_engine_error(p, at, "schema \"%s\" does not exist", schema);
        else
            sdi_engine_error(p, at, "relation \"%s\" does not exist", text);
        return false;
    }
    sdi_pg_add_regclass(out, s->name, rel);
    return true;
}

typedef struct dctx {
    sd_parse *p;
    const sd_table *t;
    bool pretty;
    bool canonical;   /* for comparing: one form for forms the engine keeps apart */
    bool literal_rejected;   /* a constant the type it meets does not take (engine error set) */
} dctx;

static const char *column_type(const dctx *c, const char *name)
{
    if (!c->t)
        return NULL;
    sd_column *col = sdi_column_find(c->p->cat, c->t, name);
    return col ? col->type_base : NULL;
}

static bool is_textlike(const char *type)
{
    return type && (strcmp(type, "character varying") == 0 || strcmp(type, "bpchar") == 0);
}

/* Functions whose arguments are text (a varchar column gets ::text). */
static bool text_function(const char *name)
{
    static const char *const f[] = {"lower", "upper", "btrim", "ltrim", "rtrim", "length",
                                    "md5", "initcap", "reverse", "left", "right", "substr",
                                    "replace", "split_part", "strpos", "to_tsvector", NULL};
    for (const char *const *x = f; *x; x++)
        if (strcmp(*x, name) == 0)
            return true;
    return false;
}

static bool is_comparison(const char *op, size_t n)
{
    return (n == 1 && (op[0] == '=' || op[0] == '<' || op[0] == '>')) ||
           (n == 2 && (memcmp(op, "<>", 2) == 0 || memcmp(op, "!=", 2) == 0 ||
                       memcmp(op, "<=", 2) == 0 || memcmp(op, ">=", 2) == 0 ||
                       memcmp(op, "==", 2) == 0));
}

/* Pretty-printer precedence of a node (higher binds tighter). */
static int prec(const sdi_expr *e)
{
    if (e->kind == SDI_E_BINARY) {
        if (e->text_len == 2 && memcmp(e->text, "OR", 2) == 0)
            return 1;
        if (e->text_len == 3 && memcmp(e->text, "AND", 3) == 0)
            return 2;
        if (is_comparison(e->text, e->text_len))
            return 5;
        if (e->text_len == 1 && (e->text[0] == '+' || e->text[0] == '-'))
            return 8;
        if (e->text_len == 1 && (e->text[0] == '*' || e->text[0] == '/' || e->text[0] == '%'))
            return 9;
        return 7;
    }
    if (e->kind == SDI_E_UNARY && e->text_len == 3)
        return 3;   /* NOT */
    if (e->kind == SDI_E_POSTFIX || e->kind == SDI_E_IN)
        return 4;
    return 20;
}

static void dp(dctx *c, const sdi_expr *e, const char *want, sdi_str *out, const char **type_out);

static void add_source(sdi_str *out, const sdi_expr *e)
{
    sdi_str_addn(out, e->start, (size_t)(e->end - e->start));
}

static void dp_child(dctx *c, const sdi_expr *e, const char *want, int parent_prec, sdi_str *out,
                     const char **type_out)
{
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    bool paren = c->pretty ? prec(e) < parent_prec || (prec(e) == parent_prec && parent_prec >= 5 && parent_prec != 20)
                           : false;
    if (paren)
        sdi_str_addc(out, '(');
    dp(c, e, want, out, type_out);
    if (paren)
        sdi_str_addc(out, ')');
}

/* The type an operand would have, without printing it. */
static int numeric_rank(const char *t);

static const char *operand_type(dctx *c, const sdi_expr *e)
{
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    switch (e->kind) {
    case SDI_E_COLUMN: return column_type(c, e->text);
    case SDI_E_NUMBER: {
        bool dec = memchr(e->text, '.', e->text_len) || memchr(e->text, 'e', e->text_len) ||
                   memchr(e->text, 'E', e->text_len);
        return dec ? "numeric" : number_type(e->text, e->text_len);
    }
    case SDI_E_BOOL: return "boolean";
    case SDI_E_STRING: return NULL;
    case SDI_E_CAST: return NULL;
    case SDI_E_BINARY:
        /* arithmetic over numbers: the wider operand's type */
        if (e->nargs == 2 && e->text_len == 1 && strchr("+-*/%", e->text[0])) {
            const char *ta = operand_type(c, e->args[0]), *tb = operand_type(c, e->args[1]);
            int ra = numeric_rank(ta), rb = numeric_rank(tb);
            if (ra && rb)
                return (ra == 3 || rb == 3) && ra != rb ? "double precision" : ra >= rb ? ta : tb;
        }
        return NULL;
    case SDI_E_UNARY: {
        /* -(constant) is a constant of the same type */
        const sdi_expr *a = e->nargs ? e->args[0] : NULL;
        while (a && a->kind == SDI_E_PAREN && a->nargs)
            a = a->args[0];
        if (a && a->kind == SDI_E_NUMBER && e->text_len == 1 && e->text[0] == '-') {
            char buf[170];
            snprintf(buf, sizeof buf, "-%.*s", (int)a->text_len, a->text);
            bool dec = memchr(a->text, '.', a->text_len) || memchr(a->text, 'e', a->text_len) ||
                       memchr(a->text, 'E', a->text_len);
            return dec ? "numeric" : number_type(buf, strlen(buf));
        }
        return NULL;
    }
    case SDI_E_FUNC:
        if (text_function(e->text))
            return strcmp(e->text, "length") == 0 || strcmp(e->text, "strpos") == 0 ? "integer" : "text";
        return NULL;
    default: return NULL;
    }
}

/* Numeric promotion: integers < numeric < real < double precision (0: other). */
static int numeric_rank(const char *t)
{
    if (!t)
        return 0;
    if (!strcmp(t, "smallint") || !strcmp(t, "integer") || !strcmp(t, "bigint"))
        return 1;
    if (!strcmp(t, "numeric"))
        return 2;
    if (!strcmp(t, "real"))
        return 3;
    if (!strcmp(t, "double precision"))
        return 4;
    return 0;
}

/* An operand with the cast operator resolution adds to it, printed the way
 * ruleutils prints an implicit coercion of an argument: "(x)::t", or in
 * the pretty form "x::t" for a column or constant. */
static void dp_operand(dctx *c, const sdi_expr *e, const char *want, const char *cast, int parent_prec,
                       sdi_str *out)
{
    if (!cast) {
        dp_child(c, e, want, parent_prec, out, NULL);
        return;
    }
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    bool simple = e->kind == SDI_E_COLUMN || e->kind == SDI_E_NUMBER ||
                  (e->kind == SDI_E_UNARY && e->nargs && e->args[0]->kind == SDI_E_NUMBER);
    bool paren = !c->pretty || !simple;
    if (paren)
        sdi_str_addc(out, '(');
    dp(c, e, want, out, NULL);
    if (paren)
        sdi_str_addc(out, ')');
    sdi_str_add(out, "::");
    sdi_str_add(out, cast);
}

/* x op ANY|ALL (array): a literal array's elements take x's type (text
 * for varchar, which compares as text). */
/* The ARRAY[...] constructor with at least one element that e is, under
 * parentheses, or NULL. */
static const sdi_expr *array_constructor(const sdi_expr *e)
{
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    return e->kind == SDI_E_ARRAY && e->nargs > 0 ? e : NULL;
}

static void dp_quantified(dctx *c, const sdi_expr *e, sdi_str *out, const char **type_out)
{
    const sdi_expr *x = e->args[0], *q = e->args[1], *arr = q->args[0];
    while (arr->kind == SDI_E_PAREN && arr->nargs)
        arr = arr->args[0];
    const char *tx = operand_type(c, x);
    bool varchar = tx && strcmp(tx, "character varying") == 0;
    char arrtype[140];
    snprintf(arrtype, sizeof arrtype, "%s[]", tx && !varchar ? tx : "text");
    if (!c->pretty)
        sdi_str_addc(out, '(');
    dp_child(c, x, varchar ? "text" : NULL, 5, out, NULL);
    sdi_str_addc(out, ' ');
    if (e->text_len == 2 && (memcmp(e->text, "!=", 2) == 0))
        sdi_str_add(out, "<>");
    else if (e->text_len == 2 && (memcmp(e->text, "==", 2) == 0))
        sdi_str_addc(out, '=');
    else
        sdi_str_addn(out, e->text, e->text_len);
    sdi_str_add(out, q->ival ? " ALL (" : " ANY (");
    dp(c, arr, arr->kind == SDI_E_ARRAY ? arrtype : NULL, out, NULL);
    sdi_str_addc(out, ')');
    if (!c->pretty)
        sdi_str_addc(out, ')');
    *type_out = "boolean";
}

static void dp_binary(dctx *c, const sdi_expr *e, sdi_str *out, const char **type_out)
{
    const sdi_expr *a = e->args[0], *b = e->args[1];
    bool logical = (e->text_len == 3 && memcmp(e->text, "AND", 3) == 0) ||
                   (e->text_len == 2 && memcmp(e->text, "OR", 2) == 0);
    const char *ta = operand_type(c, a), *tb = operand_type(c, b);
    const char *wa = NULL, *wb = NULL;
    const char *op = e->text;
    size_t oplen = e->text_len;
    if (oplen == 2 && memcmp(op, "!=", 2) == 0)
        op = "<>";
    if (oplen == 2 && memcmp(op, "==", 2) == 0)
        op = "=", oplen = 1;
    if (!logical) {
        /* unknown literals take the other side's type; varchar is compared as text */
        if (is_comparison(op, oplen) || (oplen == 2 && memcmp(op, "||", 2) == 0)) {
            const char *t = ta ? ta : tb;
            if (t && strcmp(t, "character varying") == 0)
                t = "text";
            /* || of an unknown literal and a non-text, non-array operand is
             * anytextcat / textanycat: the literal is text */
            if (oplen == 2 && memcmp(op, "||", 2) == 0 && (!t || (!is_textlike(t) && !strchr(t, '['))))
                t = "text";
            wa = wb = t;
            if (ta && tb && strcmp(ta, tb) != 0 && strcmp(ta, "numeric") == 0)
                wb = "numeric";
            if (ta && tb && strcmp(ta, tb) != 0 && strcmp(tb, "numeric") == 0)
                wa = "numeric";
        } else if (oplen == 3 && memcmp(op, "->>", 3) == 0) {
            wb = tb ? tb : "text";
        } else if (oplen == 2 && memcmp(op, "->", 2) == 0) {
            wb = tb ? tb : "text";
        } else {
            wa = ta ? ta : tb;
            wb = tb ? tb : ta;
        }
        if (!wa && !wb) {
            wa = wb = "text";
        }
    }
    /* mixed numeric operands: the lower side is cast up */
    const char *ca = NULL, *cb = NULL;
    int ra = numeric_rank(ta), rb = numeric_rank(tb);
    bool arith = oplen == 1 && strchr("+-*/%", op[0]);
    if (!logical && (arith || is_comparison(op, oplen)) && ra && rb && ra != rb && (ra > 1 || rb > 1)) {
        /* real meets integers and numeric through the float48 operators
         * (double precision is the preferred type); real with double
         * precision has its own */
        if ((ra == 3 && rb == 4) || (ra == 4 && rb == 3))
            ;
        else if (ra == 3 || rb == 3)
            *(ra == 3 ? &cb : &ca) = "double precision";
        else if (ra < rb)
            ca = tb;
        else
            cb = ta;
    }
    int pr = prec(e);
    if (!c->pretty)
        sdi_str_addc(out, '(');
    dp_operand(c, a, wa, ca, pr, out);
    sdi_str_addc(out, ' ');
    sdi_str_addn(out, op, oplen);   /* op points into the source text: never strlen it */
    sdi_str_addc(out, ' ');
    dp_operand(c, b, wb, cb, pr + (c->pretty && !logical ? 1 : 0), out);
    if (!c->pretty)
        sdi_str_addc(out, ')');
    if (type_out)
        *type_out = is_comparison(op, oplen) || logical ? "boolean"
                    : arith && (ra || rb) ? (ra >= rb ? ta : tb) : NULL;
}

static void dp(dctx *c, const sdi_expr *e, const char *want, sdi_str *out, const char **type_out)
{
    const char *dummy;
    if (!type_out)
        type_out = &dummy;
    *type_out = NULL;
    switch (e->kind) {
    case SDI_E_NUMBER: {
        bool dec = memchr(e->text, '.', e->text_len) || memchr(e->text, 'e', e->text_len) ||
                   memchr(e->text, 'E', e->text_len);
        char buf[160];
        const char *type = dec ? "numeric" : number_type(e->text, e->text_len);
        if (strcmp(type, "numeric") == 0 && normalize_numeric(e->text, e->text_len, buf, sizeof buf))
            ;
        else
            snprintf(buf, sizeof buf, "%.*s", (int)e->text_len, e->text);
        integer_value_text(buf, type);
        print_const(out, buf, type);
        *type_out = type;
        return;
    }
    case SDI_E_STRING: {
        char *v = sdi_pg_string_value(c->p, e);
        if (!v)
            return;
        if (want && strcmp(want, "regclass") == 0 && regclass_literal(c->p, v, e->start, out)) {
            sdi_free(v);
            *type_out = "regclass";
            return;
        }
        const char *type = want ? want : "text";
        if (!literal_input_ok(c->p, e->start, v, type)) {
            c->literal_rejected = true;
            sdi_free(v);
            return;
        }
        print_typed_literal(out, v, type);
        sdi_free(v);
        *type_out = type;
        return;
    }
    case SDI_E_BOOL:
        sdi_str_add(out, e->ival ? "true" : "false");
        *type_out = "boolean";
        return;
    case SDI_E_NULL:
        sdi_str_add(out, "NULL");
        return;
    case SDI_E_SQLFUNC: {
        for (size_t i = 0; i < e->text_len; i++)
            sdi_str_addc(out, (char)toupper((unsigned char)e->text[i]));
        if (e->end > e->text + e->text_len) {
            /* (precision) */
            const char *lp = memchr(e->text + e->text_len, '(', (size_t)(e->end - e->text - e->text_len));
            if (lp) {
                sdi_str_addc(out, '(');
                for (const char *d = lp + 1; d < e->end && *d != ')'; d++)
                    if (!isspace((unsigned char)*d))
                        sdi_str_addc(out, *d);
                sdi_str_addc(out, ')');
            }
        }
        return;
    }
    case SDI_E_COLUMN: {
        const char *t = column_type(c, e->text);
        /* a varchar used as text: a RelabelType, parenthesised unless pretty */
        bool relabel = want && strcmp(want, "text") == 0 && is_textlike(t);
        if (relabel && !c->pretty)
            sdi_str_addc(out, '(');
        sdi_pg_add_ident(out, e->text);
        if (relabel)
            sdi_str_add(out, c->pretty ? "::text" : ")::text");
        *type_out = t;
        return;
    }
    case SDI_E_FUNC: {
        static const char *const upper_names[] = {"coalesce", "nullif", "greatest", "least", NULL};
        bool upper = false;
        for (const char *const *u = upper_names; *u; u++)
            upper |= strcmp(*u, e->text) == 0;
        if (upper) {
            for (const char *z = e->text; *z; z++)
                sdi_str_addc(out, (char)toupper((unsigned char)*z));
        } else {
            sdi_pg_add_ident(out, e->text);
        }
        sdi_str_addc(out, '(');
        const char *argwant = text_function(e->text) ? "text" : NULL;
        const char *common = NULL;
        if (upper)
            for (size_t i = 0; i < e->nargs && !common; i++)
                common = operand_type(c, e->args[i]);
        for (size_t i = 0; i < e->nargs; i++) {
            if (i)
                sdi_str_add(out, ", ");
            const sdi_expr *a = e->args[i];
            while (a->kind == SDI_E_PAREN && a->nargs && !c->pretty)
                a = a->args[0];
            const char *w = upper ? common : argwant;
            if (i == 0 && (!strcmp(e->text, "nextval") || !strcmp(e->text, "currval") ||
                           !strcmp(e->text, "setval")))
                w = "regclass";   /* sequence functions take a regclass */
            dp(c, a, w, out, NULL);
        }
        sdi_str_addc(out, ')');
        if (text_function(e->text))
            *type_out = "text";
        return;
    }
    case SDI_E_PAREN:
        if (!e->nargs)
            return;
        if (c->pretty)
            dp_child(c, e->args[0], want, 0, out, type_out);
        else
            dp(c, e->args[0], want, out, type_out);
        return;
    case SDI_E_BINARY:
        if (e->text_len == 12 && memcmp(e->text, "AT TIME ZONE", 12) == 0) {
            if (!c->pretty)
                sdi_str_addc(out, '(');
            dp_child(c, e->args[0], NULL, 20, out, NULL);
            sdi_str_add(out, " AT TIME ZONE ");
            dp_child(c, e->args[1], "text", 20, out, NULL);
            if (!c->pretty)
                sdi_str_addc(out, ')');
            return;
        }
        if (e->args[1]->kind == SDI_E_QUANTIFIED)
            dp_quantified(c, e, out, type_out);
        else
            dp_binary(c, e, out, type_out);
        return;
    case SDI_E_UNARY: {
        /* the raw parser drops parentheses: -(2) is the constant -2 */
        const sdi_expr *arg = e->args[0];
        while (arg->kind == SDI_E_PAREN && arg->nargs == 1)
            arg = arg->args[0];
        if (e->text_len == 1 && e->text[0] == '-' && arg->kind == SDI_E_NUMBER) {
            const sdi_expr *n = arg;
            char buf[170];
            bool dec = memchr(n->text, '.', n->text_len) || memchr(n->text, 'e', n->text_len) ||
                       memchr(n->text, 'E', n->text_len);
            if (dec) {
                char tmp[160];
                if (!normalize_numeric(n->text, n->text_len, tmp, sizeof tmp))
                    snprintf(tmp, sizeof tmp, "%.*s", (int)n->text_len, n->text);
                snprintf(buf, sizeof buf, "-%s", tmp);
                print_const(out, buf, "numeric");
                *type_out = "numeric";
            } else {
                snprintf(buf, sizeof buf, "-%.*s", (int)n->text_len, n->text);
                const char *type = number_type(buf, strlen(buf));
                integer_value_text(buf, type);
                print_const(out, buf, type);
                *type_out = type;
            }
            return;
        }
        if (e->text_len == 3) {
            if (!c->pretty)
                sdi_str_addc(out, '(');
            sdi_str_add(out, "NOT ");
            dp_child(c, e->args[0], NULL, 3, out, NULL);
            if (!c->pretty)
                sdi_str_addc(out, ')');
            *type_out = "boolean";
            return;
        }
        if (e->text_len == 1 && (e->text[0] == '+' || e->text[0] == '-') && arg->kind == SDI_E_NUMBER) {
            /* unary plus is an operator call: (+ 3) */
            if (!c->pretty)
                sdi_str_addc(out, '(');
            sdi_str_addc(out, e->text[0]);
            sdi_str_addc(out, ' ');
            dp(c, arg, NULL, out, type_out);
            if (!c->pretty)
                sdi_str_addc(out, ')');
            return;
        }
        add_source(out, e);
        return;
    }
    case SDI_E_POSTFIX:
        if (!c->pretty)
            sdi_str_addc(out, '(');
        dp_child(c, e->args[0], NULL, 5, out, NULL);
        sdi_str_addc(out, ' ');
        sdi_str_addn(out, e->text, e->text_len);
        if (!c->pretty)
            sdi_str_addc(out, ')');
        *type_out = "boolean";
        return;
    case SDI_E_IN: {
        /* x IN (a, b) -> x = ANY (ARRAY[a, b]); x IN (a) -> x = a */
        const sdi_expr *x = e->args[0], *list = e->args[1];
        if (list->nargs == 1) {
            sdi_expr *pair[2] = {(sdi_expr *)x, list->args[0]};
            sdi_expr cmp = *e;
            cmp.kind = SDI_E_BINARY;
            cmp.text = e->ival ? "<>" : "=";
            cmp.text_len = strlen(cmp.text);
            cmp.args = pair;
            cmp.nargs = 2;
            dp_binary(c, &cmp, out, type_out);
            return;
        }
        const char *tx = operand_type(c, x);
        const char *elem = tx ? tx : "text";
        bool varchar = tx && strcmp(tx, "character varying") == 0;
        if (!c->pretty)
            sdi_str_addc(out, '(');
        dp_child(c, x, varchar ? "text" : NULL, 5, out, NULL);
        sdi_str_add(out, e->ival ? " <> ALL (ARRAY[" : " = ANY (ARRAY[");
        /* canonical: the array cast pushed into the elements, as the
         * engine stores pg_dump's (ARRAY[...])::text[] */
        bool push = varchar && c->canonical;
        for (size_t i = 0; i < list->nargs; i++) {
            if (i)
                sdi_str_add(out, ", ");
            dp(c, list->args[i], elem, out, NULL);
            if (push)
                sdi_str_add(out, "::text");
        }
        sdi_str_add(out, varchar && !push ? "]::text[])" : "])");
        if (!c->pretty)
            sdi_str_addc(out, ')');
        *type_out = "boolean";
        return;
    }
    case SDI_E_CAST: {
        const sdi_expr *x = e->args[0];
        char *tn = sdi_pg_cast_type(c->p, e->type);
        if (!tn) {
            /* an unknown type: keep the source */
            if (c->p->outcome == SD_OUTCOME_UNMODELLED) {
                c->p->outcome = 0;
                sdi_free(c->p->reason);
                c->p->reason = NULL;
            }
            add_source(out, e);
            return;
        }
        /* the label drops the type modifier */
        char *lp = strchr(tn, '(');
        char label[128];
        if (lp) {
            char *rp = strchr(lp, ')');
            snprintf(label, sizeof label, "%.*s%s", (int)(lp - tn), tn, rp ? rp + 1 : "");
        } else {
            snprintf(label, sizeof label, "%s", tn);
        }
        while (x->kind == SDI_E_PAREN && x->nargs && x->args[0]->kind == SDI_E_STRING)
            x = x->args[0];
        const sdi_expr *inner = x;
        while (inner->kind == SDI_E_PAREN && inner->nargs)
            inner = inner->args[0];
        if (inner->kind == SDI_E_COLUMN && column_type(c, inner->text) &&
            strcmp(column_type(c, inner->text), tn) == 0) {
            /* a cast to the column's own type is no cast at all */
            dp(c, inner, NULL, out, type_out);
            return;
        }
        if (x->kind == SDI_E_NULL) {
            /* a typed NULL: its length coercion keeps the modifier */
            sdi_str_add(out, "NULL::");
            sdi_str_add(out, tn);
        } else if (x->kind == SDI_E_STRING) {
            char *v = sdi_pg_string_value(c->p, x);
            if (v && !(strcmp(label, "regclass") == 0 && regclass_literal(c->p, v, x->start, out)))
                print_typed_literal(out, v, label);
            sdi_free(v);
        } else if (array_constructor(x) && strlen(tn) > 2 && strcmp(tn + strlen(tn) - 2, "[]") == 0) {
            /* a cast of ARRAY[...] casts each element to the element type
             * (untyped literals take it directly); no array cast remains */
            const sdi_expr *ax = array_constructor(x);
            char elem[128], elabel[128];
            snprintf(elem, sizeof elem, "%.*s", (int)(strlen(tn) - 2), tn);
            snprintf(elabel, sizeof elabel, "%.*s", (int)(strlen(label) - 2), label);
            sdi_str_add(out, "ARRAY[");
            for (size_t i = 0; i < ax->nargs; i++) {
                const sdi_expr *el = ax->args[i];
                const char *et = operand_type(c, el);
                if (i)
                    sdi_str_add(out, ", ");
                if (el->kind == SDI_E_STRING || el->kind == SDI_E_NULL) {
                    dp(c, el, elem, out, NULL);
                } else if (et && strcmp(et, elem) == 0) {
                    dp(c, el, NULL, out, NULL);
                } else {
                    sdi_str_add(out, c->pretty ? "" : "(");
                    dp_child(c, el, NULL, 20, out, NULL);
                    sdi_str_add(out, c->pretty ? "::" : ")::");
                    sdi_str_add(out, elabel);
                }
            }
            sdi_str_addc(out, ']');
        } else if (x->kind == SDI_E_ARRAY) {   /* ARRAY[]::type */
            dp(c, x, NULL, out, NULL);
            sdi_str_add(out, "::");
            sdi_str_add(out, label);
        } else {
            sdi_str_add(out, c->pretty ? "" : "(");
            dp_child(c, x, NULL, 20, out, NULL);
            sdi_str_add(out, c->pretty ? "::" : ")::");
            sdi_str_add(out, label);
        }
        *type_out = NULL;
        return;
    }
    case SDI_E_ARRAY: {
        sdi_str_add(out, "ARRAY[");
        const char *elem = NULL;
        char ebuf[128];
        if (want) {
            size_t wl = strlen(want);
            if (wl > 2 && strcmp(want + wl - 2, "[]") == 0) {
                snprintf(ebuf, sizeof ebuf, "%.*s", (int)(wl - 2), want);
                elem = ebuf;
            }
        }
        for (size_t i = 0; i < e->nargs; i++) {
            if (i)
                sdi_str_add(out, ", ");
            /* an element cast inside ARRAY[...] keeps its type modifier
             * ('x'::character varying(5)), unlike a cast on its own */
            const sdi_expr *el = e->args[i];
            char *tn = el->kind == SDI_E_CAST && el->nargs && el->args[0]->kind == SDI_E_STRING
                           ? sdi_pg_cast_type(c->p, el->type)
                           : NULL;
            char *v = tn ? sdi_pg_string_value(c->p, el->args[0]) : NULL;
            if (v && strchr(tn, '(')) {
                print_typed_literal(out, v, tn);
                sdi_free(v);
                continue;
            }
            sdi_free(v);
            dp(c, el, elem, out, NULL);
        }
        sdi_str_addc(out, ']');
        return;
    }
    default:
        add_source(out, e);
        return;
    }
}

char *sdi_pg_deparse_default(sd_parse *p, const sdi_expr *e, const char *base)
{
    dctx c = {p, NULL, false, false, false};
    sdi_str out = SDI_SCRATCH_STR(&p->arena);
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    /* literals take the column's type; other expressions keep theirs */
    dp(&c, e, base, &out, NULL);
    char *r = sdi_str_take(&out);
    if (!r)
        p->oom = true;
    return r;
}

char *sdi_pg_deparse_generated(sd_parse *p, const sdi_expr *e, const sd_table *t)
{
    dctx c = {p, t, false, false, false};
    sdi_str out = SDI_SCRATCH_STR(&p->arena);
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    dp(&c, e, NULL, &out, NULL);
    char *r = sdi_str_take(&out);
    if (!r)
        p->oom = true;
    return r;
}

char *sdi_pg_canonical_check(sd_parse *p, const sdi_expr *e, const sd_table *t)
{
    if (!e)
        return NULL;
    int outcome = p->outcome;
    char *reason = p->reason;
    const char *err_at = p->err_at;
    p->outcome = 0;
    p->reason = NULL;
    dctx c = {p, t, true, true, false};
    sdi_str out = SDI_SCRATCH_STR(&p->arena);
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    dp(&c, e, NULL, &out, NULL);
    if (c.literal_rejected && p->outcome == SD_OUTCOME_ENGINE_ERROR && !outcome) {
        /* a constant its operand's type does not take ('x' against an
         * integer column): the engine's input error, when the CHECK is made */
        sdi_str_free(&out);
        sdi_free(reason);
        return NULL;
    }
    char *r = p->outcome ? NULL : sdi_str_take(&out);   /* a type we do not know: no canonical form */
    sdi_str_free(&out);
    sdi_free(p->reason);
    p->outcome = outcome;
    p->reason = reason;
    p->err_at = err_at;
    return r;
}

char *sdi_pg_deparse_index_expr(sd_parse *p, const sdi_expr *e, const sd_table *t, bool top)
{
    dctx c = {p, t, true, false, false};
    sdi_str out = SDI_SCRATCH_STR(&p->arena);
    while (e->kind == SDI_E_PAREN && e->nargs)
        e = e->args[0];
    bool paren = top && e->kind != SDI_E_FUNC;
    if (paren)
        sdi_str_addc(&out, '(');
    dp(&c, e, NULL, &out, NULL);
    if (paren)
        sdi_str_addc(&out, ')');
    char *r = sdi_str_take(&out);
    if (!r)
        p->oom = true;
    return r;
}

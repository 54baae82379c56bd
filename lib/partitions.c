/* PostgreSQL partitioned tables: the PARTITION BY clause of CREATE TABLE
 * (method and key, as pg_get_partkeydef prints column keys) and the rule
 * that primary keys and unique constraints include the key columns;
 * partitions: CREATE TABLE ... PARTITION OF, ALTER TABLE ... ATTACH / DETACH
 * PARTITION, with the engine's bound checks (printed as pg_get_expr prints
 * relpartbound) and the copies a partition gets of its parent's columns,
 * CHECK constraints, indexes (named afresh) and foreign keys; a partitioned
 * index made later reaches every partition. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_partition_by(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_table *t = p->last_table;
    if (!t)
        return;   /* IF NOT EXISTS on an existing table: nothing made */
    const char *method = n > 2 ? (sdi_tok_is(&toks[2], "range") ? "RANGE" : sdi_tok_is(&toks[2], "list") ? "LIST" :
                                  sdi_tok_is(&toks[2], "hash") ? "HASH" : NULL)
                               : NULL;
    if (!method || n < 5 || toks[3].type != SD_TK_LP || toks[n - 1].type != SD_TK_RP) {
        sdi_unmodelled(p, n > 2 ? toks[2].z : toks[0].z, "this PARTITION BY is not modelled yet");
        sdi_table_drop(p->cat, t);
        return;
    }
    size_t nkeys = 1;   /* top-level commas separate the key's parts */
    for (size_t i = 4, depth = 0; i < n - 1; i++) {
        depth += toks[i].type == SD_TK_LP;
        depth -= toks[i].type == SD_TK_RP && depth;
        nkeys += toks[i].type == SD_TK_COMMA && !depth;
    }
    if (strcmp(method, "LIST") == 0 && nkeys > 1) {
        sdi_engine_error(p, toks[0].z, "cannot use \"list\" partition strategy with more than one column");
        sdi_table_drop(p->cat, t);
        return;
    }
    sdi_str key = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&key, method);
    sdi_str_add(&key, " (");
    sdi_vec cols = {0};
    bool ok = true;
    for (size_t i = 4; i < n - 1 && ok; i++) {
        if (toks[i].type == SD_TK_COMMA) {
            sdi_str_add(&key, ", ");
            continue;
        }
        /* column keys only; expressions and opclasses are not modelled yet */
        if (!sdi_tok_name(&toks[i]) ||
            !(toks[i + 1].type == SD_TK_COMMA || toks[i + 1].type == SD_TK_RP)) {
            sdi_unmodelled(p, toks[i].z, "partition keys other than columns are not modelled yet");
            ok = false;
            break;
        }
        char *cn = sdi_ident(p, &toks[i]);
        sd_column *c = cn ? sdi_column_find(p->cat, t, cn) : NULL;
        if (!c) {
            if (cn)
                sdi_engine_error(p, toks[i].z, "column \"%s\" named in partition key does not exist", cn);
            ok = false;
            break;
        }
        sdi_pg_add_ident(&key, c->name);
        if (sdi_vec_push(&cols, c) != SD_OK) {
            p->oom = true;
            ok = false;
        }
    }
    sdi_str_addc(&key, ')');
    /* unique keys must cover the partition key */
    for (size_t k = 0; ok && k < t->constraints.len; k++) {
        const sd_constraint *con = t->constraints.items[k];
        if (con->kind == SD_CONSTRAINT_EXCLUSION) {
            sdi_engine_error(p, toks[0].z, "exclusion constraints are not supported on partitioned tables");
            ok = false;
            break;
        }
        if (con->kind != SD_CONSTRAINT_PRIMARY_KEY && con->kind != SD_CONSTRAINT_UNIQUE)
            continue;
        for (size_t i = 0; i < cols.len && ok; i++) {
            bool in = false;
            for (size_t j = 0; j < con->ncols && !in; j++)
                in = strcmp(con->cols[j], ((sd_column *)cols.items[i])->name) == 0;
            if (!in) {
                sdi_engine_error(p, toks[0].z, "unique constraint on partitioned table must include all partitioning columns");
                ok = false;
            }
        }
    }
    for (size_t i = 0; i < cols.len && ok; i++) {
        char *cn = sdi_hdup(p, ((sd_column *)cols.items[i])->name);
        if (!cn || sdi_vec_push(&t->partition_cols, cn) != SD_OK) {
            sdi_free(cn);
            p->oom = true;
            ok = false;
        }
    }
    sdi_vec_free(&cols);
    char *text = sdi_str_take(&key);
    if (!ok || !text) {
        sdi_free(text);
        if (!text)
            p->oom = true;
        sdi_table_drop(p->cat, t);
        return;
    }
    t->partition_key = text;
}

/* ---- partition bounds ---------------------------------------------------- */

/* How a key column's bound values are read, printed and ordered. */
typedef enum bound_class {
    BC_NONE = 0,
    BC_INT4,        /* printed bare when not negative, else quoted */
    BC_INT_QUOTED,  /* smallint, bigint: always quoted */
    BC_TEXT,        /* text, varchar: quoted; ordered by a collation */
    BC_BOOL,
    BC_DATE,
    BC_TIMESTAMP,
    BC_TIMESTAMPTZ, /* printed in UTC, the session time zone we assume */
    BC_UUID
} bound_class;

static bound_class bound_class_of(const sd_column *c, long *maxlen)
{
    const char *t = c->type;
    *maxlen = -1;
    if (strcmp(t, "integer") == 0)
        return BC_INT4;
    if (strcmp(t, "smallint") == 0 || strcmp(t, "bigint") == 0)
        return BC_INT_QUOTED;
    if (strcmp(t, "text") == 0 || strcmp(t, "character varying") == 0)
        return BC_TEXT;
    if (strncmp(t, "character varying(", 18) == 0) {
        *maxlen = strtol(t + 18, NULL, 10);
        return BC_TEXT;
    }
    if (strcmp(t, "boolean") == 0)
        return BC_BOOL;
    if (strcmp(t, "date") == 0)
        return BC_DATE;
    if (strcmp(t, "timestamp without time zone") == 0)
        return BC_TIMESTAMP;
    if (strcmp(t, "timestamp with time zone") == 0)
        return BC_TIMESTAMPTZ;
    if (strcmp(t, "uuid") == 0)
        return BC_UUID;
    return BC_NONE;
}

/* Special values a bound may hold besides constants. */
#define BV_VALUE 1
#define BV_MINVALUE 2
#define BV_MAXVALUE 3
#define BV_NULL 4

static bool all_digits(const char *z, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (z[i] < '0' || z[i] > '9')
            return false;
    return true;
}

/* Read n digits at *z into *v; false if they are not digits. */
static bool read_int(const char **z, int ndigits_min, int ndigits_max, int *v)
{
    int k = 0, r = 0;
    while (k < ndigits_max && (*z)[k] >= '0' && (*z)[k] <= '9')
        r = r * 10 + ((*z)[k++] - '0');
    if (k < ndigits_min)
        return false;
    *z += k;
    *v = r;
    return true;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* A date / timestamp literal in ISO form as the engine prints it; false for
 * anything else (other styles, special values, time zones other than UTC). */
static bool iso_datetime(const char *z, bound_class bc, sdi_str *o)
{
    while (*z == ' ')
        z++;
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!read_int(&z, 4, 4, &y) || *z++ != '-' || !read_int(&z, 1, 2, &mo) || *z++ != '-' ||
        !read_int(&z, 1, 2, &d))
        return false;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
        return false;
    char frac[8] = "";
    bool has_time = false;
    if (bc != BC_DATE && (*z == ' ' || *z == 'T')) {
        const char *t = z + 1;
        while (*t == ' ')
            t++;
        if (*t >= '0' && *t <= '9') {
            z = t;
            has_time = true;
            if (!read_int(&z, 1, 2, &h) || *z++ != ':' || !read_int(&z, 2, 2, &mi))
                return false;
            if (*z == ':') {
                z++;
                if (!read_int(&z, 2, 2, &sec))
                    return false;
                if (*z == '.') {
                    z++;
                    size_t k = 0;
                    while (z[k] >= '0' && z[k] <= '9')
                        k++;
                    if (!k || k > 6)
                        return false;
                    memcpy(frac, z, k);
                    frac[k] = 0;
                    z += k;
                    while (k && frac[k - 1] == '0')
                        frac[--k] = 0;
                }
            }
            if (h > 23 || mi > 59 || sec > 59)
                return false;
        }
    }
    (void)has_time;
    while (*z == ' ')
        z++;
    if (*z && bc == BC_TIMESTAMPTZ) {
        /* only UTC spellings: the printed value would depend on the offset */
        if (strcmp(z, "Z") != 0 && strcmp(z, "+00") != 0 && strcmp(z, "+00:00") != 0 && strcmp(z, "-00") != 0 &&
            strcasecmp(z, "UTC") != 0 && strcmp(z, "+0000") != 0)
            return false;
    } else if (*z) {
        return false;
    }
    char buf[64];
    if (bc == BC_DATE)
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    else
        snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d%s%s%s", y, mo, d, h, mi, sec, *frac ? "." : "",
                 frac, bc == BC_TIMESTAMPTZ ? "+00" : "");
    sdi_str_add_sql_literal(o, buf);
    return true;
}

static bool canonical_uuid(const char *z, sdi_str *o)
{
    char hex[33];
    size_t k = 0, len = strlen(z);
    bool braces = len >= 2 && z[0] == '{' && z[len - 1] == '}';
    for (const char *c = z + braces; c < z + len - braces; c++) {
        if (*c == '-' && k && k % 4 == 0)
            continue;
        if (!isxdigit((unsigned char)*c) || k == 32)
            return false;
        hex[k++] = (char)tolower((unsigned char)*c);
    }
    if (k != 32)
        return false;
    char buf[40];
    snprintf(buf, sizeof buf, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
    sdi_str_add_sql_literal(o, buf);
    return true;
}

/* One bound value at toks[*i], printed into o as pg_get_expr prints it for
 * key column c. Returns a BV_* kind, or 0 after reporting. */
static int bound_value(sd_parse *p, const sd_token *toks, size_t n, size_t *i, const sd_column *c, sdi_str *o)
{
    size_t k = *i;
    if (k >= n) {
        sdi_tok_syntax(p, toks, n, k);
        return 0;
    }
    const sd_token *t = &toks[k];
    if (sdi_tok_is(t, "minvalue") || sdi_tok_is(t, "maxvalue") || sdi_tok_is(t, "null")) {
        *i = k + 1;
        int kind = sdi_tok_is(t, "null") ? BV_NULL : sdi_tok_is(t, "minvalue") ? BV_MINVALUE : BV_MAXVALUE;
        sdi_str_add(o, kind == BV_NULL ? "NULL" : kind == BV_MINVALUE ? "MINVALUE" : "MAXVALUE");
        return kind;
    }
    long maxlen;
    bound_class bc = bound_class_of(c, &maxlen);
    if (bc == BC_NONE) {
        sdi_unmodelled(p, t->z, "partition bounds over a key of type %s are not modelled yet", c->type);
        return 0;
    }
    /* a type name before a string literal (date '...') only casts it */
    if (t->type != SD_TK_STRING && k + 1 < n && toks[k + 1].type == SD_TK_STRING && sdi_tok_name(t) &&
        (sdi_tok_is(t, "date") || sdi_tok_is(t, "timestamp") || sdi_tok_is(t, "timestamptz") ||
         sdi_tok_is(t, "text") || sdi_tok_is(t, "uuid") || sdi_tok_is(t, "varchar")))
        t = &toks[++k];
    bool neg = false;
    if ((t->type == SD_TK_MINUS || t->type == SD_TK_PLUS) && k + 1 < n &&
        (toks[k + 1].type == SD_TK_INTEGER || toks[k + 1].type == SD_TK_FLOAT)) {
        neg = t->type == SD_TK_MINUS;
        t = &toks[++k];
    }
    char *text = NULL;
    bool is_string = t->type == SD_TK_STRING;
    if (is_string) {
        sdi_expr e = {.kind = SDI_E_STRING, .text = t->z, .text_len = t->n};
        if (!(text = sdi_pg_string_value(p, &e)))
            return 0;
    } else if (t->type == SD_TK_INTEGER || t->type == SD_TK_FLOAT) {
        sdi_str num = SDI_SCRATCH_STR(&p->arena);
        if (neg)
            sdi_str_addc(&num, '-');
        sdi_str_addn(&num, t->z, t->n);
        if (!(text = sdi_str_take(&num))) {
            p->oom = true;
            return 0;
        }
    } else if (bc == BC_BOOL && (sdi_tok_is(t, "true") || sdi_tok_is(t, "false"))) {
        text = sdi_hdup(p, sdi_tok_is(t, "true") ? "true" : "false");
        if (!text)
            return 0;
    } else {
        sdi_unmodelled(p, t->z, "partition bound expressions other than constants are not modelled yet");
        return 0;
    }
    k++;
    if (k < n && toks[k].type != SD_TK_COMMA && toks[k].type != SD_TK_RP) {
        sdi_free(text);
        sdi_unmodelled(p, toks[k].z, "partition bound expressions other than constants are not modelled yet");
        return 0;
    }
    bool ok = true;
    switch (bc) {
    case BC_INT4:
    case BC_INT_QUOTED: {
        const char *z = text;
        while (*z == ' ')
            z++;
        bool minus = *z == '-';
        if (*z == '-' || *z == '+')
            z++;
        size_t len = strlen(z);
        while (len && z[len - 1] == ' ')
            len--;
        while (len > 1 && *z == '0')
            z++, len--;
        long double lim = strcmp(c->type, "smallint") == 0 ? 32767.0L : bc == BC_INT4 ? 2147483647.0L
                                                                                       : 9223372036854775807.0L;
        if (!all_digits(z, len) || len > 19 || strtold(z, NULL) > lim) {
            ok = false;
            break;
        }
        bool zero = len == 1 && *z == '0';
        bool quote = bc == BC_INT_QUOTED || (minus && !zero);
        if (quote)
            sdi_str_addc(o, '\'');
        if (minus && !zero)
            sdi_str_addc(o, '-');
        sdi_str_addn(o, z, len);
        if (quote)
            sdi_str_addc(o, '\'');
        break;
    }
    case BC_TEXT: {
        if (maxlen >= 0) {
            long chars = 0;
            for (const unsigned char *u = (const unsigned char *)text; *u; u++)
                chars += (*u & 0xC0) != 0x80;
            if (chars > maxlen) {
                ok = false;
                break;
            }
        }
        sdi_str_add_sql_literal(o, text);
        break;
    }
    case BC_BOOL: {
        if (t->type == SD_TK_INTEGER || t->type == SD_TK_FLOAT) {   /* no implicit cast to boolean */
            sdi_free(text);
            sdi_engine_error(p, toks[*i].z, "specified value cannot be cast to type boolean for column \"%s\"", c->name);
            return 0;
        }
        const char *z = text;
        while (*z == ' ')
            z++;
        size_t len = strlen(z);
        while (len && z[len - 1] == ' ')
            len--;
        static const char *const yes[] = {"t", "true", "y", "yes", "on", "1"};
        static const char *const no[] = {"f", "false", "n", "no", "off", "0"};
        int v = -1;
        for (size_t j = 0; j < 6 && v < 0; j++) {
            if (strlen(yes[j]) == len && strncasecmp(z, yes[j], len) == 0)
                v = 1;
            else if (strlen(no[j]) == len && strncasecmp(z, no[j], len) == 0)
                v = 0;
        }
        if (v < 0) {
            ok = false;
            break;
        }
        sdi_str_add(o, v ? "true" : "false");
        break;
    }
    case BC_DATE:
    case BC_TIMESTAMP:
    case BC_TIMESTAMPTZ:
        ok = is_string && iso_datetime(text, bc, o);
        break;
    case BC_UUID:
        ok = is_string && canonical_uuid(text, o);
        break;
    case BC_NONE:
        ok = false;
        break;
    }
    sdi_free(text);
    if (!ok) {
        sdi_unmodelled(p, toks[*i].z, "this partition bound value for a %s key is not modelled yet", c->type);
        return 0;
    }
    *i = k;
    return BV_VALUE;
}

/* A parsed bound. */
typedef struct bound {
    int kind;               /* 'd' DEFAULT, 'l' IN, 'r' FROM/TO, 'h' WITH */
    sdi_vec vals;           /* char*: printed values (see sd_table.partition_values) */
    sdi_vec kinds;          /* BV_* of each value, as (void*)(intptr_t) */
    size_t nlo;             /* range: how many values are the lower bound */
    long modulus, remainder;
    const char *at;
    char *text;             /* as pg_get_expr prints it */
} bound;

static void bound_free(bound *b)
{
    for (size_t i = 0; i < b->vals.len; i++)
        sdi_free(b->vals.items[i]);
    sdi_vec_free(&b->vals);
    sdi_vec_free(&b->kinds);
    sdi_free(b->text);
}

static sd_column *key_column(sd_parse *p, const sd_table *parent, size_t k)
{
    return sdi_column_find(p->cat, parent, parent->partition_cols.items[k]);
}

/* "(v, ...)" at toks[*i] for the key columns from `first` (list: always the
 * one key column); values appended to b and printed into o. */
static bool bound_list(sd_parse *p, const sd_token *toks, size_t n, size_t *i, const sd_table *parent,
                       bool per_column, bound *b, sdi_str *o, const char *what)
{
    size_t k = *i;
    if (k >= n || toks[k].type != SD_TK_LP) {
        sdi_tok_syntax(p, toks, n, k);
        return false;
    }
    k++;
    sdi_str_addc(o, '(');
    size_t count = 0;
    for (;;) {
        size_t col = per_column ? count : 0;
        if (per_column && col >= parent->partition_cols.len) {
            sdi_engine_error(p, toks[*i].z, "%s must specify exactly one value per partitioning column", what);
            return false;
        }
        sd_column *c = key_column(p, parent, col);
        if (!c) {
            sdi_unmodelled(p, toks[k < n ? k : n - 1].z, "the partition key's column is gone");
            return false;
        }
        sdi_str v = SDI_SCRATCH_STR(&p->arena);
        int kind = bound_value(p, toks, n, &k, c, &v);
        char *vt = sdi_str_take(&v);
        if (!kind || !vt) {
            sdi_free(vt);
            if (!vt)
                p->oom = true;
            return false;
        }
        if ((kind == BV_MINVALUE || kind == BV_MAXVALUE) && !per_column) {
            sdi_free(vt);
            sdi_unmodelled(p, toks[k - 1].z, "MINVALUE and MAXVALUE are not values of a list partition");
            return false;
        }
        if (kind == BV_NULL && per_column) {
            sdi_free(vt);
            sdi_engine_error(p, toks[k - 1].z, "cannot specify NULL in range bound");
            return false;
        }
        if (count)
            sdi_str_add(o, ", ");
        sdi_str_add(o, vt);
        if (sdi_vec_push(&b->vals, vt) != SD_OK) {
            sdi_free(vt);
            p->oom = true;
            return false;
        }
        if (sdi_vec_push(&b->kinds, (void *)(intptr_t)kind) != SD_OK) {
            b->vals.len--;   /* the value goes with its kind */
            sdi_free(vt);
            p->oom = true;
            return false;
        }
        count++;
        if (k < n && toks[k].type == SD_TK_COMMA) {
            k++;
            continue;
        }
        if (k < n && toks[k].type == SD_TK_RP)
            break;
        sdi_tok_syntax(p, toks, n, k);
        return false;
    }
    if (per_column && count != parent->partition_cols.len) {
        sdi_engine_error(p, toks[*i].z, "%s must specify exactly one value per partitioning column", what);
        return false;
    }
    sdi_str_addc(o, ')');
    *i = k + 1;
    return true;
}

/* MINVALUE / MAXVALUE must be followed only by more of the same. */
static bool range_specials_ok(sd_parse *p, const bound *b, size_t from, size_t to)
{
    for (size_t j = from; j + 1 < to; j++) {
        intptr_t kj = (intptr_t)b->kinds.items[j], kn = (intptr_t)b->kinds.items[j + 1];
        if ((kj == BV_MINVALUE || kj == BV_MAXVALUE) && kn != kj) {
            sdi_engine_error(p, b->at, "every bound following %s must also be %s",
                             kj == BV_MINVALUE ? "MINVALUE" : "MAXVALUE", kj == BV_MINVALUE ? "MINVALUE" : "MAXVALUE");
            return false;
        }
    }
    return true;
}

/* Read {FOR VALUES IN (...) | FROM (...) TO (...) | WITH (...) | DEFAULT}
 * at toks[*i] for a partition of `parent`. */
static bool read_bound(sd_parse *p, const sd_token *toks, size_t n, size_t *i, const sd_table *parent, bound *b)
{
    size_t k = *i;
    memset(b, 0, sizeof *b);
    b->at = k < n ? toks[k].z : p->stmt_start;
    const char *strategy = parent->partition_key;
    bool list = strncmp(strategy, "LIST", 4) == 0, range = strncmp(strategy, "RANGE", 5) == 0;
    sdi_str o = SDI_SCRATCH_STR(&p->arena);
    if (k < n && sdi_tok_is(&toks[k], "default")) {
        if (!list && !range) {
            sdi_engine_error(p, toks[k].z, "a hash-partitioned table may not have a default partition");
            return false;
        }
        b->kind = 'd';
        b->text = sdi_hdup(p, "DEFAULT");
        *i = k + 1;
        return b->text != NULL;
    }
    if (!(k + 2 < n && sdi_tok_is(&toks[k], "for") && sdi_tok_is(&toks[k + 1], "values"))) {
        sdi_tok_syntax(p, toks, n, k);
        return false;
    }
    k += 2;
    b->at = toks[k].z;
    const char *strategy_name = list ? "list" : range ? "range" : "hash";
    bool ok = false;
    if (sdi_tok_is(&toks[k], "in")) {
        b->kind = 'l';
        if (!list) {
            sdi_engine_error(p, toks[k].z, "invalid bound specification for a %s partition", strategy_name);
            return false;
        }
        k++;
        sdi_str_add(&o, "FOR VALUES IN ");
        ok = bound_list(p, toks, n, &k, parent, false, b, &o, "IN");
    } else if (sdi_tok_is(&toks[k], "from")) {
        b->kind = 'r';
        if (!range) {
            sdi_engine_error(p, toks[k].z, "invalid bound specification for a %s partition", strategy_name);
            return false;
        }
        k++;
        sdi_str_add(&o, "FOR VALUES FROM ");
        ok = bound_list(p, toks, n, &k, parent, true, b, &o, "FROM");
        b->nlo = b->vals.len;
        if (ok && !(k < n && sdi_tok_is(&toks[k], "to"))) {
            sdi_tok_syntax(p, toks, n, k);
            ok = false;
        }
        if (ok) {
            k++;
            sdi_str_add(&o, " TO ");
            ok = bound_list(p, toks, n, &k, parent, true, b, &o, "TO");
        }
        ok = ok && range_specials_ok(p, b, 0, b->nlo) && range_specials_ok(p, b, b->nlo, b->vals.len);
    } else if (sdi_tok_is(&toks[k], "with")) {
        b->kind = 'h';
        if (list || range) {
            sdi_engine_error(p, toks[k].z, "invalid bound specification for a %s partition", strategy_name);
            return false;
        }
        k++;
        b->modulus = b->remainder = -1;
        ok = k < n && toks[k].type == SD_TK_LP;
        if (!ok)
            sdi_tok_syntax(p, toks, n, k);
        for (k++; ok;) {
            if (!(k + 1 < n && toks[k + 1].type == SD_TK_INTEGER && all_digits(toks[k + 1].z, toks[k + 1].n) &&
                  toks[k + 1].n < 10)) {
                sdi_unmodelled(p, toks[k < n ? k : n - 1].z, "this hash partition bound is not modelled");
                ok = false;
                break;
            }
            long v = strtol(toks[k + 1].z, NULL, 10);
            if (sdi_tok_is(&toks[k], "modulus") && b->modulus < 0)
                b->modulus = v;
            else if (sdi_tok_is(&toks[k], "remainder") && b->remainder < 0)
                b->remainder = v;
            else {
                sdi_unmodelled(p, toks[k].z, "this hash partition bound is not modelled");
                ok = false;
                break;
            }
            k += 2;
            if (k < n && toks[k].type == SD_TK_COMMA) {
                k++;
                continue;
            }
            ok = k < n && toks[k].type == SD_TK_RP;
            if (!ok)
                sdi_tok_syntax(p, toks, n, k);
            k++;
            break;
        }
        if (ok && (b->modulus < 0 || b->remainder < 0)) {
            sdi_engine_error(p, b->at, "%s for hash partition must be specified",
                             b->modulus < 0 ? "modulus" : "remainder");
            ok = false;
        } else if (ok && b->modulus == 0) {
            sdi_engine_error(p, b->at, "modulus for hash partition must be an integer value greater than zero");
            ok = false;
        } else if (ok && b->remainder >= b->modulus) {
            sdi_engine_error(p, b->at, "remainder for hash partition must be less than modulus");
            ok = false;
        }
        if (ok) {
            char buf[80];
            snprintf(buf, sizeof buf, "FOR VALUES WITH (modulus %ld, remainder %ld)", b->modulus, b->remainder);
            sdi_str_add(&o, buf);
            for (int j = 0; j < 2 && ok; j++) {
                snprintf(buf, sizeof buf, "%ld", j ? b->remainder : b->modulus);
                char *v = sdi_hdup(p, buf);
                if (!v || sdi_vec_push(&b->vals, v) != SD_OK) {
                    sdi_free(v);
                    p->oom = true;
                    ok = false;
                }
            }
        }
    } else {
        sdi_tok_syntax(p, toks, n, k);
    }
    b->text = sdi_str_take(&o);
    if (!b->text)
        p->oom = true;
    if (!ok && !sdi_failed(p))   /* never a silent failure */
        sdi_tok_syntax(p, toks, n, k);
    *i = k;
    return ok && b->text;
}

/* Order of two printed values of one key column (not MINVALUE/MAXVALUE). */
static int value_cmp(const char *a, const char *b, bound_class bc)
{
    char qa = *a == '\'', qb = *b == '\'';
    if (bc == BC_INT4 || bc == BC_INT_QUOTED) {
        long long x = strtoll(a + qa, NULL, 10), y = strtoll(b + qb, NULL, 10);
        return x < y ? -1 : x > y;
    }
    return strcmp(a, b);   /* ISO dates and times, booleans, uuids: as text */
}

/* Compare range bounds a[0..n) and b[0..n) (kinds ka, kb). */
static int range_cmp(char **a, intptr_t *ka, char **b, intptr_t *kb, size_t n, const bound_class *bc)
{
    for (size_t i = 0; i < n; i++) {
        if (ka[i] != BV_VALUE || kb[i] != BV_VALUE) {
            if (ka[i] == kb[i])
                return 0;   /* MINVALUE/MAXVALUE: the rest must match too */
            int ra = ka[i] == BV_MINVALUE ? -1 : ka[i] == BV_MAXVALUE ? 1 : 0;
            int rb = kb[i] == BV_MINVALUE ? -1 : kb[i] == BV_MAXVALUE ? 1 : 0;
            return ra < rb ? -1 : 1;
        }
        int c = value_cmp(a[i], b[i], bc[i]);
        if (c)
            return c;
    }
    return 0;
}

/* The bound kinds of a stored partition (values: kinds from their text). */
static intptr_t stored_kind(const char *v)
{
    return strcmp(v, "MINVALUE") == 0 ? BV_MINVALUE : strcmp(v, "MAXVALUE") == 0 ? BV_MAXVALUE
                                                     : strcmp(v, "NULL") == 0 ? BV_NULL : BV_VALUE;
}

/* Does the new partition `name` with bound b fit beside parent's existing
 * partitions (except `self`)? The engine's checks: one default partition,
 * no empty or overlapping ranges, no value in two lists, hash moduli that
 * divide each other and remainders that do not collide. */
static bool check_bound(sd_parse *p, sd_table *parent, const char *name, bound *b, const sd_table *self)
{
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, parent, &parts)) {
        p->oom = true;
        return false;
    }
    size_t nk = parent->partition_cols.len;
    bound_class bc[32];
    bool ok = true;
    if (nk > 32) {
        sdi_unmodelled(p, b->at, "partition keys of more than 32 columns are not modelled");
        ok = false;
    }
    for (size_t j = 0; ok && j < nk; j++) {
        long maxlen;
        sd_column *c = key_column(p, parent, j);
        bc[j] = c ? bound_class_of(c, &maxlen) : BC_NONE;
    }
    if (ok && b->kind == 'r') {
        for (size_t j = 0; ok && j < nk; j++)
            if (bc[j] == BC_TEXT) {
                sdi_unmodelled(p, b->at, "range partitions over a text key are ordered by its collation, which is not modelled");
                ok = false;
            }
        if (ok && range_cmp((char **)b->vals.items, (intptr_t *)b->kinds.items, (char **)b->vals.items + nk,
                            (intptr_t *)b->kinds.items + nk, nk, bc) >= 0) {
            sdi_engine_error(p, b->at, "empty range bound specified for partition \"%s\"", name);
            ok = false;
        }
    }
    for (size_t i = 0; ok && i < parts.len; i++) {
        sd_table *o = parts.items[i];
        if (o == self)
            continue;
        size_t nv = o->partition_values.len;
        char **ov = (char **)o->partition_values.items;
        if (b->kind == 'd') {
            if (!nv && strcmp(o->partition_bound, "DEFAULT") == 0) {
                sdi_engine_error(p, b->at, "partition \"%s\" conflicts with existing default partition \"%s\"", name,
                                 o->name);
                ok = false;
            }
        } else if (b->kind == 'l') {
            for (size_t x = 0; ok && x < b->vals.len; x++)
                for (size_t y = 0; ok && y < nv; y++)
                    if (strcmp(b->vals.items[x], ov[y]) == 0) {
                        sdi_engine_error(p, b->at, "partition \"%s\" would overlap partition \"%s\"", name, o->name);
                        ok = false;
                    }
        } else if (b->kind == 'r' && nv == 2 * nk) {
            intptr_t ok_[64];
            for (size_t j = 0; j < nv; j++)
                ok_[j] = stored_kind(ov[j]);
            char **bv = (char **)b->vals.items;
            intptr_t *bk = (intptr_t *)b->kinds.items;
            /* [lo, hi) intervals overlap when each starts before the other ends */
            if (range_cmp(bv, bk, ov + nk, ok_ + nk, nk, bc) < 0 && range_cmp(ov, ok_, bv + nk, bk + nk, nk, bc) < 0) {
                sdi_engine_error(p, b->at, "partition \"%s\" would overlap partition \"%s\"", name, o->name);
                ok = false;
            }
        } else if (b->kind == 'h' && nv == 2) {
            long m = strtol(ov[0], NULL, 10), r = strtol(ov[1], NULL, 10);
            long small = m < b->modulus ? m : b->modulus, large = m < b->modulus ? b->modulus : m;
            if (large % small) {
                sdi_engine_error(p, b->at, "every hash partition modulus must be a factor of the next larger modulus");
                ok = false;
            } else if ((m <= b->modulus ? b->remainder % m == r : r % b->modulus == b->remainder)) {
                sdi_engine_error(p, b->at, "partition \"%s\" would overlap partition \"%s\"", name, o->name);
                ok = false;
            }
        }
    }
    sdi_vec_free(&parts);
    return ok;
}

/* Give table t bound b (taking its values and text). */
static void set_bound(sd_table *t, sd_table *parent, bound *b)
{
    t->partition_of = parent;
    sdi_free(t->partition_bound);
    t->partition_bound = b->text;
    b->text = NULL;
    for (size_t i = 0; i < t->partition_values.len; i++)
        sdi_free(t->partition_values.items[i]);
    sdi_vec_free(&t->partition_values);
    t->partition_values = b->vals;
    memset(&b->vals, 0, sizeof b->vals);
}

/* ---- what a partition gets from its parent --------------------------------- */

static char **copy_names(sd_parse *p, char *const *v, size_t n)
{
    if (!n)
        return NULL;
    char **r = sdi_calloc(n, sizeof *r);
    if (!r) {
        p->oom = true;
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        r[i] = sdi_hdup(p, v[i]);
    return r;
}

sd_constraint *sdi_copy_constraint(sd_parse *p, sd_table *t, const sd_constraint *k, const char *name, sdi_loc loc,
                                   bool inherited)
{
    sd_constraint *c = sdi_calloc(1, sizeof *c);
    if (!c) {
        p->oom = true;
        return NULL;
    }
    c->name = sdi_hdup(p, name);
    c->kind = k->kind;
    c->cols = copy_names(p, k->cols, k->ncols);
    c->ncols = k->ncols;
    c->expr = k->expr ? sdi_hdup(p, k->expr) : NULL;
    c->expr_canon = k->expr_canon ? sdi_hdup(p, k->expr_canon) : NULL;
    c->deps = copy_names(p, k->deps, k->ndeps);
    c->ndeps = k->ndeps;
    c->owner_column = k->owner_column ? sdi_hdup(p, k->owner_column) : NULL;
    c->not_valid = k->not_valid;
    c->ref_schema = k->ref_schema ? sdi_hdup(p, k->ref_schema) : NULL;
    c->ref_table = k->ref_table ? sdi_hdup(p, k->ref_table) : NULL;
    c->ref_cols = copy_names(p, k->ref_cols, k->nref_cols);
    c->nref_cols = k->nref_cols;
    c->on_delete = k->on_delete;
    c->on_update = k->on_update;
    c->match = k->match;
    c->deferrable = k->deferrable;
    c->deferred = k->deferred;
    c->nulls_not_distinct = k->nulls_not_distinct;
    c->seq = p->cat->next_seq++;
    c->inherited = inherited;
    c->no_inherit = k->no_inherit;
    c->created = c->changed = loc;
    if (c->kind == SD_CONSTRAINT_FOREIGN_KEY && c->ref_table)
        sdi_note_referrer(p->cat, SDI_REF_FK_TARGET, c->ref_table, t, &t->handle);
    if (p->oom || sdi_vec_push(&t->constraints, c) != SD_OK) {
        sdi_constraint_free(c);
        p->oom = true;
        return NULL;
    }
    if (sdi_constraint_name_use(t->schema, c->name, 1) != SD_OK)
        p->oom = true;
    return c;
}

static sd_constraint *constraint_named(const sd_table *t, const char *name)
{
    for (size_t i = 0; name && i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->name && strcmp(k->name, name) == 0)
            return k;
    }
    return NULL;
}

static void index_into_partitions(sd_parse *p, sd_index *pix, sdi_loc loc);

sd_index *sdi_clone_index(sd_parse *p, sd_table *t, sd_index *pix, sdi_loc loc, bool partition)
{
    const sd_constraint *pk = constraint_named(pix->table, pix->constraint);
    const char *label = pix->primary ? "pkey" : pk && pk->kind == SD_CONSTRAINT_EXCLUSION ? "excl"
                                                : pk ? "key" : "idx";
    sdi_str add = SDI_SCRATCH_STR(&p->arena);
    if (!pix->primary) {
        size_t nn = pix->nkeys + pix->ninclude;
        for (size_t i = 0; i < nn; i++) {
            const char *cn = i < pix->nkeys ? pix->keys[i].attname : pix->include[i - pix->nkeys];
            if (i)
                sdi_str_addc(&add, '_');
            if (add.len < NAMEDATALEN)
                sdi_str_add(&add, cn ? cn : "expr");
        }
    }
    char *addition = add.data ? sdi_str_take(&add) : NULL;
    if (add.oom)
        p->oom = true;
    char *name = p->oom ? NULL : sdi_pg_choose_index_name(p->cat, t->schema, t->name, addition, label, pk != NULL);
    sdi_free(addition);
    sd_index *ix = name ? sdi_calloc(1, sizeof *ix) : NULL;
    if (!ix) {
        sdi_free(name);
        p->oom = true;
        return NULL;
    }
    ix->name = name;
    ix->table = t;
    ix->unique = pix->unique;
    ix->primary = pix->primary;
    ix->nulls_not_distinct = pix->nulls_not_distinct;
    ix->method = sdi_hdup(p, pix->method);
    ix->keys = sdi_calloc(pix->nkeys ? pix->nkeys : 1, sizeof *ix->keys);
    if (ix->keys) {
        ix->nkeys = pix->nkeys;
        for (size_t i = 0; i < pix->nkeys; i++) {
            const sdi_index_col *a = &pix->keys[i];
            sdi_index_col *b = &ix->keys[i];
            b->column = a->column ? sdi_hdup(p, a->column) : NULL;
            b->expr = a->expr ? sdi_hdup(p, a->expr) : NULL;
            b->desc = a->desc;
            b->nulls_first = a->nulls_first;
            b->collation = a->collation ? sdi_hdup(p, a->collation) : NULL;
            b->opclass = a->opclass ? sdi_hdup(p, a->opclass) : NULL;
            b->attname = a->attname ? sdi_hdup(p, a->attname) : NULL;
        }
    } else {
        p->oom = true;
    }
    ix->include = copy_names(p, pix->include, pix->ninclude);
    ix->ninclude = ix->include ? pix->ninclude : 0;
    ix->where = pix->where ? sdi_hdup(p, pix->where) : NULL;
    ix->options = pix->options ? sdi_hdup(p, pix->options) : NULL;
    ix->deps = copy_names(p, pix->deps, pix->ndeps);
    ix->ndeps = ix->deps ? pix->ndeps : 0;
    ix->parent = partition ? pix : NULL;
    ix->created = ix->changed = loc;
    if (pk)
        ix->constraint = sdi_hdup(p, ix->name);
    ix->seq = p->cat->next_seq++;
    if (p->oom || sdi_vec_push(&t->indexes, ix) != SD_OK) {
        sdi_index_free(ix);
        p->oom = true;
        return NULL;
    }
    if (sdi_rel_add(p->cat, t->schema, ix->name, SDI_REL_INDEX, ix) != SD_OK) {
        p->oom = true;
        return NULL;
    }
    if (pk)
        sdi_copy_constraint(p, t, pk, ix->name, loc, partition);
    for (size_t i = 0; pix->primary && i < ix->nkeys; i++) {   /* a primary key's columns */
        sd_column *c = ix->keys[i].column ? sdi_column_find(p->cat, t, ix->keys[i].column) : NULL;
        if (c && !c->not_null) {
            c->not_null = true;
            c->changed = loc;
        }
    }
    if (t->partition_key)
        index_into_partitions(p, ix, loc);
    return ix;
}

static bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* CompareIndexInfo: could index c (of a partition) be the partition of
 * parent index pix? -1: cannot tell (operator classes spelled differently). */
static int index_matches(const sd_index *c, const sd_index *pix)
{
    if (c->unique != pix->unique || c->nulls_not_distinct != pix->nulls_not_distinct ||
        strcmp(c->method, pix->method) != 0 || c->nkeys != pix->nkeys || c->ninclude != pix->ninclude ||
        !same_str(c->where, pix->where))
        return 0;
    int r = 1;
    for (size_t i = 0; i < c->nkeys; i++) {
        const sdi_index_col *a = &c->keys[i], *b = &pix->keys[i];
        /* CompareIndexInfo leaves out the sort order (ASC/DESC, NULLS) */
        if (!same_str(a->column, b->column) || !same_str(a->expr, b->expr) || !same_str(a->collation, b->collation))
            return 0;
        if (!same_str(a->opclass, b->opclass))
            r = -1;
    }
    for (size_t i = 0; i < c->ninclude; i++)
        if (strcmp(c->include[i], pix->include[i]) != 0)
            return 0;
    return r;
}

/* Attach an equivalent index of t to parent index pix, or make one: as
 * AttachPartitionEnsureIndexes and DefineIndex on a partitioned table do.
 * False when we cannot tell which. */
static bool ensure_index(sd_parse *p, sd_table *t, sd_index *pix, sdi_loc loc)
{
    /* the partition's indexes in creation order (PostgreSQL: OID order),
     * whatever order the list is in */
    for (size_t last = 0, first = 1;; first = 0) {
        sd_index *c = NULL;
        for (size_t i = 0; i < t->indexes.len; i++) {
            sd_index *x = t->indexes.items[i];
            if ((first || x->seq > last) && (!c || x->seq < c->seq))
                c = x;
        }
        if (!c)
            break;
        last = c->seq;
        if (c->parent)
            continue;
        int m = index_matches(c, pix);
        if (m < 0) {
            sdi_unmodelled(p, p->stmt_start,
                           "cannot tell whether index \"%s\" matches \"%s\" (operator classes spelled differently)",
                           c->name, pix->name);
            return false;
        }
        if (!m)
            continue;
        sd_constraint *ck = constraint_named(t, c->constraint);
        if (pix->constraint && !ck)
            continue;   /* a constraint's index needs a constraint's index */
        c->parent = pix;
        if (ck && pix->constraint)
            ck->inherited = true;
        return true;
    }
    return sdi_clone_index(p, t, pix, loc, true) != NULL || !p->oom;
}

static void index_into_partitions(sd_parse *p, sd_index *pix, sdi_loc loc)
{
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, pix->table, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len && !sdi_failed(p); i++)
        ensure_index(p, parts.items[i], pix, loc);
    sdi_vec_free(&parts);
}

void sdi_partition_index_added(sd_parse *p, sd_index *ix, bool only)
{
    if (!only)
        index_into_partitions(p, ix, ix->created);
}

/* tryAttachPartitionForeignKey: is c the same foreign key as parent's k? */
static bool fk_matches(const sd_constraint *c, const sd_constraint *k)
{
    if (c->kind != SD_CONSTRAINT_FOREIGN_KEY || c->ncols != k->ncols || c->nref_cols != k->nref_cols ||
        !same_str(c->ref_schema, k->ref_schema) || !same_str(c->ref_table, k->ref_table) ||
        c->on_delete != k->on_delete || c->on_update != k->on_update || c->match != k->match ||
        c->deferrable != k->deferrable || c->deferred != k->deferred)
        return false;
    for (size_t i = 0; i < c->ncols; i++)
        if (strcmp(c->cols[i], k->cols[i]) != 0)
            return false;
    for (size_t i = 0; i < c->nref_cols; i++)
        if (strcmp(c->ref_cols[i], k->ref_cols[i]) != 0)
            return false;
    return true;
}

/* CloneFkReferencing for parent foreign key k on partition t: an
 * equivalent one of t's is taken over, else a copy keeps k's name unless t
 * has a constraint of that name. Returns t's foreign key. */
static sd_constraint *clone_foreign_key(sd_parse *p, const sd_constraint *k, sd_table *t, sdi_loc loc, bool *made)
{
    *made = false;
    for (size_t j = 0; j < t->constraints.len; j++) {
        sd_constraint *c = t->constraints.items[j];
        if (!c->inherited && fk_matches(c, k)) {
            c->inherited = true;
            return c;
        }
    }
    *made = true;
    char *name = NULL;
    if (constraint_named(t, k->name)) {
        sdi_str add = SDI_SCRATCH_STR(&p->arena);
        for (size_t c = 0; c < k->ncols; c++) {
            if (c)
                sdi_str_addc(&add, '_');
            if (add.len < NAMEDATALEN)
                sdi_str_add(&add, k->cols[c]);
        }
        char *addition = sdi_str_take(&add);
        name = addition ? sdi_pg_choose_constraint_name(p->cat, t->schema, t->name, addition, "fkey", NULL) : NULL;
        sdi_free(addition);
    } else {
        name = sdi_hdup(p, k->name);
    }
    if (!name) {
        p->oom = true;
        return NULL;
    }
    sd_constraint *c = sdi_copy_constraint(p, t, k, name, loc, true);
    sdi_free(name);
    return c;
}

static void carry_constraint(sd_parse *p, sd_table *t, const sd_constraint *k, sdi_loc loc);

/* Every foreign key of parent onto its partition t (and t's partitions). */
static void clone_foreign_keys(sd_parse *p, sd_table *parent, sd_table *t, sdi_loc loc)
{
    size_t n = parent->constraints.len;
    for (size_t i = 0; i < n && !sdi_failed(p); i++) {
        const sd_constraint *k = parent->constraints.items[i];
        if (k->kind == SD_CONSTRAINT_FOREIGN_KEY)
            carry_constraint(p, t, k, loc);
    }
}

/* The text of a CHECK for comparing definitions: tokens without spacing. */
static bool same_check(const char *a, const char *b)
{
    for (;;) {
        while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
            a++;
        while (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r')
            b++;
        if (!*a || !*b)
            return !*a && !*b;
        if (*a != *b)
            return false;
        a++, b++;
    }
}

/* ---- the statements ------------------------------------------------------ */

/* A table that may take part in a partition tree statement. */
static bool plain_enough(sd_parse *p, const sd_table *t, const char *at)
{
    if (t->triggers.len) {
        sdi_unmodelled(p, at, "partitions of tables with triggers are not modelled yet (row triggers are cloned)");
        return false;
    }
    return true;
}

static sd_column *copy_column(sd_parse *p, const sd_column *c, sdi_loc loc)
{
    sd_column *n = sdi_calloc(1, sizeof *n);
    if (!n) {
        p->oom = true;
        return NULL;
    }
    n->name = sdi_hdup(p, c->name);
    n->type = c->type;   /* interned in the catalog: shared */
    n->declared = c->declared;
    n->type_base = c->type_base;
    n->not_null = c->not_null;
    n->default_text = c->default_text && !c->identity ? sdi_hdup(p, c->default_text) : NULL;
    n->generated = c->generated;
    n->collation = c->collation ? sdi_hdup(p, c->collation) : NULL;
    n->created = n->changed = loc;
    return n;
}

/* CREATE [UNLOGGED] TABLE [IF NOT EXISTS] name PARTITION OF parent
 *     {FOR VALUES ... | DEFAULT} [PARTITION BY ...] [WITH (...)] [TABLESPACE t] */
void sdi_create_partition(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 1;
    if (i < n && sdi_tok_is(&toks[i], "unlogged"))
        i++;
    i++;   /* TABLE */
    bool if_not_exists = false;
    if (i + 2 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "not") && sdi_tok_is(&toks[i + 2], "exists"))
        if_not_exists = true, i += 3;
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sdi_name cn, pn;
    i = sdi_tok_read_name(toks, n, i, &cn);
    i += 2;   /* PARTITION OF (the router saw them) */
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i = sdi_tok_read_name(toks, n, i, &pn);
    if (i < n && toks[i].type == SD_TK_LP) {
        sdi_unmodelled(p, toks[i].z, "column options and constraints in PARTITION OF are not modelled yet");
        return;
    }
    sd_schema *s = NULL;
    char *name = sdi_new_relation_name(p, &cn, if_not_exists, &s);
    if (!name)
        return;
    sd_table *parent = sdi_lookup_table(p, &pn, true);
    if (!parent)
        return;
    if (!parent->partition_key) {
        sdi_engine_error(p, pn.name.z, "\"%s\" is not partitioned", parent->name);
        return;
    }
    if (!plain_enough(p, parent, pn.name.z))
        return;
    bound b;
    if (!read_bound(p, toks, n, &i, parent, &b)) {
        bound_free(&b);
        return;
    }
    /* then, each optional and in this order: PARTITION BY (...), USING
     * method, WITH (...) or WITHOUT OIDS, TABLESPACE name */
    size_t partition_by = 0, partition_by_end = 0, at = i;
    if (at + 2 < n && sdi_tok_is(&toks[at], "partition") && sdi_tok_is(&toks[at + 1], "by")) {
        partition_by = at;
        for (at += 2; at < n && toks[at].type != SD_TK_LP; at++)
            ;   /* the strategy: sdi_partition_by reads it */
        for (int depth = 0; at < n; at++) {   /* to the end of the key list */
            depth += toks[at].type == SD_TK_LP ? 1 : toks[at].type == SD_TK_RP ? -1 : 0;
            if (toks[at].type == SD_TK_RP && depth == 0)
                break;
        }
        partition_by_end = at < n ? ++at : n;
    }
    bool bad = false;   /* a clause without its name */
    size_t using = 0, tablespace = 0;
    if (at < n && sdi_tok_is(&toks[at], "using")) {
        using = at;
        if (++at < n && sdi_tok_name(&toks[at]))
            at++;
        else
            bad = true;
    }
    if (at + 1 < n && sdi_tok_is(&toks[at], "without") && sdi_tok_is(&toks[at + 1], "oids")) {
        at += 2;
    } else if (at + 1 < n && sdi_tok_is(&toks[at], "with") && toks[at + 1].type == SD_TK_LP) {
        for (int depth = 0; ++at < n;) {
            depth += toks[at].type == SD_TK_LP ? 1 : toks[at].type == SD_TK_RP ? -1 : 0;
            if (depth == 0)
                break;
        }
        at++;
    } else if (at < n && sdi_tok_is(&toks[at], "with")) {
        at++;   /* WITH without its "(": the next word is the error */
        bad = true;
    }
    if (!bad && at < n && sdi_tok_is(&toks[at], "tablespace")) {
        tablespace = at + 1;
        if (++at < n && sdi_tok_name(&toks[at]))
            at++;
        else
            bad = true;
    }
    if (bad || at != n) {
        sdi_tok_syntax(p, toks, n, at);
        bound_free(&b);
        return;
    }
    if (partition_by && using) {
        sdi_engine_error(p, p->stmt_start, "specifying a table access method is not supported on a partitioned table");
        bound_free(&b);
        return;
    }
    if (partition_by && tablespace && sdi_tok_is(&toks[tablespace], "pg_default")) {
        sdi_engine_error(p, p->stmt_start, "cannot specify default tablespace for partitioned relations");
        bound_free(&b);
        return;
    }
    if (!check_bound(p, parent, name, &b, NULL)) {
        bound_free(&b);
        return;
    }
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    sd_table *t = sdi_calloc(1, sizeof *t);
    if (!t) {
        bound_free(&b);
        p->oom = true;
        return;
    }
    t->name = sdi_hdup(p, name);
    t->schema = s;
    t->seq = cat->next_seq++;
    t->created = t->changed = loc;
    if (p->oom || sdi_schema_add_table(s, t) != SD_OK) {
        sdi_table_free(p->cat, t);
        bound_free(&b);
        p->oom = true;
        return;
    }
    if (sdi_rel_add(cat, s, t->name, SDI_REL_TABLE, t) != SD_OK)
        p->oom = true;
    set_bound(t, parent, &b);
    bound_free(&b);
    for (size_t k = 0; k < parent->columns.len && !p->oom; k++) {
        sd_column *c = copy_column(p, parent->columns.items[k], loc);
        if (c && sdi_column_add(cat, t, c) != SD_OK) {
            sdi_column_free(c);
            p->oom = true;
        }
    }
    /* CHECK constraints (same names), then indexes, then foreign keys */
    size_t ncons = parent->constraints.len;
    for (size_t k = 0; k < ncons && !p->oom; k++) {
        const sd_constraint *con = parent->constraints.items[k];
        if (con->kind == SD_CONSTRAINT_CHECK)
            sdi_copy_constraint(p, t, con, con->name, loc, true);
    }
    for (size_t k = 0; k < parent->indexes.len && !sdi_failed(p); k++)
        sdi_clone_index(p, t, parent->indexes.items[k], loc, true);
    clone_foreign_keys(p, parent, t, loc);
    if (partition_by && !sdi_failed(p)) {
        p->last_table = t;
        sdi_partition_by(p, toks + partition_by, partition_by_end - partition_by);
    }
}

/* ATTACH: t's columns, NOT NULLs and CHECK constraints must be the parent's
 * (MergeAttributesIntoExisting, MergeConstraintsIntoExisting). */
static bool attach_compatible(sd_parse *p, sd_table *parent, sd_table *t, const char *at)
{
    for (size_t i = 0; i < t->columns.len; i++) {
        const sd_column *c = t->columns.items[i];
        if (!sdi_column_find(p->cat, parent, c->name)) {
            sdi_engine_error(p, at, "table \"%s\" contains column \"%s\" not found in parent \"%s\"", t->name, c->name,
                             parent->name);
            return false;
        }
    }
    for (size_t i = 0; i < parent->columns.len; i++) {
        const sd_column *pc = parent->columns.items[i];
        const sd_column *c = sdi_column_find(p->cat, t, pc->name);
        if (!c) {
            sdi_engine_error(p, at, "child table is missing column \"%s\"", pc->name);
            return false;
        }
        if (strcmp(c->type, pc->type) != 0) {
            sdi_engine_error(p, at, "child table \"%s\" has different type for column \"%s\"", t->name, c->name);
            return false;
        }
        if (!same_str(c->collation, pc->collation)) {
            sdi_engine_error(p, at, "child table \"%s\" has different collation for column \"%s\"", t->name, c->name);
            return false;
        }
        if (pc->not_null && !c->not_null) {
            sdi_engine_error(p, at, "column \"%s\" in child table must be marked NOT NULL", c->name);
            return false;
        }
        if (c->generated != pc->generated) {
            sdi_unmodelled(p, at, "attaching a partition whose generated columns differ from its parent's is not modelled");
            return false;
        }
    }
    for (size_t i = 0; i < parent->constraints.len; i++) {
        const sd_constraint *pk = parent->constraints.items[i];
        if (pk->kind != SD_CONSTRAINT_CHECK)
            continue;
        sd_constraint *k = constraint_named(t, pk->name);
        if (!k || k->kind != SD_CONSTRAINT_CHECK) {
            sdi_engine_error(p, at, "child table is missing constraint \"%s\"", pk->name);
            return false;
        }
        if (!same_check(k->expr, pk->expr)) {
            sdi_unmodelled(p, at, "cannot tell whether check constraint \"%s\" of \"%s\" has its parent's definition",
                           pk->name, t->name);
            return false;
        }
    }
    return true;
}

/* A partition leaves its parent: what it inherited becomes its own. */
static void detach(sd_table *t)
{
    sd_table *parent = t->partition_of;
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        if (ix->parent && ix->parent->table == parent)
            ix->parent = NULL;
    }
    for (size_t i = 0; i < t->constraints.len; i++)
        ((sd_constraint *)t->constraints.items[i])->inherited = false;
    t->partition_of = NULL;
    sdi_free(t->partition_bound);
    t->partition_bound = NULL;
    for (size_t i = 0; i < t->partition_values.len; i++)
        sdi_free(t->partition_values.items[i]);
    sdi_vec_free(&t->partition_values);
}

/* ALTER TABLE [IF EXISTS] [ONLY] parent ATTACH PARTITION t bound
 * ALTER TABLE [IF EXISTS] [ONLY] parent DETACH PARTITION t [CONCURRENTLY | FINALIZE] */
void sdi_alter_partition(sd_parse *p, const sd_token *toks, size_t n)
{
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    if (i < n && sdi_tok_is(&toks[i], "only"))
        i++;
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sdi_name pn, cn;
    i = sdi_tok_read_name(toks, n, i, &pn);
    bool attach = sdi_tok_is(&toks[i], "attach");
    i += 2;   /* ATTACH|DETACH PARTITION (the router saw them) */
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i = sdi_tok_read_name(toks, n, i, &cn);
    sd_table *parent = sdi_lookup_table(p, &pn, !if_exists);
    if (!parent) {
        if (!sdi_failed(p)) {
            char *pname = sdi_ident(p, &pn.name);
            if (pname)
                sdi_noop(p, "relation \"%s\" does not exist, skipping", pname);
        }
        return;
    }
    sd_table *t = sdi_lookup_table(p, &cn, true);
    if (!t)
        return;
    if (!attach) {
        if (t->partition_of != parent) {
            sdi_engine_error(p, cn.name.z, "relation \"%s\" is not a partition of relation \"%s\"", t->name, parent->name);
            return;
        }
        if (i < n && sdi_tok_is(&toks[i], "concurrently")) {
            sdi_unmodelled(p, toks[i].z, "DETACH PARTITION CONCURRENTLY adds a CHECK constraint for the bound; not modelled yet");
            return;
        }
        if (i < n && sdi_tok_is(&toks[i], "finalize")) {
            sdi_engine_error(p, toks[i].z, "cannot complete detaching partition \"%s\"", t->name);
            return;
        }
        if (i < n) {
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        detach(t);
        t->changed = parent->changed = sdi_parse_loc(p, p->stmt_start);
        return;
    }
    if (!parent->partition_key) {
        sdi_engine_error(p, pn.name.z, "table \"%s\" is not partitioned", parent->name);
        return;
    }
    if (t->partition_of) {
        sdi_engine_error(p, cn.name.z, "\"%s\" is already a partition", t->name);
        return;
    }
    for (const sd_table *a = parent; a; a = a->partition_of)
        if (a == t) {
            sdi_unmodelled(p, cn.name.z, "attaching a table to its own partition tree is not modelled");
            return;
        }
    if (!plain_enough(p, parent, pn.name.z) || !plain_enough(p, t, cn.name.z))
        return;
    if (!attach_compatible(p, parent, t, cn.name.z))
        return;
    bound b;
    if (!read_bound(p, toks, n, &i, parent, &b) || (i < n && (sdi_tok_syntax(p, toks, n, i), true)) ||
        !check_bound(p, parent, t->name, &b, NULL)) {
        bound_free(&b);
        return;
    }
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    set_bound(t, parent, &b);
    bound_free(&b);
    for (size_t k = 0; k < parent->constraints.len; k++) {
        const sd_constraint *pk = parent->constraints.items[k];
        sd_constraint *c = pk->kind == SD_CONSTRAINT_CHECK ? constraint_named(t, pk->name) : NULL;
        if (c)
            c->inherited = true;
    }
    for (size_t k = 0; k < parent->indexes.len && !sdi_failed(p); k++)
        ensure_index(p, t, parent->indexes.items[k], loc);
    clone_foreign_keys(p, parent, t, loc);
    t->changed = parent->changed = loc;
}

/* ---- ALTER TABLE in a partition tree -------------------------------------- */

static bool is_key_column(sd_parse *p, const sd_table *t, const char *name)
{
    for (size_t i = 0; i < t->partition_cols.len; i++)
        if (sdi_column_find(p->cat, t, t->partition_cols.items[i]) == sdi_column_find(p->cat, t, name))
            return true;
    return false;
}

/* The first of t and its partitions, depth first, whose partition key
 * uses column `name` (*keyed NULL: none). False when out of memory. */
static bool keyed_on_column(sd_parse *p, const sd_table *t, const char *name, const sd_table **keyed)
{
    if (t->partition_key && is_key_column(p, t, name)) {
        *keyed = t;
        return true;
    }
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts)) {
        sdi_vec_free(&parts);
        p->oom = true;
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < parts.len && ok && !*keyed; i++)
        ok = keyed_on_column(p, parts.items[i], name, keyed);
    sdi_vec_free(&parts);
    return ok;
}

bool sdi_partition_alter_check(sd_parse *p, sd_table *t, bool only, const sdi_alter_action *actions,
                               sdi_partition_snapshot *snap)
{
    bool has_parts = sdi_has_partitions(p->cat, t), ok = true;
    snap->ncolumns = t->columns.len;
    snap->nconstraints = t->constraints.len;
    for (const sdi_alter_action *a = actions; a && ok; a = a->next) {
        char *col = a->name.n ? sdi_ident(p, &a->name) : NULL;
        sd_column *c = col ? sdi_column_find(p->cat, t, col) : NULL;
        /* the partition key's columns stay as they are, in the table and
         * in the partitions the change recurses to (a partition's own
         * columns are inherited: that error comes first, below) */
        if (c && !t->partition_of && (a->kind == SDI_ALTER_DROP_COLUMN || a->kind == SDI_ALTER_TYPE)) {
            /* the table's own key; with ONLY the change does not recurse
             * (its own error comes first, below) */
            const sd_table *keyed = t->partition_key && is_key_column(p, t, c->name) ? t : NULL;
            if (!keyed && !(only && has_parts) && !keyed_on_column(p, t, c->name, &keyed))
                return false;
            if (keyed) {
                sdi_engine_error(p, a->name.z,
                                 "cannot %s column \"%s\" because it is part of the partition key of relation \"%s\"",
                                 a->kind == SDI_ALTER_TYPE ? "alter" : "drop", c->name, keyed->name);
                return false;
            }
        }
        if (t->partition_key && c && is_key_column(p, t, c->name) && a->kind == SDI_ALTER_RENAME_COLUMN && !has_parts &&
            !t->partition_of)
            continue;   /* the key follows (sdi_partition_alter_done) */
        if (!has_parts && !t->partition_of)
            continue;   /* a partitioned table without partitions is a table */
        bool allowed;
        switch (a->kind) {
        case SDI_ALTER_RENAME_TABLE:
        case SDI_ALTER_RLS_ENABLE:
        case SDI_ALTER_RLS_DISABLE:
        case SDI_ALTER_RLS_FORCE:
        case SDI_ALTER_RLS_NO_FORCE:
        case SDI_ALTER_STORAGE:
        case SDI_ALTER_SET_DEFAULT:
        case SDI_ALTER_DROP_DEFAULT:
        case SDI_ALTER_SET_NOT_NULL:
            allowed = true;
            break;
        case SDI_ALTER_ADD_COLUMN:
            if (t->partition_of) {
                sdi_engine_error(p, a->at.z, "cannot add column to a partition");
                return false;
            }
            allowed = !only || !has_parts;
            if (only && has_parts) {
                sdi_engine_error(p, a->at.z, "column must be added to child tables too");
                return false;
            }
            for (const sdi_constraint *k = a->col ? a->col->cons : NULL; k && allowed; k = k->next)
                allowed = k->kind != SDI_C_IDENTITY && k->kind != SDI_C_COLLATE;
            break;
        case SDI_ALTER_ADD_CONSTRAINT:
            allowed = true;
            for (const sdi_constraint *k = a->con; k && allowed && has_parts; k = k->next)
                allowed = k->kind != SDI_C_NOT_VALID && !k->using_index.n;
            /* ONLY: a key's index on the parent alone (pg_dump's way; its
             * partitions' indexes are attached one by one) */
            allowed = allowed && (!only || !has_parts ||
                                  (a->con && (a->con->kind == SDI_C_PRIMARY_KEY || a->con->kind == SDI_C_UNIQUE)));
            break;
        case SDI_ALTER_DROP_NOT_NULL:
            allowed = !only || !has_parts;
            if (t->partition_of && c) {
                sd_column *pc = sdi_column_find(p->cat, t->partition_of, c->name);
                if (pc && pc->not_null) {
                    sdi_engine_error(p, a->at.z, "column \"%s\" is marked NOT NULL in parent table", c->name);
                    return false;
                }
            }
            break;
        case SDI_ALTER_DROP_COLUMN:
        case SDI_ALTER_RENAME_COLUMN:
        case SDI_ALTER_TYPE:
            if (t->partition_of && c) {
                sdi_engine_error(p, a->name.z, a->kind == SDI_ALTER_DROP_COLUMN ? "cannot drop inherited column \"%s\""
                                               : a->kind == SDI_ALTER_TYPE   ? "cannot alter inherited column \"%s\""
                                                                             : "cannot rename inherited column \"%s\"",
                                 c->name);
                return false;
            }
            if (only && has_parts && c) {   /* they must recurse (sdi_partition_alter_recurse) */
                if (a->kind == SDI_ALTER_DROP_COLUMN)
                    sdi_engine_error(p, a->at.z, "cannot drop column from only the partitioned table when partitions exist");
                else if (a->kind == SDI_ALTER_TYPE)
                    sdi_engine_error(p, a->name.z, "type of inherited column \"%s\" must be changed in child tables too",
                                     c->name);
                else
                    sdi_engine_error(p, a->name.z, "inherited column \"%s\" must be renamed in child tables too", c->name);
                return false;
            }
            allowed = !only || !has_parts;
            break;
        case SDI_ALTER_DROP_CONSTRAINT: {
            sd_constraint *k = col ? constraint_named(t, col) : NULL;
            if (k && k->inherited) {
                sdi_engine_error(p, a->name.z, "cannot drop inherited constraint \"%s\" of relation \"%s\"", k->name,
                                 t->name);
                return false;
            }
            allowed = !has_parts;
            break;
        }
        default:
            allowed = !has_parts && !t->partition_of;
            break;
        }
        if (!allowed) {
            sdi_unmodelled(p, a->at.z, "this ALTER TABLE action on %s is not modelled yet",
                           t->partition_of ? "a partition" : "a partitioned table with partitions");
            ok = false;
        }
    }
    return ok;
}

/* Carry column c of parent to partition t: a new column, or its default
 * and NOT NULL; recursively. */
static void carry_column(sd_parse *p, sd_table *t, const sd_column *c, bool is_new, sdi_loc loc)
{
    sd_column *tc = sdi_column_find(p->cat, t, c->name);
    if (is_new) {
        if (tc)
            return;
        tc = copy_column(p, c, loc);
        if (!tc)
            return;
        if (sdi_column_add(p->cat, t, tc) != SD_OK) {
            sdi_column_free(tc);
            p->oom = true;
            return;
        }
    } else if (tc) {
        if (!same_str(tc->default_text, c->default_text)) {
            sdi_free(tc->default_text);
            tc->default_text = c->default_text ? sdi_hdup(p, c->default_text) : NULL;
            sdi_note_regclass_refs(p->cat, t, tc->default_text);
        }
        tc->not_null = c->not_null;
        tc->changed = loc;
    }
    if (!t->partition_key)
        return;
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len && !p->oom; i++)
        carry_column(p, parts.items[i], tc, is_new, loc);
    sdi_vec_free(&parts);
}

/* Carry parent constraint k (just made) to partition t, recursively. */
static void carry_constraint(sd_parse *p, sd_table *t, const sd_constraint *k, sdi_loc loc)
{
    sd_constraint *tk;
    if (k->kind == SD_CONSTRAINT_CHECK) {
        if (constraint_named(t, k->name)) {
            sdi_unmodelled(p, p->stmt_start, "partition \"%s\" already has a constraint \"%s\"; merging is not modelled",
                           t->name, k->name);
            return;
        }
        tk = sdi_copy_constraint(p, t, k, k->name, loc, true);
    } else if (k->kind == SD_CONSTRAINT_FOREIGN_KEY) {
        bool made;
        tk = clone_foreign_key(p, k, t, loc, &made);
        if (!made)
            return;   /* an attached one: its partitions' are attached to it */
    } else {
        return;   /* keys: their index is carried with its constraint */
    }
    if (!t->partition_key)
        return;
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len && !sdi_failed(p) && tk; i++)
        carry_constraint(p, parts.items[i], tk, loc);
    sdi_vec_free(&parts);
}

/* Column `from` of partitioned table t is now `to`: its key follows. */
static void rename_key_column(sd_parse *p, sd_table *t, const char *from, const char *to)
{
    for (size_t i = 0; i < t->partition_cols.len; i++) {
        if (strcmp(t->partition_cols.items[i], from) != 0)
            continue;
        char *nn = sdi_hdup(p, to);
        if (!nn)
            return;
        sdi_free(t->partition_cols.items[i]);
        t->partition_cols.items[i] = nn;
        sdi_str k = SDI_SCRATCH_STR(&p->arena);
        const char *open = strchr(t->partition_key, '(');
        sdi_str_addn(&k, t->partition_key, open ? (size_t)(open - t->partition_key) : 0);
        sdi_str_addc(&k, '(');
        for (size_t j = 0; j < t->partition_cols.len; j++) {
            if (j)
                sdi_str_add(&k, ", ");
            sdi_pg_add_ident(&k, t->partition_cols.items[j]);
        }
        sdi_str_addc(&k, ')');
        char *key = sdi_str_take(&k);
        if (!key) {
            p->oom = true;
            return;
        }
        sdi_free(t->partition_key);
        t->partition_key = key;
    }
}

void sdi_partition_alter_recurse(sd_parse *p, sd_table *t, sdi_alter_action *a, bool only)
{
    if (a->kind == SDI_ALTER_RENAME_COLUMN && t->partition_key) {
        char *from = sdi_ident(p, &a->name), *to = sdi_ident(p, &a->name2);
        if (from && to && !sdi_failed(p))
            rename_key_column(p, t, from, to);
    }
    if (only || !t->partition_key || sdi_failed(p) ||
        (a->kind != SDI_ALTER_RENAME_COLUMN && a->kind != SDI_ALTER_DROP_COLUMN && a->kind != SDI_ALTER_TYPE &&
         a->kind != SDI_ALTER_DROP_NOT_NULL))
        return;
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len && !sdi_failed(p); i++) {
        int before = p->outcome;
        sdi_alter_one(p, parts.items[i], a);
        if (p->outcome == SD_OUTCOME_NOOP)
            p->outcome = before;   /* (IF EXISTS was judged on the parent) */
        sdi_partition_alter_recurse(p, parts.items[i], a, false);
    }
    sdi_vec_free(&parts);
}

void sdi_partition_alter_done(sd_parse *p, sd_table *t, const sdi_alter_action *actions,
                              const sdi_partition_snapshot *snap)
{
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len && !sdi_failed(p); i++) {
        sd_table *c = parts.items[i];
        for (size_t k = snap->ncolumns; k < t->columns.len; k++)
            carry_column(p, c, t->columns.items[k], true, loc);
        for (const sdi_alter_action *a = actions; a; a = a->next) {
            if (a->kind != SDI_ALTER_SET_DEFAULT && a->kind != SDI_ALTER_DROP_DEFAULT && a->kind != SDI_ALTER_SET_NOT_NULL)
                continue;
            char *col = sdi_ident(p, &a->name);
            sd_column *pc = col ? sdi_column_find(p->cat, t, col) : NULL;
            if (pc)
                carry_column(p, c, pc, false, loc);
        }
        for (size_t k = snap->nconstraints; k < t->constraints.len && !sdi_failed(p); k++)
            carry_constraint(p, c, t->constraints.items[k], loc);
    }
    sdi_vec_free(&parts);
    /* the indexes of new keys reach the partitions */
    for (size_t k = snap->nconstraints; k < t->constraints.len && !sdi_failed(p); k++) {
        const sd_constraint *con = t->constraints.items[k];
        if (con->kind != SD_CONSTRAINT_PRIMARY_KEY && con->kind != SD_CONSTRAINT_UNIQUE)
            continue;
        for (size_t i = 0; i < t->indexes.len; i++) {
            sd_index *ix = t->indexes.items[i];
            if (ix->constraint && strcmp(ix->constraint, con->name) == 0)
                index_into_partitions(p, ix, loc);
        }
    }
}

/* After ALTER COLUMN ... TYPE: the engine rebuilds every index on the
 * column from its definition, so a plain column key's own name becomes the
 * column's current name; a partitioned index's partitions are made afresh
 * (named from the new names). Recursively for the partitions of t. */
static bool index_uses(const sd_index *ix, const char *col)
{
    for (size_t i = 0; i < ix->nkeys; i++)
        if (ix->keys[i].column && strcmp(ix->keys[i].column, col) == 0)
            return true;
    for (size_t i = 0; i < ix->ndeps; i++)
        if (strcmp(ix->deps[i], col) == 0)
            return true;
    for (size_t i = 0; i < ix->ninclude; i++)
        if (strcmp(ix->include[i], col) == 0)
            return true;
    return false;
}

static void refresh_attnames(sd_parse *p, sd_table *t, const char *col)
{
    for (size_t i = 0; i < t->indexes.len; i++) {
        sd_index *ix = t->indexes.items[i];
        if (!index_uses(ix, col))
            continue;
        for (size_t k = 0; k < ix->nkeys; k++)
            if (ix->keys[k].column && ix->keys[k].attname && strcmp(ix->keys[k].column, ix->keys[k].attname) != 0) {
                char *n = sdi_hdup(p, ix->keys[k].column);
                if (!n)
                    return;
                sdi_free(ix->keys[k].attname);
                ix->keys[k].attname = n;
            }
    }
    sdi_vec parts = {0};
    if (!sdi_partitions(p->cat, t, &parts))
        p->oom = true;
    for (size_t i = 0; i < parts.len; i++)
        refresh_attnames(p, parts.items[i], col);
    sdi_vec_free(&parts);
}

void sdi_partition_type_changed(sd_parse *p, sd_table *t, const char *col)
{
    refresh_attnames(p, t, col);
    if (!t->partition_key)
        return;
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    for (size_t i = 0; i < t->indexes.len && !sdi_failed(p); i++) {
        sd_index *ix = t->indexes.items[i];
        if (!index_uses(ix, col))
            continue;
        sdi_vec parts = {0};
        if (!sdi_partitions(p->cat, t, &parts))
            p->oom = true;
        for (size_t k = 0; k < parts.len; k++) {
            sd_table *c = parts.items[k];
            for (size_t j = 0; j < c->indexes.len; j++) {
                sd_index *cix = c->indexes.items[j];
                if (cix->parent != ix)
                    continue;
                sd_constraint *ck = constraint_named(c, cix->constraint);
                if (ck) {   /* a key's index goes with its constraint */
                    sdi_constraint_name_use(c->schema, ck->name, -1);
                    for (size_t q = 0; q < c->constraints.len; q++)
                        if (c->constraints.items[q] == ck) {
                            sdi_vec_remove_at(&c->constraints, q);
                            break;
                        }
                    sdi_constraint_free(ck);
                }
                sdi_index_drop(p->cat, cix);
                break;
            }
        }
        sdi_vec_free(&parts);
        index_into_partitions(p, ix, loc);
    }
}

void sdi_attach_index(sd_parse *p, const sd_token *toks, size_t n)
{
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    sdi_name pn, cn;
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i = sdi_tok_read_name(toks, n, i, &pn);
    if (if_exists) {   /* PostgreSQL's grammar has no ALTER INDEX IF EXISTS ... ATTACH */
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i += 2;   /* ATTACH PARTITION */
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i = sdi_tok_read_name(toks, n, i, &cn);
    if (i < n) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    sd_index *ix[2] = {NULL, NULL};
    const sdi_name *names[2] = {&pn, &cn};
    for (int k = 0; k < 2; k++) {
        char *name = sdi_ident(p, &names[k]->name);
        sd_schema *s = name ? sdi_lookup_schema(p, names[k], name) : NULL;
        if (!s)
            return;
        sdi_rel *r = sdi_rel_find(p->cat, s, name);
        if (!r) {
            sdi_engine_error(p, names[k]->name.z, "relation \"%s\" does not exist", name);
            return;
        }
        if (r->kind != SDI_REL_INDEX) {
            sdi_engine_error(p, names[k]->name.z, "\"%s\" is not an index", name);
            return;
        }
        ix[k] = r->obj;
        if (k == 0 && !ix[0]->table->partition_key) {   /* a plain index, checked before the partition's */
            sdi_engine_error(p, names[0]->name.z, "ALTER action ATTACH PARTITION cannot be performed on relation \"%s\"",
                             name);
            return;
        }
    }
    sd_index *pix = ix[0], *cix = ix[1];
    if (cix->parent == pix) {
        sdi_noop(p, "index \"%s\" is already attached to \"%s\"", cix->name, pix->name);
        return;
    }
    if (cix->table->partition_of != pix->table) {
        sdi_engine_error(p, cn.name.z, "cannot attach index \"%s\" as a partition of index \"%s\"", cix->name,
                         pix->name);
        return;
    }
    int m = index_matches(cix, pix);
    bool other = false;
    for (size_t k = 0; k < cix->table->indexes.len; k++)
        other |= ((sd_index *)cix->table->indexes.items[k])->parent == pix;
    sd_constraint *ck = constraint_named(cix->table, cix->constraint);
    if (m < 0) {
        sdi_unmodelled(p, cn.name.z, "cannot tell whether index \"%s\" matches \"%s\" (operator classes spelled differently)",
                       cix->name, pix->name);
        return;
    }
    if (!m || cix->parent || other || (pix->constraint && !ck)) {
        sdi_engine_error(p, cn.name.z, "cannot attach index \"%s\" as a partition of index \"%s\"", cix->name,
                         pix->name);
        return;
    }
    cix->parent = pix;
    if (ck && pix->constraint)
        ck->inherited = true;
    cix->changed = sdi_parse_loc(p, p->stmt_start);
}

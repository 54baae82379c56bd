/* The statement driver: validates the input, splits it into statements at
 * their real end (strings, dollar bodies and trigger BEGIN ... END blocks do
 * not end a statement), classifies each statement, feeds the modelled ones
 * to the lemon parser, and records every statement's outcome (DESIGN §5). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

/* ---- positions ---- */

void sdi_parse_locate(sd_parse *p, const char *at, uint32_t *line, uint32_t *col)
{
    if (at < p->src)
        at = p->src;
    if (at > p->src + p->src_len)
        at = p->src + p->src_len;
    if (at == p->stmt_loc_at) {
        *line = p->stmt_line;
        *col = p->stmt_col;
        return;
    }
    if (!p->line_start) {
        p->line_start = p->src;
        p->line = 1;
        p->scan_pos = p->src;
        p->col_pos = p->src;
        p->col = 1;
    }
    if (at < p->line_start) {
        /* back up line by line from the cached position: the cost is the
         * distance moved, never the offset from the start of the text */
        const char *start = p->line_start;
        while (at < start) {
            start--;   /* the newline that ends the line before */
            p->line--;
            while (start > p->src && start[-1] != '\n')
                start--;
        }
        p->line_start = p->scan_pos = p->col_pos = start;
        p->col = 1;
    }
    if (at > p->scan_pos) {
        const char *c = p->scan_pos;
        for (;;) {
            const char *nl = memchr(c, '\n', (size_t)(at - c));
            if (!nl)
                break;
            p->line++;
            c = nl + 1;
            p->line_start = c;
            p->col_pos = c;
            p->col = 1;
        }
        p->scan_pos = at;
    }
    if (at < p->col_pos) {
        p->col_pos = p->line_start;
        p->col = 1;
    }
    p->col += (uint32_t)sdi_utf8_count(p->col_pos, (size_t)(at - p->col_pos));
    p->col_pos = at;
    *line = p->line;
    *col = p->col;
}

sdi_loc sdi_parse_loc(sd_parse *p, const char *at)
{
    sdi_loc l = {p->file, 0, 0};
    sdi_parse_locate(p, at, &l.line, &l.col);
    return l;
}

/* ---- outcomes ---- */

static void set_reason(sd_parse *p, const char *fmt, va_list ap)
{
    if (p->reason)
        return;  /* the first reason wins */
    sdi_str s = SDI_SCRATCH_STR(&p->arena);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    sdi_str_add(&s, tmp);
    p->reason = sdi_str_take(&s);
    if (!p->reason)
        p->oom = true;
}

/* The first failure of a statement wins. */
static void fail_statement(sd_parse *p, int outcome, const char *at, const char *fmt, va_list ap)
{
    if (p->outcome == SD_OUTCOME_ENGINE_ERROR || p->outcome == SD_OUTCOME_UNMODELLED)
        return;
    set_reason(p, fmt, ap);
    p->outcome = outcome;
    p->err_at = at;
}

void sdi_engine_error(sd_parse *p, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_statement(p, SD_OUTCOME_ENGINE_ERROR, at, fmt, ap);
    va_end(ap);
}

void sdi_unmodelled(sd_parse *p, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fail_statement(p, SD_OUTCOME_UNMODELLED, at, fmt, ap);
    va_end(ap);
}

void sdi_noop(sd_parse *p, const char *fmt, ...)
{
    if (p->outcome)
        return;
    va_list ap;
    va_start(ap, fmt);
    set_reason(p, fmt, ap);
    va_end(ap);
    p->outcome = SD_OUTCOME_NOOP;
}

void sdp_syntax_error(sd_parse *p, const sd_token *t)
{
    if (p->syntax_error)
        return;
    p->syntax_error = true;
    if (t->type == 0 || t->n == 0)
        sdi_unmodelled(p, p->stmt_end, "%s (or syntax not supported)",
                       p->cat->dialect == SD_DIALECT_SQLITE ? "incomplete input"
                                                            : "syntax error at end of input");
    else
        sdi_unmodelled(p, t->z, "syntax error at or near \"%.*s\" (or syntax not supported)",
                       (int)(t->n > 60 ? 60 : t->n), t->z);
}

void sdp_stack_overflow(sd_parse *p)
{
    p->syntax_error = true;
    sdi_unmodelled(p, p->prev_end, "statement nesting too deep");
}

/* ---- the catalog's error slot ---- */

void sdi_set_error(sd_catalog *cat, int code, const char *file, uint32_t line, uint32_t col,
                   size_t off, const char *fmt, ...)
{
    char tmp[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sdi_free(cat->errmsg);
    cat->errmsg = sdi_strdup(tmp);
    cat->errcode = code;
    cat->errfile = file;
    cat->errline = line;
    cat->errcol = col;
    cat->erroff = off;
}

/* ---- token helpers ---- */

bool sdi_tok_spells(const sd_token *t, const char *word, size_t n)
{
    return t->type != SD_TK_STRING && t->type != SD_TK_QUOTED_ID && strncasecmp(t->z, word, n) == 0;
}

bool sdi_tok_name(const sd_token *t)
{
    if (t->type == SD_TK_ID || t->type == SD_TK_QUOTED_ID)
        return true;
    char c = (char)(t->n ? t->z[0] | 0x20 : 0);
    return t->type != SD_TK_INTEGER && t->type != SD_TK_FLOAT && t->type != SD_TK_STRING &&
           c >= 'a' && c <= 'z';
}


typedef struct stmt_tokens {
    sd_token *v;
    size_t n, cap;
} stmt_tokens;

/* What psql's meta-command t does to a query buffer that holds a statement
 * not yet ended: 1 sends it (\g, \gx, \gset, \gexec, \gdesc, \watch,
 * \crosstabview), -1 empties it (\r), 0 leaves it. */
static int meta_buffer_effect(const sd_token *t)
{
    static const char *const sends[] = {"g", "gx", "gset", "gexec", "gdesc", "watch", "crosstabview", NULL};
    const char *z = t->z + 1;
    size_t n = 0;
    while (n + 1 < t->n && z[n] != ' ' && z[n] != '\t' && z[n] != '\r' && z[n] != '\n')
        n++;
    for (const char *const *w = sends; *w; w++)
        if (strlen(*w) == n && strncmp(z, *w, n) == 0)
            return 1;
    return n == 1 && z[0] == 'r' ? -1 : 0;
}

static bool toks_push(stmt_tokens *s, const sd_token *t)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        sd_token *v = sdi_realloc(s->v, cap * sizeof *v);
        if (!v)
            return false;
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = *t;
    return true;
}

static bool word_at(const stmt_tokens *s, size_t i, const char *word)
{
    return i < s->n && sdi_tok_is(&s->v[i], word);
}

/* ---- classification ---- */

typedef enum route { ROUTE_PARSE, ROUTE_IGNORE, ROUTE_UNMODELLED } route;

/* Builtin functions that a SELECT may call without changing the schema. */
static const char *const harmless_functions[] = {
    "setval", "nextval", "currval", "lastval", "set_config", "current_setting",
    "count", "max", "min", "sum", "avg", "coalesce", "now", "pg_sleep",
    "pg_advisory_lock", "pg_advisory_unlock", "pg_advisory_xact_lock",
    "pg_get_serial_sequence", "to_regclass", "format", "concat", "lower", "upper",
    "length", "substr", "substring", "replace", "trim", "cast", "exists",
    "random", "gen_random_uuid", "uuid_generate_v4", "md5", "json_build_object",
    "jsonb_build_object", "to_char", "to_timestamp", "date_trunc", "extract",
    "greatest", "least", "nullif", "array_agg", "string_agg", "row_number",
    "datetime", "strftime", "julianday", "date", "time", "changes", "last_insert_rowid",
    "ifnull", "hex", "quote", "typeof", "abs", "round", NULL,
};

/* Words that are followed by a parenthesis in a query without calling a
 * function: clauses, operators and constructors. */
static const char *const paren_keywords[] = {
    "from", "select", "where", "as", "and", "or", "not", "in", "values", "exists",
    "over", "filter", "within", "any", "all", "some", "array", "row", "join", "on",
    "using", "lateral", "by", "when", "then", "else", "case", "having", "returning",
    "union", "intersect", "except", "is", "like", "between", "into", "set", "group",
    NULL,
};

static bool word_in(const sd_token *t, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (sdi_tok_is(t, *w))
            return true;
    return false;
}

static bool harmless_function(const sd_token *t)
{
    return word_in(t, harmless_functions);
}

/* The index just past the parenthesis that opens at v[open]. */
static size_t skip_parens(const stmt_tokens *s, size_t open)
{
    int depth = 0;
    for (size_t k = open; k < s->n; k++) {
        if (s->v[k].type == SD_TK_LP)
            depth++;
        else if (s->v[k].type == SD_TK_RP && --depth == 0)
            return k + 1;
    }
    return s->n;
}

/* A SELECT/WITH statement: harmless unless it calls a function we do not
 * know (which may run DDL). Sets *culprit to the first unknown call. */
static bool query_calls_unknown_function(const stmt_tokens *s, const sd_token **culprit)
{
    for (size_t i = 0; i + 1 < s->n; i++) {
        const sd_token *t = &s->v[i];
        if (s->v[i + 1].type != SD_TK_LP)
            continue;
        if (t->type != SD_TK_ID && t->type != SD_TK_QUOTED_ID)
            continue;
        /* set_config changes the search path unless its first argument is
         * a literal naming another setting */
        if (sdi_tok_is(t, "set_config") &&
            !(i + 3 < s->n && s->v[i + 2].type == SD_TK_STRING && s->v[i + 3].type == SD_TK_COMMA &&
              !(s->v[i + 2].n == 13 && strncasecmp(s->v[i + 2].z, "'search_path'", 13) == 0))) {
            *culprit = t;
            return true;
        }
        if (i > 0 && (s->v[i - 1].type == SD_TK_DOT) && i >= 2 &&
            sdi_tok_is(&s->v[i - 2], "pg_catalog") && harmless_function(t))
            continue;
        if (harmless_function(t) || (t->type == SD_TK_ID && word_in(t, paren_keywords)))
            continue;
        /* INSERT INTO [schema.]table (columns) */
        if ((i >= 1 && sdi_tok_is(&s->v[i - 1], "into")) ||
            (i >= 3 && s->v[i - 1].type == SD_TK_DOT && sdi_tok_is(&s->v[i - 3], "into")))
            continue;
        /* a common table expression's column list: name(a, b) AS (...) */
        size_t after = skip_parens(s, i + 1);
        if (after < s->n && sdi_tok_is(&s->v[after], "as"))
            continue;
        *culprit = t;
        return true;
    }
    return false;
}

typedef struct classification {
    route route;
    /* ROUTE_PARSE without the grammar: a builder that reads the tokens */
    void (*handler)(sd_parse *p, const sd_token *toks, size_t n);
    /* after the grammar applied the first parse_ntoks tokens: the rest */
    void (*post)(sd_parse *p, const sd_token *toks, size_t n);
    size_t parse_ntoks;     /* ROUTE_PARSE: feed only this many tokens (0: all) */
    const char *tag;
    const char *reason;     /* for IGNORE / UNMODELLED */
    const sd_token *at;     /* where to point for UNMODELLED */
    char reason_buf[160];
} classification;

/* Fail closed at token t as a syntax error the engine would report there. */
static void classify_syntax(classification *c, const sd_token *t)
{
    snprintf(c->reason_buf, sizeof c->reason_buf, "syntax error at or near \"%.*s\" (or syntax not supported)",
             (int)(t->n > 40 ? 40 : t->n), t->z);
    c->reason = c->reason_buf;
    c->at = t;
}

static void classify_statement(const stmt_tokens *s, int dialect, classification *c);

/* SQLite has no set_config (sqlite3 reports it when it prepares the SELECT). */
static void sqlite_no_set_config(sd_parse *p, const sd_token *toks, size_t n)
{
    (void)n;
    sdi_engine_error(p, toks[0].z, "no such function: set_config");
}

/* SQLite's grammar starts a statement with one of these words. */
static const char *const sqlite_statement_words[] = {
    "alter", "analyze", "attach", "begin", "commit", "create", "delete", "detach", "drop", "end", "explain",
    "insert", "pragma", "reindex", "release", "replace", "rollback", "savepoint", "select", "update",
    "vacuum", "values", "with", NULL,
};

/* A statement sqlite3 rejects at its first token: a PostgreSQL-only one
 * (SET, GRANT, TRUNCATE ...), a psql meta-command, a parenthesis. */
static void sqlite_first_token_error(sd_parse *p, const sd_token *toks, size_t n)
{
    (void)n;
    if (toks[0].type == SDI_TK_META)
        sdi_engine_error(p, toks[0].z, "unrecognized token: \"\\\"");
    else
        sdi_engine_error(p, toks[0].z, "near \"%.*s\": syntax error", (int)(toks[0].n > 60 ? 60 : toks[0].n),
                         toks[0].z);
}

/* How a statement is replayed: its tag, and a route with the builder or
 * the reason. */
static void classify(const stmt_tokens *s, int dialect, classification *c)
{
    classify_statement(s, dialect, c);
    if (dialect != SD_DIALECT_SQLITE)
        return;
    const sd_token *t0 = &s->v[0];
    bool statement_word = false;
    for (const char *const *w = sqlite_statement_words; !statement_word && *w; w++)
        statement_word = t0->type != SD_TK_QUOTED_ID && sdi_tok_is(t0, *w);
    if (!statement_word) {
        c->route = ROUTE_PARSE;
        c->handler = sqlite_first_token_error;
        c->post = NULL;
        c->at = t0;
    }
}

static void classify_statement(const stmt_tokens *s, int dialect, classification *c)
{
    const sd_token *t0 = &s->v[0];
    c->at = t0;
    c->parse_ntoks = 0;
    c->handler = NULL;
    c->post = NULL;
    c->route = ROUTE_UNMODELLED;
    c->tag = "UNKNOWN";
    c->reason = NULL;

    if (t0->type == SDI_TK_META) {
        c->tag = "psql meta-command";
        const char *z = t0->z + 1;
        size_t n = 0;
        while (n < t0->n - 1 && z[n] != ' ' && z[n] != '\t' && z[n] != '\r')
            n++;
        static const char *const ignored_meta[] = {"set", "unset", "echo", "pset", "timing",
                                                   "qecho", "warn", "encoding", "x", "t", "a",
                                                   "q", "conninfo", "prompt", "gset", "g", "gx", "r", NULL};
        for (const char *const *m = ignored_meta; *m; m++)
            if (strlen(*m) == n && strncmp(z, *m, n) == 0) {
                c->route = ROUTE_IGNORE;
                c->reason = "psql meta-command with no effect on the schema";
                return;
            }
        snprintf(c->reason_buf, sizeof c->reason_buf,
                 "psql meta-command \\%.*s is not modelled (it may run other SQL)", (int)n, z);
        c->reason = c->reason_buf;
        return;
    }

    if (sdi_tok_is(t0, "create")) {
        size_t i = 1;
        if (word_at(s, i, "or") && word_at(s, i + 1, "replace"))
            i += 2;
        bool temp = false, unlogged = false;
        if (word_at(s, i, "temp") || word_at(s, i, "temporary")) {
            temp = true;
            i++;
        } else if (word_at(s, i, "unlogged")) {
            unlogged = true;
            i++;
        }
        if (word_at(s, i, "table")) {
            c->tag = "CREATE TABLE";
            if (temp) {
                c->route = ROUTE_IGNORE;
                c->reason = "temporary table: gone at the end of the session";
                return;
            }
            for (size_t k = i + 1, depth = 0; k < s->n; k++) {
                if (s->v[k].type == SD_TK_LP)
                    depth++;
                else if (s->v[k].type == SD_TK_RP && depth)
                    depth--;
                else if (depth == 0 && s->v[k].type == SD_TK_AS) {
                    c->at = &s->v[k];
                    c->reason = "CREATE TABLE ... AS derives its columns from a query, which is not modelled";
                    return;
                } else if (depth == 0 && sdi_tok_is(&s->v[k], "partition") && word_at(s, k + 1, "of")) {
                    if (dialect != SD_DIALECT_POSTGRES) {
                        c->at = &s->v[k];
                        c->reason = "syntax error at or near \"PARTITION\" (or syntax not supported)";
                        return;
                    }
                    c->route = ROUTE_PARSE;
                    c->handler = sdi_create_partition;
                    return;
                } else if (depth == 0 && sdi_tok_is(&s->v[k], "inherits") && dialect == SD_DIALECT_POSTGRES) {
                    c->route = ROUTE_PARSE;
                    c->parse_ntoks = k;
                    c->post = sdi_inherits;
                    return;
                } else if (depth == 0 && sdi_tok_is(&s->v[k], "partition") && word_at(s, k + 1, "by") &&
                           dialect == SD_DIALECT_POSTGRES) {
                    /* the grammar reads the table, a builder the key */
                    c->route = ROUTE_PARSE;
                    c->parse_ntoks = k;
                    c->post = sdi_partition_by;
                    return;
                }
            }
            c->route = ROUTE_PARSE;
            return;
        }
        (void)unlogged;
        if (word_at(s, i, "type") && ((word_at(s, i + 2, "as") && word_at(s, i + 3, "range")) ||
                                      (word_at(s, i + 4, "as") && word_at(s, i + 5, "range")))) {
            c->tag = "CREATE TYPE";
            c->route = ROUTE_PARSE;
            c->handler = sdi_create_range;
            return;
        }
        if (word_at(s, i, "sequence")) {
            c->tag = "CREATE SEQUENCE";
            c->route = ROUTE_PARSE;
            c->handler = sdi_create_sequence;
            return;
        }
        if (word_at(s, i, "view") || word_at(s, i, "recursive") ||
            (word_at(s, i, "materialized") && word_at(s, i + 1, "view"))) {
            c->tag = word_at(s, i, "materialized") ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
            c->route = ROUTE_PARSE;
            c->handler = sdi_create_view;
            return;
        }
        if (word_at(s, i, "policy") && i == 1 && dialect == SD_DIALECT_POSTGRES) {
            c->tag = "CREATE POLICY";
            c->route = ROUTE_PARSE;
            c->handler = sdi_create_policy;
            return;
        }
        if (word_at(s, i, "trigger") || (word_at(s, i, "constraint") && word_at(s, i + 1, "trigger"))) {
            c->tag = "CREATE TRIGGER";
            c->route = ROUTE_PARSE;
            c->handler = sdi_create_trigger;
            return;
        }
        if (word_at(s, i, "function") || word_at(s, i, "procedure")) {
            c->tag = word_at(s, i, "function") ? "CREATE FUNCTION" : "CREATE PROCEDURE";
            if (temp || unlogged) {
                classify_syntax(c, &s->v[i]);
                return;
            }
            /* the grammar reads the signature; the builder the rest */
            size_t k = i + 1;
            while (k < s->n && s->v[k].type != SD_TK_LP)
                k++;
            for (int depth = 0; k < s->n; k++) {
                if (s->v[k].type == SD_TK_LP)
                    depth++;
                else if (s->v[k].type == SD_TK_RP && --depth == 0)
                    break;
            }
            if (k >= s->n) {
                c->at = &s->v[s->n - 1];
                c->reason = "syntax error: no argument list (or syntax not supported)";
                return;
            }
            c->route = ROUTE_PARSE;
            c->parse_ntoks = k + 1;
            return;
        }
        if ((word_at(s, i, "type") || word_at(s, i, "domain")) && i == 1) {
            c->tag = word_at(s, i, "type") ? "CREATE TYPE" : "CREATE DOMAIN";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, i, "extension") && i == 1) {
            c->tag = "CREATE EXTENSION";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, i, "schema") && i == 1) {
            c->tag = "CREATE SCHEMA";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, i, "index") || (word_at(s, i, "unique") && word_at(s, i + 1, "index"))) {
            c->tag = "CREATE INDEX";
            if (i == 1)
                c->route = ROUTE_PARSE;
            else
                classify_syntax(c, &s->v[i]);
            return;
        }
        /* other CREATE statements: tag from the object kind */
        size_t k = i;
        if (word_at(s, k, "materialized") || word_at(s, k, "virtual") ||
            word_at(s, k, "event") || word_at(s, k, "constraint") || word_at(s, k, "foreign") ||
            word_at(s, k, "text") || word_at(s, k, "default") || word_at(s, k, "access") ||
            word_at(s, k, "operator") || word_at(s, k, "user"))
            k++;
        snprintf(c->reason_buf, sizeof c->reason_buf, "CREATE %.*s%s%.*s is not modelled yet",
                 k < s->n ? (int)s->v[i].n : 0, k < s->n ? s->v[i].z : "",
                 k > i && k < s->n ? " " : "", k > i && k < s->n ? (int)s->v[k].n : 0,
                 k > i && k < s->n ? s->v[k].z : "");
        c->tag = "CREATE";
        c->reason = c->reason_buf;
        return;
    }

    if (sdi_tok_is(t0, "alter")) {
        if (word_at(s, 1, "table")) {
            c->tag = "ALTER TABLE";
            /* Every comma-separated action (at paren depth 0) must be one
             * the grammar models. */
            size_t k = 2;
            if (word_at(s, k, "if") && word_at(s, k + 1, "exists"))
                k += 2;
            if (word_at(s, k, "only"))
                k++;
            k++;                                   /* the name */
            if (k < s->n && s->v[k].type == SD_TK_DOT)
                k += 2;                            /* schema.name */
            if (dialect == SD_DIALECT_POSTGRES && word_at(s, k, "owner") && word_at(s, k + 1, "to") && k + 3 == s->n) {
                c->tag = "ALTER OWNER";
                c->route = ROUTE_IGNORE;
                c->reason = "ownership is not part of the schema";
                return;
            }
            if (dialect == SD_DIALECT_POSTGRES && (word_at(s, k, "attach") || word_at(s, k, "detach")) &&
                word_at(s, k + 1, "partition")) {
                c->route = ROUTE_PARSE;
                c->handler = sdi_alter_partition;
                return;
            }
            bool expect_action = true;
            int depth = 0;
            for (; k < s->n; k++) {
                const sd_token *t = &s->v[k];
                if (expect_action) {
                    static const char *const modelled[] = {"add", "drop", "alter", "rename",
                                                           "validate", "enable", "disable",
                                                           "force", "no", "set", NULL};
                    bool known = false;
                    for (const char *const *m = modelled; *m && !known; m++)
                        known = sdi_tok_is(t, *m);
                    /* ENABLE/DISABLE also take TRIGGER and RULE; SET takes more than SCHEMA */
                    if ((sdi_tok_is(t, "enable") || sdi_tok_is(t, "disable") || sdi_tok_is(t, "force") ||
                         sdi_tok_is(t, "no")) && k + 1 < s->n && !sdi_tok_is(&s->v[k + 1], "row") &&
                        !sdi_tok_is(&s->v[k + 1], "force") && !sdi_tok_is(&s->v[k + 1], "trigger") &&
                        !sdi_tok_is(&s->v[k + 1], "replica") && !sdi_tok_is(&s->v[k + 1], "always"))
                        known = false;
                    if (sdi_tok_is(t, "set") && !(k + 1 < s->n && (sdi_tok_is(&s->v[k + 1], "schema") ||
                                                                s->v[k + 1].type == SD_TK_LP)))
                        known = false;
                    if (!known) {
                        c->at = t;
                        snprintf(c->reason_buf, sizeof c->reason_buf,
                                 "ALTER TABLE ... %.*s is not modelled yet",
                                 (int)(t->n > 40 ? 40 : t->n), t->z);
                        c->reason = c->reason_buf;
                        return;
                    }
                    expect_action = false;
                }
                if (t->type == SD_TK_LP || t->type == SD_TK_LBRACKET)
                    depth++;
                else if (t->type == SD_TK_RP || t->type == SD_TK_RBRACKET)
                    depth--;
                else if (t->type == SD_TK_COMMA && depth == 0)
                    expect_action = true;
            }
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "sequence")) {
            c->tag = "ALTER SEQUENCE";
            c->route = ROUTE_PARSE;
            c->handler = sdi_alter_sequence;
            return;
        }
        if (word_at(s, 1, "domain") && dialect == SD_DIALECT_POSTGRES) {
            c->tag = "ALTER DOMAIN";
            size_t k = (3 < s->n && s->v[3].type == SD_TK_DOT) ? 5 : 3;
            if (!word_at(s, k, "owner") && !(word_at(s, k, "set") && word_at(s, k + 1, "schema"))) {
                c->route = ROUTE_PARSE;
                return;
            }
        }
        if (word_at(s, 1, "type")) {
            c->tag = "ALTER TYPE";
            size_t k = (3 < s->n && s->v[3].type == SD_TK_DOT) ? 5 : 3;
            if (word_at(s, k, "add") || word_at(s, k, "rename")) {
                c->route = ROUTE_PARSE;
                return;
            }
        }
        if (word_at(s, 1, "index")) {
            c->tag = "ALTER INDEX";
            size_t k = 2;
            if (word_at(s, k, "if") && word_at(s, k + 1, "exists"))
                k += 2;
            k += (k + 1 < s->n && s->v[k + 1].type == SD_TK_DOT) ? 3 : 1;
            if (word_at(s, k, "rename")) {
                c->route = ROUTE_PARSE;
                return;
            }
            if (dialect == SD_DIALECT_POSTGRES && word_at(s, k, "attach") && word_at(s, k + 1, "partition")) {
                c->route = ROUTE_PARSE;
                c->handler = sdi_attach_index;
                return;
            }
        }
        if ((word_at(s, 1, "function") || word_at(s, 1, "procedure")) && s->n >= 3 &&
            word_at(s, s->n - 3, "rename") && word_at(s, s->n - 2, "to")) {
            c->tag = word_at(s, 1, "function") ? "ALTER FUNCTION" : "ALTER PROCEDURE";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "policy") && dialect == SD_DIALECT_POSTGRES) {
            c->tag = "ALTER POLICY";
            c->route = ROUTE_PARSE;
            c->handler = sdi_alter_policy;
            return;
        }
        if (word_at(s, 1, "trigger") && s->n >= 3 && word_at(s, s->n - 3, "rename") &&
            word_at(s, s->n - 2, "to")) {
            c->tag = "ALTER TRIGGER";
            c->route = ROUTE_PARSE;
            c->handler = sdi_alter_trigger_rename;
            return;
        }
        size_t k = word_at(s, 1, "materialized") || word_at(s, 1, "foreign") ||
                   word_at(s, 1, "default") ? 2 : 1;
        if (word_at(s, 1, "default") && word_at(s, 2, "privileges")) {
            c->tag = "ALTER DEFAULT PRIVILEGES";
            c->route = ROUTE_IGNORE;
            c->reason = "privileges are not part of the schema";
            return;
        }
        /* ALTER ... OWNER TO: ownership is not modelled and changes nothing we model */
        for (size_t j = 2; j + 1 < s->n; j++)
            if (sdi_tok_is(&s->v[j], "owner") && sdi_tok_is(&s->v[j + 1], "to") && j + 3 == s->n) {
                c->tag = "ALTER OWNER";
                c->route = ROUTE_IGNORE;
                c->reason = "ownership is not part of the schema";
                return;
            }
        snprintf(c->reason_buf, sizeof c->reason_buf, "ALTER %.*s is not modelled yet",
                 k < s->n ? (int)s->v[k].n : 0, k < s->n ? s->v[k].z : "");
        c->tag = "ALTER";
        c->reason = c->reason_buf;
        return;
    }

    if (sdi_tok_is(t0, "drop")) {
        if (word_at(s, 1, "table")) {
            c->tag = "DROP TABLE";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "index")) {
            c->tag = "DROP INDEX";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "sequence")) {
            c->tag = "DROP SEQUENCE";
            c->route = ROUTE_PARSE;
            c->handler = sdi_drop_sequence;
            return;
        }
        if (word_at(s, 1, "view") || (word_at(s, 1, "materialized") && word_at(s, 2, "view"))) {
            c->tag = word_at(s, 1, "view") ? "DROP VIEW" : "DROP MATERIALIZED VIEW";
            c->route = ROUTE_PARSE;
            c->handler = sdi_drop_view;
            return;
        }
        if (word_at(s, 1, "policy") && dialect == SD_DIALECT_POSTGRES) {
            c->tag = "DROP POLICY";
            c->route = ROUTE_PARSE;
            c->handler = sdi_drop_policy;
            return;
        }
        if (word_at(s, 1, "trigger")) {
            c->tag = "DROP TRIGGER";
            c->route = ROUTE_PARSE;
            c->handler = sdi_drop_trigger;
            return;
        }
        if (word_at(s, 1, "function") || word_at(s, 1, "procedure")) {
            c->tag = word_at(s, 1, "function") ? "DROP FUNCTION" : "DROP PROCEDURE";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "type") || word_at(s, 1, "domain")) {
            c->tag = word_at(s, 1, "type") ? "DROP TYPE" : "DROP DOMAIN";
            c->route = ROUTE_PARSE;
            return;
        }
        if (word_at(s, 1, "schema")) {
            c->tag = "DROP SCHEMA";
            c->route = ROUTE_PARSE;
            c->handler = sdi_drop_schema;
            return;
        }
        if (word_at(s, 1, "extension")) {
            c->tag = "DROP EXTENSION";
            c->route = ROUTE_PARSE;
            return;
        }
        snprintf(c->reason_buf, sizeof c->reason_buf, "DROP %.*s is not modelled yet",
                 s->n > 1 ? (int)s->v[1].n : 0, s->n > 1 ? s->v[1].z : "");
        c->tag = "DROP";
        c->reason = c->reason_buf;
        return;
    }

    /* Statements with no effect on the schema. */
    static const struct { const char *word; const char *tag; const char *reason; } ignored[] = {
        {"insert", "INSERT", "data change"},
        {"update", "UPDATE", "data change"},
        {"delete", "DELETE", "data change"},
        {"replace", "REPLACE", "data change"},
        {"upsert", "UPSERT", "data change"},
        {"merge", "MERGE", "data change"},
        {"truncate", "TRUNCATE", "data change"},
        {"begin", "BEGIN", "transaction control"},
        {"start", "START TRANSACTION", "transaction control"},
        {"commit", "COMMIT", "transaction control"},
        {"end", "END", "transaction control"},
        {"rollback", "ROLLBACK", "transaction control"},
        {"savepoint", "SAVEPOINT", "transaction control"},
        {"release", "RELEASE", "transaction control"},
        {"abort", "ABORT", "transaction control"},
        {"grant", "GRANT", "privileges are not part of the schema"},
        {"revoke", "REVOKE", "privileges are not part of the schema"},
        {"analyze", "ANALYZE", "statistics only"},
        {"analyse", "ANALYZE", "statistics only"},
        {"vacuum", "VACUUM", "maintenance only"},
        {"reindex", "REINDEX", "maintenance only"},
        {"cluster", "CLUSTER", "maintenance only"},
        {"checkpoint", "CHECKPOINT", "maintenance only"},
        {"lock", "LOCK", "locking only"},
        {"notify", "NOTIFY", "no effect on the schema"},
        {"listen", "LISTEN", "no effect on the schema"},
        {"unlisten", "UNLISTEN", "no effect on the schema"},
        {"discard", "DISCARD", "session state only"},

        {"show", "SHOW", "no effect on the schema"},
        {"explain", "EXPLAIN", "no effect on the schema"},
        {"refresh", "REFRESH MATERIALIZED VIEW", "data only"},
        {"pragma", "PRAGMA", "SQLite setting"},
        {NULL, NULL, NULL},
    };
    for (size_t k = 0; ignored[k].word; k++)
        if (sdi_tok_is(t0, ignored[k].word)) {
            c->tag = ignored[k].tag;
            c->route = ROUTE_IGNORE;
            c->reason = ignored[k].reason;
            if (sdi_tok_is(t0, "pragma") && word_at(s, 1, "writable_schema")) {
                c->route = ROUTE_UNMODELLED;
                c->reason = "PRAGMA writable_schema allows arbitrary schema edits";
            }
            if (sdi_tok_is(t0, "explain") && word_at(s, 1, "analyze")) {
                c->route = ROUTE_UNMODELLED;
                c->reason = "EXPLAIN ANALYZE runs its statement";
            }
            return;
        }
    if (sdi_tok_is(t0, "reset")) {
        c->tag = "RESET";
        c->route = ROUTE_IGNORE;
        c->reason = "session setting";
        if (word_at(s, 1, "search_path") || word_at(s, 1, "all")) {
            c->route = dialect == SD_DIALECT_POSTGRES ? ROUTE_PARSE : ROUTE_IGNORE;
            c->handler = sdi_set_search_path;
        }
        return;
    }
    if (sdi_tok_is(t0, "set")) {
        c->tag = "SET";
        size_t k = 1;
        if (word_at(s, 1, "local") || word_at(s, 1, "session"))
            k++;
        if (word_at(s, k, "search_path") || word_at(s, k, "schema")) {
            c->tag = "SET search_path";
            c->route = dialect == SD_DIALECT_POSTGRES ? ROUTE_PARSE : ROUTE_IGNORE;
            c->handler = sdi_set_search_path;
            c->reason = "SQLite has no search_path";
            return;
        }
        c->route = ROUTE_IGNORE;
        c->reason = "session setting";
        return;
    }
    if (sdi_tok_is(t0, "select") || sdi_tok_is(t0, "with") || sdi_tok_is(t0, "values") ||
        (t0->type == SD_TK_LP)) {
        c->tag = "SELECT";
        for (size_t k = 0; k + 2 < s->n; k++)
            if (sdi_tok_is(&s->v[k], "set_config") && s->v[k + 2].type == SD_TK_STRING &&
                s->v[k + 2].n == 13 && strncasecmp(s->v[k + 2].z, "'search_path'", 13) == 0) {
                c->tag = "SELECT set_config";
                c->route = ROUTE_PARSE;
                c->handler = dialect == SD_DIALECT_POSTGRES ? sdi_set_search_path : sqlite_no_set_config;
                return;
            }
        const sd_token *culprit = NULL;
        if (query_calls_unknown_function(s, &culprit)) {
            c->at = culprit;
            snprintf(c->reason_buf, sizeof c->reason_buf,
                     "calls function %.*s(), which may change the schema",
                     (int)(culprit->n > 60 ? 60 : culprit->n), culprit->z);
            c->reason = c->reason_buf;
            return;
        }
        c->route = ROUTE_IGNORE;
        c->reason = "query with no effect on the schema";
        return;
    }
    if (sdi_tok_is(t0, "copy")) {
        c->tag = "COPY";
        for (size_t k = 1; k + 1 < s->n; k++)
            if (sdi_tok_is(&s->v[k], "from") && (sdi_tok_is(&s->v[k + 1], "stdin"))) {
                c->reason = "COPY ... FROM STDIN reads inline data, which is not modelled";
                return;
            }
        c->route = ROUTE_IGNORE;
        c->reason = "data change";
        return;
    }
    if (sdi_tok_is(t0, "do")) {
        c->tag = "DO";
        c->reason = "DO blocks run procedural code that may change the schema";
        return;
    }
    if (sdi_tok_is(t0, "call")) {
        c->tag = "CALL";
        c->reason = "CALL runs a procedure that may change the schema";
        return;
    }
    if (sdi_tok_is(t0, "execute")) {
        c->tag = "EXECUTE";
        c->reason = "EXECUTE runs a prepared statement that is not modelled";
        return;
    }
    if (sdi_tok_is(t0, "comment")) {
        c->tag = "COMMENT";
        c->route = ROUTE_PARSE;
        c->handler = sdi_comment_on;
        return;
    }
    snprintf(c->reason_buf, sizeof c->reason_buf,
             "syntax error at or near \"%.*s\" (or a statement that is not modelled)",
             (int)(t0->n > 40 ? 40 : t0->n), t0->z);
    c->tag = "UNKNOWN";
    c->reason = c->reason_buf;
    (void)dialect;
}

/* ---- statements ---- */

static int record_statement(sd_catalog *cat, sd_parse *p, const char *tag, int outcome,
                            char *reason, const char *at, size_t off, size_t len)
{
    sd_statement *st = sdi_statement_append(&cat->statements);
    if (!st) {
        sdi_free(reason);
        return SD_ERR_NOMEM;
    }
    st->outcome = outcome;
    st->risks = outcome == SD_OUTCOME_APPLIED ? p->risks : 0;
    st->tag = tag;
    st->reason = reason;
    st->file = p->file;
    sdi_parse_locate(p, at, &st->line, &st->col);
    st->offset = off;
    st->length = len;
    if (st->risks && cat->keep_statements != SD_KEEP_LAST_CALL_NO_LINT) {   /* for sd_lint_catalog */
        sdi_statement_mark *m = sdi_malloc(sizeof *m);
        if (!m || sdi_vec_push(&cat->risky, m) != SD_OK) {
            sdi_free(m);
            return SD_ERR_NOMEM;
        }
        *m = (sdi_statement_mark){tag, {st->file, st->line, st->col}, st->risks};
    }
    return SD_OK;
}

/* Parse one statement (its first n tokens) with the grammar and apply it
 * (builders act on reduce). */
static void parse_statement(sd_parse *p, void *parser, const stmt_tokens *all, size_t n)
{
    stmt_tokens part = *all;
    const stmt_tokens *s = &part;
    if (n && n < part.n)
        part.n = n;
    for (size_t i = 0; i < s->n && !p->syntax_error && !p->oom; i++) {
        p->prev_end = i ? s->v[i - 1].z + s->v[i - 1].n : s->v[0].z;
        sd_parser(parser, s->v[i].type, s->v[i]);
    }
    if (!p->syntax_error && !p->oom) {
        sd_token eof = {p->stmt_end, 0, 0, (size_t)(p->stmt_end - p->src)};
        p->prev_end = s->v[s->n - 1].z + s->v[s->n - 1].n;
        sd_parser(parser, 0, eof);
    }
    if (p->syntax_error || p->oom) {
        sd_parserFinalize(parser);
        sd_parserInit(parser, p);
    }
}

/* ---- taint: what unmodelled statements may have changed ---- */

static bool is_name_token(const sd_token *t)
{
    return t->type == SD_TK_ID || t->type == SD_TK_QUOTED_ID;
}

/* A name token as a catalog-style key (heap): unquoted; lower case unless
 * it is a quoted PostgreSQL name. */
static char *token_key(const sd_token *t, int dialect)
{
    bool keep_case = t->type == SD_TK_QUOTED_ID && dialect == SD_DIALECT_POSTGRES;
    const char *z = t->z;
    size_t n = t->n;
    if (t->type == SD_TK_QUOTED_ID && n >= 2) {
        if (z[0] == 'U' || z[0] == 'u') {
            z += 2;
            n -= 2;
        }
        z++;
        n -= 2;
    }
    char *k = sdi_strndup(z, n);
    if (k && !keep_case)
        for (char *c = k; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c + 32);
    return k;
}

static int taint_name(sd_catalog *cat, const sd_token *t, size_t source)
{
    char *k = token_key(t, cat->dialect);
    if (!k)
        return SD_ERR_NOMEM;
    int rc = SD_OK;
    if (!sdi_map_get(&cat->tainted, k))
        rc = sdi_map_put(&cat->tainted, k, (void *)(uintptr_t)source);
    sdi_free(k);
    return rc;
}

/* Record what an unmodelled statement (tag, at `where`) may have changed:
 * the object it names (CREATE/ALTER/DROP/COMMENT ... name, and any new name
 * after TO), or everything when its effect cannot be pinned to a name. */
static int taint(sd_catalog *cat, const stmt_tokens *s, const char *tag, sdi_loc where)
{
    sdi_statement_mark *m = sdi_malloc(sizeof *m);
    if (!m || sdi_vec_push(&cat->taint_sources, m) != SD_OK) {
        sdi_free(m);
        return SD_ERR_NOMEM;
    }
    *m = (sdi_statement_mark){tag, where, 0};
    size_t source = cat->taint_sources.len;   /* 1 + its index: the map's value */
    bool targeted = strncmp(tag, "CREATE", 6) == 0 || strncmp(tag, "ALTER", 5) == 0 ||
                    strncmp(tag, "DROP", 4) == 0 || strcmp(tag, "COMMENT") == 0;
    if (!targeted) {
        if (!cat->taint_all)
            cat->taint_all = source;
        return SD_OK;
    }
    /* skip the statement's leading words (some lex as plain names) */
    static const char *const lead[] = {
        "create", "alter", "drop", "comment", "or", "replace", "temp", "temporary", "unlogged",
        "materialized", "view", "type", "function", "procedure", "trigger", "sequence",
        "extension", "domain", "policy", "rule", "schema", "table", "index", "unique",
        "concurrently", "if", "not", "exists", "only", "aggregate", "operator", "cast",
        "collation", "conversion", "publication", "subscription", "statistics", "event",
        "foreign", "data", "wrapper", "server", "text", "search", "configuration", "dictionary",
        "parser", "template", "language", "transform", "access", "method", "role", "user",
        "group", "tablespace", "database", "constraint", "recursive", "virtual", "on", "class",
        "family", "large", "object", "routine", "default", "privileges", NULL};
    size_t i = 0;
    for (; i < s->n && s->v[i].type != SD_TK_LP; i++) {
        bool skip = !is_name_token(&s->v[i]);
        for (const char *const *w = lead; !skip && *w; w++)
            skip = s->v[i].type == SD_TK_ID && sdi_tok_is(&s->v[i], *w);
        if (!skip)
            break;
    }
    if (i >= s->n || !is_name_token(&s->v[i])) {
        if (!cat->taint_all)
            cat->taint_all = source;
        return SD_OK;
    }
    if (i + 2 < s->n && s->v[i + 1].type == SD_TK_DOT && is_name_token(&s->v[i + 2]))
        i += 2;
    int rc = taint_name(cat, &s->v[i], source);
    /* a new name (RENAME ... TO n) and the table a trigger, policy or
     * index is ON */
    for (size_t k = i + 1; rc == SD_OK && k + 1 < s->n; k++) {
        if (!(sdi_tok_is(&s->v[k], "to") || sdi_tok_is(&s->v[k], "on")))
            continue;
        size_t at = k + 1;
        if (at + 2 < s->n && s->v[at + 1].type == SD_TK_DOT)
            at += 2;
        if (is_name_token(&s->v[at]))
            rc = taint_name(cat, &s->v[at], source);
    }
    return rc;
}

/* The statement an engine error or no-op may be wrong about because of an
 * earlier unmodelled statement: 1 + its index in taint_sources, or 0.
 * *name gets the name. */
static size_t tainted_by(const sd_catalog *cat, const stmt_tokens *s, char **name)
{
    *name = NULL;
    for (size_t i = 0; i < s->n; i++) {
        if (!is_name_token(&s->v[i]))
            continue;
        char *k = token_key(&s->v[i], cat->dialect);
        if (!k)
            return 0;
        uintptr_t idx = (uintptr_t)sdi_map_get(&cat->tainted, k);
        if (idx) {
            *name = k;
            return idx;
        }
        sdi_free(k);
    }
    return cat->taint_all;
}

/* Temporary relations live in the session: CREATE TEMP TABLE/VIEW record
 * the name for the rest of the file, and statements on those names are
 * ignored like the temporary objects themselves. */
static size_t relation_name_at(const stmt_tokens *s, size_t i)
{
    /* skip IF [NOT] EXISTS and ONLY, then [schema.]name */
    while (i < s->n && (sdi_tok_is(&s->v[i], "if") || sdi_tok_is(&s->v[i], "not") ||
                        sdi_tok_is(&s->v[i], "exists") || sdi_tok_is(&s->v[i], "only") ||
                        sdi_tok_is(&s->v[i], "concurrently")))
        i++;
    if (i + 2 < s->n && s->v[i + 1].type == SD_TK_DOT)
        i += 2;
    return i < s->n ? i : SIZE_MAX;
}

static bool temp_statement(sd_catalog *cat, sd_parse *p, const stmt_tokens *s, classification *c)
{
    if (cat->dialect != SD_DIALECT_POSTGRES && cat->dialect != SD_DIALECT_SQLITE)
        return false;
    size_t at = SIZE_MAX;
    bool creates = false;
    if (word_at(s, 0, "create")) {
        size_t i = 1;
        if (word_at(s, i, "or") && word_at(s, i + 1, "replace"))
            i += 2;
        if (word_at(s, i, "global") || word_at(s, i, "local"))
            i++;
        if (word_at(s, i, "temp") || word_at(s, i, "temporary")) {
            if (word_at(s, i + 1, "table") || word_at(s, i + 1, "view") || word_at(s, i + 1, "sequence")) {
                at = relation_name_at(s, i + 2);
                creates = true;
            }
        } else if (word_at(s, i, "index") || (word_at(s, i, "unique") && word_at(s, i + 1, "index"))) {
            for (size_t k = i; k + 1 < s->n; k++)
                if (sdi_tok_is(&s->v[k], "on")) {
                    at = relation_name_at(s, k + 1);
                    break;
                }
        }
    } else if ((word_at(s, 0, "drop") || word_at(s, 0, "alter")) &&
               (word_at(s, 1, "table") || word_at(s, 1, "view") || word_at(s, 1, "sequence"))) {
        at = relation_name_at(s, 2);
    }
    if (at == SIZE_MAX || (!creates && !cat->temp_names.len))
        return false;   /* no temporary relation to name in this session */
    const sd_token *t = &s->v[at];
    char *k = sdi_strndup(t->z, t->n);
    if (!k) {
        p->oom = true;
        return false;
    }
    for (char *z = k; *z; z++)
        if (*z >= 'A' && *z <= 'Z')
            *z = (char)(*z + 32);
    bool known = sdi_map_get(&cat->temp_names, k) != NULL;
    if (creates && !known && sdi_map_put(&cat->temp_names, k, (void *)1) != SD_OK) {
        sdi_free(k);
        p->oom = true;
        return false;
    }
    sdi_free(k);
    if (!creates && !known)
        return false;
    c->route = ROUTE_IGNORE;
    c->handler = NULL;
    c->reason = "temporary relation: gone at the end of the session";
    return true;
}

/* Apply the statement in s; returns SD_OK, SD_ERR_NOMEM, or the status of
 * a failed statement (engine error, unmodelled). */
/* The first '(' nested deeper than SDI_MAX_NESTING, or NULL. */
static const sd_token *nested_too_deep(const stmt_tokens *s)
{
    size_t depth = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (s->v[i].type == SD_TK_LP && ++depth > SDI_MAX_NESTING)
            return &s->v[i];
        if (s->v[i].type == SD_TK_RP && depth)
            depth--;
    }
    return NULL;
}

static int run_statement(sd_catalog *cat, sd_parse *p, void *parser, const stmt_tokens *s,
                         const char *term)
{
    classification c;
    classify(s, cat->dialect, &c);
    temp_statement(cat, p, s, &c);
    const char *ack = p->ack;   /* a directive acknowledges this statement only */
    size_t ack_len = p->ack_len;
    p->ack = NULL;
    p->stmt_start = s->v[0].z;
    p->stmt_end = s->v[s->n - 1].z + s->v[s->n - 1].n;
    p->stmt_term = term && term >= p->stmt_end ? term : p->stmt_end;
    sdi_parse_locate(p, p->stmt_start, &p->stmt_line, &p->stmt_col);
    p->stmt_loc_at = p->stmt_start;
    p->outcome = 0;
    p->risks = 0;
    p->reason = NULL;
    p->err_at = NULL;
    p->syntax_error = false;
    p->tag = c.tag;

    p->toks = s->v;
    p->ntoks = s->n;
    if (c.route == ROUTE_PARSE) {
        p->last_table = NULL;
        const sd_token *deep = nested_too_deep(s);
        if (deep)
            sdi_unmodelled(p, deep->z, "parentheses nested more than %d deep are not modelled", SDI_MAX_NESTING);
        else if (c.handler)
            c.handler(p, s->v, s->n);
        else
            parse_statement(p, parser, s, c.parse_ntoks);
        if (c.post && !p->outcome && !p->oom && c.parse_ntoks < s->n)
            c.post(p, s->v + c.parse_ntoks, s->n - c.parse_ntoks);
        sdi_map_free(&p->pending_map);
        p->pending_for = NULL;
        p->pending_n = 0;
        sdi_arena_reset(&p->arena);
        if (p->arena.oom)
            p->oom = true;
        p->arena.oom = false;
    } else if (c.route == ROUTE_IGNORE) {
        p->outcome = SD_OUTCOME_IGNORED;
        p->reason = sdi_strdup(c.reason);
        p->oom |= !p->reason;
    } else {
        p->outcome = SD_OUTCOME_UNMODELLED;
        p->reason = sdi_strdup(c.reason ? c.reason : "this statement is not modelled");
        p->oom |= !p->reason;
        p->err_at = c.at->z;
    }
    if (p->oom) {
        sdi_free(p->reason);
        p->reason = NULL;
        return SD_ERR_NOMEM;
    }
    if (!p->outcome)
        p->outcome = SD_OUTCOME_APPLIED;
    /* An engine error or no-op about something an earlier unmodelled
     * statement may have changed cannot be trusted: fail closed instead. */
    if (p->outcome == SD_OUTCOME_ENGINE_ERROR || p->outcome == SD_OUTCOME_NOOP) {
        char *name = NULL;
        size_t by = tainted_by(cat, s, &name);
        if (by) {
            const sdi_statement_mark *earlier = cat->taint_sources.items[by - 1];
            char buf[900];
            if (name)
                snprintf(buf, sizeof buf,
                         "cannot tell what the engine does: \"%s\" was changed by the unmodelled "
                         "statement at %s:%u (replay says: %s)",
                         name, earlier->at.file, earlier->at.line, p->reason ? p->reason : "");
            else
                snprintf(buf, sizeof buf,
                         "cannot tell what the engine does: the unmodelled statement at %s:%u may "
                         "have changed the schema (replay says: %s)",
                         earlier->at.file, earlier->at.line, p->reason ? p->reason : "");
            sdi_free(name);
            sdi_free(p->reason);
            p->reason = sdi_strdup(buf);
            if (!p->reason)
                return SD_ERR_NOMEM;
            p->outcome = SD_OUTCOME_UNMODELLED;
        }
    }
    /* acknowledged by a directive: listed, and trusted to change nothing */
    if (p->outcome == SD_OUTCOME_UNMODELLED && ack) {
        char buf[900];
        snprintf(buf, sizeof buf, "acknowledged (%.*s): %s", (int)(ack_len > 200 ? 200 : ack_len),
                 ack, p->reason ? p->reason : "");
        sdi_free(p->reason);
        p->reason = sdi_strdup(buf);
        if (!p->reason)
            return SD_ERR_NOMEM;
        p->outcome = SD_OUTCOME_ACKNOWLEDGED;
        p->syntax_error = false;
    }
    const char *at = p->err_at ? p->err_at : p->stmt_start;
    if (p->outcome == SD_OUTCOME_UNMODELLED && taint(cat, s, c.tag, sdi_parse_loc(p, at)) != SD_OK) {
        sdi_free(p->reason);
        p->reason = NULL;
        return SD_ERR_NOMEM;
    }
    char *reason = p->reason;
    p->reason = NULL;
    int rc = record_statement(cat, p, c.tag, p->outcome, reason, at,
                              (size_t)(p->stmt_start - p->src),
                              (size_t)(p->stmt_end - p->stmt_start));
    if (rc != SD_OK)
        return rc;
    if (p->outcome == SD_OUTCOME_ENGINE_ERROR)
        return SD_ERR_ENGINE;
    if (p->outcome == SD_OUTCOME_UNMODELLED)
        return p->syntax_error ? SD_ERR_SYNTAX : SD_ERR_UNMODELLED;
    return SD_OK;
}

/* The statement in s cannot be split or read (a lexical error at token t,
 * or a body the input leaves open): it fails closed with `why`, and the rest
 * of the text is not replayed. SD_ERR_SYNTAX, or SD_ERR_NOMEM. */
static int fail_rest(sd_catalog *cat, sd_parse *p, const stmt_tokens *s, const sd_token *t, const char *why,
                     const char *buf, const char *file, int *first_rc)
{
    p->stmt_start = s->v[0].z;
    p->stmt_end = t->z + t->n;
    char *reason = sdi_strdup(why);
    classification c;
    classify(s, cat->dialect, &c);
    int rc = record_statement(cat, p, c.tag, SD_OUTCOME_UNMODELLED, reason, t->z, (size_t)(p->stmt_start - buf),
                              (size_t)(p->stmt_end - p->stmt_start));
    if (rc != SD_OK)
        return rc;
    const sd_statement *st = sdi_statement_at(&cat->statements, cat->statements.len - 1);
    if (*first_rc == SD_OK) {
        *first_rc = SD_ERR_SYNTAX;
        sdi_set_error(cat, SD_ERR_SYNTAX, file, st->line, st->col, t->off, "%s", st->reason);
    }
    return SD_ERR_SYNTAX;
}

/* Tracks where a statement really ends: SQLite trigger bodies and
 * PostgreSQL BEGIN ATOMIC bodies contain semicolons. */
typedef struct splitter {
    int body_depth;   /* inside BEGIN ... END */
    int case_depth;
} splitter;

static void splitter_see(splitter *sp, const stmt_tokens *s, const sd_token *t)
{
    if (t->type == SD_TK_CASE) {
        if (sp->body_depth)
            sp->case_depth++;
        return;
    }
    if (t->type == SD_TK_END) {
        if (sp->case_depth)
            sp->case_depth--;
        else if (sp->body_depth)
            sp->body_depth--;
        return;
    }
    if (!sdi_tok_is(t, "begin") || s->n < 2)
        return;
    /* BEGIN opens a body only inside CREATE TRIGGER (SQLite) or
     * CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC (PostgreSQL). */
    if (!sdi_tok_is(&s->v[0], "create"))
        return;
    for (size_t i = 1; i < s->n && i < 6; i++) {
        if (sdi_tok_is(&s->v[i], "trigger")) {
            sp->body_depth++;
            return;
        }
        if (sdi_tok_is(&s->v[i], "function") || sdi_tok_is(&s->v[i], "procedure")) {
            sp->body_depth++;  /* BEGIN ATOMIC: the next token is ATOMIC */
            return;
        }
    }
}

/* Run the statement collected in s (ended at `term`); the first failure of
 * the text goes to the catalog's error slot. Returns run_statement's status. */
static int flush_statement(sd_catalog *cat, sd_parse *p, void *parser, const stmt_tokens *s,
                           const char *term, int *first_rc)
{
    int rc = run_statement(cat, p, parser, s, term);
    sdi_sweep_referrers(cat);
    if (rc != SD_OK && rc != SD_ERR_NOMEM && *first_rc == SD_OK) {
        *first_rc = rc;
        const sd_statement *st = sdi_statement_at(&cat->statements, cat->statements.len - 1);
        /* the offset of the offending token, where line and column point */
        size_t off = p->err_at && p->err_at >= p->src ? (size_t)(p->err_at - p->src) : st->offset;
        sdi_set_error(cat, rc, p->file, st->line, st->col, off, "%s", st->reason);
    }
    return rc;
}

/* "-- schemadrift:ignore <reason>": the reason's text and length, or NULL. */
static const char *ignore_directive(const sd_token *t, size_t *len)
{
    static const char word[] = "schemadrift:ignore";
    if (t->n < 2 || t->z[0] != '-' || t->z[1] != '-')
        return NULL;
    const char *z = t->z + 2, *end = t->z + t->n;
    while (z < end && (*z == ' ' || *z == '\t'))
        z++;
    if ((size_t)(end - z) < sizeof word - 1 || strncmp(z, word, sizeof word - 1) != 0)
        return NULL;
    z += sizeof word - 1;
    if (z < end && *z != ' ' && *z != '\t' && *z != '\r')
        return NULL;
    while (z < end && (*z == ' ' || *z == '\t'))
        z++;
    while (end > z && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *len = (size_t)(end - z);
    return *len ? z : "no reason given";
}

/* Migration tools that keep both directions in one file mark them in
 * comments: goose ("-- +goose Up" / "-- +goose Down") and dbmate
 * ("-- migrate:up" / "-- migrate:down"). Only the up part is replayed.
 * Returns 1 for an up marker, -1 for a down marker, 0 otherwise. */
static int direction_marker(const sd_token *t)
{
    if (t->n < 4 || t->z[0] != '-' || t->z[1] != '-')
        return 0;
    const char *z = t->z + 2, *end = t->z + t->n;
    while (z < end && (*z == ' ' || *z == '\t'))
        z++;
    size_t n = (size_t)(end - z);
    while (n && (z[n - 1] == ' ' || z[n - 1] == '\t' || z[n - 1] == '\r'))
        n--;
    if (n == 9 && strncasecmp(z, "+goose up", 9) == 0)
        return 1;
    if (n == 11 && strncasecmp(z, "+goose down", 11) == 0)
        return -1;
    if (n == 10 && strncmp(z, "migrate:up", 10) == 0)
        return 1;
    if (n >= 12 && strncmp(z, "migrate:down", 12) == 0)
        return -1;
    if (n > 11 && strncmp(z, "migrate:up ", 11) == 0)
        return 1;   /* dbmate options: "-- migrate:up transaction:false" */
    return 0;
}

int sdi_apply(sd_catalog *cat, const char *sql, size_t len, const char *file)
{
    size_t bad = 0;
    const char *what = NULL;
    if (sdi_utf8_validate(sql, len, &bad, &what) != SD_OK) {
        /* locate the bad byte: line and character column */
        uint32_t line = 1;
        size_t ls = 0;
        for (size_t i = 0; i < bad; i++)
            if (sql[i] == '\n') {
                line++;
                ls = i + 1;
            }
        uint32_t col = (uint32_t)sdi_utf8_count(sql + ls, bad - ls) + 1;
        sdi_set_error(cat, SD_ERR_ENCODING, file, line, col, bad, "%s at byte offset %zu", what, bad);
        return SD_ERR_ENCODING;
    }
    char *buf = sdi_malloc(len + 1);
    if (!buf) {
        sdi_set_error(cat, SD_ERR_NOMEM, file, 0, 0, 0, "out of memory");
        return SD_ERR_NOMEM;
    }
    if (len)
        memcpy(buf, sql, len);
    buf[len] = 0;

    sd_parse p;
    memset(&p, 0, sizeof p);
    /* the catalog's statement arena: its chunk is reused from file to file */
    p.arena = cat->scratch;
    cat->scratch = (sdi_arena){0};
    p.cat = cat;
    p.src = buf;
    p.src_len = len;
    p.file = file;
    void *parser = sd_parserAlloc(sdi_malloc, &p);
    stmt_tokens s = {0};
    int first_rc = SD_OK;
    int rc = SD_OK;
    if (!parser) {
        rc = SD_ERR_NOMEM;
        goto done;
    }

    /* each text starts a new session */
    sdi_search_path_reset(cat);
    sdi_map_free(&cat->temp_names);
    sd_lexer lx;
    sdi_lexer_init(&lx, cat->dialect, buf, len);
    splitter sp = {0, 0};
    bool down = false;   /* inside a goose/dbmate down section */
    for (;;) {
        sd_token t;
        int type = sdi_lex(&lx, &t);
        if (type == SDI_TK_COMMENT) {
            size_t alen = 0;
            const char *ack = ignore_directive(&t, &alen);
            if (ack && !s.n) {
                /* it acknowledges the statement that follows */
                p.ack = ack;
                p.ack_len = strcmp(ack, "no reason given") ? alen : strlen(ack);
                continue;
            }
            int dir = direction_marker(&t);
            if (dir == 0)
                continue;
            /* a marker ends the statement before it */
            if (s.n && !down) {
                rc = flush_statement(cat, &p, parser, &s, t.z, &first_rc);
                if (rc == SD_ERR_NOMEM)
                    goto done;
                if (rc == SD_ERR_ENGINE)
                    break;
            }
            s.n = 0;
            sp = (splitter){0, 0};
            down = dir < 0;
            continue;
        }
        if (down && type != 0 && type != SD_TK_ILLEGAL)
            continue;
        bool end = type == 0 || type == SD_TK_SEMI || type == SDI_TK_META;
        if (type == SD_TK_SEMI && sp.body_depth)
            end = false;
        if (type == SD_TK_ILLEGAL) {
            /* a lexical error: the statement it is in fails closed, and
             * nothing after it can be trusted */
            if (!toks_push(&s, &t)) {
                rc = SD_ERR_NOMEM;
                goto done;
            }
            rc = fail_rest(cat, &p, &s, &t, lx.error, buf, file, &first_rc);
            break;
        }
        if (type == 0 && sp.body_depth && s.n) {
            /* the input ends inside a BEGIN ... END body: the engine says
             * "incomplete input" (or finds a syntax error in the body) */
            rc = fail_rest(cat, &p, &s, &s.v[s.n - 1], "the input ends inside the statement's BEGIN ... END body",
                           buf, file, &first_rc);
            break;
        }
        if (type == SDI_TK_META) {
            /* a meta-command is a statement of its own. psql keeps a
             * statement not yet ended by ";" in its query buffer across
             * it: \g and its kin send the buffer, \r empties it, the
             * others (\echo, \set ...) leave it to join what follows */
            int effect = s.n ? meta_buffer_effect(&t) : 0;
            if (effect < 0) {
                s.n = 0;
                sp = (splitter){0, 0};
            } else if (effect > 0) {
                rc = flush_statement(cat, &p, parser, &s, t.z, &first_rc);
                if (rc == SD_ERR_NOMEM)
                    goto done;
                if (rc == SD_ERR_ENGINE)
                    break;
                s.n = 0;
                sp = (splitter){0, 0};
            }
            stmt_tokens meta = {&t, 1, 1};
            rc = flush_statement(cat, &p, parser, &meta, t.z + t.n, &first_rc);
            if (rc == SD_ERR_NOMEM)
                goto done;
            if (rc == SD_ERR_ENGINE)
                break;
            continue;
        } else if (!end) {
            if (!toks_push(&s, &t)) {
                rc = SD_ERR_NOMEM;
                goto done;
            }
            splitter_see(&sp, &s, &t);
            continue;
        }
        if (s.n) {
            rc = flush_statement(cat, &p, parser, &s, type == 0 ? buf + len : t.z, &first_rc);
            if (rc == SD_ERR_NOMEM)
                goto done;
            if (rc == SD_ERR_ENGINE)
                break;
        }
        s.n = 0;
        sp = (splitter){0, 0};
        if (type == 0)
            break;
    }
    rc = first_rc;

done:
    if (rc == SD_ERR_NOMEM)
        sdi_set_error(cat, SD_ERR_NOMEM, file, 0, 0, 0, "out of memory");
    sdi_free(s.v);
    sdi_arena_reset(&p.arena);
    p.arena.oom = false;
    cat->scratch = p.arena;
    sdi_free(p.reason);
    if (parser)
        sd_parserFree(parser, sdi_free);
    sdi_free(buf);
    cat->unsorted = true;
    return rc;
}

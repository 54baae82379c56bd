/* The re2c lexer for PostgreSQL and SQLite SQL: one reentrant function over
 * a state struct. The input is validated UTF-8 with a NUL sentinel at
 * lim[0] (the driver copies it so), which re2c's EOF rule relies on.
 * Dialect differences (nested comments, dollar quotes, SQLite's `x` and [x]
 * identifiers, parameters) are decided in the actions. Whitespace is
 * skipped; comments and psql meta-commands are returned so the driver can
 * read directives in them. */
#include <string.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_lexer_init(sd_lexer *lx, int dialect, const char *buf, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->base = lx->cur = (const unsigned char *)buf;
    lx->lim = lx->base + len;
    lx->dialect = dialect;
    lx->at_line_start = true;
}

static int emit(sd_lexer *lx, sd_token *out, int type)
{
    out->z = (const char *)lx->tok;
    out->n = (uint32_t)(lx->cur - lx->tok);
    out->off = (size_t)(lx->tok - lx->base);
    out->type = type;
    return type;
}

static int fail(sd_lexer *lx, sd_token *out, const char *msg)
{
    lx->error = msg;
    lx->cur = lx->lim;   /* nothing after an unterminated token is a token */
    return emit(lx, out, SD_TK_ILLEGAL);
}

/* After "/" "*": skip a block comment, nested in PostgreSQL. */
static int block_comment(sd_lexer *lx, sd_token *out)
{
    int depth = 1;
    const unsigned char *c = lx->cur;
    while (c < lx->lim) {
        if (c[0] == '*' && c + 1 < lx->lim && c[1] == '/') {
            c += 2;
            if (--depth == 0) {
                lx->cur = c;
                return emit(lx, out, SDI_TK_COMMENT);
            }
        } else if (c[0] == '/' && c + 1 < lx->lim && c[1] == '*' &&
                   lx->dialect == SD_DIALECT_POSTGRES) {
            c += 2;
            depth++;
        } else {
            c++;
        }
    }
    if (lx->dialect == SD_DIALECT_SQLITE) {  /* SQLite ends it at end of input */
        lx->cur = lx->lim;
        return emit(lx, out, SDI_TK_COMMENT);
    }
    return fail(lx, out, "unterminated /* comment");
}

/* After a $tag$ opener (tok..cur): find the same closer. */
static int dollar_body(sd_lexer *lx, sd_token *out)
{
    size_t tag = (size_t)(lx->cur - lx->tok);
    const unsigned char *c = lx->cur;
    while ((size_t)(lx->lim - c) >= tag) {
        const unsigned char *d = memchr(c, '$', (size_t)(lx->lim - c));
        if (!d || (size_t)(lx->lim - d) < tag)
            break;
        if (memcmp(d, lx->tok, tag) == 0) {
            lx->cur = d + tag;
            return emit(lx, out, SD_TK_STRING);
        }
        c = d + 1;
    }
    return fail(lx, out, "unterminated dollar-quoted string");
}

/* SQLite [bracket] identifiers; PostgreSQL subscripts. */
static int bracket(sd_lexer *lx, sd_token *out)
{
    if (lx->dialect != SD_DIALECT_SQLITE)
        return emit(lx, out, SD_TK_LBRACKET);
    const unsigned char *c = memchr(lx->cur, ']', (size_t)(lx->lim - lx->cur));
    if (!c)
        return fail(lx, out, "unterminated [identifier]");
    lx->cur = c + 1;
    return emit(lx, out, SD_TK_QUOTED_ID);
}

int sdi_lex(sd_lexer *lx, sd_token *out)
{
    for (;;) {
        bool line_start = lx->at_line_start;
        lx->at_line_start = false;
        lx->tok = lx->cur;
        /*!re2c
        re2c:define:YYCTYPE  = "unsigned char";
        re2c:define:YYCURSOR = "lx->cur";
        re2c:define:YYLIMIT  = "lx->lim";
        re2c:define:YYMARKER = "lx->mar";
        re2c:yyfill:enable   = 0;
        re2c:eof             = 0;

        id_start = [a-zA-Z_] | [\u0080-\U0010FFFF];
        id_cont  = id_start | [0-9$];
        ident    = id_start id_cont*;
        digits   = [0-9]+;
        exp      = [eE] [+-]? digits;
        dq_body  = ([^"] | ["]["])*;
        sq_body  = ([^'] | [']['])*;
        e_body   = ([^'\\] | [']['] | [\\][^])*;
        tag      = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;

        *        { return fail(lx, out, "unexpected character"); }
        $        { return emit(lx, out, 0); }

        [ \t\r\f\v]+ { lx->at_line_start = line_start; continue; }
        "\n"         { lx->at_line_start = true; continue; }
        "--" [^\n]*  { return emit(lx, out, SDI_TK_COMMENT); }
        "/*"         { return block_comment(lx, out); }
        "\\" [^\n]*  {
            if (lx->dialect == SD_DIALECT_POSTGRES && line_start)
                return emit(lx, out, SDI_TK_META);
            lx->cur = lx->tok + 1;
            return fail(lx, out, "unexpected backslash");
        }

        'action'        { return emit(lx, out, SD_TK_ACTION); }
        'add'           { return emit(lx, out, SD_TK_ADD); }
        'alter'         { return emit(lx, out, SD_TK_ALTER); }
        'always'        { return emit(lx, out, SD_TK_ALWAYS); }
        'and'           { return emit(lx, out, SD_TK_AND); }
        'array'         { return emit(lx, out, SD_TK_ARRAY); }
        'as'            { return emit(lx, out, SD_TK_AS); }
        'asc'           { return emit(lx, out, SD_TK_ASC); }
        'at'            { return emit(lx, out, SD_TK_AT); }
        'authorization' { return emit(lx, out, SD_TK_AUTHORIZATION); }
        'autoincrement' { return emit(lx, out, SD_TK_AUTOINCREMENT); }
        'abort'         { return emit(lx, out, SD_TK_ABORT); }
        'between'       { return emit(lx, out, SD_TK_BETWEEN); }
        'cascade'       { return emit(lx, out, SD_TK_CASCADE); }
        'case'          { return emit(lx, out, SD_TK_CASE); }
        'cast'          { return emit(lx, out, SD_TK_CAST); }
        'check'         { return emit(lx, out, SD_TK_CHECK); }
        'collate'       { return emit(lx, out, SD_TK_COLLATE); }
        'column'        { return emit(lx, out, SD_TK_COLUMN); }
        'concurrently'  { return emit(lx, out, SD_TK_CONCURRENTLY); }
        'conflict'      { return emit(lx, out, SD_TK_CONFLICT); }
        'constraint'    { return emit(lx, out, SD_TK_CONSTRAINT); }
        'create'        { return emit(lx, out, SD_TK_CREATE); }
        'default'       { return emit(lx, out, SD_TK_DEFAULT); }
        'deferrable'    { return emit(lx, out, SD_TK_DEFERRABLE); }
        'deferred'      { return emit(lx, out, SD_TK_DEFERRED); }
        'delete'        { return emit(lx, out, SD_TK_DELETE); }
        'desc'          { return emit(lx, out, SD_TK_DESC); }
        'distinct'      { return emit(lx, out, SD_TK_DISTINCT); }
        'drop'          { return emit(lx, out, SD_TK_DROP); }
        'else'          { return emit(lx, out, SD_TK_ELSE); }
        'end'           { return emit(lx, out, SD_TK_END); }
        'escape'        { return emit(lx, out, SD_TK_ESCAPE); }
        'exists'        { return emit(lx, out, SD_TK_EXISTS); }
        'fail'          { return emit(lx, out, SD_TK_FAIL); }
        'false'         { return emit(lx, out, SD_TK_FALSE); }
        'first'         { return emit(lx, out, SD_TK_FIRST); }
        'foreign'       { return emit(lx, out, SD_TK_FOREIGN); }
        'from'          { return emit(lx, out, SD_TK_FROM); }
        'full'          { return emit(lx, out, SD_TK_FULL); }
        'generated'     { return emit(lx, out, SD_TK_GENERATED); }
        'glob'          { return emit(lx, out, SD_TK_GLOB); }
        'if'            { return emit(lx, out, SD_TK_IF); }
        'ignore'        { return emit(lx, out, SD_TK_IGNORE); }
        'ilike'         { return emit(lx, out, SD_TK_ILIKE); }
        'immediate'     { return emit(lx, out, SD_TK_IMMEDIATE); }
        'in'            { return emit(lx, out, SD_TK_IN); }
        'include'       { return emit(lx, out, SD_TK_INCLUDE); }
        'index'         { return emit(lx, out, SD_TK_INDEX); }
        'initially'     { return emit(lx, out, SD_TK_INITIALLY); }
        'interval'      { return emit(lx, out, SD_TK_INTERVAL); }
        'is'            { return emit(lx, out, SD_TK_IS); }
        'isnull'        { return emit(lx, out, SD_TK_ISNULL); }
        'key'           { return emit(lx, out, SD_TK_KEY); }
        'last'          { return emit(lx, out, SD_TK_LAST); }
        'like'          { return emit(lx, out, SD_TK_LIKE); }
        'match'         { return emit(lx, out, SD_TK_MATCH); }
        'no'            { return emit(lx, out, SD_TK_NO); }
        'not'           { return emit(lx, out, SD_TK_NOT); }
        'notnull'       { return emit(lx, out, SD_TK_NOTNULL); }
        'null'          { return emit(lx, out, SD_TK_NULL); }
        'nulls'         { return emit(lx, out, SD_TK_NULLS); }
        'on'            { return emit(lx, out, SD_TK_ON); }
        'only'          { return emit(lx, out, SD_TK_ONLY); }
        'or'            { return emit(lx, out, SD_TK_OR); }
        'partial'       { return emit(lx, out, SD_TK_PARTIAL); }
        'primary'       { return emit(lx, out, SD_TK_PRIMARY); }
        'references'    { return emit(lx, out, SD_TK_REFERENCES); }
        'regexp'        { return emit(lx, out, SD_TK_REGEXP); }
        'replace'       { return emit(lx, out, SD_TK_REPLACE); }
        'restrict'      { return emit(lx, out, SD_TK_RESTRICT); }
        'rollback'      { return emit(lx, out, SD_TK_ROLLBACK); }
        'rowid'         { return emit(lx, out, SD_TK_ROWID); }
        'schema'        { return emit(lx, out, SD_TK_SCHEMA); }
        'set'           { return emit(lx, out, SD_TK_SET); }
        'simple'        { return emit(lx, out, SD_TK_SIMPLE); }
        'stored'        { return emit(lx, out, SD_TK_STORED); }
        'strict'        { return emit(lx, out, SD_TK_STRICT); }
        'table'         { return emit(lx, out, SD_TK_TABLE); }
        'temp'          { return emit(lx, out, SD_TK_TEMP); }
        'temporary'     { return emit(lx, out, SD_TK_TEMPORARY); }
        'then'          { return emit(lx, out, SD_TK_THEN); }
        'time'          { return emit(lx, out, SD_TK_TIME); }
        'true'          { return emit(lx, out, SD_TK_TRUE); }
        'unique'        { return emit(lx, out, SD_TK_UNIQUE); }
        'unlogged'      { return emit(lx, out, SD_TK_UNLOGGED); }
        'update'        { return emit(lx, out, SD_TK_UPDATE); }
        'using'         { return emit(lx, out, SD_TK_USING); }
        'valid'         { return emit(lx, out, SD_TK_VALID); }
        'virtual'       { return emit(lx, out, SD_TK_VIRTUAL); }
        'when'          { return emit(lx, out, SD_TK_WHEN); }
        'where'         { return emit(lx, out, SD_TK_WHERE); }
        'exclude'       { return emit(lx, out, SD_TK_EXCLUDE); }
        'with'          { return emit(lx, out, SD_TK_WITH); }
        'without'       { return emit(lx, out, SD_TK_WITHOUT); }
        'zone'          { return emit(lx, out, SD_TK_ZONE); }
        'trigger'       { return emit(lx, out, SD_TK_TRIGGER); }
        'replica'       { return emit(lx, out, SD_TK_REPLICA); }
        'function'      { return emit(lx, out, SD_TK_FUNCTION); }
        'procedure'     { return emit(lx, out, SD_TK_PROCEDURE); }
        'by'            { return emit(lx, out, SD_TK_BY); }
        'identity'      { return emit(lx, out, SD_TK_IDENTITY); }
        'enum'          { return emit(lx, out, SD_TK_ENUM); }
        'value'         { return emit(lx, out, SD_TK_VALUE); }
        'before'        { return emit(lx, out, SD_TK_BEFORE); }
        'after'         { return emit(lx, out, SD_TK_AFTER); }
        'domain'        { return emit(lx, out, SD_TK_DOMAIN); }
        'extension'     { return emit(lx, out, SD_TK_EXTENSION); }
        'version'       { return emit(lx, out, SD_TK_VERSION); }
        'rename'        { return emit(lx, out, SD_TK_RENAME); }
        'to'            { return emit(lx, out, SD_TK_TO); }
        'type'          { return emit(lx, out, SD_TK_TYPE); }
        'data'          { return emit(lx, out, SD_TK_DATA); }
        'validate'      { return emit(lx, out, SD_TK_VALIDATE); }
        'enable'        { return emit(lx, out, SD_TK_ENABLE); }
        'disable'       { return emit(lx, out, SD_TK_DISABLE); }
        'force'         { return emit(lx, out, SD_TK_FORCE); }
        'row'           { return emit(lx, out, SD_TK_ROW); }
        'level'         { return emit(lx, out, SD_TK_LEVEL); }
        'security'      { return emit(lx, out, SD_TK_SECURITY); }
        'current_timestamp' | 'current_date' | 'current_time' | 'localtimestamp'
            | 'localtime' | 'current_user' | 'session_user' | 'current_role'
            | 'current_catalog' | 'current_schema'
                        { return emit(lx, out, SD_TK_SQLFUNC); }

        ident           { return emit(lx, out, SD_TK_ID); }

        ["] dq_body ["] { return emit(lx, out, SD_TK_QUOTED_ID); }
        ["] dq_body     { return fail(lx, out, "unterminated quoted identifier"); }
        [uU] "&" ["] dq_body ["] { return emit(lx, out, SD_TK_QUOTED_ID); }
        [`] ([^`] | [`][`])* [`] {
            if (lx->dialect != SD_DIALECT_SQLITE) { lx->cur = lx->tok + 1; return fail(lx, out, "unexpected character"); }
            return emit(lx, out, SD_TK_QUOTED_ID);
        }
        [`]             { return fail(lx, out, "unterminated `identifier`"); }
        "["             { return bracket(lx, out); }
        "]"             { return emit(lx, out, SD_TK_RBRACKET); }

        ['] sq_body [']            { return emit(lx, out, SD_TK_STRING); }
        [nN] ['] sq_body [']       { return emit(lx, out, SD_TK_STRING); }
        [eE] ['] e_body [']        {
            if (lx->dialect != SD_DIALECT_POSTGRES) { lx->cur = lx->tok + 1; return emit(lx, out, SD_TK_ID); }
            return emit(lx, out, SD_TK_STRING);
        }
        [uU] "&" ['] sq_body [']   { return emit(lx, out, SD_TK_STRING); }
        [xXbB] ['] [^']* [']       { return emit(lx, out, SD_TK_BLOB); }
        [eE] ['] e_body            { if (lx->dialect != SD_DIALECT_POSTGRES) { lx->cur = lx->tok + 1; return emit(lx, out, SD_TK_ID); } return fail(lx, out, "unterminated quoted string"); }
        ['] sq_body                { return fail(lx, out, "unterminated quoted string"); }

        "$" tag? "$"    {
            if (lx->dialect == SD_DIALECT_POSTGRES)
                return dollar_body(lx, out);
            lx->cur = lx->tok + 1;
            return fail(lx, out, "unexpected character");
        }
        "$" digits      { return emit(lx, out, SD_TK_PARAM); }
        [$:@?] ident    { return emit(lx, out, SD_TK_PARAM); }
        "?" digits?     {
            if (lx->dialect == SD_DIALECT_SQLITE) return emit(lx, out, SD_TK_PARAM);
            lx->cur = lx->tok + 1;
            return emit(lx, out, SD_TK_OP);
        }

        digits                       { return emit(lx, out, SD_TK_INTEGER); }
        "0" [xX] [0-9a-fA-F]+        { return emit(lx, out, SD_TK_INTEGER); }
        digits "." [0-9]* exp? | "." digits exp? | digits exp
                                     { return emit(lx, out, SD_TK_FLOAT); }

        ";"   { return emit(lx, out, SD_TK_SEMI); }
        "("   { return emit(lx, out, SD_TK_LP); }
        ")"   { return emit(lx, out, SD_TK_RP); }
        ","   { return emit(lx, out, SD_TK_COMMA); }
        "."   { return emit(lx, out, SD_TK_DOT); }
        "::"  { return emit(lx, out, SD_TK_DCOLON); }
        "="   { return emit(lx, out, SD_TK_EQ); }
        "=="  { return emit(lx, out, SD_TK_EQ); }
        "<>" | "!=" { return emit(lx, out, SD_TK_NE); }
        "<"   { return emit(lx, out, SD_TK_LT); }
        ">"   { return emit(lx, out, SD_TK_GT); }
        "<="  { return emit(lx, out, SD_TK_LE); }
        ">="  { return emit(lx, out, SD_TK_GE); }
        "||"  { return emit(lx, out, SD_TK_CONCAT); }
        "+"   { return emit(lx, out, SD_TK_PLUS); }
        "-"   { return emit(lx, out, SD_TK_MINUS); }
        "*"   { return emit(lx, out, SD_TK_STAR); }
        "/"   { return emit(lx, out, SD_TK_SLASH); }
        "%"   { return emit(lx, out, SD_TK_PERCENT); }
        "^"   { return emit(lx, out, SD_TK_CARET); }
        "->>" | "->" | "#>>" | "#>" | "@>" | "<@" | "&&" | "<<" | ">>" | "~~*" | "~~"
            | "!~~*" | "!~~" | "~*" | "!~*" | "!~" | "@@" | "?|" | "?&" | "<->" | "|/"
            | "||/" | "@" | "~" | "#" | "&" | "|" | "!" | "=>" | ":=" | ":"
              { return emit(lx, out, SD_TK_OP); }
        */
    }
}

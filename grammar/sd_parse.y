/* The lemon grammar of the statements libschemadrift models in detail:
 * CREATE SCHEMA, CREATE TABLE, CREATE INDEX, ALTER TABLE ... ADD, DROP TABLE
 * and DROP INDEX, for PostgreSQL and SQLite together. The driver
 * (lib/tokenize.c) feeds one statement at a time, already split and
 * classified; statements outside this grammar never reach it. Actions are
 * one-line calls into builders (lib/build.c); all semantic checks happen
 * there. Syntax trees live in the statement's arena, so no destructors. */

%include {
#include <stdio.h>
#include <string.h>
#include "sd_internal.h"
#define YYNOERRORRECOVERY 1
#define YYPARSEFREENEVERNULL 1
/* lemon merges identical reduce actions as "case 1: yytestcase(...); case 2:",
 * which clang reports as unannotated fall-through. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wimplicit-fallthrough"
#endif
#ifndef NDEBUG
void sd_parserTrace(FILE *stream, char *prefix);
#endif
}

%name sd_parser
%token_prefix SD_TK_
%token_type {sd_token}
%extra_context {sd_parse *p}
%stack_size 3000
%syntax_error { (void)yymajor; sdp_syntax_error(p, &TOKEN); }
%stack_overflow { sdp_stack_overflow(p); }
%start_symbol input
/* Syntax trees live in the statement arena; nothing to free per symbol. */
%default_destructor { (void)p; (void)yypminor; }

/* Non-reserved keywords may be used as names. */
/* Not ASC, DESC, NULLS: lemon tries a fallback before a default reduce, so
 * after an index key they would be read as an operator class name. */
%fallback ID ACTION ADD ALTER AUTOINCREMENT AUTHORIZATION CASCADE COLUMN
  CONCURRENTLY CONFLICT DEFERRED DELETE FIRST FULL IF IMMEDIATE INCLUDE
  INDEX INITIALLY KEY LAST MATCH NO PARTIAL RESTRICT ROWID SCHEMA SET
  SIMPLE STRICT TABLE TIME ZONE UPDATE WITHOUT EXISTS TEMP TEMPORARY UNLOGGED
  ABORT FAIL IGNORE REPLACE ROLLBACK INTERVAL GLOB REGEXP ESCAPE AT VALID
  STORED VIRTUAL RENAME TO TYPE DATA VALIDATE ENABLE DISABLE BY IDENTITY
  FORCE ROW LEVEL SECURITY EXTENSION VERSION ENUM VALUE BEFORE AFTER DOMAIN
  FUNCTION PROCEDURE TRIGGER REPLICA EXCLUDE.

%left OR.
%left AND.
%right NOT.
%left IS ISNULL NOTNULL.
%left EQ NE LT GT LE GE.
%left BETWEEN IN LIKE ILIKE GLOB REGEXP MATCH ESCAPE.
%left OP CONCAT.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%left CARET.
%left AT.
%left COLLATE.
%right UMINUS.
%left DCOLON.
%left LBRACKET.
%left DOT.
/* A name (or WITH) after a type is another word of the type (an index operator
 * class or an exclusion operator needs parentheses around a cast: "(a::text)
 * text_pattern_ops", "(a::timestamp) WITH =", as in PostgreSQL). */
%right ID QUOTED_ID WITH.

input ::= cmd.

/* ---- names ---- */

%type nm {sd_token}
nm(A) ::= ID(X). { A = X; }
nm(A) ::= QUOTED_ID(X). { A = X; }

/* Object names in DDL may also be SQLite 'string' names. */
%type ids {sd_token}
ids(A) ::= nm(X). { A = X; }
ids(A) ::= STRING(X). { A = X; }

%type fullname {sdi_name}
fullname(A) ::= ids(X). { memset(&A, 0, sizeof A); A.name = X; }
fullname(A) ::= nm(S) DOT ids(X). { A.schema = S; A.name = X; }

%type ifnotexists {int}
ifnotexists(A) ::= . { A = 0; }
ifnotexists(A) ::= IF NOT EXISTS. { A = 1; }

%type ifexists {int}
ifexists(A) ::= . { A = 0; }
ifexists(A) ::= IF EXISTS. { A = 1; }

%type idlist {sdi_namelist}
idlist(A) ::= ids(X). { sdi_namelist e = {0}; A = sdp_namelist(p, e, &X); }
idlist(A) ::= idlist(L) COMMA ids(X). { A = sdp_namelist(p, L, &X); }

/* ---- CREATE SCHEMA ---- */

cmd ::= CREATE SCHEMA ifnotexists(E) nm(X). { sdp_create_schema(p, E, &X); }
cmd ::= CREATE SCHEMA ifnotexists(E) nm(X) AUTHORIZATION nm. { sdp_create_schema(p, E, &X); }
cmd ::= CREATE SCHEMA ifnotexists(E) nm(X) AUTHORIZATION SQLFUNC. { sdp_create_schema(p, E, &X); }

/* ---- user-defined types: enums, composites, domains ---- */

cmd ::= CREATE TYPE fullname(N) AS ENUM LP enumlabels(L) RP. { sdp_create_enum(p, &N, L); }
cmd ::= CREATE TYPE fullname(N) AS ENUM LP RP. { sdi_namelist e = {0}; sdp_create_enum(p, &N, e); }
cmd ::= CREATE TYPE fullname(N) AS LP compattrs(L) RP. { sdp_create_composite(p, &N, L); }
cmd ::= CREATE DOMAIN fullname(N) domas typetoken(T) domcons(C). { sdp_create_domain(p, &N, T, C); }
cmd ::= ALTER TYPE fullname(N) ADD VALUE ifnotexists(E) STRING(V) enumpos(P).
    { sdp_alter_enum_add(p, &N, E, &V, P.n ? &P : NULL, P.type == SD_TK_AFTER); }
cmd ::= ALTER TYPE fullname(N) RENAME VALUE STRING(A) TO STRING(B). { sdp_alter_enum_rename(p, &N, &A, &B); }
cmd ::= ALTER TYPE fullname(N) RENAME TO nm(M). { sdp_alter_type_rename(p, &N, &M); }
cmd ::= DROP TYPE ifexists(E) droplist(L) drop_behavior(B). { sdp_drop(p, SDI_DROP_TYPE, E, L.v, L.n, B); }
cmd ::= DROP DOMAIN ifexists(E) droplist(L) drop_behavior(B). { sdp_drop(p, SDI_DROP_DOMAIN, E, L.v, L.n, B); }

domas ::= .
domas ::= AS.

%type enumlabels {sdi_namelist}
enumlabels(A) ::= STRING(X). { sdi_namelist e = {0}; A = sdp_namelist(p, e, &X); }
enumlabels(A) ::= enumlabels(L) COMMA STRING(X). { A = sdp_namelist(p, L, &X); }

/* BEFORE/AFTER 'label': the label token, its type says which. */
%type enumpos {sd_token}
enumpos(A) ::= . { memset(&A, 0, sizeof A); }
enumpos(A) ::= BEFORE STRING(X). { A = X; A.type = SD_TK_BEFORE; }
enumpos(A) ::= AFTER STRING(X). { A = X; A.type = SD_TK_AFTER; }

%type compattrs {sdi_table_elems}
compattrs(A) ::= coldef(C). { sdi_table_elems e = {0}; A = sdp_elems_col(e, C); }
compattrs(A) ::= compattrs(L) COMMA coldef(C). { A = sdp_elems_col(L, C); }

%type domcons {sdi_constraint*}
domcons(A) ::= ccons_list(L). { A = L; }

/* ---- functions and procedures: the signature only; the driver feeds the
 * statement up to the argument list's closing parenthesis and the builder
 * reads RETURNS, LANGUAGE and the body from the statement's tokens ---- */

cmd ::= CREATE orreplace(R) FUNCTION fullname(N) LP funcargs(A) RP. { sdp_create_routine(p, R, 1, &N, A); }
cmd ::= CREATE orreplace(R) FUNCTION fullname(N) LP RP. { sdp_create_routine(p, R, 1, &N, NULL); }
cmd ::= CREATE orreplace(R) PROCEDURE fullname(N) LP funcargs(A) RP. { sdp_create_routine(p, R, 2, &N, A); }
cmd ::= CREATE orreplace(R) PROCEDURE fullname(N) LP RP. { sdp_create_routine(p, R, 2, &N, NULL); }
cmd ::= DROP FUNCTION ifexists(E) routinerefs(L) drop_behavior(B). { sdp_drop_routines(p, 1, E, L, B); }
cmd ::= ALTER FUNCTION routineref(R) RENAME TO nm(N). { sdp_alter_routine_rename(p, 1, R, &N); }
cmd ::= ALTER PROCEDURE routineref(R) RENAME TO nm(N). { sdp_alter_routine_rename(p, 2, R, &N); }
cmd ::= DROP PROCEDURE ifexists(E) routinerefs(L) drop_behavior(B). { sdp_drop_routines(p, 2, E, L, B); }

%type orreplace {int}
orreplace(A) ::= . { A = 0; }
orreplace(A) ::= OR REPLACE. { A = 1; }

%type funcargs {sdi_funcarg*}
funcargs(A) ::= funcarg(X). { A = X; }
funcargs(A) ::= funcargs(L) COMMA funcarg(X). { A = sdp_funcarg_append(L, X); }

%type funcarg {sdi_funcarg*}
funcarg(A) ::= typetoken(T) argdefault(D). { A = sdp_funcarg(p, T, 0, D); }
funcarg(A) ::= IN typetoken(T) argdefault(D). { A = sdp_funcarg(p, T, 1, D); }

%type argdefault {int}
argdefault(A) ::= . { A = 0; }
argdefault(A) ::= DEFAULT expr. { A = 1; }
argdefault(A) ::= EQ expr. { A = 1; }

%type routinerefs {sdi_routineref*}
routinerefs(A) ::= routineref(X). { A = X; }
routinerefs(A) ::= routinerefs(L) COMMA routineref(X). { A = sdp_routineref_append(L, X); }

%type routineref {sdi_routineref*}
routineref(A) ::= fullname(N). { A = sdp_routineref(p, &N, NULL, false); }
routineref(A) ::= fullname(N) LP RP. { A = sdp_routineref(p, &N, NULL, true); }
routineref(A) ::= fullname(N) LP funcargs(L) RP. { A = sdp_routineref(p, &N, L, true); }

/* ---- CREATE / DROP EXTENSION ---- */

cmd ::= CREATE EXTENSION ifnotexists(E) nm(N) ext_opts(S). { sdp_create_extension(p, E, &N, &S); }
cmd ::= DROP EXTENSION ifexists(E) droplist(L) drop_behavior(B). { sdp_drop(p, SDI_DROP_EXTENSION, E, L.v, L.n, B); }

%type ext_opts {sd_token}
ext_opts(A) ::= . { memset(&A, 0, sizeof A); }
ext_opts(A) ::= ext_opts(X) WITH. { A = X; }
ext_opts(A) ::= ext_opts SCHEMA nm(S). { A = S; }
ext_opts(A) ::= ext_opts(X) VERSION nm. { A = X; }
ext_opts(A) ::= ext_opts(X) VERSION STRING. { A = X; }
ext_opts(A) ::= ext_opts(X) CASCADE. { A = X; }

/* ---- CREATE TABLE ---- */

cmd ::= CREATE unlogged TABLE ifnotexists(E) fullname(N) LP table_elems(L) RP table_options(O).
    { sdp_create_table(p, E, &N, L, O); }
cmd ::= CREATE unlogged TABLE ifnotexists(E) fullname(N) LP RP table_options(O).
    { sdi_table_elems none = {0}; sdp_create_table(p, E, &N, none, O); }

unlogged ::= .
unlogged ::= UNLOGGED.

%type table_options {int}
table_options(A) ::= . { A = 0; }
table_options(A) ::= table_option_list(X). { A = X; }
%type table_option_list {int}
table_option_list(A) ::= table_option(X). { A = X; }
table_option_list(A) ::= table_option_list(L) COMMA table_option(X). { A = L | X; }
%type table_option {int}
table_option(A) ::= WITHOUT ROWID. { A = SDI_OPT_WITHOUT_ROWID; }
table_option(A) ::= STRICT. { A = SDI_OPT_STRICT; }
table_option(A) ::= WITH LP(L) relopts RP(R).
    { A = SDI_OPT_WITH; p->table_with = L; p->table_with.z = L.z + 1; p->table_with.n = (uint32_t)(R.z - L.z - 1); }

/* Columns and table constraints may interleave (PostgreSQL); SQLite also
 * allows table constraints without separating commas. */
%type table_elems {sdi_table_elems}
%type elems_col {sdi_table_elems}
%type elems_con {sdi_table_elems}
table_elems(A) ::= elems_col(X). { A = X; }
table_elems(A) ::= elems_con(X). { A = X; }
elems_col(A) ::= coldef(C). { sdi_table_elems e = {0}; A = sdp_elems_col(e, C); }
elems_col(A) ::= table_elems(L) COMMA coldef(C). { A = sdp_elems_col(L, C); }
elems_col(A) ::= likeelem(C). { sdi_table_elems e = {0}; A = sdp_elems_col(e, C); }
elems_col(A) ::= table_elems(L) COMMA likeelem(C). { A = sdp_elems_col(L, C); }

/* LIKE source [INCLUDING|EXCLUDING option]...: a column list element */
%type likeelem {sdi_coldef*}
likeelem(A) ::= LIKE(L) fullname(T) likeopts(O). { A = sdp_coldef_like(p, &L, &T, O); }
%type likeopts {int}
likeopts(A) ::= . { A = 0; }
likeopts(A) ::= likeopts(L) ID(D) ID(W). { A = sdp_like_option(p, L, &D, &W); }
likeopts(A) ::= likeopts(L) ID(D) GENERATED(W). { A = sdp_like_option(p, L, &D, &W); }
elems_con(A) ::= tcons(C). { sdi_table_elems e = {0}; A = sdp_elems_con(e, C); }
elems_con(A) ::= table_elems(L) COMMA(M) tcons(C). { if (C) C->comma_before = M.z; A = sdp_elems_con(L, C); }
elems_con(A) ::= elems_con(L) tcons(C). { A = sdp_elems_con(L, C); }

%type coldef {sdi_coldef*}
coldef(A) ::= ids(N) typetoken(T) ccons_list(C). { A = sdp_coldef(p, &N, T, C); }
coldef(A) ::= ids(N) ccons_list(C). { A = sdp_coldef(p, &N, NULL, C); }

/* ---- types ---- */

%type typetoken {sdi_type*}
typetoken(A) ::= typename(X). [OR] { A = X; }
typetoken(A) ::= typename(X) LP typemods(M) RP(R). [OR] { A = sdp_type_mods(p, X, M, R.z + R.n); }
typetoken(A) ::= typename(X) LP typemods(M) RP(R) WITH(W) TIME(T) ZONE(Z).
    { A = sdp_type_mods(p, X, M, R.z + R.n); A = sdp_type_word(p, A, &W); A = sdp_type_word(p, A, &T); A = sdp_type_word(p, A, &Z); }
typetoken(A) ::= typename(X) LP typemods(M) RP(R) WITHOUT(W) TIME(T) ZONE(Z).
    { A = sdp_type_mods(p, X, M, R.z + R.n); A = sdp_type_word(p, A, &W); A = sdp_type_word(p, A, &T); A = sdp_type_word(p, A, &Z); }
typetoken(A) ::= typetoken(X) LBRACKET RBRACKET(R). { A = sdp_type_array(p, X, R.z + R.n); }
typetoken(A) ::= typetoken(X) LBRACKET INTEGER RBRACKET(R). { A = sdp_type_array(p, X, R.z + R.n); }
typetoken(A) ::= typetoken(X) ARRAY(R). [OR] { A = sdp_type_array(p, X, R.z + R.n); }
typetoken(A) ::= typetoken(X) ARRAY LBRACKET INTEGER RBRACKET(R). { A = sdp_type_array(p, X, R.z + R.n); }

%type typename {sdi_type*}
typename(A) ::= typeword(W). { A = sdp_type_word(p, NULL, &W); }
typename(A) ::= typename(T) typeword(W). { A = sdp_type_word(p, T, &W); }
typename(A) ::= typename(T) WITH(W). { A = sdp_type_word(p, T, &W); }
typename(A) ::= typename(T) DOT nm(W). { A = sdp_type_word(p, T, &W); }

%type typeword {sd_token}
typeword(A) ::= ID(X). { A = X; }
typeword(A) ::= QUOTED_ID(X). { A = X; }

%type typemods {sdi_expr*}
typemods(A) ::= signed(X). { A = sdp_expr_list(p, NULL, X); }
typemods(A) ::= typemods(L) COMMA signed(X). { A = sdp_expr_list(p, L, X); }

%type signed {sdi_expr*}
signed(A) ::= INTEGER(X). { A = sdp_expr(p, SDI_E_NUMBER, &X); }
signed(A) ::= PLUS INTEGER(X). { A = sdp_expr(p, SDI_E_NUMBER, &X); }
signed(A) ::= MINUS(M) INTEGER(X). { A = sdp_expr_op(p, SDI_E_UNARY, "-", 1, sdp_expr(p, SDI_E_NUMBER, &X), NULL); A = sdp_expr_span(A, M.z, X.z + X.n); }

/* ---- column constraints ---- */

%type ccons_list {sdi_constraint*}
ccons_list(A) ::= . { A = NULL; }
ccons_list(A) ::= ccons_list(L) ccons(C). { A = sdp_constraint_append(L, C); }

%type ccons {sdi_constraint*}
ccons(A) ::= CONSTRAINT nm(N) ccons_body(C). { A = sdp_constraint_named(p, C, &N); }
ccons(A) ::= ccons_body(C). { A = C; }
ccons(A) ::= cons_attr(C). { A = C; }

%type ccons_body {sdi_constraint*}
ccons_body(A) ::= NOT(T) NULL onconf. { A = sdp_constraint(p, SDI_C_NOT_NULL, &T); }
ccons_body(A) ::= NULL(T) onconf. { A = sdp_constraint(p, SDI_C_NULL, &T); }
ccons_body(A) ::= DEFAULT(T) bexpr(E). { A = sdp_constraint(p, SDI_C_DEFAULT, &T); if (A) A->expr = E; }
ccons_body(A) ::= PRIMARY(T) KEY sortorder(D) onconf autoinc(I).
    { A = sdp_constraint(p, SDI_C_PRIMARY_KEY, &T); if (A) { A->desc = D == 2; A->autoincrement = I; } }
ccons_body(A) ::= UNIQUE(T) onconf. { A = sdp_constraint(p, SDI_C_UNIQUE, &T); }
ccons_body(A) ::= UNIQUE(T) NULLS NOT DISTINCT. { A = sdp_constraint(p, SDI_C_UNIQUE, &T); if (A) A->ival = 1; }
ccons_body(A) ::= CHECK(T) LP expr(E) RP. { A = sdp_constraint(p, SDI_C_CHECK, &T); if (A) A->expr = E; }
ccons_body(A) ::= REFERENCES(T) fullname(N) refcols(C) refargs(R).
    { A = sdp_constraint(p, SDI_C_FOREIGN_KEY, &T); if (A) { A->ref = N; A->ref_cols = C; A->on_delete = R & 0xff; A->on_update = (R >> 8) & 0xff; A->match = R >> 16; } }
ccons_body(A) ::= COLLATE(T) nm(N). { A = sdp_constraint(p, SDI_C_COLLATE, &T); if (A) A->collation = N; }
ccons_body(A) ::= GENERATED(T) ALWAYS AS IDENTITY identopts(O). { A = sdp_constraint(p, SDI_C_IDENTITY, &T); if (A) { A->ival = 1; A->identopts = O; } }
ccons_body(A) ::= GENERATED(T) BY DEFAULT AS IDENTITY identopts(O). { A = sdp_constraint(p, SDI_C_IDENTITY, &T); if (A) { A->ival = 2; A->identopts = O; } }
ccons_body(A) ::= GENERATED(T) ALWAYS AS LP expr(E) RP genkind(K). { A = sdp_constraint(p, SDI_C_GENERATED, &T); if (A) { A->expr = E; A->ival = K; } }
ccons_body(A) ::= AS(T) LP expr(E) RP genkind(K). { A = sdp_constraint(p, SDI_C_GENERATED, &T); if (A) { A->expr = E; A->ival = K; A->autoincrement = true; } }

/* 0: not said, 1: STORED, 2: VIRTUAL */
%type genkind {int}
genkind(A) ::= . { A = 0; }
genkind(A) ::= STORED. { A = 1; }
genkind(A) ::= VIRTUAL. { A = 2; }

/* Identity sequence options: accepted, not kept, but for SEQUENCE NAME,
 * which the builders read from the tokens; the token is the "(". */
%type identopts {sd_token}
identopts(A) ::= . { memset(&A, 0, sizeof A); }
identopts(A) ::= LP(L) seqopts RP. { A = L; }
seqopts ::= seqopt.
seqopts ::= seqopts seqopt.
seqopt ::= ID.
seqopt ::= QUOTED_ID.
seqopt ::= WITH.
seqopt ::= BY.
seqopt ::= NO.
seqopt ::= AS.
seqopt ::= signed.
seqopt ::= nm DOT nm.

%type cons_attr {sdi_constraint*}
cons_attr(A) ::= DEFERRABLE(T). { A = sdp_constraint(p, SDI_C_DEFERRABLE, &T); }
cons_attr(A) ::= NOT(T) DEFERRABLE. { A = sdp_constraint(p, SDI_C_NOT_DEFERRABLE, &T); }
cons_attr(A) ::= INITIALLY(T) DEFERRED. { A = sdp_constraint(p, SDI_C_INITIALLY_DEFERRED, &T); }
cons_attr(A) ::= INITIALLY(T) IMMEDIATE. { A = sdp_constraint(p, SDI_C_INITIALLY_IMMEDIATE, &T); }
cons_attr(A) ::= NOT(T) VALID. { A = sdp_constraint(p, SDI_C_NOT_VALID, &T); }
cons_attr(A) ::= NO(T) ID(W). { A = sdp_constraint_no(p, &T, &W); }

%type sortorder {int}
sortorder(A) ::= . { A = 0; }
sortorder(A) ::= ASC. { A = 1; }
sortorder(A) ::= DESC. { A = 2; }

%type autoinc {int}
autoinc(A) ::= . { A = 0; }
autoinc(A) ::= AUTOINCREMENT. { A = 1; }

/* SQLite conflict clauses: accepted, no effect on the schema. */
onconf ::= .
onconf ::= ON CONFLICT resolvetype.
resolvetype ::= ROLLBACK.
resolvetype ::= ABORT.
resolvetype ::= FAIL.
resolvetype ::= IGNORE.
resolvetype ::= REPLACE.

%type refcols {sdi_namelist}
refcols(A) ::= . { memset(&A, 0, sizeof A); }
refcols(A) ::= LP idlist(L) RP. { A = L; }

/* Actions packed as on_delete | on_update << 8 | match << 16. */
%type refargs {int}
refargs(A) ::= . { A = 0; }
refargs(A) ::= refargs(L) ON DELETE refact(X). { A = (L & ~0xff) | X; }
refargs(A) ::= refargs(L) ON UPDATE refact(X). { A = (L & ~0xff00) | (X << 8); }
refargs(A) ::= refargs(L) MATCH FULL. { A = (L & 0xffff) | (SDI_MATCH_FULL << 16); }
refargs(A) ::= refargs(L) MATCH PARTIAL. { A = (L & 0xffff) | (SDI_MATCH_PARTIAL << 16); }
refargs(A) ::= refargs(L) MATCH SIMPLE. { A = (L & 0xffff) | (SDI_MATCH_SIMPLE << 16); }

%type refact {int}
refact(A) ::= SET NULL. { A = SDI_FK_SET_NULL; }
refact(A) ::= SET DEFAULT. { A = SDI_FK_SET_DEFAULT; }
refact(A) ::= CASCADE. { A = SDI_FK_CASCADE; }
refact(A) ::= RESTRICT. { A = SDI_FK_RESTRICT; }
refact(A) ::= NO ACTION. { A = SDI_FK_NO_ACTION; }

/* ---- table constraints ---- */

%type tcons {sdi_constraint*}
tcons(A) ::= CONSTRAINT nm(N) tcons_body(C) cons_attrs(T). { A = sdp_constraint_named(p, sdp_constraint_append(C, T), &N); }
tcons(A) ::= tcons_body(C) cons_attrs(T). { A = sdp_constraint_append(C, T); }

%type cons_attrs {sdi_constraint*}
cons_attrs(A) ::= . { A = NULL; }
cons_attrs(A) ::= cons_attrs(L) cons_attr(C). { A = sdp_constraint_append(L, C); }

%type tcons_body {sdi_constraint*}
tcons_body(A) ::= PRIMARY(T) KEY LP sortlist(L) autoinc(I) RP onconf.
    { A = sdp_constraint(p, SDI_C_PRIMARY_KEY, &T); if (A) { A->cols = L; A->autoincrement = I; } }
tcons_body(A) ::= UNIQUE(T) LP sortlist(L) RP onconf.
    { A = sdp_constraint(p, SDI_C_UNIQUE, &T); if (A) A->cols = L; }
tcons_body(A) ::= UNIQUE(T) NULLS NOT DISTINCT LP sortlist(L) RP.
    { A = sdp_constraint(p, SDI_C_UNIQUE, &T); if (A) { A->cols = L; A->ival = 1; } }
tcons_body(A) ::= UNIQUE(T) NULLS DISTINCT LP sortlist(L) RP.
    { A = sdp_constraint(p, SDI_C_UNIQUE, &T); if (A) A->cols = L; }
tcons_body(A) ::= PRIMARY(T) KEY USING INDEX nm(I).
    { A = sdp_constraint(p, SDI_C_PRIMARY_KEY, &T); if (A) A->using_index = I; }
tcons_body(A) ::= UNIQUE(T) USING INDEX nm(I).
    { A = sdp_constraint(p, SDI_C_UNIQUE, &T); if (A) A->using_index = I; }
tcons_body(A) ::= EXCLUDE(T) using(M) LP exclelems(L) RP include(I) exclwhere(W).
    { A = sdp_constraint(p, SDI_C_EXCLUDE, &T); if (A) { A->excl = L; A->method = M; A->cols = I; A->expr = W; } }
tcons_body(A) ::= CHECK(T) LP expr(E) RP onconf.
    { A = sdp_constraint(p, SDI_C_CHECK, &T); if (A) A->expr = E; }
tcons_body(A) ::= FOREIGN(T) KEY LP idlist(L) RP REFERENCES fullname(N) refcols(C) refargs(R).
    { A = sdp_constraint(p, SDI_C_FOREIGN_KEY, &T); if (A) { A->cols = L; A->ref = N; A->ref_cols = C; A->on_delete = R & 0xff; A->on_update = (R >> 8) & 0xff; A->match = R >> 16; } }

/* Key columns of PRIMARY KEY / UNIQUE: names with optional COLLATE and order. */
%type sortlist {sdi_namelist}
sortlist(A) ::= sortitem(X). { sdi_namelist e = {0}; A = sdp_namelist(p, e, &X); }
sortlist(A) ::= sortlist(L) COMMA sortitem(X). { A = sdp_namelist(p, L, &X); }
%type sortitem {sd_token}
sortitem(A) ::= nm(X) sortorder. { A = X; }
sortitem(A) ::= nm(X) COLLATE nm sortorder. { A = X; }

/* Elements of an exclusion constraint: index keys with their operators. */
%type exclelems {sdi_index_key*}
exclelems(A) ::= exclelem(K). { A = K; }
exclelems(A) ::= exclelems(L) COMMA exclelem(K). { A = sdp_index_keys_append(L, K); }

%type exclelem {sdi_index_key*}
exclelem(A) ::= idxkey(K) WITH exclop(O). { A = K; if (A) A->excl_op = O; }

/* PostgreSQL requires the parentheses (and a NOT after them is DEFERRABLE's). */
%type exclwhere {sdi_expr*}
exclwhere(A) ::= . { A = NULL; }
exclwhere(A) ::= WHERE LP expr(E) RP. { A = E; }

%type exclop {sd_token}
exclop(A) ::= EQ(X). { A = X; }
exclop(A) ::= NE(X). { A = X; }
exclop(A) ::= LT(X). { A = X; }
exclop(A) ::= GT(X). { A = X; }
exclop(A) ::= LE(X). { A = X; }
exclop(A) ::= GE(X). { A = X; }
exclop(A) ::= OP(X). { A = X; }

/* ---- ALTER DOMAIN: the default and NOT NULL are kept; CHECKs are not ---- */

cmd ::= ALTER DOMAIN fullname(N) SET DEFAULT expr(E). { sdp_alter_domain(p, &N, SDI_DOMAIN_SET_DEFAULT, E, NULL); }
cmd ::= ALTER DOMAIN fullname(N) DROP DEFAULT. { sdp_alter_domain(p, &N, SDI_DOMAIN_DROP_DEFAULT, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) SET NOT NULL. { sdp_alter_domain(p, &N, SDI_DOMAIN_SET_NOT_NULL, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) DROP NOT NULL. { sdp_alter_domain(p, &N, SDI_DOMAIN_DROP_NOT_NULL, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) ADD tcons(C). { sdp_alter_domain(p, &N, SDI_DOMAIN_ADD_CONSTRAINT, NULL, C); }
cmd ::= ALTER DOMAIN fullname(N) DROP CONSTRAINT ifexists nm drop_behavior. { sdp_alter_domain(p, &N, SDI_DOMAIN_CONSTRAINT_ONLY, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) VALIDATE CONSTRAINT nm. { sdp_alter_domain(p, &N, SDI_DOMAIN_CONSTRAINT_ONLY, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) RENAME CONSTRAINT nm TO nm. { sdp_alter_domain(p, &N, SDI_DOMAIN_CONSTRAINT_ONLY, NULL, NULL); }
cmd ::= ALTER DOMAIN fullname(N) RENAME TO nm(X). { sdp_alter_domain(p, &N, SDI_DOMAIN_RENAME, NULL, NULL); sdp_alter_type_rename(p, &N, &X); }

/* ---- CREATE INDEX ---- */

cmd ::= CREATE uniqueflag(U) INDEX concurrently ifnotexists(E) fullname(N) ON only(Y) fullname(T) using(M) LP idxkeys(K) RP idxopts(O) where(W).
    { O.only = Y; sdp_create_index(p, U, E, &N, &T, &M, K, &O, W); }
cmd ::= CREATE uniqueflag(U) INDEX concurrently ON only(Y) fullname(T) using(M) LP idxkeys(K) RP idxopts(O) where(W).
    { O.only = Y; sdp_create_index(p, U, 0, NULL, &T, &M, K, &O, W); }

%type idxopts {sdi_index_opts}
idxopts(A) ::= include(I) nullsdistinct(D) idxstorage(W). { A.include = I; A.nulls_not_distinct = D; A.only = false; A.with = W; }

/* WITH (storage parameters) [TABLESPACE t]: the parameters' text (n == 0
 * when absent); the tablespace has no schema effect */
%type idxstorage {sd_token}
idxstorage(A) ::= . { memset(&A, 0, sizeof A); }
idxstorage(A) ::= WITH LP(L) relopts RP(R). { A = L; A.z = L.z + 1; A.n = (uint32_t)(R.z - A.z); }
idxstorage(A) ::= ID(T) nm. { memset(&A, 0, sizeof A); sdp_expect_word(p, &T, "tablespace"); }
idxstorage(A) ::= WITH LP(L) relopts RP(R) ID(T) nm. { A = L; A.z = L.z + 1; A.n = (uint32_t)(R.z - A.z); sdp_expect_word(p, &T, "tablespace"); }

%type nullsdistinct {bool}
nullsdistinct(A) ::= . { A = false; }
nullsdistinct(A) ::= NULLS DISTINCT. { A = false; }
nullsdistinct(A) ::= NULLS NOT DISTINCT. { A = true; }

%type uniqueflag {int}
uniqueflag(A) ::= . { A = 0; }
uniqueflag(A) ::= UNIQUE. { A = 1; }

concurrently ::= .
concurrently ::= CONCURRENTLY.

%type only {bool}
only(A) ::= . { A = false; }
only(A) ::= ONLY. { A = true; }

%type using {sd_token}
using(A) ::= . { memset(&A, 0, sizeof A); }
using(A) ::= USING nm(X). { A = X; }

%type include {sdi_namelist}
include(A) ::= . { memset(&A, 0, sizeof A); }
include(A) ::= INCLUDE LP idlist(L) RP. { A = L; }

%type where {sdi_expr*}
where(A) ::= . { A = NULL; }
where(A) ::= WHERE expr(E). { A = E; }

%type idxkeys {sdi_index_key*}
idxkeys(A) ::= idxkey(K). { A = K; }
idxkeys(A) ::= idxkeys(L) COMMA idxkey(K). { A = sdp_index_keys_append(L, K); }

/* An index key: a column or expression (PostgreSQL needs parentheses around
 * expressions other than function calls; the builder checks). */
%type idxkey {sdi_index_key*}
idxkey(A) ::= expr(E) idxcollate(C) opclass(K) sortorder(O) nullsorder(N).
    { A = sdp_index_key(p, E, &C, O, N); if (A) A->opclass = K; }

/* An operator class, possibly schema-qualified (its parameters are not kept). */
%type opclass {sd_token}
opclass(A) ::= . { memset(&A, 0, sizeof A); }
opclass(A) ::= nm(X). { A = X; }
opclass(A) ::= nm DOT nm(X). { A = X; }

%type idxcollate {sd_token}
idxcollate(A) ::= . { memset(&A, 0, sizeof A); }
idxcollate(A) ::= COLLATE nm(X). { A = X; }

%type nullsorder {int}
nullsorder(A) ::= . { A = 0; }
nullsorder(A) ::= NULLS FIRST. { A = 1; }
nullsorder(A) ::= NULLS LAST. { A = 2; }

/* ---- ALTER TABLE, ALTER INDEX ... RENAME ---- */

cmd ::= ALTER TABLE ifexists(E) only(Y) fullname(N) alter_actions(L). { sdp_alter_table(p, E, Y, &N, L); }
cmd ::= ALTER INDEX ifexists(E) fullname(N) RENAME TO nm(M). { sdp_alter_index_rename(p, E, &N, &M); }

%type alter_actions {sdi_alter_action*}
alter_actions(A) ::= alter_action(X). { A = X; }
alter_actions(A) ::= alter_actions(L) COMMA alter_action(X). { A = sdp_alter_append(L, X); }

%type alter_action {sdi_alter_action*}
alter_action(A) ::= ADD ifnotexists(E) coldef(C). { A = sdp_alter_add_column(p, E, C); }
alter_action(A) ::= ADD COLUMN ifnotexists(E) coldef(C). { A = sdp_alter_add_column(p, E, C); }
alter_action(A) ::= ADD tcons(C). { A = sdp_alter_add_constraint(p, C); }
alter_action(A) ::= DROP(T) ifexists(E) nm(N) drop_behavior(B).
    { A = sdp_alter(p, SDI_ALTER_DROP_COLUMN, &T); if (A) { A->if_exists = E; A->name = N; A->behavior = B; } }
alter_action(A) ::= DROP(T) COLUMN ifexists(E) nm(N) drop_behavior(B).
    { A = sdp_alter(p, SDI_ALTER_DROP_COLUMN, &T); if (A) { A->if_exists = E; A->name = N; A->behavior = B; } }
alter_action(A) ::= DROP(T) CONSTRAINT ifexists(E) nm(N) drop_behavior(B).
    { A = sdp_alter(p, SDI_ALTER_DROP_CONSTRAINT, &T); if (A) { A->if_exists = E; A->name = N; A->behavior = B; } }
alter_action(A) ::= ALTER(T) colkw nm(N) SET NOT NULL.
    { A = sdp_alter(p, SDI_ALTER_SET_NOT_NULL, &T); if (A) A->name = N; }
alter_action(A) ::= ALTER(T) colkw nm(N) DROP NOT NULL.
    { A = sdp_alter(p, SDI_ALTER_DROP_NOT_NULL, &T); if (A) A->name = N; }
alter_action(A) ::= ALTER(T) colkw nm(N) SET DEFAULT expr(X).
    { A = sdp_alter(p, SDI_ALTER_SET_DEFAULT, &T); if (A) { A->name = N; A->expr = X; } }
alter_action(A) ::= ALTER(T) colkw nm(N) ADD GENERATED ALWAYS AS IDENTITY identopts(O).
    { A = sdp_alter(p, SDI_ALTER_ADD_IDENTITY, &T); if (A) { A->name = N; A->behavior = 1; A->opts = O; } }
alter_action(A) ::= ALTER(T) colkw nm(N) ADD GENERATED BY DEFAULT AS IDENTITY identopts(O).
    { A = sdp_alter(p, SDI_ALTER_ADD_IDENTITY, &T); if (A) { A->name = N; A->behavior = 2; A->opts = O; } }
alter_action(A) ::= ALTER(T) colkw nm(N) DROP IDENTITY ifexists(E).
    { A = sdp_alter(p, SDI_ALTER_DROP_IDENTITY, &T); if (A) { A->name = N; A->if_exists = E; } }
alter_action(A) ::= ALTER(T) colkw nm(N) SET GENERATED ALWAYS.
    { A = sdp_alter(p, SDI_ALTER_SET_IDENTITY, &T); if (A) { A->name = N; A->behavior = 1; } }
alter_action(A) ::= ALTER(T) colkw nm(N) SET GENERATED BY DEFAULT.
    { A = sdp_alter(p, SDI_ALTER_SET_IDENTITY, &T); if (A) { A->name = N; A->behavior = 2; } }
alter_action(A) ::= ALTER(T) colkw nm(N) DROP nm(X) ifexists(E).
    { A = sdp_alter(p, SDI_ALTER_DROP_EXPRESSION, &T); if (A) { A->name = N; A->name2 = X; A->if_exists = E; } }
alter_action(A) ::= ALTER(T) colkw nm(N) DROP DEFAULT.
    { A = sdp_alter(p, SDI_ALTER_DROP_DEFAULT, &T); if (A) A->name = N; }
alter_action(A) ::= ALTER(T) colkw nm(N) TYPE typetoken(Y) alter_using(U).
    { A = sdp_alter(p, SDI_ALTER_TYPE, &T); if (A) { A->name = N; A->type = Y; A->expr = U; } }
alter_action(A) ::= ALTER(T) colkw nm(N) SET DATA TYPE typetoken(Y) alter_using(U).
    { A = sdp_alter(p, SDI_ALTER_TYPE, &T); if (A) { A->name = N; A->type = Y; A->expr = U; } }
alter_action(A) ::= RENAME(T) colkw nm(N) TO nm(M).
    { A = sdp_alter(p, SDI_ALTER_RENAME_COLUMN, &T); if (A) { A->name = N; A->name2 = M; } }
alter_action(A) ::= RENAME(T) CONSTRAINT nm(N) TO nm(M).
    { A = sdp_alter(p, SDI_ALTER_RENAME_CONSTRAINT, &T); if (A) { A->name = N; A->name2 = M; } }
alter_action(A) ::= RENAME(T) TO ids(M).
    { A = sdp_alter(p, SDI_ALTER_RENAME_TABLE, &T); if (A) A->name2 = M; }
alter_action(A) ::= VALIDATE(T) CONSTRAINT nm(N).
    { A = sdp_alter(p, SDI_ALTER_VALIDATE_CONSTRAINT, &T); if (A) A->name = N; }
alter_action(A) ::= ENABLE(T) ROW LEVEL SECURITY. { A = sdp_alter(p, SDI_ALTER_RLS_ENABLE, &T); }
alter_action(A) ::= ENABLE(T) TRIGGER nm(N). { A = sdp_alter(p, SDI_ALTER_TRIGGER_STATE, &T); if (A) { A->name = N; A->behavior = SDI_TRIGGER_ORIGIN; } }
alter_action(A) ::= ENABLE(T) REPLICA TRIGGER nm(N). { A = sdp_alter(p, SDI_ALTER_TRIGGER_STATE, &T); if (A) { A->name = N; A->behavior = SDI_TRIGGER_REPLICA; } }
alter_action(A) ::= ENABLE(T) ALWAYS TRIGGER nm(N). { A = sdp_alter(p, SDI_ALTER_TRIGGER_STATE, &T); if (A) { A->name = N; A->behavior = SDI_TRIGGER_ALWAYS; } }
alter_action(A) ::= DISABLE(T) TRIGGER nm(N). { A = sdp_alter(p, SDI_ALTER_TRIGGER_STATE, &T); if (A) { A->name = N; A->behavior = SDI_TRIGGER_DISABLED; } }
alter_action(A) ::= DISABLE(T) ROW LEVEL SECURITY. { A = sdp_alter(p, SDI_ALTER_RLS_DISABLE, &T); }
alter_action(A) ::= FORCE(T) ROW LEVEL SECURITY. { A = sdp_alter(p, SDI_ALTER_RLS_FORCE, &T); }
alter_action(A) ::= NO(T) FORCE ROW LEVEL SECURITY. { A = sdp_alter(p, SDI_ALTER_RLS_NO_FORCE, &T); }
alter_action(A) ::= SET(T) SCHEMA nm(N). { A = sdp_alter(p, SDI_ALTER_SET_SCHEMA, &T); if (A) A->name = N; }
alter_action(A) ::= SET(T) LP(L) relopts RP(R). { A = sdp_alter(p, SDI_ALTER_STORAGE, &T); if (A) { A->opts = L; A->opts.z = L.z + 1; A->opts.n = (uint32_t)(R.z - A->opts.z); } }
alter_action(A) ::= ALTER(T) CONSTRAINT nm(N) cons_attrs(C).
    { A = sdp_alter(p, SDI_ALTER_CONSTRAINT, &T); if (A) { A->name = N; A->con = C; } }

/* Storage parameters: accepted, not part of the schema model. */
relopts ::= relopt.
relopts ::= relopts COMMA relopt.
relopt ::= nm.
relopt ::= nm EQ bexpr.
relopt ::= nm EQ ON.
relopt ::= nm DOT nm EQ bexpr.
relopt ::= nm DOT nm EQ ON.

colkw ::= .
colkw ::= COLUMN.

%type alter_using {sdi_expr*}
alter_using(A) ::= . { A = NULL; }
alter_using(A) ::= USING expr(X). { A = X; }

/* ---- DROP ---- */

cmd ::= DROP TABLE ifexists(E) droplist(L) drop_behavior(B). { sdp_drop(p, SDI_DROP_TABLE, E, L.v, L.n, B); }
cmd ::= DROP INDEX concurrently ifexists(E) droplist(L) drop_behavior(B). { sdp_drop(p, SDI_DROP_INDEX, E, L.v, L.n, B); }

%type droplist {sdi_droplist}
droplist(A) ::= fullname(X). { A.n = 0; A.v = sdp_namevec(p, NULL, &A.n, &X); }
droplist(A) ::= droplist(L) COMMA fullname(X). { A = L; A.v = sdp_namevec(p, L.v, &A.n, &X); }

%type drop_behavior {int}
drop_behavior(A) ::= . { A = 0; }
drop_behavior(A) ::= CASCADE. { A = SDI_DROP_CASCADE; }
drop_behavior(A) ::= RESTRICT. { A = SDI_DROP_RESTRICT; }

/* ---- expressions ----
 * expr is PostgreSQL's a_expr; bexpr its b_expr (no boolean operators, IS,
 * IN, LIKE, BETWEEN), which is what DEFAULT takes so that
 * "DEFAULT 0 NOT NULL" ends the default before NOT. */

%type expr {sdi_expr*}
%type bexpr {sdi_expr*}
%type primary {sdi_expr*}
%type exprlist {sdi_expr*}

expr(A) ::= bexpr(X). { A = X; }
expr(A) ::= expr(X) AND expr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, "AND", 3, X, Y); }
expr(A) ::= expr(X) OR expr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, "OR", 2, X, Y); }
expr(A) ::= NOT(T) expr(X). [NOT] { A = sdp_expr_op(p, SDI_E_UNARY, "NOT", 3, X, NULL); A = sdp_expr_span(A, T.z, NULL); }
expr(A) ::= expr(X) IS NULL(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NULL", 7, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS NOT NULL(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NOT NULL", 11, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) ISNULL(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NULL", 7, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) NOTNULL(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NOT NULL", 11, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) NOT NULL(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NOT NULL", 11, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS TRUE(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS TRUE", 7, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS NOT TRUE(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NOT TRUE", 11, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS FALSE(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS FALSE", 8, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS NOT FALSE(T). { A = sdp_expr_op(p, SDI_E_POSTFIX, "IS NOT FALSE", 12, X, NULL); A = sdp_expr_span(A, NULL, T.z + T.n); }
expr(A) ::= expr(X) IS DISTINCT FROM bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, "IS DISTINCT FROM", 16, X, Y); }
expr(A) ::= expr(X) IS NOT DISTINCT FROM bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, "IS NOT DISTINCT FROM", 20, X, Y); }
expr(A) ::= expr(X) IN LP exprlist(L) RP(R). { A = sdp_expr_op(p, SDI_E_IN, "IN", 2, X, L); A = sdp_expr_span(A, NULL, R.z + R.n); }
expr(A) ::= expr(X) NOT IN LP exprlist(L) RP(R). [IN] { A = sdp_expr_op(p, SDI_E_IN, "NOT IN", 6, X, L); if (A) A->ival = 1; A = sdp_expr_span(A, NULL, R.z + R.n); }
expr(A) ::= expr(X) likeop(O) bexpr(Y). [LIKE] { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
expr(A) ::= expr(X) likeop(O) bexpr(Y) ESCAPE bexpr(Z). [LIKE] { A = sdp_expr_op(p, SDI_E_OTHER, O.z, O.n, X, Z); (void)Y; }
expr(A) ::= expr(X) BETWEEN bexpr(Y) AND bexpr(Z). [BETWEEN] { A = sdp_expr_op(p, SDI_E_OTHER, "BETWEEN", 7, X, Z); (void)Y; }
expr(A) ::= expr(X) NOT BETWEEN bexpr(Y) AND bexpr(Z). [BETWEEN] { A = sdp_expr_op(p, SDI_E_OTHER, "NOT BETWEEN", 11, X, Z); (void)Y; }

%type likeop {sd_token}
likeop(A) ::= LIKE(X). { A = X; A.z = "LIKE"; A.n = 4; }
likeop(A) ::= NOT LIKE(X). { A = X; A.z = "NOT LIKE"; A.n = 8; }
likeop(A) ::= ILIKE(X). { A = X; A.z = "ILIKE"; A.n = 5; }
likeop(A) ::= NOT ILIKE(X). { A = X; A.z = "NOT ILIKE"; A.n = 9; }
likeop(A) ::= GLOB(X). { A = X; A.z = "GLOB"; A.n = 4; }
likeop(A) ::= NOT GLOB(X). { A = X; A.z = "NOT GLOB"; A.n = 8; }
likeop(A) ::= REGEXP(X). { A = X; A.z = "REGEXP"; A.n = 6; }
likeop(A) ::= MATCH(X). { A = X; A.z = "MATCH"; A.n = 5; }

bexpr(A) ::= primary(X). { A = X; }
bexpr(A) ::= bexpr(X) EQ(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) NE(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) LT(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) GT(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) LE(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) GE(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) OP(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) CONCAT(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) PLUS(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) MINUS(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) STAR(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) SLASH(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) PERCENT(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) CARET(O) bexpr(Y). { A = sdp_expr_op(p, SDI_E_BINARY, O.z, O.n, X, Y); }
bexpr(A) ::= bexpr(X) AT TIME ZONE bexpr(Y). [AT] { A = sdp_expr_op(p, SDI_E_BINARY, "AT TIME ZONE", 12, X, Y); }
bexpr(A) ::= MINUS(O) bexpr(X). [UMINUS] { A = sdp_expr_op(p, SDI_E_UNARY, "-", 1, X, NULL); A = sdp_expr_span(A, O.z, NULL); }
bexpr(A) ::= PLUS(O) bexpr(X). [UMINUS] { A = sdp_expr_op(p, SDI_E_UNARY, "+", 1, X, NULL); A = sdp_expr_span(A, O.z, NULL); }
bexpr(A) ::= OP(O) bexpr(X). [UMINUS] { A = sdp_expr_op(p, SDI_E_UNARY, O.z, O.n, X, NULL); A = sdp_expr_span(A, O.z, NULL); }
bexpr(A) ::= bexpr(X) DCOLON typetoken(T). { A = sdp_expr_cast(p, X, T); }
bexpr(A) ::= bexpr(X) LBRACKET expr RBRACKET(R). { A = sdp_expr_op(p, SDI_E_OTHER, "[]", 2, X, NULL); A = sdp_expr_span(A, NULL, R.z + R.n); }

primary(A) ::= INTEGER(X). { A = sdp_expr(p, SDI_E_NUMBER, &X); }
primary(A) ::= FLOAT(X). { A = sdp_expr(p, SDI_E_NUMBER, &X); }
primary(A) ::= STRING(X). { A = sdp_expr(p, SDI_E_STRING, &X); }
primary(A) ::= BLOB(X). { A = sdp_expr(p, SDI_E_OTHER, &X); }
primary(A) ::= PARAM(X). { A = sdp_expr(p, SDI_E_OTHER, &X); }
primary(A) ::= NULL(X). { A = sdp_expr(p, SDI_E_NULL, &X); }
primary(A) ::= TRUE(X). { A = sdp_expr(p, SDI_E_BOOL, &X); if (A) A->ival = 1; }
primary(A) ::= FALSE(X). { A = sdp_expr(p, SDI_E_BOOL, &X); }
primary(A) ::= SQLFUNC(X). { A = sdp_expr(p, SDI_E_SQLFUNC, &X); }
primary(A) ::= SQLFUNC(X) LP INTEGER RP(R). { A = sdp_expr(p, SDI_E_SQLFUNC, &X); A = sdp_expr_span(A, NULL, R.z + R.n); }
primary(A) ::= nm(X). { A = sdp_expr(p, SDI_E_COLUMN, &X); }
primary(A) ::= nm(T) DOT nm(X). { A = sdp_expr(p, SDI_E_COLUMN, &X); A = sdp_expr_span(A, T.z, NULL); }
primary(A) ::= nm(F) LP RP(R). { A = sdp_expr_func(p, &F, NULL, R.z + R.n); }
primary(A) ::= nm(F) LP STAR RP(R). { A = sdp_expr_func(p, &F, NULL, R.z + R.n); if (A) A->kind = SDI_E_OTHER; }
primary(A) ::= nm(F) LP exprlist(L) RP(R). { A = sdp_expr_func(p, &F, L, R.z + R.n); }
primary(A) ::= nm(S) DOT nm(F) LP exprlist(L) RP(R). { A = sdp_expr_qualified_func(p, &S, &F, L, R.z + R.n); }
primary(A) ::= nm(S) DOT nm(F) LP RP(R). { A = sdp_expr_qualified_func(p, &S, &F, NULL, R.z + R.n); }
primary(A) ::= LP(L) expr(X) RP(R). { A = sdp_expr_wrap(p, SDI_E_PAREN, X, L.z, R.z + R.n); }
primary(A) ::= LP(L) expr(X) COMMA exprlist(Y) RP(R). { A = sdp_expr_wrap(p, SDI_E_OTHER, sdp_expr_list(p, sdp_expr_list(p, NULL, X), Y), L.z, R.z + R.n); }
primary(A) ::= CAST(C) LP expr(X) AS typetoken(T) RP(R). { A = sdp_expr_cast(p, X, T); A = sdp_expr_span(A, C.z, R.z + R.n); }
primary(A) ::= ARRAY(K) LBRACKET exprlist(L) RBRACKET(R). { A = sdp_expr_wrap(p, SDI_E_ARRAY, L, K.z, R.z + R.n); }
primary(A) ::= ARRAY(K) LBRACKET RBRACKET(R). { A = sdp_expr_wrap(p, SDI_E_ARRAY, NULL, K.z, R.z + R.n); }
primary(A) ::= CASE(K) case_operand case_whens case_else END(R). { A = sdp_expr(p, SDI_E_OTHER, &K); A = sdp_expr_span(A, NULL, R.z + R.n); }
primary(A) ::= typeword(T) STRING(S).
    { /* type 'literal' is the literal cast to the type */
      A = sdp_expr_cast(p, sdp_expr(p, SDI_E_STRING, &S), sdp_type_word(p, NULL, &T)); A = sdp_expr_span(A, T.z, S.z + S.n); }

case_operand ::= .
case_operand ::= expr.
case_whens ::= WHEN expr THEN expr.
case_whens ::= case_whens WHEN expr THEN expr.
case_else ::= .
case_else ::= ELSE expr.

exprlist(A) ::= expr(X). { A = sdp_expr_list(p, NULL, X); }
exprlist(A) ::= exprlist(L) COMMA expr(X). { A = sdp_expr_list(p, L, X); }

/* Tokens the lexer produces that no rule above uses. */
%token WHERE SEMI ILLEGAL.

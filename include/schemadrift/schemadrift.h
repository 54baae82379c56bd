/* libschemadrift public API: replay SQL DDL (PostgreSQL or SQLite) into an
 * in-memory catalog, inspect it, and serialise it as JSON or SQL.
 *
 * Conventions (see STYLE.md of the project):
 * - Handles are opaque. Fallible functions return int: SD_OK (0) or a negative
 *   sd_status; details are read from the handle (sd_catalog_errmsg ...).
 * - Inputs are (pointer, length) pairs, never retained after the call.
 * - Getters return borrowed pointers, owned by the catalog: valid until the
 *   catalog is modified (apply) or freed. Do not free them.
 * - Owned text comes back in an sd_buf, released with sd_buf_dispose().
 * - Distinct handles may be used concurrently from different threads; a single
 *   handle must not be used concurrently.
 * - Enum values are explicit and only ever appended; functions take and return
 *   int so every binding sees one stable width.
 */
#ifndef SCHEMADRIFT_H
#define SCHEMADRIFT_H

#include <stddef.h>
#include <stdint.h>

#include "schemadrift_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(SD_BUILDING_LIBRARY)
#define SD_EXPORT __attribute__((visibility("default")))
#else
#define SD_EXPORT
#endif

/* Status codes returned by fallible functions. */
enum sd_status {
    SD_OK = 0,
    SD_ERR_NOMEM = -1,       /* allocation failed; the handle is unchanged or freed cleanly */
    SD_ERR_MISUSE = -2,      /* bad argument (NULL handle, unknown enum value) */
    SD_ERR_IO = -3,          /* a file could not be read */
    SD_ERR_ENCODING = -4,    /* input is not valid UTF-8 or holds a NUL byte; nothing applied */
    SD_ERR_SYNTAX = -5,      /* a statement could not be parsed (it failed closed) */
    SD_ERR_ENGINE = -6,      /* the real engine would reject a statement; the file stopped there */
    SD_ERR_UNMODELLED = -7,  /* a statement may change the catalog in a way we do not model */
    SD_ERR_ORDER = -8        /* migrations whose order is not clear (since 0.2) */
};

/* SQL dialects. */
enum sd_dialect {
    SD_DIALECT_POSTGRES = 1,
    SD_DIALECT_SQLITE = 2
};

/* Serialisation formats. */
enum sd_format {
    SD_FORMAT_JSON = 1,      /* documented in docs/catalog-json.md, carries "format" */
    SD_FORMAT_SQL = 2        /* DDL that recreates the catalog on the real engine */
};

/* The outcome of one replayed statement (DESIGN §5). */
enum sd_outcome {
    SD_OUTCOME_APPLIED = 1,
    SD_OUTCOME_NOOP = 2,
    SD_OUTCOME_IGNORED = 3,
    SD_OUTCOME_ENGINE_ERROR = 4,
    SD_OUTCOME_UNMODELLED = 5,
    /* unmodelled, but acknowledged by a "-- schemadrift:ignore <reason>"
     * comment on the line before it: listed, does not fail the run */
    SD_OUTCOME_ACKNOWLEDGED = 6
};

/* Constraint kinds. */
enum sd_constraint_kind {
    SD_CONSTRAINT_PRIMARY_KEY = 1,
    SD_CONSTRAINT_UNIQUE = 2,
    SD_CONSTRAINT_CHECK = 3,
    SD_CONSTRAINT_FOREIGN_KEY = 4,
    SD_CONSTRAINT_EXCLUSION = 5     /* PostgreSQL EXCLUDE (since 0.1.1) */
};

/* Which location of an object: where it was created or last changed. */
enum sd_location_kind {
    SD_LOCATION_CREATED = 1,
    SD_LOCATION_CHANGED = 2
};

typedef struct sd_catalog sd_catalog;
typedef struct sd_schema sd_schema;
typedef struct sd_table sd_table;
typedef struct sd_column sd_column;
typedef struct sd_index sd_index;
typedef struct sd_constraint sd_constraint;
typedef struct sd_statement sd_statement;
typedef struct sd_buf sd_buf;

/* ---- Versions and status ---------------------------------------------- */

/* The runtime library version as SD_VERSION_NUMBER (0xMMmmpp). */
SD_EXPORT int sd_version(void);
/* The runtime library version as "M.m.p". Static storage; do not free. */
SD_EXPORT const char *sd_version_string(void);
/* A short English description of a status code. Static storage; never NULL. */
SD_EXPORT const char *sd_status_str(int status);

/* ---- Catalog lifecycle and replay -------------------------------------- */

/* Create an empty catalog for `dialect` (enum sd_dialect) in *out.
 * Returns SD_OK, SD_ERR_MISUSE (bad dialect or NULL out) or SD_ERR_NOMEM.
 * The caller owns *out and releases it with sd_catalog_free(). */
SD_EXPORT int sd_catalog_new(int dialect, sd_catalog **out);
/* Free a catalog and everything borrowed from it. NULL is a no-op. */
SD_EXPORT void sd_catalog_free(sd_catalog *cat);
/* The catalog's dialect (enum sd_dialect). */
SD_EXPORT int sd_catalog_dialect(const sd_catalog *cat);

/* Replay the SQL text `sql` of `len` bytes (UTF-8; no NUL terminator needed)
 * into the catalog, statement by statement, as the engine would. `filename`
 * (NUL-terminated; NULL is named "<input>") names the text in locations; it
 * is copied.
 * Every statement gets an outcome (sd_catalog_statement_at). Returns:
 *   SD_OK             every statement applied, was a no-op or was ignored;
 *   SD_ERR_ENCODING   invalid UTF-8 or a NUL byte: nothing was applied;
 *   SD_ERR_ENGINE     a statement the engine would reject; replay of this text
 *                     stopped there (the statements before it are applied);
 *   SD_ERR_UNMODELLED / SD_ERR_SYNTAX  at least one statement failed closed;
 *                     replay went on with the next statement;
 *   SD_ERR_NOMEM, SD_ERR_MISUSE.
 * On any error, sd_catalog_errmsg() and the sd_catalog_error_* getters
 * describe the first problem of this call. */
SD_EXPORT int sd_catalog_apply_sql(sd_catalog *cat, const char *sql, size_t len,
                                   const char *filename);
/* Read the file at `path` (NUL-terminated) and apply it as above, named by
 * `path`. Returns SD_ERR_IO when it cannot be read. */
SD_EXPORT int sd_catalog_apply_file(sd_catalog *cat, const char *path);

/* The message of the last failed call on `cat`, or "" when the last call
 * succeeded. Owned by `cat`; valid until the next call that modifies `cat`. */
SD_EXPORT const char *sd_catalog_errmsg(const sd_catalog *cat);
/* The status of the last call on `cat` that sets errors (SD_OK or negative). */
SD_EXPORT int sd_catalog_errcode(const sd_catalog *cat);
/* Location of the last error: file name (owned by `cat`, NULL when unknown),
 * 1-based line and column (column counts Unicode characters; 0 when
 * unknown), and 0-based byte offset within the applied text. */
SD_EXPORT const char *sd_catalog_error_file(const sd_catalog *cat);
SD_EXPORT uint32_t sd_catalog_error_line(const sd_catalog *cat);
SD_EXPORT uint32_t sd_catalog_error_col(const sd_catalog *cat);
SD_EXPORT size_t sd_catalog_error_offset(const sd_catalog *cat);

/* ---- Statement outcomes ------------------------------------------------ */

/* Number of statements replayed so far, over every apply call. */
SD_EXPORT size_t sd_catalog_statement_count(const sd_catalog *cat);
/* The i-th statement, or NULL when out of range or released (see
 * sd_catalog_keep_statements). Owned by `cat`; valid until `cat` is freed or,
 * under SD_KEEP_LAST_CALL, until the next apply call. */
SD_EXPORT const sd_statement *sd_catalog_statement_at(const sd_catalog *cat, size_t i);
/* The outcome (enum sd_outcome). */
SD_EXPORT int sd_statement_outcome(const sd_statement *st);
/* A short tag for the statement kind, e.g. "CREATE TABLE". Never NULL. */
SD_EXPORT const char *sd_statement_tag(const sd_statement *st);
/* Why the outcome is what it is ("relation \"t\" already exists",
 * "DO blocks run arbitrary code"); "" for plainly applied statements. */
SD_EXPORT const char *sd_statement_reason(const sd_statement *st);
/* Where the statement starts (file name owned by the catalog; line and
 * character column 1-based; byte offset and length within its text). For
 * engine errors and failures the position is that of the offending token. */
SD_EXPORT const char *sd_statement_file(const sd_statement *st);
SD_EXPORT uint32_t sd_statement_line(const sd_statement *st);
SD_EXPORT uint32_t sd_statement_col(const sd_statement *st);
SD_EXPORT size_t sd_statement_offset(const sd_statement *st);
SD_EXPORT size_t sd_statement_length(const sd_statement *st);

/* ---- Catalog objects ---------------------------------------------------
 * Every getter below returns data owned by the catalog, valid until it is
 * modified or freed; index getters return NULL when out of range; string
 * getters return NULL only where stated. */

SD_EXPORT size_t sd_catalog_schema_count(const sd_catalog *cat);
SD_EXPORT const sd_schema *sd_catalog_schema_at(const sd_catalog *cat, size_t i);
/* Look a schema up by its stored name (exact bytes), NULL when absent. */
SD_EXPORT const sd_schema *sd_catalog_schema_find(const sd_catalog *cat,
                                                  const char *name, size_t len);
SD_EXPORT const char *sd_schema_name(const sd_schema *schema);
SD_EXPORT size_t sd_schema_table_count(const sd_schema *schema);
/* Tables in name order. */
SD_EXPORT const sd_table *sd_schema_table_at(const sd_schema *schema, size_t i);
/* Look a table up by its stored name (PostgreSQL: exact bytes; SQLite: ASCII
 * case-insensitive), NULL when absent. */
SD_EXPORT const sd_table *sd_schema_table_find(const sd_schema *schema,
                                               const char *name, size_t len);

SD_EXPORT const char *sd_table_name(const sd_table *table);
SD_EXPORT const sd_schema *sd_table_schema(const sd_table *table);
SD_EXPORT size_t sd_table_column_count(const sd_table *table);
/* Columns in table order. */
SD_EXPORT const sd_column *sd_table_column_at(const sd_table *table, size_t i);
SD_EXPORT size_t sd_table_constraint_count(const sd_table *table);
/* Constraints in name order (unnamed SQLite constraints last, in source order). */
SD_EXPORT const sd_constraint *sd_table_constraint_at(const sd_table *table, size_t i);
SD_EXPORT size_t sd_table_index_count(const sd_table *table);
/* Indexes in name order, including those that back constraints. */
SD_EXPORT const sd_index *sd_table_index_at(const sd_table *table, size_t i);

SD_EXPORT const char *sd_column_name(const sd_column *column);
/* The engine's type text (PostgreSQL format_type, SQLite declared type). */
SD_EXPORT const char *sd_column_type(const sd_column *column);
/* The type exactly as written in the source. */
SD_EXPORT const char *sd_column_declared_type(const sd_column *column);
SD_EXPORT int sd_column_not_null(const sd_column *column);
/* The default as the engine prints it, or NULL when there is none. */
SD_EXPORT const char *sd_column_default(const sd_column *column);

SD_EXPORT const char *sd_constraint_name(const sd_constraint *con); /* NULL: unnamed (SQLite) */
SD_EXPORT int sd_constraint_kind(const sd_constraint *con);
SD_EXPORT size_t sd_constraint_column_count(const sd_constraint *con);
SD_EXPORT const char *sd_constraint_column_at(const sd_constraint *con, size_t i);
/* CHECK expression source text; NULL for other kinds. (A CHECK lists no
 * columns: sd_constraint_column_count is 0.) */
SD_EXPORT const char *sd_constraint_expression(const sd_constraint *con);
/* Foreign keys: referenced schema and table; NULL for other kinds. */
SD_EXPORT const char *sd_constraint_ref_schema(const sd_constraint *con);
SD_EXPORT const char *sd_constraint_ref_table(const sd_constraint *con);
SD_EXPORT size_t sd_constraint_ref_column_count(const sd_constraint *con);
SD_EXPORT const char *sd_constraint_ref_column_at(const sd_constraint *con, size_t i);
/* Foreign-key actions as words ("no action", "cascade" ...); NULL otherwise. */
SD_EXPORT const char *sd_constraint_on_delete(const sd_constraint *con);
SD_EXPORT const char *sd_constraint_on_update(const sd_constraint *con);

SD_EXPORT const char *sd_index_name(const sd_index *index);
SD_EXPORT int sd_index_is_unique(const sd_index *index);
SD_EXPORT int sd_index_is_primary(const sd_index *index);
/* Access method ("btree", "gin" ...). */
SD_EXPORT const char *sd_index_method(const sd_index *index);
SD_EXPORT size_t sd_index_key_count(const sd_index *index);
/* Key i: the column name, or the expression text for expression keys. */
SD_EXPORT const char *sd_index_key_at(const sd_index *index, size_t i);
SD_EXPORT int sd_index_key_is_expression(const sd_index *index, size_t i);
SD_EXPORT int sd_index_key_is_descending(const sd_index *index, size_t i);
/* Partial-index predicate, or NULL. */
SD_EXPORT const char *sd_index_predicate(const sd_index *index);

/* Where an object was created or last changed (`which`: enum
 * sd_location_kind). Writes the file name (owned by the catalog, NULL for
 * built-in objects), 1-based line and character column. Each out-param may be
 * NULL. Returns SD_OK or SD_ERR_MISUSE. */
SD_EXPORT int sd_table_location(const sd_table *table, int which,
                                const char **file, uint32_t *line, uint32_t *col);
SD_EXPORT int sd_column_location(const sd_column *column, int which,
                                 const char **file, uint32_t *line, uint32_t *col);
SD_EXPORT int sd_index_location(const sd_index *index, int which,
                                const char **file, uint32_t *line, uint32_t *col);
SD_EXPORT int sd_constraint_location(const sd_constraint *con, int which,
                                     const char **file, uint32_t *line, uint32_t *col);

/* ---- Serialisation ------------------------------------------------------ */

/* Serialise the catalog as `format` (enum sd_format) into a new buffer in
 * *out, owned by the caller and released with sd_buf_dispose(). Output is
 * deterministic. Returns SD_OK, SD_ERR_MISUSE or SD_ERR_NOMEM. */
SD_EXPORT int sd_catalog_serialize(const sd_catalog *cat, int format, sd_buf **out);
/* The buffer's bytes, NUL-terminated; *len_out (may be NULL) receives the
 * length without the NUL. Owned by `buf`; valid until it is disposed. */
SD_EXPORT const char *sd_buf_data(const sd_buf *buf, size_t *len_out);
/* Release a buffer. NULL is a no-op. */
SD_EXPORT void sd_buf_dispose(sd_buf *buf);

/* ---- Streaming serialisation (since 0.4) ----------------------------------
 *
 * Receives the next `len` bytes of serialised output (not NUL-terminated,
 * valid only during the call). Return 0 to go on, non-zero to stop. */
typedef int (*sd_write_fn)(void *ctx, const char *data, size_t len);
/* Serialise the catalog as `format` like sd_catalog_serialize(), but hand the
 * output to `write` in pieces of about 64 KiB as it is produced, instead of
 * building it whole: memory stays bounded by the catalog, not the output.
 * The pieces, concatenated, are exactly sd_catalog_serialize()'s text.
 * Returns SD_OK, SD_ERR_MISUSE, SD_ERR_IO when `write` returned non-zero (it
 * is not called again), or SD_ERR_NOMEM (what was written is incomplete). */
SD_EXPORT int sd_catalog_write(const sd_catalog *cat, int format, sd_write_fn write, void *ctx);

/* ---- Statement retention (since 0.5) -------------------------------------
 *
 * A catalog keeps a record of every statement it replayed (SD_KEEP_ALL, the
 * default), so its memory grows with the history replayed, not only with
 * the schema. A caller that reads each apply call's outcomes right after
 * the call (as the CLI does) can keep only those: under SD_KEEP_LAST_CALL
 * each apply call first releases the records of the calls before it.
 * sd_catalog_statement_count still counts every statement replayed;
 * sd_catalog_statement_at returns NULL for a released one, and pointers to
 * released records are invalid. What the records fed stays whole:
 * sd_lint_catalog still reports every risky statement, and a statement that
 * an earlier unmodelled one makes untrustworthy still names where that one
 * was. A caller that never lints the catalog (as the CLI's dump) can also
 * drop the risky statements, the one part of the history the lint needs:
 * under SD_KEEP_LAST_CALL_NO_LINT (since 0.6) memory follows the schema
 * alone, and sd_lint_catalog fails with SD_ERR_MISUSE once the catalog has
 * replayed anything so. */
enum sd_keep_statements {
    SD_KEEP_ALL = 0,
    SD_KEEP_LAST_CALL = 1,
    SD_KEEP_LAST_CALL_NO_LINT = 2
};
/* Choose what `cat` keeps from now on (enum sd_keep_statements). Returns
 * SD_OK or SD_ERR_MISUSE (NULL catalog, unknown value). */
SD_EXPORT int sd_catalog_keep_statements(sd_catalog *cat, int keep);

/* ---- Migration order (since 0.2) --------------------------------------------
 *
 * Which files of a migrations directory are applied, and in what order, as
 * the common tools decide it: numeric and timestamp version prefixes compared
 * as numbers, Flyway V<version>__ then R__ repeatables, golang-migrate
 * *.up.sql (downs skipped), one directory per migration (<dir>/up.sql,
 * <dir>/migration.sql), numbered version directories, x.sql.postgres /
 * x.sql.sqlite files for their dialect only. Two migrations of one version,
 * or a migration directory without its up.sql beside ones that have it, are
 * SD_ERR_ORDER, not a guess. A versioned file in a programming language
 * (.go, .py, ...) among them is listed with sd_migrations_is_code() true: its
 * effect on the schema cannot be known. Errors live on the handle. */

typedef struct sd_migrations sd_migrations;

enum sd_order_rule {
    SD_ORDER_RULE_VERSION = 1,       /* <version>_name.sql */
    SD_ORDER_RULE_TIMESTAMP = 2,     /* a version of 8 or more digits */
    SD_ORDER_RULE_FLYWAY = 3,        /* V<version>__name.sql */
    SD_ORDER_RULE_REPEATABLE = 4,    /* R__name.sql, after the versions */
    SD_ORDER_RULE_UP_FILE = 5,       /* <version>_name.up.sql */
    SD_ORDER_RULE_DIR_UP = 6,        /* <version>_name/up.sql */
    SD_ORDER_RULE_DIR_MIGRATION = 7, /* <version>_name/migration.sql */
    SD_ORDER_RULE_VERSION_DIR = 8,   /* <n>/name.sql */
    SD_ORDER_RULE_NAME = 9,          /* no versions at all: by name */
    SD_ORDER_RULE_LIST = 10,         /* from a list file */
    SD_ORDER_RULE_GIVEN = 11         /* a file given on its own */
};

/* A new, empty list for migrations in `dialect`. SD_OK, SD_ERR_MISUSE or
 * SD_ERR_NOMEM. */
SD_EXPORT int sd_migrations_new(int dialect, sd_migrations **out);
SD_EXPORT void sd_migrations_free(sd_migrations *m);
/* Append the migrations of a directory, in their order. SD_ERR_IO (cannot
 * read it), SD_ERR_ORDER (see sd_migrations_errmsg) or SD_ERR_NOMEM leave the
 * list as it was. */
SD_EXPORT int sd_migrations_add_dir(sd_migrations *m, const char *dir);
/* Append one file, or the files a list file names (one path a line,
 * relative to the list's directory; '#' comments). */
SD_EXPORT int sd_migrations_add_file(sd_migrations *m, const char *path);
SD_EXPORT int sd_migrations_add_list(sd_migrations *m, const char *list_path);
SD_EXPORT const char *sd_migrations_errmsg(const sd_migrations *m);
SD_EXPORT size_t sd_migrations_count(const sd_migrations *m);
SD_EXPORT const char *sd_migrations_path(const sd_migrations *m, size_t i);
/* The rule (enum sd_order_rule) that placed migration i, and its wording. */
SD_EXPORT int sd_migrations_rule(const sd_migrations *m, size_t i);
SD_EXPORT const char *sd_order_rule_str(int rule);
SD_EXPORT int sd_migrations_is_code(const sd_migrations *m, size_t i);

/* ---- Risky statements (since 0.2) -------------------------------------------
 *
 * What an applied statement does that a reviewer should look at twice (lose
 * data, break readers, or fail on a table that has rows); a bit set of enum
 * sd_risk, 0 for statements that were not applied. */
enum sd_risk {
    SD_RISK_DROP_TABLE = 1,
    SD_RISK_DROP_COLUMN = 2,
    SD_RISK_RENAME = 4,              /* a table or column renamed */
    SD_RISK_TYPE_CHANGE = 8,         /* ALTER COLUMN ... TYPE */
    SD_RISK_NOT_NULL = 16            /* SET NOT NULL, or ADD COLUMN ... NOT NULL without a default */
};
SD_EXPORT unsigned sd_statement_risks(const sd_statement *st);

/* ---- Drift (since 0.2) -------------------------------------------------------
 *
 * Compare the catalog of a declared schema with the catalog its migrations
 * produce (both the same dialect). Each finding has a stable code
 * (docs/findings.md), a severity, a kind, the object's path
 * (schema.table[.column]; for the risky statements SD0801-SD0805, the
 * statement's tag), the value on each side (NULL where the object is
 * missing), a suggested fix (DDL for the schema file, or NULL) and a location
 * on each side (file NULL where there is none). Findings are sorted by path,
 * then code. A diff borrows its file names from the two catalogs: free it
 * before them. */

typedef struct sd_diff sd_diff;
typedef struct sd_finding sd_finding;

enum sd_severity {
    SD_SEVERITY_ERROR = 1,
    SD_SEVERITY_WARNING = 2,
    SD_SEVERITY_INFO = 3
};

enum sd_side {
    SD_SIDE_SCHEMA = 1,
    SD_SIDE_MIGRATIONS = 2
};

/* sd_diff_catalogs flags */
enum sd_diff_flag {
    SD_DIFF_COLUMN_ORDER = 1         /* also report columns in another order */
};

/* SD_OK, SD_ERR_MISUSE (NULL, unknown flag) or SD_ERR_NOMEM. Catalogs of two dialects
 * are compared by type class (integer, number, text, boolean, datetime,
 * json, uuid, binary: SD0209 warns when they differ), with defaults compared
 * loosely (CURRENT_TIMESTAMP = now(), 0/1 = false/true), main as public,
 * and without CHECK expressions, sequences, types, extensions or policies. */
SD_EXPORT int sd_diff_catalogs(const sd_catalog *schema, const sd_catalog *migrations, unsigned flags,
                               sd_diff **out);
SD_EXPORT void sd_diff_free(sd_diff *diff);
SD_EXPORT size_t sd_diff_count(const sd_diff *diff);
SD_EXPORT const sd_finding *sd_diff_at(const sd_diff *diff, size_t i);
SD_EXPORT const char *sd_finding_code(const sd_finding *f);
SD_EXPORT int sd_finding_severity(const sd_finding *f);
SD_EXPORT const char *sd_finding_kind(const sd_finding *f);
SD_EXPORT const char *sd_finding_path(const sd_finding *f);
SD_EXPORT const char *sd_finding_message(const sd_finding *f);
SD_EXPORT const char *sd_finding_expected(const sd_finding *f);
SD_EXPORT const char *sd_finding_actual(const sd_finding *f);
SD_EXPORT const char *sd_finding_fix(const sd_finding *f);
/* The location on one side (enum sd_side): *file NULL and 0s when none. */
SD_EXPORT int sd_finding_location(const sd_finding *f, int side, const char **file, uint32_t *line,
                                  uint32_t *col);
SD_EXPORT const char *sd_severity_str(int severity);
/* The risky statements a replay applied (sd_statement_risks) as findings
 * SD0801-SD0805, located on the migrations' side, in statement order.
 * SD_ERR_MISUSE for a catalog that replayed under SD_KEEP_LAST_CALL_NO_LINT. */
SD_EXPORT int sd_lint_catalog(const sd_catalog *migrations, sd_diff **out);

/* ---- A whole check (since 0.3) ------------------------------------------------
 *
 * What `schemadrift check` and `schemadrift lint` do, as one handle, so that
 * every consumer gets the same answer and the same report: replay the schema
 * files into one catalog and the migrations (directories ordered as
 * sd_migrations does, files, list files) into another, compare them
 * (SD_CHECK_DRIFT) and add the migrations' risky statements, or report the
 * risky statements alone (SD_CHECK_LINT). Drift findings are kept only for
 * the tables the --table/--exclude globs select ('*' and '?'; a glob matches
 * "schema.table" or "table"). Replay problems (a statement the engine would
 * reject, one that fails closed, a migration that is code) are listed
 * separately, in replay order. Errors live on the handle. */

typedef struct sd_check sd_check;

enum sd_check_mode {
    SD_CHECK_DRIFT = 1,              /* schema against migrations */
    SD_CHECK_LINT = 2                /* the migrations' risky statements alone */
};

enum sd_problem_kind {
    SD_PROBLEM_ENGINE_ERROR = 1,     /* the engine would reject a statement */
    SD_PROBLEM_FAILED_CLOSED = 2     /* unmodelled, unparsed, or a code migration */
};

/* Report formats of sd_check_serialize. */
enum sd_report_format {
    SD_REPORT_JSON = 1               /* documented in docs/findings.md, carries "format" */
};

/* A new check of `mode` (enum sd_check_mode) for migrations in `dialect`.
 * SD_OK, SD_ERR_MISUSE or SD_ERR_NOMEM. */
SD_EXPORT int sd_check_new(int mode, int dialect, sd_check **out);
SD_EXPORT void sd_check_free(sd_check *check);
/* The schema files' dialect when it is not the migrations' (a cross-dialect
 * check, see sd_diff_catalogs). */
SD_EXPORT int sd_check_set_schema_dialect(sd_check *check, int dialect);
/* enum sd_diff_flag bits. */
SD_EXPORT int sd_check_set_flags(sd_check *check, unsigned flags);
/* Sources, in the order they are replayed: schema files; migrations as a
 * directory or a single file; a list file naming migrations. Paths are
 * copied; nothing is read before sd_check_run. */
SD_EXPORT int sd_check_add_schema(sd_check *check, const char *path);
SD_EXPORT int sd_check_add_migrations(sd_check *check, const char *path);
SD_EXPORT int sd_check_add_migration_list(sd_check *check, const char *list_path);
/* Scope drift findings to tables matching a glob / leave out tables
 * matching a glob. */
SD_EXPORT int sd_check_add_table(sd_check *check, const char *glob);
SD_EXPORT int sd_check_add_exclude(sd_check *check, const char *glob);
/* Run the check (once). SD_OK whatever was found; SD_ERR_IO (a source cannot
 * be read), SD_ERR_ORDER (migrations whose order is not clear),
 * SD_ERR_ENCODING (a file that is not UTF-8 text), SD_ERR_NOMEM or
 * SD_ERR_MISUSE, with sd_check_errmsg set and the location getters naming
 * the file (and line and column) where one is to blame; an order error's
 * message names its files. After a failed run there are no results: the
 * result getters answer 0, NULL or SD_ERR_MISUSE. The schema files are
 * replayed on a second thread, joined before the call returns. */
SD_EXPORT int sd_check_run(sd_check *check);
SD_EXPORT const char *sd_check_errmsg(const sd_check *check);
SD_EXPORT const char *sd_check_error_file(const sd_check *check);
SD_EXPORT uint32_t sd_check_error_line(const sd_check *check);
SD_EXPORT uint32_t sd_check_error_col(const sd_check *check);
/* The findings in scope, drift first (sorted as sd_diff_catalogs sorts
 * them), then risky statements in statement order. Owned by the check. */
SD_EXPORT size_t sd_check_finding_count(const sd_check *check);
SD_EXPORT const sd_finding *sd_check_finding_at(const sd_check *check, size_t i);
/* Findings of one severity (enum sd_severity). */
SD_EXPORT size_t sd_check_severity_count(const sd_check *check, int severity);
/* Replay problems: kind (enum sd_problem_kind), file, line and column (0 for
 * a whole file), message; owned by the check. Each out-param may be NULL.
 * SD_OK, or SD_ERR_MISUSE when i is out of range. */
SD_EXPORT size_t sd_check_problem_count(const sd_check *check);
SD_EXPORT int sd_check_problem_at(const sd_check *check, size_t i, int *kind, const char **file,
                                  uint32_t *line, uint32_t *col, const char **message);
/* Did anything fail closed (the check cannot vouch for the result)? */
SD_EXPORT int sd_check_failed_closed(const sd_check *check);
/* The CLI's exit status for this result: 0 clean, 2 findings at or above
 * `fail_on` (enum sd_severity) or an engine error, 3 failed closed. */
SD_EXPORT int sd_check_status(const sd_check *check, int fail_on);
/* The replayed catalogs (the schema one is empty in lint mode); owned by the
 * check. */
SD_EXPORT const sd_catalog *sd_check_schema_catalog(const sd_check *check);
SD_EXPORT const sd_catalog *sd_check_migrations_catalog(const sd_check *check);
/* What the check's two catalogs keep of their statements (enum
 * sd_keep_statements; since 0.5): SD_KEEP_ALL (the default) or
 * SD_KEEP_LAST_CALL, when the report is all the caller needs and memory
 * should follow the schemas, not the length of the history. The findings
 * and problems are the same either way. SD_OK or SD_ERR_MISUSE (also for
 * SD_KEEP_LAST_CALL_NO_LINT: a check lints its migrations). */
SD_EXPORT int sd_check_keep_statements(sd_check *check, int keep);
/* The report as `format` (enum sd_report_format) in a new buffer. */
SD_EXPORT int sd_check_serialize(const sd_check *check, int format, sd_buf **out);

#ifdef __cplusplus
}
#endif

#endif /* SCHEMADRIFT_H */

/* Internal declarations shared by the library's translation units: memory
 * helpers, growable vectors and strings, the name map, tokens and the lexer,
 * the per-statement parse state used by the grammar, the AST built by the
 * grammar actions, and the catalog objects behind the public opaque handles. */
#ifndef SD_INTERNAL_H
#define SD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "schemadrift/schemadrift.h"

/* ---- memory ----------------------------------------------------------- */

void *sdi_malloc(size_t n);
void *sdi_calloc(size_t n, size_t size);
void *sdi_realloc(void *p, size_t n);
void sdi_free(void *p);
char *sdi_strndup(const char *s, size_t n);
char *sdi_strdup(const char *s);
/* Free the n strings of v (NULL entries allowed) and v itself; v may be NULL. */
void sdi_free_strings(char **v, size_t n);
/* How many allocations have failed on this thread (see util.c). */
unsigned long sdi_alloc_failures(void);
#ifdef SD_FAULT_INJECTION
/* Make the nth allocation from now fail (0: none); did it happen? */
void sdi_fault_arm(long nth);
bool sdi_fault_hit(void);
/* The call stack of the allocation that failed (backtrace(3) frames). */
int sdi_fault_frames(void ***frames);
#endif

/* A growable byte string, always NUL-terminated once anything was added.
 * `oom` sticks once an allocation fails; callers check it at the end.
 * With a `sink`, sdi_str_flush_point() hands the text so far to it and
 * empties the string, so long output (a serialised catalog) streams
 * through a bounded buffer. Writers call it only where nothing written
 * earlier will be read back. `sink_failed` sticks once the sink refuses;
 * later text is dropped. A scratch string (SDI_SCRATCH_STR) grows in an
 * arena instead of the heap: a statement's temporaries cost no malloc or
 * free, its text lives until the arena is reset, sdi_str_free() only
 * forgets it, and sdi_str_take() returns a heap copy as for any string. */
struct sdi_arena;
typedef struct sdi_str {
    char *data;
    size_t len, cap;
    bool oom;
    bool sink_failed;
    int (*sink)(void *ctx, const char *data, size_t len);
    void *sink_ctx;
    struct sdi_arena *arena;    /* scratch: grows here; NULL: the heap */
} sdi_str;
#define SDI_SCRATCH_STR(a) ((sdi_str){.arena = (a)})

/* Append n bytes, growing the string: sdi_str_addn's slow path. */
void sdi_str_addn_grow(sdi_str *s, const char *z, size_t n);
/* Appending is inline: most appends fit, and a literal's length (and its
 * copy) is then known to the compiler. */
static inline void sdi_str_addn(sdi_str *s, const char *z, size_t n)
{
    if (!s->oom && n < s->cap - s->len) {   /* room for them and the terminator */
        if (n)
            memcpy(s->data + s->len, z, n);
        s->len += n;
        s->data[s->len] = 0;
        return;
    }
    sdi_str_addn_grow(s, z, n);
}
static inline void sdi_str_add(sdi_str *s, const char *z) { sdi_str_addn(s, z, strlen(z)); }
void sdi_str_addc(sdi_str *s, char c);
void sdi_str_addf(sdi_str *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append `z` as a single-quoted SQL literal ('' doubled). */
void sdi_str_add_sql_literal(sdi_str *s, const char *z);
/* With a sink: pass the text to it once there is at least `at` bytes
 * (0: whatever there is), then empty the string. No-op without a sink. */
void sdi_str_flush_point(sdi_str *s, size_t at);
/* How much serialised text is gathered before it goes to a sink. */
#define SDI_STREAM_CHUNK ((size_t)64 * 1024)
/* Steal the string (NULL on oom or empty); the sdi_str is reset. */
char *sdi_str_take(sdi_str *s);
void sdi_str_free(sdi_str *s);

/* Append `s` as a JSON string (null for NULL). */
void sdi_json_string(sdi_str *o, const char *s);

/* Move a string into a new sd_buf (the sdi_str is reset). SD_OK or
 * SD_ERR_NOMEM. */
int sdi_buf_from_str(sdi_str *s, sd_buf **out);

/* A vector of pointers. */
typedef struct sdi_vec {
    void **items;
    size_t len, cap;
} sdi_vec;

int sdi_vec_push(sdi_vec *v, void *item);   /* SD_OK or SD_ERR_NOMEM */
void sdi_vec_remove_at(sdi_vec *v, size_t i);
void sdi_vec_free(sdi_vec *v);               /* frees the array, not the items */

/* A string-keyed hash map of pointers (keys are copied). */
typedef struct sdi_map {
    struct sdi_map_slot *slots;
    size_t cap, len, tombstones;
} sdi_map;

void *sdi_map_get(const sdi_map *m, const char *key);
int sdi_map_put(sdi_map *m, const char *key, void *value); /* replaces */
void sdi_map_del(sdi_map *m, const char *key);
/* Lookup and removal by a key folded to ASCII lower case, in maps whose
 * keys are stored folded (SQLite's names); they never allocate. */
void *sdi_map_get_folded(const sdi_map *m, const char *key);
void sdi_map_del_folded(sdi_map *m, const char *key);
void sdi_map_free(sdi_map *m);
void sdi_map_free_with(sdi_map *m, void (*free_value)(void *value));   /* and each value */
/* Remove the entries for which keep(value, ctx) returns false (keep frees
 * what it drops); the map may not be used from keep. */
void sdi_map_retain(sdi_map *m, bool (*keep)(void *value, void *ctx), void *ctx);

/* Interned text: one heap copy per distinct string, owned by the pool and
 * freed only with it, so the pointers it gives out may be shared and
 * compared by address. For text drawn from a small vocabulary that many
 * objects repeat (file names, column types). */
typedef struct sdi_text_pool {
    sdi_vec texts;              /* char*, owned */
    sdi_map index;              /* text -> its copy in texts */
} sdi_text_pool;

/* The pool's copy of `text`, added if new; NULL when out of memory. */
const char *sdi_text_pool_get(sdi_text_pool *pool, const char *text);
void sdi_text_pool_free(sdi_text_pool *pool);

/* A bump allocator for one statement's AST; freed in one go. */
typedef struct sdi_arena {
    struct sdi_arena_chunk *head;
    bool oom;
} sdi_arena;

void *sdi_arena_alloc(sdi_arena *a, size_t n);
char *sdi_arena_strndup(sdi_arena *a, const char *z, size_t n);
void sdi_arena_free(sdi_arena *a);
/* Free all but the last chunk and reuse it: one statement after another.
 * A last chunk over SDI_ARENA_KEEP bytes (made for one huge statement) goes
 * too. */
#define SDI_ARENA_KEEP ((size_t)64 * 1024)
void sdi_arena_reset(sdi_arena *a);

/* ---- UTF-8 -------------------------------------------------------------- */

/* Validate UTF-8 and refuse NUL bytes. Returns SD_OK, or SD_ERR_ENCODING with
 * *bad_off set to the offending byte offset and *what to a description. */
int sdi_utf8_validate(const char *z, size_t n, size_t *bad_off, const char **what);
/* Number of Unicode characters in z[0..n) (valid UTF-8 assumed). */
size_t sdi_utf8_count(const char *z, size_t n);

/* ---- tokens and lexer ---------------------------------------------------- */

typedef struct sd_token {
    const char *z;     /* start in the statement buffer */
    uint32_t n;        /* length in bytes */
    int type;          /* SD_TK_* */
    size_t off;        /* byte offset in the applied text */
} sd_token;

typedef struct sd_lexer {
    const unsigned char *base, *cur, *lim, *tok, *mar;
    int dialect;
    const char *error;  /* set when a token is SD_TK_ILLEGAL */
    bool at_line_start; /* for psql meta-commands */
} sd_lexer;

/* Extra token codes beyond the grammar's: never fed to the parser. */
#define SDI_TK_COMMENT 1001
#define SDI_TK_META 1002      /* a psql backslash command line */

void sdi_lexer_init(sd_lexer *lx, int dialect, const char *buf, size_t len);
/* Does token t, of n bytes, spell `word` (unquoted, ASCII case-insensitive)? */
bool sdi_tok_spells(const sd_token *t, const char *word, size_t n);
/* Does token t spell keyword or name `word` (unquoted, ASCII case-insensitive)?
 * Inline: the length of a literal word is a constant, and most tokens
 * differ in length from the word asked about. */
static inline bool sdi_tok_is(const sd_token *t, const char *word)
{
    size_t n = strlen(word);
    return t->n == n && sdi_tok_spells(t, word, n);
}
/* Can token t be a name (an identifier, quoted identifier, or keyword)? */
bool sdi_tok_name(const sd_token *t);
/* Scan the next token into *out; type 0 at end of input. */
int sdi_lex(sd_lexer *lx, sd_token *out);

/* ---- AST built by the grammar ------------------------------------------- */

typedef enum sdi_expr_kind {
    SDI_E_NUMBER = 1,   /* text: literal as written */
    SDI_E_STRING,       /* text: decoded value */
    SDI_E_BOOL,         /* ival */
    SDI_E_NULL,
    SDI_E_COLUMN,       /* text: column name (folded); qual: optional table */
    SDI_E_FUNC,         /* text: function name (folded), args */
    SDI_E_SQLFUNC,      /* text: CURRENT_TIMESTAMP etc. (upper case), args: precision */
    SDI_E_BINARY,       /* text: operator, args[0], args[1] */
    SDI_E_UNARY,        /* text: operator (NOT, -, +), args[0] */
    SDI_E_POSTFIX,      /* text: IS NULL / IS NOT NULL ..., args[0] */
    SDI_E_CAST,         /* type, args[0] */
    SDI_E_PAREN,        /* args[0] */
    SDI_E_LIST,         /* args: ( a, b ) as in IN lists */
    SDI_E_IN,           /* args[0] IN args[1] (LIST); ival: negated */
    SDI_E_ARRAY,        /* ARRAY[args] */
    SDI_E_QUANTIFIED,   /* ANY/SOME (args[0]), ALL when ival: the right side of x op ANY (array) */
    SDI_E_OTHER         /* anything else: only its source text is kept */
} sdi_expr_kind;

typedef struct sdi_type sdi_type;

typedef struct sdi_expr {
    sdi_expr_kind kind;
    const char *text;
    size_t text_len;
    int ival;
    sdi_type *type;
    struct sdi_expr **args;
    size_t nargs, cap;         /* cap: room in args (lists grow in place) */
    const char *start, *end;   /* source span in the statement buffer */
    uint32_t depth;            /* of the tree under it: bounded by SDI_MAX_NESTING */
} sdi_expr;

/* How deep parentheses and expression trees may nest in a statement we
 * model (the walkers over them recurse). PostgreSQL itself stops near
 * 10000 parentheses or a few thousand chained operators ("stack depth
 * limit exceeded"); deeper than this, a statement fails closed. */
#define SDI_MAX_NESTING 1000

/* A type as written: words before/after the modifier list, modifiers,
 * array dimensions, and the source span. */
struct sdi_type {
    sd_token words[8];
    size_t nwords;
    size_t nwords_before_mods;  /* words after the (...) start here */
    const char *mods[4];        /* modifier texts ("255", "10", "2") */
    size_t mod_lens[4];
    bool mod_negative[4];       /* written -n (PostgreSQL folds the sign in) */
    size_t nmods;
    bool has_mods;
    bool bad_mods;              /* a modifier that is not an integer literal */
    int array_dims;
    sd_token schema;            /* n == 0 when unqualified */
    const char *start, *end;
};

typedef struct sdi_name {       /* [schema.]name as written */
    sd_token schema;            /* n == 0 when absent */
    sd_token name;
} sdi_name;

typedef struct sdi_droplist {
    sdi_name *v;
    size_t n;
} sdi_droplist;

typedef struct sdi_namelist {
    sd_token *items;
    size_t n, cap;
} sdi_namelist;

typedef enum sdi_con_kind {
    SDI_C_NOT_NULL = 1,
    SDI_C_NULL,
    SDI_C_DEFAULT,
    SDI_C_PRIMARY_KEY,
    SDI_C_UNIQUE,
    SDI_C_CHECK,
    SDI_C_FOREIGN_KEY,
    SDI_C_COLLATE,
    SDI_C_DEFERRABLE,         /* attributes that follow a constraint */
    SDI_C_NOT_DEFERRABLE,
    SDI_C_INITIALLY_DEFERRED,
    SDI_C_INITIALLY_IMMEDIATE,
    SDI_C_NOT_VALID,
    SDI_C_IDENTITY,             /* ival: 1 ALWAYS, 2 BY DEFAULT */
    SDI_C_GENERATED,            /* expr; ival: 0 unsaid, 1 STORED, 2 VIRTUAL */
    SDI_C_EXCLUDE,              /* excl, method; cols: INCLUDE; expr: WHERE */
    SDI_C_NO_INHERIT            /* attribute of a CHECK */
} sdi_con_kind;

typedef struct sdi_constraint {
    sdi_con_kind kind;
    sd_token name;              /* CONSTRAINT name; n == 0 when absent */
    sd_token at;                /* where the constraint starts */
    sdi_expr *expr;             /* DEFAULT / CHECK */
    sdi_namelist cols;          /* table constraints */
    sdi_name ref;               /* FOREIGN KEY */
    sdi_namelist ref_cols;
    int on_delete, on_update, match;
    int ival;
    bool deferrable, deferred, autoincrement, desc;
    sd_token collation;
    sd_token using_index;       /* PRIMARY KEY / UNIQUE USING INDEX name */
    struct sdi_index_key *excl; /* EXCLUDE: elements (cols: INCLUDE, expr: WHERE) */
    sd_token method;            /* EXCLUDE USING method; n == 0 when absent */
    sd_token identopts;         /* IDENTITY: the "(" of its sequence options */
    const char *start, *end;
    const char *comma_before;   /* the comma before a table constraint */
    struct sdi_constraint *next;
} sdi_constraint;

typedef struct sdi_coldef {
    sd_token name;
    sdi_type *type;             /* NULL when omitted (SQLite) */
    sdi_constraint *cons;       /* list */
    const char *start, *end;
    bool is_like;               /* LIKE like_table [INCLUDING ...]: not a column */
    sdi_name like_table;
    int like_opts;              /* SDI_LIKE_* */
    struct sd_table *like_src;  /* the table it names, once resolved */
    struct sdi_coldef *next;
} sdi_coldef;

/* LIKE ... INCLUDING options (PostgreSQL CREATE TABLE). */
#define SDI_LIKE_COMMENTS 1
#define SDI_LIKE_COMPRESSION 2
#define SDI_LIKE_CONSTRAINTS 4
#define SDI_LIKE_DEFAULTS 8
#define SDI_LIKE_GENERATED 16
#define SDI_LIKE_IDENTITY 32
#define SDI_LIKE_INDEXES 64
#define SDI_LIKE_STATISTICS 128
#define SDI_LIKE_STORAGE 256
#define SDI_LIKE_ALL 511
#define SDI_LIKE_BAD 1024       /* an option word PostgreSQL does not know */

typedef struct sdi_table_elems {
    sdi_coldef *cols, *cols_tail;
    sdi_constraint *cons, *cons_tail;
} sdi_table_elems;

typedef struct sdi_index_key {
    sdi_expr *expr;             /* a column reference or an expression */
    sd_token collation;
    sd_token opclass;           /* n == 0 when absent */
    bool desc;
    int nulls;                  /* 0 default, 1 first, 2 last */
    sd_token excl_op;           /* EXCLUDE: the operator after WITH */
    struct sdi_index_key *next;
} sdi_index_key;

/* A routine argument: its written type (with any name and mode words). */
typedef struct sdi_funcarg {
    sdi_type *type;
    bool in_keyword;            /* IN written as a keyword */
    bool has_default;           /* DEFAULT expr or = expr */
    struct sdi_funcarg *next;
} sdi_funcarg;

typedef struct sdi_routineref {
    sdi_name name;
    sdi_funcarg *args;
    bool has_args;              /* a parenthesised list was written */
    struct sdi_routineref *next;
} sdi_routineref;

typedef struct sdi_alter_action {
    int kind;                   /* SDI_ALTER_* */
    bool if_not_exists;         /* ADD COLUMN IF NOT EXISTS */
    bool if_exists;             /* DROP ... IF EXISTS */
    int behavior;               /* SDI_DROP_CASCADE / RESTRICT */
    sdi_coldef *col;            /* ADD COLUMN */
    sdi_constraint *con;        /* ADD constraint */
    sd_token name, name2;       /* the column/constraint; the new name */
    sd_token opts;              /* ADD ... AS IDENTITY: the "(" of its options;
                                 * SET (...): the text between the parentheses */
    sdi_type *type;             /* ALTER COLUMN TYPE */
    sdi_expr *expr;             /* SET DEFAULT expr; TYPE ... USING expr */
    sd_token at;                /* the action's first token */
    struct sdi_alter_action *next;
} sdi_alter_action;

enum {
    SDI_ALTER_ADD_COLUMN = 1,
    SDI_ALTER_ADD_CONSTRAINT,
    SDI_ALTER_DROP_COLUMN,
    SDI_ALTER_DROP_CONSTRAINT,
    SDI_ALTER_SET_NOT_NULL,
    SDI_ALTER_DROP_NOT_NULL,
    SDI_ALTER_SET_DEFAULT,
    SDI_ALTER_DROP_DEFAULT,
    SDI_ALTER_TYPE,
    SDI_ALTER_RENAME_COLUMN,
    SDI_ALTER_RENAME_CONSTRAINT,
    SDI_ALTER_RENAME_TABLE,
    SDI_ALTER_VALIDATE_CONSTRAINT,
    SDI_ALTER_RLS_ENABLE,
    SDI_ALTER_RLS_DISABLE,
    SDI_ALTER_RLS_FORCE,
    SDI_ALTER_RLS_NO_FORCE,
    SDI_ALTER_SET_SCHEMA,
    SDI_ALTER_TRIGGER_STATE,    /* name: trigger, ALL or USER; behavior: SDI_TRIGGER_* */
    SDI_ALTER_STORAGE,          /* SET (storage parameters) */
    SDI_ALTER_CONSTRAINT,       /* ALTER CONSTRAINT name; con: attributes */
    SDI_ALTER_ADD_IDENTITY,     /* behavior: 1 ALWAYS, 2 BY DEFAULT; opts: "(" of options */
    SDI_ALTER_DROP_IDENTITY,    /* if_exists */
    SDI_ALTER_SET_IDENTITY,     /* SET GENERATED ...; behavior as ADD */
    SDI_ALTER_DROP_EXPRESSION   /* name2: the word after DROP (EXPRESSION); if_exists */
};

/* pg_trigger.tgenabled values */
#define SDI_TRIGGER_ORIGIN 'O'
#define SDI_TRIGGER_DISABLED 'D'
#define SDI_TRIGGER_REPLICA 'R'
#define SDI_TRIGGER_ALWAYS 'A'

/* Foreign-key actions and match types. */
#define SDI_FK_NO_ACTION 0
#define SDI_FK_RESTRICT 1
#define SDI_FK_CASCADE 2
#define SDI_FK_SET_NULL 3
#define SDI_FK_SET_DEFAULT 4
#define SDI_MATCH_SIMPLE 0
#define SDI_MATCH_FULL 1
#define SDI_MATCH_PARTIAL 2

/* ---- catalog objects ------------------------------------------------------ */

typedef struct sdi_loc {
    const char *file;           /* interned in the catalog; NULL = built in */
    uint32_t line, col;
} sdi_loc;

struct sd_column {
    char *name;
    /* The type texts are interned in the catalog's type_texts: shared,
     * never freed or changed through the column (sdi_column_set_type). */
    const char *type;           /* engine text */
    const char *declared;       /* as written */
    const char *type_base;      /* PostgreSQL: type name without modifiers, for casts */
    char *default_text;         /* engine text, NULL when none; for a generated
                                 * column its expression (as pg_get_expr shows) */
    char *collation;
    char *comment;              /* COMMENT ON COLUMN */
    /* the small fields together, and narrow: the struct fits the 96-byte
     * size class of common allocators (one per column of the catalog) */
    int32_t pk;                 /* SQLite: 1-based position in the primary key */
    bool not_null;
    int8_t identity;            /* 0, 1 ALWAYS, 2 BY DEFAULT */
    int8_t generated;           /* 0, 1 STORED, 2 VIRTUAL */
    sdi_loc created, changed;
};

typedef struct sdi_index_col {
    char *column;               /* NULL for an expression key */
    char *expr;
    bool desc, nulls_first;
    char *collation;
    char *opclass;              /* PostgreSQL operator class as written, or NULL */
    char *attname;              /* PostgreSQL: the index column's own name
                                 * (ChooseIndexColumnNames; kept through column
                                 * renames, used to name partitions' clones) */
} sdi_index_col;

struct sd_index {
    char *name;
    struct sd_table *table;
    char *method;
    sdi_index_col *keys;
    char **include;             /* PostgreSQL INCLUDE columns */
    char *where;
    char *constraint;           /* name of the constraint it backs */
    char *origin;               /* SQLite: "c", "u", "pk" */
    char *sql;                  /* SQLite: stored text */
    char **deps;                /* columns its expressions and predicate mention */
    char *comment;              /* COMMENT ON INDEX */
    char *options;              /* PostgreSQL WITH (...) as pg_get_indexdef prints

                                 * it ("fillfactor='70'"), or NULL */
    struct sd_index *parent;    /* PostgreSQL: the partitioned index it is a
                                 * partition of, or NULL */
    size_t seq;                 /* creation order (PostgreSQL: OID order) */
    /* the counts and flags together, and narrow (the 160-byte size class) */
    uint32_t nkeys, ninclude, ndeps;
    bool unique, primary;
    bool nulls_not_distinct;
    sdi_loc created, changed;
};

struct sd_constraint {
    char *name;                 /* NULL: unnamed (SQLite) */
    char **cols;
    size_t ncols;
    char *expr;                 /* CHECK source text */
    char *expr_canon;           /* PostgreSQL: the CHECK as the deparser prints it, for
                                 * comparing; NULL: compare the source text */
    char **deps;                /* CHECK: the columns it mentions */
    char *owner_column;         /* a column constraint's column, else NULL */
    size_t ndeps;
    char *ref_schema, *ref_table;
    char **ref_cols;
    size_t nref_cols;
    size_t seq;                 /* creation order, for sorting unnamed ones */
    char *comment;              /* COMMENT ON CONSTRAINT */
    /* the small fields together, and narrow (the 160-byte size class) */
    int8_t kind;                /* enum sd_constraint_kind */
    int8_t on_delete, on_update, match;
    bool not_valid;
    bool deferrable, deferred;
    bool nulls_not_distinct;    /* UNIQUE NULLS NOT DISTINCT */
    bool inherited;             /* PostgreSQL: a partition's copy of its
                                 * parent's constraint */
    bool no_inherit;            /* PostgreSQL CHECK ... NO INHERIT */
    sdi_loc created, changed;
};

/* A view or materialized view. */
typedef struct sdi_view {
    char *name;
    struct sd_schema *schema;
    bool materialized;
    bool columns_known;
    sdi_vec columns;            /* char*: names, when derivable */
    sdi_vec reads;              /* char*: relations named after FROM/JOIN */
    char *query;                /* the query text as written */
    char *sql;                  /* the CREATE statement (SQLite: as stored) */
    char *comment;              /* COMMENT ON [MATERIALIZED] VIEW */
    size_t seq;
    uint32_t handle;            /* see sdi_note_referrer; 0: none yet */
    sdi_loc created;
} sdi_view;

/* A trigger, recorded on its table. */
typedef struct sdi_trigger {
    char *name;
    char *definition;           /* PostgreSQL: as pg_get_triggerdef; SQLite: stored text */
    char *function;             /* PostgreSQL: schema.name of its function */
    char enabled;               /* PostgreSQL tgenabled: O, D, R, A */
    sdi_loc created;
} sdi_trigger;

/* A PostgreSQL function or procedure, recorded by signature. */
typedef struct sdi_routine {
    char *name;
    char *identity;             /* name(type, ...) with input argument types */
    char **argtypes;            /* input argument types (format_type) */
    char **argnames;            /* their names, NULL where unnamed (an array of nargs, or NULL) */
    size_t nargs;
    size_t ndefaults;           /* input arguments with a default */
    char *out_row;              /* OUT and INOUT arguments, "name type;" each: the
                                 * row a record result is */
    int kind;                   /* 1 function, 2 procedure */
    char *returns, *language;
    char *body;                 /* the AS string, decoded */
    char *sql;                  /* the CREATE statement as written */
    size_t name_off, name_len;  /* where sql spells [schema.]name */
    sdi_loc created;
} sdi_routine;

/* A PostgreSQL row-level security policy, recorded on its table. */
typedef struct sdi_policy {
    char *name;
    char *command;              /* ALL, SELECT, INSERT, UPDATE, DELETE */
    bool permissive;
    sdi_vec roles;              /* char*: role names; "public" alone for PUBLIC */
    char *using_text;           /* USING (...) as written, or NULL */
    char *check_text;           /* WITH CHECK (...) as written, or NULL */
    sdi_loc created;
} sdi_policy;

/* A user-defined PostgreSQL type. */
typedef enum sdi_usertype_kind {
    SDI_TYPE_ENUM = 1, SDI_TYPE_DOMAIN, SDI_TYPE_COMPOSITE, SDI_TYPE_RANGE, SDI_TYPE_MULTIRANGE
} sdi_usertype_kind;
typedef struct sdi_usertype {
    char *name;
    struct sd_schema *schema;   /* the schema it is in */
    sdi_usertype_kind kind;
    uint32_t slot;              /* its index in schema->types */
    sdi_vec labels;             /* enum: char* in order */
    char *base;                 /* domain: base type; range: subtype (format_type);
                                 * multirange: its range type's name */
    struct sdi_usertype *partner; /* range <-> its multirange */
    char *base_cast;            /* domain: base type name for casts */
    bool not_null;              /* domain */
    char *default_text;         /* domain */
    char *comment;              /* COMMENT ON TYPE / DOMAIN */
    sdi_vec attrs;              /* composite: char* pairs name, type */
    sdi_loc created;
} sdi_usertype;

typedef struct sdi_sequence {
    char *name;
    char *type;
    struct sd_table *owner;
    char *owner_column;
    bool identity;              /* an identity column's sequence */
    uint32_t slot;              /* its index in schema->sequences */
    char *comment;              /* COMMENT ON SEQUENCE */
    sdi_loc created;
} sdi_sequence;

struct sd_table {
    char *name;
    struct sd_schema *schema;
    sdi_vec columns;            /* sd_column* in order */
    sdi_map column_map;         /* name key -> sd_column* */
    sdi_vec constraints;        /* sd_constraint*, sorted at the end of apply */
    sdi_vec indexes;            /* sd_index*, sorted at the end of apply */
    sdi_vec triggers;           /* sdi_trigger*, sorted at the end of apply */
    sdi_vec policies;           /* sdi_policy*, in creation order */
    char *sql;                  /* SQLite stored text */
    char *comment;              /* COMMENT ON TABLE */
    char *partition_key;        /* PostgreSQL PARTITION BY, as pg_get_partkeydef; NULL: plain */
    sdi_vec partition_cols;     /* char*: the key's columns, in key order */
    sdi_vec inherits;           /* sd_table*: INHERITS parents, in order */
    sdi_vec owned;              /* sdi_sequence* whose owner it is (see sdi_sequence_set_owner) */
    unsigned long depth_round;  /* when depth_memo was worked out */
    struct sd_table *partition_of;  /* the partitioned table it is a partition of */
    char *partition_bound;      /* its bound, as pg_get_expr(relpartbound) */
    sdi_vec partition_values;   /* char*: the bound's values as printed (IN:
                                 * the list; FROM/TO: lower then upper;
                                 * WITH: modulus, remainder); empty: DEFAULT */
    size_t add_col_offset;      /* SQLite: where ADD COLUMN inserts into sql */
    size_t seq;                 /* creation order */
    /* the small fields together (the 384-byte size class) */
    uint32_t handle;            /* see sdi_note_referrer; 0: none yet */
    uint32_t slot;              /* its index in schema->tables */
    uint32_t depth_memo;        /* sdi_tree_depth's answer in round depth_round */
    unsigned autoindex_count;   /* SQLite sqlite_autoindex_<t>_<n> */
    bool strict, without_rowid;
    bool rls, rls_forced;       /* PostgreSQL row level security */
    bool has_rowid_pk;          /* SQLite INTEGER PRIMARY KEY */
    sdi_loc created, changed;
};

struct sd_schema {
    char *name;
    int dialect;
    sdi_vec tables;             /* sd_table*, sorted at the end of apply */
    sdi_vec sequences;          /* sdi_sequence*, sorted at the end of apply */
    sdi_map relations;          /* key -> sdi_rel: the relation namespace */
    sdi_map constraint_names;   /* PostgreSQL: constraint name -> use count */
    sdi_vec types;              /* sdi_usertype*, sorted at the end of apply */
    sdi_map type_map;           /* name -> sdi_usertype* */
    sdi_vec routines;           /* sdi_routine*, sorted at the end of apply */
    sdi_map routine_map;        /* name -> sdi_vec* of the routines so named */
    size_t sqlite_triggers;     /* SQLite: how many triggers its tables have */
    sdi_vec views;              /* sdi_view*, in creation order */
    char *comment;              /* COMMENT ON SCHEMA */
    sdi_loc created;
};

/* What a relation-namespace entry is. */
typedef enum sdi_rel_kind { SDI_REL_TABLE = 1, SDI_REL_INDEX, SDI_REL_SEQUENCE, SDI_REL_VIEW } sdi_rel_kind;
typedef struct sdi_rel {
    sdi_rel_kind kind;
    void *obj;
} sdi_rel;

struct sd_statement {
    int outcome;
    unsigned risks;             /* SD_RISK_* of an applied statement */
    const char *tag;            /* static */
    char *reason;
    const char *file;
    uint32_t line, col;
    size_t offset, length;
};

/* The catalog's statement records, in order, in chunks of
 * SDI_STATEMENT_CHUNK records. Chunks never move, so the pointers
 * sd_catalog_statement_at hands out stay valid, and a statement costs no
 * allocation of its own. Under SD_KEEP_LAST_CALL the records of earlier
 * apply calls are released (their chunks are reused), so the log holds one
 * call's statements, not the whole history's. */
#define SDI_STATEMENT_CHUNK 256
typedef struct sdi_statement_log {
    sdi_vec chunks;             /* sd_statement[SDI_STATEMENT_CHUNK] each */
    size_t base;                /* statements before it are released */
    size_t len;                 /* statements recorded, released ones included */
} sdi_statement_log;

/* A new zeroed record at the end of the log; NULL when out of memory. */
sd_statement *sdi_statement_append(sdi_statement_log *log);
/* Record i (base <= i < len). */
sd_statement *sdi_statement_at(const sdi_statement_log *log, size_t i);
/* Release every record so far; their chunks are kept for the next ones. */
void sdi_statement_log_release(sdi_statement_log *log);
void sdi_statement_log_free(sdi_statement_log *log);

/* A statement remembered past its record: a risky one (for sd_lint_catalog)
 * or an unmodelled one that tainted names. */
typedef struct sdi_statement_mark {
    const char *tag;            /* static */
    sdi_loc at;
    unsigned risks;
} sdi_statement_mark;

struct sd_buf {
    char *data;
    size_t len;
};

/* A PostgreSQL extension (CREATE EXTENSION). */
typedef struct sdi_extension {
    char *name, *schema;
    sdi_loc created;
} sdi_extension;

/* Ways one object refers to another by name (the catalog's reverse references). */
enum {
    SDI_REF_VIEW_READS = 0,     /* a view's query names the relation */
    SDI_REF_FK_TARGET = 1,      /* a foreign key references the table */
    SDI_REF_COLUMN_TYPE = 2,    /* a column's type names the user type (as displayed) */
    SDI_REF_REGCLASS = 3,       /* a regclass constant in a column default names the relation */
    SDI_REF_TRIGGER_FUNCTION = 4, /* a trigger of the table runs the function ("schema.name") */
    SDI_REF_SQLITE_TRIGGER = 5, /* SQLite: the table has a trigger of that name (names are per schema) */
    SDI_REF_TYPE_IN_DEFINITION = 6, /* a type's or routine's definition names the type (as displayed);
                                     * names only, no objects: sdi_maybe_referenced */
    SDI_REF_VIEW_WORD = 7,      /* PostgreSQL: a view's query spells the word, a column of a table
                                 * it read when made: the columns it may use (sdi_note_view_query) */
    SDI_REF_VIEW_STAR = 8,      /* PostgreSQL: a view reading the relation has a select-list "*" */
    SDI_REF_KINDS
};

struct sd_catalog {
    int dialect;
    sdi_vec schemas;            /* sd_schema*, sorted at the end of apply */
    sdi_vec extensions;         /* sdi_extension*, sorted at the end of apply */
    sdi_vec search_path;        /* char*: SET search_path of the current file; empty: public */
    sdi_map temp_names;         /* temporary relations of the current file (session) */
    sdi_statement_log statements;
    int keep_statements;        /* enum sd_keep_statements */
    bool lint_forgotten;        /* replayed under SD_KEEP_LAST_CALL_NO_LINT: no lint */
    sdi_vec risky;              /* sdi_statement_mark*: applied statements with risks, in order */
    sdi_arena scratch;          /* the statement arena, kept between apply calls */
    sdi_text_pool files;        /* interned file names */
    sdi_text_pool type_texts;   /* interned column type texts */
    size_t next_seq;
    bool sqlite_sequence;       /* SQLite: sqlite_sequence exists (a table had AUTOINCREMENT) */
    bool regclass_domains;      /* a domain's default has held a regclass constant
                                 * (until then, no domain needs scanning for one) */
    bool unsorted;              /* applied to since the last sdi_catalog_settle */
    unsigned long depth_round;  /* see sdi_tree_depth_round */
    /* Reverse references (see sdi_note_referrer): for each SDI_REF_* kind,
     * name (lower case) -> sdi_referrers*; handles: handle -> the object
     * (NULL once it is freed; handle 0 is never given out). */
    sdi_map referrers[SDI_REF_KINDS];
    sdi_vec handles;
    size_t retired;             /* handles retired since the last sdi_sweep_referrers */
    bool referrers_lost;        /* a note failed: lookups cannot answer */
    bool any_inherits;          /* some table has ever used INHERITS */
    /* Names an unmodelled statement may have changed: name (lower case) ->
     * 1 + index in taint_sources of that statement; taint_all: 1 + index of
     * a statement whose effect is unknown everywhere (DO blocks, function
     * calls), or 0. */
    sdi_map tainted;
    sdi_vec taint_sources;      /* sdi_statement_mark* */
    size_t taint_all;
    /* error of the last call */
    int errcode;
    char *errmsg;
    const char *errfile;
    uint32_t errline, errcol;
    size_t erroff;
};

/* ---- per-statement parse state (the grammar's %extra_context) ------------- */

typedef struct sd_parse {
    sd_catalog *cat;
    sdi_arena arena;
    const char *src;            /* the applied text (the lexer's buffer) */
    size_t src_len;
    const char *file;           /* interned */
    const char *stmt_start, *stmt_end;
    const char *prev_end;       /* end of the token before the lookahead */
    const char *stmt_term;      /* the terminating ';' (or end of input) */
    struct sd_table *last_table; /* the table CREATE TABLE just made */
    sd_token table_with;        /* CREATE TABLE ... WITH (...): the text inside
                                 * (valid when its options have SDI_OPT_WITH) */
    const char *ack;            /* a schemadrift:ignore directive's reason, or NULL */
    size_t ack_len;
    const sd_token *toks;       /* the statement's tokens (all of them) */
    size_t ntoks;
    const void *pending_for;    /* columns being defined, and their name map */
    size_t pending_n;
    sdi_map pending_map;
    /* result of the statement */
    int outcome;                /* 0 while undecided */
    unsigned risks;             /* SD_RISK_* the statement's actions carry */
    const char *tag;
    char *reason;               /* heap */
    const char *err_at;         /* position of the offending token */
    bool syntax_error;
    bool oom;
    char errbuf[200];           /* an error message built for *err outputs */
    /* line bookkeeping: byte offset -> line/column */
    const char *line_start;
    uint32_t line;
    const char *scan_pos;
    const char *col_pos;
    uint32_t col;
    /* the statement's start, located before its tokens: builders ask for it
     * after later positions, and looking it up again would back up */
    const char *stmt_loc_at;
    uint32_t stmt_line, stmt_col;
} sd_parse;

/* Positions. */
void sdi_parse_locate(sd_parse *p, const char *at, uint32_t *line, uint32_t *col);
sdi_loc sdi_parse_loc(sd_parse *p, const char *at);

/* Outcome helpers used by the builders. */
void sdi_engine_error(sd_parse *p, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void sdi_unmodelled(sd_parse *p, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void sdi_noop(sd_parse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Identifier handling: the catalog key of a name token (folded per dialect,
 * quotes removed), allocated in the arena. */
char *sdi_ident(sd_parse *p, const sd_token *t);
/* Helpers shared by the statement builders (build.c). */
bool sdi_failed(sd_parse *p);                 /* oom, engine error or unmodelled */
char *sdi_hdup(sd_parse *p, const char *z);   /* heap copy; sets p->oom */
char *sdi_hdupn(sd_parse *p, const char *z, size_t n);
sd_schema *sdi_resolve_schema(sd_parse *p, const sdi_name *n);
/* The schema an unqualified name is looked up in: the first on the search
 * path that holds relation `name`, else where it would be created. */
sd_schema *sdi_lookup_schema(sd_parse *p, const sdi_name *n, const char *name);
/* SET search_path / RESET search_path / set_config('search_path', ...). */
void sdi_set_search_path(sd_parse *p, const sd_token *toks, size_t n);
void sdi_search_path_reset(sd_catalog *cat);
/* SQLite's own tables (sqlite_master and its aliases; sqlite_sequence once
 * a table had AUTOINCREMENT) may not be changed: true, with the engine's
 * error ("table sqlite_master may not be altered"), when n names one. */
bool sdi_sqlite_internal_table(sd_parse *p, const sdi_name *n, const char *verb);
/* The engine's error for a DROP that other objects depend on: it names the
 * object ("cannot drop type t ...") only when the statement drops just one. */
void sdi_drop_blocked(sd_parse *p, const char *at, const char *kind, const char *name, size_t dropping);
sd_table *sdi_lookup_table(sd_parse *p, const sdi_name *n, bool report);
/* The schema and name of a relation about to be made; NULL (reported: a
 * no-op with IF NOT EXISTS, else the engine's error) when the name is taken. */
char *sdi_new_relation_name(sd_parse *p, const sdi_name *qn, bool if_not_exists, sd_schema **out);
/* A column default as the engine reports it (NULL when none is stored). */
char *sdi_default_text(sd_parse *p, const sdi_expr *e, const char *type, const char *base);
/* Distinct column names an expression mentions (heap array of heap strings). */
char **sdi_expr_deps(sd_parse *p, const sdi_expr *e, char **have, size_t *n);

/* Builders called by grammar actions (build.c). */
void *sdp_alloc(sd_parse *p, size_t n);
sdi_expr *sdp_expr(sd_parse *p, sdi_expr_kind kind, const sd_token *t);
sdi_expr *sdp_expr_op(sd_parse *p, sdi_expr_kind kind, const char *op, size_t oplen,
                      sdi_expr *a, sdi_expr *b);
sdi_expr *sdp_expr_func(sd_parse *p, const sd_token *name, sdi_expr *args,
                        const char *end);
sdi_expr *sdp_expr_list(sd_parse *p, sdi_expr *list, sdi_expr *item);
/* schema.f(args): a plain call when the schema is public or pg_catalog. */
sdi_expr *sdp_expr_qualified_func(sd_parse *p, const sd_token *schema, const sd_token *name,
                                  sdi_expr *args, const char *end);
sdi_expr *sdp_expr_wrap(sd_parse *p, sdi_expr_kind kind, sdi_expr *inner,
                        const char *start, const char *end);
sdi_expr *sdp_expr_cast(sd_parse *p, sdi_expr *e, sdi_type *t);
sdi_expr *sdp_expr_span(sdi_expr *e, const char *start, const char *end);
sdi_type *sdp_type_word(sd_parse *p, sdi_type *t, const sd_token *w);
sdi_type *sdp_type_mods(sd_parse *p, sdi_type *t, sdi_expr *mods, const char *end);
sdi_type *sdp_type_array(sd_parse *p, sdi_type *t, const char *end);
sdi_namelist sdp_namelist(sd_parse *p, sdi_namelist l, const sd_token *t);
sdi_constraint *sdp_constraint(sd_parse *p, sdi_con_kind kind, const sd_token *at);
sdi_constraint *sdp_constraint_named(sd_parse *p, sdi_constraint *c, const sd_token *name);
/* NO word after a constraint: NO INHERIT (else a syntax error). */
sdi_constraint *sdp_constraint_no(sd_parse *p, const sd_token *no, const sd_token *word);
sdi_constraint *sdp_constraint_append(sdi_constraint *list, sdi_constraint *c);
sdi_coldef *sdp_coldef(sd_parse *p, const sd_token *name, sdi_type *type,
                       sdi_constraint *cons);
sdi_table_elems sdp_elems_col(sdi_table_elems e, sdi_coldef *c);
sdi_coldef *sdp_coldef_like(sd_parse *p, const sd_token *like, const sdi_name *table, int opts);
int sdp_like_option(sd_parse *p, int opts, const sd_token *verb, const sd_token *word);
sdi_table_elems sdp_elems_con(sdi_table_elems e, sdi_constraint *c);
sdi_index_key *sdp_index_key(sd_parse *p, sdi_expr *e, const sd_token *collation,
                             int order, int nulls);
sdi_index_key *sdp_index_keys_append(sdi_index_key *list, sdi_index_key *k);
sdi_alter_action *sdp_alter_add_column(sd_parse *p, bool if_not_exists, sdi_coldef *c);
sdi_alter_action *sdp_alter_add_constraint(sd_parse *p, sdi_constraint *c);
sdi_alter_action *sdp_alter_append(sdi_alter_action *list, sdi_alter_action *a);
sdi_alter_action *sdp_alter(sd_parse *p, int kind, const sd_token *at);

/* Statement builders: they check against the catalog and apply. */
void sdp_create_schema(sd_parse *p, bool if_not_exists, const sd_token *name);
void sdp_create_extension(sd_parse *p, bool if_not_exists, const sd_token *name,
                          const sd_token *schema);
sdi_funcarg *sdp_funcarg(sd_parse *p, sdi_type *t, bool in_keyword, bool has_default);
sdi_funcarg *sdp_funcarg_append(sdi_funcarg *list, sdi_funcarg *a);
sdi_routineref *sdp_routineref(sd_parse *p, const sdi_name *n, sdi_funcarg *args, bool has_args);
sdi_routineref *sdp_routineref_append(sdi_routineref *list, sdi_routineref *r);
void sdp_create_routine(sd_parse *p, bool or_replace, int kind, const sdi_name *name,
                        sdi_funcarg *args);
void sdp_drop_routines(sd_parse *p, int kind, bool if_exists, sdi_routineref *refs, int behavior);
void sdi_routine_free(sdi_routine *r);
/* The routines of schema s called `name` (NULL: none). */
const sdi_vec *sdi_routines_named(const sd_schema *s, const char *name);
void sdi_routine_map_free(sd_schema *s);
/* CREATE TRIGGER / DROP TRIGGER, read from the statement's tokens. */
void sdi_create_trigger(sd_parse *p, const sd_token *toks, size_t n);
void sdi_alter_trigger_rename(sd_parse *p, const sd_token *toks, size_t n);
/* Make column c of t an identity column (kind 1 ALWAYS, 2 BY DEFAULT) with
 * its sequence named as the engine names it (build.c). */
/* Make c an identity column (kind 1 ALWAYS, 2 BY DEFAULT) with its
 * sequence, named `seqname` (copied) or, when NULL, as PostgreSQL chooses. */
void sdi_pg_add_identity(sd_parse *p, sd_table *t, sd_column *c, int kind, sdi_loc loc, const char *seqname);
/* SEQUENCE NAME in identity options (build.c): 0 none, 1 found, -1 refused. */
int sdi_identity_sequence_name(sd_parse *p, const sd_token *lp, char **schema, char **name, const char **at);
bool sdi_identity_sequence_ok(sd_parse *p, sd_schema *s, const char *schema, const char *name, const char *at);
void sdp_alter_routine_rename(sd_parse *p, int kind, sdi_routineref *ref, const sd_token *newname);
void sdi_drop_trigger(sd_parse *p, const sd_token *toks, size_t n);
void sdi_trigger_free(sdi_trigger *g);
/* PARTITION BY of the table CREATE TABLE just made (partitions.c). */
void sdi_partition_by(sd_parse *p, const sd_token *toks, size_t n);
/* CREATE TABLE ... PARTITION OF; ALTER TABLE ... ATTACH / DETACH PARTITION. */
void sdi_create_partition(sd_parse *p, const sd_token *toks, size_t n);
void sdi_alter_partition(sd_parse *p, const sd_token *toks, size_t n);
/* ALTER TABLE on a partitioned table or a partition: check the actions
 * before they apply (false: reported), then carry what they made on a
 * partitioned table to its partitions. */
typedef struct sdi_partition_snapshot {
    size_t ncolumns, nconstraints;
} sdi_partition_snapshot;
bool sdi_partition_alter_check(sd_parse *p, sd_table *t, bool only, const sdi_alter_action *actions,
                               sdi_partition_snapshot *snap);
void sdi_partition_alter_done(sd_parse *p, sd_table *t, const sdi_alter_action *actions,
                              const sdi_partition_snapshot *snap);
/* Right after action a applied to t: the same on its partitions where the
 * engine recurses (column renames, drops, type changes, DROP NOT NULL). */
void sdi_partition_alter_recurse(sd_parse *p, sd_table *t, sdi_alter_action *a, bool only);
/* After ALTER COLUMN col TYPE on t (and its partitions): indexes on col are
 * rebuilt as the engine rebuilds them. */
void sdi_partition_type_changed(sd_parse *p, sd_table *t, const char *col);
/* A copy of index pix (and the constraint it backs) on table t, named as
 * DefineIndex names it from pix's own column names: a partition's index
 * (partition: attached to pix; its constraint inherited) or LIKE ...
 * INCLUDING INDEXES. Reaches t's partitions when t is partitioned. */
sd_index *sdi_clone_index(sd_parse *p, sd_table *t, sd_index *pix, sdi_loc loc, bool partition);
/* A copy of constraint k on t under `name`. */
sd_constraint *sdi_copy_constraint(sd_parse *p, sd_table *t, const sd_constraint *k, const char *name, sdi_loc loc,
                                   bool inherited);
/* ALTER INDEX [IF EXISTS] parent ATTACH PARTITION index. */
void sdi_attach_index(sd_parse *p, const sd_token *toks, size_t n);
/* A new index on a partitioned table reaches its partitions (unless ON ONLY). */
void sdi_partition_index_added(sd_parse *p, sd_index *ix, bool only);
/* INHERITS (parents) after CREATE TABLE made p->last_table; whether the
 * ALTER TABLE actions are ones we model in an inheritance tree; does any
 * table inherit from t (inherits.c). */
void sdi_inherits(sd_parse *p, const sd_token *toks, size_t n);
bool sdi_inherits_alter_ok(sd_parse *p, sd_table *t, const sdi_alter_action *actions);
bool sdi_has_children(const sd_catalog *cat, const sd_table *t);
/* CREATE / ALTER / DROP POLICY (policies.c). */
void sdi_create_policy(sd_parse *p, const sd_token *toks, size_t n);
void sdi_alter_policy(sd_parse *p, const sd_token *toks, size_t n);
void sdi_drop_policy(sd_parse *p, const sd_token *toks, size_t n);
void sdi_policy_free(sdi_policy *pol);
/* COMMENT ON TABLE / COLUMN (comments.c). */
void sdi_comment_on(sd_parse *p, const sd_token *toks, size_t n);
/* CREATE / ALTER / DROP SEQUENCE (sequences.c). */
void sdi_create_sequence(sd_parse *p, const sd_token *toks, size_t n);
void sdi_alter_sequence(sd_parse *p, const sd_token *toks, size_t n);
void sdi_create_range(sd_parse *p, const sd_token *toks, size_t n);   /* usertypes.c */
/* Token-level statement readers (sequences.c): [schema.]name at toks[i]
 * (returns the index after it); fail closed at toks[i] as a syntax error. */
#define NAMEDATALEN 64          /* PostgreSQL: names are at most 63 bytes */

/* The byte length of z[0..n) clipped to max bytes at a character boundary,
 * as PostgreSQL truncates names (build.c). */
size_t sdi_pg_clip_len(const char *z, size_t n, size_t max);
size_t sdi_tok_read_name(const sd_token *toks, size_t n, size_t i, sdi_name *out);
void sdi_tok_syntax(sd_parse *p, const sd_token *toks, size_t n, size_t i);
/* A regclass constant as pg_get_expr prints it: 'name'::regclass, schema
 * qualified outside public. */
void sdi_pg_add_regclass(sdi_str *o, const char *schema, const char *name);
/* Note table t as a referrer (SDI_REF_REGCLASS) of the relations that
 * regclass constants in `text`, a default of one of its columns, name. Every
 * place that gives an attached column a default calls it (sdi_column_add
 * does for new columns). */
void sdi_note_regclass_refs(sd_catalog *cat, sd_table *t, const char *text);
/* A domain whose default names relation schema.name in a regclass constant
 * (PostgreSQL: the domain depends on the relation), or NULL. */
sdi_usertype *sdi_regclass_in_domains(sd_parse *p, const char *schema, const char *name);
/* A column default, of a table other than those being dropped with it
 * (dropped[0..ndropped), NULL entries for those already gone), that names
 * relation `name` of schema `schema` in a regclass constant: PostgreSQL
 * records a dependency on the relation.
 * *t_out and *c_out get the first (out of memory: false, p->oom set). */
bool sdi_regclass_in_defaults(sd_parse *p, const char *schema, const char *name, sdi_rel *const *dropped,
                              size_t ndropped, sd_table **t_out, sd_column **c_out);
/* A relation moved or renamed: rewrite regclass constants naming it in
 * every column default (serial defaults follow their sequence). */
void sdi_pg_rename_regclass(sd_parse *p, const char *old_schema, const char *old_name,
                            const char *new_schema, const char *new_name);
void sdi_drop_sequence(sd_parse *p, const sd_token *toks, size_t n);
/* CREATE [MATERIALIZED] VIEW / DROP [MATERIALIZED] VIEW (views.c). */
void sdi_create_view(sd_parse *p, const sd_token *toks, size_t n);
void sdi_drop_view(sd_parse *p, const sd_token *toks, size_t n);
void sdi_view_free(sd_catalog *cat, sdi_view *v);
/* Remove view v (and the views that read it). */
void sdi_view_drop(sd_catalog *cat, sdi_view *v);
/* PostgreSQL: index a new view's query (its tokens, v->query's text) for
 * ALTER TABLE's column changes, under the words it spells that name a
 * column of a table it reads or, when it has a select-list "*" (or
 * v->query is not kept), under the relations it reads (alter.c). */
void sdi_note_view_query(sd_catalog *cat, sdi_view *v, const sd_token *query, size_t n);
/* The table a view's read ("schema\x01name") names now; NULL when it names
 * no table (a view, a CTE, nothing). */
sd_table *sdi_view_read_table(const sd_catalog *cat, const char *key);
/* Reverse references, so that a DROP or a rename visits only the objects
 * that refer to its target instead of scanning the catalog. An object that
 * refers to a relation or type called `name` in one of the SDI_REF_* ways is
 * noted with sdi_note_referrer; `handle` is the object's handle field, set on
 * first use, and the free functions retire it (sdi_retire_handle). Entries
 * are only ever added, so the list is a superset: the referrer may since
 * have dropped the reference, and `name` is matched in any schema, so callers
 * check each candidate. If memory ran out while noting, every lookup falls
 * back to all objects of the kind (referrers_lost). */
void sdi_note_referrer(sd_catalog *cat, int kind, const char *name, void *obj, uint32_t *handle);
/* A type text (format_type, maybe an array) stored in a user type's or a
 * routine's definition: noted under SDI_REF_TYPE_IN_DEFINITION. */
void sdi_note_type_in_definition(sd_catalog *cat, const char *type);
void sdi_retire_handle(sd_catalog *cat, uint32_t handle);
/* Between statements: once many referrers have been freed, drop them from
 * every list, and the names no remaining object refers to, so that the
 * index follows the catalog rather than the history. It only shrinks
 * allocations (when that fails, the bigger one is kept). */
void sdi_sweep_referrers(sd_catalog *cat);
/* Calls fn(obj, ctx) on each candidate that has referred to `name` that way
 * (a view for the SDI_REF_VIEW_* kinds, else a table), in the order they first
 * became referrers, skipping those freed meanwhile (fn may free objects and
 * note referrers). When the index cannot answer, every table or view is a
 * candidate. Stops and returns false when fn does. */
bool sdi_foreach_referrer(sd_catalog *cat, int kind, const char *name, bool (*fn)(void *obj, void *ctx),
                          void *ctx);
/* The same index as a prefilter: false when nothing has ever referred to a
 * relation or type called `name` (in any schema) that way, so a scan for
 * such references can be skipped. Names noted with no object (obj NULL)
 * count here only. */
bool sdi_maybe_referenced(const sd_catalog *cat, int kind, const char *name);
/* Calls fn(o, k, ctx) on each foreign key k, of any table o, that references
 * table `name` of `schema` (of any schema when NULL); fn may remove k from o.
 * Stops and returns false when fn does. */
bool sdi_foreach_fk_to(sd_catalog *cat, const char *schema, const char *name,
                       bool (*fn)(sd_table *o, sd_constraint *k, void *ctx), void *ctx);
/* Is relation `name` of schema s read by a view? *first gets one. */
bool sdi_views_reading(sd_catalog *cat, const sd_schema *s, const char *name, sdi_view **first);
/* Does view v (in schema vs) read relation `name` of schema s (any schema
 * when s is NULL)? Reads are resolved when the view is made. */
bool sdi_view_reads(const sd_catalog *cat, const sdi_view *v, const sd_schema *vs, const sd_schema *s,
                    const char *name);
void sdp_create_enum(sd_parse *p, const sdi_name *name, sdi_namelist labels);
void sdp_create_composite(sd_parse *p, const sdi_name *name, sdi_table_elems attrs);
void sdp_create_domain(sd_parse *p, const sdi_name *name, sdi_type *type, sdi_constraint *cons);
void sdp_alter_enum_add(sd_parse *p, const sdi_name *name, bool if_not_exists,
                        const sd_token *label, const sd_token *neighbour, bool after);
void sdp_alter_enum_rename(sd_parse *p, const sdi_name *name, const sd_token *from,
                           const sd_token *to);
void sdp_alter_type_rename(sd_parse *p, const sdi_name *name, const sd_token *newname);
/* ALTER DOMAIN: what changes (SDI_DOMAIN_*); expr for SET DEFAULT. */
#define SDI_DOMAIN_SET_DEFAULT 1
#define SDI_DOMAIN_DROP_DEFAULT 2
#define SDI_DOMAIN_SET_NOT_NULL 3
#define SDI_DOMAIN_DROP_NOT_NULL 4
#define SDI_DOMAIN_ADD_CONSTRAINT 5
#define SDI_DOMAIN_CONSTRAINT_ONLY 6   /* DROP/VALIDATE/RENAME CONSTRAINT: CHECKs are not kept */
#define SDI_DOMAIN_RENAME 7
void sdp_alter_domain(sd_parse *p, const sdi_name *name, int what, sdi_expr *expr, sdi_constraint *con);
/* A user type by schema (NULL: the search path) and name; NULL if none. */
sdi_usertype *sdi_usertype_find(const sd_catalog *cat, sd_schema *s, const char *name);
/* The text format_type prints for a user type (schema-qualified outside
 * the search path); heap. */
char *sdi_usertype_display(const sd_schema *s, const sdi_usertype *u);
void sdi_usertype_free(sdi_usertype *u);
void sdi_drop_types(sd_parse *p, int what, bool if_exists, sdi_name *names, size_t n, int behavior);
/* The extension that provides PostgreSQL type `name`, if one is installed. */
const sdi_extension *sdi_extension_type(const sd_catalog *cat, const char *name);
/* Call fn for every column of every table in the catalog; fn may remove the
 * column it is given. Returns false as soon as fn does. */
bool sdi_foreach_column(sd_catalog *cat, bool (*fn)(sd_table *t, sd_column *c, void *ctx), void *ctx);
void sdp_create_table(sd_parse *p, bool if_not_exists, const sdi_name *name,
                      sdi_table_elems elems, int options);
typedef struct sdi_index_opts {
    sdi_namelist include;       /* INCLUDE (columns) */
    bool nulls_not_distinct;
    bool only;                  /* ON ONLY: not on the partitions */
    sd_token with;              /* WITH (...): the text inside; n == 0 when absent */
} sdi_index_opts;
void sdi_pg_index_def(sdi_str *o, const sd_index *ix);   /* sqlout.c */
void sdp_create_index(sd_parse *p, bool unique, bool if_not_exists, const sdi_name *name,
                      const sdi_name *table, const sd_token *method, sdi_index_key *keys,
                      const sdi_index_opts *opts, sdi_expr *where);
void sdp_alter_table(sd_parse *p, bool if_exists, bool only, const sdi_name *table,
                     sdi_alter_action *actions);
void sdp_drop(sd_parse *p, int what, bool if_exists, sdi_name *names, size_t n,
              int behavior);
void sdp_alter_index_rename(sd_parse *p, bool if_exists, const sdi_name *index,
                            const sd_token *newname);
/* ALTER TABLE actions other than ADD (alter.c); sdi_alter_add: the ADD
 * actions from `first` up to (not including) `stop` (build.c). */
void sdi_alter_one(sd_parse *p, sd_table *t, sdi_alter_action *a);
void sdi_alter_add(sd_parse *p, sd_table *t, sdi_alter_action *first, sdi_alter_action *stop);
sdi_name *sdp_namevec(sd_parse *p, sdi_name *v, size_t *n, const sdi_name *item);
void sdp_syntax_error(sd_parse *p, const sd_token *t);
void sdp_expect_word(sd_parse *p, const sd_token *t, const char *word);   /* else a syntax error */
void sdp_stack_overflow(sd_parse *p);

#define SDI_DROP_TABLE 1
#define SDI_DROP_INDEX 2
#define SDI_DROP_EXTENSION 3
#define SDI_DROP_TYPE 4
#define SDI_DROP_DOMAIN 5
#define SDI_OPT_WITHOUT_ROWID 1
#define SDI_OPT_STRICT 2
#define SDI_OPT_WITH 4          /* PostgreSQL WITH (...): its text in p->table_with */
#define SDI_DROP_CASCADE 1
#define SDI_DROP_RESTRICT 2

/* ---- catalog internals (catalog.c) ---------------------------------------- */

const char *sdi_catalog_intern_file(sd_catalog *cat, const char *name);
/* Set a column's type texts to the catalog's interned copies of type, base
 * (NULL: type) and declared (NULL: unchanged; if still unset, type).
 * SD_OK or SD_ERR_NOMEM (the column is unchanged). */
int sdi_column_set_type(sd_catalog *cat, sd_column *c, const char *type, const char *base, const char *declared);
sd_schema *sdi_schema_find(const sd_catalog *cat, const char *name);
sd_schema *sdi_schema_add(sd_catalog *cat, const char *name, sdi_loc loc);
/* Remove schema s, with everything in it, from the catalog. */
void sdi_schema_drop(sd_catalog *cat, sd_schema *s);
/* DROP SCHEMA [IF EXISTS] s[, ...] [CASCADE | RESTRICT] (build.c). */
void sdi_drop_schema(sd_parse *p, const sd_token *toks, size_t n);
/* Catalog key of a name for lookups (SQLite: ASCII lower case). Heap. */
char *sdi_name_key(const sd_catalog *cat, const char *name);
sdi_rel *sdi_rel_find(const sd_catalog *cat, sd_schema *s, const char *name);
/* Does a relation with a row type (a table or view; not an index or a
 * sequence) hold `name`, so that no type may take it? */
bool sdi_row_type_taken(const sd_catalog *cat, sd_schema *s, const char *name);
int sdi_rel_add(sd_catalog *cat, sd_schema *s, const char *name, sdi_rel_kind kind, void *obj);
void sdi_rel_remove(sd_catalog *cat, sd_schema *s, const char *name);
sd_column *sdi_column_find(const sd_catalog *cat, const sd_table *t, const char *name);
/* Append a column to t (vector and name map). SD_OK or SD_ERR_NOMEM. */
int sdi_column_add(sd_catalog *cat, sd_table *t, sd_column *c);
/* Note t as a referrer (SDI_REF_COLUMN_TYPE) of column c's type when that
 * is a user type; sdi_column_add does, and every change of a column's type. */
void sdi_note_column_type(sd_catalog *cat, sd_table *t, const sd_column *c);
/* Remove (and free) column c of t; rename it (name map follows). */
void sdi_column_remove(const sd_catalog *cat, sd_table *t, sd_column *c);
int sdi_column_rename(const sd_catalog *cat, sd_table *t, sd_column *c, const char *name);
void sdi_table_free(sd_catalog *cat, sd_table *t);
/* Put a table, sequence or type into (or take it out of) its schema's
 * vector, whose order only matters once sdi_catalog_settle sorts it by
 * name: each knows its slot there, so removal moves the last one into the
 * gap (O(1), also in histories of many thousands). Adding: SD_OK or
 * SD_ERR_NOMEM. */
int sdi_schema_add_table(sd_schema *s, sd_table *t);
void sdi_schema_remove_table(sd_schema *s, sd_table *t);
int sdi_schema_add_sequence(sd_schema *s, sdi_sequence *q);
void sdi_schema_remove_sequence(sd_schema *s, sdi_sequence *q);
/* Types too; a type knows its schema (they never move). */
int sdi_schema_add_type(sd_schema *s, sdi_usertype *u);
void sdi_schema_remove_type(sdi_usertype *u);
/* Make t (or nobody, NULL) the owner of q, keeping t->owned in step. */
int sdi_sequence_set_owner(sdi_sequence *q, sd_table *t);
/* Take sequence q out of schema s and free it. */
void sdi_sequence_remove(sd_catalog *cat, sd_schema *s, sdi_sequence *q);
void sdi_column_free(sd_column *c);
void sdi_index_free(sd_index *ix);
void sdi_constraint_free(sd_constraint *c);
void sdi_sequence_free(sdi_sequence *q);
/* Append t's partitions to out (false on OOM). */
bool sdi_partitions(const sd_catalog *cat, const sd_table *t, sdi_vec *out);
/* Does partitioned table t have a partition now? (No allocation.) */
bool sdi_has_partitions(const sd_catalog *cat, const sd_table *t);
/* How many partition_of links lead from t to its root (0: not a partition). */
size_t sdi_partition_depth(const sd_table *t);
/* The longest chain of parents (partition_of and INHERITS) above t. */
/* How many partition-of or INHERITS links lead up from t to a root (the
 * longest way), remembered per round: start a round with
 * sdi_tree_depth_round before asking about a catalog that changed. No
 * recursion, so a chain of any length is fine; 0 when out of memory. */
void sdi_tree_depth_round(const sd_catalog *cat);
size_t sdi_tree_depth(const sd_catalog *cat, const sd_table *t);
/* Remove table `t` (and its partitions, indexes, owned sequences) from its schema. */
void sdi_table_drop(sd_catalog *cat, sd_table *t);
void sdi_index_drop(sd_catalog *cat, sd_index *ix);
/* Sort the object vectors for deterministic iteration. */
/* The catalog's lists stay in creation order while statements are applied;
 * whatever reads them (getters, serialisers, diff) first calls settle, which
 * sorts them by name once if an apply has run since: one sort per read, not
 * one per applied file. */
void sdi_catalog_settle(const sd_catalog *cat);
/* PostgreSQL name choice (ChooseRelationName / ChooseConstraintName). */
char *sdi_pg_choose_relation_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                                  const char *name2, const char *label, const sdi_map *extra);
char *sdi_pg_choose_constraint_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                                    const char *name2, const char *label, const sdi_map *extra);
/* ChooseIndexName: a constraint's index also avoids constraint names. */
char *sdi_pg_choose_index_name(const sd_catalog *cat, sd_schema *s, const char *name1,
                               const char *name2, const char *label, bool constraint);
char *sdi_pg_make_object_name(const char *name1, const char *name2, const char *label);
int sdi_constraint_name_use(sd_schema *s, const char *name, int delta);
bool sdi_constraint_name_taken(sd_schema *s, const char *name);

/* ---- PostgreSQL types and expressions (pgtypes.c, expr.c) ------------------ */

/* Whether values of the built-in type whose cast name is `base` have a
 * collation: 1 yes (text, varchar, char, name), 0 no, -1 not a built-in
 * type (a domain or an extension's type: not known here). */
int sdi_pg_type_collatable(const char *base);
/* Resolve a written type: sets *out_type (format_type text), *out_base
 * (the type's name for casts, without modifiers) and serial info. Returns 0,
 * or -1 with *err set to an engine-style message (arena). */
int sdi_pg_type(sd_parse *p, const sdi_type *t, char **out_type, char **out_base,
                int *serial_kind, const char **err);
/* The canonical name for casts of a known type spelling, or NULL. */
char *sdi_pg_cast_type(sd_parse *p, const sdi_type *t);
/* Deparse a default expression the way pg_get_expr prints it for a column of
 * base type `base`. Heap string. */
char *sdi_pg_deparse_default(sd_parse *p, const sdi_expr *e, const char *base);
/* A generation expression as pg_get_expr prints it, columns typed from t. */
char *sdi_pg_deparse_generated(sd_parse *p, const sdi_expr *e, const sd_table *t);
/* Deparse an index key / predicate as pg_get_indexdef / pg_get_expr(pretty). */
/* A CHECK expression in one canonical form for comparing two catalogs
 * (written IN lists and pg_dump's ANY (ARRAY ...) meet), or NULL when it
 * cannot be printed; never changes the statement's outcome. */
char *sdi_pg_canonical_check(sd_parse *p, const sdi_expr *e, const sd_table *t);
char *sdi_pg_deparse_index_expr(sd_parse *p, const sdi_expr *e, const sd_table *t,
                                bool top);
/* PostgreSQL's boolean words (parse_bool): a prefix of true, false, yes or
 * no, on or off from two letters, 1 or 0, in any case, exactly v[0..n).
 * 1 true, 0 false, -1 not a boolean. */
int sdi_bool_word(const char *v, size_t n);
/* A PostgreSQL storage parameter list (the text between the parentheses of
 * WITH (...) or SET (...)) of a CREATE TABLE, an ALTER TABLE, or an index of
 * access method `method` (NULL: btree): false, with the engine's error set
 * or the statement failed closed, when it would be rejected. For an index,
 * *printed (when not NULL) gets the list as pg_get_indexdef prints it
 * (arena). */
enum { SDI_RELOPTS_CREATE_TABLE = 1, SDI_RELOPTS_ALTER_TABLE, SDI_RELOPTS_INDEX };
bool sdi_pg_check_reloptions(sd_parse *p, const char *text, size_t len, int target, bool partitioned,
                             const char *method, const char **printed);
/* The decoded value of a string literal (heap). */
char *sdi_pg_string_value(sd_parse *p, const sdi_expr *e);
/* Quote an identifier if PostgreSQL's quote_ident would. */
void sdi_pg_add_ident(sdi_str *s, const char *name);
/* SQLite's canonical spelling of a declared type (INT, INTEGER ... upper). */
char *sdi_sqlite_type_text(sd_parse *p, const sdi_type *t);

/* ---- outputs (json.c, sqlout.c) ------------------------------------------- */

int sdi_serialize_json(const sd_catalog *cat, sdi_str *out);
int sdi_serialize_sql(const sd_catalog *cat, sdi_str *out);
const char *sdi_fk_action_word(int action);

/* ---- the statement driver (tokenize.c) ------------------------------------ */

int sdi_apply(sd_catalog *cat, const char *sql, size_t len, const char *file);
void sdi_set_error(sd_catalog *cat, int code, const char *file, uint32_t line,
                   uint32_t col, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* The lemon parser (generated; prototypes it does not emit). */
void *sd_parserAlloc(void *(*malloc_fn)(size_t), sd_parse *p);
void sd_parser(void *parser, int major, sd_token minor);
void sd_parserFree(void *parser, void (*free_fn)(void *));
void sd_parserInit(void *parser, sd_parse *p);
void sd_parserFinalize(void *parser);
int sd_parserFallback(int token);

#endif

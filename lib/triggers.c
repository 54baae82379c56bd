/* Triggers, recorded per table: CREATE [OR REPLACE] TRIGGER and DROP
 * TRIGGER for PostgreSQL (kept as pg_get_triggerdef prints them) and SQLite
 * (kept as the text sqlite_schema stores). The statements are read from
 * their tokens; trigger bodies and WHEN conditions are not interpreted. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_trigger_free(sdi_trigger *g)
{
    if (!g)
        return;
    sdi_free(g->name);
    sdi_free(g->definition);
    sdi_free(g->function);
    sdi_free(g);
}

static sdi_trigger *find_trigger(const sd_catalog *cat, const sd_table *t, const char *name)
{
    for (size_t i = 0; i < t->triggers.len; i++) {
        sdi_trigger *g = t->triggers.items[i];
        if (cat->dialect == SD_DIALECT_POSTGRES ? strcmp(g->name, name) == 0 : strcasecmp(g->name, name) == 0)
            return g;
    }
    return NULL;
}

/* SQLite keeps trigger names in one namespace per database. */
typedef struct trigger_search {
    const sd_catalog *cat;
    const char *name;
    sdi_trigger *found;
    sd_table *owner;
} trigger_search;

static bool stop_at_trigger(void *obj, void *ctx)
{
    trigger_search *w = ctx;
    w->owner = obj;
    w->found = find_trigger(w->cat, w->owner, w->name);
    return !w->found;
}

/* SQLite: the trigger called `name`, of any table. */
static sdi_trigger *find_sqlite_trigger(sd_catalog *cat, const char *name, sd_table **owner)
{
    trigger_search w = {cat, name, NULL, NULL};
    sdi_foreach_referrer(cat, SDI_REF_SQLITE_TRIGGER, name, stop_at_trigger, &w);
    if (w.found && owner)
        *owner = w.owner;
    return w.found;
}

/* [schema.]name at toks[*i]; advances *i past it. */
static bool read_name(sd_parse *p, const sd_token *toks, size_t n, size_t *i, sdi_name *out)
{
    memset(out, 0, sizeof *out);
    if (*i >= n || !(sdi_tok_name(&toks[*i]) || toks[*i].type == SD_TK_STRING))
        return false;
    if (*i + 2 < n && toks[*i + 1].type == SD_TK_DOT && sdi_tok_name(&toks[*i + 2])) {
        out->schema = toks[*i];
        out->name = toks[*i + 2];
        *i += 3;
    } else {
        out->name = toks[*i];
        *i += 1;
    }
    (void)p;
    return true;
}

static sdi_trigger *add_trigger(sd_parse *p, sd_table *t, const char *name, char *definition)
{
    sdi_trigger *g = sdi_calloc(1, sizeof *g);
    if (!g) {
        sdi_free(definition);
        p->oom = true;
        return NULL;
    }
    g->name = sdi_hdup(p, name);
    g->definition = definition;
    g->enabled = 'O';
    g->created = sdi_parse_loc(p, p->stmt_start);
    if (p->oom || !definition || sdi_vec_push(&t->triggers, g) != SD_OK) {
        sdi_trigger_free(g);
        p->oom = true;
        return NULL;
    }
    if (p->cat->dialect == SD_DIALECT_SQLITE) {
        t->schema->sqlite_triggers++;
        sdi_note_referrer(p->cat, SDI_REF_SQLITE_TRIGGER, g->name, t, &t->handle);
    }
    return g;
}

/* What a CREATE TRIGGER says, for the checks PostgreSQL makes before it
 * looks up the function. */
typedef struct trigger_form {
    const char *timing;         /* "BEFORE", "AFTER", "INSTEAD OF" */
    bool ev_insert, ev_delete, ev_update, ev_truncate, for_row, has_columns;
    const char *old_table, *new_table;
    const sd_token *transition_at;      /* REFERENCING, or NULL */
    const char *transition_error;       /* a transition table named twice */
    const sd_token *when_start, *when_end;  /* WHEN's parentheses, or NULL */
    const sdi_name *table;
} trigger_form;

/* CreateTrigger's checks of the relation's kind, TRUNCATE, the transition
 * tables and the WHEN condition's column references, in its order. False
 * with the error set. */
static bool trigger_kind_ok(sd_parse *p, const sd_table *t, const trigger_form *f)
{
    const char *at = f->table->name.z;
    bool partitioned = t->partition_key != NULL;
    bool instead = strcmp(f->timing, "INSTEAD OF") == 0;
    if (instead) {
        sdi_engine_error(p, at, "\"%s\" is a table", t->name);   /* tables cannot have INSTEAD OF triggers */
        return false;
    }
    bool transition = f->old_table || f->new_table;
    if (partitioned && f->for_row && transition) {
        sdi_engine_error(p, at, "\"%s\" is a partitioned table", t->name);
        return false;
    }
    if (f->for_row && f->ev_truncate) {
        sdi_engine_error(p, at, "TRUNCATE FOR EACH ROW triggers are not supported");
        return false;
    }
    if (transition) {
        const char *err = NULL;
        int events = f->ev_insert + f->ev_update + f->ev_delete;
        if (t->partition_of && f->for_row)
            err = "ROW triggers with transition tables are not supported on partitions";
        else if (t->inherits.len && f->for_row)
            err = "ROW triggers with transition tables are not supported on inheritance children";
        else if (strcmp(f->timing, "AFTER") != 0)
            err = "transition table name can only be specified for an AFTER trigger";
        else if (f->ev_truncate)
            err = "TRUNCATE triggers with transition tables are not supported";
        else if (events != 1)
            err = "transition tables cannot be specified for triggers with more than one event";
        else if (f->has_columns)
            err = "transition tables cannot be specified for triggers with column lists";
        else if (f->transition_error)
            err = f->transition_error;
        else if (f->new_table && !(f->ev_insert || f->ev_update))
            err = "NEW TABLE can only be specified for an INSERT or UPDATE trigger";
        else if (f->old_table && !(f->ev_delete || f->ev_update))
            err = "OLD TABLE can only be specified for a DELETE or UPDATE trigger";
        else if (f->old_table && f->new_table && strcmp(f->old_table, f->new_table) == 0)
            err = "OLD TABLE name and NEW TABLE name cannot be the same";
        if (err) {
            sdi_engine_error(p, f->transition_at->z, "%s", err);
            return false;
        }
    }
    if (!f->when_start)
        return true;
    /* WHEN: new.x and old.x name columns; a bare column name is ambiguous
     * (both rows are in scope); then which rows it may use */
    bool uses_new = false, uses_old = false;
    for (const sd_token *k = f->when_start; k <= f->when_end; k++) {
        if (k->type != SD_TK_ID && k->type != SD_TK_QUOTED_ID)
            continue;
        bool after_dot = k > f->when_start && (k[-1].type == SD_TK_DOT || k[-1].type == SD_TK_DCOLON);
        if (after_dot)
            continue;
        bool is_row = k->type == SD_TK_ID && (sdi_tok_is(k, "new") || sdi_tok_is(k, "old"));
        if (is_row) {
            bool is_new = sdi_tok_is(k, "new");
            uses_new |= is_new;
            uses_old |= !is_new;
            if (k + 2 <= f->when_end && k[1].type == SD_TK_DOT && sdi_tok_name(&k[2])) {
                char *col = sdi_ident(p, &k[2]);
                if (!col)
                    return false;
                if (!sdi_column_find(p->cat, t, col)) {
                    sdi_engine_error(p, k->z, "column %s.%s does not exist", is_new ? "new" : "old", col);
                    return false;
                }
            }
            continue;
        }
        if (k + 1 <= f->when_end && k[1].type == SD_TK_LP)
            continue;   /* a function */
        char *name = sdi_ident(p, k);
        if (!name)
            return false;
        if (sdi_column_find(p->cat, t, name)) {
            sdi_engine_error(p, k->z, "column reference \"%s\" is ambiguous", name);
            return false;
        }
    }
    const char *err = NULL;
    if (!f->for_row && (uses_new || uses_old))
        err = "statement trigger's WHEN condition cannot reference column values";
    else if (f->ev_insert && uses_old)
        err = "INSERT trigger's WHEN condition cannot reference OLD values";
    else if (f->ev_delete && uses_new)
        err = "DELETE trigger's WHEN condition cannot reference NEW values";
    if (err) {
        sdi_engine_error(p, f->when_start->z, "%s", err);
        return false;
    }
    return true;
}

/* A row trigger on a partitioned table is cloned onto every partition
 * (not modelled): fail closed when there are partitions. */
static bool clones_onto_partitions(sd_parse *p, const sd_table *t, bool for_row, const char *at)
{
    if (!for_row || !sdi_has_partitions(p->cat, t))
        return false;
    sdi_unmodelled(p, at, "row triggers on a partitioned table that has partitions are not modelled yet "
                          "(they are cloned onto each partition)");
    return true;
}

static void pg_create_trigger(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 1;
    bool or_replace = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "or") && sdi_tok_is(&toks[i + 1], "replace")) {
        or_replace = true;
        i += 2;
    }
    if (i < n && sdi_tok_is(&toks[i], "constraint")) {
        /* deferrable, FROM, printed with its deferrability: not modelled */
        sdi_unmodelled(p, toks[i].z, "CREATE CONSTRAINT TRIGGER is not modelled yet");
        return;
    }
    i++;   /* TRIGGER */
    if (i >= n || !sdi_tok_name(&toks[i])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    const sd_token *name_at = &toks[i];
    char *name = sdi_ident(p, &toks[i++]);
    if (!name)
        return;
    /* timing */
    const char *timing = NULL;
    if (i < n && sdi_tok_is(&toks[i], "before"))
        timing = "BEFORE", i++;
    else if (i < n && sdi_tok_is(&toks[i], "after"))
        timing = "AFTER", i++;
    else if (i + 1 < n && sdi_tok_is(&toks[i], "instead") && sdi_tok_is(&toks[i + 1], "of"))
        timing = "INSTEAD OF", i += 2;
    if (!timing) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    /* events */
    bool ev_insert = false, ev_delete = false, ev_update = false, ev_truncate = false;
    sdi_str update_cols = SDI_SCRATCH_STR(&p->arena);
    const sd_token **col_toks = sdi_arena_alloc(&p->arena, (n ? n : 1) * sizeof *col_toks);
    size_t ncols = 0;
    if (!col_toks) {
        p->oom = true;
        return;
    }
    for (;;) {
        if (i < n && sdi_tok_is(&toks[i], "insert"))
            ev_insert = true, i++;
        else if (i < n && sdi_tok_is(&toks[i], "delete"))
            ev_delete = true, i++;
        else if (i < n && sdi_tok_is(&toks[i], "truncate"))
            ev_truncate = true, i++;
        else if (i < n && sdi_tok_is(&toks[i], "update")) {
            ev_update = true, i++;
            if (i < n && sdi_tok_is(&toks[i], "of")) {
                i++;
                for (bool first = true; i < n && sdi_tok_name(&toks[i]); first = false) {
                    col_toks[ncols++] = &toks[i];
                    char *cn = sdi_ident(p, &toks[i++]);
                    if (!first)
                        sdi_str_add(&update_cols, ", ");
                    if (cn)
                        sdi_pg_add_ident(&update_cols, cn);
                    if (i < n && toks[i].type == SD_TK_COMMA)
                        i++;
                    else
                        break;
                }
            }
        } else {
            sdi_str_free(&update_cols);
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        if (i < n && sdi_tok_is(&toks[i], "or")) {
            i++;
            continue;
        }
        break;
    }
    if (i >= n || !sdi_tok_is(&toks[i], "on")) {
        sdi_str_free(&update_cols);
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i++;
    sdi_name tn;
    if (!read_name(p, toks, n, &i, &tn)) {
        sdi_str_free(&update_cols);
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    /* then, in the grammar's order: REFERENCING { OLD | NEW } TABLE [AS]
     * name ..., FOR [EACH] { ROW | STATEMENT }, WHEN ( condition ) */
    bool for_row = false;
    const sd_token *when_start = NULL, *when_end = NULL;
    char *old_table = NULL, *new_table = NULL;   /* arena */
    const sd_token *transition_at = NULL;
    const char *transition_error = NULL;
    if (i < n && sdi_tok_is(&toks[i], "referencing")) {
        transition_at = &toks[i++];
        do {
            bool is_old = i < n && sdi_tok_is(&toks[i], "old");
            if (!is_old && !(i < n && sdi_tok_is(&toks[i], "new"))) {
                sdi_str_free(&update_cols);
                sdi_tok_syntax(p, toks, n, i);
                return;
            }
            if (++i >= n || !sdi_tok_is(&toks[i], "table")) {
                sdi_str_free(&update_cols);
                sdi_tok_syntax(p, toks, n, i);
                return;
            }
            if (++i < n && sdi_tok_is(&toks[i], "as"))
                i++;
            char *table = i < n && sdi_tok_name(&toks[i]) && !sdi_tok_is(&toks[i], "for") &&
                                  !sdi_tok_is(&toks[i], "when") && !sdi_tok_is(&toks[i], "execute")
                              ? sdi_ident(p, &toks[i])
                              : NULL;
            if (!table) {
                sdi_str_free(&update_cols);
                if (!p->oom)
                    sdi_tok_syntax(p, toks, n, i);
                return;
            }
            i++;
            /* the first of these PostgreSQL meets, once the events are known */
            if ((is_old ? old_table : new_table) && !transition_error)
                transition_error = is_old ? "OLD TABLE cannot be specified multiple times"
                                          : "NEW TABLE cannot be specified multiple times";
            if (is_old)
                old_table = table;
            else
                new_table = table;
        } while (i < n && (sdi_tok_is(&toks[i], "old") || sdi_tok_is(&toks[i], "new")));
    }
    if (i < n && sdi_tok_is(&toks[i], "for")) {
        if (++i < n && sdi_tok_is(&toks[i], "each"))
            i++;
        if (i < n && sdi_tok_is(&toks[i], "row")) {
            for_row = true;
        } else if (!(i < n && sdi_tok_is(&toks[i], "statement"))) {
            sdi_str_free(&update_cols);
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        i++;
    }
    if (i + 1 < n && sdi_tok_is(&toks[i], "when") && toks[i + 1].type == SD_TK_LP) {
        int depth = 0;
        size_t k = i + 1;
        when_start = &toks[k];
        for (; k < n; k++) {
            if (toks[k].type == SD_TK_LP)
                depth++;
            else if (toks[k].type == SD_TK_RP && --depth == 0)
                break;
        }
        when_end = k < n ? &toks[k] : &toks[n - 1];
        i = k + 1;
    }
    if (i >= n || !sdi_tok_is(&toks[i], "execute")) {
        sdi_str_free(&update_cols);
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    if (i + 1 >= n || !(sdi_tok_is(&toks[i + 1], "function") || sdi_tok_is(&toks[i + 1], "procedure"))) {
        sdi_str_free(&update_cols);
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    i += 2;
    sdi_name fn;
    if (!read_name(p, toks, n, &i, &fn) || i >= n || toks[i].type != SD_TK_LP) {
        sdi_str_free(&update_cols);
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    const sd_token *args_start = &toks[i];
    const sd_token *args_end = &toks[n - 1];
    /* checks against the catalog */
    sd_table *t = sdi_lookup_table(p, &tn, true);
    if (!t) {
        sdi_str_free(&update_cols);
        return;
    }
    if (!trigger_kind_ok(p, t, &(trigger_form){timing, ev_insert, ev_delete, ev_update, ev_truncate, for_row,
                                               ncols > 0, old_table, new_table, transition_at,
                                               transition_error, when_start, when_end, &tn})) {
        sdi_str_free(&update_cols);
        return;
    }
    sd_schema *fs = sdi_resolve_schema(p, &fn);
    char *fname = sdi_ident(p, &fn.name);
    if (!fs || !fname) {
        sdi_str_free(&update_cols);
        return;
    }
    sdi_routine *func = NULL;
    const sdi_vec *named = sdi_routines_named(fs, fname);
    for (size_t k = 0; named && k < named->len; k++) {
        sdi_routine *r = named->items[k];
        if (r->nargs == 0)
            func = r;
    }
    if (!func) {
        sdi_str_free(&update_cols);
        sdi_engine_error(p, fn.name.z, "function %s() does not exist", fname);
        return;
    }
    if (!func->returns || strcmp(func->returns, "trigger") != 0) {
        sdi_str_free(&update_cols);
        sdi_engine_error(p, fn.name.z, "function %s must return type trigger", fname);
        return;
    }
    /* UPDATE OF: columns of the table, each once */
    for (size_t k = 0; k < ncols; k++) {
        char *cn = sdi_ident(p, col_toks[k]);
        if (!cn) {
            sdi_str_free(&update_cols);
            return;
        }
        const char *err = !sdi_column_find(cat, t, cn) ? "column \"%s\" of relation \"%s\" does not exist" : NULL;
        for (size_t j = 0; !err && j < k; j++) {
            char *prev = sdi_ident(p, col_toks[j]);
            if (prev && strcmp(prev, cn) == 0)
                err = "column \"%s\" specified more than once";
        }
        if (err) {
            sdi_str_free(&update_cols);
            sdi_engine_error(p, col_toks[k]->z, err, cn, t->name);
            return;
        }
    }
    if (clones_onto_partitions(p, t, for_row, tn.name.z)) {
        sdi_str_free(&update_cols);
        return;
    }
    sdi_trigger *old = find_trigger(cat, t, name);
    if (old && !or_replace) {
        sdi_str_free(&update_cols);
        sdi_engine_error(p, name_at->z, "trigger \"%s\" for relation \"%s\" already exists", name, t->name);
        return;
    }
    /* the definition as pg_get_triggerdef prints it */
    sdi_str d = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&d, "CREATE TRIGGER ");
    sdi_pg_add_ident(&d, name);
    sdi_str_addc(&d, ' ');
    sdi_str_add(&d, timing);
    const char *sep = " ";
    if (ev_insert) {
        sdi_str_add(&d, sep);
        sdi_str_add(&d, "INSERT");
        sep = " OR ";
    }
    if (ev_delete) {
        sdi_str_add(&d, sep);
        sdi_str_add(&d, "DELETE");
        sep = " OR ";
    }
    if (ev_update) {
        sdi_str_add(&d, sep);
        sdi_str_add(&d, "UPDATE");
        if (update_cols.len) {
            sdi_str_add(&d, " OF ");
            sdi_str_add(&d, update_cols.data);
        }
        sep = " OR ";
    }
    if (ev_truncate) {
        sdi_str_add(&d, sep);
        sdi_str_add(&d, "TRUNCATE");
    }
    sdi_str_free(&update_cols);
    sdi_str_add(&d, " ON ");
    sdi_pg_add_ident(&d, t->schema->name);
    sdi_str_addc(&d, '.');
    sdi_pg_add_ident(&d, t->name);
    if (old_table || new_table) {
        sdi_str_add(&d, " REFERENCING");
        if (old_table) {
            sdi_str_add(&d, " OLD TABLE AS ");
            sdi_pg_add_ident(&d, old_table);
        }
        if (new_table) {
            sdi_str_add(&d, " NEW TABLE AS ");
            sdi_pg_add_ident(&d, new_table);
        }
    }
    sdi_str_add(&d, for_row ? " FOR EACH ROW" : " FOR EACH STATEMENT");
    if (when_start) {
        sdi_str_add(&d, " WHEN ");
        sdi_str_addn(&d, when_start->z, (size_t)(when_end->z + when_end->n - when_start->z));
    }
    sdi_str_add(&d, " EXECUTE FUNCTION ");
    if (strcmp(fs->name, "public") != 0) {
        sdi_pg_add_ident(&d, fs->name);
        sdi_str_addc(&d, '.');
    }
    sdi_pg_add_ident(&d, fname);
    sdi_str_addn(&d, args_start->z, (size_t)(args_end->z + args_end->n - args_start->z));
    char *def = sdi_str_take(&d);
    /* the function it depends on: OR REPLACE may switch to another */
    sdi_str fk = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&fk, fs->name);
    sdi_str_addc(&fk, '.');
    sdi_str_add(&fk, fname);
    char *function = sdi_str_take(&fk);
    if (!def || !function) {
        sdi_free(def);
        sdi_free(function);
        p->oom = true;
        return;
    }
    sdi_trigger *g = old;
    if (g) {
        sdi_free(g->definition);
        g->definition = def;
    } else if (!(g = add_trigger(p, t, name, def))) {
        sdi_free(function);
        return;
    }
    sdi_free(g->function);
    g->function = function;
    sdi_note_referrer(p->cat, SDI_REF_TRIGGER_FUNCTION, function, t, &t->handle);
}

static void sqlite_create_trigger(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 1;
    if (i < n && (sdi_tok_is(&toks[i], "temp") || sdi_tok_is(&toks[i], "temporary"))) {
        sdi_noop(p, "temporary trigger: gone at the end of the session");
        return;
    }
    i++;   /* TRIGGER */
    bool if_not_exists = false;
    if (i + 2 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "not") && sdi_tok_is(&toks[i + 2], "exists")) {
        if_not_exists = true;
        i += 3;
    }
    sdi_name gn;
    if (!read_name(p, toks, n, &i, &gn)) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    char *name = sdi_ident(p, &gn.name);
    if (!name)
        return;
    /* the table follows ON */
    size_t k = i;
    while (k < n && !sdi_tok_is(&toks[k], "on"))
        k++;
    k++;
    sdi_name tn;
    if (!read_name(p, toks, n, &k, &tn)) {
        sdi_tok_syntax(p, toks, n, k);
        return;
    }
    if (find_sqlite_trigger(cat, name, NULL)) {
        if (if_not_exists)
            sdi_noop(p, "trigger %s already exists", name);
        else
            sdi_engine_error(p, gn.name.z, "trigger %s already exists", name);
        return;
    }
    sd_table *t = sdi_lookup_table(p, &tn, true);
    if (!t)
        return;
    sdi_str d = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&d, "CREATE TRIGGER ");
    sdi_str_addn(&d, gn.name.z, (size_t)(p->stmt_end - gn.name.z));
    add_trigger(p, t, name, sdi_str_take(&d));
}

void sdi_create_trigger(sd_parse *p, const sd_token *toks, size_t n)
{
    if (p->cat->dialect == SD_DIALECT_POSTGRES)
        pg_create_trigger(p, toks, n);
    else
        sqlite_create_trigger(p, toks, n);
}

void sdi_drop_trigger(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 2;
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists")) {
        if_exists = true;
        i += 2;
    }
    sdi_name gn;
    if (!read_name(p, toks, n, &i, &gn)) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    char *name = sdi_ident(p, &gn.name);
    if (!name)
        return;
    sd_table *t = NULL;
    sdi_trigger *g = NULL;
    if (cat->dialect == SD_DIALECT_POSTGRES) {
        if (i >= n || !sdi_tok_is(&toks[i], "on")) {
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        i++;
        sdi_name tn;
        if (!read_name(p, toks, n, &i, &tn)) {
            sdi_tok_syntax(p, toks, n, i);
            return;
        }
        t = sdi_lookup_table(p, &tn, !if_exists);
        if (!t) {
            if (!sdi_failed(p))
                sdi_noop(p, "relation does not exist, skipping");
            return;
        }
        g = find_trigger(cat, t, name);
        if (!g) {
            if (if_exists)
                sdi_noop(p, "trigger \"%s\" for relation \"%s\" does not exist, skipping", name, t->name);
            else
                sdi_engine_error(p, gn.name.z, "trigger \"%s\" for table \"%s\" does not exist", name, t->name);
            return;
        }
    } else {
        g = find_sqlite_trigger(cat, name, &t);
        if (!g) {
            if (if_exists)
                sdi_noop(p, "no such trigger: %s", name);
            else
                sdi_engine_error(p, gn.name.z, "no such trigger: %s%s", gn.schema.n ? "main." : "", name);
            return;
        }
    }
    for (size_t k = 0; k < t->triggers.len; k++)
        if (t->triggers.items[k] == g) {
            sdi_vec_remove_at(&t->triggers, k);
            break;
        }
    if (cat->dialect == SD_DIALECT_SQLITE)
        t->schema->sqlite_triggers--;
    sdi_trigger_free(g);
}

/* ALTER TRIGGER name ON [schema.]table RENAME TO new (PostgreSQL). The
 * definition keeps pg_get_triggerdef's form with the new name. */
void sdi_alter_trigger_rename(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (n && toks[n - 1].type == SD_TK_SEMI)
        n--;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"TRIGGER\": syntax error");
        return;
    }
    /* ALTER TRIGGER name ON t RENAME TO new */
    if (n < 8 || !sdi_tok_name(&toks[2]) || !sdi_tok_is(&toks[3], "on")) {
        sdi_tok_syntax(p, toks, n, n < 4 ? n : 3);
        return;
    }
    sdi_name tn;
    size_t i = sdi_tok_read_name(toks, n, 4, &tn);
    if (i + 3 != n || !sdi_tok_name(&toks[n - 1])) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    char *name = sdi_ident(p, &toks[2]), *nn = sdi_ident(p, &toks[n - 1]);
    if (!name || !nn)
        return;
    sd_table *t = sdi_lookup_table(p, &tn, true);
    if (!t)
        return;
    sdi_trigger *g = find_trigger(cat, t, name);
    if (!g) {
        sdi_engine_error(p, toks[2].z, "trigger \"%s\" for table \"%s\" does not exist", name, t->name);
        return;
    }
    if (find_trigger(cat, t, nn)) {
        sdi_engine_error(p, toks[n - 1].z, "trigger \"%s\" for relation \"%s\" already exists", nn, t->name);
        return;
    }
    sdi_str old = SDI_SCRATCH_STR(&p->arena), d = SDI_SCRATCH_STR(&p->arena);
    sdi_str_add(&old, "CREATE TRIGGER ");
    sdi_pg_add_ident(&old, g->name);
    sdi_str_addc(&old, ' ');
    if (old.oom || strncmp(g->definition, old.data, old.len) != 0) {
        sdi_str_free(&old);
        sdi_unmodelled(p, toks[2].z, "renaming this trigger is not modelled");
        return;
    }
    sdi_str_add(&d, "CREATE TRIGGER ");
    sdi_pg_add_ident(&d, nn);
    sdi_str_addc(&d, ' ');
    sdi_str_add(&d, g->definition + old.len);
    sdi_str_free(&old);
    char *def = sdi_str_take(&d), *hn = sdi_hdup(p, nn);
    if (!def || !hn) {
        sdi_free(def);
        sdi_free(hn);
        p->oom = true;
        return;
    }
    sdi_free(g->definition);
    g->definition = def;
    sdi_free(g->name);
    g->name = hn;
}

/* PostgreSQL table inheritance: CREATE TABLE ... INHERITS (parent, ...).
 * The new table's columns become the parents' columns first (merged by
 * name across parents, types must agree, NOT NULL or'ed, defaults must not
 * conflict), then its own, an own column of an inherited name being merged
 * into the inherited one; CHECK constraints are inherited under their
 * names. Keys, indexes and foreign keys are not inherited. ALTERs that
 * recurse through an inheritance tree fail closed (sdi_inherits_alter_ok). */
#include <string.h>

#include "sd_internal.h"
#include "sd_parse.h"

bool sdi_has_children(const sd_catalog *cat, const sd_table *t)
{
    if (!cat->any_inherits)
        return false;
    for (size_t si = 0; si < cat->schemas.len; si++) {
        const sd_schema *s = cat->schemas.items[si];
        for (size_t i = 0; i < s->tables.len; i++) {
            const sd_table *c = s->tables.items[i];
            for (size_t k = 0; k < c->inherits.len; k++)
                if (c->inherits.items[k] == t)
                    return true;
        }
    }
    return false;
}

static sd_constraint *check_named(const sd_table *t, const char *name)
{
    for (size_t i = 0; i < t->constraints.len; i++) {
        sd_constraint *k = t->constraints.items[i];
        if (k->kind == SD_CONSTRAINT_CHECK && k->name && strcmp(k->name, name) == 0)
            return k;
    }
    return NULL;
}

/* toks: INHERITS ( name [, ...] ) [anything else fails] for p->last_table. */
void sdi_inherits(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_table *t = p->last_table;
    if (!t)
        return;   /* IF NOT EXISTS on an existing table */
    sd_catalog *cat = p->cat;
    sdi_vec parents = {0};
    size_t i = 1;
    bool ok = i < n && toks[i].type == SD_TK_LP;
    if (!ok)
        sdi_tok_syntax(p, toks, n, i);
    for (i++; ok;) {
        if (i >= n || !sdi_tok_name(&toks[i])) {
            sdi_tok_syntax(p, toks, n, i);
            ok = false;
            break;
        }
        sdi_name pn;
        size_t at = i;
        i = sdi_tok_read_name(toks, n, i, &pn);
        sd_table *pt = sdi_lookup_table(p, &pn, true);
        if (!pt) {
            ok = false;
            break;
        }
        if (pt == t) {
            sdi_engine_error(p, toks[at].z, "relation \"%s\" does not exist", t->name);
            ok = false;
            break;
        }
        for (size_t k = 0; k < parents.len && ok; k++)
            if (parents.items[k] == pt) {
                sdi_engine_error(p, toks[at].z, "relation \"%s\" would be inherited from more than once", pt->name);
                ok = false;
            }
        if (ok && pt->partition_key) {
            sdi_engine_error(p, toks[at].z, "cannot inherit from partitioned table \"%s\"", pt->name);
            ok = false;
        }
        if (ok && pt->partition_of) {
            sdi_engine_error(p, toks[at].z, "cannot inherit from partition \"%s\"", pt->name);
            ok = false;
        }
        for (size_t c = 0; ok && c < pt->columns.len; c++)
            if (((sd_column *)pt->columns.items[c])->generated) {
                sdi_unmodelled(p, toks[at].z, "inheriting generated columns is not modelled yet");
                ok = false;
            }
        if (ok && sdi_vec_push(&parents, pt) != SD_OK) {
            p->oom = true;
            ok = false;
        }
        if (!ok)
            break;
        if (i < n && toks[i].type == SD_TK_COMMA) {
            i++;
            continue;
        }
        if (i < n && toks[i].type == SD_TK_RP) {
            i++;
            break;
        }
        sdi_tok_syntax(p, toks, n, i);
        ok = false;
    }
    if (ok && i < n) {
        if (sdi_tok_is(&toks[i], "partition"))
            sdi_engine_error(p, toks[i].z, "cannot create partitioned table as inheritance child");
        else
            sdi_unmodelled(p, toks[i].z, "table options after INHERITS are not modelled yet");
        ok = false;
    }
    /* the merged column list: inherited columns in parent order, then own */
    sdi_vec merged = {0};
    size_t nown = t->columns.len;
    sd_column **own = ok ? sdi_calloc(nown ? nown : 1, sizeof *own) : NULL;
    bool *used = ok ? sdi_calloc(nown ? nown : 1, sizeof *used) : NULL;
    if (ok && (!own || !used)) {
        p->oom = true;
        ok = false;
    }
    for (size_t c = 0; ok && c < nown; c++)
        own[c] = t->columns.items[c];
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    for (size_t k = 0; ok && k < parents.len; k++) {
        const sd_table *pt = parents.items[k];
        for (size_t c = 0; ok && c < pt->columns.len; c++) {
            const sd_column *pc = pt->columns.items[c];
            sd_column *have = NULL;
            for (size_t m = 0; m < merged.len && !have; m++)
                if (strcmp(((sd_column *)merged.items[m])->name, pc->name) == 0)
                    have = merged.items[m];
            if (have) {   /* from an earlier parent */
                if (strcmp(have->type, pc->type) != 0) {
                    sdi_engine_error(p, p->stmt_start, "inherited column \"%s\" has a type conflict", pc->name);
                    ok = false;
                    break;
                }
                have->not_null |= pc->not_null;
                if (pc->default_text && !pc->identity && have->default_text &&
                    strcmp(have->default_text, pc->default_text) != 0)
                    have->comment = (char *)1;   /* marks a conflict, settled below */
                if (pc->default_text && !pc->identity && !have->default_text)
                    have->default_text = sdi_hdup(p, pc->default_text);
                continue;
            }
            sd_column *nc = sdi_calloc(1, sizeof *nc);
            if (!nc || sdi_vec_push(&merged, nc) != SD_OK) {
                sdi_free(nc);
                p->oom = true;
                ok = false;
                break;
            }
            nc->name = sdi_hdup(p, pc->name);
            nc->type = pc->type;   /* interned in the catalog: shared */
            nc->declared = pc->declared;
            nc->type_base = pc->type_base;
            nc->not_null = pc->not_null;
            nc->default_text = pc->default_text && !pc->identity ? sdi_hdup(p, pc->default_text) : NULL;
            nc->collation = pc->collation ? sdi_hdup(p, pc->collation) : NULL;
            nc->created = nc->changed = loc;
        }
    }
    /* own columns of an inherited name merge into it */
    for (size_t m = 0; ok && m < merged.len; m++) {
        sd_column *mc = merged.items[m];
        bool conflict = mc->comment == (char *)1;
        mc->comment = NULL;
        for (size_t c = 0; c < nown; c++) {
            if (strcmp(own[c]->name, mc->name) != 0)
                continue;
            used[c] = true;
            if (strcmp(own[c]->type, mc->type) != 0) {
                sdi_engine_error(p, p->stmt_start, "column \"%s\" has a type conflict", mc->name);
                ok = false;
                break;
            }
            if (own[c]->identity || own[c]->generated) {
                sdi_unmodelled(p, p->stmt_start, "merging identity or generated columns with inherited ones is not modelled");
                ok = false;
                break;
            }
            mc->not_null |= own[c]->not_null;
            if (own[c]->default_text) {
                sdi_free(mc->default_text);
                mc->default_text = sdi_hdup(p, own[c]->default_text);
                conflict = false;
            }
        }
        if (ok && conflict) {
            sdi_engine_error(p, p->stmt_start, "column \"%s\" inherits conflicting default values", mc->name);
            ok = false;
        }
    }
    if (!ok || p->oom) {
        for (size_t m = 0; m < merged.len; m++) {
            sd_column *mc = merged.items[m];
            if (mc->comment == (char *)1)
                mc->comment = NULL;
            sdi_column_free(mc);
        }
        sdi_vec_free(&merged);
        sdi_vec_free(&parents);
        sdi_free(own);
        sdi_free(used);
        sdi_table_drop(cat, t);
        return;
    }
    /* the table's columns: merged, then the own ones not merged */
    for (size_t c = 0; c < nown; c++) {
        if (used[c]) {
            sdi_column_remove(cat, t, own[c]);
            continue;
        }
    }
    sdi_vec rest = t->columns;
    memset(&t->columns, 0, sizeof t->columns);
    sdi_map_free(&t->column_map);
    memset(&t->column_map, 0, sizeof t->column_map);
    for (size_t m = 0; m < merged.len && !p->oom; m++)
        if (sdi_column_add(cat, t, merged.items[m]) != SD_OK)
            p->oom = true;
    for (size_t c = 0; c < rest.len && !p->oom; c++)
        if (sdi_column_add(cat, t, rest.items[c]) != SD_OK)
            p->oom = true;
    sdi_vec_free(&rest);
    sdi_vec_free(&merged);
    sdi_free(own);
    sdi_free(used);
    /* inherited CHECK constraints, under their names */
    for (size_t k = 0; k < parents.len && !sdi_failed(p); k++) {
        const sd_table *pt = parents.items[k];
        for (size_t c = 0; c < pt->constraints.len && !sdi_failed(p); c++) {
            const sd_constraint *pk = pt->constraints.items[c];
            if (pk->kind != SD_CONSTRAINT_CHECK || pk->no_inherit)
                continue;
            if (check_named(t, pk->name)) {
                sdi_unmodelled(p, p->stmt_start, "merging check constraint \"%s\" with an inherited one is not modelled",
                               pk->name);
                break;
            }
            sdi_copy_constraint(p, t, pk, pk->name, loc, true);
        }
    }
    t->inherits = parents;
    if (parents.len)
        p->cat->any_inherits = true;
}

bool sdi_inherits_alter_ok(sd_parse *p, sd_table *t, const sdi_alter_action *actions)
{
    bool child = t->inherits.len > 0, parent = sdi_has_children(p->cat, t);
    if (!child && !parent)
        return true;
    for (const sdi_alter_action *a = actions; a; a = a->next) {
        /* a child's inherited columns are its parents' to change */
        char *col = child && a->name.n ? sdi_ident(p, &a->name) : NULL;
        bool inherited = false;
        for (size_t k = 0; col && k < t->inherits.len; k++)
            inherited |= sdi_column_find(p->cat, t->inherits.items[k], col) != NULL;
        if (inherited && (a->kind == SDI_ALTER_DROP_COLUMN || a->kind == SDI_ALTER_RENAME_COLUMN ||
                          a->kind == SDI_ALTER_TYPE)) {
            sdi_engine_error(p, a->name.z, a->kind == SDI_ALTER_DROP_COLUMN   ? "cannot drop inherited column \"%s\""
                                           : a->kind == SDI_ALTER_TYPE        ? "cannot alter inherited column \"%s\""
                                                                              : "cannot rename inherited column \"%s\"",
                             col);
            return false;
        }
        bool ok;
        switch (a->kind) {
        case SDI_ALTER_RENAME_TABLE:
        case SDI_ALTER_RLS_ENABLE:
        case SDI_ALTER_RLS_DISABLE:
        case SDI_ALTER_RLS_FORCE:
        case SDI_ALTER_RLS_NO_FORCE:
        case SDI_ALTER_STORAGE:
        case SDI_ALTER_TRIGGER_STATE:
            ok = true;
            break;
        case SDI_ALTER_ADD_CONSTRAINT:   /* keys and foreign keys are not inherited */
            ok = a->con && (a->con->kind == SDI_C_PRIMARY_KEY || a->con->kind == SDI_C_UNIQUE ||
                            a->con->kind == SDI_C_FOREIGN_KEY);
            break;
        case SDI_ALTER_SET_DEFAULT:
        case SDI_ALTER_DROP_DEFAULT:
        case SDI_ALTER_SET_NOT_NULL:
            ok = !parent;   /* a child's own setting */
            break;
        default:
            ok = false;
            break;
        }
        if (!ok) {
            sdi_unmodelled(p, a->at.z, "this ALTER TABLE action on a table in an inheritance tree is not modelled yet");
            return false;
        }
    }
    return true;
}

/* COMMENT ON (PostgreSQL): the text is kept on the object -- a table,
 * column, index, sequence, view, materialized view, type, domain, schema
 * or a table's constraint; '' or NULL removes it. Comments on other objects
 * (functions, domain constraints, triggers, policies, ...) are not modelled
 * yet and fail closed. */
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

/* The kinds of object a comment may be on. */
typedef enum comment_kind {
    CK_TABLE = 1, CK_COLUMN, CK_INDEX, CK_SEQUENCE, CK_VIEW, CK_MATVIEW, CK_TYPE, CK_DOMAIN, CK_SCHEMA,
    CK_CONSTRAINT
} comment_kind;

/* A relation of `kind` named by parts[0..n) (schema-qualified or on the
 * search path); reports the engine's errors. */
static sdi_rel *comment_relation(sd_parse *p, const sd_token *parts, size_t n, sdi_rel_kind kind,
                                 const char *what)
{
    sdi_name qn;
    memset(&qn, 0, sizeof qn);
    if (n == 2) {
        qn.schema = parts[0];
        qn.name = parts[1];
    } else {
        qn.name = parts[0];
    }
    char *name = sdi_ident(p, &qn.name);
    sd_schema *s = name ? sdi_lookup_schema(p, &qn, name) : NULL;
    if (!s)
        return NULL;
    sdi_rel *r = sdi_rel_find(p->cat, s, name);
    if (!r) {
        sdi_engine_error(p, qn.name.z, "relation \"%s%s%s\" does not exist", n == 2 ? s->name : "", n == 2 ? "." : "",
                         name);
        return NULL;
    }
    if (r->kind != kind) {
        sdi_engine_error(p, qn.name.z, "\"%s\" is not %s", name, what);
        return NULL;
    }
    return r;
}

void sdi_comment_on(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    if (cat->dialect != SD_DIALECT_POSTGRES) {
        sdi_engine_error(p, p->stmt_start, "near \"COMMENT\": syntax error");
        return;
    }
    if (n < 5 || !sdi_tok_is(&toks[1], "on")) {
        sdi_unmodelled(p, p->stmt_start, "syntax error (or syntax not supported)");
        return;
    }
    static const struct {
        const char *word;
        comment_kind kind;
    } kinds[] = {{"table", CK_TABLE},   {"column", CK_COLUMN}, {"index", CK_INDEX},   {"sequence", CK_SEQUENCE},
                 {"view", CK_VIEW},     {"type", CK_TYPE},     {"domain", CK_DOMAIN}, {"schema", CK_SCHEMA},
                 {"constraint", CK_CONSTRAINT}};
    size_t i = 2;
    comment_kind kind = 0;
    if (sdi_tok_is(&toks[2], "materialized") && sdi_tok_is(&toks[3], "view")) {
        kind = CK_MATVIEW;
        i = 4;
    } else {
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0] && !kind; k++)
            if (sdi_tok_is(&toks[2], kinds[k].word))
                kind = kinds[k].kind;
        i = 3;
    }
    if (!kind) {
        sdi_unmodelled(p, toks[2].z, "COMMENT ON %.*s is not modelled yet", (int)toks[2].n, toks[2].z);
        return;
    }
    /* the dotted name (for a constraint: name ON [schema.]table) up to IS */
    sd_token part[3], on_part[2];
    size_t parts = 0, on_parts = 0;
    bool after_on = false;
    while (i < n && !sdi_tok_is(&toks[i], "is")) {
        if (kind == CK_CONSTRAINT && !after_on && parts && sdi_tok_is(&toks[i], "on")) {
            after_on = true;
        } else if (toks[i].type != SD_TK_DOT) {
            if (!sdi_tok_name(&toks[i]) || (after_on ? on_parts == 2 : parts == 3)) {
                sdi_unmodelled(p, toks[i].z, "syntax error (or syntax not supported)");
                return;
            }
            if (after_on)
                on_part[on_parts++] = toks[i];
            else
                part[parts++] = toks[i];
        }
        i++;
    }
    size_t min_parts = kind == CK_COLUMN ? 2 : 1, max_parts = kind == CK_COLUMN ? 3 : kind == CK_SCHEMA ? 1 : 2;
    if (kind == CK_CONSTRAINT) {
        min_parts = max_parts = 1;
        if (!on_parts) {
            sdi_unmodelled(p, p->stmt_start, "syntax error (or syntax not supported)");
            return;
        }
        if (on_parts == 1 && sdi_tok_is(&on_part[0], "domain")) {
            sdi_unmodelled(p, on_part[0].z, "comments on domain constraints are not modelled yet");
            return;
        }
    }
    if (i + 1 >= n || parts < min_parts || parts > max_parts || i + 2 != n) {
        sdi_unmodelled(p, p->stmt_start, "syntax error (or syntax not supported)");
        return;
    }
    char *text = NULL;
    if (toks[i + 1].type == SD_TK_STRING) {
        sdi_expr e = {.kind = SDI_E_STRING, .text = toks[i + 1].z, .text_len = toks[i + 1].n};
        text = sdi_pg_string_value(p, &e);
        if (!text)
            return;
        if (!*text) {
            sdi_free(text);
            text = NULL;
        }
    } else if (!sdi_tok_is(&toks[i + 1], "null")) {
        sdi_unmodelled(p, toks[i + 1].z, "syntax error (or syntax not supported)");
        return;
    }
    char **slot = NULL;
    sdi_loc loc = sdi_parse_loc(p, p->stmt_start);
    switch (kind) {
    case CK_TABLE:
    case CK_COLUMN:
    case CK_CONSTRAINT: {
        const sd_token *tp = kind == CK_CONSTRAINT ? on_part : part;
        size_t tparts = kind == CK_CONSTRAINT ? on_parts : kind == CK_COLUMN ? parts - 1 : parts;
        sdi_name tn;
        memset(&tn, 0, sizeof tn);
        if (tparts == 2) {
            tn.schema = tp[0];
            tn.name = tp[1];
        } else {
            tn.name = tp[0];
        }
        sd_table *t = sdi_lookup_table(p, &tn, true);
        if (!t)
            break;
        if (kind == CK_TABLE) {
            slot = &t->comment;
            t->changed = loc;
        } else if (kind == CK_COLUMN) {
            char *cn = sdi_ident(p, &part[parts - 1]);
            sd_column *c = cn ? sdi_column_find(cat, t, cn) : NULL;
            if (!c) {
                if (cn)
                    /* the relation as written: qualified when it was */
                    sdi_engine_error(p, part[parts - 1].z, "column \"%s\" of relation \"%s%s%s\" does not exist",
                                     cn, tparts == 2 ? t->schema->name : "", tparts == 2 ? "." : "", t->name);
                break;
            }
            slot = &c->comment;
            c->changed = loc;
        } else {
            char *cn = sdi_ident(p, &part[0]);
            for (size_t k = 0; cn && k < t->constraints.len && !slot; k++) {
                sd_constraint *con = t->constraints.items[k];
                if (con->name && strcmp(con->name, cn) == 0) {
                    slot = &con->comment;
                    con->changed = loc;
                }
            }
            if (cn && !slot)
                sdi_engine_error(p, part[0].z, "constraint \"%s\" for table \"%s\" does not exist", cn, t->name);
        }
        break;
    }
    case CK_INDEX: {
        sdi_rel *r = comment_relation(p, part, parts, SDI_REL_INDEX, "an index");
        if (r)
            slot = &((sd_index *)r->obj)->comment;
        break;
    }
    case CK_SEQUENCE: {
        sdi_rel *r = comment_relation(p, part, parts, SDI_REL_SEQUENCE, "a sequence");
        if (r)
            slot = &((sdi_sequence *)r->obj)->comment;
        break;
    }
    case CK_VIEW:
    case CK_MATVIEW: {
        sdi_rel *r = comment_relation(p, part, parts, SDI_REL_VIEW, kind == CK_VIEW ? "a view" : "a materialized view");
        sdi_view *v = r ? r->obj : NULL;
        if (v && v->materialized != (kind == CK_MATVIEW)) {
            sdi_engine_error(p, part[parts - 1].z, "\"%s\" is not %s", v->name,
                             kind == CK_VIEW ? "a view" : "a materialized view");
            break;
        }
        if (v)
            slot = &v->comment;
        break;
    }
    case CK_TYPE:
    case CK_DOMAIN: {
        char *tname = sdi_ident(p, &part[parts - 1]);
        sd_schema *s = NULL;
        if (parts == 2) {
            char *sn = sdi_ident(p, &part[0]);
            s = sn ? sdi_schema_find(cat, sn) : NULL;
            if (sn && !s) {
                sdi_engine_error(p, part[0].z, "schema \"%s\" does not exist", sn);
                break;
            }
        }
        sdi_usertype *u = tname ? sdi_usertype_find(cat, s, tname) : NULL;
        if (!u) {
            /* a table's row type, a built-in type: not modelled */
            sdi_unmodelled(p, part[parts - 1].z, "comments on types other than enums, domains, composite and range "
                           "types made here are not modelled yet");
            break;
        }
        if (kind == CK_DOMAIN && u->kind != SDI_TYPE_DOMAIN) {
            sdi_engine_error(p, part[parts - 1].z, "\"%s\" is not a domain", u->name);
            break;
        }
        slot = &u->comment;
        break;
    }
    case CK_SCHEMA: {
        char *sn = sdi_ident(p, &part[0]);
        sd_schema *s = sn ? sdi_schema_find(cat, sn) : NULL;
        if (!s && sn)
            sdi_engine_error(p, part[0].z, "schema \"%s\" does not exist", sn);
        if (s)
            slot = &s->comment;
        break;
    }
    }
    if (!slot) {
        sdi_free(text);
        return;
    }
    sdi_free(*slot);
    *slot = text;
}

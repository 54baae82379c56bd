/* COMMENT ON TABLE / COLUMN (PostgreSQL): the comment text is kept on the
 * table or column; '' or NULL removes it. Comments on other objects are
 * not modelled yet and fail closed. */
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

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
    bool column = sdi_tok_is(&toks[2], "column");
    if (!column && !sdi_tok_is(&toks[2], "table")) {
        sdi_unmodelled(p, toks[2].z, "COMMENT ON %.*s is not modelled yet", (int)toks[2].n, toks[2].z);
        return;
    }
    /* the dotted name up to IS */
    size_t i = 3, parts = 0;
    sd_token part[3];
    while (i < n && !sdi_tok_is(&toks[i], "is")) {
        if (toks[i].type != SD_TK_DOT) {
            if (parts == 3) {
                sdi_unmodelled(p, toks[i].z, "syntax error (or syntax not supported)");
                return;
            }
            part[parts++] = toks[i];
        }
        i++;
    }
    if (i + 1 >= n || parts < (column ? 2u : 1u)) {
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
    sdi_name tn;
    memset(&tn, 0, sizeof tn);
    size_t table_parts = column ? parts - 1 : parts;
    if (table_parts == 2) {
        tn.schema = part[0];
        tn.name = part[1];
    } else {
        tn.name = part[0];
    }
    sd_table *t = sdi_lookup_table(p, &tn, true);
    if (!t) {
        sdi_free(text);
        return;
    }
    char **slot = &t->comment;
    if (column) {
        char *cn = sdi_ident(p, &part[parts - 1]);
        sd_column *c = cn ? sdi_column_find(cat, t, cn) : NULL;
        if (!c) {
            if (cn)
                sdi_engine_error(p, part[parts - 1].z, "column \"%s\" of relation \"%s\" does not exist", cn,
                                 t->name);
            sdi_free(text);
            return;
        }
        slot = &c->comment;
        c->changed = sdi_parse_loc(p, p->stmt_start);
    }
    sdi_free(*slot);
    *slot = text;
}

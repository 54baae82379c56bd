/* PostgreSQL partitioned tables: the PARTITION BY clause of CREATE TABLE
 * (method and key, as pg_get_partkeydef prints column keys) and the rule
 * that primary keys and unique constraints include the key columns.
 * Partitions themselves (PARTITION OF, ATTACH/DETACH) are not modelled yet
 * and fail closed. */
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
    sdi_str key = {0};
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

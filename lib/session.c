/* Session state that changes how later statements resolve names: the
 * PostgreSQL search_path (SET / RESET search_path, set_config). Each
 * applied text starts with the default path, as a new psql session does. */
#include <string.h>
#include <strings.h>

#include "sd_internal.h"
#include "sd_parse.h"

void sdi_search_path_reset(sd_catalog *cat)
{
    for (size_t i = 0; i < cat->search_path.len; i++)
        sdi_free(cat->search_path.items[i]);
    sdi_vec_free(&cat->search_path);
}

/* Append one path element (already decoded); "$user" names no schema we
 * can know and is kept as written. */
static bool add_element(sd_parse *p, const char *z, size_t n)
{
    while (n && (*z == ' ' || *z == '\t'))
        z++, n--;
    while (n && (z[n - 1] == ' ' || z[n - 1] == '\t'))
        n--;
    char *e;
    if (n >= 2 && z[0] == '"' && z[n - 1] == '"') {
        e = sdi_strndup(z + 1, n - 2);
    } else {
        e = sdi_strndup(z, n);
        if (e)
            for (char *c = e; *c; c++)
                if (*c >= 'A' && *c <= 'Z')
                    *c = (char)(*c + 32);
    }
    if (!e || sdi_vec_push(&p->cat->search_path, e) != SD_OK) {
        sdi_free(e);
        p->oom = true;
        return false;
    }
    return true;
}

/* A string holding a comma-separated path: 'a, "B", public'. */
static bool add_list_text(sd_parse *p, const char *z, size_t n)
{
    size_t start = 0;
    bool quoted = false;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && z[i] == '"')
            quoted = !quoted;
        if (i == n || (z[i] == ',' && !quoted)) {
            if (i > start && !add_element(p, z + start, i - start))
                return false;
            start = i + 1;
        }
    }
    return true;
}

void sdi_set_search_path(sd_parse *p, const sd_token *toks, size_t n)
{
    sd_catalog *cat = p->cat;
    size_t i = 0;
    if (sdi_tok_is(&toks[0], "reset")) {
        sdi_search_path_reset(cat);
        return;
    }
    if (sdi_tok_is(&toks[0], "select")) {
        /* SELECT [pg_catalog.]set_config('search_path', 'value', bool) */
        for (; i + 4 < n; i++)
            if (sdi_tok_is(&toks[i], "set_config") && toks[i + 1].type == SD_TK_LP && toks[i + 2].type == SD_TK_STRING &&
                toks[i + 4].type == SD_TK_STRING) {
                sdi_expr e = {.kind = SDI_E_STRING, .text = toks[i + 4].z, .text_len = toks[i + 4].n};
                char *v = sdi_pg_string_value(p, &e);
                if (!v)
                    return;
                sdi_search_path_reset(cat);
                add_list_text(p, v, strlen(v));
                sdi_free(v);
                if (!cat->search_path.len)
                    add_element(p, "", 0);   /* an empty path: nothing to create in */
                return;
            }
        sdi_unmodelled(p, toks[0].z, "this call of set_config is not modelled");
        return;
    }
    /* SET [SESSION | LOCAL] search_path { TO | = } { DEFAULT | value, ... } */
    i = 1;
    if (i < n && (sdi_tok_is(&toks[i], "session") || sdi_tok_is(&toks[i], "local")))
        i++;
    if (i < n && sdi_tok_is(&toks[i], "schema")) {
        /* SET SCHEMA 'name' */
        sdi_search_path_reset(cat);
        if (i + 1 < n) {
            sdi_expr e = {.kind = SDI_E_STRING, .text = toks[i + 1].z, .text_len = toks[i + 1].n};
            char *v = toks[i + 1].type == SD_TK_STRING ? sdi_pg_string_value(p, &e) : NULL;
            if (v) {
                add_element(p, v, strlen(v));
                sdi_free(v);
            }
        }
        return;
    }
    i++;   /* search_path */
    if (i < n && (sdi_tok_is(&toks[i], "to") || toks[i].type == SD_TK_EQ))
        i++;
    sdi_search_path_reset(cat);
    if (i < n && sdi_tok_is(&toks[i], "default"))
        return;
    for (; i < n; i++) {
        const sd_token *t = &toks[i];
        if (t->type == SD_TK_COMMA)
            continue;
        if (t->type == SD_TK_STRING) {
            sdi_expr e = {.kind = SDI_E_STRING, .text = t->z, .text_len = t->n};
            char *v = sdi_pg_string_value(p, &e);
            if (!v)
                return;
            /* a string is one name as written ('a, b' names the schema
             * "a, b"; PostgreSQL quotes it into the list) */
            if (sdi_vec_push(&cat->search_path, v) != SD_OK) {
                sdi_free(v);
                p->oom = true;
                return;
            }
        } else if (!add_element(p, t->z, t->n)) {
            return;
        }
    }
}

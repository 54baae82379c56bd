/* PostgreSQL row-level security policies: CREATE POLICY, ALTER POLICY
 * (RENAME TO, TO, USING, WITH CHECK) and DROP POLICY, recorded on their
 * table by name with command, permissive/restrictive, roles and the USING /
 * WITH CHECK texts as written (not interpreted). Roles are cluster objects
 * we do not model: named roles are kept as written, CURRENT_USER and
 * friends fail closed. */
#include <string.h>

#include "sd_internal.h"
#include "sd_parse.h"

static void free_roles(sdi_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        sdi_free(v->items[i]);
    sdi_vec_free(v);
}

void sdi_policy_free(sdi_policy *pol)
{
    if (!pol)
        return;
    sdi_free(pol->name);
    sdi_free(pol->command);
    free_roles(&pol->roles);
    sdi_free(pol->using_text);
    sdi_free(pol->check_text);
    sdi_free(pol);
}

static sdi_policy *policy_find(const sd_table *t, const char *name)
{
    for (size_t i = 0; i < t->policies.len; i++) {
        sdi_policy *pol = t->policies.items[i];
        if (strcmp(pol->name, name) == 0)
            return pol;
    }
    return NULL;
}

/* The text between the parentheses at toks[*i] (which must be "("). */
static char *paren_text(sd_parse *p, const sd_token *toks, size_t n, size_t *i)
{
    size_t k = *i;
    if (k >= n || toks[k].type != SD_TK_LP) {
        sdi_tok_syntax(p, toks, n, k);
        return NULL;
    }
    int depth = 0;
    size_t close = k;
    for (; close < n; close++) {
        if (toks[close].type == SD_TK_LP)
            depth++;
        else if (toks[close].type == SD_TK_RP && --depth == 0)
            break;
    }
    if (close >= n || close == k + 1) {
        sdi_tok_syntax(p, toks, n, close < n ? close : n - 1);
        return NULL;
    }
    *i = close + 1;
    const char *a = toks[k + 1].z, *b = toks[close - 1].z + toks[close - 1].n;
    return sdi_hdupn(p, a, (size_t)(b - a));
}

/* TO role[, ...] at toks[*i] (after TO) into *out; PUBLIC wins over the
 * others (the engine ignores them with a warning). */
static bool read_roles(sd_parse *p, const sd_token *toks, size_t n, size_t *i, sdi_vec *out)
{
    bool public = false;
    size_t k = *i;
    for (;;) {
        if (k >= n || !sdi_tok_name(&toks[k])) {
            sdi_tok_syntax(p, toks, n, k);
            return false;
        }
        if (toks[k].type == SD_TK_SQLFUNC) {
            sdi_unmodelled(p, toks[k].z, "%.*s names the role the migrations run as, which is not known here",
                           (int)toks[k].n, toks[k].z);
            return false;
        }
        char *role = sdi_ident(p, &toks[k]);
        if (!role)
            return false;
        if (toks[k].type != SD_TK_QUOTED_ID && strcmp(role, "public") == 0)
            public = true;
        char *r = sdi_hdup(p, role);
        if (!r || sdi_vec_push(out, r) != SD_OK) {
            sdi_free(r);
            p->oom = true;
            return false;
        }
        k++;
        if (k < n && toks[k].type == SD_TK_COMMA) {
            k++;
            continue;
        }
        break;
    }
    *i = k;
    if (public) {
        free_roles(out);
        char *r = sdi_hdup(p, "public");
        if (!r || sdi_vec_push(out, r) != SD_OK) {
            sdi_free(r);
            p->oom = true;
            return false;
        }
    }
    return true;
}

/* [TO role, ...] [USING (...)] [WITH CHECK (...)] at toks[*i] to the end
 * of the statement; *has_roles says whether TO was there. */
static bool read_clauses(sd_parse *p, const sd_token *toks, size_t n, size_t *i, sdi_vec *roles, bool *has_roles,
                         char **using_text, char **check_text)
{
    bool ok = true;
    *has_roles = *i < n && sdi_tok_is(&toks[*i], "to");
    if (*has_roles) {
        (*i)++;
        ok = read_roles(p, toks, n, i, roles);
    }
    if (ok && *i < n && sdi_tok_is(&toks[*i], "using")) {
        (*i)++;
        ok = (*using_text = paren_text(p, toks, n, i)) != NULL;
    }
    if (ok && *i + 1 < n && sdi_tok_is(&toks[*i], "with") && sdi_tok_is(&toks[*i + 1], "check")) {
        *i += 2;
        ok = (*check_text = paren_text(p, toks, n, i)) != NULL;
    }
    if (ok && *i < n) {
        sdi_tok_syntax(p, toks, n, *i);
        ok = false;
    }
    return ok;
}

/* USING and WITH CHECK as the command allows them. */
static bool clauses_allowed(sd_parse *p, const char *command, const char *using_text, const char *check_text,
                            bool alter)
{
    if (check_text && (strcmp(command, "SELECT") == 0 || strcmp(command, "DELETE") == 0)) {
        /* CreatePolicy and AlterPolicy word it differently */
        sdi_engine_error(p, p->stmt_start, alter ? "only USING expression allowed for SELECT, DELETE"
                                                 : "WITH CHECK cannot be applied to SELECT or DELETE");
        return false;
    }
    if (using_text && strcmp(command, "INSERT") == 0) {
        sdi_engine_error(p, p->stmt_start, "only WITH CHECK expression allowed for INSERT");
        return false;
    }
    return true;
}

/* name ON [schema.]table at toks[*i]: the table and the policy name. */
static sd_table *policy_target(sd_parse *p, const sd_token *toks, size_t n, size_t *i, char **name)
{
    size_t k = *i;
    if (k + 2 >= n || !sdi_tok_name(&toks[k]) || !sdi_tok_is(&toks[k + 1], "on")) {
        sdi_tok_syntax(p, toks, n, k + 1 < n ? k + 1 : k);
        return NULL;
    }
    *name = sdi_ident(p, &toks[k]);
    sdi_name tn;
    k = sdi_tok_read_name(toks, n, k + 2, &tn);
    *i = k;
    if (!*name)
        return NULL;
    return sdi_lookup_table(p, &tn, true);
}

void sdi_create_policy(sd_parse *p, const sd_token *toks, size_t n)
{
    size_t i = 2;   /* CREATE POLICY */
    char *name = NULL;
    sd_table *t = policy_target(p, toks, n, &i, &name);
    if (!t)
        return;
    bool permissive = true;
    const char *command = "ALL";
    sdi_vec roles = {0};
    char *using_text = NULL, *check_text = NULL;
    bool ok = true;
    if (i + 1 < n && sdi_tok_is(&toks[i], "as")) {
        if (sdi_tok_is(&toks[i + 1], "restrictive"))
            permissive = false;
        else if (!sdi_tok_is(&toks[i + 1], "permissive")) {
            char *opt = sdi_ident(p, &toks[i + 1]);
            if (opt)
                sdi_engine_error(p, toks[i + 1].z, "unrecognized row security option \"%s\"", opt);
            return;
        }
        i += 2;
    }
    if (i + 1 < n && sdi_tok_is(&toks[i], "for")) {
        static const char *const cmds[] = {"ALL", "SELECT", "INSERT", "UPDATE", "DELETE", NULL};
        command = NULL;
        for (const char *const *c = cmds; *c && !command; c++)
            if (sdi_tok_is(&toks[i + 1], *c))
                command = *c;
        if (!command) {
            sdi_tok_syntax(p, toks, n, i + 1);
            return;
        }
        i += 2;
    }
    bool has_roles = false;
    ok = ok && read_clauses(p, toks, n, &i, &roles, &has_roles, &using_text, &check_text);
    if (ok && policy_find(t, name)) {
        sdi_engine_error(p, toks[2].z, "policy \"%s\" for table \"%s\" already exists", name, t->name);
        ok = false;
    }
    ok = ok && clauses_allowed(p, command, using_text, check_text, false);
    sdi_policy *pol = ok ? sdi_calloc(1, sizeof *pol) : NULL;
    if (!pol) {
        if (ok)
            p->oom = true;
        free_roles(&roles);
        sdi_free(using_text);
        sdi_free(check_text);
        return;
    }
    pol->name = sdi_hdup(p, name);
    pol->command = sdi_hdup(p, command);
    pol->permissive = permissive;
    if (!has_roles) {
        char *r = sdi_hdup(p, "public");
        if (!r || sdi_vec_push(&roles, r) != SD_OK) {
            sdi_free(r);
            p->oom = true;
        }
    }
    pol->roles = roles;
    pol->using_text = using_text;
    pol->check_text = check_text;
    pol->created = sdi_parse_loc(p, p->stmt_start);
    if (p->oom || sdi_vec_push(&t->policies, pol) != SD_OK) {
        sdi_policy_free(pol);
        p->oom = true;
        return;
    }
    t->changed = pol->created;
}

void sdi_alter_policy(sd_parse *p, const sd_token *toks, size_t n)
{
    size_t i = 2;   /* ALTER POLICY */
    char *name = NULL;
    sd_table *t = policy_target(p, toks, n, &i, &name);
    if (!t)
        return;
    sdi_policy *pol = policy_find(t, name);
    if (!pol) {
        sdi_engine_error(p, toks[2].z, "policy \"%s\" for table \"%s\" does not exist", name, t->name);
        return;
    }
    if (i + 2 < n && sdi_tok_is(&toks[i], "rename") && sdi_tok_is(&toks[i + 1], "to")) {
        char *to = sdi_ident(p, &toks[i + 2]);
        if (!to)
            return;
        if (i + 3 < n) {
            sdi_tok_syntax(p, toks, n, i + 3);
            return;
        }
        if (policy_find(t, to)) {
            sdi_engine_error(p, toks[i + 2].z, "policy \"%s\" for table \"%s\" already exists", to, t->name);
            return;
        }
        char *nn = sdi_hdup(p, to);
        if (!nn)
            return;
        sdi_free(pol->name);
        pol->name = nn;
        t->changed = sdi_parse_loc(p, p->stmt_start);
        return;
    }
    sdi_vec roles = {0};
    char *using_text = NULL, *check_text = NULL;
    bool ok = true;
    bool has_roles = false;
    ok = ok && read_clauses(p, toks, n, &i, &roles, &has_roles, &using_text, &check_text);
    ok = ok && clauses_allowed(p, pol->command, using_text, check_text, true);
    if (!ok) {
        free_roles(&roles);
        sdi_free(using_text);
        sdi_free(check_text);
        return;
    }
    if (has_roles) {
        free_roles(&pol->roles);
        pol->roles = roles;
    }
    if (using_text) {
        sdi_free(pol->using_text);
        pol->using_text = using_text;
    }
    if (check_text) {
        sdi_free(pol->check_text);
        pol->check_text = check_text;
    }
    t->changed = sdi_parse_loc(p, p->stmt_start);
}

void sdi_drop_policy(sd_parse *p, const sd_token *toks, size_t n)
{
    size_t i = 2;   /* DROP POLICY */
    bool if_exists = false;
    if (i + 1 < n && sdi_tok_is(&toks[i], "if") && sdi_tok_is(&toks[i + 1], "exists"))
        if_exists = true, i += 2;
    size_t name_at = i;
    if (i + 2 >= n || !sdi_tok_name(&toks[i]) || !sdi_tok_is(&toks[i + 1], "on")) {
        sdi_tok_syntax(p, toks, n, i + 1 < n ? i + 1 : i);
        return;
    }
    char *name = sdi_ident(p, &toks[i]);
    sdi_name tn;
    i = sdi_tok_read_name(toks, n, i + 2, &tn);
    if (i < n && (sdi_tok_is(&toks[i], "cascade") || sdi_tok_is(&toks[i], "restrict")))
        i++;
    if (i < n) {
        sdi_tok_syntax(p, toks, n, i);
        return;
    }
    if (!name)
        return;
    sd_table *t = sdi_lookup_table(p, &tn, !if_exists);
    if (!t) {
        if (!sdi_failed(p)) {
            char *tname = sdi_ident(p, &tn.name);
            sdi_noop(p, "relation \"%s\" does not exist, skipping", tname ? tname : "");
        }
        return;
    }
    for (size_t k = 0; k < t->policies.len; k++) {
        sdi_policy *pol = t->policies.items[k];
        if (strcmp(pol->name, name) == 0) {
            sdi_vec_remove_at(&t->policies, k);
            sdi_policy_free(pol);
            t->changed = sdi_parse_loc(p, p->stmt_start);
            return;
        }
    }
    if (if_exists)
        sdi_noop(p, "policy \"%s\" for relation \"%s\" does not exist, skipping", name, t->name);
    else
        sdi_engine_error(p, toks[name_at].z, "policy \"%s\" for table \"%s\" does not exist", name, t->name);
}

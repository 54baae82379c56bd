/* Small building blocks used everywhere in the library: allocation wrappers
 * (one place to inject failures), growable strings, pointer vectors, a
 * string-keyed hash map and a bump arena for per-statement syntax trees. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sd_internal.h"

#ifdef SD_FAULT_INJECTION
/* The allocation-failure test build (meson -Dfault_injection=true): the
 * countdown-th allocation from now fails, once, as SQLite's fault
 * simulator does. One thread only. */
#include <execinfo.h>

static long fault_countdown;
static bool fault_hit;
static void *fault_frames[12];
static int fault_nframes;

void sdi_fault_arm(long nth)
{
    fault_countdown = nth;
    fault_hit = false;
    fault_nframes = 0;
}

bool sdi_fault_hit(void) { return fault_hit; }

int sdi_fault_frames(void ***frames)
{
    *frames = fault_frames;
    return fault_nframes;
}

static bool fault_now(void)
{
    if (fault_countdown > 0 && --fault_countdown == 0) {
        fault_hit = true;
        fault_nframes = backtrace(fault_frames, 12);   /* where it failed, for the report */
        return true;
    }
    return false;
}
#else
static bool fault_now(void) { return false; }
#endif

/* Failed allocations on this thread so far: a call that saw the count
 * move reports SD_ERR_NOMEM even where the failure was absorbed on the way
 * (a name that could not be copied, a string that could not grow), so no
 * result built on a failed allocation passes for a good one. */
static _Thread_local unsigned long alloc_failures;

unsigned long sdi_alloc_failures(void) { return alloc_failures; }

static void *counted(void *p)
{
    if (!p)
        alloc_failures++;
    return p;
}

void *sdi_malloc(size_t n) { return counted(fault_now() ? NULL : malloc(n ? n : 1)); }
void *sdi_calloc(size_t n, size_t size) { return counted(fault_now() ? NULL : calloc(n ? n : 1, size ? size : 1)); }
void *sdi_realloc(void *p, size_t n) { return counted(fault_now() ? NULL : realloc(p, n ? n : 1)); }
void sdi_free(void *p) { free(p); }

char *sdi_strndup(const char *s, size_t n)
{
    char *r = sdi_malloc(n + 1);
    if (r) {
        if (n)
            memcpy(r, s, n);
        r[n] = 0;
    }
    return r;
}

char *sdi_strdup(const char *s) { return s ? sdi_strndup(s, strlen(s)) : NULL; }

void sdi_free_strings(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        sdi_free(v[i]);
    sdi_free(v);
}

/* ---- strings ---- */

static bool str_reserve(sdi_str *s, size_t extra)
{
    if (s->oom)
        return false;
    if (s->len + extra + 1 <= s->cap)
        return true;
    size_t cap = s->cap ? s->cap : 64;
    while (cap < s->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            s->oom = true;
            return false;
        }
        cap *= 2;
    }
    char *d;
    if (s->arena) {   /* the old block stays in the arena until it is reset */
        d = sdi_arena_alloc(s->arena, cap);
        if (d && s->len)
            memcpy(d, s->data, s->len + 1);
    } else {
        d = sdi_realloc(s->data, cap);
    }
    if (!d) {
        s->oom = true;
        return false;
    }
    s->data = d;
    s->cap = cap;
    return true;
}

void sdi_str_addn_grow(sdi_str *s, const char *z, size_t n)
{
    if (!str_reserve(s, n))
        return;
    if (n)
        memcpy(s->data + s->len, z, n);
    s->len += n;
    s->data[s->len] = 0;
}

void sdi_str_flush_point(sdi_str *s, size_t at)
{
    if (!s->sink || s->oom || s->len < at || s->len == 0)
        return;
    if (!s->sink_failed && s->sink(s->sink_ctx, s->data, s->len) != 0)
        s->sink_failed = true;
    s->len = 0;
    s->data[0] = 0;
}

void sdi_str_addc(sdi_str *s, char c)
{
    if (s->len + 2 <= s->cap) {   /* room for it and the terminator */
        s->data[s->len++] = c;
        s->data[s->len] = 0;
        return;
    }
    sdi_str_addn(s, &c, 1);
}

void sdi_str_addf(sdi_str *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !str_reserve(s, (size_t)n)) {
        va_end(ap2);
        if (n < 0)
            s->oom = true;
        return;
    }
    vsnprintf(s->data + s->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    s->len += (size_t)n;
}

void sdi_str_add_sql_literal(sdi_str *s, const char *z)
{
    sdi_str_addc(s, '\'');
    for (const char *p = z; *p; p++) {
        if (*p == '\'')
            sdi_str_addc(s, '\'');
        sdi_str_addc(s, *p);
    }
    sdi_str_addc(s, '\'');
}

char *sdi_str_take(sdi_str *s)
{
    char *r = s->oom ? NULL : s->data;
    if (s->arena)
        r = s->oom ? NULL : sdi_strndup(r ? r : "", s->len);
    else if (s->oom)
        sdi_free(s->data);
    else if (!r)
        r = sdi_strdup("");
    s->data = NULL;
    s->len = s->cap = 0;
    s->oom = false;
    return r;
}

void sdi_str_free(sdi_str *s)
{
    if (!s->arena)
        sdi_free(s->data);
    s->data = NULL;
    s->len = s->cap = 0;
}

/* ---- interned text ---- */

const char *sdi_text_pool_get(sdi_text_pool *pool, const char *text)
{
    char *known = sdi_map_get(&pool->index, text);
    if (known)
        return known;
    char *copy = sdi_strdup(text);
    if (!copy)
        return NULL;
    if (sdi_vec_push(&pool->texts, copy) != SD_OK) {
        sdi_free(copy);
        return NULL;
    }
    if (sdi_map_put(&pool->index, copy, copy) != SD_OK)
        return NULL;   /* the copy stays owned by texts */
    return copy;
}

void sdi_text_pool_free(sdi_text_pool *pool)
{
    for (size_t i = 0; i < pool->texts.len; i++)
        sdi_free(pool->texts.items[i]);
    sdi_vec_free(&pool->texts);
    sdi_map_free(&pool->index);
}

/* ---- vectors ---- */

int sdi_vec_push(sdi_vec *v, void *item)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        void **it = sdi_realloc(v->items, cap * sizeof *it);
        if (!it)
            return SD_ERR_NOMEM;
        v->items = it;
        v->cap = cap;
    }
    v->items[v->len++] = item;
    return SD_OK;
}

void sdi_vec_remove_at(sdi_vec *v, size_t i)
{
    if (i >= v->len)
        return;
    memmove(v->items + i, v->items + i + 1, (v->len - i - 1) * sizeof *v->items);
    v->len--;
}

void sdi_vec_free(sdi_vec *v)
{
    sdi_free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

/* ---- hash map (open addressing; keys hashed eight bytes at a time) ---- */

struct sdi_map_slot {
    char *key;       /* NULL: empty; (char *)1: tombstone */
    void *value;
    size_t hash;     /* of key: compared before the key */
};

#define TOMBSTONE ((char *)1)

/* ASCII lower case, as SQLite folds names. */
static unsigned char fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

#define BYTES(b) (0x0101010101010101ull * (b))

/* The eight bytes of w with ASCII 'A'..'Z' folded to lower case (each byte
 * on its own: no carry crosses a byte; other bytes are left alone). */
static uint64_t fold_word(uint64_t w)
{
    uint64_t low7 = w & BYTES(0x7f);
    uint64_t at_least_A = low7 + BYTES(0x80 - 'A');
    uint64_t past_Z = low7 + BYTES(0x80 - 'Z' - 1);
    uint64_t upper = ~w & (at_least_A ^ past_Z) & BYTES(0x80);
    return w | upper >> 2;
}

static uint64_t hash_bytes(const char *k, bool folded)
{
    size_t n = strlen(k), total = n;
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xff51afd7ed558ccdull);
    for (; n >= 8; k += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, k, 8);
        h = (h ^ (folded ? fold_word(w) : w)) * 0xc4ceb9fe1a85ec53ull;
        h ^= h >> 31;
    }
    uint64_t w = 0;
    if (n && total >= 8) {
        /* the last eight bytes, the ones hashed already shifted out */
        memcpy(&w, k + n - 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w <<= 8 * (8 - n);
#else
        w >>= 8 * (8 - n);
#endif
    } else {
        for (size_t i = 0; i < n; i++)
            w |= (uint64_t)(unsigned char)k[i] << (8 * i);
    }
    h = (h ^ (folded ? fold_word(w) : w)) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;   /* the slot is chosen by the low bits: mix the high ones in */
    h *= 0xff51afd7ed558ccdull;
    return h ^ h >> 29;
}

static uint64_t hash_str(const char *k) { return hash_bytes(k, false); }

/* The hash of k folded to lower case: hash_str of the folded text. */
static uint64_t hash_folded(const char *k) { return hash_bytes(k, true); }

/* The slot of `key` folded to lower case, in a map whose keys are stored
 * folded; no allocation, so a lookup cannot fail for want of memory. */
static struct sdi_map_slot *map_slot_folded(const sdi_map *m, const char *key)
{
    if (!m->cap)
        return NULL;
    size_t h = (size_t)hash_folded(key), mask = m->cap - 1, i = h & mask;
    for (;;) {
        struct sdi_map_slot *s = &m->slots[i];
        if (!s->key)
            return NULL;
        if (s->key != TOMBSTONE && s->hash == h) {
            const char *a = s->key, *b = key;
            while (*a && (unsigned char)*a == fold((unsigned char)*b))
                a++, b++;
            if (!*a && !*b)
                return s;
        }
        i = (i + 1) & mask;
    }
}

static struct sdi_map_slot *map_slot(const sdi_map *m, const char *key, size_t h, bool for_insert)
{
    if (!m->cap)
        return NULL;
    size_t mask = m->cap - 1, i = h & mask;
    struct sdi_map_slot *first_tomb = NULL;
    for (;;) {
        struct sdi_map_slot *s = &m->slots[i];
        if (!s->key)
            return for_insert && first_tomb ? first_tomb : (for_insert ? s : NULL);
        if (s->key == TOMBSTONE) {
            if (!first_tomb)
                first_tomb = s;
        } else if (s->hash == h && strcmp(s->key, key) == 0) {
            return s;
        }
        i = (i + 1) & mask;
    }
}

void *sdi_map_get(const sdi_map *m, const char *key)
{
    struct sdi_map_slot *s = map_slot(m, key, (size_t)hash_str(key), false);
    return s ? s->value : NULL;
}

static int map_grow(sdi_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 16;
    if ((m->len + 1) * 4 < m->cap * 3 && m->tombstones > m->cap / 4)
        cap = m->cap; /* only rehash to drop tombstones */
    struct sdi_map_slot *slots = sdi_calloc(cap, sizeof *slots);
    if (!slots)
        return SD_ERR_NOMEM;
    struct sdi_map old = *m;
    m->slots = slots;
    m->cap = cap;
    m->len = 0;
    m->tombstones = 0;
    for (size_t i = 0; i < old.cap; i++) {
        struct sdi_map_slot *s = &old.slots[i];
        if (s->key && s->key != TOMBSTONE) {
            struct sdi_map_slot *d = map_slot(m, s->key, s->hash, true);
            *d = *s;
            m->len++;
        }
    }
    sdi_free(old.slots);
    return SD_OK;
}

int sdi_map_put(sdi_map *m, const char *key, void *value)
{
    size_t h = (size_t)hash_str(key);
    struct sdi_map_slot *s = map_slot(m, key, h, false);
    if (s) {
        s->value = value;
        return SD_OK;
    }
    if ((m->len + m->tombstones + 1) * 4 >= m->cap * 3) {
        if (map_grow(m) != SD_OK)
            return SD_ERR_NOMEM;
    }
    char *k = sdi_strdup(key);
    if (!k)
        return SD_ERR_NOMEM;
    s = map_slot(m, key, h, true);
    if (s->key == TOMBSTONE)
        m->tombstones--;
    s->key = k;
    s->value = value;
    s->hash = h;
    m->len++;
    return SD_OK;
}

void *sdi_map_get_folded(const sdi_map *m, const char *key)
{
    struct sdi_map_slot *s = map_slot_folded(m, key);
    return s ? s->value : NULL;
}

static void map_del_slot(sdi_map *m, struct sdi_map_slot *s);

void sdi_map_del_folded(sdi_map *m, const char *key)
{
    struct sdi_map_slot *s = map_slot_folded(m, key);
    if (s)
        map_del_slot(m, s);
}

void sdi_map_del(sdi_map *m, const char *key)
{
    struct sdi_map_slot *s = map_slot(m, key, (size_t)hash_str(key), false);
    if (s)
        map_del_slot(m, s);
}

static void map_del_slot(sdi_map *m, struct sdi_map_slot *s)
{
    sdi_free(s->key);
    s->key = TOMBSTONE;
    s->value = NULL;
    m->len--;
    m->tombstones++;
}

void sdi_map_retain(sdi_map *m, bool (*keep)(void *value, void *ctx), void *ctx)
{
    for (size_t i = 0; i < m->cap; i++) {
        struct sdi_map_slot *s = &m->slots[i];
        if (s->key && s->key != TOMBSTONE && !keep(s->value, ctx))
            map_del_slot(m, s);
    }
}

void sdi_map_free(sdi_map *m)
{
    sdi_map_free_with(m, NULL);
}

void sdi_map_free_with(sdi_map *m, void (*free_value)(void *value))
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key && m->slots[i].key != TOMBSTONE) {
            sdi_free(m->slots[i].key);
            if (free_value)
                free_value(m->slots[i].value);
        }
    sdi_free(m->slots);
    memset(m, 0, sizeof *m);
}

/* ---- arena ---- */

struct sdi_arena_chunk {
    struct sdi_arena_chunk *next;
    size_t used, cap;
    max_align_t data[];
};

void *sdi_arena_alloc(sdi_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    struct sdi_arena_chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 8192 ? n : 8192;
        c = sdi_malloc(sizeof *c + cap);
        if (!c) {
            a->oom = true;
            return NULL;
        }
        c->used = 0;
        c->cap = cap;
        c->next = a->head;
        a->head = c;
    }
    void *r = (char *)c->data + c->used;
    c->used += n;
    memset(r, 0, n);
    return r;
}

char *sdi_arena_strndup(sdi_arena *a, const char *z, size_t n)
{
    char *r = sdi_arena_alloc(a, n + 1);
    if (r) {
        if (n)
            memcpy(r, z, n);
        r[n] = 0;
    }
    return r;
}

void sdi_arena_reset(sdi_arena *a)
{
    struct sdi_arena_chunk *keep = a->head;
    if (!keep)
        return;
    if (keep->cap > SDI_ARENA_KEEP) {
        sdi_arena_free(a);
        return;
    }
    for (struct sdi_arena_chunk *c = keep->next, *next; c; c = next) {
        next = c->next;
        sdi_free(c);
    }
    keep->next = NULL;
    keep->used = 0;
}

void sdi_arena_free(sdi_arena *a)
{
    struct sdi_arena_chunk *c = a->head;
    while (c) {
        struct sdi_arena_chunk *next = c->next;
        sdi_free(c);
        c = next;
    }
    a->head = NULL;
}

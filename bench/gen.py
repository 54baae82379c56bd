#!/usr/bin/env python3
"""Benchmark input generator: writes a deterministic synthetic migration
history for PostgreSQL 15 or SQLite 3.40 and the schema it produces.

    gen.py --dialect postgres|sqlite --size-mb N [--files F] [--seed S] OUTDIR

writes OUTDIR/migrations/NNNNNN_<name>.sql (N MiB in all, F files, by
default 100 per MiB), OUTDIR/schema.sql and OUTDIR/manifest.json.

The generator keeps its own model of the catalog (tables, columns,
constraints, indexes, enums, sequences, views, functions, triggers,
comments, which tables hold rows) and only emits statements the real
engine accepts at that point of the history, and that schemadrift models
(no renames under a view, no SQLite rewrite while views or triggers are in
the way: those are dropped and recreated around it, as SQLite projects do).
schema.sql is printed from the final model, so replaying the migrations and
loading schema.sql give the same catalog. The live schema grows with the
history and stays bounded (tables are dropped too), so schema.sql is a
fixed share of the migrations' size. Same arguments, same bytes: one
random.Random(seed), no clock, no set iteration order in the output.

Standard library only (Python 3.9+)."""
import argparse
import gc
import itertools
import json
import os
import random
import sys

MIB = 1 << 20
FILES_PER_MIB = 100
# Live tables wanted at the end: about one per this many bytes of history,
# which puts schema.sql at roughly a fifth of the migrations' size.
HISTORY_BYTES_PER_LIVE_TABLE = 6000
ENUM_MAX_LABELS = 10
SQLITE_MAX_VIEWS = 4
SQLITE_MAX_TRIGGERS = 4

TABLE_WORDS = (
    "accounts", "customers", "orders", "invoices", "payments", "products", "categories",
    "suppliers", "shipments", "warehouses", "employees", "departments", "projects", "tasks",
    "comments", "sessions", "events", "audit_entries", "subscriptions", "plans", "coupons",
    "carts", "reviews", "tickets", "messages", "devices", "locations", "regions", "tags",
    "attachments", "notifications", "webhooks", "api_keys", "teams", "memberships", "ledgers",
    "transfers", "refunds", "vendors", "contracts",
)

COLUMN_WORDS = {
    "smallint": ("level", "stars", "weekday", "flags", "tier_no"),
    "integer": ("quantity", "sort_position", "attempts", "retry_count", "priority", "rank_no",
                "version_no", "score", "views_count", "capacity"),
    "bigint": ("external_ref", "total_bytes", "counter_value", "balance_cents", "owner_ref"),
    "numeric": ("amount", "price", "tax_rate", "discount", "weight_kg", "total", "cost"),
    "real": ("ratio", "latitude", "longitude"),
    "double": ("score_value", "exchange_rate", "precision_value"),
    "text": ("name", "description", "notes", "title", "summary", "body", "slug", "reason",
             "label", "address"),
    "varchar": ("email", "code", "phone", "country_code", "currency", "sku", "username", "city",
                "postal_code", "locale"),
    "boolean": ("active", "archived", "verified", "is_default", "visible", "locked"),
    "timestamptz": ("created_at", "updated_at", "deleted_at", "published_at", "expires_at",
                    "last_seen_at"),
    "timestamp": ("scheduled_for", "processed_on", "imported_at"),
    "date": ("birth_date", "due_date", "start_date", "end_date", "valid_from"),
    "uuid": ("public_id", "external_id", "correlation_id", "token"),
    "jsonb": ("metadata", "settings", "payload", "attributes", "preferences"),
    "bytea": ("checksum", "avatar", "signature"),
    "textarray": ("tag_list", "aliases", "scopes"),
    "interval": ("retention", "grace_period", "duration"),
    "enum": ("status", "kind", "state", "tier", "role_name"),
    # SQLite kinds
    "blob": ("checksum", "avatar", "signature", "thumbnail"),
    "datetime": ("created_at", "updated_at", "deleted_at", "published_at", "expires_at"),
}

ENUM_WORDS = ("status", "kind", "state", "tier", "priority_level", "channel", "visibility")
ENUM_LABELS = ("draft", "pending", "active", "paused", "archived", "closed", "failed", "queued",
               "sent", "review", "approved", "rejected", "expired", "blocked", "internal",
               "public", "private", "low", "medium", "high", "urgent")

COMMENT_WORDS = ("holds", "the", "current", "state", "of", "each", "customer's", "record",
                 "used", "by", "billing", "reports", "and", "the", "nightly", "export",
                 "kept", "for", "audit", "purposes", "see", "ticket", "migrated", "from", "legacy")

FUNCTION_WORDS = ("calc_total", "normalize_text", "clamp_value", "apply_discount", "score_of",
                  "slugify", "round_money", "bucket_of")

HELPER_RESULTS = ("numeric", "text", "integer")

PG_KINDS = ("smallint", "integer", "integer", "bigint", "numeric", "real", "double", "text",
            "text", "varchar", "varchar", "boolean", "timestamptz", "timestamp", "date", "uuid",
            "jsonb", "bytea", "textarray", "interval")
SQLITE_KINDS = ("integer", "integer", "text", "text", "real", "blob", "numeric", "varchar",
                "boolean", "datetime")
SQLITE_STRICT_KINDS = ("integer", "integer", "text", "text", "real", "blob")

NUMBER_KINDS = frozenset(("smallint", "integer", "bigint", "numeric", "real", "double"))
TEXT_KINDS = frozenset(("text", "varchar"))
# kinds a UNIQUE constraint or unique index may cover: inserted values are distinct
UNIQUE_KINDS = frozenset(("smallint", "integer", "bigint", "numeric", "text", "varchar", "uuid"))
# kinds a plain btree index is put on
BTREE_KINDS = frozenset(("smallint", "integer", "bigint", "numeric", "real", "double", "text",
                         "varchar", "boolean", "timestamptz", "timestamp", "date", "uuid",
                         "enum", "interval", "datetime"))

PG_DEFAULTS = {
    "smallint": ("0", "1"),
    "integer": ("0", "1", "100"),
    "bigint": ("0", "1"),
    "numeric": ("0", "0.00", "1.5"),
    "real": ("0", "1.5"),
    "double": ("0", "2.5"),
    "text": ("'n/a'", "'unknown'"),
    "varchar": ("'none'", "'xx'"),
    "boolean": ("false", "true"),
    "timestamptz": ("now()", "CURRENT_TIMESTAMP", "(now() + '30 days'::interval)"),
    "timestamp": ("LOCALTIMESTAMP", "now()"),
    "date": ("CURRENT_DATE", "(CURRENT_DATE + 30)"),
    "uuid": ("gen_random_uuid()",),
    "jsonb": ("'{}'::jsonb", "'[]'::jsonb"),
    "bytea": (),
    "textarray": ("'{}'::text[]", "ARRAY[]::text[]"),
    "interval": ("'1 day'::interval", "'00:30:00'::interval"),
}
SQLITE_DEFAULTS = {
    "integer": ("0", "1"),
    "text": ("'n/a'", "'unknown'"),
    "varchar": ("'none'",),
    "real": ("0.0", "1.5"),
    "numeric": ("0",),
    "boolean": ("0", "1"),
    "datetime": ("'1970-01-01 00:00:00'",),
    "blob": (),
}
# defaults SQLite takes in CREATE TABLE but not in ADD COLUMN (not constant)
SQLITE_CREATE_ONLY_DEFAULTS = {
    "datetime": ("CURRENT_TIMESTAMP", "(datetime('now'))"),
    "text": ("(lower('N/A'))",),
}

# single-column CHECKs; every default above and every inserted value passes them
PG_CHECKS = {
    "smallint": ("{0} >= 0",),
    "integer": ("{0} >= 0", "{0} > -1", "{0} BETWEEN 0 AND 1000000000"),
    "bigint": ("{0} >= 0", "{0} BETWEEN 0 AND 1000000000000"),
    "numeric": ("{0} >= 0", "{0} >= 0::numeric"),
    "real": ("{0} >= 0",),
    "double": ("{0} >= 0",),
    "text": ("char_length({0}) > 0", "{0} <> ''", "length({0}) <= 200"),
    "varchar": ("char_length({0}) > 0", "{0} <> ''"),
    "date": ("{0} >= '2000-01-01'::date",),
    "timestamptz": ("{0} > '2000-01-01 00:00:00+00'::timestamptz",),
}
SQLITE_CHECKS = {
    "integer": ("{0} >= 0",),
    "real": ("{0} >= 0",),
    "numeric": ("{0} >= 0",),
    "text": ("length({0}) > 0", "length({0}) <= 255"),
    "varchar": ("length({0}) > 0",),
    "boolean": ("{0} IN (0, 1)",),
}

# safe PostgreSQL type changes: the kind a column of this kind may become
PG_WIDENINGS = {
    "smallint": ("integer", "bigint"),
    "integer": ("bigint",),
    "real": ("double",),
    "varchar": ("text", "varchar"),
    "numeric": ("numeric",),
    "timestamp": ("timestamptz",),
}


class Dice(random.Random):
    """random.Random whose choice() and randint() draw on random() alone:
    a good deal faster than the getrandbits path, and as deterministic."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


class Pool:
    """Objects in a list with O(1) removal (the last one takes the removed
    one's place), so random picks stay deterministic and cheap."""
    __slots__ = ("items", "index")

    def __init__(self):
        self.items = []
        self.index = {}

    def add(self, obj):
        self.index[obj] = len(self.items)
        self.items.append(obj)

    def remove(self, obj):
        i = self.index.pop(obj)
        last = self.items.pop()
        if last is not obj:
            self.items[i] = last
            self.index[last] = i

    def __len__(self):
        return len(self.items)


class Column:
    __slots__ = ("name", "kind", "type_sql", "size", "nullable", "default", "serial", "identity",
                 "owned_sequence", "sequence", "enum", "comment", "inline", "autoincrement")

    def __init__(self, name, kind, type_sql, size=None):
        self.name = name
        self.kind = kind
        self.type_sql = type_sql
        self.size = size                # varchar length or numeric (precision, scale)
        self.nullable = True
        self.default = None             # SQL text as written
        self.serial = None              # "serial" / "bigserial" (PostgreSQL)
        self.identity = None            # "ALWAYS" / "BY DEFAULT" (PostgreSQL)
        self.owned_sequence = None      # name of the serial's or identity's sequence
        self.sequence = None            # free-standing Sequence its default calls
        self.enum = None
        self.comment = None
        self.inline = []                # constraints written with the column
        self.autoincrement = False      # SQLite INTEGER PRIMARY KEY AUTOINCREMENT


class Constraint:
    __slots__ = ("kind", "name", "explicit", "table", "columns", "check", "ref_table",
                 "ref_columns", "on_delete")

    def __init__(self, kind, name, explicit, table, columns):
        self.kind = kind                # "pk", "unique", "check", "fk"
        self.name = name
        self.explicit = explicit        # the migration spells the name
        self.table = table
        self.columns = columns
        self.check = None               # template over columns: "{0} >= 0"
        self.ref_table = None
        self.ref_columns = None
        self.on_delete = None


class Index:
    __slots__ = ("name", "explicit", "table", "unique", "method", "elements", "columns",
                 "predicate")

    def __init__(self, name, explicit, table, unique, method, elements, columns, predicate):
        self.name = name
        self.explicit = explicit
        self.table = table
        self.unique = unique
        self.method = method            # None for the default (btree)
        self.elements = elements        # templates over columns: "{0}", "lower({0})"
        self.columns = columns
        self.predicate = predicate      # template or None

    def plain(self):
        return self.predicate is None and all(e.startswith("{") and e.endswith("}")
                                              for e in self.elements)


class Table:
    __slots__ = ("name", "word", "columns", "constraints", "indexes", "views", "triggers",
                 "incoming", "comment", "rows", "strict", "without_rowid", "renamed_from")

    def __init__(self, name, word):
        self.name = name
        self.word = word
        self.columns = []
        self.constraints = []
        self.indexes = []
        self.views = []                 # views that read this table
        self.triggers = []
        self.incoming = []              # foreign keys of other tables referencing this one
        self.comment = None
        self.rows = 0                   # rows inserted (data-dependent DDL is avoided then)
        self.strict = False
        self.without_rowid = False
        # names columns were renamed away from, never given to a column again:
        # schemadrift (SQLite) keeps a column CHECK tied to its first name, so
        # dropping a later column of that name drops the CHECK too
        self.renamed_from = set()

    def column_named(self, name):
        for c in self.columns:
            if c.name == name:
                return c
        return None

    def primary_key(self):
        for k in self.constraints:
            if k.kind == "pk":
                return k
        return None

    def single_key_column(self):
        """The column of a one-column primary key, which foreign keys may reference."""
        pk = self.primary_key()
        return pk.columns[0] if pk is not None and len(pk.columns) == 1 else None


class Enum:
    __slots__ = ("name", "labels", "usable", "users")

    def __init__(self, name, labels):
        self.name = name
        self.labels = list(labels)
        self.usable = tuple(labels)     # labels committed before any later file uses them
        self.users = set()


class Sequence:
    __slots__ = ("name", "as_type", "start", "increment", "users")

    def __init__(self, name, as_type, start, increment):
        self.name = name
        self.as_type = as_type
        self.start = start
        self.increment = increment
        self.users = set()


class View:
    __slots__ = ("name", "base", "join", "join_on", "items", "where")

    def __init__(self, name, base):
        self.name = name
        self.base = base                # Table, aliased "a"
        self.join = None                # Table, aliased "b"
        self.join_on = None             # (column of b, column of a)
        self.items = []                 # (alias, Column, output name or None)
        self.where = None               # (alias, Column, template)

    def tables(self):
        return [self.base] if self.join is None else [self.base, self.join]

    def names(self):
        """Every name in the query besides the tables': schemadrift treats a
        column of a table the view reads as used when its name is among them."""
        names = {c.name for _, c, _ in self.items}
        names.update(out for _, _, out in self.items if out)
        if self.join_on is not None:
            names.update(c.name for c in self.join_on)
        if self.where is not None:
            names.add(self.where[1].name)
        return names

    def output_names(self):
        return [out or c.name for _, c, out in self.items]


class Function:
    __slots__ = ("name", "params", "returns", "language", "volatility", "body", "triggers")

    def __init__(self, name, params, returns, language, volatility, body):
        self.name = name
        self.params = params            # [(name, type)]
        self.returns = returns
        self.language = language
        self.volatility = volatility    # "" or "IMMUTABLE" / "STABLE"
        self.body = body
        self.triggers = 0


class Trigger:
    __slots__ = ("name", "table", "timing", "events", "level", "function", "column", "action")

    def __init__(self, name, table, timing, events):
        self.name = name
        self.table = table
        self.timing = timing
        self.events = events
        self.level = "ROW"
        self.function = None            # PostgreSQL
        self.column = None              # SQLite: the column its body sets
        self.action = None              # SQLite: "touch", "normalize", "guard"


def sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def singular(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def operation_weights(table):
    """(names, cumulative weights while the schema grows, cumulative weights
    once it is as large as wanted): growing favours CREATE TABLE three to one
    and hardly drops; steady drops about as many tables as it creates."""
    names = [n for n, _ in table]
    weights = dict(table)
    growing = dict(weights, create_table=weights["create_table"] * 3, drop_table=0.2)
    steady = dict(weights, drop_table=weights["create_table"] * 1.1)
    return names, list(itertools.accumulate(growing[n] for n in names)), \
        list(itertools.accumulate(steady[n] for n in names))


def render(template, columns):
    return template.format(*[c.name for c in columns])


class Generator:
    def __init__(self, dialect, seed, total_bytes, files):
        self.pg = dialect == "postgres"
        self.seed = seed
        self.rng = Dice(seed)
        self.total_bytes = total_bytes
        self.files = files
        self.taken = set()              # every name ever given out: no clash, ever
        self.next_number = 0
        self.tables = Pool()
        self.enums = Pool()
        self.extended_enums = []        # enums given labels in the current file
        self.sequences = Pool()
        self.views = Pool()
        self.functions = Pool()
        self.triggers = Pool()
        self.table_goal = max(4, total_bytes // HISTORY_BYTES_PER_LIVE_TABLE)
        self.written = 0
        self.statements = 0
        self.out = []
        self.out_bytes = 0
        self.ops = self.pg_ops() if self.pg else self.sqlite_ops()

    # ---- names -------------------------------------------------------------

    def fresh(self, base):
        while True:
            self.next_number += 1
            name = "%s_%d" % (base[:40], self.next_number)
            if name not in self.taken:
                self.taken.add(name)
                return name

    def claim(self, candidate):
        """Takes a name the engine would choose itself, when it is free and
        short enough not to be truncated."""
        if len(candidate) > 63 or candidate in self.taken:
            return False
        self.taken.add(candidate)
        return True

    def constraint_name(self, table, columns, suffix):
        """(name, explicit): PostgreSQL's implicit name when it is free and
        the dice say so, else an explicit one."""
        if self.pg:
            parts = [table.name] + [c.name for c in columns] + [suffix]
            if self.rng.random() < 0.7 and self.claim("_".join(parts)):
                return "_".join(parts), False
            return self.fresh("%s_%s" % (table.word, suffix)), True
        if self.rng.random() < 0.3:
            return self.fresh("%s_%s" % (table.word, suffix)), True
        return None, False

    def column_name(self, table, kind):
        words = COLUMN_WORDS[kind]
        base = self.rng.choice(words)
        name, n = base, 1
        while table.column_named(name) is not None or name in table.renamed_from:
            n += 1
            name = "%s_%d" % (base, n)
        return name

    # ---- output ------------------------------------------------------------

    def write(self, text):
        self.out.append(text)
        self.out_bytes += len(text)

    def emit(self, statement):
        self.write(statement + ";\n")
        self.statements += 1

    def remark(self, text):
        self.write(("-- %s\n" if self.rng.random() < 0.5 else "/* %s */\n") % text)

    # ---- the run -----------------------------------------------------------

    def run(self, outdir):
        mig = os.path.join(outdir, "migrations")
        os.makedirs(mig, exist_ok=True)
        for number in range(1, self.files + 1):
            remaining_files = self.files - number + 1
            target = max(1, (self.total_bytes - self.written) // remaining_files)
            slug, text = self.one_file(number, target)
            with open(os.path.join(mig, "%06d_%s.sql" % (number, slug)), "w",
                      encoding="utf-8", newline="\n") as f:
                f.write(text)
            self.written += len(text)
        schema_bytes = self.write_schema(os.path.join(outdir, "schema.sql"))
        manifest = {
            "dialect": "postgres" if self.pg else "sqlite",
            "files": self.files,
            "bytes": self.written,
            "statements": self.statements,
            "schema_bytes": schema_bytes,
            "seed": self.seed,
        }
        with open(os.path.join(outdir, "manifest.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=2, sort_keys=True)
            f.write("\n")
        return manifest

    def one_file(self, number, target):
        """The text of one migration, about target bytes, and its slug
        (named after its first operation)."""
        rng = self.rng
        self.out = []
        self.out_bytes = 0
        if self.pg and rng.random() < 0.15:
            self.emit("SET lock_timeout = '%ds'" % rng.choice((5, 10, 30)))
        transaction = rng.random() < (0.75 if self.pg else 0.6)
        if transaction:
            self.emit("BEGIN")
        self.write("\n")
        slug = None
        while slug is None or self.out_bytes < target - 80:
            name = self.run_one_operation()
            if slug is None:
                slug = name
        if transaction:
            self.emit("COMMIT")
        for e in self.extended_enums:   # labels added in this file are committed now
            e.usable = tuple(e.labels)
        self.extended_enums = []
        header = "-- Migration %06d: %s\n" % (number, slug.replace("_", " "))
        return slug, header + "".join(self.out)

    def run_one_operation(self):
        """Runs operations until one applies; returns a slug naming it."""
        rng = self.rng
        progress = (self.written + self.out_bytes) / self.total_bytes
        growing = len(self.tables) < self.table_goal * min(1.0, 0.1 + progress)
        names, growing_weights, steady_weights = self.ops
        cum_weights = growing_weights if growing else steady_weights
        while True:
            name = rng.choices(names, cum_weights=cum_weights)[0] if self.tables \
                else "create_table"
            slug = getattr(self, "op_" + name)()
            if slug:
                self.write("\n")
                return slug

    # drop_table's weight follows the schema's size (operation_weights)

    def pg_ops(self):
        table = (
            ("create_table", 9), ("create_index", 8), ("add_column", 11), ("drop_column", 4),
            ("rename_column", 4), ("rename_table", 2), ("alter_type", 4), ("set_default", 3),
            ("drop_default", 2), ("set_not_null", 3), ("drop_not_null", 2),
            ("add_constraint", 6), ("drop_constraint", 3), ("drop_index", 3), ("drop_table", 0),
            ("create_enum", 2), ("add_enum_value", 2), ("drop_enum", 1), ("create_view", 3),
            ("replace_view", 2), ("drop_view", 1), ("create_function", 2),
            ("replace_function", 3), ("drop_function", 1), ("create_trigger", 3),
            ("drop_trigger", 1), ("create_sequence", 1), ("drop_sequence", 1), ("comment", 4),
            ("insert", 4),
        )
        return operation_weights(table)

    def sqlite_ops(self):
        table = (
            ("create_table", 9), ("create_index", 8), ("add_column", 12), ("drop_column", 3),
            ("rename_column", 3), ("rename_table", 2), ("drop_index", 3), ("drop_table", 0),
            ("create_view", 2), ("replace_view", 1), ("drop_view", 1), ("create_trigger", 2),
            ("drop_trigger", 1), ("insert", 5),
        )
        return operation_weights(table)

    # ---- picking -----------------------------------------------------------

    def pick(self, items, suitable, tries=12):
        if not items:
            return None
        for _ in range(tries):
            x = self.rng.choice(items)
            if suitable(x):
                return x
        return None

    def pick_table(self, suitable=lambda t: True):
        return self.pick(self.tables.items, suitable)

    def column_in_use(self, table, column):
        """Named by anything besides its own definition: a constraint, an
        index, a view, a trigger, a foreign key elsewhere, a sequence."""
        if column.serial or column.identity:
            return True
        for k in table.constraints:
            if column in k.columns:
                return True
        for k in table.incoming:
            if column in k.ref_columns:
                return True
        for ix in table.indexes:
            if column in ix.columns:
                return True
        if self.in_view(table, column):
            return True
        for tr in table.triggers:
            if tr.column is column:
                return True
        return False

    def in_view(self, table, column):
        return any(column.name in v.names() for v in table.views)

    # ---- column types, defaults, values ---------------------------------------

    def new_column(self, table, kind, for_add=False):
        """A column of this kind with a type, maybe NOT NULL and a default."""
        rng = self.rng
        if kind == "enum":
            e = rng.choice(self.enums.items)
            col = Column(self.column_name(table, kind), "enum", e.name)
            col.enum = e
            e.users.add(col)
            if rng.random() < 0.6:
                col.default = sql_string(rng.choice(e.usable))
                col.nullable = rng.random() < 0.3
            return col
        col = Column(self.column_name(table, kind), kind, None)
        if self.pg:
            col.type_sql, col.size = self.pg_type(kind)
            defaults = PG_DEFAULTS[kind]
        else:
            col.type_sql, col.size = self.sqlite_type(kind, table.strict)
            defaults = SQLITE_DEFAULTS[kind]
            if not for_add:
                defaults = defaults + SQLITE_CREATE_ONLY_DEFAULTS.get(kind, ())
        if defaults and rng.random() < 0.45:
            col.default = rng.choice(defaults)
            col.nullable = rng.random() < 0.4
        elif rng.random() < 0.25 and not (for_add and (table.rows or not self.pg)):
            col.nullable = False
        return col

    def pg_type(self, kind):
        rng = self.rng
        if kind == "varchar":
            n = rng.choice((32, 64, 100, 255))
            return rng.choice(("varchar(%d)", "varchar(%d)", "character varying(%d)")) % n, n
        if kind == "numeric":
            p, s = rng.choice(((10, 2), (12, 2), (14, 4), (18, 6)))
            return "numeric(%d,%d)" % (p, s), (p, s)
        spellings = {
            "smallint": ("smallint",), "integer": ("integer", "integer", "int"),
            "bigint": ("bigint",), "real": ("real",), "double": ("double precision",),
            "text": ("text",), "boolean": ("boolean", "boolean", "bool"),
            "timestamptz": ("timestamptz", "timestamp with time zone"),
            "timestamp": ("timestamp", "timestamp without time zone"), "date": ("date",),
            "uuid": ("uuid",), "jsonb": ("jsonb",), "bytea": ("bytea",),
            "textarray": ("text[]",), "interval": ("interval",),
        }
        return rng.choice(spellings[kind]), None

    def sqlite_type(self, kind, strict):
        rng = self.rng
        if kind == "varchar":
            n = rng.choice((32, 64, 255))
            return "varchar(%d)" % n, n
        spellings = {
            "integer": ("INTEGER", "INTEGER", "INT") if strict else ("INTEGER", "INTEGER", "int"),
            "text": ("TEXT",), "real": ("REAL",), "blob": ("BLOB",), "numeric": ("NUMERIC",),
            "boolean": ("boolean", "BOOLEAN"), "datetime": ("datetime", "DATETIME"),
        }
        return rng.choice(spellings[kind]), None

    def value(self, col, n):
        """A literal for an inserted row: passes every CHECK this generator
        writes, distinct per row where uniqueness may be asked for."""
        kind = col.kind
        if kind in ("integer", "bigint", "numeric", "real", "double"):
            return str(n)
        if kind == "smallint":
            return str(n % 30000)
        if kind in ("text", "varchar"):
            return "'%s%d'" % (col.name[:8], n)
        if kind == "boolean":
            return ("true", "false")[n % 2] if self.pg else str(n % 2)
        if kind == "timestamptz":
            return "'2024-03-05 10:20:30+00'"
        if kind in ("timestamp", "datetime"):
            return "'2024-03-05 10:20:30'"
        if kind == "date":
            return "'2024-03-05'"
        if kind == "uuid":
            return "'%08x-%04x-4%03x-8%03x-%012x'" % (
                self.rng.getrandbits(32), self.rng.getrandbits(16), self.rng.getrandbits(12),
                self.rng.getrandbits(12), self.rng.getrandbits(48))
        if kind == "jsonb":
            return "'{\"source\": \"seed\", \"n\": %d}'" % n
        if kind == "bytea":
            return "'\\x%06x'" % n
        if kind == "blob":
            return "x'%06x'" % n
        if kind == "textarray":
            return "ARRAY['seed', 'n%d']" % n
        if kind == "interval":
            return "'%d days'" % (n % 90 + 1)
        if kind == "enum":
            return sql_string(col.enum.usable[0])
        raise AssertionError(kind)

    def check_templates(self, kind):
        return (PG_CHECKS if self.pg else SQLITE_CHECKS).get(kind, ())

    def kinds(self, table):
        if not self.pg:
            return SQLITE_STRICT_KINDS if table.strict else SQLITE_KINDS
        return PG_KINDS + ("enum",) if self.enums else PG_KINDS

    # ---- rendering -----------------------------------------------------------

    def column_sql(self, col, migration):
        """The column as written in CREATE TABLE or ADD COLUMN. PostgreSQL's
        schema.sql form (migration=False) spells sequences out and leaves
        constraints to the table."""
        if self.pg:
            parts = [col.name, col.serial if migration and col.serial else col.type_sql]
            if col.identity:
                parts.append("GENERATED %s AS IDENTITY" % col.identity)
            inline_pk = any(k.kind == "pk" for k in col.inline) and migration
            if not col.nullable and not col.identity and not inline_pk and not (
                    migration and col.serial):
                parts.append("NOT NULL")
            if col.serial and not migration:
                parts.append("DEFAULT nextval(%s::regclass)" % sql_string(col.owned_sequence))
            elif col.default is not None:
                parts.append("DEFAULT " + col.default)
            if migration:
                for kind in ("pk", "unique", "check", "fk"):
                    for k in col.inline:
                        if k.kind == kind:
                            parts.append(self.constraint_sql(k, True))
            return " ".join(parts)
        parts = [col.name, col.type_sql]
        for k in col.inline:
            if k.kind == "pk":
                parts.append(self.constraint_sql(k, True))
        if not col.nullable:
            parts.append("NOT NULL")
        if col.default is not None:
            parts.append("DEFAULT " + col.default)
        for kind in ("unique", "check", "fk"):
            for k in col.inline:
                if k.kind == kind:
                    parts.append(self.constraint_sql(k, True))
        return " ".join(parts)

    def constraint_sql(self, k, inline, explicit=None):
        head = "CONSTRAINT %s " % k.name if (k.explicit if explicit is None else explicit) else ""
        cols = ", ".join(c.name for c in k.columns)
        if k.kind == "pk":
            body = "PRIMARY KEY" if inline else "PRIMARY KEY (%s)" % cols
            if inline and k.columns[0].autoincrement:
                body += " AUTOINCREMENT"
        elif k.kind == "unique":
            body = "UNIQUE" if inline else "UNIQUE (%s)" % cols
        elif k.kind == "check":
            body = "CHECK (%s)" % render(k.check, k.columns)
        else:
            body = "%s %s (%s)" % ("REFERENCES" if inline else "FOREIGN KEY (%s) REFERENCES" % cols,
                                   k.ref_table.name, ", ".join(c.name for c in k.ref_columns))
            if k.on_delete:
                body += " ON DELETE " + k.on_delete
        return head + body

    def create_table_sql(self, table, if_not_exists=False):
        lines = [self.column_sql(c, True) for c in table.columns]
        inline = set()
        for c in table.columns:
            inline.update(map(id, c.inline))
        lines += [self.constraint_sql(k, False) for k in table.constraints if id(k) not in inline]
        options = []
        if table.without_rowid:
            options.append("WITHOUT ROWID")
        if table.strict:
            options.append("STRICT")
        return "CREATE TABLE %s%s (\n    %s\n)%s" % (
            "IF NOT EXISTS " if if_not_exists else "", table.name, ",\n    ".join(lines),
            " " + ", ".join(options) if options else "")

    def index_sql(self, ix, if_not_exists=False, explicit=None):
        head = "CREATE %sINDEX %s" % ("UNIQUE " if ix.unique else "",
                                      "IF NOT EXISTS " if if_not_exists else "")
        name = ix.name + " " if (ix.explicit if explicit is None else explicit) else ""
        using = "USING %s " % ix.method if ix.method else ""
        elements = ", ".join(e.format(*[c.name for c in ix.columns]) for e in ix.elements)
        sql = "%s%sON %s %s(%s)" % (head, name, ix.table.name, using, elements)
        if ix.predicate:
            sql += " WHERE " + render(ix.predicate, ix.columns)
        return sql

    def view_sql(self, v, replace=False):
        items = ", ".join("%s.%s%s" % (alias, c.name, " AS " + out if out else "")
                          for alias, c, out in v.items)
        sql = "%sVIEW %s AS\nSELECT %s\nFROM %s a" % (
            "CREATE OR REPLACE " if replace else "CREATE ", v.name, items, v.base.name)
        if v.join is not None:
            remote, local = v.join_on
            sql += "\nJOIN %s b ON b.%s = a.%s" % (v.join.name, remote.name, local.name)
        if v.where is not None:
            alias, c, template = v.where
            sql += "\nWHERE " + template.format(alias + "." + c.name)
        return sql

    def function_sql(self, f, replace):
        params = ", ".join("%s %s" % p for p in f.params)
        return "CREATE %sFUNCTION %s(%s) RETURNS %s\nLANGUAGE %s%s\nAS $$\n%s$$" % (
            "OR REPLACE " if replace else "", f.name, params, f.returns, f.language,
            " " + f.volatility if f.volatility else "", f.body)

    def trigger_sql(self, tr, replace=False):
        if self.pg:
            return "CREATE %sTRIGGER %s %s %s ON %s\nFOR EACH %s EXECUTE FUNCTION %s()" % (
                "OR REPLACE " if replace else "", tr.name, tr.timing, tr.events, tr.table.name,
                tr.level, tr.function.name)
        t = tr.table.name
        if tr.action == "touch":
            c = tr.column.name
            body = "UPDATE %s SET %s = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid;" % (t, c)
            when = "\nWHEN NEW.%s IS OLD.%s" % (c, c)
        elif tr.action == "normalize":
            c = tr.column.name
            body = "UPDATE %s SET %s = lower(%s) WHERE rowid = NEW.rowid;" % (t, c, c)
            when = ""
        else:
            body = "SELECT RAISE(ABORT, 'rows here are kept for the audit');"
            when = ""
        return "CREATE TRIGGER %s %s %s ON %s\nFOR EACH ROW%s\nBEGIN\n    %s\nEND" % (
            tr.name, tr.timing, tr.events, t, when, body)

    # ---- PL/pgSQL bodies -------------------------------------------------------

    def trigger_function_body(self):
        rng = self.rng
        lines = ["DECLARE",
                 "    v_now timestamptz := now();",
                 "    v_op text := TG_OP;",
                 "    v_steps integer := %d;" % rng.randint(0, 9),
                 "BEGIN"]
        for _ in range(rng.randint(2, 7)):
            choice = rng.randrange(5)
            if choice == 0:
                lines += ["    IF v_op = 'INSERT' THEN",
                          "        v_steps := v_steps + %d;" % rng.randint(1, 9),
                          "    ELSIF v_op = 'UPDATE' THEN",
                          "        v_steps := v_steps + %d;" % rng.randint(10, 99),
                          "    END IF;"]
            elif choice == 1:
                lines += ["    FOR i IN 1..%d LOOP" % rng.randint(2, 5),
                          "        v_steps := v_steps + i;",
                          "    END LOOP;"]
            elif choice == 2:
                lines += ["    IF v_steps > %d THEN" % rng.randint(100, 900),
                          "        RAISE DEBUG 'trigger % on % took % steps', TG_NAME, "
                          "TG_TABLE_NAME, v_steps;",
                          "    END IF;"]
            elif choice == 3:
                lines += ["    -- %s" % " ".join(rng.sample(COMMENT_WORDS, 6)),
                          "    v_now := v_now + interval '%d seconds';" % rng.randint(1, 60)]
            else:
                lines += ["    IF TG_LEVEL = 'ROW' AND v_now IS NULL THEN",
                          "        RAISE EXCEPTION 'clock missing in %', TG_TABLE_NAME;",
                          "    END IF;"]
        lines += ["    IF v_op = 'DELETE' THEN",
                  "        RETURN OLD;",
                  "    END IF;",
                  "    RETURN NEW;",
                  "END;"]
        return "\n".join(lines) + "\n"

    def helper_function(self, returns):
        """A non-trigger function returning this type: (parameters, result,
        language, volatility, body)."""
        rng = self.rng
        if returns == "numeric":
            params = [("p_amount", "numeric"), ("p_rate", "numeric")]
            return params, "numeric", "plpgsql", rng.choice(("", "IMMUTABLE")), \
                self.numeric_body()
        if returns == "text":
            params = [("p_value", "text")]
            if rng.random() < 0.5:
                return params, "text", "sql", "IMMUTABLE", \
                    "SELECT lower(regexp_replace(trim(p_value), '\\s+', '-', 'g'))\n"
            return params, "text", "plpgsql", "", self.text_body()
        params = [("p_value", "integer"), ("p_low", "integer"), ("p_high", "integer")]
        return params, "integer", "plpgsql", rng.choice(("", "IMMUTABLE", "STABLE")), \
            self.clamp_body()

    def numeric_body(self):
        rng = self.rng
        lines = ["DECLARE",
                 "    v_result numeric := 0;",
                 "BEGIN",
                 "    IF p_amount IS NULL THEN",
                 "        RETURN NULL;",
                 "    END IF;",
                 "    v_result := p_amount * (1 + coalesce(p_rate, 0));"]
        for _ in range(rng.randint(1, 5)):
            limit = rng.randint(1000, 99999)
            lines += ["    IF v_result > %d THEN" % limit,
                      "        v_result := v_result - %d * 0.%02d;" % (limit, rng.randint(1, 99)),
                      "    END IF;"]
        lines += ["    RETURN round(v_result, %d);" % rng.choice((2, 4)), "END;"]
        return "\n".join(lines) + "\n"

    def text_body(self):
        rng = self.rng
        lines = ["DECLARE",
                 "    v_text text := coalesce(p_value, '');",
                 "BEGIN",
                 "    v_text := lower(trim(v_text));"]
        for _ in range(rng.randint(1, 4)):
            a, b = rng.sample(("-", "_", ".", " ", "/"), 2)
            lines.append("    v_text := replace(v_text, '%s', '%s');" % (a, b))
        lines += ["    IF length(v_text) > %d THEN" % rng.randint(40, 200),
                  "        v_text := left(v_text, 40);",
                  "    END IF;",
                  "    RETURN v_text;",
                  "END;"]
        return "\n".join(lines) + "\n"

    def clamp_body(self):
        rng = self.rng
        lines = ["BEGIN",
                 "    IF p_value IS NULL THEN",
                 "        RETURN p_low;",
                 "    END IF;"]
        if rng.random() < 0.5:
            lines += ["    -- %s" % " ".join(rng.sample(COMMENT_WORDS, 5))]
        lines += ["    RETURN greatest(p_low, least(p_high, p_value));", "END;"]
        return "\n".join(lines) + "\n"

    # ---- operations: tables ------------------------------------------------------

    def op_create_table(self):
        rng = self.rng
        word = rng.choice(TABLE_WORDS)
        table = Table(self.fresh(word), word)
        if not self.pg:
            table.strict = rng.random() < 0.1
        parents = [t for t in (self.pick_table(lambda t: t.single_key_column() is not None)
                               for _ in range(2)) if t is not None]
        if len(parents) == 2 and parents[0] is not parents[1] and rng.random() < 0.2:
            self.junction_table(table, parents)
        else:
            self.entity_table(table, parents[:rng.randint(0, len(parents))])
        self.tables.add(table)
        self.remark("%s: %s" % (table.word, " ".join(rng.sample(COMMENT_WORDS, 5))))
        self.emit(self.create_table_sql(table, rng.random() < 0.1))
        for _ in range(rng.randint(0, 2)):
            self.op_create_index(table)
        if self.pg and rng.random() < 0.3:
            self.comment_on(table, None)
        return "create_" + table.name

    def primary_key_column(self, table):
        """(column, whether its PRIMARY KEY is written with it): id bigserial
        / serial / identity / uuid, or a code (PostgreSQL); INTEGER PRIMARY
        KEY [AUTOINCREMENT] or a TEXT code (SQLite)."""
        rng = self.rng
        if not self.pg:
            shape = rng.randrange(5)
            if shape < 4:
                col = Column("id", "integer", "INTEGER")
                col.autoincrement = shape == 0 and not table.strict
                return col, shape < 3
            return Column("code", "text", "TEXT"), True
        shape = rng.randrange(6)
        if shape in (0, 1) and self.claim("%s_id_seq" % table.name):
            col = Column("id", "bigint" if shape == 0 else "integer",
                         "bigint" if shape == 0 else "integer")
            col.serial = "bigserial" if shape == 0 else "serial"
            col.owned_sequence = "%s_id_seq" % table.name
        elif shape in (2, 3) and self.claim("%s_id_seq" % table.name):
            col = Column("id", "bigint" if shape == 2 else "integer",
                         "bigint" if shape == 2 else "integer")
            col.identity = "ALWAYS" if shape == 2 else "BY DEFAULT"
            col.owned_sequence = "%s_id_seq" % table.name
        elif shape == 4:
            col = Column("code", "varchar", "varchar(32)", 32)
        else:
            col = Column("id", "uuid", "uuid")
            col.default = "gen_random_uuid()"
        col.nullable = False
        return col, rng.random() < 0.8

    def add_primary_key(self, table, columns, inline):
        name, explicit = self.constraint_name(table, [], "pkey")
        k = Constraint("pk", name, explicit, table, columns)
        table.constraints.append(k)
        if inline:
            columns[0].inline.append(k)
        if self.pg:     # SQLite keeps a key column nullable unless it says NOT NULL
            for c in columns:
                c.nullable = False
        return k

    def foreign_key_column(self, table, parent, nullable):
        """(column, parent key column): a column of the parent key's type,
        named after the parent, for a foreign key to it."""
        key = parent.single_key_column()
        base = singular(parent.word)
        name, n = base + "_id", 1
        while table.column_named(name) is not None or name in table.renamed_from:
            n += 1
            name = "%s_id_%d" % (base, n)
        if self.pg:
            type_sql = {"bigint": "bigint", "integer": "integer", "uuid": "uuid",
                        "varchar": "varchar(32)"}[key.kind]
        else:
            type_sql = key.type_sql if key.type_sql != "INT" else "INTEGER"
        col = Column(name, key.kind, type_sql, key.size)
        col.nullable = nullable
        return col, key

    def add_foreign_key(self, table, col, parent, key, inline, on_delete=None):
        name, explicit = self.constraint_name(table, [col], "fkey")
        k = Constraint("fk", name, explicit, table, [col])
        k.ref_table, k.ref_columns = parent, [key]
        k.on_delete = on_delete
        table.constraints.append(k)
        parent.incoming.append(k)
        if inline:
            col.inline.append(k)
        return k

    def junction_table(self, table, parents):
        rng = self.rng
        cols = []
        for parent in parents:
            col, key = self.foreign_key_column(table, parent, False)
            table.columns.append(col)
            cols.append((col, parent, key))
        if self.pg or rng.random() < 0.5:
            table.columns.append(self.timestamp_column(table))
        self.add_primary_key(table, [c for c, _, _ in cols], False)
        for col, parent, key in cols:
            self.add_foreign_key(table, col, parent, key, False, "CASCADE")
        table.without_rowid = not self.pg and rng.random() < 0.5

    def entity_table(self, table, parents):
        rng = self.rng
        key, inline = self.primary_key_column(table)
        table.columns.append(key)
        self.add_primary_key(table, [key], inline)
        for parent in parents:
            nullable = rng.random() < 0.5
            col, parent_key = self.foreign_key_column(table, parent, nullable)
            table.columns.append(col)
            on_delete = rng.choice((None, "CASCADE", "RESTRICT") + (("SET NULL",) if nullable
                                                                     else ()))
            self.add_foreign_key(table, col, parent, parent_key, rng.random() < 0.6, on_delete)
        kinds = self.kinds(table)
        for _ in range(rng.randint(3, 10)):
            col = self.new_column(table, rng.choice(kinds))
            table.columns.append(col)
            roll = rng.random()
            if roll < 0.15 and col.kind in UNIQUE_KINDS:
                name, explicit = self.constraint_name(table, [col], "key")
                k = Constraint("unique", name, explicit, table, [col])
                table.constraints.append(k)
                col.inline.append(k)
            elif roll < 0.35 and self.check_templates(col.kind):
                self.add_check(table, [col], rng.choice(self.check_templates(col.kind)), True)
        if rng.random() < 0.6:
            table.columns.append(self.timestamp_column(table))
        if rng.random() < 0.2:
            self.table_level_constraint(table)

    def timestamp_column(self, table):
        """created_at and the like, NOT NULL with the current time as its
        default (a TEXT column in a SQLite STRICT table)."""
        kind = "timestamptz" if self.pg else "datetime"
        col = Column(self.column_name(table, kind), kind, kind)
        col.nullable = False
        col.default = "now()" if self.pg else "CURRENT_TIMESTAMP"
        if table.strict:
            col.kind, col.type_sql = "text", "TEXT"
        return col

    def add_check(self, table, columns, template, inline):
        if len(columns) == 1:
            name, explicit = self.constraint_name(table, columns, "check")
        else:
            # PostgreSQL would call it <table>_check, numbered on clashes: spelled out instead
            name, explicit = self.fresh(table.word + "_check"), True
        k = Constraint("check", name, explicit, table, columns)
        k.check = template
        table.constraints.append(k)
        if inline:
            columns[0].inline.append(k)
        return k

    def table_level_constraint(self, table):
        """UNIQUE over two columns, or a CHECK comparing two."""
        rng = self.rng
        free = [c for c in table.columns if not c.inline and c.kind in UNIQUE_KINDS
                and not self.column_in_use(table, c)]
        if len(free) >= 2 and rng.random() < 0.5:
            pair = rng.sample(free, 2)
            name, explicit = self.constraint_name(table, pair, "key")
            table.constraints.append(Constraint("unique", name, explicit, table, pair))
            return
        key = table.primary_key().columns
        for kinds in (NUMBER_KINDS, ("date",), ("timestamptz",), ("datetime",)):
            same = [c for c in table.columns if c.kind in kinds and c not in key]
            if len(same) >= 2:
                self.add_check(table, rng.sample(same, 2), "{0} <= {1}", False)
                return

    def op_drop_table(self):
        rng = self.rng
        table = self.pick_table(lambda t: self.pg or not any(k.table is not t for k in t.incoming))
        if table is None:
            return None
        for v in list(table.views):
            self.drop_view(v)
        cascade = any(k.table is not table for k in table.incoming)
        if cascade:
            self.remark("dependent foreign keys go too")
        self.emit("DROP TABLE %s%s%s" % ("IF EXISTS " if rng.random() < 0.3 else "", table.name,
                                         " CASCADE" if cascade else ""))
        for k in list(table.incoming):
            if k.table is not table:
                self.forget_constraint(k)
        for k in list(table.constraints):
            self.forget_constraint(k)
        for c in table.columns:
            self.forget_column_links(c)
        for tr in table.triggers:
            self.triggers.remove(tr)
            if tr.function is not None:
                tr.function.triggers -= 1
        self.tables.remove(table)
        return "drop_" + table.name

    def forget_constraint(self, k):
        k.table.constraints.remove(k)
        for c in k.columns:
            if k in c.inline:
                c.inline.remove(k)
        if k.kind == "fk":
            k.ref_table.incoming.remove(k)

    def forget_column_links(self, col):
        if col.enum is not None:
            col.enum.users.discard(col)
        if col.sequence is not None:
            col.sequence.users.discard(col)

    def op_rename_table(self):
        table = self.pick_table(lambda t: not (self.pg and (t.views or any(
            c.identity for c in t.columns))))
        if table is None:
            return None
        old = table.name
        word = self.rng.choice(TABLE_WORDS)
        new = self.fresh(word)

        def rename():
            self.emit("ALTER TABLE %s RENAME TO %s" % (old, new))
            table.name, table.word = new, word
        if self.pg:
            rename()
        else:
            self.around_sqlite_rewrite(table, True, rename)
        return "rename_" + old

    def around_sqlite_rewrite(self, table, renaming_table, change):
        """schemadrift (like SQLite's own rewrite of their texts) wants views,
        and the triggers a change reaches, out of the way: drop them, change,
        create them again."""
        views = list(self.views.items)
        triggers = [tr for tr in self.triggers.items if renaming_table or tr.table is table]
        if views or triggers:
            self.remark("views and triggers are recreated around the table change")
        for v in views:
            self.emit("DROP VIEW %s" % v.name)
        for tr in triggers:
            self.emit("DROP TRIGGER %s" % tr.name)
        change()
        for tr in triggers:
            self.emit(self.trigger_sql(tr))
        for v in views:
            self.emit(self.view_sql(v))

    # ---- operations: columns -------------------------------------------------------

    def op_add_column(self):
        rng = self.rng
        table = self.pick_table()
        if table is None:
            return None
        if rng.random() < 0.15:
            parent = self.pick_table(lambda t: t.single_key_column() is not None)
            if parent is not None:
                self.add_foreign_key_column(table, parent)
                return "add_%s_to_%s" % (table.columns[-1].name, table.name)
        added = []
        for _ in range(1 if not self.pg or rng.random() < 0.7 else rng.randint(2, 3)):
            col = self.new_column(table, rng.choice(self.kinds(table)), for_add=True)
            if not self.pg and not col.nullable and col.default is None:
                col.nullable = True
            table.columns.append(col)
            if not self.pg and col.default is None and col.nullable and rng.random() < 0.2 and \
                    self.check_templates(col.kind):
                self.add_check(table, [col], rng.choice(self.check_templates(col.kind)), True)
            elif self.pg and rng.random() < 0.15:
                templates = self.check_templates(col.kind)
                if col.kind in UNIQUE_KINDS and (col.default is None or not table.rows):
                    name, explicit = self.constraint_name(table, [col], "key")
                    k = Constraint("unique", name, explicit, table, [col])
                    table.constraints.append(k)
                    col.inline.append(k)
                elif templates:
                    self.add_check(table, [col], rng.choice(templates), True)
            added.append(col)
        guard = "IF NOT EXISTS " if self.pg and rng.random() < 0.2 else ""
        column_word = "COLUMN " if not self.pg or rng.random() < 0.8 else ""
        self.emit("ALTER TABLE %s %s" % (table.name, ", ".join(
            "ADD %s%s%s" % (column_word, guard, self.column_sql(c, True)) for c in added)))
        if table.rows and rng.random() < 0.4:
            self.backfill(table, added[0])
        if self.pg and rng.random() < 0.15:
            self.comment_on(table, added[0])
        return "add_%s_to_%s" % (added[0].name, table.name)

    def add_foreign_key_column(self, table, parent):
        """ADD COLUMN with a foreign key, inline or as its own ADD CONSTRAINT
        (PostgreSQL), and an index on it."""
        rng = self.rng
        col, key = self.foreign_key_column(table, parent, True)
        table.columns.append(col)
        on_delete = rng.choice((None, "CASCADE", "SET NULL"))
        inline = not self.pg or rng.random() < 0.5
        k = self.add_foreign_key(table, col, parent, key, inline, on_delete)
        self.emit("ALTER TABLE %s ADD COLUMN %s" % (table.name, self.column_sql(col, True)))
        if not inline:
            self.emit("ALTER TABLE %s ADD %s" % (table.name, self.constraint_sql(k, False)))
        if rng.random() < 0.6:
            self.create_index(table, [col], ["{0}"], None, False)

    def backfill(self, table, col):
        """An UPDATE giving the rows a value (not for unique columns)."""
        if any(k.kind == "unique" and col in k.columns for k in table.constraints) or any(
                ix.unique and col in ix.columns for ix in table.indexes) or col.kind in (
                "bytea", "blob") or any(k.kind == "fk" and col in k.columns
                                        for k in table.constraints):
            return
        self.remark("backfill")
        self.emit("UPDATE %s SET %s = %s WHERE %s IS NULL" % (
            table.name, col.name, self.value(col, 1), col.name))

    def op_drop_column(self):
        def droppable(t):
            return len(t.columns) > 2 and any(not self.column_in_use(t, c) for c in t.columns)
        table = self.pick_table(droppable)
        if table is None:
            return None
        rng = self.rng
        col = rng.choice([c for c in table.columns if not self.column_in_use(table, c)])

        def drop():
            if self.pg and rng.random() < 0.2:
                self.emit("ALTER TABLE %s DROP COLUMN IF EXISTS %s" % (table.name, col.name))
            else:
                self.emit("ALTER TABLE %s DROP COLUMN %s" % (table.name, col.name))
            table.columns.remove(col)
            self.forget_column_links(col)
        if self.pg:
            drop()
        else:
            self.around_sqlite_rewrite(table, False, drop)
        return "drop_%s_from_%s" % (col.name, table.name)

    def op_rename_column(self):
        table = self.pick_table()
        if table is None:
            return None
        col = self.pick(table.columns, lambda c: not (self.pg and (
            c.identity or self.in_view(table, c))))
        if col is None:
            return None
        old = col.name
        new = self.column_name(table, col.kind)

        def rename():
            self.emit("ALTER TABLE %s RENAME %s%s TO %s" % (
                table.name, "COLUMN " if self.rng.random() < 0.8 else "", old, new))
            col.name = new
            table.renamed_from.add(old)
        if self.pg:
            rename()
        else:
            self.around_sqlite_rewrite(table, False, rename)
        return "rename_%s_%s" % (table.name, old)

    def op_alter_type(self):
        def changeable(t, c):
            if c.kind not in PG_WIDENINGS or c.default is not None or c.serial or c.identity:
                return False
            if any(c in k.columns for k in t.constraints) or any(
                    c in k.ref_columns for k in t.incoming) or self.in_view(t, c):
                return False
            return all(ix.plain() for ix in t.indexes if c in ix.columns)
        table = self.pick_table()
        if table is None:
            return None
        col = self.pick(table.columns, lambda c: changeable(table, c))
        if col is None:
            return None
        rng = self.rng
        kind = rng.choice(PG_WIDENINGS[col.kind])
        if kind == "varchar":
            if col.size * 2 > 1000:
                return None
            size, type_sql = col.size * 2, "varchar(%d)" % (col.size * 2)
        elif kind == "numeric":
            size = (col.size[0] + 4, col.size[1])
            type_sql = "numeric(%d,%d)" % size
        else:
            size, type_sql = None, self.pg_type(kind)[0]
        using = " USING %s::%s" % (col.name, type_sql) if rng.random() < 0.2 else ""
        self.emit("ALTER TABLE %s ALTER COLUMN %s %sTYPE %s%s" % (
            table.name, col.name, "SET DATA " if rng.random() < 0.3 else "", type_sql, using))
        col.kind, col.type_sql, col.size = kind, type_sql, size
        return "alter_%s_%s_type" % (table.name, col.name)

    def op_set_default(self):
        table = self.pick_table()
        if table is None:
            return None
        col = self.pick(table.columns, lambda c: not (c.serial or c.identity or c.sequence) and (
            c.enum is not None or PG_DEFAULTS.get(c.kind)) and not any(
                k.kind == "fk" and c in k.columns for k in table.constraints))
        if col is None:
            return None
        if col.enum is not None:
            col.default = sql_string(self.rng.choice(col.enum.usable))
        else:
            col.default = self.rng.choice(PG_DEFAULTS[col.kind])
        self.emit("ALTER TABLE %s ALTER COLUMN %s SET DEFAULT %s" % (table.name, col.name,
                                                                    col.default))
        return "default_%s_%s" % (table.name, col.name)

    def op_drop_default(self):
        table = self.pick_table()
        if table is None:
            return None
        col = self.pick(table.columns, lambda c: c.default is not None and not (
            c.serial or c.identity or c.sequence))
        if col is None:
            return None
        self.emit("ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT" % (table.name, col.name))
        col.default = None
        return "drop_default_%s_%s" % (table.name, col.name)

    def op_set_not_null(self):
        table = self.pick_table(lambda t: not t.rows)
        if table is None:
            return None
        col = self.pick(table.columns, lambda c: c.nullable)
        if col is None:
            return None
        self.emit("ALTER TABLE %s ALTER COLUMN %s SET NOT NULL" % (table.name, col.name))
        col.nullable = False
        return "require_%s_%s" % (table.name, col.name)

    def op_drop_not_null(self):
        table = self.pick_table()
        if table is None:
            return None
        pk = table.primary_key()
        col = self.pick(table.columns, lambda c: not c.nullable and not c.identity and not (
            pk is not None and c in pk.columns))
        if col is None:
            return None
        self.emit("ALTER TABLE %s ALTER COLUMN %s DROP NOT NULL" % (table.name, col.name))
        col.nullable = True
        return "optional_%s_%s" % (table.name, col.name)

    # ---- operations: constraints and indexes -------------------------------------------

    def op_add_constraint(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            table = self.pick_table()
            parent = self.pick_table(lambda t: t.single_key_column() is not None)
            if table is None or parent is None:
                return None
            self.add_foreign_key_column(table, parent)
            return "link_%s_%s" % (table.name, parent.name)
        table = self.pick_table(lambda t: not t.rows)
        if table is None:
            return None
        if roll < 0.6:
            col = self.pick(table.columns, lambda c: c.kind in UNIQUE_KINDS and not
                            self.column_in_use(table, c))
            if col is None:
                return None
            name, explicit = self.constraint_name(table, [col], "key")
            k = Constraint("unique", name, explicit, table, [col])
            table.constraints.append(k)
        else:
            col = self.pick(table.columns, lambda c: self.check_templates(c.kind) and not any(
                k.kind in ("check", "fk") and c in k.columns for k in table.constraints))
            if col is None:
                return None
            k = self.add_check(table, [col], rng.choice(self.check_templates(col.kind)), False)
        self.emit("ALTER TABLE %s ADD %s" % (table.name, self.constraint_sql(k, False)))
        return "constrain_%s_%s" % (table.name, col.name)

    def op_drop_constraint(self):
        table = self.pick_table(lambda t: any(k.kind != "pk" for k in t.constraints))
        if table is None:
            return None
        k = self.pick(table.constraints, lambda k: k.kind != "pk")
        if k is None:
            return None
        self.emit("ALTER TABLE %s DROP CONSTRAINT %s%s" % (
            table.name, "IF EXISTS " if self.rng.random() < 0.2 else "", k.name))
        self.forget_constraint(k)
        return "drop_%s" % k.name

    def op_create_index(self, table=None):
        rng = self.rng
        table = table or self.pick_table()
        if table is None:
            return None
        pk = table.primary_key()
        candidates = [c for c in table.columns if pk is None or c not in pk.columns]
        if not candidates:
            return None
        col = rng.choice(candidates)
        shape = rng.randrange(6)
        if self.pg and col.kind in ("jsonb", "textarray"):
            element = "{0} jsonb_path_ops" if col.kind == "jsonb" and rng.random() < 0.4 \
                else "{0}"
            if col.kind == "jsonb" and rng.random() < 0.3:
                return self.create_index(table, [col], ["({0} ->> 'kind')"], None, False)
            return self.create_index(table, [col], [element], None, False, "gin")
        if col.kind not in BTREE_KINDS:
            return None
        unique = not table.rows and col.kind in UNIQUE_KINDS and rng.random() < 0.25
        if shape == 0 and col.kind in TEXT_KINDS:
            return self.create_index(table, [col], [rng.choice(("lower({0})", "upper({0})"))],
                                     None, unique)
        if shape == 1:
            flag = self.pick(table.columns, lambda c: c.kind == "boolean")
            if flag is not None:
                return self.create_index(table, [col, flag], ["{0}"], "{1}" if rng.random() < 0.5
                                         else "{1} = %s" % ("false" if self.pg else "0"), unique)
            return self.create_index(table, [col], ["{0}"], "{0} IS NOT NULL", unique)
        if shape == 2:
            other = self.pick(candidates, lambda c: c is not col and c.kind in BTREE_KINDS)
            if other is not None:
                return self.create_index(table, [col, other], ["{0}", "{1} DESC"
                                                               if rng.random() < 0.3 else "{1}"],
                                         None, unique and other.kind in UNIQUE_KINDS)
        return self.create_index(table, [col], ["{0}"], None, unique)

    def create_index(self, table, columns, elements, predicate, unique, method=None):
        rng = self.rng
        element_columns = columns if predicate is None or len(columns) == 1 else columns[:-1]
        plain = all(e == "{%d}" % i for i, e in enumerate(elements))
        implicit = "_".join([table.name] + [c.name for c in element_columns] + ["idx"])
        if self.pg and plain and not unique and rng.random() < 0.3 and self.claim(implicit):
            name, explicit = implicit, False
        else:
            name, explicit = self.fresh("%s_%s_%s" % (
                "ux" if unique else "ix", table.word, columns[0].name)), True
        ix = Index(name, explicit, table, unique, method, elements, columns, predicate)
        table.indexes.append(ix)
        self.emit(self.index_sql(ix, explicit and rng.random() < 0.15))
        return "index_" + table.name

    def op_drop_index(self):
        table = self.pick_table(lambda t: t.indexes)
        if table is None:
            return None
        ix = self.rng.choice(table.indexes)
        self.emit("DROP INDEX %s%s" % ("IF EXISTS " if self.rng.random() < 0.3 else "", ix.name))
        table.indexes.remove(ix)
        return "drop_" + ix.name

    # ---- operations: types, sequences, comments, data --------------------------------

    def op_create_enum(self):
        if len(self.enums) > len(self.tables) // 10 + 3:
            return None
        rng = self.rng
        e = Enum(self.fresh(rng.choice(ENUM_WORDS)), rng.sample(ENUM_LABELS, rng.randint(2, 6)))
        self.enums.add(e)
        self.emit("CREATE TYPE %s AS ENUM (%s)" % (e.name, ", ".join(map(sql_string, e.labels))))
        table = self.pick_table()
        if table is not None and rng.random() < 0.7:
            col = Column(self.column_name(table, "enum"), "enum", e.name)
            col.enum = e
            e.users.add(col)
            col.default = sql_string(e.labels[0])
            col.nullable = rng.random() < 0.5
            table.columns.append(col)
            self.emit("ALTER TABLE %s ADD COLUMN %s" % (table.name, self.column_sql(col, True)))
        return "create_type_" + e.name

    def op_add_enum_value(self):
        e = self.pick(self.enums.items, lambda e: len(e.labels) < ENUM_MAX_LABELS)
        if e is None:
            return None
        rng = self.rng
        label = rng.choice([x for x in ENUM_LABELS if x not in e.labels])
        where = rng.randrange(4)
        if where == 0:
            anchor = rng.choice(e.labels)
            e.labels.insert(e.labels.index(anchor), label)
            tail = " BEFORE %s" % sql_string(anchor)
        elif where == 1:
            anchor = rng.choice(e.labels)
            e.labels.insert(e.labels.index(anchor) + 1, label)
            tail = " AFTER %s" % sql_string(anchor)
        else:
            e.labels.append(label)
            tail = ""
        self.extended_enums.append(e)
        self.emit("ALTER TYPE %s ADD VALUE %s%s%s" % (
            e.name, "IF NOT EXISTS " if where == 3 else "", sql_string(label), tail))
        return "extend_" + e.name

    def op_drop_enum(self):
        e = self.pick(self.enums.items, lambda e: not e.users)
        if e is None:
            return None
        self.emit("DROP TYPE %s" % e.name)
        self.enums.remove(e)
        return "drop_type_" + e.name

    def op_create_sequence(self):
        if len(self.sequences) > len(self.tables) // 10 + 3:
            return None
        rng = self.rng
        seq = Sequence(self.fresh(rng.choice(("invoice_no", "ticket_no", "batch_no", "order_no"))
                                  + "_seq"),
                       rng.choice((None, "integer", "bigint")), rng.choice((1, 1000, 100000)),
                       rng.choice((1, 1, 10)))
        self.sequences.add(seq)
        parts = ["CREATE SEQUENCE %s" % seq.name]
        if seq.as_type:
            parts.append("AS " + seq.as_type)
        if seq.start != 1:
            parts.append("START WITH %d" % seq.start)
        if seq.increment != 1:
            parts.append("INCREMENT BY %d" % seq.increment)
        self.emit(" ".join(parts))
        table = self.pick_table()
        if table is not None and rng.random() < 0.7:
            col = Column(self.column_name(table, "bigint"), "bigint", "bigint")
            col.sequence = seq
            seq.users.add(col)
            col.default = "nextval(%s)" % sql_string(seq.name)
            col.nullable = rng.random() < 0.5
            table.columns.append(col)
            self.emit("ALTER TABLE %s ADD COLUMN %s" % (table.name, self.column_sql(col, True)))
        return "create_" + seq.name

    def op_drop_sequence(self):
        seq = self.pick(self.sequences.items, lambda s: not s.users)
        if seq is None:
            return None
        self.emit("DROP SEQUENCE %s" % seq.name)
        self.sequences.remove(seq)
        return "drop_" + seq.name

    def comment_text(self):
        return " ".join(self.rng.sample(COMMENT_WORDS, self.rng.randint(3, 9))).capitalize()

    def comment_on(self, table, col):
        text = self.comment_text()
        if col is None:
            table.comment = text
            self.emit("COMMENT ON TABLE %s IS %s" % (table.name, sql_string(text)))
        else:
            col.comment = text
            self.emit("COMMENT ON COLUMN %s.%s IS %s" % (table.name, col.name, sql_string(text)))

    def op_comment(self):
        table = self.pick_table()
        if table is None:
            return None
        rng = self.rng
        if rng.random() < 0.4:
            self.comment_on(table, None)
        else:
            col = rng.choice(table.columns)
            if col.comment is not None and rng.random() < 0.3:
                self.emit("COMMENT ON COLUMN %s.%s IS NULL" % (table.name, col.name))
                col.comment = None
            else:
                self.comment_on(table, col)
        return "comment_" + table.name

    def insertable(self, table):
        """Rows can be made up for it: no NOT NULL foreign key to satisfy."""
        return not any(k.kind == "fk" and any(not c.nullable for c in k.columns)
                       for k in table.constraints)

    def op_insert(self):
        table = self.pick_table(self.insertable)
        if table is None:
            return None
        rng = self.rng
        # every column of a CHECK gets a value (they are chosen to pass together),
        # every column of a key or unique index one distinct per row
        constrained, foreign = set(), set()
        for k in table.constraints:
            (foreign if k.kind == "fk" else constrained).update(map(id, k.columns))
        for ix in table.indexes:
            if ix.unique:
                constrained.update(map(id, ix.columns))
        rowid = None if self.pg else table.single_key_column()
        columns = []
        for c in table.columns:
            if c.serial or c.identity or id(c) in foreign or c.default == "gen_random_uuid()":
                continue
            if rowid is c and c.type_sql == "INTEGER":
                continue
            needed = not c.nullable and c.default is None
            if needed or id(c) in constrained or rng.random() < 0.3:
                columns.append(c)
        if rng.random() < 0.5:
            self.remark("seed data")
        if not columns:
            table.rows += 1
            self.emit("INSERT INTO %s DEFAULT VALUES" % table.name)
        else:
            rows = []
            for _ in range(rng.randint(1, 8)):
                table.rows += 1
                rows.append("(%s)" % ", ".join(self.value(c, table.rows) for c in columns))
            self.emit("INSERT INTO %s (%s) VALUES\n    %s" % (
                table.name, ", ".join(c.name for c in columns), ",\n    ".join(rows)))
        if self.pg and rng.random() < 0.2:
            self.emit("ANALYZE %s" % table.name)
        return "seed_" + table.name

    # ---- operations: views ----------------------------------------------------------

    def op_create_view(self):
        rng = self.rng
        if not self.pg and len(self.views) >= SQLITE_MAX_VIEWS:
            return None
        if self.pg and len(self.views) > len(self.tables) // 5 + 2:
            return None
        table = self.pick_table(lambda t: len(t.columns) >= 2)
        if table is None:
            return None
        v = View(self.fresh("v_" + table.word), table)
        for c in rng.sample(table.columns, min(len(table.columns), rng.randint(2, 5))):
            v.items.append(("a", c, None))
        fks = [k for k in table.constraints if k.kind == "fk" and k.ref_table is not table]
        if fks and rng.random() < 0.5:
            k = rng.choice(fks)
            v.join, v.join_on = k.ref_table, (k.ref_columns[0], k.columns[0])
            names = set(v.output_names())
            for c in rng.sample(k.ref_table.columns, min(2, len(k.ref_table.columns))):
                out = None
                if c.name in names:
                    out = self.fresh_output_name(k.ref_table.word, c.name, names)
                names.add(out or c.name)
                v.items.append(("b", c, out))
        if rng.random() < 0.5:
            cond = self.pick(table.columns, lambda c: c.kind == "boolean" or c.nullable)
            if cond is not None:
                if cond.kind == "boolean":
                    template = "{0}" if self.pg else "{0} = 1"
                else:
                    template = "{0} IS NOT NULL"
                v.where = ("a", cond, template)
        self.views.add(v)
        for t in v.tables():
            t.views.append(v)
        self.emit(self.view_sql(v))
        return "create_" + v.name

    def fresh_output_name(self, word, name, names):
        base = "%s_%s" % (singular(word), name)
        out, n = base, 1
        while out in names:
            n += 1
            out = "%s_%d" % (base, n)
        return out

    def op_replace_view(self):
        """PostgreSQL: CREATE OR REPLACE VIEW appending a column or changing
        the filter. SQLite: DROP VIEW and CREATE VIEW with the new query."""
        if not self.views:
            return None
        rng = self.rng
        v = rng.choice(self.views.items)
        if rng.random() < 0.5:
            names = set(v.output_names())
            extra = self.pick(v.base.columns, lambda c: not any(c is x for _, x, _ in v.items))
            if extra is None:
                return None
            out = self.fresh_output_name(v.base.word, extra.name, names) \
                if extra.name in names else None
            v.items.append(("a", extra, out))
        else:
            cond = self.pick(v.base.columns, lambda c: c.nullable)
            if cond is None:
                return None
            v.where = ("a", cond, "{0} IS NOT NULL")
        if self.pg:
            self.emit(self.view_sql(v, True))
        else:
            self.emit("DROP VIEW %s" % v.name)
            self.emit(self.view_sql(v))
        return "replace_" + v.name

    def op_drop_view(self):
        if not self.views:
            return None
        v = self.rng.choice(self.views.items)
        self.drop_view(v)
        return "drop_" + v.name

    def drop_view(self, v):
        self.emit("DROP VIEW %s%s" % ("IF EXISTS " if self.rng.random() < 0.3 else "", v.name))
        self.views.remove(v)
        for t in v.tables():
            t.views.remove(v)

    # ---- operations: functions and triggers ------------------------------------------------

    def op_create_function(self):
        if len(self.functions) > len(self.tables) // 8 + 4:
            return None
        return "create_function_" + self.create_function(self.rng.random() < 0.5).name

    def create_function(self, for_triggers):
        rng = self.rng
        if for_triggers:
            f = Function(self.fresh(rng.choice(("touch_row", "audit_row", "guard_row"))), [],
                         "trigger", "plpgsql", "", self.trigger_function_body())
        else:
            f = Function(self.fresh(rng.choice(FUNCTION_WORDS)),
                         *self.helper_function(rng.choice(HELPER_RESULTS)))
        self.functions.add(f)
        self.emit(self.function_sql(f, rng.random() < 0.7))
        return f

    def op_replace_function(self):
        if not self.functions:
            return None
        f = self.rng.choice(self.functions.items)
        if f.returns == "trigger":
            f.body = self.trigger_function_body()
        else:
            _, _, f.language, f.volatility, f.body = self.helper_function(f.returns)
        self.emit(self.function_sql(f, True))
        return "replace_function_" + f.name

    def op_drop_function(self):
        f = self.pick(self.functions.items, lambda f: not f.triggers)
        if f is None:
            return None
        self.emit("DROP FUNCTION %s%s(%s)" % ("IF EXISTS " if self.rng.random() < 0.3 else "",
                                              f.name, ", ".join(t for _, t in f.params)))
        self.functions.remove(f)
        return "drop_function_" + f.name

    def op_create_trigger(self):
        if self.pg:
            return self.create_pg_trigger()
        return self.create_sqlite_trigger()

    def create_pg_trigger(self):
        rng = self.rng
        table = self.pick_table()
        if table is None:
            return None
        function = self.pick(self.functions.items, lambda f: f.returns == "trigger")
        if function is None:
            function = self.create_function(True)
        # OR REPLACE keeps the function: schemadrift keeps a replaced
        # trigger's dependency on its old function (PostgreSQL drops it)
        tr = self.pick(table.triggers, lambda tr: True) if rng.random() < 0.2 else None
        replace = tr is not None
        if not replace:
            tr = Trigger(self.fresh("trg_" + table.word), table, None, None)
            tr.function = function
            tr.function.triggers += 1
        tr.timing, tr.events, tr.level = rng.choice((
            ("BEFORE", "INSERT OR UPDATE", "ROW"), ("BEFORE", "UPDATE", "ROW"),
            ("AFTER", "INSERT", "ROW"), ("AFTER", "INSERT OR UPDATE OR DELETE", "ROW"),
            ("AFTER", "UPDATE", "STATEMENT")))
        if not replace:
            table.triggers.append(tr)
            self.triggers.add(tr)
        self.emit(self.trigger_sql(tr, replace))
        return "trigger_" + table.name

    def create_sqlite_trigger(self):
        rng = self.rng
        if len(self.triggers) >= SQLITE_MAX_TRIGGERS:
            return None
        table = self.pick_table(lambda t: not t.without_rowid)
        if table is None:
            return None
        tr = Trigger(self.fresh("trg_" + table.word), table, None, None)
        touch = self.pick(table.columns, lambda c: c.kind == "datetime" and not c.inline)
        text = self.pick(table.columns, lambda c: c.kind in TEXT_KINDS)
        roll = rng.random()
        if roll < 0.4 and touch is not None:
            tr.timing, tr.events, tr.action, tr.column = "AFTER", "UPDATE", "touch", touch
        elif roll < 0.8 and text is not None:
            tr.timing, tr.events, tr.action, tr.column = "AFTER", "INSERT", "normalize", text
        else:
            tr.timing, tr.events, tr.action = "BEFORE", "DELETE", "guard"
        table.triggers.append(tr)
        self.triggers.add(tr)
        self.emit(self.trigger_sql(tr))
        return "trigger_" + table.name

    def op_drop_trigger(self):
        if not self.triggers:
            return None
        tr = self.rng.choice(self.triggers.items)
        guard = "IF EXISTS " if self.rng.random() < 0.3 else ""
        if self.pg:
            self.emit("DROP TRIGGER %s%s ON %s" % (guard, tr.name, tr.table.name))
            tr.function.triggers -= 1
        else:
            self.emit("DROP TRIGGER %s%s" % (guard, tr.name))
        self.triggers.remove(tr)
        tr.table.triggers.remove(tr)
        return "drop_" + tr.name

    # ---- schema.sql ----------------------------------------------------------------

    def write_schema(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("-- The schema the migrations produce (bench/gen.py).\n\n")
            if self.pg:
                self.write_pg_schema(f)
            else:
                self.write_sqlite_schema(f)
            return f.tell()

    def tables_by_name(self):
        return sorted(self.tables.items, key=lambda t: t.name)

    def write_pg_schema(self, f):
        for e in self.enums.items:
            f.write("CREATE TYPE %s AS ENUM (%s);\n\n" % (e.name, ", ".join(map(sql_string,
                                                                               e.labels))))
        for s in self.sequences.items:
            f.write("CREATE SEQUENCE %s%s START WITH %d INCREMENT BY %d;\n\n" % (
                s.name, " AS " + s.as_type if s.as_type else "", s.start, s.increment))
        for fn in self.functions.items:
            f.write(self.function_sql(fn, False) + ";\n\n")
        tables = self.tables_by_name()
        for t in tables:
            owned = []
            lines = []
            for c in t.columns:
                if c.serial and c.owned_sequence == "%s_%s_seq" % (t.name, c.name):
                    lines.append("%s %s NOT NULL" % (c.name, c.serial))
                    continue
                if c.serial:
                    owned.append(c)
                    f.write("CREATE SEQUENCE %s%s;\n" % (
                        c.owned_sequence, " AS integer" if c.serial == "serial" else ""))
                lines.append(self.column_sql(c, False))
            lines += [self.constraint_sql(k, False, True) for k in t.constraints if k.kind != "fk"]
            f.write("CREATE TABLE %s (\n    %s\n);\n" % (t.name, ",\n    ".join(lines)))
            for c in owned:
                f.write("ALTER SEQUENCE %s OWNED BY %s.%s;\n" % (c.owned_sequence, t.name, c.name))
            if t.comment is not None:
                f.write("COMMENT ON TABLE %s IS %s;\n" % (t.name, sql_string(t.comment)))
            for c in t.columns:
                if c.comment is not None:
                    f.write("COMMENT ON COLUMN %s.%s IS %s;\n" % (t.name, c.name,
                                                                 sql_string(c.comment)))
            for ix in t.indexes:
                f.write(self.index_sql(ix, explicit=True) + ";\n")
            f.write("\n")
        for t in tables:
            for k in t.constraints:
                if k.kind == "fk":
                    f.write("ALTER TABLE %s ADD %s;\n" % (t.name, self.constraint_sql(k, False,
                                                                                       True)))
        f.write("\n")
        for v in self.views.items:
            f.write(self.view_sql(v) + ";\n\n")
        for tr in self.triggers.items:
            f.write(self.trigger_sql(tr) + ";\n\n")

    def write_sqlite_schema(self, f):
        for t in self.tables_by_name():
            f.write(self.create_table_sql(t) + ";\n")
            for ix in t.indexes:
                f.write(self.index_sql(ix) + ";\n")
            f.write("\n")
        for v in self.views.items:
            f.write(self.view_sql(v) + ";\n\n")
        for tr in self.triggers.items:
            f.write(self.trigger_sql(tr) + ";\n\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Writes a synthetic migration history, the "
                                 "schema.sql it produces and manifest.json into OUTDIR.")
    ap.add_argument("--dialect", choices=("postgres", "sqlite"), required=True)
    ap.add_argument("--size-mb", type=float, required=True,
                    help="total size of the migrations, in MiB")
    ap.add_argument("--files", type=int,
                    help="number of migration files (default: %d per MiB, at least 1)"
                    % FILES_PER_MIB)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("outdir")
    args = ap.parse_args(argv)
    if args.size_mb <= 0:
        ap.error("--size-mb must be positive")
    files = args.files if args.files is not None else max(1, round(args.size_mb * FILES_PER_MIB))
    if files < 1:
        ap.error("--files must be at least 1")
    if os.path.isdir(os.path.join(args.outdir, "migrations")) and os.listdir(
            os.path.join(args.outdir, "migrations")):
        ap.error("%s/migrations is not empty" % args.outdir)
    # the model is a large, long-lived graph of small objects: collecting
    # cycles less often saves a tenth of the run and costs little memory
    gc.set_threshold(50000, 20, 20)
    gen = Generator(args.dialect, args.seed, int(args.size_mb * MIB), files)
    manifest = gen.run(args.outdir)
    json.dump(manifest, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

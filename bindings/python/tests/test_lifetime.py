"""Handle lifetime: close(), context managers, garbage collection, use after
close, snapshots outliving their catalog, threads sharing one catalog, and
the library lookup order."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import unittest
import weakref

from schemadrift import Catalog, ClosedError, Migrations, MisuseError, _lib

from .support import BINDING, DRIFT


class CatalogLifetimeTest(unittest.TestCase):
    def test_close_is_idempotent_and_use_after_close_raises(self) -> None:
        c = Catalog("postgres")
        c.apply_sql("CREATE TABLE t (a int);")
        self.assertFalse(c.closed)
        c.close()
        self.assertTrue(c.closed)
        c.close()  # again: no-op
        for use in (
            lambda: c.apply_sql("CREATE TABLE u (a int);"),
            lambda: c.apply_file("x.sql"),
            lambda: c.tables,
            lambda: c.schemas,
            lambda: c.statements,
            lambda: c.table("t"),
            lambda: c.dump(),
            lambda: c.last_error,
        ):
            with self.assertRaises(ClosedError) as cm:
                use()
            self.assertIsInstance(cm.exception, MisuseError)
            self.assertIn("closed", str(cm.exception))
        self.assertIn("closed", repr(c))

    def test_context_manager(self) -> None:
        with Catalog("sqlite") as c:
            c.apply_sql("CREATE TABLE t (a int);")
            t = c.table("t")
        self.assertTrue(c.closed)
        with self.assertRaises(ClosedError):
            c.tables
        assert t is not None
        self.assertEqual(t.columns[0].name, "a")  # the snapshot outlives the catalog
        with self.assertRaises(ClosedError):
            with c:
                pass

    def test_context_manager_closes_on_exception(self) -> None:
        with self.assertRaises(RuntimeError):
            with Catalog("postgres") as c:
                raise RuntimeError("boom")
        self.assertTrue(c.closed)

    def test_garbage_collection_frees(self) -> None:
        freed = []
        real_free = _lib.lib().sd_catalog_free

        def spy(ptr: object) -> None:
            freed.append(1)
            real_free(ptr)

        c = Catalog("postgres")
        c._free = spy  # type: ignore[assignment]
        c.apply_sql("CREATE TABLE t (a int);")
        ref = weakref.ref(c)
        del c
        gc.collect()
        self.assertIsNone(ref())
        self.assertEqual(freed, [1])

    def test_closed_then_collected_frees_once(self) -> None:
        freed = []
        real_free = _lib.lib().sd_catalog_free
        c = Catalog("postgres")
        c._free = lambda p: (freed.append(1), real_free(p))  # type: ignore[assignment]
        c.close()
        del c
        gc.collect()
        self.assertEqual(freed, [1])

    def test_many_catalogs(self) -> None:
        for _ in range(300):
            c = Catalog("postgres")
            c.apply_sql("CREATE TABLE t (a int PRIMARY KEY, b text);")
            _ = c.tables
        gc.collect()

    def test_threads_share_one_catalog(self) -> None:
        c = Catalog("postgres")
        errors = []

        def work(n: int) -> None:
            try:
                for i in range(30):
                    c.apply_sql("CREATE TABLE t_%d_%d (a int);" % (n, i))
                    _ = c.tables
            except Exception as e:  # pragma: no cover
                errors.append(e)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(c.tables), 120)
        c.close()

    def test_migrations_lifetime(self) -> None:
        m = Migrations("postgres", [os.path.join(DRIFT, "migrations")])
        self.assertEqual(len(m), 2)
        with m:
            pass
        self.assertTrue(m.closed)
        with self.assertRaises(ClosedError):
            m.entries
        with self.assertRaises(ClosedError):
            m.add_dir(DRIFT)
        m.close()


class LibraryLookupTest(unittest.TestCase):
    def run_py(self, code: str, env: dict) -> subprocess.CompletedProcess:
        e = dict(os.environ)
        e.pop("SCHEMADRIFT_LIBRARY", None)
        e.update(env)
        return subprocess.run([sys.executable, "-c", code], cwd=BINDING, env=e,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)

    def test_source_tree_build_is_found(self) -> None:
        p = self.run_py("import schemadrift; print(schemadrift.library_path())", {})
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.strip(), _lib._source_tree_library())

    def test_env_var_wins_and_is_not_skipped(self) -> None:
        p = self.run_py("import schemadrift; print(schemadrift.library_path())",
                        {"SCHEMADRIFT_LIBRARY": _lib._source_tree_library()})
        self.assertEqual(p.stdout.strip(), _lib._source_tree_library())
        p = self.run_py("import schemadrift\ntry:\n    schemadrift.Catalog()\nexcept schemadrift.LibraryNotFound as e:\n"
                        "    print('LNF', e)", {"SCHEMADRIFT_LIBRARY": "/nonexistent/libschemadrift.so.0"})
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith("LNF SCHEMADRIFT_LIBRARY=/nonexistent"), p.stdout)

    def test_version(self) -> None:
        import schemadrift

        self.assertRegex(schemadrift.library_version(), r"^\d+\.\d+\.\d+$")
        self.assertGreaterEqual(_lib.lib().version, 0x000200)


if __name__ == "__main__":
    unittest.main()

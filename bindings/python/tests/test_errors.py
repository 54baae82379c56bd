"""Status codes as exceptions: classes, status, message, file/line/col, the
check=False form, last_error, and that the catalog stays usable."""
from __future__ import annotations

import unittest

from schemadrift import (
    Catalog,
    EncodingError,
    EngineError,
    MisuseError,
    Outcome,
    ParseError,
    SchemaDriftError,
    SourceError,
    Status,
    UnmodelledError,
    status_str,
)
from schemadrift.errors import OutOfMemoryError, error_class, make_error


class ReplayErrorTest(unittest.TestCase):
    def setUp(self) -> None:
        self.cat = Catalog("postgres")
        self.addCleanup(self.cat.close)

    def test_engine_error_location(self) -> None:
        with self.assertRaises(EngineError) as cm:
            self.cat.apply_sql("CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "bad.sql")
        e = cm.exception
        self.assertIsInstance(e, SchemaDriftError)
        self.assertEqual(e.status, Status.ENGINE)
        self.assertEqual((e.file, e.line, e.col), ("bad.sql", 2, 14))
        self.assertEqual(e.message, 'relation "t" already exists')
        self.assertEqual(str(e), 'bad.sql:2:14: relation "t" already exists')
        # the catalog stays usable: the first statement applied, the second is recorded
        self.assertEqual([c.name for c in self.cat.table("t").columns], ["a"])  # type: ignore[union-attr]
        self.assertEqual([s.outcome for s in self.cat.statements], [Outcome.APPLIED, Outcome.ENGINE_ERROR])
        self.assertEqual(self.cat.statements[1].reason, 'relation "t" already exists')
        self.cat.apply_sql("CREATE TABLE u (x int);")
        self.assertEqual([t.name for t in self.cat.tables], ["t", "u"])

    def test_engine_error_stops_the_text(self) -> None:
        with self.assertRaises(EngineError):
            self.cat.apply_sql("CREATE TABLE t (a int);\nCREATE TABLE t (b int);\nCREATE TABLE later (c int);")
        self.assertIsNone(self.cat.table("later"))

    def test_invalid_utf8(self) -> None:
        with self.assertRaises(EncodingError) as cm:
            self.cat.apply_sql(b"CREATE TABLE a (x int);\nCREATE TABLE \xff (a int);", "enc.sql")
        e = cm.exception
        self.assertEqual(e.status, Status.ENCODING)
        self.assertEqual((e.file, e.line, e.col), ("enc.sql", 2, 14))
        self.assertIn("UTF-8", e.message)
        self.assertEqual(self.cat.tables, [])  # nothing applied
        self.assertEqual(self.cat.statements, [])

    def test_nul_byte_and_lone_surrogate(self) -> None:
        with self.assertRaises(EncodingError) as cm:
            self.cat.apply_sql("CREATE TABLE t (a int);\x00", "nul.sql")
        self.assertEqual((cm.exception.line, cm.exception.col), (1, 24))
        with self.assertRaises(EncodingError):
            self.cat.apply_sql("CREATE TABLE \udcff (a int);")

    def test_unmodelled_goes_on(self) -> None:
        with self.assertRaises(UnmodelledError) as cm:
            self.cat.apply_sql("DO $$ BEGIN END $$;\nCREATE TABLE after (x int);", "do.sql")
        self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.col), ("do.sql", 1, 1))
        self.assertIsNotNone(self.cat.table("after"))  # replay went on
        self.assertEqual(self.cat.statements[0].outcome, Outcome.UNMODELLED)

    def test_syntax(self) -> None:
        with self.assertRaises(ParseError) as cm:
            self.cat.apply_sql("SELECT 1;\nCREATE TABLE ((( ;", "syn.sql")
        self.assertEqual(cm.exception.status, Status.SYNTAX)
        self.assertEqual((cm.exception.line, cm.exception.col), (2, 14))

    def test_io(self) -> None:
        with self.assertRaises(SourceError) as cm:
            self.cat.apply_file("/nonexistent/dir/x.sql")
        self.assertIsInstance(cm.exception, OSError)
        self.assertEqual(cm.exception.status, Status.IO)
        self.assertEqual(cm.exception.file, "/nonexistent/dir/x.sql")
        self.assertEqual(self.cat.apply_file("/nonexistent/dir/x.sql", check=False), Status.IO)

    def test_check_false_returns_status(self) -> None:
        rc = self.cat.apply_sql("CREATE TABLE t (a int);\nCREATE TABLE t (b int);", "x.sql", check=False)
        self.assertIs(rc, Status.ENGINE)
        err = self.cat.last_error
        assert err is not None
        self.assertIsInstance(err, EngineError)
        self.assertEqual((err.file, err.line, err.col), ("x.sql", 2, 14))
        self.assertIs(self.cat.apply_sql(b"\xc3", check=False), Status.ENCODING)
        self.assertIs(self.cat.apply_sql("CREATE TABLE ok (a int);", check=False), Status.OK)
        self.assertIsNone(self.cat.last_error)

    def test_type_errors(self) -> None:
        with self.assertRaises(TypeError):
            self.cat.apply_sql(42)  # type: ignore[arg-type]
        with self.assertRaises(ValueError):
            self.cat.apply_file("a\0b")


class ErrorMappingTest(unittest.TestCase):
    def test_every_status_has_a_class(self) -> None:
        expected = {
            Status.NOMEM: OutOfMemoryError,
            Status.MISUSE: MisuseError,
            Status.IO: SourceError,
            Status.ENCODING: EncodingError,
            Status.SYNTAX: ParseError,
            Status.ENGINE: EngineError,
            Status.UNMODELLED: UnmodelledError,
        }
        for st, cls in expected.items():
            self.assertIs(error_class(st), cls)
            self.assertTrue(issubclass(cls, SchemaDriftError))
        self.assertTrue(issubclass(OutOfMemoryError, MemoryError))
        self.assertTrue(issubclass(MisuseError, ValueError))
        e = make_error(-6, "m", "f.sql", 3, 4, 5)
        self.assertEqual((type(e), e.status, e.file, e.line, e.col, e.offset), (EngineError, Status.ENGINE, "f.sql", 3, 4, 5))
        self.assertEqual(type(make_error(-99, "future")), SchemaDriftError)

    def test_status_str(self) -> None:
        self.assertNotEqual(status_str(Status.ENGINE), "")
        self.assertNotEqual(status_str(-99), "")


if __name__ == "__main__":
    unittest.main()

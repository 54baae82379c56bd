"""Migration order (sd_migrations_*): rules, list files, code migrations,
dialect-specific files and refusals, against `schemadrift order`."""
from __future__ import annotations

import os
import unittest

from schemadrift import ListFile, Migrations, OrderError, OrderRule, SourceError, order

from .support import TempTree, cli, needs_cli


class OrderTest(TempTree):
    def test_numeric_versions(self) -> None:
        self.tree({"m/10_c.sql": "", "m/2_b.sql": "", "m/1_a.sql": ""})
        m = os.path.join(self.tmp, "m")
        got = order(m)
        self.assertEqual([os.path.basename(e.path) for e in got], ["1_a.sql", "2_b.sql", "10_c.sql"])
        self.assertEqual({e.rule for e in got}, {OrderRule.VERSION})
        self.assertTrue(all(e.rule_text for e in got))
        self.assertEqual(got[0].path, os.path.join(m, "1_a.sql"))

    def test_flyway_and_repeatable(self) -> None:
        self.tree({"f/R__views.sql": "", "f/V2__b.sql": "", "f/V1_1__a.sql": ""})
        got = order(os.path.join(self.tmp, "f"))
        self.assertEqual([(os.path.basename(e.path), e.rule) for e in got],
                         [("V1_1__a.sql", OrderRule.FLYWAY), ("V2__b.sql", OrderRule.FLYWAY),
                          ("R__views.sql", OrderRule.REPEATABLE)])

    def test_up_files_and_code(self) -> None:
        self.tree({"g/1_a.up.sql": "", "g/1_a.down.sql": "", "g/2_b.up.sql": "", "g/3_c.go": ""})
        got = order(os.path.join(self.tmp, "g"))
        self.assertEqual([os.path.basename(e.path) for e in got], ["1_a.up.sql", "2_b.up.sql", "3_c.go"])
        self.assertEqual([e.is_code for e in got], [False, False, True])
        self.assertEqual(got[0].rule, OrderRule.UP_FILE)

    def test_dialect_files(self) -> None:
        self.tree({"d/1_a.sql.postgres": "", "d/1_a.sql.sqlite": ""})
        d = os.path.join(self.tmp, "d")
        self.assertEqual([os.path.basename(e.path) for e in order(d, dialect="sqlite")], ["1_a.sql.sqlite"])
        self.assertEqual([os.path.basename(e.path) for e in order(d, dialect="postgres")], ["1_a.sql.postgres"])

    def test_list_and_given_file(self) -> None:
        self.tree({"l/x.sql": "", "l/y.sql": "", "l/list.txt": "y.sql\n# comment\nx.sql\n"})
        with Migrations("postgres") as m:
            m.add(os.path.join(self.tmp, "l", "x.sql"))
            m.add(ListFile(os.path.join(self.tmp, "l", "list.txt")))
            self.assertEqual(len(m), 3)
            self.assertEqual([(os.path.basename(e.path), e.rule) for e in m],
                             [("x.sql", OrderRule.GIVEN), ("y.sql", OrderRule.LIST), ("x.sql", OrderRule.LIST)])
            self.assertEqual(m.paths[1], os.path.join(self.tmp, "l", "y.sql"))

    def test_refusals_leave_the_list_as_it_was(self) -> None:
        self.tree({"dup/001_a.sql": "", "dup/001_b.sql": "", "ok/1_a.sql": ""})
        with Migrations("postgres", [os.path.join(self.tmp, "ok")]) as m:
            with self.assertRaises(OrderError) as cm:
                m.add_dir(os.path.join(self.tmp, "dup"))
            self.assertTrue(cm.exception.message)
            with self.assertRaises(SourceError):
                m.add_dir(os.path.join(self.tmp, "missing"))
            self.assertEqual(len(m), 1)

    @needs_cli
    def test_matches_cli(self) -> None:
        self.tree({"c/20240101120000_a.sql": "", "c/20240102120000_b.sql": "", "c/V3__x.sql": "",
                   "c/R__v.sql": ""})
        c = os.path.join(self.tmp, "c")
        rc, out, _ = cli("order", c)
        self.assertEqual(rc, 0)
        got = order(c)
        self.assertEqual([ln.split()[1] for ln in out.decode().splitlines()], [e.path for e in got])
        self.assertEqual([e.rule for e in got],
                         [OrderRule.FLYWAY, OrderRule.TIMESTAMP, OrderRule.TIMESTAMP, OrderRule.REPEATABLE])
        for ln, e in zip(out.decode().splitlines(), got):
            self.assertIn("(%s)" % e.rule_text, ln)


if __name__ == "__main__":
    unittest.main()

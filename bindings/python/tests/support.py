"""Shared test helpers: where the repository, its examples and the CLI are,
and skip decorators for what this machine may lack."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unittest
from typing import Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING = os.path.dirname(HERE)
REPO = os.path.normpath(os.path.join(BINDING, "..", ".."))
EXAMPLES = os.path.join(REPO, "examples")
DRIFT = os.path.join(EXAMPLES, "drift")
SHOP = os.path.join(EXAMPLES, "shop")
CLI = os.environ.get("SCHEMADRIFT_CLI", os.path.join(REPO, "build", "tools", "schemadrift"))
CONSUMER = os.path.join(HERE, "consumer.py")


def has_check() -> bool:
    from schemadrift import _lib

    return _lib.lib().has_check


needs_check = unittest.skipUnless(has_check(), "the loaded libschemadrift has no sd_check_* (0.3)")
needs_cli = unittest.skipUnless(os.access(CLI, os.X_OK), "the schemadrift CLI is not built at %s" % CLI)


def cli(*args: str, cwd: str = REPO) -> Tuple[int, bytes, bytes]:
    p = subprocess.run([CLI] + list(args), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


class TempTree(unittest.TestCase):
    """A test case with a temporary directory and a file writer."""

    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="sd-py-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def write(self, rel: str, content: "str | bytes") -> str:
        path = os.path.join(self.tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(content, bytes) else "w"
        with open(path, mode) as f:
            f.write(content)
        return path

    def tree(self, files: Dict[str, str]) -> List[str]:
        return [self.write(k, v) for k, v in files.items()]

"""domain/ is pure: it must import with PySide6 and SQLAlchemy unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dealerdesk.domain

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy', 'alembic', 'reportlab'):
            raise ImportError('blocked for this test: ' + name)
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib, dealerdesk.domain as d
names = [m.name for m in pkgutil.walk_packages(d.__path__, 'dealerdesk.domain.')]
for n in names:
    importlib.import_module(n)
print(len(names))
"""


def test_domain_imports_without_qt_and_sqlalchemy() -> None:
    root = Path(dealerdesk.domain.__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 3  # the modules really were imported


def test_blocker_really_blocks() -> None:
    code = BLOCKER.split("import pkgutil")[0] + "import PySide6.QtCore\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode != 0 and "blocked for this test" in out.stderr

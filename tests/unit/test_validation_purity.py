"""The domain layer imports and works with Qt, SQLAlchemy and the optional vininfo all blocked.

Run in a fresh interpreter: in this one pytest-qt has already imported PySide6.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib.abc
    import sys

    BLOCKED = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "vininfo")

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"blocked: {name}")
            return None

    sys.meta_path.insert(0, Block())

    from dealerdesk.domain import money, validation

    assert validation.validate_vin("lsvau218xn2183294").value == "LSVAU218XN2183294"
    assert validation.decode_make("LSVAU218XN2183294") == "SAIC Volkswagen"
    assert validation.decode_make("1M8GDM9AXKP042788") is None
    assert validation.validate_mobile("+86 138 0013 8000").value == "13800138000"
    assert validation.validate_plate("粤B·D12345").value == "粤BD12345"
    assert money.parse_yuan("1,234.50").value == 123450
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    assert not leaked, leaked
    print("ok")
    """
)


def test_domain_needs_no_qt_no_database_and_no_vininfo() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"

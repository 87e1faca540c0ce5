"""The Qt binding must not take references from None (PySide6 6.12.0 on Python 3.11 does: issue 10).

The probes run 100,000 times in a subprocess, so a faulty binding aborting the interpreter
fails this test instead of killing the test run. ``DEALERDESK_BINDING_PYTHON`` points the test
at another interpreter, e.g. a throw-away virtual environment with another PySide6::

    python3.11 -m venv /tmp/pyside612 && /tmp/pyside612/bin/pip install PySide6-Essentials==6.12.0
    DEALERDESK_BINDING_PYTHON=/tmp/pyside612/bin/python .venv/bin/python -m pytest tests/unit/test_binding_refcount.py
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import dealerdesk.qt_binding_check as check

CALLS = 100_000


@pytest.mark.parametrize("probe", list(check.PROBES))
def test_a_hundred_thousand_qt_calls_leave_none_s_reference_count_alone(probe: str) -> None:
    """label: the issue's script, Python calling Qt; model: Qt calling a model's data() for a QFont."""
    python = os.environ.get("DEALERDESK_BINDING_PYTHON", sys.executable)
    out = subprocess.run(
        [python, "-I", str(Path(check.__file__)), str(CALLS), probe],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=240,
    )
    shown = f"exit {out.returncode}\n{out.stdout}{out.stderr}"
    # A negative status is the signal that ended it: -6 (SIGABRT) is "deallocating None".
    assert out.returncode == 0, shown
    counts = re.findall(r"x (\d+): None refcount (\d+) -> (\d+) \(lost (-?\d+)\)", out.stdout)
    assert len(counts) == 1, shown
    for calls, before, after, lost in counts:
        assert int(calls) == CALLS
        # On Python 3.11 the count is an ordinary number; from 3.12 None is immortal and it never moves.
        assert before == after and lost == "0", shown
    assert out.stdout.rstrip().endswith("OK: None's reference count kept"), shown

"""Fixtures of the window tests: one demo database for the tests that open every window on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``dealerdesk demo`` written once per run (about 30 s); tests work on copies of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    out = subprocess.run(
        [sys.executable, "-m", "dealerdesk", "demo", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return path

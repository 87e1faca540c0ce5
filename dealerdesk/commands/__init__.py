"""Subcommands beyond demo/check, each in its own module (print, selftest …)."""

from __future__ import annotations

import argparse
from typing import Any


def register_extra_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Each module adds its parser here; kept apart so features do not edit cli.py."""
    from dealerdesk.commands import backup_cmd, care_cmd, db_cmd, print_cmd, selftest

    print_cmd.register(sub, common)
    backup_cmd.register(sub, common)
    selftest.register(sub, common)
    db_cmd.register(sub, common)
    care_cmd.register(sub, common)

"""Fixtures of the care desk's window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from dealerdesk.app import install_translators


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test runs once in Chinese and once in English, the application's translators installed."""
    installed = install_translators(qapp, request.param)
    yield request.param
    for t in installed:
        qapp.removeTranslator(t)

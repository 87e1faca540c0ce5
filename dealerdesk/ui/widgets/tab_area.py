"""An area of the main window made of tabs, each listed once with the roles that see it.

A tab is built the first time it is shown (its imports wait until then). A tab page may offer
``refresh()``: it is called whenever the tab comes to the front, so a list is current after work
in another tab. The Customer care and Renewals areas are both made of one.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dealerdesk.domain.roles import Role
from dealerdesk.ui.context import UiContext


@dataclass(frozen=True)
class AreaTab:
    key: str
    label: str  # translated, with its Alt letter
    roles: tuple[Role, ...]
    module: str
    class_name: str  # a QWidget taking the UiContext


class TabArea(QWidget):
    def __init__(self, ctx: UiContext, tabs: list[AreaTab], name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.name = name
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"{name}Tabs")
        self.tab_keys: list[str] = []
        self._specs: list[AreaTab] = []
        self._built: dict[int, QWidget] = {}
        for spec in tabs:
            if not ctx.actor.has(*spec.roles):
                continue
            self.tab_keys.append(spec.key)
            self._specs.append(spec)
            self.tabs.addTab(QWidget(), spec.label)  # placeholder until the tab is first shown
        self.tabs.currentChanged.connect(self._shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._shown(self.tabs.currentIndex())

    def page(self, key: str) -> QWidget:
        """The tab's page, built on first use (tests and other tabs reach a page by its key)."""
        index = self.tab_keys.index(key)
        return self._build(index)

    def show_tab(self, key: str) -> QWidget:
        page = self.page(key)
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return page

    def refresh(self) -> None:
        self._shown(self.tabs.currentIndex())

    def _build(self, index: int) -> QWidget:
        page = self._built.get(index)
        if page is None:
            spec = self._specs[index]
            page = getattr(importlib.import_module(spec.module), spec.class_name)(self.ctx)
            assert isinstance(page, QWidget)
            page.setObjectName(f"{self.name}_{spec.key}")
            self._built[index] = page
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, spec.label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return page

    def _shown(self, index: int) -> None:
        if index < 0:
            return
        page = self._build(index)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

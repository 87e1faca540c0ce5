"""Does this Qt binding keep None's reference count? (PySide6 6.12.0 on Python 3.11 does not.)

PySide6 6.12.0 takes one reference from None on every call of a Qt method that returns
nothing, in both directions: Python calling Qt (``QLabel.setText``, ``QFont.setBold``) and Qt
calling Python (a model's ``data()``). On Python 3.11 None's count (about 5,000 after start-up)
then reaches zero after a few thousand calls and the interpreter aborts ("deallocating None"),
taking the window and whatever was typed with it. From Python 3.12 None is immortal and its
count never moves, so the same probes pass there.

``dealerdesk selftest`` runs a short probe (a faulty binding shows at once). As a script this file needs
only PySide6 and the standard library, so that a test can run it with any interpreter,
including a throw-away virtual environment holding another PySide6
(tests/unit/test_binding_refcount.py)::

    python -I dealerdesk/qt_binding_check.py [CALLS [PROBE ...]]      (PROBE: label, model)

prints one line per probe and exits 0 when None's count did not move, 1 when it did;
a faulty binding may also abort the interpreter before the end (exit status 134).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Drift:
    probe: str
    calls: int
    before: int
    after: int

    @property
    def lost(self) -> int:
        """References None lost (negative: gained) over the calls."""
        return self.before - self.after

    def line(self) -> str:
        return f"{self.probe} x {self.calls}: None refcount {self.before} -> {self.after} (lost {self.lost})"


def _label_probe() -> Callable[[], object]:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    return lambda: label.setText("x")


def _model_probe() -> Callable[[], object]:
    """Qt calling Python: a proxy asks the model's data() for its font, which sets a QFont bold."""
    from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtGui import QFont

    class FontModel(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 1

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 1

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None

    model = FontModel()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    role = Qt.ItemDataRole.FontRole
    # The proxy and model live as long as the closure; Qt holds no Python reference to them.
    return lambda: (model, proxy.data(index, role))


# key: (what is called, how to make the call)
PROBES: dict[str, tuple[str, Callable[[], Callable[[], object]]]] = {
    "label": ("QLabel.setText", _label_probe),
    "model": ("QAbstractTableModel.data(FontRole) through a proxy", _model_probe),
}


def measure(calls: int, keys: list[str] | None = None, report: Callable[[str], object] | None = None) -> list[Drift]:
    """Run the probes (all by default) ``calls`` times each; makes a QApplication (offscreen by default) if none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    drifts = []
    for key in keys or list(PROBES):
        name, make = PROBES[key]
        call = make()
        call()  # first call outside the count: lazy imports and caches settle
        if report is not None:
            report(f"{name} x {calls} ...")
        before = sys.getrefcount(None)
        for _ in range(calls):
            call()
        after = sys.getrefcount(None)
        drifts.append(Drift(name, calls, before, after))
        if report is not None:
            report(drifts[-1].line())
    del app
    return drifts


def binding_name() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return f"PySide6 {PySide6.__version__} (Qt {qVersion()}) on Python {sys.version.split()[0]}"


def main(argv: list[str]) -> int:
    calls = int(argv[0]) if argv else 100_000
    print(binding_name(), flush=True)
    drifts = measure(calls, argv[1:], report=lambda line: print(line, flush=True))
    faulty = [d for d in drifts if d.lost]
    print("FAULTY: None's reference count moved" if faulty else "OK: None's reference count kept", flush=True)
    return 1 if faulty else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

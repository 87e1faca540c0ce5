"""Language choice and Qt translators, shared by the GUI and the command line (QtCore only)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from dealerdesk.domain.messages import CONTEXT, DealerDeskError
from dealerdesk.paths import i18n_dir

SUPPORTED = ("zh_CN", "en")


def resolve_language(cli_lang: str | None, setting: str | None = None) -> str:
    """``--lang`` wins, then the Settings choice, then the system locale (Chinese first)."""
    for choice in (cli_lang, setting):
        if choice and choice != "system":
            return "zh_CN" if choice.lower().startswith("zh") else "en"
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def app_translator(lang: str) -> QTranslator | None:
    """DealerDesk's own strings; English is the source language and needs none."""
    if lang == "en":
        return None
    t = QTranslator()
    return t if t.load(f"dealerdesk_{lang}", str(i18n_dir())) else None


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, dialogs) from the PySide6 wheel."""
    if lang == "en":
        return None
    t = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return t if t.load(f"qtbase_{lang}", path) else None


class MessageTranslator:
    """Renders domain/service messages without a QApplication (the CLI uses it too)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._t = app_translator(lang)

    def text(self, source: str) -> str:
        if self._t is None:
            return source
        return self._t.translate(CONTEXT, source) or source

    def error(self, err: DealerDeskError) -> str:
        return err.render(self.text)

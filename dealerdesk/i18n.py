"""Language choice and Qt translators, shared by the GUI and the command line (QtCore only).

Loaded before the sign-in dialog paints (app.py): the domain's messages only where they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dealerdesk.paths import i18n_dir

if TYPE_CHECKING:
    from dealerdesk.domain.messages import DealerDeskError


def resolve_language(cli_lang: str | None, setting: str | None = None) -> str:
    """``--lang`` wins, then the choice given (the user's own, else Settings), then the system locale.

    Chinese first: only an English system starts in English; a PC set to German or Korean (a
    dealership's second-hand PC) starts in Chinese, the language of the people at the desk.
    """
    for choice in (cli_lang, setting):
        if choice and choice != "system":
            return "zh_CN" if choice.lower().startswith("zh") else "en"
    return "en" if QLocale.system().name().startswith("en") else "zh_CN"


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


class QtMnemonicFallback(QTranslator):
    """Qt's texts that its zh_CN catalogue lacks only because Qt 6 gave them an Alt letter.

    Qt 6 asks for "&Look in:" and "Files of &type:", the catalogue has "Look in:" and "Files of
    type:": the file dialogs stayed half English. Translate the text without its "&" and put the
    letter back the Chinese way, "查找范围(&L)：". Installed after ``qt``, so Qt asks it first.
    """

    def __init__(self, qt: QTranslator) -> None:
        super().__init__()
        self.qt = qt

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # None is Qt's null string, "not mine": an empty "" would be taken as the translation.
        at = source.replace("&&", "\0\0").find("&")
        if at < 0 or at + 1 >= len(source) or self.qt.translate(context, source, disambiguation, n):
            return None  # type: ignore[return-value]  # a null QString: ask the next translator
        found = self.qt.translate(context, source[:at] + source[at + 1 :], disambiguation, n)
        if not found:
            return None  # type: ignore[return-value]
        letter = f"(&{source[at + 1].upper()})"
        return f"{found[:-1]}{letter}{found[-1]}" if found[-1] in ":：" else found + letter

    def isEmpty(self) -> bool:
        return False


def translators_for(lang: str) -> list[QTranslator]:
    """Qt's own, the gap filler, DealerDesk's: in installation order (Qt asks the last one first)."""
    qt = qt_translator(lang)
    found = [qt, QtMnemonicFallback(qt) if qt is not None else None, app_translator(lang)]
    return [t for t in found if t is not None]


class AppTranslators:
    """The translators installed on the application, swapped as a whole when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.lang: str | None = None
        self.installed: list[QTranslator] = []  # kept referenced: Qt does not own them

    def use(self, lang: str) -> None:
        if lang == self.lang:
            return
        for t in self.installed:
            self.app.removeTranslator(t)
        self.installed = translators_for(lang)
        for t in self.installed:
            self.app.installTranslator(t)
        self.lang = lang


class MessageTranslator:
    """Renders domain/service messages without a QApplication (the CLI uses it too)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._t = app_translator(lang)

    def text(self, source: str) -> str:
        from dealerdesk.domain.messages import CONTEXT

        if self._t is None:
            return source
        return self._t.translate(CONTEXT, source) or source

    def error(self, err: DealerDeskError) -> str:
        return err.render(self.text)

"""A ReportLab canvas that draws each page's footer once the page count is known."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# Draws the footer of page ``page`` of ``total`` on the canvas.
FooterPainter = Callable[[Canvas, int, int], None]


def canvas_with_footer(paint: FooterPainter) -> Callable[..., Canvas]:
    """A canvas class that holds every page back until the total is known.

    Platypus lays out page by page, so "page X of Y" needs Y before any page is
    written: each finished page's state is kept, and the footers are drawn at save.
    """

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                paint(self, number, total)
                super().showPage()
            super().save()

    return FooterCanvas

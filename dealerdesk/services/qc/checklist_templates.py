"""The shipped checklist templates, read once per process.

Templates are released data that never change while the program runs, and every QC
screen needs them, so the folder is parsed on first use and kept. Tests and tools can
point at another folder with :func:`use_folder`.
"""

from __future__ import annotations

from pathlib import Path

from dealerdesk.domain.checklists import HANDOVER, ChecklistLibrary, ChecklistTemplate, load_templates
from dealerdesk.domain.vocabulary import ServiceCategory
from dealerdesk.paths import checklists_dir

_folder: Path | None = None
_library: ChecklistLibrary | None = None


def use_folder(folder: Path | None) -> None:
    """Read templates from ``folder`` from now on (None: the shipped folder)."""
    global _folder, _library
    _folder = folder
    _library = None


def library() -> ChecklistLibrary:
    global _library
    if _library is None:
        _library = load_templates(_folder or checklists_dir())
    return _library


def category_template(category: ServiceCategory, version: int | None = None) -> ChecklistTemplate:
    """The category's checklist (levels 1-3): the given version, or the newest for a new round."""
    return library().get(category, version)


def handover_template(version: int | None = None) -> ChecklistTemplate:
    """The advisor's hand-over checklist (level 4)."""
    return library().get(HANDOVER, version)

"""Saving a rendered document to disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    A viewer watching the file never sees half a PDF, and a failed write leaves the
    previous copy intact. On Windows a PDF open in Acrobat cannot be replaced, hence
    the hint in the message.
    """
    target = Path(path)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp_name, target)
    except OSError as exc:
        if temp_name is not None and os.path.exists(temp_name):
            os.unlink(temp_name)
        raise DealerDeskError(
            QT_TRANSLATE_NOOP(
                "Messages", "Cannot write {path} ({reason}). If it is open in another program, close it and try again."
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target

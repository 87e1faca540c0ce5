"""Outlet names (二级网点): shown as typed, compared in one normalised form.

People type an outlet's name by hand on each list; the same outlet comes back as ``锦江车城 ``,
``Jinjiang  Auto``, ``JINJIANG AUTO``, ``Ｊｉｎｊｉａｎｇ Auto`` (full-width, from a Chinese input
method) or with a zero-width space copied from a chat. Two names with the same :func:`outlet_key`
are the same outlet: a rename onto it is refused and a list under it goes to that outlet.
"""

from __future__ import annotations

import unicodedata


def _visible(text: str) -> str:
    """Without the invisible format characters (Unicode Cf: zero-width space and joiners, BOM, soft hyphen)."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def clean_outlet_name(text: str) -> str:
    """The name as it is stored and shown: as typed, without invisible characters, trimmed, one space inside."""
    return " ".join(_visible(text).split())


def outlet_key(text: str) -> str:
    """The form two names are compared in: NFKC (full-width letters and spaces as ASCII), case-folded,
    invisible characters dropped, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", _visible(text)).casefold())
    return " ".join(folded.split())

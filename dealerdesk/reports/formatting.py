"""Times, quantities and distances as printed (money and hours: ``dealerdesk.domain.money``)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import Decimal


def local_time(value: datetime, tz: tzinfo | None) -> str:
    """``value`` in the dealer's zone (the machine's zone when ``tz`` is None)."""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def quantity(quantity_x1000: int) -> str:
    """Thousandths as a plain number without trailing zeros: 4500 -> "4.5", 1000 -> "1"."""
    text = f"{Decimal(quantity_x1000).scaleb(-3):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def kilometres(km: int, unit: str) -> str:
    return f"{km:,} {unit}"

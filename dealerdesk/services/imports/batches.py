"""The record of one imported list (its batch): who sent it, how many rows, what became of them."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from dealerdesk.db.models import ImportBatch
from dealerdesk.services.imports.checks import Preview


def start_batch(
    s: Session,
    kind: str,
    preview: Preview[Any],
    imported_by_id: int,
    only_good_rows: bool,
    *,
    source_channel: str | None = None,
    outlet_id: int | None = None,
) -> ImportBatch:
    """The batch row, flushed for its id; the caller counts created, updated and late rows as it writes."""
    batch = ImportBatch(
        kind=kind,
        file_name=preview.file_name,
        source_channel=source_channel,
        outlet_id=outlet_id,
        only_good_rows=only_good_rows,
        rows_sent=len(preview.rows),
        rows_created=0,
        rows_updated=0,
        rows_rejected=len(preview.rejected),
        rows_late=0,
        imported_by_id=imported_by_id,
    )
    s.add(batch)
    s.flush()
    return batch

"""Which QC round the job card's empty sign-off rows belong to, and which levels they are."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dealerdesk.domain.vocabulary import QcLevel
from dealerdesk.reports import QcSignOff
from dealerdesk.reports.job_card import _still_to_sign

L1, L2, L3, L4 = QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD, QcLevel.FINAL, QcLevel.HANDOVER
START = datetime(2025, 6, 12, 7, 0, tzinfo=UTC)


def signed(*steps: tuple[int, QcLevel, bool]) -> list[QcSignOff]:
    """(round, level, passed) in the order they were signed."""
    return [
        QcSignOff(level, "签字人", START + timedelta(minutes=10 * i), passed=passed, round_no=round_no)
        for i, (round_no, level, passed) in enumerate(steps)
    ]


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ((), (1, [L1, L2, L3, L4])),  # printed at dispatch: the first round, every level
        (((1, L1, True),), (1, [L2, L3, L4])),
        (((1, L1, True), (1, L2, False)), (2, [L1, L2, L3, L4])),  # a fail ends the round
        (((1, L1, False),), (2, [L1, L2, L3, L4])),
        (((1, L1, True), (1, L2, False), (2, L1, True)), (2, [L2, L3, L4])),
        (((1, L1, True), (1, L2, True), (1, L3, True), (1, L4, False)), (2, [L1, L2, L3, L4])),
        (((1, L1, True), (1, L2, True), (1, L3, True), (1, L4, True)), (1, [])),  # all signed: no empty rows
    ],
)
def test_the_rows_still_to_sign(
    steps: tuple[tuple[int, QcLevel, bool], ...], expected: tuple[int, list[QcLevel]]
) -> None:
    assert _still_to_sign(signed(*steps)) == expected

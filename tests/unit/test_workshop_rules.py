"""Counting parts per part number: two lines of one part, issue/return arithmetic, what is unaccounted."""

from __future__ import annotations

from dealerdesk.domain.workshop_rules import (
    Movement,
    MovementKind,
    OldPart,
    check_accounts,
    check_issue,
    check_return,
    count_parts,
    format_quantity,
    unaccounted,
    unaccounted_text,
)

ISSUE, RETURN = MovementKind.ISSUE, MovementKind.RETURN


def test_counts_add_lines_of_one_part_and_keep_parts_taken_off_the_order() -> None:
    counts = count_parts(
        [("A", "空滤", 1000), ("OIL", "机油", 4000), ("A", "空滤", 1000)],
        [Movement("A", ISSUE, 2000), Movement("A", RETURN, 1000), Movement("GONE", ISSUE, 1000)],
        {"A": (1000, OldPart.SCRAPPED)},
    )
    by = {c.part_no: c for c in counts}
    assert [c.part_no for c in counts] == ["A", "OIL", "GONE"]
    assert (by["A"].ordered_x1000, by["A"].held_x1000, by["A"].unaccounted_x1000, by["A"].issuable_x1000) == (
        2000,
        1000,
        0,
        1000,
    )
    assert by["GONE"].ordered_x1000 == 0 and by["GONE"].unaccounted_x1000 == 1000
    assert [c.part_no for c in unaccounted(counts)] == ["GONE"]
    assert unaccounted_text(unaccounted(counts)) == "GONE × 1"


def test_issue_at_the_edge_of_what_the_order_needs() -> None:
    counts = {c.part_no: c for c in count_parts([("OIL", "机油", 4500)], [Movement("OIL", ISSUE, 4000)], {})}
    assert check_issue(counts, {"OIL": 500}) == []
    [over] = check_issue(counts, {"OIL": 501})
    assert over.params["left"] == "0.5"
    assert check_issue(counts, {}) != []


def test_returns_and_accounts_at_their_edges() -> None:
    counts = {c.part_no: c for c in count_parts([("B", "电瓶", 1000)], [Movement("B", ISSUE, 1000)], {})}
    assert check_return(counts, {"B": 1000}) == []
    assert check_return(counts, {"B": 1001}) != []
    assert check_accounts(counts, {"B": (1000, OldPart.CUSTOMER)}, old_parts_returned=True) == []
    assert check_accounts(counts, {"B": (1000, OldPart.CUSTOMER)}, old_parts_returned=False) != []
    assert check_accounts(counts, {"B": (0, OldPart.SCRAPPED)}, old_parts_returned=True) == []  # nothing fitted
    assert check_accounts(counts, {"B": (1001, OldPart.SCRAPPED)}, old_parts_returned=False) != []
    assert format_quantity(4500) == "4.5" and format_quantity(2000) == "2"

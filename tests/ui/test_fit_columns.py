"""Sharing a list's width among its columns (ui/widgets/fit_columns.py)."""

from __future__ import annotations

from dealerdesk.ui.widgets.fit_columns import share_room


def test_everything_fits_as_it_is() -> None:
    assert share_room([100, 200], [40, 40], 400) == [100, 200]


def test_short_columns_keep_their_text_the_long_ones_share_the_rest() -> None:
    # 400 px for 4 columns: 60 fits a share of 100 and keeps it; the others share 340 (113 each).
    assert share_room([60, 300, 250, 200], [40, 40, 40, 40], 400) == [60, 113, 113, 113]
    # Once 80 is whole, 150 fits its share too: each column that fits is whole, the rest equal.
    assert share_room([80, 150, 500], [40, 40, 40], 420) == [80, 150, 190]


def test_never_below_the_header() -> None:
    assert share_room([300, 300], [120, 50], 100) == [120, 50]


def test_a_column_held_at_its_header_leaves_the_others_the_rest() -> None:
    # 140 px: 43 fits a third; 97 left for two, 48 each, but the second's header needs 61: the first gets 36.
    assert share_room([122, 165, 43], [34, 61, 43], 140) == [36, 61, 43]

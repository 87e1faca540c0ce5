"""Outlet names: the near-duplicates people type are one name when compared, and shown as typed (cleaned)."""

from __future__ import annotations

from dealerdesk.domain.outlet_names import clean_outlet_name, outlet_key


def test_names_that_only_look_different_compare_equal() -> None:
    key = outlet_key("Jinjiang Auto 锦江车城")
    for typed in (
        "jinjiang auto 锦江车城",  # another case
        "JINJIANG  AUTO 锦江车城",  # a double space inside
        " Jinjiang Auto 锦江车城 ",  # trimmed
        "Ｊｉｎｊｉａｎｇ Auto 锦江车城",  # full-width letters (a Chinese input method)
        "Jinjiang\u3000Auto 锦江车城",  # a full-width space
        "Jin\u200bjiang Auto 锦江车城",  # a zero-width space copied from a chat
        "\ufeffJinjiang Auto 锦江\u200d车城",  # a byte-order mark, a zero-width joiner
    ):
        assert outlet_key(typed) == key, typed
    assert outlet_key("Jinjiang Auto 锦江车城二店") != key
    assert outlet_key("锦江 车城") != outlet_key("锦江车城")  # a space between words is kept (one)
    assert outlet_key("\u200b ") == ""


def test_a_name_is_shown_as_typed_only_cleaned() -> None:
    assert clean_outlet_name("  Ｊｉｎｊｉａｎｇ  Auto\u200b ") == "Ｊｉｎｊｉａｎｇ Auto"
    assert clean_outlet_name("锦江车城 ") == "锦江车城"
    assert clean_outlet_name("JinJiang\u3000\u3000Auto") == "JinJiang Auto"
    assert clean_outlet_name("\u200b") == ""

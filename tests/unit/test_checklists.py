"""Checklist templates: the shipped files, the parser's refusals, versions side by side."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from dealerdesk.domain.checklists import (
    HANDOVER,
    ChecklistItem,
    ChecklistLibrary,
    ItemKind,
    library_from_texts,
    load_templates,
    parse_template,
)
from dealerdesk.domain.messages import DealerDeskError, NotFound
from dealerdesk.domain.vocabulary import QcLevel, ServiceCategory

CHECKLISTS = Path(__file__).resolve().parents[2] / "resources" / "checklists"

HEADER = 'category = "general_repair"\nversion = 1\n'
LEVELS_1_TO_3 = "".join(
    f'\n[[items]]\ncode = "c{level}"\nlevel = {level}\nkind = "check"\nzh = "检查{level}"\nen = "Check {level}"\n'
    for level in (1, 2, 3)
)


class Raw(str):
    """A value written into the TOML as it is (to write a wrongly typed value)."""


def toml_value(value: object) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


def item_toml(**fields: object) -> str:
    """One [[items]] table: a level-1 check item "x" unless told otherwise."""
    values = {"code": "x", "level": 1, "kind": "check", "zh": "项目", "en": "Item", **fields}
    return "\n[[items]]\n" + "".join(f"{key} = {toml_value(value)}\n" for key, value in values.items())


def refusal(text: str) -> str:
    with pytest.raises(DealerDeskError) as caught:
        parse_template(text, source="t.toml")
    return str(caught.value)


# --- the shipped templates -------------------------------------------------------


def test_every_category_and_the_handover_have_a_template() -> None:
    library = load_templates(CHECKLISTS)
    assert library.missing_categories() == ()
    assert {str(t.category) for t in library.templates} == {*map(str, ServiceCategory), HANDOVER}


@pytest.mark.parametrize("category", list(ServiceCategory))
def test_category_templates_have_10_to_25_items_over_levels_1_to_3(category: ServiceCategory) -> None:
    template = load_templates(CHECKLISTS).get(category)
    assert 10 <= len(template.items) <= 25
    assert {item.level for item in template.items} == {QcLevel.SELF_CHECK, QcLevel.TEAM_LEAD, QcLevel.FINAL}


def test_handover_template_is_all_level_4_and_covers_the_essentials() -> None:
    template = load_templates(CHECKLISTS).get(HANDOVER)
    assert {item.level for item in template.items} == {QcLevel.HANDOVER}
    codes = {item.code for item in template.items}
    assert {"concerns_addressed", "car_clean", "covers_removed", "no_new_damage", "valuables_intact"} <= codes
    assert {"old_parts_as_agreed", "warning_lights_off"} <= codes


def test_the_seed_comebacks_are_checked_twice_in_general_repair() -> None:
    template = load_templates(CHECKLISTS).get(ServiceCategory.GENERAL_REPAIR)
    levels = {item.code: item.level for item in template.items}
    assert levels["fuel_system_leak"] is QcLevel.SELF_CHECK
    assert levels["l2_fuel_system_leak"] is QcLevel.TEAM_LEAD
    assert levels["steering_shaft_fitted"] is QcLevel.SELF_CHECK
    assert levels["l2_steering_shaft"] is QcLevel.TEAM_LEAD


def test_shipped_measurements_use_the_agreed_ranges() -> None:
    template = load_templates(CHECKLISTS).get(ServiceCategory.PERIODIC_MAINTENANCE)
    assert template.item("tyre_pressure").range_text == "2.2–2.6 bar"
    assert template.item("wheel_nut_torque").range_text == "110–140 N·m"
    assert template.item("brake_pad_thickness").range_text == "≥ 3 mm"


def test_shipped_road_tests() -> None:
    library = load_templates(CHECKLISTS)
    assert library.get(ServiceCategory.GENERAL_REPAIR).road_test
    assert not library.get(ServiceCategory.BODY_PAINT).road_test
    assert not library.get(HANDOVER).road_test


# --- parsing -----------------------------------------------------------------------


def test_parse_a_valid_template() -> None:
    text = HEADER + "road_test = true\n" + LEVELS_1_TO_3
    text += item_toml(code="tyre_pressure", kind="measured", unit="bar", min=2.2, max=2.6)
    template = parse_template(text)
    assert template.category is ServiceCategory.GENERAL_REPAIR
    assert template.version == 1 and template.road_test
    item = template.item("tyre_pressure")
    assert item == ChecklistItem(
        "tyre_pressure", QcLevel.SELF_CHECK, ItemKind.MEASURED, "项目", "Item", "bar", Decimal("2.2"), Decimal("2.6")
    )
    assert [i.code for i in template.items_for(QcLevel.SELF_CHECK)] == ["c1", "tyre_pressure"]
    assert template.file_name == "general_repair.v1.toml"


def test_integer_limits_become_decimals_and_one_side_is_enough() -> None:
    template = parse_template(HEADER + LEVELS_1_TO_3 + item_toml(kind="measured", unit="mm", min=3))
    item = template.item("x")
    assert (item.minimum, item.maximum) == (Decimal(3), None)
    assert item.range_text == "≥ 3 mm"


def test_range_ends_are_inclusive() -> None:
    item = ChecklistItem("p", QcLevel.SELF_CHECK, ItemKind.MEASURED, "", "", "bar", Decimal("2.2"), Decimal("2.6"))
    assert item.accepts(Decimal("2.2")) and item.accepts(Decimal("2.6"))
    assert not item.accepts(Decimal("2.19")) and not item.accepts(Decimal("2.61"))
    upper_only = ChecklistItem("m", QcLevel.TEAM_LEAD, ItemKind.MEASURED, "", "", "%", None, Decimal(3))
    assert upper_only.accepts(Decimal(-1)) and upper_only.accepts(Decimal(3)) and not upper_only.accepts(Decimal("3.1"))
    assert upper_only.range_text == "≤ 3 %"


def test_duplicate_codes_are_refused() -> None:
    assert 'item code "c1" is used twice' in refusal(HEADER + LEVELS_1_TO_3 + item_toml(code="c1"))


def test_measured_item_without_range_is_refused() -> None:
    message = refusal(HEADER + LEVELS_1_TO_3 + item_toml(kind="measured", unit="bar"))
    assert message == 'Checklist t.toml: measured item x needs a range: "min", "max" or both'


def test_measured_item_without_unit_is_refused() -> None:
    assert "needs a unit" in refusal(HEADER + LEVELS_1_TO_3 + item_toml(kind="measured", min=1))


def test_empty_range_is_refused() -> None:
    text = HEADER + LEVELS_1_TO_3 + item_toml(kind="measured", unit="bar", min=2.6, max=2.2)
    assert "min 2.6 is above max 2.2" in refusal(text)


def test_non_numeric_limit_is_refused() -> None:
    text = HEADER + LEVELS_1_TO_3 + item_toml(kind="measured", unit="bar", min="2.2")
    assert '"min" must be a number' in refusal(text)


def test_range_on_a_check_item_is_refused() -> None:
    assert "only measured items take" in refusal(HEADER + LEVELS_1_TO_3 + item_toml(unit="bar"))


@pytest.mark.parametrize("level", [0, 4, 5, "1", True])
def test_unknown_level_in_a_category_template_is_refused(level: object) -> None:
    assert "level must be one of 1, 2, 3" in refusal(HEADER + LEVELS_1_TO_3 + item_toml(level=level))


def test_handover_template_takes_level_4_only() -> None:
    text = 'category = "handover"\nversion = 1\n' + item_toml(level=1)
    assert "level must be one of 4" in refusal(text)
    assert parse_template('category = "handover"\nversion = 1\n' + item_toml(level=4)).is_handover


def test_handover_has_no_road_test() -> None:
    text = 'category = "handover"\nversion = 1\nroad_test = true\n' + item_toml(level=4)
    assert "the hand-over check has no road test" in refusal(text)


def test_every_workshop_level_needs_an_item() -> None:
    text = HEADER + item_toml(code="a", level=1) + item_toml(code="b", level=3)
    assert refusal(text) == "Checklist t.toml: no items for level 2"


def test_unknown_kind_is_refused() -> None:
    assert '"kind" must be' in refusal(HEADER + LEVELS_1_TO_3 + item_toml(kind="photo"))


def test_missing_text_is_refused() -> None:
    assert '"en" text is missing' in refusal(HEADER + LEVELS_1_TO_3 + item_toml(en="  "))


@pytest.mark.parametrize("code", ["Tyre", "1tyre", "tyre pressure", "tyre..pressure", ""])
def test_bad_codes_are_refused(code: str) -> None:
    assert '"code" must be lower-case' in refusal(HEADER + LEVELS_1_TO_3 + item_toml(code=code))


def test_unknown_keys_are_refused_not_ignored() -> None:
    assert 'unknown key "road-test"' in refusal(HEADER + '"road-test" = true\n' + LEVELS_1_TO_3)
    assert 'item #4: unknown key "mx"' in refusal(HEADER + LEVELS_1_TO_3 + item_toml(mx=3))


@pytest.mark.parametrize("version", ["0", "true", '"1"', "1.5"])
def test_version_must_be_a_whole_number_from_1(version: str) -> None:
    text = f'category = "general_repair"\nversion = {version}\n' + LEVELS_1_TO_3
    assert '"version" must be a whole number' in refusal(text)


def test_unknown_category_is_refused() -> None:
    assert '"category" must be one of' in refusal('category = "tuning"\nversion = 1\n' + LEVELS_1_TO_3)


def test_no_items_is_refused() -> None:
    assert refusal(HEADER) == "Checklist t.toml: no [[items]]"


def test_road_test_must_be_a_boolean() -> None:
    assert '"road_test" must be true or false' in refusal(HEADER + 'road_test = "yes"\n' + LEVELS_1_TO_3)


def test_invalid_toml_is_refused() -> None:
    assert refusal("category = ").startswith("Checklist t.toml is not valid TOML:")


# --- versions and loading ------------------------------------------------------------


def general_repair(version: int, extra: str = "") -> str:
    return f'category = "general_repair"\nversion = {version}\n' + LEVELS_1_TO_3 + extra


def test_versions_coexist_and_newest_is_the_default() -> None:
    library = library_from_texts(
        {
            "general_repair.v1.toml": general_repair(1),
            "general_repair.v2.toml": general_repair(2, item_toml(code="new_check")),
        }
    )
    assert library.versions(ServiceCategory.GENERAL_REPAIR) == (1, 2)
    assert library.get(ServiceCategory.GENERAL_REPAIR).version == 2
    old = library.get(ServiceCategory.GENERAL_REPAIR, 1)
    assert [item.code for item in old.items] == ["c1", "c2", "c3"]


def test_unknown_category_or_version_is_not_found() -> None:
    library = library_from_texts({"general_repair.v1.toml": general_repair(1)})
    with pytest.raises(NotFound, match="no checklist for general_repair version 7"):
        library.get(ServiceCategory.GENERAL_REPAIR, 7)
    with pytest.raises(NotFound, match="no checklist for pds"):
        library.get(ServiceCategory.PDS)
    assert ServiceCategory.PDS in library.missing_categories()
    assert HANDOVER in library.missing_categories()


def test_file_name_must_match_its_content() -> None:
    # A copy whose version was not bumped must not silently stand in for version 2.
    with pytest.raises(DealerDeskError, match=r"must be named general_repair\.v1\.toml"):
        library_from_texts({"general_repair.v2.toml": general_repair(1)})


def test_the_same_version_twice_is_refused() -> None:
    template = parse_template(general_repair(1))
    with pytest.raises(DealerDeskError, match="general_repair version 1 is defined twice"):
        ChecklistLibrary((template, template))


def test_load_templates_reads_toml_files_only(tmp_path: Path) -> None:
    (tmp_path / "general_repair.v1.toml").write_text(general_repair(1), encoding="utf-8")
    (tmp_path / "general_repair.v2.toml").write_text(general_repair(2), encoding="utf-8")
    (tmp_path / "README.md").write_text("not a template", encoding="utf-8")
    assert load_templates(tmp_path).versions(ServiceCategory.GENERAL_REPAIR) == (1, 2)


def test_load_templates_names_the_broken_file(tmp_path: Path) -> None:
    (tmp_path / "general_repair.v1.toml").write_text(general_repair(1, item_toml(code="c2")), encoding="utf-8")
    with pytest.raises(DealerDeskError, match=r'general_repair\.v1\.toml: item code "c2" is used twice'):
        load_templates(tmp_path)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DealerDeskError, match="does not exist"):
        load_templates(tmp_path / "nowhere")

"""Where the paper's font comes from, and what the user is told when there is none."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.paths import fonts_dir
from dealerdesk.reports import fonts
from dealerdesk.reports.fonts import PaperFont, paper_font


@pytest.fixture
def system_font() -> PaperFont:
    try:
        return paper_font()
    except DealerDeskError as exc:
        pytest.skip(f"no CJK TrueType font on this machine: {exc}")


@pytest.fixture
def fresh_discovery(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget the font found so far, so that discovery runs again (and is forgotten after)."""
    monkeypatch.setattr(fonts, "_discovered", None)
    yield


def test_the_font_is_found_once_per_process(system_font: PaperFont) -> None:
    started = time.perf_counter()
    again = paper_font()
    assert again is system_font
    assert time.perf_counter() - started < 0.01
    assert system_font.has_glyph("委") and system_font.has_glyph("A")


def test_an_explicit_path_is_used(system_font: PaperFont) -> None:
    assert paper_font(str(system_font.path)) is system_font  # same file: same registration


def test_an_explicit_path_that_does_not_exist_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "gone.ttf"
    with pytest.raises(DealerDeskError) as caught:
        paper_font(str(missing))
    assert str(missing) in str(caught.value)
    assert "does not exist" in str(caught.value)


def test_an_explicit_file_that_is_no_font_is_reported(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"this is not a TrueType font" * 10)
    with pytest.raises(DealerDeskError) as caught:
        paper_font(str(bogus))
    assert "cannot be used for printing" in str(caught.value)


def test_the_resources_folder_comes_before_the_system(
    system_font: PaperFont, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_discovery: None
) -> None:
    shipped = tmp_path / ("shipped" + system_font.path.suffix)
    shutil.copyfile(system_font.path, shipped)
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    assert paper_font().path == shipped.resolve()


def test_fonts_without_chinese_are_passed_over(
    system_font: PaperFont, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_discovery: None
) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.is_file():
        pytest.skip("DejaVu Sans is not installed")
    shutil.copyfile(latin, tmp_path / "a-latin-only.ttf")
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    assert paper_font().path == system_font.path


def test_preferred_names_come_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fonts" / "zen").mkdir(parents=True)
    (tmp_path / "fonts" / "zen" / "wqy-zenhei.ttc").touch()
    (tmp_path / "fonts" / "wqy-microhei.ttc").touch()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path / "no-resources")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    candidates = list(fonts._candidates())
    assert candidates.index(tmp_path / "fonts" / "wqy-microhei.ttc") < candidates.index(
        tmp_path / "fonts" / "zen" / "wqy-zenhei.ttc"
    )


@pytest.mark.parametrize(
    ("platform", "advice"),
    [("linux", "fonts-wqy-microhei"), ("win32", "msyh.ttc"), ("darwin", "WenQuanYi Micro Hei")],
)
def test_no_font_at_all_says_what_to_install(
    platform: str, advice: str, monkeypatch: pytest.MonkeyPatch, fresh_discovery: None
) -> None:
    monkeypatch.setattr(fonts, "_candidates", lambda: iter([]))
    monkeypatch.setattr(sys, "platform", platform)
    with pytest.raises(DealerDeskError) as caught:
        paper_font()
    assert advice in caught.value.render()
    assert str(fonts_dir()) in caught.value.render()

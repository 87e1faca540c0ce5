"""``dealerdesk print`` on a demo database, read back the way a printer sees the PDF (poppler)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from dealerdesk import cli
from dealerdesk.db.database import is_url, resolve_url
from tests.conftest import BACKENDS

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdffonts")),
    reason="needs poppler-utils (pdftotext, pdffonts)",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "dealerdesk", *args], capture_output=True, text=True, env=env, timeout=120
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path) -> str:
    return squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout)


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A demo database on each backend: a file path for SQLite, a URL for PostgreSQL."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    else:
        server = request.getfixturevalue("pg_server")
        name = server.create()
        db = server.url_of(name)
    out = run("demo", "--db", db, "--orders", "60", "--lang", "en")
    assert out.returncode == 0, out.stderr
    yield db
    if request.param == "postgresql":
        server.drop(name)


def real_order(db: str, status: str = "delivered") -> dict[str, object]:
    """An order of the demo as stored: the facts the paper must show."""
    engine = create_engine(resolve_url(db), poolclass=NullPool)
    try:
        with engine.connect() as con:
            # The order with the most concerns, so that "every concern" means more than one.
            order_id, number, customer, plate = con.execute(
                text(
                    "SELECT o.id, o.number, o.customer_name, o.plate FROM work_orders o "
                    "WHERE o.status = :status AND o.plate != '' "
                    "ORDER BY (SELECT count(*) FROM concerns c WHERE c.order_id = o.id) DESC, o.id LIMIT 1"
                ),
                {"status": status},
            ).one()
            concerns = list(
                con.execute(
                    text("SELECT text FROM concerns WHERE order_id = :id ORDER BY position"), {"id": order_id}
                ).scalars()
            )
    finally:
        engine.dispose()
    return {"number": number, "customer": customer, "plate": plate, "concerns": concerns}


@pytest.mark.parametrize("kind", ["jobcard", "workorder"])
def test_the_order_reads_back_from_the_pdf(demo: str, tmp_path: Path, kind: str) -> None:
    order = real_order(demo)
    target = tmp_path / f"{kind}.pdf"
    out = run("print", kind, str(order["number"]), "--db", str(demo), "-o", str(target), "--lang", "zh_CN")
    assert out.returncode == 0, out.stderr
    assert str(target) in out.stdout
    text = pdf_text(target)
    assert str(order["number"]) in text
    assert str(order["customer"]) in text
    assert str(order["plate"]) in text
    concerns = order["concerns"]
    assert isinstance(concerns, list) and len(concerns) >= 2
    for concern in concerns:
        assert squash(concern) in text, concern
    assert ("维修派工单" if kind == "jobcard" else "维修委托书") in text


@pytest.mark.parametrize("kind", ["jobcard", "workorder"])
def test_every_font_is_embedded(demo: str, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "paper.pdf"
    out = run("print", kind, str(real_order(demo)["number"]), "--db", str(demo), "-o", str(target), "--lang", "en")
    assert out.returncode == 0, out.stderr
    listing = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        # name type encoding emb sub uni object ID: the ID is two numbers, so "emb" is 5th from the right.
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), listing  # embedded, as a subset


def test_english_labels(demo: str, tmp_path: Path) -> None:
    number = str(real_order(demo)["number"])
    english, chinese = tmp_path / "en.pdf", tmp_path / "zh.pdf"
    assert run("print", "jobcard", number, "--db", str(demo), "-o", str(english), "--lang", "en").returncode == 0
    assert run("print", "jobcard", number, "--db", str(demo), "-o", str(chinese), "--lang", "zh_CN").returncode == 0
    en, zh = pdf_text(english), pdf_text(chinese)
    for label in ("WorkshopJobCard", "Customerconcerns", "Plate", "Level1"):
        assert label in en and label not in zh, label
    assert "维修派工单" in zh and "维修派工单" not in en
    assert number in en and number in zh


def test_unknown_order_writes_nothing(demo: str, tmp_path: Path) -> None:
    target = tmp_path / "nothing.pdf"
    out = run("print", "jobcard", "WO19990101-9999", "--db", str(demo), "-o", str(target), "--lang", "en")
    assert out.returncode == 2
    assert "There is no work order WO19990101-9999" in out.stderr and "Traceback" not in out.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []


@pytest.fixture
def copy(demo: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A copy of the demo database that a test may change."""
    if not is_url(demo):
        target = tmp_path / "copy.sqlite"
        shutil.copy(demo, target)
        yield str(target)
        return
    server = request.getfixturevalue("pg_server")
    name = server.create(template=make_url(demo).database)
    yield server.url_of(name)
    server.drop(name)


def change(db: str, sql: str, params: dict[str, object]) -> None:
    engine = create_engine(resolve_url(db), poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text(sql), params)
    engine.dispose()


def test_a_draft_is_refused(copy: str, tmp_path: Path) -> None:
    number = str(real_order(copy)["number"])
    change(copy, "UPDATE work_orders SET status = 'draft' WHERE number = :n", {"n": number})
    target = tmp_path / "d.pdf"
    out = run("print", "workorder", number, "--db", copy, "-o", str(target), "--lang", "en")
    assert out.returncode == 2 and f"Work order {number} is still a draft" in out.stderr
    assert not target.exists()


def test_unwritable_output(demo: str, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "x.pdf"
    out = run("print", "jobcard", str(real_order(demo)["number"]), "--db", str(demo), "-o", str(target), "--lang", "en")
    assert out.returncode == 2
    assert f"Cannot write {target}" in out.stderr and "Traceback" not in out.stderr
    assert not target.parent.exists()


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    db = tmp_path / "typo.sqlite"
    out = run("print", "jobcard", "WO1", "--db", str(db), "-o", str(tmp_path / "x.pdf"), "--lang", "en")
    assert out.returncode == 2 and "does not exist" in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_font_from_settings_that_is_gone(copy: str, tmp_path: Path) -> None:
    change(copy, "DELETE FROM settings WHERE key = 'font_path'", {})
    change(copy, "INSERT INTO settings (key, value) VALUES ('font_path', :v)", {"v": json.dumps("/nowhere/msyh.ttc")})
    target = tmp_path / "x.pdf"
    out = run("print", "jobcard", str(real_order(copy)["number"]), "--db", copy, "-o", str(target), "--lang", "en")
    assert out.returncode == 2
    assert "The font file /nowhere/msyh.ttc set in Settings does not exist." in out.stderr
    assert not target.exists()


def test_no_font_anywhere_says_what_to_install(
    demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PC without any Chinese TrueType font: the search finds nothing, the message names the package."""
    from dealerdesk.reports import fonts

    monkeypatch.setattr(fonts, "_discovered", None)
    monkeypatch.setattr(fonts, "_candidates", lambda: iter(()))
    target = tmp_path / "x.pdf"
    number = str(real_order(demo)["number"])
    code = cli.main(["print", "jobcard", number, "--db", str(demo), "-o", str(target), "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2
    assert "No Chinese TrueType font was found" in err
    assert "fonts-wqy-microhei" in err  # what to install, on this (Linux) machine
    assert not target.exists()

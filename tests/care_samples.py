"""Sales lists as the sales side and the outlets send them, for the import tests (db and ui)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

from dealerdesk.db.database import Database
from dealerdesk.domain.roles import Role
from dealerdesk.domain.validation import with_check_digit
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from tests.helpers import PASSWORD


def vin(n: int) -> str:
    """A valid Chinese VIN (SAIC Volkswagen), numbered."""
    return with_check_digit(f"LSVAU2180N{n:07d}")


def bad_check_digit(n: int) -> str:
    right = vin(n)
    return right[:8] + ("0" if right[8] != "0" else "1") + right[9:]


def care_user(db: Database, admin: Actor, username: str = "care1", name: str = "刘客服") -> Actor:
    view = users.create_user(db, admin, username, name, PASSWORD, {Role.CUSTOMER_CARE}, "")
    return Actor(view.id, view.username, view.full_name, view.roles)


HEADER_ZH = ["车架号", "车牌号", "车型", "颜色", "销售日期", "车主姓名", "车主手机", "联系人", "联系人电话", "用途"]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER_ZH, encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx_merged(path: Path, rows: list[list[object]]) -> Path:
    """An outlet's own sheet: a title merged across, then a two-level header whose group cells are merged.

    Row 1: 星河汽车二级网点 11月销售明细 (merged A1:J1)
    Row 2: 车架号 | 车型 | 销售日期 | 车主, 联系人, 使用人 (each merged over 2 columns) | 用途
           (车架号, 车型, 销售日期 and 用途 merged down over rows 2-3)
    Row 3:        |      |          | 姓名 | 手机 | 姓名 | 电话 | 姓名 | 电话 |
    """
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "星河汽车二级网点 11月销售明细"
    sheet.merge_cells("A1:J1")
    for col, title in (("A", "车架号"), ("B", "车型"), ("C", "销售日期"), ("J", "用途")):
        sheet[f"{col}2"] = title
        sheet.merge_cells(f"{col}2:{col}3")
    for first, last, title in (("D", "E", "车主"), ("F", "G", "联系人"), ("H", "I", "使用人")):
        sheet[f"{first}2"] = title
        sheet.merge_cells(f"{first}2:{last}2")
    for col, title in zip("DEFGHI", ("姓名", "手机", "姓名", "电话", "姓名", "电话"), strict=True):
        sheet[f"{col}3"] = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path

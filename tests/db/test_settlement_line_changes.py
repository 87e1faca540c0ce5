"""The final lines changed at settlement with a reason (audited before/after), the VAT shown when
Settings asks, and the other desks' money figures reading the settled amounts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import ValidationError
from dealerdesk.domain.payments import PaymentMethod
from dealerdesk.domain.settlement_rules import LINES, LineKind, Payer, Payment, vat_in
from dealerdesk.services import audit
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import sales
from dealerdesk.services.rework.views import load_order_briefs
from dealerdesk.services.settings import get_settings, save_settings
from dealerdesk.services.settlement import settle
from dealerdesk.services.settlement.settle import LineChoice
from tests.db.migration_helpers import down_and_up
from tests.db.package_helpers import FIVE_SERVICES, make_ready, order_with, template_id, vehicle_of
from tests.helpers import UserSet

CUSTOMER = LineChoice(Payer.CUSTOMER)


@pytest.fixture
def ready(db: Database, people: UserSet) -> int:
    """A ready order: labour 300.00 and the oil filter 88.00 (estimate 388.00)."""
    order_id = order_with(db, people)
    make_ready(db, people, order_id)
    return order_id


def test_a_line_changed_at_settlement_needs_a_reason_and_is_audited(db: Database, people: UserSet, ready: int) -> None:
    cheaper = LineChoice(Payer.CUSTOMER, amount_fen=80_00)
    with pytest.raises(ValidationError) as err:
        settle.settle(db, people.advisor, ready, [CUSTOMER, cheaper], [Payment(PaymentMethod.CASH, 380_00)])
    [problem] = err.value.problems
    assert problem.field == LINES and problem.params == {"row": 2, "was": "88.00", "now": "80.00"}
    assert settle.load_current(db, ready) is None  # nothing written
    why = replace(cheaper, reason="  客户自带机滤，只收工时差价  ")
    st = settle.settle(db, people.advisor, ready, [CUSTOMER, why], [Payment(PaymentMethod.CASH, 380_00)])
    assert (st.gross_fen, st.net_fen, st.customer_fen, st.balance_fen) == (380_00, 380_00, 380_00, 0)
    labour, part = st.lines
    assert (labour.kind, labour.changed, part.kind, part.changed) == (LineKind.LABOUR, False, LineKind.PARTS, True)
    assert (part.order_amount_fen, part.amount_fen, part.change_reason) == (88_00, 80_00, "客户自带机滤，只收工时差价")
    entry = audit.list_entries(db, "work_order", ready)[-1]
    assert (entry.action, entry.user) == ("settle", "李晓明") and entry.at >= st.settled_at
    assert entry.changes["line_changes"] == [[2, part.description, 88_00, 80_00, "客户自带机滤，只收工时差价"]]


def test_the_same_amount_typed_again_is_no_change(db: Database, people: UserSet, ready: int) -> None:
    same = LineChoice(Payer.CUSTOMER, amount_fen=88_00)
    st = settle.settle(db, people.advisor, ready, [CUSTOMER, same], [Payment(PaymentMethod.CASH, 388_00)])
    assert not any(x.changed for x in st.lines)
    assert "line_changes" not in audit.list_entries(db, "work_order", ready)[-1].changes


def test_vat_is_shown_only_when_settings_ask(db: Database, people: UserSet, ready: int) -> None:
    assert settle.prepare(db, ready).vat_rate_pct is None
    save_settings(db, people.manager, replace(get_settings(db), show_vat=True, vat_rate_pct=13))
    assert settle.prepare(db, ready).vat_rate_pct == 13
    st = settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.CASH, 388_00)])
    assert (st.vat_rate_pct, st.vat_fen) == (13, 44_64)  # 388.00 x 13 / 113 = 44.637 -> 44.64
    save_settings(db, people.manager, replace(get_settings(db), show_vat=False))
    assert settle.load_current(db, ready) == st  # the statement reprints the VAT it showed
    with pytest.raises(ValidationError, match="VAT rate"):
        save_settings(db, people.manager, replace(get_settings(db), vat_rate_pct=101))


def test_vat_rounds_half_up_on_the_total() -> None:
    assert [vat_in(fen, 13) for fen in (113_00, 1, 4, 5, 0)] == [13_00, 0, 0, 1, 0]  # 5 x 13/113 = 0.575 -> 1
    assert vat_in(388_00, 0) == 0


def test_the_rework_brief_reads_the_settled_amounts(db: Database, people: UserSet, ready: int) -> None:
    with db.read() as s:
        assert (load_order_briefs(s, [ready])[ready].labour_fen, load_order_briefs(s, [ready])[ready].parts_fen) == (
            300_00,
            88_00,
        )
    fixed = LineChoice(Payer.CUSTOMER, amount_fen=250_00, reason="返工减免")
    settle.settle(db, people.advisor, ready, [fixed, CUSTOMER], [Payment(PaymentMethod.CASH, 338_00)])
    with db.read() as s:
        brief = load_order_briefs(s, [ready])[ready]
    assert (brief.labour_fen, brief.parts_fen) == (250_00, 88_00)
    settle.correct(
        db,
        people.manager,
        ready,
        "机滤保修",
        [fixed, LineChoice(Payer.WARRANTY, "W-1")],
        [Payment(PaymentMethod.CASH, 250_00)],
    )
    with db.read() as s:
        assert load_order_briefs(s, [ready])[ready].parts_fen == 88_00  # still what was settled, whoever pays


def test_migration_0026_names_the_kind_of_lines_already_settled(db: Database, people: UserSet, ready: int) -> None:
    settle.settle(db, people.advisor, ready, [CUSTOMER, CUSTOMER], [Payment(PaymentMethod.CASH, 388_00)])
    down_and_up(db, "0025")
    st = settle.load_current(db, ready)
    assert st is not None and [x.kind for x in st.lines] == [LineKind.LABOUR, LineKind.PARTS]
    with db.read() as s:
        assert settle.settled_amounts(s, [ready]) == {ready: (300_00, 88_00)}


def test_a_line_names_the_package_it_uses(db: Database, people: UserSet) -> None:
    first = order_with(db, people)
    work_orders.cancel_order(db, people.advisor, first, "改期")
    sale = sales.sell_package(
        db, people.advisor, template_id(db, FIVE_SERVICES), vehicle_of(db, first), PaymentMethod.CASH
    )
    order_id = order_with(db, people, package_sale_id=sale.id)
    make_ready(db, people, order_id)
    draft = settle.prepare(db, order_id)
    assert all(x.description.endswith(f" {sale.number}]") for x in draft.lines)  # both lines use the package
    assert [x.discount_fen for x in draft.lines] == [30_00, 8_80]

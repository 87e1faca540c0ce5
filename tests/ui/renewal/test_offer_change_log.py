"""The work order's change log tells a 续保前移 hand-over in words, in either language: the settlement, the offer
recorded, each correction with its fields before and after and its reason; never an audit key."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from dealerdesk.app import install_translators
from dealerdesk.db.database import Database
from dealerdesk.domain.renewal_offer_rules import DEFAULT_PACKAGES, DeclineReason, OfferAnswer, OfferResult
from dealerdesk.services import audit
from dealerdesk.services.renewal import offers
from dealerdesk.ui.orders.order_history_model import ChangeLogModel
from tests.db.test_renewal_offers import claim_order
from tests.helpers import UserSet

PACKAGE = DEFAULT_PACKAGES[1].name  # two vouchers: money off and towing
ACTIONS = ("settle", "renewal_offer", "correct_renewal_offer", "correct_renewal_offer")


@pytest.fixture
def log(db: Database, people: UserSet) -> tuple[ChangeLogModel, tuple[str, ...]]:
    """The change log of a claim repair settled, its offer recorded, its amount corrected, then its answer."""
    order_id = claim_order(db, people, 12_000_00)
    recorded = offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=2_000_00, package_name=PACKAGE
    )
    fixed = OfferAnswer(OfferResult.PREPAID, 2_500_00, PACKAGE)
    offers.correct_offer(db, people.advisor, order_id, 1, fixed, "收款单上是2500元")
    declined = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE)
    offers.correct_offer(db, people.manager, order_id, 2, declined, "客户没有预交")
    model = ChangeLogModel()
    model.set_rows([e for e in audit.list_entries(db, "work_order", order_id) if e.action in ACTIONS])
    return model, recorded.voucher_codes


def shown(model: ChangeLogModel) -> list[tuple[str, str]]:
    return [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_the_offer_its_corrections_and_the_settlement_in_words(
    qtmodeltester, log: tuple[ChangeLogModel, tuple[str, ...]]
) -> None:  # type: ignore[no-untyped-def]
    model, codes = log
    qtmodeltester.check(model)
    assert shown(model) == [
        ("Settled", "final amount 12,000.00 CNY, the customer's share 0.00 CNY"),
        ("Renewal offer recorded (续保前移)", f"Prepaid 2,000.00 CNY; gift {PACKAGE}; vouchers {', '.join(codes)}"),
        ("Renewal offer corrected", "prepaid amount: 2,000.00 → 2,500.00; reason: 收款单上是2500元"),
        (
            "Renewal offer corrected",
            f"answer: Prepaid → Declined; prepaid amount: 2,500.00 → —; gift package: {PACKAGE} → —; "
            "declined because: — → Price; reason: 客户没有预交",
        ),
    ]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    yield
    for t in installed:
        qapp.removeTranslator(t)


def test_the_chinese_log_names_no_audit_key_and_keeps_the_reasons(
    log: tuple[ChangeLogModel, tuple[str, ...]], chinese: None
) -> None:
    model, _ = log
    rows = shown(model)
    assert [what for what, _ in rows] == ["结算", "记录续保邀约（续保前移）", "更正续保邀约", "更正续保邀约"]
    assert rows[2][1] == "预存金额：2,000.00 → 2,500.00；原因：收款单上是2500元"
    assert rows[3][1].endswith("；原因：客户没有预交") and "拒绝原因：— → 价格" in rows[3][1]
    for what, details in rows:
        assert not re.search(r"[a-z]+_[a-z_]+|[A-Z][a-z]+", what + details), (what, details)

"""续保前移 at hand-over: delivery waits for the offer of a large claim repair; a prepayment puts the gift
package's vouchers on the car (the towing one redeemable later) and the advisor's bonus in the ledger."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.order_rules import LabourLineInput
from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource
from dealerdesk.domain.renewal_offer_rules import (
    DEFAULT_PACKAGES,
    PREPAY,
    DeclineReason,
    GiftPackage,
    OfferAnswer,
    OfferResult,
    OfferTerms,
    terms_to_dict,
)
from dealerdesk.domain.vocabulary import OrderStatus, PaymentType, ServiceCategory
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import vouchers
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.qc import rounds as qc
from dealerdesk.services.renewal import bonus, offers
from dealerdesk.services.settings import get_settings, save_settings
from tests.db.package_helpers import deliver, make_ready, order_with, vehicle_of
from tests.db.raw_sql import RawConnection, raw_connection, refused_errors
from tests.db.settlement_helpers import settle_in_full
from tests.helpers import UserSet
from tests.order_samples import complete_order


def claim_order(db: Database, people: UserSet, amount_fen: int, *, claim: bool = True) -> int:
    """A ready, settled accident repair whose final amount is ``amount_fen``."""
    data = complete_order(technician_id=people.tech.id, checked_in_at=utcnow() - timedelta(hours=3))
    data = replace(
        data,
        category=ServiceCategory.INSURANCE_CLAIM if claim else ServiceCategory.GENERAL_REPAIR,
        payment_type=PaymentType.INSURANCE if claim else PaymentType.CUSTOMER,
        labour_lines=[LabourLineInput("钣金喷漆", 100, amount_fen, people.tech.id)],
        parts_lines=[],
        estimate_fen=amount_fen,
    )
    order_id = work_orders.open_order(db, people.advisor, data).id
    make_ready(db, people, order_id)
    settle_in_full(db, people.advisor, order_id)
    return order_id


@pytest.mark.parametrize(("amount_fen", "due"), [(4_999_99, False), (5_000_00, True)])
def test_delivery_of_a_claim_repair_from_5000_yuan_waits_for_the_offer(
    db: Database, people: UserSet, amount_fen: int, due: bool
) -> None:
    order_id = claim_order(db, people, amount_fen)
    state = offers.offer_state(db, order_id)
    assert (state.is_claim, state.final_fen, state.due) == (True, amount_fen, due)
    if not due:
        qc.deliver(db, people.advisor, order_id)
        assert work_orders.load_order(db, order_id).status is OrderStatus.DELIVERED
        return
    with pytest.raises(DealerDeskError, match="record the renewal offer") as refused:
        qc.deliver(db, people.advisor, order_id)
    assert "5,000.00" in str(refused.value)
    assert work_orders.load_order(db, order_id).status is OrderStatus.READY
    offers.record_offer(db, people.advisor, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    qc.deliver(db, people.advisor, order_id)
    assert work_orders.load_order(db, order_id).status is OrderStatus.DELIVERED


def test_a_large_repair_that_is_no_claim_is_delivered_without_an_offer(db: Database, people: UserSet) -> None:
    order_id = claim_order(db, people, 30_000_00, claim=False)
    assert not offers.offer_state(db, order_id).due
    with pytest.raises(DealerDeskError, match="needs no renewal offer"):
        offers.record_offer(db, people.advisor, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    qc.deliver(db, people.advisor, order_id)


@pytest.mark.parametrize(
    ("amount_fen", "package"),
    [(10_000_00, 0), (20_000_00, 1), (20_000_01, 2)],
)
def test_a_prepayment_puts_the_bands_package_on_the_car_and_50_yuan_in_the_ledger(
    db: Database, people: UserSet, amount_fen: int, package: int
) -> None:
    order_id = claim_order(db, people, amount_fen)
    chosen = DEFAULT_PACKAGES[package]
    assert [p.name for p in offers.offer_state(db, order_id).packages] == [chosen.name]
    view = offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=2_000_00, package_name=chosen.name
    )
    assert (view.claim_fen, view.prepay_fen, view.package_worth_fen) == (amount_fen, 2_000_00, chosen.worth_fen)
    on_car = vouchers.vehicle_vouchers(db, vehicle_of(db, order_id))
    assert sorted(v.code for v in on_car) == sorted(view.voucher_codes)
    assert {(v.terms.kind, v.terms.source, v.terms.value_fen, v.terms.service) for v in on_car} == {
        (VoucherKind.VALUE, VoucherSource.RENEWAL, chosen.value_fen, ""),
        *([(VoucherKind.SERVICE, VoucherSource.RENEWAL, chosen.service_fen, chosen.service)] if chosen.service else []),
    }
    today = local_day(utcnow())
    report = bonus.bonus_month(db, people.manager, today.year, today.month)
    assert [(a.advisor_name, a.offers, a.prepaid, a.prepaid_fen, a.bonus_fen) for a in report.advisors] == [
        ("李晓明", 1, 1, 2_000_00, 50_00)
    ]
    assert report.offers[0].package_name == chosen.name
    qc.deliver(db, people.advisor, order_id)


def test_the_towing_voucher_is_redeemed_on_a_later_work_order(db: Database, people: UserSet) -> None:
    order_id = claim_order(db, people, 15_000_00)
    view = offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=1_000_00, package_name=DEFAULT_PACKAGES[1].name
    )
    qc.deliver(db, people.advisor, order_id)
    towing = next(
        v for v in vouchers.vehicle_vouchers(db, vehicle_of(db, order_id)) if v.terms.kind is VoucherKind.SERVICE
    )
    assert towing.code in view.voucher_codes
    later = order_with(db, people, voucher_id=towing.id)
    deliver(db, people, later)
    used = vouchers.load_voucher(db, towing.id)
    assert used.redeemed_order_number == work_orders.load_order(db, later).number
    assert used.redeemed_discount_fen == 388_00  # the two lines (300.00 + 88.00), under the 500.00 it is worth


def test_a_bad_answer_is_refused_whole_and_an_offer_is_recorded_once(db: Database, people: UserSet) -> None:
    order_id = claim_order(db, people, 8_000_00)
    with pytest.raises(ValidationError) as bad:
        offers.record_offer(
            db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=500_00, package_name=DEFAULT_PACKAGES[0].name
        )
    assert [p.field for p in bad.value.problems] == [PREPAY]
    assert vouchers.vehicle_vouchers(db, vehicle_of(db, order_id)) == []
    assert offers.offer_state(db, order_id).offer is None
    offers.record_offer(
        db, people.advisor, order_id, OfferResult.DECLINED, decline=DeclineReason.OTHER, note="明年车要卖掉"
    )
    with pytest.raises(DealerDeskError, match="recorded already"):
        offers.record_offer(db, people.advisor, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    state = offers.offer_state(db, order_id)
    assert state.offer is not None and state.offer.note == "明年车要卖掉"
    today = local_day(utcnow())
    report = bonus.bonus_month(db, people.manager, today.year, today.month)
    assert [(a.offers, a.declined, a.bonus_fen) for a in report.advisors] == [(1, 1, 0)]


def test_a_technician_records_no_offer_and_an_advisor_sees_only_their_own_bonus(db: Database, people: UserSet) -> None:
    order_id = claim_order(db, people, 6_000_00)
    with pytest.raises(PermissionDenied):
        offers.record_offer(db, people.tech, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=3_000_00, package_name=DEFAULT_PACKAGES[0].name
    )
    today = local_day(utcnow())
    assert bonus.bonus_month(db, people.advisor2, today.year, today.month).advisors == ()
    assert bonus.bonus_month(db, people.advisor, today.year, today.month).bonus_fen == 50_00


def test_the_bands_packages_and_bonus_come_from_settings(db: Database, people: UserSet) -> None:
    terms = OfferTerms(
        min_claim_fen=3_000_00,
        bonus_fen=80_00,
        packages=(GiftPackage(None, "全年免费洗车", 0, "全年免费洗车", 600_00),),
    )
    save_settings(db, people.manager, replace(get_settings(db), renewal_offer=terms_to_dict(terms)))
    order_id = claim_order(db, people, 3_500_00)
    assert offers.offer_state(db, order_id).due
    offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=1_500_00, package_name="全年免费洗车"
    )
    today = local_day(utcnow())
    assert bonus.bonus_month(db, people.manager, today.year, today.month).bonus_fen == 80_00
    with pytest.raises(ValidationError, match="no upper amount"):
        save_settings(
            db,
            people.manager,
            replace(get_settings(db), renewal_offer=terms_to_dict(replace(terms, packages=()))),
        )


@pytest.fixture
def raw(db: Database) -> Iterator[RawConnection]:
    with raw_connection(db) as conn:
        yield conn


def test_the_database_keeps_offers_and_bonus_rows_as_recorded(
    db: Database, people: UserSet, raw: RawConnection
) -> None:
    order_id = claim_order(db, people, 9_000_00)
    offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=1_000_00, package_name=DEFAULT_PACKAGES[0].name
    )
    for sql in (
        "UPDATE renewal_offers SET prepay_fen = 3000000 WHERE order_id = ?",
        "DELETE FROM renewal_offers WHERE order_id = ?",
        "UPDATE renewal_bonus_ledger SET amount_fen = 500000 WHERE advisor_id = ?",
        "DELETE FROM renewal_bonus_ledger WHERE advisor_id = ?",
    ):
        # An offer is corrected only with its version raised and its corrector named (test_renewal_offer_corrections).
        with pytest.raises(refused_errors(), match=r"append-only|never deleted"):
            raw.execute(sql, (order_id if "offers" in sql else people.advisor.id,))
    state = offers.offer_state(db, order_id)
    assert state.offer is not None and state.offer.prepay_fen == 1_000_00


def test_the_insurance_desk_records_it_and_the_bonus_is_the_orders_advisors(db: Database, people: UserSet) -> None:
    from tests.db.test_renewal_losses import specialist

    desk = specialist(db, people, "rs1", "赵续保")
    order_id = claim_order(db, people, 25_000_00)
    view = offers.record_offer(
        db, desk, order_id, OfferResult.PREPAID, prepay_fen=3_000_00, package_name=DEFAULT_PACKAGES[2].name
    )
    assert view.advisor_name == "李晓明" and view.package_worth_fen == 2_000_00
    today = local_day(utcnow())
    assert [
        (a.advisor_name, a.bonus_fen) for a in bonus.bonus_month(db, people.manager, today.year, today.month).advisors
    ] == [("李晓明", 50_00)]


def test_the_database_refuses_a_correction_behind_the_services_back(
    db: Database, people: UserSet, raw: RawConnection
) -> None:
    order_id = claim_order(db, people, 8_000_00)
    offers.record_offer(
        db, people.advisor, order_id, OfferResult.PREPAID, prepay_fen=2_000_00, package_name=DEFAULT_PACKAGES[0].name
    )
    offers.correct_offer(
        db, people.manager, order_id, 1, OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE), "x"
    )
    stamped = raw.execute("SELECT corrected_at FROM renewal_offers WHERE order_id = ?", (order_id,)).fetchone()[0]
    for sql in (
        "UPDATE renewal_offers SET prepay_fen = 3000000 WHERE order_id = ?",  # no version, no corrector
        "UPDATE renewal_offers SET claim_fen = 1, version = version + 1 WHERE order_id = ?",
        # The first correction's corrector and time are on the row: an UPDATE cannot ride on them.
        "UPDATE renewal_offers SET result = 'declined', prepay_fen = 99, version = version + 1 WHERE order_id = ?",
        "DELETE FROM renewal_offers WHERE order_id = ?",
    ):
        with pytest.raises(refused_errors(), match="never deleted"):
            raw.execute(sql, (order_id,))
    correction = "UPDATE renewal_offers SET note = 'ok', version = version + 1, corrected_by_id = ?, corrected_at = ? "
    for not_later in (stamped, _stamp(raw, stamped, timedelta(microseconds=-1))):
        with pytest.raises(refused_errors(), match="later than the last correction"):
            raw.execute(correction + "WHERE order_id = ?", (people.manager.id, not_later, order_id))
    with pytest.raises(refused_errors(), match="voided voucher is final"):
        raw.execute("UPDATE vouchers SET voided_at = NULL WHERE voided_at IS NOT NULL")
    with pytest.raises(refused_errors(), match="append-only"):
        raw.execute("DELETE FROM renewal_bonus_ledger WHERE amount_fen < 0")
    later = _stamp(raw, stamped, timedelta(microseconds=1))
    raw.execute(correction + "WHERE order_id = ?", (people.manager.id, later, order_id))


def _stamp(raw: RawConnection, stored: object, shift: timedelta) -> object:
    """A stored time moved by ``shift``, as the driver takes it (SQLite: the text SQLAlchemy writes)."""
    if raw.postgresql:
        assert isinstance(stored, datetime)
        return stored + shift
    return (datetime.fromisoformat(str(stored)) + shift).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_a_correction_after_one_from_a_pc_whose_clock_runs_ahead_is_stamped_after_it(
    db: Database, people: UserSet, raw: RawConnection
) -> None:
    order_id = claim_order(db, people, 8_000_00)
    offers.record_offer(db, people.advisor, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    ahead = utcnow() + timedelta(minutes=5)
    note = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE, note="前台电脑时间快了")
    offers.correct_offer(db, people.manager, order_id, 1, note, "补备注", now=ahead)
    fixed = replace(note, decline=DeclineReason.DECIDE_LATER)
    assert offers.correct_offer(db, people.advisor, order_id, 2, fixed, "原因录错").version == 3
    [stored] = raw.execute("SELECT corrected_at FROM renewal_offers WHERE order_id = ?", (order_id,)).fetchone()
    stored = stored if raw.postgresql else datetime.fromisoformat(stored)
    assert stored == ahead.astimezone(UTC).replace(tzinfo=None) + timedelta(microseconds=1)

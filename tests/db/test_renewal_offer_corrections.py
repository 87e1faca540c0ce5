"""A recorded 续保前移 offer is corrected by the one who recorded it or a manager, with a reason, against the
version they opened: the audit log keeps the before, the after and why; the bonus report reads the corrected
answer; a changed gift voids the old vouchers (a redeemed one refuses it) and a changed outcome moves the bonus."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest
from alembic.util import CommandError

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.migrate import current_revision, head_revision
from dealerdesk.domain.messages import ConflictError, DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.renewal_offer_rules import (
    DEFAULT_PACKAGES,
    PREPAY,
    REASON,
    DeclineReason,
    OfferAnswer,
    OfferResult,
    OfferTerms,
    terms_to_dict,
)
from dealerdesk.domain.vocabulary import OrderStatus
from dealerdesk.services import audit
from dealerdesk.services.orders import work_orders
from dealerdesk.services.packages import redemption, vouchers
from dealerdesk.services.packages.common import local_day
from dealerdesk.services.renewal import bonus, offers
from dealerdesk.services.settings import get_settings, save_settings
from dealerdesk.services.settlement import settle
from tests.db.migration_helpers import down_and_up
from tests.db.package_helpers import deliver, make_ready, order_with, vehicle_of
from tests.db.raw_sql import raw_connection
from tests.db.settlement_helpers import settle_in_full
from tests.db.test_renewal_offers import claim_order
from tests.helpers import UserSet

PACKAGE = DEFAULT_PACKAGES[0].name  # 800元礼包, the band of a 8,000-yuan claim
PREPAID = OfferAnswer(OfferResult.PREPAID, 2_000_00, PACKAGE)


def recorded(db: Database, people: UserSet, answer: OfferAnswer = PREPAID) -> int:
    order_id = claim_order(db, people, 8_000_00)
    offers.record_offer(
        db,
        people.advisor,
        order_id,
        answer.result,
        prepay_fen=answer.prepay_fen,
        package_name=answer.package_name,
        decline=answer.decline,
        note=answer.note,
    )
    return order_id


def month(db: Database, people: UserSet) -> bonus.BonusMonth:
    today = local_day(utcnow())
    return bonus.bonus_month(db, people.manager, today.year, today.month)


def test_a_typed_amount_is_corrected_with_a_reason_audited_and_read_by_the_bonus_report(
    db: Database, people: UserSet
) -> None:
    order_id = recorded(db, people)
    before = offers.offer_state(db, order_id).offer
    assert before is not None and before.version == 1 and before.recorded_by_name == "李晓明"
    fixed = OfferAnswer(OfferResult.PREPAID, 2_500_00, PACKAGE)

    with pytest.raises(ValidationError) as no_reason:
        offers.correct_offer(db, people.advisor, order_id, 1, fixed, "   ")
    assert [p.field for p in no_reason.value.problems] == [REASON]
    with pytest.raises(ValidationError) as absurd:
        offers.correct_offer(db, people.advisor, order_id, 1, OfferAnswer(OfferResult.PREPAID, -5_00, PACKAGE), "x")
    assert [p.field for p in absurd.value.problems] == [PREPAY]
    with pytest.raises(ValidationError, match="Nothing was changed"):
        offers.correct_offer(db, people.advisor, order_id, 1, PREPAID, "看错了")
    assert offers.offer_state(db, order_id).offer == before  # nothing written by a refusal

    view = offers.correct_offer(db, people.advisor, order_id, 1, fixed, "  收款单上是2500元，录成了2000  ")
    assert (view.prepay_fen, view.version, view.voucher_codes) == (2_500_00, 2, before.voucher_codes)
    entry = audit.list_entries(db, "work_order", order_id)[-1]
    assert (entry.action, entry.user) == ("correct_renewal_offer", "李晓明")
    assert entry.changes == {"prepay_fen": [2_000_00, 2_500_00], "reason": "收款单上是2500元，录成了2000", "version": 2}
    [correction] = view.corrections
    assert (correction.by_name, correction.reason) == ("李晓明", "收款单上是2500元，录成了2000")
    assert correction.changes == {"prepay_fen": [2_000_00, 2_500_00]}

    report = month(db, people)
    assert [(a.prepaid, a.prepaid_fen, a.bonus_fen) for a in report.advisors] == [(1, 2_500_00, 50_00)]
    assert report.offers[0].prepay_fen == 2_500_00


def test_the_wrong_outcome_takes_the_gift_and_bonus_back_and_the_right_one_gives_them(
    db: Database, people: UserSet
) -> None:
    order_id = recorded(db, people)
    given = offers.offer_state(db, order_id).offer
    assert given is not None and len(given.voucher_codes) == 1
    declined = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.INSURED_ELSEWHERE)
    view = offers.correct_offer(db, people.manager, order_id, 1, declined, "客户没有预交，是别的车")
    assert (view.result, view.prepay_fen, view.package_name, view.voucher_codes) == (
        OfferResult.DECLINED,
        None,
        "",
        (),
    )
    on_car = vouchers.vehicle_vouchers(db, vehicle_of(db, order_id))
    assert [(v.code, v.voided_at is not None, v.usable_on(local_day(utcnow()))) for v in on_car] == [
        (given.voucher_codes[0], True, False)
    ]
    assert redemption.choices_for(db, _vin(db, order_id), utcnow()) == []  # no longer offered on a work order
    entry = audit.list_entries(db, "work_order", order_id)[-1]
    assert (entry.user, entry.changes["result"], entry.changes["bonus_fen"]) == (
        "周经理",
        ["prepaid", "declined"],
        -50_00,
    )
    assert entry.changes["vouchers_voided"] == list(given.voucher_codes)
    report = month(db, people)
    assert [(a.offers, a.prepaid, a.declined, a.prepaid_fen, a.bonus_fen) for a in report.advisors] == [(1, 0, 1, 0, 0)]

    again = offers.correct_offer(db, people.manager, order_id, 2, PREPAID, "还是预交了")
    assert again.version == 3 and len(again.voucher_codes) == 1 and again.voucher_codes != given.voucher_codes
    assert [(a.prepaid, a.bonus_fen) for a in month(db, people).advisors] == [(1, 50_00)]


def test_only_the_note_is_corrected_though_the_prepayment_minimum_was_raised_since(
    db: Database, people: UserSet
) -> None:
    order_id = recorded(db, people, OfferAnswer(OfferResult.PREPAID, 1_000_00, PACKAGE))
    raised = replace(OfferTerms(), prepay_min_fen=1_500_00)
    save_settings(db, people.manager, replace(get_settings(db), renewal_offer=terms_to_dict(raised)))
    noted = OfferAnswer(OfferResult.PREPAID, 1_000_00, PACKAGE, note="客户要求开发票")
    view = offers.correct_offer(db, people.advisor, order_id, 1, noted, "补备注")
    assert (view.prepay_fen, view.note, view.version) == (1_000_00, "客户要求开发票", 2)
    with pytest.raises(ValidationError, match=r"1,500\.00 to 3,000\.00 yuan .* you typed 1,200\.00"):
        offers.correct_offer(db, people.advisor, order_id, 2, replace(noted, prepay_fen=1_200_00), "金额录错")


def _vin(db: Database, order_id: int) -> str:
    from dealerdesk.services.orders import work_orders

    return work_orders.load_order(db, order_id).vin


def test_a_correction_on_stale_data_is_a_conflict_and_changes_nothing(db: Database, people: UserSet) -> None:
    order_id = recorded(db, people)
    offers.correct_offer(db, people.manager, order_id, 1, OfferAnswer(OfferResult.PREPAID, 3_000_00, PACKAGE), "改额")
    with pytest.raises(ConflictError) as stale:
        offers.correct_offer(db, people.advisor, order_id, 1, OfferAnswer(OfferResult.PREPAID, 1_000_00, PACKAGE), "x")
    text = str(stale.value)
    assert text.startswith(f"周经理 changed order {offers.offer_state(db, order_id).order_number} at ")
    assert "Your changes were not saved; what you typed is still in the form." in text
    view = offers.offer_state(db, order_id).offer
    assert view is not None and (view.prepay_fen, view.version) == (3_000_00, 2)
    assert [e.action for e in audit.list_entries(db, "work_order", order_id)].count("correct_renewal_offer") == 1


def test_only_the_one_who_recorded_it_or_a_manager_corrects_it(db: Database, people: UserSet) -> None:
    order_id = recorded(db, people)
    fixed = OfferAnswer(OfferResult.PREPAID, 2_500_00, PACKAGE)
    for someone in (people.advisor2, people.tech):
        with pytest.raises(PermissionDenied):
            offers.correct_offer(db, someone, order_id, 1, fixed, "改额")
    view = offers.offer_state(db, order_id).offer
    assert view is not None
    assert (offers.may_correct(people.advisor2, view), offers.may_correct(people.manager, view)) == (False, True)
    assert offers.may_correct(people.advisor, view)
    assert offers.correct_offer(db, people.manager, order_id, 1, fixed, "改额").prepay_fen == 2_500_00


def _delivered_with_its_gift(db: Database, people: UserSet) -> tuple[int, vouchers.VoucherView]:
    """Offer A prepaid and A delivered: its gift voucher on the car, unused."""
    order_id = recorded(db, people)
    qc_deliver(db, people, order_id)
    given = offers.offer_state(db, order_id).offer
    assert given is not None
    [code] = given.voucher_codes
    return order_id, next(v for v in vouchers.vehicle_vouchers(db, vehicle_of(db, order_id)) if v.code == code)


def test_a_gift_already_redeemed_is_not_taken_back(db: Database, people: UserSet) -> None:
    order_id, voucher = _delivered_with_its_gift(db, people)
    given, code = offers.offer_state(db, order_id).offer, voucher.code
    deliver(db, people, order_with(db, people, voucher_id=voucher.id))
    declined = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE)
    with pytest.raises(DealerDeskError, match=f"gift voucher {code} was redeemed"):
        offers.correct_offer(db, people.manager, order_id, 1, declined, "录错了")
    assert offers.offer_state(db, order_id).offer == given
    # The amount is still corrected after delivery; the gift stays.
    fixed = OfferAnswer(OfferResult.PREPAID, 1_500_00, PACKAGE, note="发票补开")
    assert offers.correct_offer(db, people.manager, order_id, 1, fixed, "金额录错").voucher_codes == (code,)


def _gift_settled_on_a_later_order(db: Database, people: UserSet) -> tuple[int, int, str]:
    """Offer A prepaid and A delivered; order B chooses A's gift voucher and is settled (not delivered)."""
    order_id, voucher = _delivered_with_its_gift(db, people)
    later = order_with(db, people, voucher_id=voucher.id)
    make_ready(db, people, later)
    settle_in_full(db, people.advisor, later)
    bill = settle.load_current(db, later)
    assert bill is not None and bill.discount_fen == 388_00  # on the bill; the voucher is redeemed at delivery
    return order_id, later, voucher.code


def test_a_gift_discounted_on_a_settled_order_not_delivered_yet_is_not_taken_back(
    db: Database, people: UserSet
) -> None:
    order_id, later, code = _gift_settled_on_a_later_order(db, people)
    given = offers.offer_state(db, order_id).offer
    number = work_orders.load_order(db, later).number
    declined = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE)
    with pytest.raises(DealerDeskError, match=f"gift voucher {code} is chosen on order {number}, which is not"):
        offers.correct_offer(db, people.manager, order_id, 1, declined, "录错了")
    assert offers.offer_state(db, order_id).offer == given  # nothing voided, no bonus moved
    qc_deliver(db, people, later)  # B leaves with the discount it was billed, the voucher redeemed on it
    assert work_orders.load_order(db, later).status is OrderStatus.DELIVERED
    [voucher] = [v for v in vouchers.vehicle_vouchers(db, vehicle_of(db, order_id)) if v.code == code]
    assert (voucher.redeemed_order_number, voucher.voided_at) == (number, None)


def test_delivery_refuses_a_voided_voucher_in_words(db: Database, people: UserSet) -> None:
    """A voucher voided behind the services' back (by hand in the database) stops the hand-over with a message,
    not with the database guard's raw error."""
    _, later, code = _gift_settled_on_a_later_order(db, people)
    with raw_connection(db) as raw:
        raw.execute("UPDATE vouchers SET voided_at = CURRENT_TIMESTAMP WHERE code = ?", (code,))
    number = work_orders.load_order(db, later).number
    with pytest.raises(DealerDeskError, match=f"Order {number} cannot be handed over: its voucher {code} was taken"):
        qc_deliver(db, people, later)
    assert work_orders.load_order(db, later).status is OrderStatus.READY


def qc_deliver(db: Database, people: UserSet, order_id: int) -> None:
    from dealerdesk.services.qc import rounds as qc

    qc.deliver(db, people.advisor, order_id)


def test_migration_0029_names_who_recorded_the_offers_already_there(db: Database, people: UserSet) -> None:
    from tests.db.test_renewal_losses import specialist

    desk = specialist(db, people, "rs1", "赵续保")
    order_id = claim_order(db, people, 8_000_00)
    offers.record_offer(db, desk, order_id, OfferResult.DECLINED, decline=DeclineReason.PRICE)
    down_and_up(db, "0028")
    view = offers.offer_state(db, order_id).offer
    assert view is not None and (view.recorded_by_name, view.advisor_name, view.version) == ("赵续保", "李晓明", 1)
    assert not offers.may_correct(people.advisor, view)
    later = utcnow() + timedelta(minutes=1)
    fixed = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.DECIDE_LATER)
    assert offers.correct_offer(db, desk, order_id, 1, fixed, "客户说再考虑", now=later).version == 2


@pytest.mark.parametrize(
    ("bonus_fen", "found"),
    [
        (0, "(voided) by a correction of a renewal offer. Revision 0028 cannot keep them"),
        (50_00, "(voided) by a correction of a renewal offer and 1 advisor bonus row(s) reversing another. "),
    ],
)
def test_migration_0029_is_not_downgraded_over_a_voided_gift_or_a_reversed_bonus(
    db: Database, people: UserSet, bonus_fen: int, found: str
) -> None:
    terms = replace(OfferTerms(), bonus_fen=bonus_fen)
    save_settings(db, people.manager, replace(get_settings(db), renewal_offer=terms_to_dict(terms)))
    order_id = recorded(db, people)
    declined = OfferAnswer(OfferResult.DECLINED, decline=DeclineReason.PRICE)
    offers.correct_offer(db, people.manager, order_id, 1, declined, "录错了")
    with pytest.raises(CommandError, match=re.escape(found)) as refused:
        down_and_up(db, "0028")
    assert str(refused.value).startswith("Cannot downgrade below 0029: the database holds 1 gift voucher(s)")
    assert current_revision(db) == head_revision()
    [voucher] = vouchers.vehicle_vouchers(db, vehicle_of(db, order_id))
    assert voucher.voided_at is not None and not voucher.usable_on(local_day(utcnow()))
    assert [(a.prepaid, a.bonus_fen) for a in month(db, people).advisors] == [(0, 0)]

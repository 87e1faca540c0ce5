"""续保前移: which claim repairs need the offer, the band's packages at the amount edges, the answer's checks."""

from __future__ import annotations

from datetime import date

import pytest

from dealerdesk.domain.packages_rules import VoucherKind, VoucherSource
from dealerdesk.domain.renewal_offer_rules import (
    DECLINE,
    DEFAULT_PACKAGES,
    NO_CORRECTION_REASON,
    NOTE,
    NOTHING_CORRECTED,
    PACKAGE,
    PREPAY,
    PREPAY_RANGE,
    REASON,
    DeclineReason,
    GiftPackage,
    OfferAnswer,
    OfferResult,
    OfferTerms,
    check_correction,
    check_offer,
    check_terms,
    gift_vouchers,
    offer_due,
    packages_for,
    terms_from_dict,
    terms_to_dict,
)

TERMS = OfferTerms()


@pytest.mark.parametrize(
    ("final_fen", "due", "worth_fen"),
    [
        (4_999_99, False, None),
        (5_000_00, True, 800_00),
        (10_000_00, True, 800_00),  # the 5-10k band is closed at the top
        (10_000_01, True, 1_300_00),
        (20_000_00, True, 1_300_00),
        (20_000_01, True, 2_000_00),
    ],
)
def test_the_offer_and_its_gift_at_the_amount_edges(final_fen: int, due: bool, worth_fen: int | None) -> None:
    assert offer_due(True, final_fen, TERMS) is due
    packages = packages_for(final_fen, TERMS)
    assert [p.worth_fen for p in packages] == ([worth_fen] if worth_fen is not None else [])


def test_a_repair_that_is_not_a_claim_needs_no_offer_however_large() -> None:
    assert not offer_due(False, 50_000_00, TERMS)


def test_the_source_documents_packages() -> None:
    assert [(p.value_fen, p.service_fen) for p in DEFAULT_PACKAGES] == [
        (800_00, 0),
        (800_00, 500_00),
        (1_000_00, 1_000_00),
    ]
    assert "50公里" in DEFAULT_PACKAGES[1].service and "100公里" in DEFAULT_PACKAGES[2].service


def test_a_band_may_offer_several_packages_to_choose_from() -> None:
    terms = OfferTerms(
        packages=(
            GiftPackage(10_000_00, "800元代金券", 800_00),
            GiftPackage(10_000_00, "四轮定位 + 空调清洗", 0, "四轮定位与空调清洗", 800_00),
            GiftPackage(None, "2,000元礼包", 2_000_00),
        )
    )
    assert [p.name for p in packages_for(6_000_00, terms)] == ["800元代金券", "四轮定位 + 空调清洗"]
    assert [p.name for p in packages_for(12_000_00, terms)] == ["2,000元礼包"]


@pytest.mark.parametrize(("prepay", "ok"), [(999_99, False), (1_000_00, True), (3_000_00, True), (3_000_01, False)])
def test_the_prepayment_is_1000_to_3000_yuan(prepay: int, ok: bool) -> None:
    name = DEFAULT_PACKAGES[0].name
    problems = check_offer(TERMS, 6_000_00, OfferResult.PREPAID, prepay, name, None, "")
    assert [p.field for p in problems] == ([] if ok else [PREPAY])
    if not ok:
        assert "1,000.00" in problems[0].render() and "3,000.00" in problems[0].render()


def test_a_prepayment_needs_a_package_of_the_claims_band() -> None:
    assert [p.field for p in check_offer(TERMS, 6_000_00, OfferResult.PREPAID, 2_000_00, "", None, "")] == [PACKAGE]
    wrong_band = check_offer(TERMS, 6_000_00, OfferResult.PREPAID, 2_000_00, DEFAULT_PACKAGES[2].name, None, "")
    assert [p.field for p in wrong_band] == [PACKAGE]
    assert "6,000.00" in wrong_band[0].render()


def test_declining_needs_the_reason_and_other_needs_the_words() -> None:
    assert [p.field for p in check_offer(TERMS, 6_000_00, OfferResult.DECLINED, None, "", None, "")] == [DECLINE]
    other = check_offer(TERMS, 6_000_00, OfferResult.DECLINED, None, "", DeclineReason.OTHER, " ")
    assert [p.field for p in other] == [NOTE]
    assert check_offer(TERMS, 6_000_00, OfferResult.DECLINED, None, "", DeclineReason.PRICE, "") == []


def test_the_chosen_package_becomes_a_money_voucher_and_a_towing_service_voucher() -> None:
    vouchers = gift_vouchers(DEFAULT_PACKAGES[1], "续保礼 · WO1", date(2026, 12, 2), TERMS)
    assert [(v.kind, v.source, v.value_fen, v.service) for v in vouchers] == [
        (VoucherKind.VALUE, VoucherSource.RENEWAL, 800_00, ""),
        (VoucherKind.SERVICE, VoucherSource.RENEWAL, 500_00, "50公里内救援拖车"),
    ]
    assert {v.valid_until for v in vouchers} == {date(2027, 12, 2)}
    assert [v.kind for v in gift_vouchers(DEFAULT_PACKAGES[0], "x", date(2026, 12, 2), TERMS)] == [VoucherKind.VALUE]


def test_the_terms_survive_settings_and_an_empty_dict_is_the_default() -> None:
    assert terms_from_dict({}) == TERMS
    assert terms_from_dict(terms_to_dict(TERMS)) == TERMS
    changed = OfferTerms(min_claim_fen=8_000_00, bonus_fen=100_00, packages=(GiftPackage(None, "礼包", 500_00),))
    assert terms_from_dict(terms_to_dict(changed)) == changed


def test_terms_without_a_top_band_or_with_a_band_below_the_threshold_are_refused() -> None:
    assert check_terms(TERMS) == []
    no_top = OfferTerms(packages=(GiftPackage(10_000_00, "800", 800_00),))
    assert any("large claims" in p.render() for p in check_terms(no_top))
    low = OfferTerms(packages=(GiftPackage(4_000_00, "x", 100_00), GiftPackage(None, "y", 100_00)))
    assert any("Package 1" in p.render() for p in check_terms(low))
    assert check_terms(OfferTerms(prepay_min_fen=3_000_00, prepay_max_fen=1_000_00)) != []
    assert check_terms(OfferTerms(packages=(GiftPackage(None, "", 0),))) != []


def test_a_correction_needs_a_reason_a_change_and_keeps_a_package_the_bands_no_longer_offer() -> None:

    old = OfferAnswer(OfferResult.PREPAID, 2_000_00, "旧礼包")
    terms = OfferTerms()  # "旧礼包" is in no band any more
    fixed = OfferAnswer(OfferResult.PREPAID, 2_500_00, "旧礼包", note=" ")
    assert check_correction(terms, 8_000_00, old, fixed, "金额录错") == []
    assert [p.text for p in check_correction(terms, 8_000_00, old, fixed, " ")] == [NO_CORRECTION_REASON]
    assert [(p.field, p.text) for p in check_correction(terms, 8_000_00, old, old, "x")] == [
        (REASON, NOTHING_CORRECTED)
    ]
    negative = OfferAnswer(OfferResult.PREPAID, -1, "旧礼包")
    assert [p.text for p in check_correction(terms, 8_000_00, old, negative, "x")] == [PREPAY_RANGE]
    other = OfferAnswer(OfferResult.PREPAID, 2_000_00, "不存在的礼包")
    assert [p.field for p in check_correction(terms, 8_000_00, old, other, "x")] == [PACKAGE]


def test_a_correction_of_the_note_keeps_an_amount_the_prepayment_range_no_longer_allows() -> None:
    old = OfferAnswer(OfferResult.PREPAID, 1_000_00, DEFAULT_PACKAGES[0].name)
    raised = OfferTerms(prepay_min_fen=1_500_00)  # the minimum raised since the offer was recorded
    noted = OfferAnswer(OfferResult.PREPAID, 1_000_00, DEFAULT_PACKAGES[0].name, note="客户要求开发票")
    assert check_correction(raised, 8_000_00, old, noted, "补备注") == []
    # A changed amount is checked against the range as it is now; so is one typed after a refusal.
    typo = OfferAnswer(OfferResult.PREPAID, 1_200_00, DEFAULT_PACKAGES[0].name)
    assert [p.text for p in check_correction(raised, 8_000_00, old, typo, "x")] == [PREPAY_RANGE]
    declined = OfferAnswer(OfferResult.DECLINED, 1_000_00, decline=DeclineReason.PRICE)
    assert [p.text for p in check_correction(raised, 8_000_00, declined, noted, "x")] == [PREPAY_RANGE]

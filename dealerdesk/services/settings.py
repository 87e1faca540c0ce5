"""Dealership settings kept in the database (shared by every workstation)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import Setting
from dealerdesk.domain.care_rules import CareRules
from dealerdesk.domain.care_rules import check_rules as check_care_rules
from dealerdesk.domain.discount_rules import DEFAULT_LIMITS_PCT
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from dealerdesk.domain.renewal_offer_rules import check_terms, terms_from_dict
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor

LANGUAGES = ("system", "zh_CN", "en")
RENEWAL_RULES = ("even", "keep")  # the weekly plan: an even split, or each record stays with its specialist
DEFAULT_GIFTS = (
    QT_TRANSLATE_NOOP("Messages", "Wheel alignment (400 yuan)"),
    QT_TRANSLATE_NOOP("Messages", "Renewal voucher (100 yuan)"),
    QT_TRANSLATE_NOOP("Messages", "Referral fund (500 yuan)"),
)


@dataclass(frozen=True)
class DealerSettings:
    dealer_name: str = "DealerDesk 4S"
    dealer_address: str = ""
    dealer_phone: str = ""
    labour_rate_fen: int = 30000  # CNY 300.00 per hour
    ui_language: str = "system"
    idle_lock_minutes: int = 10  # a shared PC locks after this many idle minutes; 0: never
    font_path: str = ""  # CJK TrueType font for paper; empty: search resources and the system
    # ServiceCategory value -> RepairClass value ("minor", "second_level_maintenance", "major"); empty: domain default
    repair_classes: dict[str, str] = field(default_factory=dict)
    # Satisfaction calls: due from this many days after delivery, shown until that many (the delivery day is 0).
    satisfaction_first_day: int = 3
    satisfaction_last_day: int = 15
    complaint_mark: int = 3  # a mark at or below this on any item of a call suggests a complaint
    # Consolation gifts offered with an apology (安慰礼); the source document's three by default.
    consolation_gifts: list[str] = field(default_factory=lambda: list(DEFAULT_GIFTS))
    # Role value -> the largest discount (percent of what it is taken off) given without a manager's approval
    discount_limits_pct: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_LIMITS_PCT))
    # The workshop's teams (班组), chosen from a list on each user: free text split one team into
    # "一组", "1组" and "一组 " in the reports by team.
    teams: list[str] = field(default_factory=list)
    # Factory warranty: the default, and per model (a vehicle's model starting with the key) [years, km].
    warranty_years: int = 3
    warranty_km: int = 100_000
    warranty_terms: dict[str, list[int]] = field(default_factory=dict)
    # A final bill more than this percentage above the estimate needs the customer's approval recorded.
    settlement_margin_pct: int = 10
    # Prices include VAT; shown on the settlement and its statement when asked (repair, parts: 13 %).
    show_vat: bool = False
    vat_rate_pct: int = 13
    # 续保前移 at a claim repair's hand-over: threshold, prepayment range, bonus, gift packages by band
    # (domain.renewal_offer_rules.terms_to_dict); empty: the source document's figures.
    renewal_offer: dict[str, Any] = field(default_factory=dict)
    # Customer care (domain/care_rules.py): when the first service and the periodic maintenance are
    # due (days or km, whichever first), when a car is due soon, and the days after which its first
    # service is missed, it is lapsing or lost; km a day for cars without readings (per model by
    # the start of its name); how many days after a connected call an order counts as called in;
    # how many customers each customer-care user is given a day.
    care_first_service_days: int = 180
    care_first_service_km: int = 5000
    care_interval_days: int = 180
    care_interval_km: int = 10000
    care_due_soon_days: int = 30
    care_due_soon_km: int = 1000
    care_first_service_missed_days: int = 365
    care_lapsing_days: int = 365
    care_lost_days: int = 730
    care_km_per_day: int = 40
    care_model_km_per_day: dict[str, int] = field(default_factory=dict)
    care_called_in_days: int = 30
    care_calls_per_day: int = 40
    # Insurance renewal: first call this many days before the policy's expiry; the weekly plan's length;
    # connected calls a day each; the hour the day's loss summary opens; "even" or "keep" (who followed it).
    renewal_first_contact_days: int = 45
    renewal_plan_days: int = 7
    renewal_daily_target: int = 20
    renewal_summary_hour: int = 17
    renewal_assign_rule: str = "even"


_FIELDS = {f.name for f in fields(DealerSettings)}
MAX_CALLS_PER_DAY = 500


def care_rules(settings: DealerSettings) -> CareRules:
    return CareRules(
        first_service_days=settings.care_first_service_days,
        first_service_km=settings.care_first_service_km,
        interval_days=settings.care_interval_days,
        interval_km=settings.care_interval_km,
        due_soon_days=settings.care_due_soon_days,
        due_soon_km=settings.care_due_soon_km,
        first_service_missed_days=settings.care_first_service_missed_days,
        lapsing_days=settings.care_lapsing_days,
        lost_days=settings.care_lost_days,
        default_km_per_day=settings.care_km_per_day,
        model_km_per_day=dict(settings.care_model_km_per_day),
        called_in_days=settings.care_called_in_days,
    )


MAX_IDLE_LOCK_MINUTES = 240


def _stored(s: Session) -> DealerSettings:
    """The stored settings; keys this version does not know are ignored, missing ones take the default."""
    stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
    return DealerSettings(**{k: v for k, v in stored.items() if k in _FIELDS})


def clean_teams(teams: list[str]) -> list[str]:
    """Trimmed, without blanks or repeats, in the order given."""
    return list(dict.fromkeys(t.strip() for t in teams if t.strip()))


def get_settings(db: Database) -> DealerSettings:
    with db.read() as s:
        return _stored(s)


def save_settings(
    db: Database, actor: Actor, new: DealerSettings, base: DealerSettings | None = None
) -> DealerSettings:
    """Store ``new``; with ``base`` (what the screen was filled from) only the fields that differ from it.

    The settings page's boxes each save the whole settings: without ``base`` a box filled at
    sign-in would put back what another workstation saved since, in a box this person never touched.
    """
    with db.write() as s:
        actor = current_actor(s, actor, Role.MANAGER, Role.ADMIN)
        stored = _stored(s)
        if base is not None:
            new = replace(stored, **{k: getattr(new, k) for k in _FIELDS if getattr(new, k) != getattr(base, k)})
        _check(new)
        new = replace(new, teams=clean_teams(new.teams))
        before = asdict(stored)
        after = asdict(new)
        for key, value in after.items():
            row = s.get(Setting, key)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
        changed = audit.diff(before, after)
        if changed:
            audit.record(s, actor, "save_settings", "settings", "dealer", changed)
    return new


def _check(new: DealerSettings) -> None:
    problems: list[Problem] = []
    if not new.dealer_name.strip():
        problems.append(Problem("dealer_name", QT_TRANSLATE_NOOP("Messages", "Enter the dealership's name.")))
    if not 0 <= new.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        problems.append(
            Problem(
                "idle_lock_minutes",
                QT_TRANSLATE_NOOP("Messages", "Lock after 0 (never) to {most} idle minutes."),
                {"most": MAX_IDLE_LOCK_MINUTES},
            )
        )
    if new.labour_rate_fen < 0:
        problems.append(Problem("labour_rate", QT_TRANSLATE_NOOP("Messages", "The labour rate cannot be negative.")))
    if new.ui_language not in LANGUAGES:
        problems.append(
            Problem(
                "ui_language",
                QT_TRANSLATE_NOOP("Messages", "Unknown language {lang}."),
                {"lang": new.ui_language},
            )
        )
    if not 0 <= new.satisfaction_first_day <= new.satisfaction_last_day <= 60:
        problems.append(
            Problem(
                "satisfaction_days",
                QT_TRANSLATE_NOOP("Messages", "The call days run from 0 to 60, the first not after the last."),
            )
        )
    if not 1 <= new.complaint_mark <= 4:
        problems.append(Problem("complaint_mark", QT_TRANSLATE_NOOP("Messages", "A mark from 1 to 4.")))
    if any(not 0 <= pct <= 100 for pct in new.discount_limits_pct.values()):
        problems.append(
            Problem(
                "discount_limits",
                QT_TRANSLATE_NOOP("Messages", "A discount limit is a percentage from 0 to 100."),
            )
        )
    if not 0 <= new.settlement_margin_pct <= 100:
        problems.append(
            Problem("settlement_margin", QT_TRANSLATE_NOOP("Messages", "The margin is a percentage from 0 to 100."))
        )
    if not 0 <= new.vat_rate_pct <= 100:
        problems.append(
            Problem("vat_rate", QT_TRANSLATE_NOOP("Messages", "The VAT rate is a percentage from 0 to 100."))
        )
    problems += check_terms(terms_from_dict(new.renewal_offer))
    problems.extend(check_care_rules(care_rules(new)))
    if not 1 <= new.care_calls_per_day <= MAX_CALLS_PER_DAY:
        problems.append(
            Problem(
                "care_calls_per_day",
                QT_TRANSLATE_NOOP("Messages", "Calls a day per person: 1 to {most}."),
                {"most": MAX_CALLS_PER_DAY},
            )
        )
    if not (
        1 <= new.renewal_first_contact_days <= 120
        and 1 <= new.renewal_plan_days <= 31
        and 1 <= new.renewal_daily_target <= 200
        and 0 <= new.renewal_summary_hour <= 23
        and new.renewal_assign_rule in RENEWAL_RULES
    ):
        problems.append(
            Problem(
                "renewal",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Renewals: first call 1 to 120 days before expiry, a plan of 1 to 31 days, "
                    "a target of 1 to 200 calls, the summary at an hour from 0 to 23.",
                ),
            )
        )
    if problems:
        raise ValidationError(problems)

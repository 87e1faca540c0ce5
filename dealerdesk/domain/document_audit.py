"""The daily document audit (每日单据检查): the rules an order's paperwork must keep, and the scores.

The source document asks the service manager to check every process document every day and
to score each advisor and technician on how the process was kept: complete intake, every
request recorded, extra work with the customer's approval, amount and new promised time, the
promised time met or the customer told, three different QC signers with no gap, the hand-over
before delivery, times in order. Each rule here looks at one order's facts (plain values the
service reads) and names the person responsible for what it finds.

Which rules run, their weight and their parameters are data (``resources/review/
document_rules.toml``, parsed by :func:`parse_rule_set`); the checks themselves are code,
one function per rule code, so a data file cannot ask for a rule nobody wrote.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError


class Rule(enum.StrEnum):
    MANDATORY_FIELDS = "mandatory_fields"
    CONCERNS_RECORDED = "concerns_recorded"
    EXTRA_WORK_COMPLETE = "extra_work_complete"
    PROMISED_TIME = "promised_time"
    QC_THREE_SIGNERS = "qc_three_signers"
    HANDOVER_BEFORE_DELIVERY = "handover_before_delivery"
    TIMES_IN_ORDER = "times_in_order"


RULE_LABELS: dict[Rule, str] = {
    Rule.MANDATORY_FIELDS: QT_TRANSLATE_NOOP("Messages", "Mandatory fields filled"),
    Rule.CONCERNS_RECORDED: QT_TRANSLATE_NOOP("Messages", "Every customer concern recorded"),
    Rule.EXTRA_WORK_COMPLETE: QT_TRANSLATE_NOOP("Messages", "Extra work approved, priced and re-promised"),
    Rule.PROMISED_TIME: QT_TRANSLATE_NOOP("Messages", "Promised time met or the customer told"),
    Rule.QC_THREE_SIGNERS: QT_TRANSLATE_NOOP("Messages", "QC signed by three different people, no gap"),
    Rule.HANDOVER_BEFORE_DELIVERY: QT_TRANSLATE_NOOP("Messages", "Hand-over check before delivery"),
    Rule.TIMES_IN_ORDER: QT_TRANSLATE_NOOP("Messages", "Times in order"),
}

# Statuses of an order that has been opened (a draft or a cancelled draft is not a document yet).
OPENED_STATUSES = frozenset({"open", "in_workshop", "awaiting_qc", "ready_for_delivery", "delivered"})
READY_STATUSES = frozenset({"ready_for_delivery", "delivered"})


@dataclass(frozen=True)
class Signature:
    level: int  # 1-3 QC, 4 hand-over
    signer_id: int
    signed_at: datetime
    outcome: str  # pass / fail


@dataclass(frozen=True)
class RoundFacts:
    round_no: int
    status: str  # in_progress / passed / failed
    started_at: datetime  # the workshop's "work finished" that started this round
    signatures: tuple[Signature, ...]  # valid (not voided) signatures only

    def valid(self, level: int) -> Signature | None:
        return next((s for s in self.signatures if s.level == level), None)


@dataclass(frozen=True)
class ExtraWorkFacts:
    description: str
    amount_fen: int
    approver_name: str
    method: str
    approved_at: datetime | None
    new_promised_at: datetime | None
    recorded_at: datetime
    recorded_by_id: int


@dataclass(frozen=True)
class PromiseChange:
    """The customer was told of a new promised time (an approved extra work, or a call)."""

    told_at: datetime
    new_promised_at: datetime


@dataclass(frozen=True)
class OrderFacts:
    order_id: int
    number: str
    status: str
    advisor_id: int
    customer_name: str = ""
    customer_mobile: str = ""
    plate: str = ""
    no_plate: bool = False
    vin: str = ""
    model: str = ""
    mileage_in: int | None = None
    fuel_level: str | None = None
    category: str | None = None
    estimate_fen: int | None = None
    checked_in_at: datetime | None = None
    promised_at: datetime | None = None
    customer_waits: bool | None = None
    concerns: tuple[str, ...] = ()
    opened_at: datetime | None = None
    finished_at: datetime | None = None
    delivered_at: datetime | None = None
    extra_work: tuple[ExtraWorkFacts, ...] = ()
    rounds: tuple[RoundFacts, ...] = ()
    promise_changes: tuple[PromiseChange, ...] = ()
    technician_ids: tuple[int, ...] = ()  # technicians on the labour lines

    def participants(self) -> set[int]:
        """Everyone whose work this order's documents show: the people it scores."""
        people = {self.advisor_id, *self.technician_ids}
        people.update(e.recorded_by_id for e in self.extra_work)
        for r in self.rounds:
            people.update(s.signer_id for s in r.signatures)
        return people

    def final_round(self) -> RoundFacts | None:
        return self.rounds[-1] if self.rounds else None

    def ready_at(self) -> datetime | None:
        """When the car was ready: the passing final inspection of the last round."""
        last = self.final_round()
        sig = last.valid(3) if last else None
        return sig.signed_at if sig is not None and sig.outcome == "pass" else None


@dataclass(frozen=True)
class Finding:
    order_id: int
    rule: Rule
    responsible_id: int | None
    message: str  # English source text (context "Messages"), with {params}
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What makes a finding the same finding when the day is audited again."""
        return f"{self.message}|{sorted(self.params.items())}"


@dataclass(frozen=True)
class RuleSpec:
    rule: Rule
    enabled: bool = True
    weight: int = 1
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    version: int
    rules: tuple[RuleSpec, ...]

    def enabled(self) -> tuple[RuleSpec, ...]:
        return tuple(r for r in self.rules if r.enabled)

    def weight(self, rule: Rule) -> int:
        return next((r.weight for r in self.rules if r.rule == rule), 1)


# --- the rules -------------------------------------------------------------------------------

_FIELD_LABELS: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP("Messages", "customer name"),
    "customer_mobile": QT_TRANSLATE_NOOP("Messages", "mobile"),
    "plate": QT_TRANSLATE_NOOP("Messages", "plate"),
    "vin": QT_TRANSLATE_NOOP("Messages", "VIN"),
    "model": QT_TRANSLATE_NOOP("Messages", "model"),
    "mileage_in": QT_TRANSLATE_NOOP("Messages", "mileage"),
    "fuel_level": QT_TRANSLATE_NOOP("Messages", "fuel level"),
    "category": QT_TRANSLATE_NOOP("Messages", "service category"),
    "estimate_fen": QT_TRANSLATE_NOOP("Messages", "estimate"),
    "promised_at": QT_TRANSLATE_NOOP("Messages", "promised time"),
    "customer_waits": QT_TRANSLATE_NOOP("Messages", "customer waits or leaves"),
}

Check = Callable[[OrderFacts, RuleSpec, datetime], list[Finding]]


def _missing_fields(o: OrderFacts) -> list[str]:
    missing = [
        name
        for name, value in (
            ("customer_name", o.customer_name.strip()),
            ("customer_mobile", o.customer_mobile.strip()),
            ("vin", o.vin.strip()),
            ("model", o.model.strip()),
        )
        if not value
    ]
    if not o.no_plate and not o.plate.strip():
        missing.append("plate")
    missing += [
        name
        for name, value in (
            ("mileage_in", o.mileage_in),
            ("fuel_level", o.fuel_level),
            ("category", o.category),
            ("estimate_fen", o.estimate_fen),
            ("promised_at", o.promised_at),
            ("customer_waits", o.customer_waits),
        )
        if value is None
    ]
    return [f for f in _FIELD_LABELS if f in missing]


def check_mandatory_fields(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    missing = _missing_fields(o)
    if not missing:
        return []
    return [
        Finding(
            o.order_id,
            spec.rule,
            o.advisor_id,
            QT_TRANSLATE_NOOP("Messages", "Not filled in: {fields}."),
            {"fields": tuple(_FIELD_LABELS[f] for f in missing)},
        )
    ]


def check_concerns(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    if not o.concerns:
        return [Finding(o.order_id, spec.rule, o.advisor_id, QT_TRANSLATE_NOOP("Messages", "No customer concern."))]
    blank = sum(1 for c in o.concerns if not c.strip())
    if blank:
        msg = QT_TRANSLATE_NOOP("Messages", "{count} customer concern(s) left blank.")
        return [Finding(o.order_id, spec.rule, o.advisor_id, msg, {"count": blank})]
    return []


def check_extra_work(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    out: list[Finding] = []
    for n, e in enumerate(o.extra_work, start=1):
        gaps: list[str] = []
        if not e.approver_name.strip():
            gaps.append(QT_TRANSLATE_NOOP("Messages", "who approved"))
        if not e.method.strip():
            gaps.append(QT_TRANSLATE_NOOP("Messages", "how it was approved"))
        if e.approved_at is None:
            gaps.append(QT_TRANSLATE_NOOP("Messages", "when it was approved"))
        if e.amount_fen <= 0:
            gaps.append(QT_TRANSLATE_NOOP("Messages", "the amount"))
        if e.new_promised_at is None:
            gaps.append(QT_TRANSLATE_NOOP("Messages", "the new promised time"))
        if gaps:
            msg = QT_TRANSLATE_NOOP("Messages", "Extra work {n} ({what}) lacks {gaps}.")
            out.append(
                Finding(
                    o.order_id, spec.rule, e.recorded_by_id, msg, {"n": n, "what": e.description, "gaps": tuple(gaps)}
                )
            )
            continue
        assert e.approved_at is not None and e.new_promised_at is not None
        if e.approved_at > e.recorded_at:
            msg = QT_TRANSLATE_NOOP("Messages", "Extra work {n} ({what}) was recorded before the customer approved it.")
            out.append(Finding(o.order_id, spec.rule, e.recorded_by_id, msg, {"n": n, "what": e.description}))
        elif e.new_promised_at <= e.approved_at:
            msg = QT_TRANSLATE_NOOP(
                "Messages", "Extra work {n} ({what}): the new promised time is not after the approval."
            )
            out.append(Finding(o.order_id, spec.rule, e.recorded_by_id, msg, {"n": n, "what": e.description}))
    return out


def effective_promise(o: OrderFacts) -> datetime | None:
    """The promised time the customer was last told, counting only news given before the old one passed."""
    promise = o.promised_at
    if promise is None:
        return None
    changes = [
        PromiseChange(e.approved_at, e.new_promised_at) for e in o.extra_work if e.approved_at and e.new_promised_at
    ]
    for c in sorted([*changes, *o.promise_changes], key=lambda c: c.told_at):
        if c.told_at <= promise:
            promise = max(promise, c.new_promised_at)
    return promise


def check_promised_time(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    promise = effective_promise(o)
    if promise is None:
        return []  # a missing promised time is the mandatory-fields rule's finding
    grace = timedelta(minutes=int(spec.params.get("grace_minutes", 0)))
    ready = o.ready_at()
    if ready is None and o.status in READY_STATUSES:
        return []  # no passing final inspection on record: the QC rule reports that
    late_at = ready if ready is not None else audit_end
    if late_at <= promise + grace:
        return []
    minutes = int((late_at - promise).total_seconds() // 60)
    if ready is None:
        msg = QT_TRANSLATE_NOOP(
            "Messages",
            "The promised time passed {minutes} min ago, the car is not ready and the customer was not told.",
        )
    else:
        msg = QT_TRANSLATE_NOOP(
            "Messages", "Ready {minutes} min after the promised time and the customer was not told before."
        )
    return [Finding(o.order_id, spec.rule, o.advisor_id, msg, {"minutes": minutes})]


def check_qc_signers(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    last = o.final_round()
    if last is None or (o.status not in READY_STATUSES and last.valid(3) is None):
        return []
    out: list[Finding] = []
    sigs = {lvl: last.valid(lvl) for lvl in (1, 2, 3)}
    top = sigs[3] or sigs[2]
    for lvl in (1, 2):
        if sigs[lvl] is None and any(sigs[h] for h in range(lvl + 1, 4)):
            above = next(s for h in range(lvl + 1, 4) if (s := sigs[h]) is not None)
            msg = QT_TRANSLATE_NOOP(
                "Messages", "Round {round}: level {level} has no signature but a higher level is signed."
            )
            out.append(Finding(o.order_id, spec.rule, above.signer_id, msg, {"round": last.round_no, "level": lvl}))
    seen: dict[int, int] = {}
    for lvl in (1, 2, 3):
        s = sigs[lvl]
        if s is None:
            continue
        if s.signer_id in seen:
            msg = QT_TRANSLATE_NOOP("Messages", "Round {round}: the same person signed levels {first} and {level}.")
            params = {"round": last.round_no, "first": seen[s.signer_id], "level": lvl}
            out.append(Finding(o.order_id, spec.rule, s.signer_id, msg, params))
        seen.setdefault(s.signer_id, lvl)
    if o.status in READY_STATUSES and sigs[3] is None:
        msg = QT_TRANSLATE_NOOP("Messages", "Round {round}: ready for delivery without a final inspection.")
        out.append(
            Finding(o.order_id, spec.rule, top.signer_id if top else o.advisor_id, msg, {"round": last.round_no})
        )
    return out


def check_handover(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    if o.status != "delivered" or o.delivered_at is None:
        return []
    last = o.final_round()
    hand = last.valid(4) if last else None
    if hand is not None and hand.outcome == "pass" and hand.signed_at <= o.delivered_at:
        return []
    msg = QT_TRANSLATE_NOOP("Messages", "Delivered without a passed hand-over check before delivery.")
    return [Finding(o.order_id, spec.rule, o.advisor_id, msg)]


def check_times(o: OrderFacts, spec: RuleSpec, audit_end: datetime) -> list[Finding]:
    out: list[Finding] = []

    def late(first: datetime | None, then: datetime | None) -> bool:
        return first is not None and then is not None and then < first

    if late(o.checked_in_at, o.opened_at):
        msg = QT_TRANSLATE_NOOP("Messages", "Opened before the car was checked in.")
        out.append(Finding(o.order_id, spec.rule, o.advisor_id, msg))
    if late(o.checked_in_at, o.promised_at):
        msg = QT_TRANSLATE_NOOP("Messages", "The promised time is before check-in.")
        out.append(Finding(o.order_id, spec.rule, o.advisor_id, msg))
    for r in o.rounds:
        prev: Signature | None = None
        for lvl in (1, 2, 3, 4):
            s = r.valid(lvl)
            if s is None:
                continue
            if lvl == 1 and s.signed_at < r.started_at:
                msg = QT_TRANSLATE_NOOP(
                    "Messages", "Round {round}: the self-check was signed before the work was finished."
                )
                out.append(Finding(o.order_id, spec.rule, s.signer_id, msg, {"round": r.round_no}))
            if prev is not None and s.signed_at < prev.signed_at:
                msg = QT_TRANSLATE_NOOP("Messages", "Round {round}: level {level} was signed before level {below}.")
                params = {"round": r.round_no, "level": lvl, "below": prev.level}
                out.append(Finding(o.order_id, spec.rule, s.signer_id, msg, params))
            prev = s
    if o.delivered_at is not None and late(o.checked_in_at, o.delivered_at):
        msg = QT_TRANSLATE_NOOP("Messages", "Delivered before check-in.")
        out.append(Finding(o.order_id, spec.rule, o.advisor_id, msg))
    return out


CHECKS: dict[Rule, Check] = {
    Rule.MANDATORY_FIELDS: check_mandatory_fields,
    Rule.CONCERNS_RECORDED: check_concerns,
    Rule.EXTRA_WORK_COMPLETE: check_extra_work,
    Rule.PROMISED_TIME: check_promised_time,
    Rule.QC_THREE_SIGNERS: check_qc_signers,
    Rule.HANDOVER_BEFORE_DELIVERY: check_handover,
    Rule.TIMES_IN_ORDER: check_times,
}


def audit_order(o: OrderFacts, rules: RuleSet, audit_end: datetime) -> list[Finding]:
    """Every finding of every enabled rule on one order, as of ``audit_end`` (the audited day's end)."""
    if o.status not in OPENED_STATUSES:
        return []
    return [f for spec in rules.enabled() for f in CHECKS[spec.rule](o, spec, audit_end)]


# --- scores ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonScore:
    user_id: int
    orders: int  # orders audited that show this person's work
    orders_with_findings: int  # of those, with at least one finding against them (excused ones not counted)
    findings: int
    weighted: int

    @property
    def score(self) -> int:
        """Per cent of this person's orders kept clean; 100 when they had no order."""
        if self.orders == 0:
            return 100
        return round(100 * (self.orders - self.orders_with_findings) / self.orders)


def person_scores(
    participation: Iterable[tuple[int, int]],
    findings: Iterable[tuple[int, int | None, Rule]],
    rules: RuleSet,
) -> list[PersonScore]:
    """``participation``: (order_id, user_id) pairs; ``findings``: (order_id, responsible_id, rule) not excused."""
    orders: dict[int, set[int]] = {}
    for order_id, user_id in participation:
        orders.setdefault(user_id, set()).add(order_id)
    bad: dict[int, set[int]] = {}
    count: dict[int, int] = {}
    weighted: dict[int, int] = {}
    for order_id, responsible, rule in findings:
        if responsible is None:
            continue
        orders.setdefault(responsible, set()).add(order_id)
        bad.setdefault(responsible, set()).add(order_id)
        count[responsible] = count.get(responsible, 0) + 1
        weighted[responsible] = weighted.get(responsible, 0) + rules.weight(rule)
    return [
        PersonScore(uid, len(ids), len(bad.get(uid, ())), count.get(uid, 0), weighted.get(uid, 0))
        for uid, ids in sorted(orders.items())
    ]


# --- the rules as data -----------------------------------------------------------------------

_BAD_RULES = QT_TRANSLATE_NOOP("Messages", "The document-audit rules in {source} cannot be read: {why}")


def parse_rule_set(text: str, source: str = "<text>") -> RuleSet:
    """The rule file: ``version`` and one ``[[rule]]`` table per rule (code, enabled, weight, params)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DealerDeskError(_BAD_RULES, source=source, why=str(err)) from err
    version = raw.get("version")
    if not isinstance(version, int) or version < 1:
        raise DealerDeskError(_BAD_RULES, source=source, why="version must be a whole number from 1")
    specs: list[RuleSpec] = []
    for entry in raw.get("rule", []):
        code = entry.get("code")
        try:
            rule = Rule(code)
        except ValueError:
            raise DealerDeskError(_BAD_RULES, source=source, why=f"unknown rule {code!r}") from None
        if any(s.rule == rule for s in specs):
            raise DealerDeskError(_BAD_RULES, source=source, why=f"rule {code!r} twice")
        weight = entry.get("weight", 1)
        if not isinstance(weight, int) or weight < 1:
            raise DealerDeskError(_BAD_RULES, source=source, why=f"rule {code!r}: weight must be a whole number from 1")
        specs.append(RuleSpec(rule, bool(entry.get("enabled", True)), weight, dict(entry.get("params", {}))))
    missing = [r.value for r in Rule if all(s.rule != r for s in specs)]
    if missing:
        raise DealerDeskError(_BAD_RULES, source=source, why="missing rules: " + ", ".join(missing))
    return RuleSet(version, tuple(specs))

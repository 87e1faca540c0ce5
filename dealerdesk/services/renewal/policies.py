"""Policies per vehicle: typed by the insurance desk or read from the insurance department's list.

One policy per vehicle and policy year (the year of its earlier expiry): the same car and year again
updates the policy instead of adding a second one, so importing a list twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import InsurancePolicy, Vehicle
from dealerdesk.domain import renewal_rules as rules
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, NotFound, ValidationError
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.renewal.common import MANAGE_ROLES

ENTITY = "insurance_policy"


@dataclass(frozen=True)
class PolicySaved:
    policy_id: int
    created: bool  # False: the vehicle's policy of that year was updated


def save_policy(
    db: Database, actor: Actor, vehicle_id: int, policy: rules.PolicyInput, source: str = "manual"
) -> PolicySaved:
    with db.write() as s:
        actor = current_actor(s, actor, *MANAGE_ROLES)
        return store_policy(s, actor, vehicle_id, policy, source)


def store_policy(s: Session, actor: Actor, vehicle_id: int, policy: rules.PolicyInput, source: str) -> PolicySaved:
    """Inside the caller's transaction (one typed policy, or one row of an imported list)."""
    problems = rules.check_policy(policy)
    if problems:
        raise ValidationError(problems)
    if s.get(Vehicle, vehicle_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This vehicle no longer exists."))
    due = rules.policy_due(policy.compulsory_expiry, policy.commercial_expiry)
    assert due is not None  # check_policy: an expiry is required
    row = s.scalar(
        select(InsurancePolicy).where(InsurancePolicy.vehicle_id == vehicle_id, InsurancePolicy.policy_year == due.year)
    )
    values = {
        "insurer": policy.insurer.strip(),
        "policy_no": policy.policy_no.strip(),
        "compulsory_expiry": policy.compulsory_expiry,
        "commercial_expiry": policy.commercial_expiry,
        "due_on": due,
        "premium_fen": policy.premium_fen,
        "last_year_insurer": policy.last_year_insurer.strip(),
    }
    created = row is None
    if row is None:
        row = InsurancePolicy(vehicle_id=vehicle_id, policy_year=due.year, source=source, created_by_id=actor.id)
        s.add(row)
        before: dict[str, object] = {}
    else:
        before = {k: getattr(row, k) for k in values}
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at = utcnow()
    s.flush()
    changed = audit.diff(before, values)
    if changed:
        audit.record(s, actor, "save_policy", ENTITY, row.id, changed)
    return PolicySaved(row.id, created)

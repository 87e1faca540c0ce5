"""What the renewal services share: who may do what, the specialists, the dealer's day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.models import User, UserRole
from dealerdesk.domain.rework_rules import CHINA_TIME
from dealerdesk.domain.roles import Role
from dealerdesk.services.rework.views import day_start

# Calls and the today screen: the specialists, and the manager who stands in for one.
CALL_ROLES = (Role.RENEWAL_SPECIALIST, Role.MANAGER)
# The plan on demand, its gaps, policies typed or imported.
MANAGE_ROLES = (Role.MANAGER, Role.ADMIN)
VIEW_ROLES = (Role.RENEWAL_SPECIALIST, Role.MANAGER, Role.ADMIN)


def local_day(moment: datetime) -> date:
    """The dealer's (China time) day of a stored UTC moment."""
    return moment.astimezone(CHINA_TIME).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The first moment of ``day`` and of the day after, in the dealer's time."""
    return day_start(day), day_start(day + timedelta(days=1))


def specialists(s: Session) -> list[tuple[int, str]]:
    """Active renewal specialists (id, name), in the order they were created: the plan's split order."""
    rows = s.execute(
        select(User.id, User.full_name)
        .join(UserRole, UserRole.user_id == User.id)
        .where(UserRole.role == Role.RENEWAL_SPECIALIST.value, User.is_active.is_(True))
        .order_by(User.id)
    ).all()
    return [(r.id, r.full_name) for r in rows]

"""A service manager's approval given there and then, by their own password (discounts, settlement).

The manager types their user name and password on the advisor's screen; the approval is
checked here, inside the service that needs it, never trusted from the screen. The
caller records who approved in its own audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import User
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.domain.roles import Role
from dealerdesk.services.actor import Actor
from dealerdesk.services.passwords import verify_password

WRONG = QT_TRANSLATE_NOOP("Messages", "The manager's user name or password is wrong.")
NOT_MANAGER = QT_TRANSLATE_NOOP("Messages", "{name} is not a service manager and cannot approve this.")
NOT_YOURSELF = QT_TRANSLATE_NOOP("Messages", "Another person must approve: you cannot approve your own request.")


@dataclass(frozen=True)
class ApprovalCredentials:
    """What the manager typed on the requester's screen."""

    username: str
    password: str


@dataclass(frozen=True)
class ManagerApproval:
    manager_id: int
    manager_name: str
    at: datetime


class ApprovalNeeded(DealerDeskError):
    """The act goes beyond the requester's own authority: ask a manager and call again with credentials."""


def manager_approval(db: Database, requester: Actor, credentials: ApprovalCredentials) -> ManagerApproval:
    """Check the credentials of an active service manager other than the requester."""
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == credentials.username.strip()))
        # One message for an unknown name and a wrong password, as at sign-in.
        if user is None or not user.is_active or not verify_password(credentials.password, user.password_hash):
            raise DealerDeskError(WRONG)
        if Role.MANAGER.value not in user.role_names:
            raise DealerDeskError(NOT_MANAGER, name=user.full_name)
        if user.id == requester.id:
            raise DealerDeskError(NOT_YOURSELF)
        return ManagerApproval(user.id, user.full_name, utcnow())

"""Who is acting, and the permission checks every service starts with."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealerdesk.db.models import User, UserRole
from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, AccountRevoked, PermissionDenied
from dealerdesk.domain.roles import ROLE_LABELS, Role


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as the services see them."""

    id: int
    username: str
    full_name: str
    roles: frozenset[Role]

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))


def require_role(actor: Actor, *roles: Role) -> None:
    """Refuse unless the actor holds one of ``roles``: enforced here, not only by hidden buttons."""
    if not actor.has(*roles):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Messages", "{user} may not do this: it needs the role {roles}."),
            user=actor.full_name,
            roles=tuple(ROLE_LABELS[r] for r in roles),
        )


def current_actor(s: Session, actor: Actor, *roles: Role) -> Actor:
    """The actor as the database says now, read in the caller's transaction; refused if deactivated.

    Rights follow the database, not the sign-in: an administrator who deactivates an account
    or takes a role away stops the next action of that person on every workstation. One
    query on the primary keys of users and user_roles. With ``roles``, the fresh actor must
    hold one of them.
    """
    rows = s.execute(
        select(User.is_active, User.username, User.full_name, UserRole.role)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .where(User.id == actor.id)
    ).all()
    if not rows or not rows[0].is_active:
        raise AccountRevoked(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The account {username} was deactivated by an administrator: you have been signed out. "
                "Nothing of yours that was saved is lost.",
            ),
            username=actor.username,
        )
    fresh = Actor(
        actor.id, rows[0].username, rows[0].full_name, frozenset(Role(r.role) for r in rows if r.role is not None)
    )
    if roles:
        require_role(fresh, *roles)
    return fresh

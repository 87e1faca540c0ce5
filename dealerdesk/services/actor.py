"""Who is acting, and the permission checks every service starts with."""

from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, PermissionDenied
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

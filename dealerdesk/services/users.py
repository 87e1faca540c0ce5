"""Users: first administrator, sign-in, administration. Users are deactivated, never deleted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.database import Database
from dealerdesk.db.models import User, UserRole
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    DealerDeskError,
    NotFound,
    Problem,
    ValidationError,
)
from dealerdesk.domain.roles import Role
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, require_role
from dealerdesk.services.passwords import hash_password, verify_password

MIN_PASSWORD_LENGTH = 6


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    team: str
    is_active: bool


def _view(u: User) -> UserView:
    return UserView(u.id, u.username, u.full_name, _roles(u), u.team or "", u.is_active)


def _roles(u: User) -> frozenset[Role]:
    return frozenset(Role(r.role) for r in u.roles)


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.full_name, _roles(u))


def _check_new_user(username: str, full_name: str, password: str, roles: set[Role]) -> None:
    problems: list[Problem] = []
    if not username.strip():
        problems.append(Problem("username", QT_TRANSLATE_NOOP("Messages", "Enter a user name.")))
    elif len(username.strip()) > 64 or any(c.isspace() for c in username.strip()):
        problems.append(
            Problem("username", QT_TRANSLATE_NOOP("Messages", "A user name has no spaces and at most 64 characters."))
        )
    if not full_name.strip():
        problems.append(Problem("full_name", QT_TRANSLATE_NOOP("Messages", "Enter the person's full name.")))
    problems += password_problems(password)
    if not roles:
        problems.append(Problem("roles", QT_TRANSLATE_NOOP("Messages", "Give the user at least one role.")))
    if problems:
        raise ValidationError(problems)


def password_problems(password: str) -> list[Problem]:
    if len(password) < MIN_PASSWORD_LENGTH:
        return [
            Problem(
                "password",
                QT_TRANSLATE_NOOP("Messages", "A password needs at least {n} characters."),
                {"n": MIN_PASSWORD_LENGTH},
            )
        ]
    return []


def needs_first_admin(db: Database) -> bool:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(User)) == 0


def _add_user(s: Session, username: str, full_name: str, password: str, roles: set[Role], team: str) -> User:
    if s.scalar(select(User.id).where(User.username == username.strip())) is not None:
        raise ValidationError(
            [
                Problem(
                    "username",
                    QT_TRANSLATE_NOOP("Messages", "The user name {username} is taken."),
                    {"username": username.strip()},
                )
            ]
        )
    user = User(
        username=username.strip(),
        full_name=full_name.strip(),
        password_hash=hash_password(password),
        team=team.strip() or None,
        is_active=True,
        roles=[UserRole(role=r.value) for r in sorted(roles)],
    )
    s.add(user)
    s.flush()
    return user


def create_first_admin(db: Database, username: str, full_name: str, password: str) -> Actor:
    """The first start of an empty database: the one account nobody has to authorise."""
    roles = {Role.ADMIN, Role.MANAGER}
    _check_new_user(username, full_name, password, roles)
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "This database already has users: sign in instead."))
        user = _add_user(s, username, full_name, password, roles, "")
        actor = _actor(user)
        audit.record(s, actor, "create_first_admin", "user", user.id, {"username": user.username})
        return actor


def authenticate(db: Database, username: str, password: str) -> Actor:
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username.strip()))
        # One message for an unknown user and a wrong password: no hint which names exist.
        if user is None or not verify_password(password, user.password_hash):
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The user name or the password is wrong."))
        if not user.is_active:
            raise DealerDeskError(
                QT_TRANSLATE_NOOP("Messages", "The account {username} is deactivated. Ask your administrator."),
                username=user.username,
            )
        return _actor(user)


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Re-authenticate the signed-in user (signatures are authenticated acts)."""
    with db.read() as s:
        user = s.get(User, actor.id)
        if user is None or not user.is_active or not verify_password(password, user.password_hash):
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The password is wrong."))


def list_users(db: Database, include_inactive: bool = True) -> list[UserView]:
    with db.read() as s:
        q = select(User).order_by(User.full_name)
        if not include_inactive:
            q = q.where(User.is_active.is_(True))
        return [_view(u) for u in s.scalars(q)]


def users_with_role(db: Database, role: Role) -> list[UserView]:
    with db.read() as s:
        q = (
            select(User)
            .join(UserRole)
            .where(UserRole.role == role.value, User.is_active.is_(True))
            .order_by(User.full_name)
        )
        return [_view(u) for u in s.scalars(q)]


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: set[Role],
    team: str = "",
) -> UserView:
    require_role(actor, Role.ADMIN)
    _check_new_user(username, full_name, password, roles)
    with db.write() as s:
        user = _add_user(s, username, full_name, password, roles, team)
        audit.record(
            s,
            actor,
            "create_user",
            "user",
            user.id,
            {"username": user.username, "full_name": user.full_name, "roles": roles, "team": team},
        )
        return _view(user)


def _get(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "No user with id {id}."), id=user_id)
    return user


def _active_admins(s: Session) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(User)
            .join(UserRole)
            .where(UserRole.role == Role.ADMIN.value, User.is_active.is_(True))
        )
        or 0
    )


def update_user(db: Database, actor: Actor, user_id: int, full_name: str, roles: set[Role], team: str) -> UserView:
    require_role(actor, Role.ADMIN)
    if not full_name.strip():
        raise ValidationError([Problem("full_name", QT_TRANSLATE_NOOP("Messages", "Enter the person's full name."))])
    if not roles:
        raise ValidationError([Problem("roles", QT_TRANSLATE_NOOP("Messages", "Give the user at least one role."))])
    with db.write() as s:
        user = _get(s, user_id)
        before = {
            "full_name": user.full_name,
            "roles": sorted(r.role for r in user.roles),
            "team": user.team or "",
        }
        user.full_name = full_name.strip()
        user.team = team.strip() or None
        user.roles = [UserRole(role=r.value) for r in sorted(roles)]
        s.flush()
        if user.is_active and _active_admins(s) == 0:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "At least one active administrator must remain."))
        after = {
            "full_name": user.full_name,
            "roles": sorted(r.value for r in roles),
            "team": user.team or "",
        }
        audit.record(s, actor, "update_user", "user", user.id, audit.diff(before, after))
        return _view(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    if actor.id != user_id:
        require_role(actor, Role.ADMIN)
    problems = password_problems(new_password)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        user = _get(s, user_id)
        user.password_hash = hash_password(new_password)
        audit.record(s, actor, "reset_password", "user", user.id, {"username": user.username})


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserView:
    require_role(actor, Role.ADMIN)
    with db.write() as s:
        user = _get(s, user_id)
        if not active and user.id == actor.id:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "You cannot deactivate your own account."))
        before = user.is_active
        user.is_active = active
        s.flush()
        if _active_admins(s) == 0:
            raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "At least one active administrator must remain."))
        audit.record(
            s,
            actor,
            "activate_user" if active else "deactivate_user",
            "user",
            user.id,
            {"is_active": [before, active]},
        )
        return _view(user)

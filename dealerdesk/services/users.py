"""Users: first administrator, sign-in, administration. Users are deactivated, never deleted."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dealerdesk.db.base import utcnow
from dealerdesk.db.database import Database
from dealerdesk.db.models import SignInThrottle, User, UserRole
from dealerdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    DealerDeskError,
    NotFound,
    Problem,
    ValidationError,
)
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import UI_LANGUAGES
from dealerdesk.services import audit
from dealerdesk.services.actor import Actor, current_actor
from dealerdesk.services.passwords import hash_password, verify_password
from dealerdesk.services.settings import get_settings

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


# Sign-in throttle: after this many wrong passwords in a row for one name, each further attempt
# waits, 30 s after the fifth and doubling with every wrong one after it, shared by every workstation.
THROTTLE_AFTER = 5
THROTTLE_FIRST_DELAY = timedelta(seconds=30)
_THROTTLE_MAX_DOUBLINGS = 12  # ~34 hours: the arithmetic never overflows a datetime


class SignInThrottled(DealerDeskError):
    """Too many wrong passwords for a name: ``seconds`` until the next try (the dialog counts down)."""

    def __init__(self, username: str, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "Too many wrong passwords for {username}. Try again in {seconds} seconds."),
            username=username,
            seconds=seconds,
        )
        self.seconds = seconds


@cache
def _dummy_hash() -> str:
    """Checked against when the name is unknown, so unknown and known names cost the same time."""
    return hash_password(os.urandom(16).hex())


def _throttle_delay(failures: int) -> timedelta | None:
    if failures < THROTTLE_AFTER:
        return None
    return THROTTLE_FIRST_DELAY * (1 << min(failures - THROTTLE_AFTER, _THROTTLE_MAX_DOUBLINGS))


def _wait_left(locked_until: datetime | None, now: datetime) -> int:
    return 0 if locked_until is None or locked_until <= now else math.ceil((locked_until - now).total_seconds())


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """Sign in; every attempt, good or bad, goes into the audit log.

    One message for an unknown user and a wrong password, and the same scrypt work for both,
    so that neither the text nor the time tells which names exist. The throttle is kept per
    typed name for the same reason.
    """
    name = username.strip()[:64]
    now = now or utcnow()
    with db.read() as s:
        throttle = s.get(SignInThrottle, name)
        wait = _wait_left(throttle.locked_until if throttle else None, now)
    if wait:
        with db.write() as s:  # an attempt while waiting is a failed sign-in too
            audit.record(s, None, "sign_in_throttled", "user", name, {"username": name, "wait_seconds": wait})
        raise SignInThrottled(name, wait)
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == name))
        stored = user.password_hash if user is not None else _dummy_hash()
        known = _actor(user) if user is not None else None
        active = user is not None and user.is_active
    good = verify_password(password, stored) and known is not None
    delay: timedelta | None = None
    with db.write() as s:
        throttle = s.get(SignInThrottle, name)
        if not good:
            if throttle is None:
                throttle = SignInThrottle(username=name, failures=0)
                s.add(throttle)
            throttle.failures += 1
            delay = _throttle_delay(throttle.failures)
            throttle.locked_until = now + delay if delay else None
            audit.record(
                s,
                None,
                "sign_in_failed",
                "user",
                known.id if known else name,
                {"username": name, "failures": throttle.failures},
            )
        else:
            if throttle is not None:
                s.delete(throttle)
            audit.record(
                s,
                known,
                "sign_in" if active else "sign_in_refused_inactive",
                "user",
                known.id if known else name,
                {"username": name},
            )
    if not good:
        if delay:
            raise SignInThrottled(name, math.ceil(delay.total_seconds()))
        raise DealerDeskError(QT_TRANSLATE_NOOP("Messages", "The user name or the password is wrong."))
    assert known is not None
    if not active:
        raise DealerDeskError(
            QT_TRANSLATE_NOOP("Messages", "The account {username} is deactivated. Ask your administrator."),
            username=known.username,
        )
    return known


def check_still_signed_in(db: Database, actor: Actor) -> Actor:
    """The actor as stored now; raises AccountRevoked once the account was deactivated (the window polls this)."""
    with db.read() as s:
        return current_actor(s, actor)


def user_language(db: Database, user_id: int) -> str | None:
    """The screen language the user chose for themselves (None: never chose; Settings decides)."""
    with db.read() as s:
        user = s.get(User, user_id)
        return user.language if user is not None else None


def set_user_language(db: Database, actor: Actor, language: str) -> None:
    """Remember the signed-in user's own screen language, for every PC they sign in at."""
    if language not in UI_LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    with db.write() as s:
        current_actor(s, actor)
        user = s.get(User, actor.id)
        if user is not None and user.language != language:
            user.language = language


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """Re-authenticate the signed-in user (signatures are authenticated acts)."""
    with db.read() as s:
        current_actor(s, actor)  # a deactivated account hears so, not "the password is wrong"
        user = s.get(User, actor.id)
        if user is None or not verify_password(password, user.password_hash):
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


def _check_team(db: Database, team: str, current: str = "") -> None:
    """A team from the list in Settings (or none); a user keeps a team since taken off the list."""
    team = team.strip()
    if team and team != current and team not in get_settings(db).teams:
        raise ValidationError(
            [
                Problem(
                    "team",
                    QT_TRANSLATE_NOOP("Messages", "Team {team} is not in the list of teams kept in Settings."),
                    {"team": team},
                )
            ]
        )


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: set[Role],
    team: str = "",
) -> UserView:
    _check_new_user(username, full_name, password, roles)
    _check_team(db, team)
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADMIN)
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
    if not full_name.strip():
        raise ValidationError([Problem("full_name", QT_TRANSLATE_NOOP("Messages", "Enter the person's full name."))])
    if not roles:
        raise ValidationError([Problem("roles", QT_TRANSLATE_NOOP("Messages", "Give the user at least one role."))])
    with db.read() as s:
        current = _get(s, user_id).team or ""
    _check_team(db, team, current)
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADMIN)
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
    problems = password_problems(new_password)
    if problems:
        raise ValidationError(problems)
    with db.write() as s:
        actor = current_actor(s, actor, *(() if actor.id == user_id else (Role.ADMIN,)))
        user = _get(s, user_id)
        user.password_hash = hash_password(new_password)
        audit.record(s, actor, "reset_password", "user", user.id, {"username": user.username})


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserView:
    with db.write() as s:
        actor = current_actor(s, actor, Role.ADMIN)
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

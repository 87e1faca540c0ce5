"""Renewal test data: specialists, and cars with a policy due on a given day."""

from __future__ import annotations

from datetime import date
from unittest.mock import patch

from dealerdesk.db.database import Database
from dealerdesk.db.models import Customer, Vehicle
from dealerdesk.domain.renewal_rules import PolicyInput
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.actor import Actor
from dealerdesk.services.renewal.policies import save_policy
from tests.helpers import PASSWORD, UserSet, _hash_once


def make_specialist(db: Database, people: UserSet, username: str, name: str) -> Actor:
    with patch.object(users, "hash_password", _hash_once):
        view = users.create_user(db, people.admin, username, name, PASSWORD, {Role.RENEWAL_SPECIALIST}, "")
    return Actor(view.id, view.username, view.full_name, view.roles)


def make_cars(db: Database, count: int, start: int = 0) -> list[int]:
    """``count`` cars with owners; plates 苏A{n:05d}."""
    ids = []
    with db.write() as s:
        for n in range(start, start + count):
            owner = Customer(name=f"车主{n}", mobile=f"139{n:08d}")
            car = Vehicle(vin=f"LTEST{n:012d}", plate=f"苏A{n:05d}", model="朗逸", owner=owner)
            s.add(car)
            s.flush()
            ids.append(car.id)
    return ids


def insure(db: Database, actor: Actor, vehicle_id: int, due: date, premium_fen: int = 480_000) -> int:
    """A policy whose compulsory cover expires on ``due`` (commercial a week later)."""
    commercial = date.fromordinal(due.toordinal() + 7)
    return save_policy(db, actor, vehicle_id, PolicyInput("人保财险", due, commercial, premium_fen, "平安")).policy_id

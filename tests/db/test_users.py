from __future__ import annotations

import pytest

from dealerdesk.db.database import Database
from dealerdesk.domain.messages import DealerDeskError, PermissionDenied, ValidationError
from dealerdesk.domain.roles import Role
from dealerdesk.services import users
from dealerdesk.services.passwords import hash_password, verify_password
from tests.helpers import PASSWORD, UserSet


def test_password_hash_is_salted_and_slow_scheme() -> None:
    a, b = hash_password("abc12345"), hash_password("abc12345")
    assert a != b and a.startswith("scrypt$") and "abc12345" not in a
    assert verify_password("abc12345", a) and not verify_password("abc12346", a)


def test_first_admin_only_on_an_empty_database(db: Database) -> None:
    assert users.needs_first_admin(db)
    admin = users.create_first_admin(db, "boss", "老板", PASSWORD)
    assert Role.ADMIN in admin.roles
    assert not users.needs_first_admin(db)
    with pytest.raises(DealerDeskError, match="already has users"):
        users.create_first_admin(db, "other", "别人", PASSWORD)


def test_wrong_password_and_unknown_user_give_one_clear_message(db: Database, people: UserSet) -> None:
    for name, pw in (("sa1", "nope"), ("nobody", PASSWORD)):
        with pytest.raises(DealerDeskError) as info:
            users.authenticate(db, name, pw)
        assert str(info.value) == "The user name or the password is wrong."
    assert users.authenticate(db, "sa1", PASSWORD).full_name == "李晓明"


def test_roles_are_enforced_in_the_service(db: Database, people: UserSet) -> None:
    with pytest.raises(PermissionDenied, match="Administrator"):
        users.create_user(db, people.advisor, "x1", "某人", PASSWORD, {Role.ADMIN})
    with pytest.raises(PermissionDenied):
        users.set_active(db, people.manager, people.tech.id, False)
    with pytest.raises(PermissionDenied):
        users.reset_password(db, people.advisor, people.tech.id, "newpass1")


def test_deactivated_user_cannot_sign_in_and_is_kept(db: Database, people: UserSet) -> None:
    users.set_active(db, people.admin, people.tech.id, False)
    with pytest.raises(DealerDeskError, match="deactivated"):
        users.authenticate(db, "tech1", PASSWORD)
    assert any(u.username == "tech1" and not u.is_active for u in users.list_users(db))
    assert all(u.username != "tech1" for u in users.users_with_role(db, Role.TECHNICIAN))


def test_last_admin_cannot_be_removed(db: Database, people: UserSet) -> None:
    with pytest.raises(DealerDeskError, match="own account"):
        users.set_active(db, people.admin, people.admin.id, False)
    with pytest.raises(DealerDeskError, match="active administrator"):
        users.update_user(db, people.admin, people.admin.id, "管理员", {Role.MANAGER}, "")


def test_reset_password_and_roles(db: Database, people: UserSet) -> None:
    users.reset_password(db, people.admin, people.tech.id, "brandnew1")
    assert users.authenticate(db, "tech1", "brandnew1").id == people.tech.id
    users.update_user(db, people.admin, people.tech.id, "王师傅", {Role.TECHNICIAN, Role.TEAM_LEAD}, "机电一组")
    assert users.authenticate(db, "tech1", "brandnew1").roles == {Role.TECHNICIAN, Role.TEAM_LEAD}
    with pytest.raises(ValidationError) as info:
        users.create_user(db, people.admin, "sa1", "重名", PASSWORD, {Role.ADVISOR})
    assert info.value.problems[0].field == "username"

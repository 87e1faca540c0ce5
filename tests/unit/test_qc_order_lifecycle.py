"""The order moves QC causes: finish, failed levels, final inspection, hand-over, a manager's reopening."""

from __future__ import annotations

import pytest

from dealerdesk.domain.messages import DealerDeskError
from dealerdesk.domain.order_lifecycle import allowed_targets, check_transition
from dealerdesk.domain.roles import Role
from dealerdesk.domain.vocabulary import OrderStatus

S = OrderStatus


def test_a_manager_sends_a_ready_car_back_to_awaiting_qc() -> None:
    transition = check_transition(S.READY, S.AWAITING_QC, {Role.MANAGER})
    assert transition.roles == frozenset({Role.MANAGER})
    assert S.AWAITING_QC in allowed_targets(S.READY)


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.QC_INSPECTOR, Role.TEAM_LEAD, Role.TECHNICIAN, Role.ADMIN])
def test_nobody_else_sends_a_ready_car_back_to_qc(role: Role) -> None:
    with pytest.raises(DealerDeskError) as refused:
        check_transition(S.READY, S.AWAITING_QC, {role})
    assert refused.value.render() == (
        "Moving an order from Ready for delivery to Awaiting QC needs the role Service manager."
    )


@pytest.mark.parametrize("target", [S.AWAITING_QC, S.READY, S.IN_WORKSHOP])
def test_a_delivered_car_never_goes_back(target: OrderStatus) -> None:
    every_role = set(Role)
    with pytest.raises(DealerDeskError, match="cannot become"):
        check_transition(S.DELIVERED, target, every_role)
    assert allowed_targets(S.DELIVERED) == []


def test_qc_moves_and_who_makes_them() -> None:
    assert check_transition(S.IN_WORKSHOP, S.AWAITING_QC, {Role.TECHNICIAN})  # work finished
    assert check_transition(S.AWAITING_QC, S.IN_WORKSHOP, {Role.TEAM_LEAD})  # a level failed
    assert check_transition(S.AWAITING_QC, S.READY, {Role.QC_INSPECTOR})  # final inspection passed
    assert check_transition(S.READY, S.IN_WORKSHOP, {Role.ADVISOR})  # hand-over failed
    assert check_transition(S.READY, S.DELIVERED, {Role.ADVISOR})
    with pytest.raises(DealerDeskError, match="needs the role"):
        check_transition(S.AWAITING_QC, S.READY, {Role.MANAGER})  # a manager reopens, never signs

"""The work order's life cycle: which status may follow which, and who may move it.

draft -> open -> in workshop -> awaiting QC -> ready for delivery -> delivered;
cancelled with a reason from draft, open or in workshop. QC failures send the car back
to the workshop (awaiting QC -> in workshop; ready -> in workshop after a failed
hand-over check). A service manager who reopens the final inspection of a car not yet
handed over sends it back to awaiting QC; nothing leaves delivered. Services call
:func:`check_transition` before every change.
"""

from __future__ import annotations

from dataclasses import dataclass

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP, DealerDeskError
from dealerdesk.domain.roles import ROLE_LABELS, Role
from dealerdesk.domain.vocabulary import STATUS_LABELS, OrderStatus

S = OrderStatus


@dataclass(frozen=True)
class Transition:
    source: OrderStatus
    target: OrderStatus
    roles: frozenset[Role]


def _t(source: OrderStatus, target: OrderStatus, *roles: Role) -> Transition:
    return Transition(source, target, frozenset(roles))


TRANSITIONS: tuple[Transition, ...] = (
    _t(S.DRAFT, S.OPEN, Role.ADVISOR),  # only a complete order opens
    _t(S.OPEN, S.IN_WORKSHOP, Role.ADVISOR, Role.TEAM_LEAD),  # dispatched to the workshop
    _t(S.IN_WORKSHOP, S.AWAITING_QC, Role.TECHNICIAN, Role.TEAM_LEAD),  # work finished: a QC round starts
    _t(S.AWAITING_QC, S.IN_WORKSHOP, Role.TECHNICIAN, Role.TEAM_LEAD, Role.QC_INSPECTOR),  # a QC level failed
    _t(S.AWAITING_QC, S.READY, Role.QC_INSPECTOR),  # final inspection passed
    _t(S.READY, S.IN_WORKSHOP, Role.ADVISOR),  # hand-over check failed: internal rework
    _t(S.READY, S.AWAITING_QC, Role.MANAGER),  # a manager reopened a QC level before the hand-over
    _t(S.READY, S.DELIVERED, Role.ADVISOR),  # hand-over check passed, car handed to the customer
    _t(S.DRAFT, S.CANCELLED, Role.ADVISOR, Role.MANAGER),
    _t(S.OPEN, S.CANCELLED, Role.ADVISOR, Role.MANAGER),
    _t(S.IN_WORKSHOP, S.CANCELLED, Role.ADVISOR, Role.MANAGER),
)

EDITABLE = frozenset({S.DRAFT, S.OPEN, S.IN_WORKSHOP})  # the intake data may still be corrected


def allowed_targets(source: OrderStatus) -> list[OrderStatus]:
    return [t.target for t in TRANSITIONS if t.source is source]


def check_transition(source: OrderStatus, target: OrderStatus, roles: frozenset[Role] | set[Role]) -> Transition:
    """The transition, or a DealerDeskError saying why it is not allowed."""
    for t in TRANSITIONS:
        if t.source is source and t.target is target:
            if not t.roles.intersection(roles):
                raise DealerDeskError(
                    QT_TRANSLATE_NOOP("Messages", "Moving an order from {source} to {target} needs the role {roles}."),
                    source=STATUS_LABELS[source],
                    target=STATUS_LABELS[target],
                    roles=tuple(ROLE_LABELS[r] for r in sorted(t.roles)),
                )
            return t
    raise DealerDeskError(
        QT_TRANSLATE_NOOP("Messages", "An order that is {source} cannot become {target}."),
        source=STATUS_LABELS[source],
        target=STATUS_LABELS[target],
    )

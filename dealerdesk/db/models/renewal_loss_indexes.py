"""The loss analysis's covering indexes on the renewal tables (migration 0025).

Kept beside the tables' own definitions rather than in them: they serve the loss analysis
(services/renewal/losses.py) alone, and say so here.
"""

from __future__ import annotations

from sqlalchemy import Index

from dealerdesk.db.models.renewal import RenewalCall, RenewalFollowUp, RenewalPlanEntry

_f = RenewalFollowUp.__table__.c
_c = RenewalCall.__table__.c
_e = RenewalPlanEntry.__table__.c

LOSS_INDEXES = (
    # A period's closed records by stage, reason, insurer and specialist, and the trend's counts.
    Index(
        "ix_renewal_followups_closed_cover", _f.closed_at, _f.stage, _f.loss_reason, _f.loss_insurer, _f.specialist_id
    ),
    # The follow-ups called in a plan's week.
    Index("ix_renewal_calls_called_followup", _c.called_at, _c.followup_id),
    Index("ix_renewal_plan_entries_cover", _e.plan_id, _e.specialist_id, _e.followup_id),
)

"""续保前移: the renewal offer recorded at a claim repair's hand-over, its gift vouchers, the advisor's bonus.

An offer is recorded once per order and never deleted (database triggers): it is what the customer
was told and answered at the counter. A mistake in it is corrected by the one who recorded it or a
manager, with a reason: the version goes up by one, the audit log keeps the before, the after and
why. The bonus ledger is append-only: a correction that takes a bonus back adds a reversal row; a
month's report sums it per advisor.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dealerdesk.db.base import Base, UTCDateTime, utcnow


class RenewalOffer(Base):
    __tablename__ = "renewal_offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), unique=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
    claim_fen: Mapped[int] = mapped_column(Integer)  # the order's settled (final) amount when offered
    result: Mapped[str] = mapped_column(String(12))  # prepaid / declined
    prepay_fen: Mapped[int | None] = mapped_column(Integer)
    package_name: Mapped[str] = mapped_column(String(200), default="")
    package_worth_fen: Mapped[int] = mapped_column(Integer, default=0)
    decline_reason: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    advisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: recorded before 0029
    version: Mapped[int] = mapped_column(Integer, default=1)
    corrected_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    corrected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # Optimistic locking: a correction on stale data raises StaleDataError, a ConflictError in the service.
    __mapper_args__ = {"version_id_col": version}


class RenewalOfferVoucher(Base):
    """The vouchers a prepaid offer's gift package put on the vehicle."""

    __tablename__ = "renewal_offer_vouchers"

    offer_id: Mapped[int] = mapped_column(ForeignKey("renewal_offers.id"), primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), primary_key=True)


class RenewalBonus(Base):
    """One bonus row: an advisor's reward for a prepaying customer, or a correction's reversal of one
    (``reverses_id``, the amount negated) (append-only)."""

    __tablename__ = "renewal_bonus_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    advisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("renewal_offers.id"), index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("renewal_bonus_ledger.id"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM, local: the month it is paid with
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

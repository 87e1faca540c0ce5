"""Customers and vehicles. The VIN is the vehicle's key (a new car may have no plate yet).

The vehicle also carries the customer-care record: who owns it, who to call about it (the
contact) and who drives it, each stamped when a person last checked it with them; where the
car was sold (the source channel, and the second-tier outlet by name); and how it is used.
The seed's lost customers are mostly cars whose person on file is not the car's user.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from dealerdesk.db.base import Base, UTCDateTime, utcnow
from dealerdesk.domain.search_text import search_key


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    # search_key(name), kept in step by _keep_name_key: the name shows as typed, searches match this.
    # Indexed for the search's prefix path (fragments shorter than the trigram index's 3 characters).
    name_key: Mapped[str] = mapped_column(Text, default="", server_default="", index=True)
    mobile: Mapped[str] = mapped_column(Text, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="owner")

    @validates("name")
    def _keep_name_key(self, _field: str, value: str) -> str:
        self.name_key = search_key(value)
        return value


class Vehicle(Base):
    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(primary_key=True)
    vin: Mapped[str] = mapped_column(Text, unique=True)
    plate: Mapped[str | None] = mapped_column(Text, index=True)
    make: Mapped[str | None] = mapped_column(Text)
    model: Mapped[str] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(Text)
    last_mileage: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    # The factory warranty's start (the sale to the first owner); the warranty end is predicted from it.
    # Customer care uses it as the sale date (first service, vehicle age).
    warranty_start: Mapped[date | None] = mapped_column(Date, index=True)
    # Verified: when and by whom the owner (the Customer), the contact and the driver were last
    # confirmed with the person; None: never (typed at intake or imported from a sales list).
    owner_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    owner_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contact_name: Mapped[str] = mapped_column(Text, default="", server_default="")  # empty: the owner
    contact_mobile: Mapped[str] = mapped_column(Text, default="", server_default="")
    contact_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    contact_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    driver_name: Mapped[str] = mapped_column(Text, default="", server_default="")  # the usual driver
    driver_mobile: Mapped[str] = mapped_column(Text, default="", server_default="")
    driver_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    driver_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # domain.care_records.SourceChannel; None: not known (a car first seen in the workshop).
    source_channel: Mapped[str | None] = mapped_column(String(16), index=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)  # channel "outlet"
    usage_taxi: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    usage_ride_hailing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    usage_company_car: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    owner: Mapped[Customer | None] = relationship(back_populates="vehicles")


class Outlet(Base):
    """A second-tier outlet (二级网点) that sells cars the dealership then services."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_mobile: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

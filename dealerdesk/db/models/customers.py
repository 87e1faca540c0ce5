"""Customers and vehicles. The VIN is the vehicle's key (a new car may have no plate yet)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, Text
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
    warranty_start: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    owner: Mapped[Customer | None] = relationship(back_populates="vehicles")

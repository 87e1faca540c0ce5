"""The customer-care record of a vehicle: where it was sold, how it is used, who to call.

Values are stored as the enum value; labels are English source texts translated in the UI
(context "Messages"). The sale date is the vehicle's ``warranty_start`` (the sale to the
first owner): one date, not two that drift apart.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class SourceChannel(enum.StrEnum):
    OWN_SALES = "own_sales"  # 本店新车销售
    OUTLET = "outlet"  # 二级网点 (named in outlets)
    WALK_IN = "walk_in"  # 自来客户: bought elsewhere, came to the workshop on its own
    OTHER_DEALER = "other_dealer"  # 他店转入


SOURCE_CHANNEL_LABELS: dict[SourceChannel, str] = {
    SourceChannel.OWN_SALES: QT_TRANSLATE_NOOP("Messages", "Own new-car sales"),
    SourceChannel.OUTLET: QT_TRANSLATE_NOOP("Messages", "Second-tier outlet"),
    SourceChannel.WALK_IN: QT_TRANSLATE_NOOP("Messages", "Walk-in"),
    SourceChannel.OTHER_DEALER: QT_TRANSLATE_NOOP("Messages", "From another dealer"),
}


class Usage(enum.StrEnum):
    """Usage flags: the vehicles table has one boolean column per flag, ``usage_<value>``."""

    TAXI = "taxi"  # 出租车
    RIDE_HAILING = "ride_hailing"  # 网约车
    COMPANY_CAR = "company_car"  # 公司车


USAGE_LABELS: dict[Usage, str] = {
    Usage.TAXI: QT_TRANSLATE_NOOP("Messages", "Taxi"),
    Usage.RIDE_HAILING: QT_TRANSLATE_NOOP("Messages", "Ride-hailing"),
    Usage.COMPANY_CAR: QT_TRANSLATE_NOOP("Messages", "Company car"),
}


class Person(enum.StrEnum):
    """The three people on a vehicle's record, each verified on/by separately."""

    OWNER = "owner"  # 车主 (the Customer the vehicle belongs to)
    CONTACT = "contact"  # 联系人: who to call about the car
    DRIVER = "driver"  # 常用驾驶人


PERSON_LABELS: dict[Person, str] = {
    Person.OWNER: QT_TRANSLATE_NOOP("Messages", "Owner"),
    Person.CONTACT: QT_TRANSLATE_NOOP("Messages", "Contact"),
    Person.DRIVER: QT_TRANSLATE_NOOP("Messages", "Usual driver"),
}

# The seed wants outlet data the same day; one day's grace for a sale late in the evening.
DAYS_ALLOWED_AFTER_SALE = 1


def sent_late(sale_date: date, received_on: date) -> bool:
    """True when a sale reached the dealership later than the day after it."""
    return received_on > sale_date + timedelta(days=DAYS_ALLOWED_AFTER_SALE)

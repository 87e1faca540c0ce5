"""Complete work-order input for the tests of work-order entry, search and anything built on open orders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dealerdesk.domain.order_rules import LabourLineInput, OrderInput, PartsLineInput
from dealerdesk.domain.validation import with_check_digit
from dealerdesk.domain.vocabulary import FuelLevel, PaymentType, ServiceCategory

VIN_CHINA = "LSVAU218XN2183294"  # SAIC Volkswagen, correct check digit
MOBILE = "13800138000"
PLATE = "川A12345"


def vin_with_wrong_check_digit(vin: str) -> str:
    right = with_check_digit(vin)
    return right[:8] + ("0" if right[8] != "0" else "1") + right[9:]


def complete_order(
    *,
    vin: str = VIN_CHINA,
    plate: str = PLATE,
    mileage: int = 12_345,
    technician_id: int | None = None,
    checked_in_at: datetime | None = None,
    customer_name: str = "张三",
    mobile: str = MOBILE,
) -> OrderInput:
    checked_in = checked_in_at or datetime.now(UTC).replace(microsecond=0)
    return OrderInput(
        customer_name=customer_name,
        customer_mobile=mobile,
        plate=plate,
        vin=vin,
        model="朗逸 1.5L",
        colour="白色",
        mileage_in=mileage,
        fuel_level=FuelLevel.HALF,
        category=ServiceCategory.PERIODIC_MAINTENANCE,
        payment_type=PaymentType.CUSTOMER,
        concerns=["做保养", "刹车有异响"],
        labour_lines=[LabourLineInput("更换机油机滤", 100, 30000, technician_id)],
        parts_lines=[PartsLineInput("06L115562", "机油滤清器", 1000, 8800)],
        estimate_fen=38800,
        checked_in_at=checked_in,
        promised_at=checked_in + timedelta(hours=3),
        valuables="行车记录仪",
        customer_waits=True,
        wash=True,
    )

"""Blocks both documents print the same way: order, vehicle, concerns, intake."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from dealerdesk.reports import formatting
from dealerdesk.reports.layout import BODY_WIDTH, Cell, Sheet

NO_WIDTH = 10 * mm  # the "No." column


def order_fields(sheet: Sheet, *, with_mobile: bool) -> Flowable:
    """Times, advisor, category and who the customer is.

    The job card leaves out the phone numbers: the workshop calls through the advisor.
    """
    order, lab = sheet.order, sheet.labels
    pairs: list[tuple[str, str | Flowable]] = [
        (lab.checked_in, sheet.time(order.checked_in_at)),
        (lab.promised, sheet.time(order.promised_at)),
        (lab.advisor, order.advisor_name),
        (lab.category, lab.categories[order.category]),
        (lab.customer, order.customer_name),
    ]
    if with_mobile:
        pairs.append((lab.mobile, order.customer_mobile))
    if order.contact_name:
        phone = f"  {order.contact_phone}" if with_mobile and order.contact_phone else ""
        pairs.append((lab.contact, f"{order.contact_name}{phone}"))
    else:
        pairs.append((lab.contact, lab.contact_is_owner))
    pairs += [
        (lab.payment, lab.payments[order.payment]),
        (lab.waits, _waits(sheet)),
    ]
    return sheet.fields(lab.section_order, pairs, per_row=3, label_width=21 * mm)


def _waits(sheet: Sheet) -> str | Flowable:
    """Never recorded (an order opened before the answer was required): both boxes, to tick by hand."""
    waits, lab = sheet.order.customer_waits, sheet.labels
    if waits is None:
        return sheet.tick_boxes([lab.waits_tick_yes, lab.waits_tick_no])
    return lab.waits_yes if waits else lab.waits_no


def vehicle_fields(sheet: Sheet) -> Flowable:
    vehicle, lab = sheet.order.vehicle, sheet.labels
    return sheet.fields(
        lab.section_vehicle,
        [
            (lab.plate, vehicle.plate or lab.no_plate),
            (lab.vin, vehicle.vin),
            (lab.model, vehicle.model),
            (lab.colour, vehicle.colour),
            (lab.mileage_in, formatting.kilometres(vehicle.mileage_km, lab.km)),
            (lab.fuel, lab.fuel_levels[vehicle.fuel_level]),
        ],
        per_row=3,
        label_width=21 * mm,
    )


def concerns(sheet: Sheet) -> Table:
    """The customer's own words, numbered, one request per row."""
    rows: list[list[Cell]] = [
        [sheet.text(f"{n}.", sheet.styles.body_center), sheet.text(concern)]
        for n, concern in enumerate(sheet.order.concerns, start=1)
    ]
    return sheet.section(sheet.labels.section_concerns, [NO_WIDTH, BODY_WIDTH - NO_WIDTH], rows)


def intake_fields(sheet: Sheet) -> Flowable:
    order, lab = sheet.order, sheet.labels
    return sheet.fields(
        lab.section_intake,
        [
            # Nothing recorded is not "none": the customer would sign that there is no damage.
            (lab.valuables, order.valuables),
            (lab.damage, order.intake_damage),
            (lab.wash, sheet.yes_no(order.wash)),
            (lab.old_parts, lab.old_parts_yes if order.old_parts_returned else lab.old_parts_no),
        ],
    )

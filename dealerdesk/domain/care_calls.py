"""Follow-up calls (招揽) of the customer care desk: the coded outcomes and what each one leads to.

Every call ends in one coded outcome of three classes: connected (the customer or the car's user
answered), not connected (nobody answered) and invalid (the number itself is wrong or missing).
The monthly figures count calls made and connected per person by these classes.
"""

from __future__ import annotations

import enum

from dealerdesk.domain.messages import QT_TRANSLATE_NOOP


class OutcomeClass(enum.StrEnum):
    CONNECTED = "connected"
    NOT_CONNECTED = "not_connected"
    INVALID = "invalid"


class CallOutcome(enum.StrEnum):
    # connected
    WILL_COME = "will_come"  # promised a visit on a date
    NOT_DUE_KM = "not_due_km"  # has not driven far enough yet
    OTHER_SHOP = "other_shop"  # services the car elsewhere: which shop, why
    CAR_SOLD = "car_sold"
    MOVED_AWAY = "moved_away"
    NOT_INTERESTED = "not_interested"
    CALL_LATER = "call_later"  # reached, asked to be called another day
    # not connected
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    SWITCHED_OFF = "switched_off"
    # invalid
    WRONG_NUMBER = "wrong_number"
    EMPTY_NUMBER = "empty_number"


OUTCOME_CLASS: dict[CallOutcome, OutcomeClass] = {
    CallOutcome.WILL_COME: OutcomeClass.CONNECTED,
    CallOutcome.NOT_DUE_KM: OutcomeClass.CONNECTED,
    CallOutcome.OTHER_SHOP: OutcomeClass.CONNECTED,
    CallOutcome.CAR_SOLD: OutcomeClass.CONNECTED,
    CallOutcome.MOVED_AWAY: OutcomeClass.CONNECTED,
    CallOutcome.NOT_INTERESTED: OutcomeClass.CONNECTED,
    CallOutcome.CALL_LATER: OutcomeClass.CONNECTED,
    CallOutcome.NO_ANSWER: OutcomeClass.NOT_CONNECTED,
    CallOutcome.BUSY: OutcomeClass.NOT_CONNECTED,
    CallOutcome.SWITCHED_OFF: OutcomeClass.NOT_CONNECTED,
    CallOutcome.WRONG_NUMBER: OutcomeClass.INVALID,
    CallOutcome.EMPTY_NUMBER: OutcomeClass.INVALID,
}

OUTCOME_CLASS_LABELS: dict[OutcomeClass, str] = {
    OutcomeClass.CONNECTED: QT_TRANSLATE_NOOP("Messages", "Connected"),
    OutcomeClass.NOT_CONNECTED: QT_TRANSLATE_NOOP("Messages", "Not connected"),
    OutcomeClass.INVALID: QT_TRANSLATE_NOOP("Messages", "Invalid number"),
}

OUTCOME_LABELS: dict[CallOutcome, str] = {
    CallOutcome.WILL_COME: QT_TRANSLATE_NOOP("Messages", "Will come on a date"),
    CallOutcome.NOT_DUE_KM: QT_TRANSLATE_NOOP("Messages", "Not due yet by km"),
    CallOutcome.OTHER_SHOP: QT_TRANSLATE_NOOP("Messages", "Uses another shop"),
    CallOutcome.CAR_SOLD: QT_TRANSLATE_NOOP("Messages", "Car sold"),
    CallOutcome.MOVED_AWAY: QT_TRANSLATE_NOOP("Messages", "Moved away"),
    CallOutcome.NOT_INTERESTED: QT_TRANSLATE_NOOP("Messages", "Not interested"),
    CallOutcome.CALL_LATER: QT_TRANSLATE_NOOP("Messages", "Call again later"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Messages", "No answer"),
    CallOutcome.BUSY: QT_TRANSLATE_NOOP("Messages", "Busy"),
    CallOutcome.SWITCHED_OFF: QT_TRANSLATE_NOOP("Messages", "Switched off"),
    CallOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Messages", "Wrong number"),
    CallOutcome.EMPTY_NUMBER: QT_TRANSLATE_NOOP("Messages", "No number on file"),
}


class FixKind(enum.StrEnum):
    """What the data-to-fix queue asks someone to correct on the vehicle's record."""

    WRONG_NUMBER = "wrong_number"
    EMPTY_NUMBER = "empty_number"
    CAR_SOLD = "car_sold"


FIX_FOR_OUTCOME: dict[CallOutcome, FixKind] = {
    CallOutcome.WRONG_NUMBER: FixKind.WRONG_NUMBER,
    CallOutcome.EMPTY_NUMBER: FixKind.EMPTY_NUMBER,
    CallOutcome.CAR_SOLD: FixKind.CAR_SOLD,
}

FIX_LABELS: dict[FixKind, str] = {
    FixKind.WRONG_NUMBER: QT_TRANSLATE_NOOP("Messages", "Wrong number: find the right one"),
    FixKind.EMPTY_NUMBER: QT_TRANSLATE_NOOP("Messages", "No number on file: find one"),
    FixKind.CAR_SOLD: QT_TRANSLATE_NOOP("Messages", "Car sold: record the new owner"),
}

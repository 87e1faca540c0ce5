"""Words and colours the QC screens share: stages, answers, outcomes.

Every string is a literal QCoreApplication.translate("QcLabels", ...) call: lupdate reads only literals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dealerdesk.domain.qc_rules import Outcome
from dealerdesk.domain.vocabulary import QC_LEVEL_LABELS, ItemAnswer, QcLevel
from dealerdesk.services.qc.views import FailureView, ItemView, QueueStage, RoundStatus, SignoffView
from dealerdesk.ui.feedback import tr_message
from dealerdesk.ui.widgets.date_times import local_text

PASS_COLOUR = QColor("#1b7f3b")
FAIL_COLOUR = QColor("#b00020")
PASS_BACKGROUND = QColor("#e6f4ea")
FAIL_BACKGROUND = QColor("#fde7ea")
PROBLEM_BACKGROUND = QColor("#fff4d6")


def level_label(level: QcLevel | int) -> str:
    return tr_message(QC_LEVEL_LABELS[QcLevel(level)])


def short_level(level: QcLevel | int) -> str:
    """Column-width names: "L1 self-check", "Hand-over"."""
    return {
        QcLevel.SELF_CHECK: QCoreApplication.translate("QcLabels", "L1 self-check"),
        QcLevel.TEAM_LEAD: QCoreApplication.translate("QcLabels", "L2 team lead"),
        QcLevel.FINAL: QCoreApplication.translate("QcLabels", "L3 final"),
        QcLevel.HANDOVER: QCoreApplication.translate("QcLabels", "Hand-over"),
    }[QcLevel(level)]


def stage_label(stage: QueueStage) -> str:
    return {
        QueueStage.FINISH: QCoreApplication.translate("QcLabels", "In workshop"),
        QueueStage.LEVEL_1: QCoreApplication.translate("QcLabels", "Level 1: self-check"),
        QueueStage.LEVEL_2: QCoreApplication.translate("QcLabels", "Level 2: team lead"),
        QueueStage.LEVEL_3: QCoreApplication.translate("QcLabels", "Level 3: final inspection"),
        QueueStage.HANDOVER: QCoreApplication.translate("QcLabels", "Hand-over check"),
        QueueStage.DELIVER: QCoreApplication.translate("QcLabels", "Ready to deliver"),
    }[stage]


def answer_label(answer: ItemAnswer | None) -> str:
    if answer is None:
        return ""
    return {
        ItemAnswer.PASS: QCoreApplication.translate("QcLabels", "Pass"),
        ItemAnswer.FAIL: QCoreApplication.translate("QcLabels", "Fail"),
        ItemAnswer.NOT_APPLICABLE: QCoreApplication.translate("QcLabels", "N/A"),
    }[answer]


def outcome_label(outcome: Outcome) -> str:
    return (
        QCoreApplication.translate("QcLabels", "Pass")
        if outcome is Outcome.PASS
        else QCoreApplication.translate("QcLabels", "Fail")
    )


def round_status_label(status: RoundStatus) -> str:
    return {
        RoundStatus.IN_PROGRESS: QCoreApplication.translate("QcLabels", "in progress"),
        RoundStatus.PASSED: QCoreApplication.translate("QcLabels", "passed"),
        RoundStatus.FAILED: QCoreApplication.translate("QcLabels", "failed"),
    }[status]


def signoff_summary(signoff: SignoffView) -> str:
    return QCoreApplication.translate("QcLabels", "{level}: {outcome}, {signer}, {time}").format(
        level=short_level(signoff.level),
        outcome=outcome_label(signoff.outcome),
        signer=signoff.signer,
        time=local_text(signoff.signed_at),
    )


def failure_short(failure: FailureView) -> str:
    """Column-width form for the queue: "Round 1 failed at L2 team lead"; the panel below says the rest."""
    return QCoreApplication.translate("QcLabels", "Round {round} failed at {level}").format(
        round=failure.round_no, level=short_level(failure.level)
    )


def failure_headline(failure: FailureView) -> str:
    """One line for the queue: which round failed where, by whom and when."""
    return QCoreApplication.translate("QcLabels", "Round {round} failed at {level} ({signer}, {time})").format(
        round=failure.round_no,
        level=level_label(failure.level),
        signer=failure.signer,
        time=local_text(failure.signed_at),
    )


def failed_item_line(item: ItemView, lang: str) -> str:
    """A failed item as the workshop reads it: the item, the measured value against its range, the note."""
    if item.value:
        return QCoreApplication.translate("QcLabels", "{item}: {value} {unit} (allowed {range}) – {note}").format(
            item=item.text(lang), value=item.value, unit=item.item.unit, range=item.item.range_text, note=item.note
        )
    return QCoreApplication.translate("QcLabels", "{item} – {note}").format(item=item.text(lang), note=item.note)


def failure_text(failure: FailureView, lang: str) -> str:
    """The headline and every failed item, one per line: what the car came back to the workshop with."""
    lines = "\n".join(f"• {failed_item_line(item, lang)}" for item in failure.items)
    return QCoreApplication.translate("QcLabels", "{headline}. Failed items:\n{lines}").format(
        headline=failure_headline(failure), lines=lines
    )

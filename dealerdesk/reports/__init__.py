"""Printed paper: the customer work order and the workshop job card, as A4 PDF.

Built from plain data (``paper_data``) with ReportLab; no Qt and no database here, so
the GUI, the CLI and the tests print the same bytes.
"""

from __future__ import annotations

from dealerdesk.reports.job_card import render_job_card
from dealerdesk.reports.paper_data import (
    DealerHeader,
    ExtraWorkApproval,
    FailedQcItem,
    LabourLine,
    PaperOrder,
    PaperRedemption,
    PaperVehicle,
    PartLine,
    QcSignOff,
)
from dealerdesk.reports.work_order import render_work_order
from dealerdesk.reports.writing import write_pdf

__all__ = [
    "DealerHeader",
    "ExtraWorkApproval",
    "FailedQcItem",
    "LabourLine",
    "PaperOrder",
    "PaperRedemption",
    "PaperVehicle",
    "PartLine",
    "QcSignOff",
    "render_job_card",
    "render_work_order",
    "write_pdf",
]

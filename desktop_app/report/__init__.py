"""The printed network plan (reportlab, no Qt) and CSV exports of contacts, ties and actions."""

from __future__ import annotations

from .context import PlanCancelled
from .plan import build_plan, write_plan

__all__ = ["PlanCancelled", "build_plan", "write_plan"]

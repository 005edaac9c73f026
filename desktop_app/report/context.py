"""What every section of the plan needs: the map, its analysis, the account, the page and progress."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..analysis import Analysis
from ..domain.entities import Contact
from ..domain.ids import NodeId
from ..domain.network import Network
from ..i18n import language, set_language, translate

Progress = Callable[[int, int], bool]
"""progress(done, total) -> False to cancel."""

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class PlanCancelled(Exception):
    """The caller's progress callback asked to stop; no file was written."""


@dataclass
class Context:
    network: Network
    analysis: Analysis
    account_id: NodeId | None
    today: dt.date
    author: str
    width: float
    """Usable width of the page frame in points."""
    height: float
    progress: Progress | None = None
    total: int = 100

    def report(self, done: int) -> None:
        """Tell the caller how far we are; raise PlanCancelled if they said stop."""
        if self.progress is not None and self.progress(min(done, self.total), self.total) is False:
            raise PlanCancelled

    @property
    def account_name(self) -> str:
        return self.network.name_of(self.account_id) if self.account_id else ""

    def organisation_name(self, contact: Contact) -> str:
        org = self.network.organisation_of(contact)
        return org.name if org else ""

    def importance(self, node_id: NodeId) -> float | None:
        found = self.analysis.importance.get(node_id)
        return found.score if found else None


def long_date(day: dt.date) -> str:
    """'23 November 2026' / '23. november 2026'."""
    month = MONTHS[day.month - 1]
    if language() == "nb":
        return f"{day.day}. {translate(month).lower()} {day.year}"
    return f"{day.day} {month} {day.year}"


def short_date(day: dt.date | None) -> str:
    """ISO dates in tables: unambiguous in both languages and sortable."""
    return day.isoformat() if day else ""


@contextlib.contextmanager
def in_language(code: str) -> Iterator[None]:
    """The catalogue's language is process-wide: set it for one export, then put it back."""
    before = language()
    set_language(code)
    try:
        yield
    finally:
        set_language(before)

"""How far an import has come, and a way for the caller to stop it (no Qt: a plain callback).

A parser takes ``progress``, a callable given the fraction done (0.0 to 1.0)
that returns ``False`` to ask for a stop; the parser then raises
ImportCancelled at the next check, before anything was changed. The window's
import worker passes one that relays the fraction to a progress dialog and
reads its Cancel button; the command line passes none.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

Progress = Callable[[float], "bool | None"]
"""progress(fraction) -> False to cancel."""


class ImportCancelled(Exception):
    """The caller asked to stop; nothing was changed."""


class Ticker:
    """Reports ``done`` of ``total`` steps as a fraction between ``start`` and ``end``.

    Cheap to call once per row: it only calls ``progress`` when the fraction
    moved by at least ``resolution`` (and always at the end of the span).
    """

    __slots__ = ("end", "next_at", "progress", "span", "start", "step", "total")

    def __init__(
        self, progress: Progress | None, *, start: float = 0.0, end: float = 1.0, total: int = 1,
        resolution: float = 0.005,
    ) -> None:
        self.progress = progress
        self.start = start
        self.end = end
        self.span = end - start
        self.total = max(1, total)
        self.step = max(1, int(self.total * resolution / max(self.span, 1e-9)))
        self.next_at = 0 if progress else sys.maxsize

    def __call__(self, done: int) -> None:
        if done < self.next_at:
            return
        self.next_at = done + self.step if self.progress else sys.maxsize
        report(self.progress, self.start + self.span * min(done, self.total) / self.total)

    def part(self, start: float, end: float, total: int) -> Ticker:
        """A ticker for a sub-span of this one (``start`` and ``end`` as fractions of it)."""
        return Ticker(self.progress, start=self.start + self.span * start, end=self.start + self.span * end, total=total)

    def finish(self) -> None:
        report(self.progress, self.end)


def report(progress: Progress | None, fraction: float) -> None:
    """Tell the caller ``fraction``; raise ImportCancelled if they said stop."""
    if progress is not None and progress(max(0.0, min(1.0, fraction))) is False:
        raise ImportCancelled

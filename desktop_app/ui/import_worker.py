"""Reading a file to import in a worker thread, with a progress dialog and Cancel.

The importers (Qt-free) read the file and plan their changes against a
private copy of the map, reporting the fraction done through a callback that
also carries the Cancel button back to them. Nothing in the map changes in
the worker: the window applies the plan afterwards, as one undo step in one
transaction, once the user has seen the summary. Cancel leaves the map as it
was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.network import Network
from ..interop.errors import InteropError
from ..interop.progress import ImportCancelled, Progress
from .widgets.progress import manual_progress_dialog

Plan = tuple[list[Change], list[UserError], list[UserError]]
"""(changes, entries left out with their reasons, of which the malformed ones)."""
Planner = Callable[[Path, Network, Progress], Plan]

STEPS = 1000
"""Resolution of the progress bar."""
SHOW_AFTER_MS = 400
"""A quick import never flashes a dialog."""


@dataclass
class ImportOutcome:
    """What the worker found: a plan, an error, or that the user cancelled."""

    source: Path
    changes: list[Change] = field(default_factory=list)
    skipped: list[UserError] = field(default_factory=list)
    malformed: list[UserError] = field(default_factory=list)
    error: UserError | None = None
    cancelled: bool = False


def snapshot(network: Network) -> Network:
    """A private copy of the map for the worker (entities are immutable; the tables are not)."""
    return Network.from_entities(
        network.settings, list(network.nodes.values()), list(network.ties.values()),
        list(network.interactions.values()), list(network.actions.values()),
        list(getattr(network, "goals", {}).values()),
    )


class _Relay(QObject):
    progressed = Signal(float)
    done = Signal(object)


class _ImportJob(QRunnable):
    def __init__(self, planner: Planner, source: Path, network: Network, relay: _Relay) -> None:
        super().__init__()
        self.planner = planner
        self.source = source
        self.network = network
        self.relay = relay
        self.cancelled = threading.Event()

    def _progress(self, fraction: float) -> bool:
        self._emit(self.relay.progressed, fraction)
        return not self.cancelled.is_set()

    def _emit(self, signal: object, value: object) -> None:
        try:
            signal.emit(value)  # type: ignore[attr-defined]
        except RuntimeError:  # the window went away: nobody is waiting for the result
            self.cancelled.set()

    def run(self) -> None:
        outcome = ImportOutcome(self.source)
        try:
            if self.cancelled.is_set():
                raise ImportCancelled
            outcome.changes, outcome.skipped, outcome.malformed = self.planner(self.source, self.network, self._progress)
        except ImportCancelled:
            outcome.cancelled = True
        except UserError as error:
            outcome.error = error
        except MemoryError:
            outcome.error = InteropError("{name} is too large to import in the memory this computer has.",
                                         name=self.source.name)
        except Exception as exc:  # a bug in a reader must not leave the progress dialog up forever
            outcome.error = InteropError("{name} could not be read ({reason}).", name=self.source.name,
                                         reason=f"{type(exc).__name__}: {exc}")
        self._emit(self.relay.done, outcome)


class ImportRunner(QObject):
    """Runs one import plan at a time for a window, behind a progress dialog with Cancel."""

    progressed = Signal(float)
    finished = Signal(object)
    """The ImportOutcome, in the window's thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.relay.done.connect(self._done)
        self.job: _ImportJob | None = None
        self.dialog: QProgressDialog | None = None
        self.bar: QProgressBar | None = None
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.setInterval(SHOW_AFTER_MS)
        self.show_timer.timeout.connect(self._show)

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def showing(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def _progress_dialog(self) -> QProgressDialog:
        """One window-modal dialog, kept between imports.

        Its bar is set directly: QProgressDialog.setValue processes events when
        the dialog is modal, which would run the rest of the import (the
        summary, applying it) inside a progress update.
        """
        if self.dialog is None:
            # Shown by show_timer.
            dialog, self.bar = manual_progress_dialog(self.parent_widget, self.tr("Import"), self.tr("Cancel"), 380)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
        return self.dialog

    def start(self, planner: Planner, source: Path, network: Network) -> None:
        job = _ImportJob(planner, source, snapshot(network), self.relay)
        dialog = self._progress_dialog()
        dialog.reset()
        dialog.setLabelText(self.tr("Reading %1…").replace("%1", source.name))
        if self.bar is not None:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(0)
        self.job = job
        self.show_timer.start()
        self.pool.start(job)

    def _show(self) -> None:
        if self.job is not None and self.dialog is not None:
            self.dialog.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, fraction: float) -> None:
        if self.job is None:
            return
        if self.bar is not None:
            self.bar.setValue(int(fraction * STEPS))
        self.progressed.emit(fraction)

    def _done(self, outcome: ImportOutcome) -> None:
        if self.job is not None and self.job.cancelled.is_set() and outcome.error is None:
            # Cancel clicked after the last progress report: the user said no, so nothing is applied.
            outcome = ImportOutcome(outcome.source, cancelled=True)
        self.job = None
        self.show_timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.reset()
        self.finished.emit(outcome)

    def wait(self) -> None:
        self.pool.waitForDone()

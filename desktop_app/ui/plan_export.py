"""File → Export → Network Plan…: the PDF built in a worker, with progress and cancel.

The plan is built on a snapshot of the map, so the user can keep working and
the window never freezes; cancelling leaves no file behind (the report layer
writes atomically and only when it finished).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe, language


def snapshot(network: Network) -> Network:
    """A private copy of the map for a worker (entities are immutable; the tables are not)."""
    return Network.from_entities(
        network.settings, list(network.nodes.values()), list(network.ties.values()),
        list(network.interactions.values()), list(network.actions.values()), list(network.goals.values()),
    )


class _Relay(QObject):
    progressed = Signal(int, int)
    finished = Signal(str, str)
    """(path written or "", error message or "")."""


class _PlanJob(QRunnable):
    def __init__(self, network: Network, destination: Path, language: str, relay: _Relay) -> None:
        super().__init__()
        self.network = network
        self.destination = destination
        self.language = language
        self.relay = relay
        self.cancelled = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.relay.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        from ..report import PlanCancelled, write_plan  # reportlab: loaded on first use, not at start-up

        try:
            write_plan(self.destination, self.network, language=self.language, progress=self._progress)
        except PlanCancelled:
            self.relay.finished.emit("", "")
        except UserError as error:
            self.relay.finished.emit("", describe(error))
        except OSError as error:
            self.relay.finished.emit("", str(error))
        else:
            self.relay.finished.emit(str(self.destination), "")


class PlanExport(QObject):
    """Runs one plan export at a time for a window; ``finished`` tells the outcome."""

    finished = Signal(str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: _PlanJob | None = None
        self.dialog: QProgressDialog | None = None

    def dialog_for(self, network: Network, suggestion: Path) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export Network Plan"), str(suggestion), self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.start(network, Path(path))

    def start(self, network: Network, destination: Path) -> None:
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_name(destination.name + ".pdf")
        relay = _Relay(self)
        job = _PlanJob(snapshot(network), destination, language(), relay)
        dialog = QProgressDialog(self.tr("Writing the network plan…"), self.tr("Cancel"), 0, 100, self.parent_widget)
        dialog.setWindowTitle(self.tr("Network Plan"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancelled.set)
        relay.progressed.connect(lambda done, total: dialog.setValue(int(100 * done / max(total, 1))))
        relay.finished.connect(self._finished)
        self.job, self.dialog = job, dialog
        self.pool.start(job)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()

    def _finished(self, path: str, error: str) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.job, self.dialog = None, None
        self.finished.emit(path, error)

    def wait(self) -> None:
        self.pool.waitForDone()

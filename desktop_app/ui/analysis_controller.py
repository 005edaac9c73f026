"""Keeps the analysis of the open map current, without blocking the window.

After every edit the quick tier (tie qualities, reach, findings, coverage) is
redone at once through ``Analyzer.update``. The heavy structure metrics
(betweenness, eigenvector, communities) are computed inline on small maps, and
on large ones in a worker thread on a snapshot (plain arrays, never the live
network), so the UI thread stays responsive; the result is handed back on the
UI thread and ignored if the map was closed meanwhile.

A big change list (an import, its undo) is analysed on the next turn of the
event loop instead of inside ``changed``: the window paints the new map
between the two, and changes that arrive meanwhile are analysed together.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..analysis import Analysis, Analyzer
from ..analysis.graph import Projection
from ..analysis.metrics import Structure, compute_structure
from ..domain.changes import Change
from ..memory import paused_gc
from .document import STEPPED_CHANGES, Document

LARGE_MAP_NODES = 1000
"""Above this many nodes the structure metrics run in a worker thread."""
DEFER_CHANGES = STEPPED_CHANGES
"""A change list this long is analysed on the next turn of the event loop (the window paints it first)."""


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it so delivery is queued."""

    done = Signal(object, int)


class _StructureJob(QRunnable):
    def __init__(self, snapshot: Projection, generation: int, relay: _Relay) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.generation = generation
        self.relay = relay

    def run(self) -> None:
        structure = compute_structure(self.snapshot)
        with contextlib.suppress(RuntimeError):  # the window closed while this ran: nobody waits
            self.relay.done.emit((structure, threading.get_ident()), self.generation)


class AnalysisController(QObject):
    analysis_updated = Signal(object)
    """The new ``Analysis`` (quick tier current; ``structure_stale`` while the worker runs)."""
    busy_changed = Signal(bool)
    """True while structure metrics are computed in the background."""

    def __init__(self, document: Document, parent: QObject | None = None, *, large: int = LARGE_MAP_NODES) -> None:
        super().__init__(parent)
        self.document = document
        self.analyzer = Analyzer(document.network)
        self.analysis: Analysis | None = None
        self.large = large
        self.worker_thread: int | None = None
        """Thread ident of the last background computation (tests check it was not the UI thread)."""
        self._generation = 0
        self._running = False
        self._disposed = False
        self._pending: list[Change] = []
        """Changes heard but not analysed yet (a big list waits for the next turn of the event loop)."""
        self._relay = _Relay(self)
        self._relay.done.connect(self._structure_ready)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        document.changed.connect(self._on_changed)

    @property
    def in_background(self) -> bool:
        return len(self.document.network.nodes) > self.large

    @property
    def busy(self) -> bool:
        return self._running

    def start(self) -> None:
        """The first analysis of the map."""
        if self.in_background:
            self._publish(self.analyzer.update([]))
            self._schedule()
        else:
            self._publish(self.analyzer.run())

    @property
    def pending(self) -> bool:
        """Changes are waiting to be analysed on the next turn of the event loop."""
        return bool(self._pending)

    def _on_changed(self, changes: list[Change]) -> None:
        if self._disposed:
            return
        waiting = bool(self._pending)
        self._pending.extend(changes)
        if len(changes) < DEFER_CHANGES:
            self._analyse_pending()
        elif not waiting:
            QTimer.singleShot(0, self._analyse_pending)

    def _analyse_pending(self) -> None:
        changes, self._pending = self._pending, []
        if self._disposed or not changes:
            return
        with paused_gc():  # the panels that hear of it too build many objects
            analysis = self.analyzer.update(changes)
            self._generation += 1
            if self.in_background:
                self._publish(analysis)
                self._schedule()
            else:
                self._publish(self.analyzer.set_structure(compute_structure(self.analyzer.snapshot())))

    def _schedule(self) -> None:
        if self._running:
            return  # the finished job sees the newer generation and starts again
        self._running = True
        self.busy_changed.emit(True)
        self._pool.start(_StructureJob(self.analyzer.snapshot(), self._generation, self._relay))

    def _structure_ready(self, result: tuple[Structure, int], generation: int) -> None:
        self._running = False
        if self._disposed:
            return
        structure, self.worker_thread = result
        if self._pending:  # analysed on the next turn, which starts the structure again if it is needed
            self.busy_changed.emit(False)
            return
        if generation != self._generation:
            self._schedule()  # the map changed meanwhile: this structure is already out of date
            return
        self.busy_changed.emit(False)
        with paused_gc():
            self._publish(self.analyzer.set_structure(structure))

    def _publish(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.analysis_updated.emit(analysis)

    def dispose(self) -> None:
        """Stop following the document (it is being closed); a running job's result is dropped."""
        if self._disposed:
            return
        self._disposed = True
        self.document.changed.disconnect(self._on_changed)
        if self._running:
            self.busy_changed.emit(False)

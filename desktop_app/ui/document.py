"""Document: the Qt adapter over one open map (domain Network + MapStore).

Every edit flows through here: the domain validates and changes memory, the
store commits it to disk in one transaction, and only then do views hear of it
through ``changed``. If the disk write fails, memory is put back, so what the
user sees always equals what is in the file.

A change list of ``STEPPED_CHANGES`` or more (a big import, its undo) is
written in slices with the event loop turning between them (``stepped.py``),
behind the progress the window shows on ``write_started``. Memory is changed
only after the last slice, inside the same transaction, so until then the map
in memory, on screen and in the file are all the old one, and Cancel rolls
back with nothing else to put back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.network import Network
from ..memory import paused_gc
from ..storage import MapStore
from .stepped import run_steps

STEPPED_CHANGES = 5000
"""Change lists this long are written in slices, keeping the window live (about 0.1 s of writing)."""


class Document(QObject):
    changed = Signal(list)
    """Emitted with the list of Change records after they are in memory and on disk."""
    write_failed = Signal(str)
    """An undo or redo could not be saved; memory was kept equal to the file."""
    write_started = Signal(list, bool)
    """A long write begins: its changes, and whether it may be cancelled (``cancel_write``)."""
    write_progressed = Signal(float)
    """The fraction of a long write on disk (1.0: written; memory and views follow)."""
    write_finished = Signal()
    """A long write ended: committed and announced, cancelled or failed."""

    def __init__(self, store: MapStore, network: Network, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.network = network
        self._cancel_requested = False

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Document:
        store = MapStore.open(path, read_only=read_only)
        try:
            network = store.load()
        except BaseException:
            store.close()
            raise
        return cls(store, network)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def title(self) -> str:
        return self.network.settings.title

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def edit(self, operation: Callable[[Network], list[Change]]) -> list[Change]:
        """Run a domain operation, persist what it changed, announce it.

        Raises the domain's or the store's UserError with memory unchanged.
        """
        changes = operation(self.network)
        if len(changes) >= STEPPED_CHANGES:
            self.network.revert(changes)  # put back in memory only once the file has them
            self._write_in_steps(changes, cancellable=False)
            return changes
        self._persist(changes)
        return changes

    def apply_planned(self, changes: list[Change]) -> bool:
        """Apply changes planned elsewhere, not yet in memory (an import). False when the user cancelled.

        Raises the domain's or the store's UserError with memory and file unchanged.
        """
        if len(changes) >= STEPPED_CHANGES:
            return self._write_in_steps(changes, cancellable=True)
        self.network.apply(changes)
        self._persist(changes)
        return True

    def replay(self, changes: Sequence[Change]) -> None:
        """Apply recorded changes again (redo) or their inverses (undo)."""
        if len(changes) >= STEPPED_CHANGES:
            self._write_in_steps(list(changes), cancellable=False)
            return
        self.network.apply(changes)
        self._persist(list(changes))

    def cancel_write(self) -> None:
        """Stop the long write in progress, if it may be cancelled: it is rolled back."""
        self._cancel_requested = True

    def _write_in_steps(self, changes: list[Change], *, cancellable: bool) -> bool:
        in_memory: list[bool] = []

        def to_memory() -> None:  # the last step, inside the transaction: a refusal writes nothing
            self.network.apply(changes)
            in_memory.append(True)

        self._cancel_requested = False
        self.write_started.emit(changes, cancellable)
        try:
            with paused_gc():
                try:
                    steps = self.store.apply_in_steps(changes, before_commit=to_memory)
                    done = run_steps(steps, self.write_progressed.emit, lambda: cancellable and self._cancel_requested)
                except BaseException as error:
                    if in_memory:  # the commit itself failed
                        self.network.revert(changes)
                    elif isinstance(error, Exception) and not isinstance(error, UserError):
                        self._refusal(changes)  # the file refused a row: say why, as the domain would have
                    raise
                if done:
                    self.changed.emit(changes)
                return done
        finally:
            self.write_finished.emit()

    def _refusal(self, changes: list[Change]) -> None:
        """Raise the domain's readable refusal of ``changes`` if it has one; memory is left as it was.

        A long write reaches the file before memory, so a change that breaks a
        rule both enforce is refused first by the file, in the file's words.
        """
        self.network.apply(changes)
        self.network.revert(changes)

    def _persist(self, changes: list[Change]) -> None:
        if not changes:
            return
        try:
            self.store.apply(changes)
        except BaseException:
            self.network.revert(changes)
            raise
        self.changed.emit(changes)

    def save_copy(self, destination: Path | str) -> None:
        self.store.save_copy(destination)

    def close(self) -> None:
        self.store.close()

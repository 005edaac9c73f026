"""Document: the Qt adapter over one open map (domain Network + MapStore).

Every edit flows through here: the domain validates and changes memory, the
store commits it to disk in one transaction, and only then do views hear of it
through ``changed``. If the disk write fails, memory is put back, so what the
user sees always equals what is in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..domain.changes import Change
from ..domain.network import Network
from ..storage import MapStore


class Document(QObject):
    changed = Signal(list)
    """Emitted with the list of Change records after they are in memory and on disk."""
    write_failed = Signal(str)
    """An undo or redo could not be saved; memory was kept equal to the file."""

    def __init__(self, store: MapStore, network: Network, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.network = network

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
        self._persist(changes)
        return changes

    def replay(self, changes: Sequence[Change]) -> None:
        """Apply recorded changes again (redo) or their inverses (undo)."""
        self.network.apply(changes)
        self._persist(list(changes))

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

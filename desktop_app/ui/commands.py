"""Undo commands. Thin: they hold change records and replay them on the Document."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.changes import Change, inverse_of
from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe
from .document import Document


class ChangesCommand(QUndoCommand):
    """One user edit. The first redo is a no-op: the edit already happened in ``perform``."""

    def __init__(self, document: Document, text: str, changes: list[Change]) -> None:
        super().__init__(text)
        self.document = document
        self.changes = changes
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._replay(self.changes)

    def undo(self) -> None:
        self._replay(inverse_of(self.changes))

    def _replay(self, changes: list[Change]) -> None:
        # Qt cannot be told that an undo failed; report it and let the window
        # drop the history, which no longer matches the file.
        try:
            self.document.replay(changes)
        except UserError as error:
            self.document.write_failed.emit(describe(error))


def perform(
    stack: QUndoStack, document: Document, text: str, operation: Callable[[Network], list[Change]]
) -> list[Change]:
    """Run an edit and push it on the undo stack; nothing is pushed if it fails or changes nothing.

    The edit runs before the push so a refused edit (invalid value, disk full)
    never leaves a command on the stack that did not happen.
    """
    changes = document.edit(operation)
    if changes:
        stack.push(ChangesCommand(document, text, changes))
    return changes


def perform_planned(stack: QUndoStack, document: Document, text: str, changes: list[Change]) -> bool:
    """Apply changes planned elsewhere (an import) as one undo step. False when the user cancelled the write.

    A big list is written in slices behind a progress dialog (``Document.apply_planned``);
    nothing is pushed unless every change is in memory and on disk.
    """
    if not document.apply_planned(changes):
        return False
    if changes:
        stack.push(ChangesCommand(document, text, changes))
    return True

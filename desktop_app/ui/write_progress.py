"""The progress dialog of a long write: "Adding 182,198 contacts and 9,900 organisations…".

It follows the open Document's ``write_started``/``write_progressed``/
``write_finished``. Window-modal: while the write is under way the map
cannot be edited, but the window repaints, and the Cancel button (shown when
the write may be cancelled: an import, not an undo) rolls it back.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from ..domain.changes import Added, Change, Removed, Updated
from ..domain.entities import Contact, Organisation, Tie
from .document import Document
from .widgets.progress import manual_progress_dialog

STEPS = 1000
"""Resolution of the progress bar."""


def _kind(entity: object) -> str:
    if isinstance(entity, Contact):
        return "contact"
    if isinstance(entity, Organisation):
        return "organisation"
    if isinstance(entity, Tie):
        return "tie"
    return "other"


class WriteProgress(QObject):
    """Shows a document's long writes in a window-modal progress dialog with Cancel."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.dialog: QProgressDialog | None = None
        self.bar: QProgressBar | None = None
        self.cancel_button: QPushButton | None = None
        self.values: list[int] = []
        """Every value the bar showed during the last write (tests read it)."""
        self.writing = False
        self.cancellable = False

    def follow(self, document: Document | None) -> None:
        """Show the long writes of ``document`` (the one the window has open) from now on."""
        if self.document is not None:
            for signal, slot in self._connections(self.document):
                signal.disconnect(slot)
        self.document = document
        if document is not None:
            for signal, slot in self._connections(document):
                signal.connect(slot)

    def _connections(self, document: Document) -> list[tuple[object, object]]:
        return [(document.write_started, self._started), (document.write_progressed, self._progressed),
                (document.write_finished, self._finished)]

    @property
    def showing(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def _progress_dialog(self) -> QProgressDialog:
        """One dialog, kept between writes. Its bar is set directly: QProgressDialog.setValue
        would turn the event loop itself, inside a step."""
        if self.dialog is None:
            # Shown at once by _started.
            dialog, self.bar = manual_progress_dialog(self.window, self.tr("Writing to the map"), self.tr("Cancel"), 420)
            dialog.canceled.connect(self._cancel)
            dialog.rejected.connect(self._cancel)  # Escape, which hides it without "canceled"
            self.cancel_button = dialog.findChild(QPushButton)
            self.dialog = dialog
        return self.dialog

    def _started(self, changes: list[Change], cancellable: bool) -> None:
        dialog = self._progress_dialog()
        dialog.reset()
        dialog.setLabelText(self.describe(changes))
        if self.bar is not None:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(0)
        if self.cancel_button is not None:
            self.cancel_button.setVisible(cancellable)
            self.cancel_button.setEnabled(cancellable)
        self.values = [0]
        self.writing, self.cancellable = True, cancellable
        dialog.show()

    def _progressed(self, fraction: float) -> None:
        if self.bar is None:
            return
        value = int(fraction * STEPS)
        self.bar.setValue(value)
        self.values.append(value)
        if fraction >= 1.0 and self.dialog is not None:
            if self.cancel_button is not None:
                self.cancel_button.setEnabled(False)  # too late: it is being committed
            self.dialog.setLabelText(self.tr("Written. Updating the map on screen…"))

    def _finished(self) -> None:
        self.writing = False
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.reset()

    def _cancel(self) -> None:
        """Cancel, Escape or closing the dialog. QProgressDialog hides itself first: while the write
        goes on (an undo cannot be cancelled; a cancelled import is being rolled back) it stays up."""
        if not self.writing or self.dialog is None:
            return
        if self.cancellable and self.document is not None and self.cancel_button is not None \
                and self.cancel_button.isEnabled():
            self.document.cancel_write()
            self.cancel_button.setEnabled(False)
            self.dialog.setLabelText(self.tr("Cancelling…"))
        if self.bar is not None:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(self.values[-1])
        self.dialog.show()

    # ---- the label ------------------------------------------------------------------
    def describe(self, changes: list[Change]) -> str:
        """One line per kind of change: 'Adding 182,198 contacts and 9,900 organisations…'."""
        added = Counter(_kind(c.entity) for c in changes if isinstance(c, Added))
        removed = Counter(_kind(c.entity) for c in changes if isinstance(c, Removed))
        updated = Counter(_kind(c.after) for c in changes if isinstance(c, Updated))
        lines = [template.replace("%1", self._items(counts))
                 for template, counts in ((self.tr("Adding %1…"), added), (self.tr("Removing %1…"), removed),
                                          (self.tr("Updating %1…"), updated)) if counts]
        return "\n".join(lines) or self.tr("Writing to the map…")

    def _items(self, counts: Counter[str]) -> str:
        words = {
            "contact": (self.tr("%1 contact"), self.tr("%1 contacts")),
            "organisation": (self.tr("%1 organisation"), self.tr("%1 organisations")),
            "tie": (self.tr("%1 tie"), self.tr("%1 ties")),
            "other": (self.tr("%1 other item"), self.tr("%1 other items")),
        }
        locale = QLocale()
        parts = [words[kind][0 if counts[kind] == 1 else 1].replace("%1", locale.toString(counts[kind]))
                 for kind in ("contact", "organisation", "tie", "other") if counts[kind]]
        if len(parts) == 1:
            return parts[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])

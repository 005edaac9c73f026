"""A progress dialog the caller shows and fills itself (imports and long writes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget


def manual_progress_dialog(parent: QWidget | None, title: str, cancel_text: str,
                           min_width: int) -> tuple[QProgressDialog, QProgressBar | None]:
    """A window-modal progress dialog that never shows, closes or resets by itself, and its bar.

    Set the bar directly: ``QProgressDialog.setValue`` turns the event loop when the dialog
    is modal, which would run the rest of the work inside a progress update.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButtonText(cancel_text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(2**30)  # the caller shows it
    dialog.setMinimumWidth(min_width)
    return dialog, dialog.findChild(QProgressBar)

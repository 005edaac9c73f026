"""The layout the small edit dialogs share: a form, a red line for a refusal, OK and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_COLOUR = "#B3261E"


def lay_out_form(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> tuple[QLabel, QDialogButtonBox]:
    """Lay out ``rows`` with a hidden error label under them; returns (error label, buttons)."""
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet(f"color: {ERROR_COLOUR};")
    error.setVisible(False)
    form = QFormLayout()
    for text, widget in rows:
        form.addRow(text, widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error, buttons

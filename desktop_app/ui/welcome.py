"""What the window shows when no map is open: the three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("No map is open"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        hint = QLabel(self.tr("Create a map, open one, or start from the Røros example."))
        hint.setStyleSheet("color: #5F6675;")
        for label in (title, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        for text, signal in (
            (self.tr("New Map…"), self.new_requested),
            (self.tr("Open Map…"), self.open_requested),
            (self.tr("Open the Example Map"), self.example_requested),
        ):
            button = QPushButton(text)
            button.setMinimumWidth(240)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

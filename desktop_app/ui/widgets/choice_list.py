"""Check boxes for a set of choices (resources, reasons); a choice some items have shows half-checked."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class ChoiceList(QWidget):
    choice_toggled = Signal(object, bool)
    """(choice, wanted): the user checked or unchecked one choice."""

    def __init__(self, choices: Iterable[tuple[Hashable, str]], columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        self.boxes: dict[Hashable, QCheckBox] = {}
        for index, (key, text) in enumerate(choices):
            box = QCheckBox(text)
            box.clicked.connect(lambda _checked=False, k=key: self._clicked(k))
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[key] = box
        self._some: set[Hashable] = set()

    def set_values(self, everyone: Iterable[Hashable], some: Iterable[Hashable] = ()) -> None:
        """Show the choices all items have (checked) and those only some have (half-checked)."""
        everyone, self._some = set(everyone), set(some) - set(everyone)
        for key, box in self.boxes.items():
            box.setTristate(key in self._some)
            state = Qt.CheckState.Checked if key in everyone else Qt.CheckState.Unchecked
            box.setCheckState(Qt.CheckState.PartiallyChecked if key in self._some else state)

    def checked(self) -> set[Hashable]:
        return {k for k, b in self.boxes.items() if b.checkState() == Qt.CheckState.Checked}

    def text(self) -> str:
        return ", ".join(b.text() for b in self.boxes.values() if b.checkState() == Qt.CheckState.Checked)

    def _clicked(self, key: Hashable) -> None:
        box = self.boxes[key]
        # The box already moved to its next state; a half-checked choice becomes "everyone".
        wanted = box.checkState() != Qt.CheckState.Unchecked or key in self._some
        self.choice_toggled.emit(key, wanted)

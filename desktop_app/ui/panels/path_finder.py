"""The path finder: who can introduce us? The strongest and the shortest path, shown on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis import Analysis, Path, PathResult
from ...domain.errors import UserError
from ...i18n import describe
from ..document import Document

STRONGEST_COLOUR = QColor("#E8710A")
SHORTEST_COLOUR = QColor("#8E44AD")


def chooser() -> QComboBox:
    """A combo box one can type into to find a name among many."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    completer = box.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return box


class PathFinderPanel(QWidget):
    paths_changed = Signal(object)
    """The current ``PathResult`` (None when cleared): the window highlights it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self.result: PathResult | None = None
        self.from_box = chooser()
        self.to_box = chooser()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.from_box)
        form.addRow(self.tr("To:"), self.to_box)
        self.strongest_label = self._result_label()
        self.shortest_label = self._result_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.strongest_label)
        layout.addWidget(self.shortest_label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.from_box.currentIndexChanged.connect(self._recompute)
        self.to_box.currentIndexChanged.connect(self._recompute)
        self._show(None)

    @staticmethod
    def _result_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_document(self, document: Document | None) -> None:
        """The choosers are filled when the map's first scores arrive (paths need them): a big map opens sooner."""
        self.document = document
        self.analysis = None
        for box in (self.from_box, self.to_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._recompute()

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        if self.document is not None and self._names_changed():
            self._fill()
        else:
            self._recompute()

    def _choices(self) -> list[tuple[str, str]]:
        assert self.document is not None
        network = self.document.network
        people = sorted((c.name, c.id) for c in network.contacts())
        organisations = sorted((o.name, o.id) for o in network.organisations())
        return people + organisations

    def _names_changed(self) -> bool:
        listed = [(self.to_box.itemText(i), self.to_box.itemData(i)) for i in range(self.to_box.count())]
        return listed != self._choices()

    def _fill(self) -> None:
        """Refill the choosers, keeping what was chosen if it still exists."""
        chosen_from, chosen_to = self.from_box.currentData(), self.to_box.currentData()
        for box in (self.from_box, self.to_box):
            box.blockSignals(True)
            box.clear()
        if self.document is not None:
            self.from_box.addItem(self.tr("Our people"), None)
            for name, node_id in self._choices():
                self.from_box.addItem(name, node_id)
                self.to_box.addItem(name, node_id)
            self.from_box.setCurrentIndex(max(self.from_box.findData(chosen_from), 0))
            self.to_box.setCurrentIndex(self.to_box.findData(chosen_to) if chosen_to else -1)
        for box in (self.from_box, self.to_box):
            box.blockSignals(False)
        self._recompute()

    def choose(self, from_id: str | None, to_id: str) -> None:
        """Set both ends (None: our people) and find the paths."""
        self.from_box.blockSignals(True)
        self.from_box.setCurrentIndex(max(self.from_box.findData(from_id), 0) if from_id else 0)
        self.from_box.blockSignals(False)
        self.to_box.setCurrentIndex(self.to_box.findData(to_id))
        self._recompute()

    def clear(self) -> None:
        self.to_box.setCurrentIndex(-1)
        self.to_box.setEditText("")
        self._recompute()

    def _recompute(self) -> None:
        to_id = self.to_box.currentData()
        if self.document is None or self.analysis is None or to_id is None or self.to_box.currentIndex() < 0:
            self._show(None)
            return
        try:
            result = self.analysis.paths(self.document.network, self.from_box.currentData(), to_id)
        except UserError as error:
            self._show(None, describe(error))
            return
        self._show(result)

    def _show(self, result: PathResult | None, message: str = "") -> None:
        self.result = result
        self.clear_button.setEnabled(result is not None)
        if result is None:
            self.strongest_label.setText(message or self.tr("Choose whom you want to reach."))
            self.shortest_label.setText("")
        elif result.strongest is None:
            self.strongest_label.setText(self.tr("No path: nobody in the map connects them."))
            self.shortest_label.setText("")
        else:
            self.strongest_label.setText(self._describe(self.tr("Strongest path"), result.strongest, STRONGEST_COLOUR))
            same = "" if result.differ else "<br><i>" + self.tr("The shortest path is the same.") + "</i>"
            self.shortest_label.setText(
                self._describe(self.tr("Shortest path"), result.shortest, SHORTEST_COLOUR) + same  # type: ignore[arg-type]
            )
        self.paths_changed.emit(result if result is not None and result.strongest is not None else None)

    def _describe(self, title: str, path: Path, colour: QColor) -> str:
        """Heading with a colour swatch matching the canvas, then each hop with its tie quality."""
        assert self.document is not None
        network = self.document.network
        head = (
            f"<span style='color:{colour.name()}; font-size:14pt'>■</span> <b>{title}</b> — "
            + self.tr("steps: %1, strength %2").replace("%1", str(path.hops)).replace("%2", f"{path.strength:.0f}")
        )
        rows = [network.name_of(path.nodes[0])]
        for node, quality in zip(path.nodes[1:], path.qualities, strict=True):
            q = self.tr("unrated") if quality is None else f"{quality:.0f}"
            rows.append(f"&nbsp;&nbsp;↓ <span style='color:#5F6675'>{q}</span><br>{network.name_of(node)}")
        return head + "<br>" + "<br>".join(rows)

    def path_names(self, which: str) -> list[str]:
        """Names along the strongest or shortest path (for tests and scripts)."""
        path = getattr(self.result, which, None) if self.result else None
        if path is None or self.document is None:
            return []
        return [self.document.network.name_of(n) for n in path.nodes]

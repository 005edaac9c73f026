"""The Findings panel: what the analysis found, most severe first; a click shows the people involved,
and "Turn into Action" starts an action from a finding's suggestion."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis import Analysis, Finding, Severity

SEVERITY_COLOURS = {Severity.HIGH: "#B3261E", Severity.MEDIUM: "#E8A317", Severity.LOW: "#7A8290"}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_icon(severity: Severity) -> QIcon:
    """A filled dot in the severity's colour (shape varies too, for colour-blind readers)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(SEVERITY_COLOURS[severity])))
    if severity is Severity.HIGH:
        painter.drawRect(2, 2, 12, 12)
    elif severity is Severity.MEDIUM:
        painter.drawEllipse(2, 2, 12, 12)
    else:
        painter.drawEllipse(4, 4, 8, 8)
    painter.end()
    return QIcon(pixmap)


class FindingsPanel(QWidget):
    finding_activated = Signal(object)
    """The clicked ``Finding``: the window selects and centres its people and ties."""
    action_requested = Signal(object)
    """Turn this ``Finding`` into an action (the action plan opens a pre-filled Add Action dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(16, 16))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentRowChanged.connect(lambda _row: self._update_button())
        self.action_button = QPushButton(self.tr("Turn into Action…"))
        self.action_button.setToolTip(self.tr("Plan an action from the selected finding's suggestion"))
        self.action_button.clicked.connect(self.request_action)
        self.actions_enabled = False
        self.context_menu: QMenu | None = None
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.findings: tuple[Finding, ...] = ()
        self.set_analysis(None)

    def severity_name(self, severity: Severity) -> str:
        return {Severity.HIGH: self.tr("High"), Severity.MEDIUM: self.tr("Medium"), Severity.LOW: self.tr("Low")}[severity]

    def set_analysis(self, analysis: Analysis | None) -> None:
        findings = analysis.findings if analysis else ()
        if analysis is not None and self.list.count() and findings is self.findings:
            return  # new structure metrics keep the findings: the list stands (182,000 rows take 20 s)
        self.findings = findings
        current = self.list.currentRow()
        self.list.clear()
        if analysis is None:
            self.summary.setText(self.tr("No map open"))
            return
        if not self.findings:
            self.summary.setText(self.tr("Nothing to report: no findings."))
            return
        counts = {s: sum(1 for f in self.findings if f.severity is s) for s in Severity}
        self.summary.setText(
            self.tr("Findings: %1").replace("%1", str(len(self.findings)))
            + " — " + ", ".join(f"{counts[s]} {self.severity_name(s).lower()}" for s in Severity if counts[s])
        )
        icons = {severity: severity_icon(severity) for severity in Severity}
        for finding in self.findings:
            item = QListWidgetItem(icons[finding.severity], self.item_text(finding))
            item.setData(FINDING_ROLE, finding)
            suggested = self.tr("Suggested action:")
            item.setToolTip(
                f"<b>{self.severity_name(finding.severity)}</b><br>{finding.message}"
                f"<br><br><i>{suggested}</i> {finding.suggested_action}"
            )
            self.list.addItem(item)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        self._update_button()

    def item_text(self, finding: Finding) -> str:
        return f"{finding.message}\n→ {finding.suggested_action}"

    def row_of(self, predicate) -> int:  # type: ignore[no-untyped-def]
        """The row of the first finding matching ``predicate`` (-1 if none): for tests and scripts."""
        return next((i for i, f in enumerate(self.findings) if predicate(f)), -1)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Whether findings can become actions (not in a read-only map)."""
        self.actions_enabled = enabled
        self._update_button()

    def current_finding(self) -> Finding | None:
        item = self.list.currentItem()
        return item.data(FINDING_ROLE) if item is not None else None

    def request_action(self) -> None:
        finding = self.current_finding()
        if finding is not None and self.actions_enabled:
            self.action_requested.emit(finding)

    def _update_button(self) -> None:
        self.action_button.setEnabled(self.actions_enabled and self.current_finding() is not None)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        self.list.setCurrentItem(item)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show = menu.addAction(self.tr("Show on the Map"))
        show.triggered.connect(lambda: self._clicked(item))
        turn = menu.addAction(self.tr("Turn into Action…"))
        turn.setEnabled(self.actions_enabled)
        turn.triggered.connect(self.request_action)
        self.context_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is not None:
            self.finding_activated.emit(finding)

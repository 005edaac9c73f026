"""View filters: hide by actor category, buying-centre role, attitude, tie type and tie strength.

A "Filter" button in the main toolbar opens a panel of tick boxes (ticked is
shown); a change applies at once. Hiding goes through ``MapScene.set_hidden``
with the reason "filter", so nothing is deleted and the file never changes; the
filter is applied again whenever the scene syncs with the map or the analysis,
so a contact added while filtering follows the filter. The filter belongs to
the window and is reset when another map opens. What is hidden is computed by
``analysis.filters`` (pure, tested without Qt).
"""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import style
from ..analysis.filters import FilterCriteria, FilterResult, apply_filter, category_of
from ..analysis.quality import TieClass
from ..domain.enums import ActorCategory, Attitude, BuyingRole, TieType
from ..domain.ids import NodeId
from ..i18n.labels import label

if TYPE_CHECKING:
    from .main_window import MainWindow

REASON = "filter"
FIELDS = ("categories", "roles", "attitudes", "tie_types", "tie_classes")
"""FilterCriteria fields, in the order of the panel's columns."""


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#5A6270"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class FilterPanel(QFrame):
    """The tick boxes. Emits ``criteria_changed`` with the new criteria on every tick."""

    criteria_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("filter_panel")
        # A click on the Filter button while the panel is open closes it, and must not open it again.
        self.setAttribute(Qt.WidgetAttribute.WA_NoMouseReplay)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.boxes: dict[str, dict[StrEnum | None, QCheckBox]] = {name: {} for name in FIELDS}
        self._criteria = FilterCriteria()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        heading = QLabel(self.tr("Show on the map"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(2)
        layout.addLayout(grid)
        columns: list[tuple[str, str, list[tuple[StrEnum | None, str]]]] = [
            ("categories", self.tr("Actor category"),
             [(c, label(c)) for c in ActorCategory] + [(None, self.tr("No category"))]),
            ("roles", self.tr("Buying-centre role"),
             [(r, label(r)) for r in BuyingRole] + [(None, self.tr("No role"))]),
            ("attitudes", self.tr("Attitude"), [(a, label(a)) for a in Attitude]),
            ("tie_types", self.tr("Tie type"), [(t, label(t)) for t in TieType]),
            ("tie_classes", self.tr("Tie strength"), [
                (TieClass.STRONG, self.tr("Strong")), (TieClass.MEDIUM, self.tr("Medium")),
                (TieClass.WEAK, self.tr("Weak")), (TieClass.UNRATED, self.tr("Unrated")),
            ]),
        ]
        for column, (name, title, values) in enumerate(columns):
            header = QLabel(title)
            header.setStyleSheet("color: #5A6270; font-weight: 600;")
            grid.addWidget(header, 0, column)
            for row, (value, text) in enumerate(values, start=1):
                box = QCheckBox(text)
                box.setObjectName(f"filter_{name}_{value or 'none'}")
                box.setChecked(True)
                if name == "categories":
                    box.setIcon(_swatch(style.CATEGORY_COLOURS[value]))  # type: ignore[index]
                box.toggled.connect(self._ticked)
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)
                self.boxes[name][value] = box
        grid.setRowStretch(grid.rowCount(), 1)
        footer = QHBoxLayout()
        note = QLabel(self.tr("Filters only hide; nothing is deleted."))
        note.setStyleSheet("color: #5A6270;")
        footer.addWidget(note)
        footer.addStretch(1)
        self.show_all_button = QPushButton(self.tr("Show All"))
        self.show_all_button.clicked.connect(lambda: self.set_criteria(FilterCriteria(), emit=True))
        footer.addWidget(self.show_all_button)
        layout.addLayout(footer)

    @property
    def criteria(self) -> FilterCriteria:
        return self._criteria

    def set_criteria(self, criteria: FilterCriteria, emit: bool = False) -> None:
        self._criteria = criteria
        for name in FIELDS:
            hidden = getattr(criteria, name)
            for value, box in self.boxes[name].items():
                box.blockSignals(True)
                box.setChecked(value not in hidden)
                box.blockSignals(False)
        self.show_all_button.setEnabled(criteria.active)
        if emit:
            self.criteria_changed.emit(criteria)

    def _ticked(self) -> None:
        fields = {
            name: frozenset(value for value, box in self.boxes[name].items() if not box.isChecked())
            for name in FIELDS
        }
        self._criteria = FilterCriteria(**fields)  # type: ignore[arg-type]
        self.show_all_button.setEnabled(self._criteria.active)
        self.criteria_changed.emit(self._criteria)


class FilterController(QObject):
    """Keeps the window's filter applied to the scene and says how much it hides."""

    applied = Signal(object)
    """What the filter hides changed: the FilterResult now applied, or None when the filter was cleared."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.criteria = FilterCriteria()
        self.result: FilterResult | None = None

        self.panel = FilterPanel(window)
        self.panel.criteria_changed.connect(self.set_criteria)

        self.button = QToolButton()
        self.button.setObjectName("filter_button")
        self.button.setText(self.tr("Filter"))
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIcon(_funnel())
        self.button.clicked.connect(self._button_clicked)

        self.filter_action = QAction(self.tr("F&ilter…"), window)
        self.filter_action.setShortcut("Ctrl+Shift+F")
        self.filter_action.setStatusTip(self.tr("Hide contacts, organisations or ties by category, role, attitude, "
                                                "type or strength"))
        self.filter_action.triggered.connect(self.show_panel)
        self.show_all_action = QAction(self.tr("Show &All"), window)
        self.show_all_action.setStatusTip(self.tr("Clear the filter: show every contact, organisation and tie"))
        self.show_all_action.triggered.connect(self.show_all)
        window.addAction(self.filter_action)
        menu = window.view_menu
        docks = next((a for a in menu.actions() if a.isSeparator()), None)  # after the zoom actions
        if docks is None:
            docks = menu.addSeparator()
        menu.insertSeparator(docks)
        menu.insertAction(docks, self.filter_action)
        menu.insertAction(docks, self.show_all_action)
        self.button_action = window.toolbar.addWidget(self.button)

        self.status = QLabel()
        self.status.setObjectName("filter_status")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setStyleSheet("color: #8A4B00; font-weight: 600;")
        self.status.linkActivated.connect(lambda _link: self.show_all())
        self.status.setVisible(False)
        window.statusBar().addPermanentWidget(self.status)

        self.scene.synced.connect(self.reapply)
        window.view.context_menu_about_to_show.connect(self._fill_context_menu)
        window.document_opened.connect(lambda _doc: self.set_criteria(FilterCriteria()))
        self._update_widgets()

    # ---- the criteria ----------------------------------------------------------
    def set_criteria(self, criteria: FilterCriteria) -> None:
        self.criteria = criteria
        if self.panel.criteria != criteria:
            self.panel.set_criteria(criteria)
        self.reapply()

    def show_all(self) -> None:
        self.set_criteria(FilterCriteria())

    def hide_values(self, **values: object) -> None:
        """Add values to what is hidden, e.g. ``hide_values(categories={ActorCategory.CUSTOMER})``."""
        changes = {name: getattr(self.criteria, name) | frozenset(v) for name, v in values.items()}  # type: ignore[call-overload]
        self.set_criteria(dataclasses.replace(self.criteria, **changes))

    def reapply(self) -> None:
        """Hide what the criteria hide in the map as it is now (after every sync).

        ``applied`` is emitted only when what the filter hides changed: frames and
        the overview redraw on it, and most syncs (a move, a rating) change nothing here.
        """
        document = self.window.document
        if document is None or not self.criteria.active:
            changed = self.scene.hidden_by(REASON) != (frozenset(), frozenset())
            if changed:
                self.scene.set_hidden(REASON, (), ())
            self.result = None
            self._update_widgets()
            if changed:
                self.applied.emit(None)
            return
        analysis = self.scene.analysis
        qualities = analysis.qualities if analysis is not None else None
        today = analysis.today if analysis is not None else None
        result = apply_filter(document.network, self.criteria, qualities, today)
        changed = self.scene.hidden_by(REASON) != (result.hidden_nodes, result.hidden_ties)
        if changed:
            self.scene.set_hidden(REASON, result.hidden_nodes, result.hidden_ties)
        self.result = result
        self._update_widgets()
        if changed:
            self.applied.emit(result)

    def _update_widgets(self) -> None:
        has_doc = self.window.document is not None
        active = self.criteria.active and has_doc
        self.button.setEnabled(has_doc)
        self.filter_action.setEnabled(has_doc)
        self.show_all_action.setEnabled(active)
        self.button.setChecked(active)
        result = self.result
        if active and result is not None:
            text = self.tr("Filtered: %1 of %2 contacts, %3 of %4 ties shown").replace(
                "%1", str(result.shown_contacts)).replace("%2", str(result.total_contacts)).replace(
                "%3", str(result.shown_ties)).replace("%4", str(result.total_ties))
            link = self.tr("Show All")
            self.status.setText(f'{text} · <a href="show-all">{link}</a>')
            self.button.setToolTip(text)
            self.status.setVisible(True)
        else:
            self.button.setToolTip(self.tr("Hide contacts, organisations or ties by category, role, attitude, "
                                           "type or strength"))
            self.status.setVisible(False)

    # ---- the panel -------------------------------------------------------------
    def _button_clicked(self) -> None:
        self.button.setChecked(self.criteria.active)  # the check mark shows the state, not the click
        self.show_panel()

    def show_panel(self) -> None:
        if self.window.document is None:
            return
        self.panel.set_criteria(self.criteria)
        self.panel.adjustSize()
        if self.button.isVisible():
            anchor = self.button.mapToGlobal(QPoint(0, self.button.height()))
        else:
            anchor = self.window.mapToGlobal(QPoint(40, 60))
        self.panel.move(anchor)
        self.panel.show()
        self.panel.raise_()

    def _fill_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        """Right-click: hide what is like this node, or show everything again."""
        document = self.window.document
        if document is None:
            return
        network = document.network
        nodes = [node for i in ids if (node := network.nodes.get(NodeId(i))) is not None]
        entries: list[QAction] = []
        if len(nodes) == 1:
            node = nodes[0]
            category = category_of(document.network, node)
            if category is not None:
                action = QAction(self.tr("Hide All: %1").replace("%1", label(category)), menu)
                action.triggered.connect(lambda: self.hide_values(categories={category}))
                entries.append(action)
            role = getattr(node, "role", None)
            if role is not None:
                action = QAction(self.tr("Hide All: %1").replace("%1", label(role)), menu)
                action.triggered.connect(lambda: self.hide_values(roles={role}))
                entries.append(action)
        if self.criteria.active:
            entries.append(self.show_all_action)
        if not ids and not self.criteria.active:
            entries.append(self.filter_action)
        if entries:
            if not menu.isEmpty():
                menu.addSeparator()
            for action in entries:
                menu.addAction(action)


def _funnel() -> QIcon:
    """A small funnel, drawn so it needs no icon theme."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#4A5261"))
    painter.drawPolygon(QPolygonF([QPointF(1.5, 2.5), QPointF(14.5, 2.5), QPointF(9.5, 8.5), QPointF(9.5, 14),
                                   QPointF(6.5, 12.5), QPointF(6.5, 8.5)]))
    painter.end()
    return QIcon(pixmap)

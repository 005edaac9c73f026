"""The search box in the main toolbar: find people and organisations, select them, step through them.

Typing searches (debounced) and lists the best hits under the box; Enter
selects every match and brings them into view; Enter again, F3 or the arrow
buttons step through them one at a time (Shift+F3 goes back); Esc clears.
The matching itself is ``analysis.search`` (pure, tested without Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..analysis.search import SearchHit, SearchIndex
from ..domain.enums import NodeKind
from ..domain.ids import NodeId
from ..i18n.labels import label

if TYPE_CHECKING:
    from .main_window import MainWindow

DEBOUNCE_MS = 150
POPUP_ROWS = 12
"""Hits listed under the box; Enter still selects every match."""
READABLE_SCALE = 0.6
"""Below this zoom names are hard to read: stepping to a match zooms in to 100 %."""
MESSAGE_MS = 10000
POPUP_WIDTH = 420
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchController(QObject):
    """Owns the search field, its results list and the Find actions of the Edit menu."""

    searched = Signal(list)
    """The hits of the last search (list of SearchHit), after the status bar says how many."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hits: list[SearchHit] = []
        self.position = -1
        """Index into ``hits`` of the match stepped to; -1 when all are selected or none yet."""
        self._selected_all = False
        self._index: SearchIndex | None = None

        self.field = QLineEdit()
        self.field.setObjectName("search_field")
        self.field.setPlaceholderText(self.tr("Search name, organisation, title, tag"))
        self.field.setToolTip(self.tr("Find contacts and organisations (Ctrl+F). Enter selects every match; "
                                      "Enter again or F3 steps through them."))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(200)
        self.field.setMaximumWidth(300)
        self.field.addAction(_icon(_magnifier), QLineEdit.ActionPosition.LeadingPosition)
        self.field.textEdited.connect(self._text_edited)
        self.field.returnPressed.connect(self.enter)
        self.field.installEventFilter(self)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(POPUP_ROWS)
        # setWidget, not QLineEdit.setCompleter: the field must keep what the user typed while
        # the popup is browsed; choosing a row goes to that node instead.
        self.completer.setWidget(self.field)
        self.completer.activated[QModelIndex].connect(self._hit_chosen)  # type: ignore[index]
        popup = self.completer.popup()
        assert popup is not None
        self.popup = popup

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)

        self._build_actions()
        window.document_opened.connect(self._document_opened)
        window.scene.synced.connect(self._map_changed)
        self._document_opened(window.document)

    # ---- actions -----------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        std = QKeySequence.StandardKey
        self.find_action = QAction(self.tr("&Find…"), w)
        self.find_action.setShortcuts(QKeySequence.keyBindings(std.Find))
        self.find_action.setStatusTip(self.tr("Search the map by name, organisation, title or tag"))
        self.find_action.triggered.connect(self.focus_field)
        self.next_action = QAction(self.tr("Find &Next"), w)
        self.next_action.setShortcuts(QKeySequence.keyBindings(std.FindNext))
        self.next_action.setToolTip(self.tr("Next match (F3)"))
        self.next_action.setIcon(_icon(lambda p: _chevron(p, down=True)))
        self.next_action.triggered.connect(self.step_next)
        self.previous_action = QAction(self.tr("Find Pre&vious"), w)
        self.previous_action.setShortcuts(QKeySequence.keyBindings(std.FindPrevious))
        self.previous_action.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_action.setIcon(_icon(lambda p: _chevron(p, down=False)))
        self.previous_action.triggered.connect(self.step_previous)
        for action in (self.find_action, self.next_action, self.previous_action):
            w.addAction(action)  # shortcuts work wherever the focus is in the window
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(self.find_action)
        w.edit_menu.addAction(self.next_action)
        w.edit_menu.addAction(self.previous_action)
        self.field_action = w.toolbar.addWidget(self.field)
        w.toolbar.addAction(self.previous_action)
        w.toolbar.addAction(self.next_action)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_doc = self.window.document is not None
        self.field.setEnabled(has_doc)
        self.find_action.setEnabled(has_doc)
        stepping = has_doc and bool(self.hits)
        self.next_action.setEnabled(stepping)
        self.previous_action.setEnabled(stepping)

    # ---- the map -------------------------------------------------------------
    def _document_opened(self, _document: object) -> None:
        self._index = None
        self.clear()

    def _map_changed(self) -> None:
        """Names, titles and tags may have changed: fold the map again at the next search."""
        self._index = None

    def index(self) -> SearchIndex | None:
        if self._index is None and self.window.document is not None:
            self._index = SearchIndex(self.window.document.network)
        return self._index

    # ---- searching -------------------------------------------------------------
    def _text_edited(self, _text: str) -> None:
        self._selected_all = False
        self.position = -1
        self.timer.start()

    def run(self) -> list[SearchHit]:
        """Search for the field's text now; list the best hits under the field and count them."""
        self.timer.stop()
        query = self.field.text().strip()
        index = self.index()
        self.hits = index.search(query) if index is not None and query else []
        self.position = -1
        self._fill_popup()
        self._update_enabled()
        if query:
            self._say(self._count_text(len(self.hits)) if self.hits else self.tr("No match for '%1'").replace("%1", query))
        else:
            self.window.statusBar().clearMessage()
        self.searched.emit(self.hits)
        return self.hits

    def _count_text(self, n: int) -> str:
        return self.tr("%n match", "", n) if n == 1 else self.tr("%n matches", "", n)

    def _fill_popup(self) -> None:
        self.model.clear()
        for hit in self.hits[:POPUP_ROWS]:
            item = QStandardItem(self._describe(hit))
            item.setData(hit.node_id, NODE_ID_ROLE)
            item.setToolTip(hit.name)
            self.model.appendRow(item)
        popup = self.popup
        if self.hits and self.field.hasFocus():
            self.completer.complete(QRect(0, 0, max(self.field.width(), POPUP_WIDTH), self.field.height()))
            popup.setCurrentIndex(QModelIndex())  # Enter without choosing a row selects every match
        else:
            popup.hide()

    @staticmethod
    def _describe(hit: SearchHit) -> str:
        if hit.is_organisation:
            return f"{hit.name}  —  {label(NodeKind.ORGANISATION)}"
        detail = ", ".join(part for part in (hit.title, hit.organisation) if part)
        return f"{hit.name}  —  {detail}" if detail else hit.name

    # ---- going to matches ---------------------------------------------------------
    def enter(self) -> None:
        """Enter in the field: select every match; pressed again, step to the next one."""
        popup = self.popup
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer goes to the chosen row
        if self.timer.isActive() or (not self._selected_all and not self.hits):
            self.run()
        if not self.hits:
            return
        if self._selected_all:
            self.step_next()
        else:
            self.select_all()

    def select_all(self) -> None:
        ids = self._visible_ids([hit.node_id for hit in self.hits])
        self._selected_all = True
        self.position = -1
        self.popup.hide()
        hidden = len(self.hits) - len(ids)
        text = self._count_text(len(self.hits))
        if hidden:
            text += " " + self.tr("(%1 hidden)").replace("%1", str(hidden))
        self._say(text)
        if ids:
            self._go_to(ids)

    def step_next(self) -> None:
        self._step(+1)

    def step_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.timer.isActive():
            self.run()
        if not self.hits:
            return
        self._selected_all = True  # Enter keeps stepping after F3
        count = len(self.hits)
        start = self.position if self.position >= 0 else (-1 if direction > 0 else 0)
        for offset in range(1, count + 1):
            position = (start + direction * offset) % count
            hit = self.hits[position]
            if self._visible_ids([hit.node_id]):
                self.position = position
                self._say(self.tr("Match %1 of %2: %3").replace("%1", str(position + 1))
                          .replace("%2", str(count)).replace("%3", hit.name))
                self._go_to([hit.node_id], zoom_in=True)
                return
        self._say(self.tr("Every match is hidden (a filter or a collapsed organisation)"))

    def _hit_chosen(self, index: QModelIndex) -> None:
        node_id = index.data(NODE_ID_ROLE)
        for position, hit in enumerate(self.hits):
            if hit.node_id == node_id:
                self._selected_all = True
                self.position = position
                self._say(hit.name)
                self._go_to([node_id], zoom_in=True)
                return

    def _visible_ids(self, ids: list[NodeId]) -> list[NodeId]:
        items = self.window.scene.node_items
        return [i for i in ids if (item := items.get(i)) is not None and item.isVisible()]

    def _go_to(self, ids: list[NodeId], zoom_in: bool = False) -> None:
        """Select and centre; zoom in far enough to read the names when the matches allow it."""
        self.window.select_and_centre(list(ids))
        view = self.window.view
        rect = QRectF()
        for node_id in ids:
            rect = rect.united(self.window.scene.node_items[node_id].sceneBoundingRect())
        if view.current_scale() >= READABLE_SCALE:
            return
        viewport = view.viewport().rect()
        margin = 80.0
        fit = min(viewport.width() / (rect.width() + margin), viewport.height() / (rect.height() + margin))
        target = min(1.0, fit)
        if zoom_in or target > view.current_scale():
            view.zoom(max(target, view.current_scale()) / view.current_scale())
            view.centerOn(rect.center())

    # ---- focus, Esc, messages ----------------------------------------------------------
    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        self.timer.stop()
        self.field.clear()
        self.hits = []
        self.position = -1
        self._selected_all = False
        self.model.clear()
        self.popup.hide()
        self._update_enabled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                had_text = bool(self.field.text())
                self.clear()
                self.window.statusBar().clearMessage()
                if not had_text:
                    self.window.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
            if event.key() == Qt.Key.Key_Down and not self.popup.isVisible() and self.hits:
                self._fill_popup()
                return True
        return super().eventFilter(watched, event)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)


ICON_COLOUR = QColor("#4A5261")


def _icon(draw: Callable[[QPainter], None]) -> QIcon:
    """A 16 px icon drawn in code, so the toolbar needs no icon theme."""
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ICON_COLOUR, 1.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    draw(painter)
    painter.end()
    return QIcon(pixmap)


def _magnifier(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5)
    painter.drawLine(QPointF(10.0, 10.0), QPointF(14.0, 14.0))


def _chevron(painter: QPainter, down: bool) -> None:
    y0, y1 = (5.5, 10.5) if down else (10.5, 5.5)
    painter.drawPolyline([QPointF(3.5, y0), QPointF(8.0, y1), QPointF(12.5, y0)])

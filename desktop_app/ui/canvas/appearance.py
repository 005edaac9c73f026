"""How the main window's canvas looks: colour mode, legend, label placement, the tie layer.

One object wired from the main window. It keeps the per-item drawing state
(colour mode, label placement, which items paint themselves) in step with the
scene after every sync, and offers View → Colour By and View → Show Legend,
both remembered in the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QPixmapCache
from shiboken6 import isValid

from ... import style
from .export_image import ImageExport
from .items import NO_CONTENTS, TieItem
from .labels import place_labels
from .legend import LegendContent, MapLegend, categories_on
from .tie_layer import TieLayer, ensure_layer

if TYPE_CHECKING:
    from ..main_window import MainWindow

PIXMAP_CACHE_KB = 64 * 1024
LARGE_MAP_TIES = 2000
LARGE_MAP_NODES = 1000
LARGE_MAP_BSP_DEPTH = 4
COLOUR_KEY = "canvas/colour_by"
LEGEND_KEY = "canvas/legend"


class CanvasAppearance(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.view = window.view
        self.qsettings = window.settings.qsettings
        mode = str(self.qsettings.value(COLOUR_KEY, style.COLOUR_BY_CATEGORY) or "")
        self.colour_mode = mode if mode in style.COLOUR_MODES else style.COLOUR_BY_CATEGORY
        self.scene.colour_mode = self.colour_mode  # type: ignore[attr-defined]  # items to come take it
        self._selected_ties: set[TieItem] = set()
        self.legend = MapLegend(self.view)
        self._build_menu()
        self.legend.setVisible(self.legend_action.isChecked())
        self._labels_timer = QTimer(self)
        self._labels_timer.setSingleShot(True)
        self._labels_timer.setInterval(0)
        self._labels_timer.timeout.connect(self.place_labels)
        self.layer: TieLayer = ensure_layer(self.scene)
        self.scene.synced.connect(self._synced)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.nodes_moving.connect(self._nodes_moving)
        visibility = getattr(self.scene, "visibility_changed", None)
        if visibility is not None:
            visibility.connect(self._visibility_changed)
        self.export = ImageExport(window, self)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)  # node items draw from cached pixmaps (items.py)
        self._synced()

    # ---- menu ------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.view_menu
        actions = menu.actions()
        after = actions.index(self.window.zoom_out_action) + 1 if self.window.zoom_out_action in actions else len(actions)
        before = actions[after] if after < len(actions) else None
        self.colour_menu = menu.addMenu(self.tr("&Colour By"))
        self.colour_group = QActionGroup(self)
        self.colour_actions: dict[str, QAction] = {}
        for mode, text, tip in (
            (style.COLOUR_BY_CATEGORY, self.tr("Actor &Category"),
             self.tr("Colour contacts and organisations by the organisation's actor category")),
            (style.COLOUR_BY_ATTITUDE, self.tr("&Attitude"),
             self.tr("Colour contacts by their attitude to us: supporter, neutral, sceptic, unknown")),
        ):
            action = self.colour_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(mode == self.colour_mode)
            action.setStatusTip(tip)
            action.setData(mode)
            self.colour_group.addAction(action)
            self.colour_actions[mode] = action
        self.colour_group.triggered.connect(lambda action: self.set_colour_mode(str(action.data())))
        self.legend_action = QAction(self.tr("Show &Legend"), self)
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(self.qsettings.value(LEGEND_KEY, True, type=bool))
        self.legend_action.setStatusTip(self.tr("Show what the colours, sizes, lines and arrows on the map mean"))
        self.legend_action.toggled.connect(self.set_legend_visible)
        menu.removeAction(self.colour_menu.menuAction())
        menu.insertAction(before, self.colour_menu.menuAction())  # type: ignore[arg-type]
        menu.insertAction(before, self.legend_action)  # type: ignore[arg-type]

    def set_colour_mode(self, mode: str) -> None:
        if mode not in style.COLOUR_MODES:
            return
        self.colour_mode = mode
        self.qsettings.setValue(COLOUR_KEY, mode)
        self.colour_actions[mode].setChecked(True)
        self.scene.colour_mode = mode  # type: ignore[attr-defined]
        for item in self.scene.node_items.made.values():  # type: ignore[attr-defined]  # those to come take the mode
            item.set_colour_mode(mode)
        self._refresh_legend()
        self.layer.invalidate()

    def set_legend_visible(self, visible: bool) -> None:
        self.qsettings.setValue(LEGEND_KEY, visible)
        if self.legend_action.isChecked() != visible:
            self.legend_action.setChecked(visible)
        self.legend.setVisible(visible and self.scene.document is not None)

    def legend_content(self) -> LegendContent:
        document = self.scene.document
        return LegendContent(self.colour_mode, categories_on(document.network if document else None))

    def _refresh_legend(self) -> None:
        self.legend.set_content(self.legend_content())
        self.legend.setVisible(self.legend_action.isChecked() and self.scene.document is not None)

    # ---- following the scene ---------------------------------------------------
    def _synced(self) -> None:
        if not isValid(self.scene):
            return
        self.layer = ensure_layer(self.scene)
        mode = self.colour_mode
        for item in self.scene.node_items.values():
            if item.colour_mode != mode:
                item.set_colour_mode(mode)
        overview = self.layer._items_overview
        for item in self.scene.node_items.values():
            if bool(item.flags() & NO_CONTENTS) != overview:
                item.setFlag(NO_CONTENTS, overview)
        self._selected_ties = {i for i in self._selected_ties if isValid(i) and i.scene() is self.scene}
        self._tune_index()
        self.layer.synced()
        self._refresh_legend()
        if len(self.scene.node_items) > LARGE_MAP_NODES:
            # A big map is painted first (far out it shows no labels; close in, for one frame the last placement).
            self.view.after_next_paint(self._labels_timer.start)
        else:
            self._labels_timer.start()

    def _tune_index(self) -> None:
        """A shallow BSP tree on large maps.

        Qt picks a depth from the item count (15 for the 25,000 items of the benchmark map), and
        the bounding box of every long tie then lands in thousands of leaves: a repaint at fit
        spends 70-190 ms only collecting and de-duplicating them. At depth 4 the same repaint
        finds its items in 15-35 ms, a repaint at 100 % stays as fast, and a hit test costs a few
        milliseconds more. Measured with benchmarks/bench_canvas.py on the generated map.
        """
        depth = LARGE_MAP_BSP_DEPTH if len(self.scene.tie_items) > LARGE_MAP_TIES else 0
        if self.scene.bspTreeDepth() != depth:
            self.scene.setBspTreeDepth(depth)

    def _visibility_changed(self) -> None:
        self.layer = ensure_layer(self.scene)
        self.layer.invalidate()
        self._labels_timer.start()

    def _selection_changed(self) -> None:
        if isValid(self.scene) and isValid(self.layer):  # not while the window is being torn down
            self._selected_ties = self.layer.selection_changed(self._selected_ties)

    def _nodes_moving(self, node_ids: list[str]) -> None:
        if isValid(self.layer):
            self.layer.nodes_moved(node_ids)

    def place_labels(self) -> None:
        # A big map's items come after its first frame, and their sync places the labels again.
        if isValid(self.scene) and not self.scene.node_items.pending:  # type: ignore[attr-defined]
            place_labels(self.scene.node_items.values())

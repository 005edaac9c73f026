"""Finding one's way around a map: search, filters and the overview, wired into the window in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from .canvas.minimap import Minimap
from .filters import FilterController
from .search import SearchController

if TYPE_CHECKING:
    from .main_window import MainWindow

OVERVIEW_KEY = "view/overview"


class Navigation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.toolbar.addSeparator()
        self.filters = FilterController(window)
        self.search = SearchController(window)
        self.minimap = Minimap(window.view)
        self.filters.applied.connect(lambda _result: self.minimap.schedule_refresh())

        settings = window.settings.qsettings
        self.overview_action = QAction(self.tr("O&verview"), window)
        self.overview_action.setCheckable(True)
        self.overview_action.setChecked(str(settings.value(OVERVIEW_KEY, "true")).lower() != "false")
        self.overview_action.setStatusTip(self.tr("A small picture of the whole map in the corner of the view "
                                                  "when the map is bigger than the view"))
        self.overview_action.toggled.connect(self._overview_toggled)
        actions = window.view_menu.actions()
        after = actions.index(self.filters.show_all_action) + 1  # the filter inserted a separator after it
        window.view_menu.insertAction(actions[after], self.overview_action)
        self.minimap.wanted = self.overview_action.isChecked()
        window.document_opened.connect(self._document_opened)

    def _overview_toggled(self, on: bool) -> None:
        self.window.settings.qsettings.setValue(OVERVIEW_KEY, "true" if on else "false")
        self.minimap.set_wanted(on)

    def _document_opened(self, _document: object) -> None:
        # The scene is rebuilt by now; the view fits the map on the next turn of the event loop.
        self.minimap.refresh()
        QTimer.singleShot(0, self.minimap.update_visibility)

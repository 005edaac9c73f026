"""The main window: menus, canvas, properties panel, status bar, and the open map's lifecycle."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QWidget,
)

from ..analysis import Analysis, Finding, PathResult
from ..domain.entities import MapSettings
from ..domain.errors import UserError
from ..examples import copy_example_to
from ..i18n import describe, translate
from ..paths import documents_dir
from ..storage import MapStore
from .about import AboutDialog
from .analysis_controller import LARGE_MAP_NODES, AnalysisController
from .app_settings import AppSettings
from .canvas.appearance import CanvasAppearance
from .canvas.editor import CanvasEditor
from .canvas.frames import OrganisationFrames
from .canvas.scene import MapScene
from .canvas.view import MapView
from .commands import perform
from .dialogs.map_settings import MapSettingsDialog
from .document import Document
from .import_export import ImportExport
from .layout_actions import LayoutActions
from .navigation import Navigation
from .panels.action_plan import ActionPlanController
from .panels.coverage import CoveragePanel
from .panels.findings import FindingsPanel
from .panels.path_finder import SHORTEST_COLOUR, STRONGEST_COLOUR, PathFinderPanel
from .panels.properties import PropertiesPanel
from .plan_export import PlanExport
from .print_plan import PlanPrint
from .single_instance import show_elsewhere
from .welcome import WelcomePage


class MainWindow(QMainWindow):
    document_opened = Signal(object)
    """A map was opened or created (the Document), or closed (None)."""
    new_window_requested = Signal()
    """File → New Window: ui/windows.py opens another window."""

    def __init__(self, settings: AppSettings, documents: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.documents = documents or documents_dir()
        self.document: Document | None = None
        self.analysis_controller: AnalysisController | None = None
        self.undo_stack = QUndoStack(self)
        self.message_box: QMessageBox | None = None

        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_map_dialog)
        self.welcome.open_requested.connect(self.open_map_dialog)
        self.welcome.example_requested.connect(self.open_example_copy)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)

        self.properties = PropertiesPanel(self.undo_stack)
        self.properties_dock = QDockWidget(self.tr("Properties"), self)
        self.properties_dock.setObjectName("properties_dock")
        self.properties_dock.setWidget(self.properties)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties_dock)
        self.scene.selectionChanged.connect(self._selection_changed)

        self.findings = FindingsPanel()
        self.findings.finding_activated.connect(self.show_finding)
        self.coverage = CoveragePanel()
        self.path_finder = PathFinderPanel()
        self.path_finder.paths_changed.connect(self._show_paths)
        self.findings_dock = self._dock(self.tr("Findings"), "findings_dock", self.findings)
        self.coverage_dock = self._dock(self.tr("Coverage"), "coverage_dock", self.coverage)
        self.path_finder_dock = self._dock(self.tr("Path Finder"), "path_finder_dock", self.path_finder)
        self.properties_dock.raise_()

        self.counts_label = QLabel()
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("color: #B3261E; font-weight: 600;")
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.analysis_progress = QProgressBar()
        self.analysis_progress.setRange(0, 0)
        self.analysis_progress.setMaximumWidth(140)
        self.analysis_progress.setFormat(self.tr("Analysing…"))
        self.analysis_progress.setToolTip(self.tr("Updating the network scores in the background"))
        self.analysis_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.analysis_progress)

        self.toolbar = QToolBar(self.tr("Main Toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self._build_actions()
        self._build_menus()
        self.editor = CanvasEditor(self)
        self.navigation = Navigation(self)
        self.layouts = LayoutActions(self)
        self.frames = OrganisationFrames(self)
        self.action_plan = ActionPlanController(self)
        self.appearance = CanvasAppearance(self)
        self.resize(1280, 800)
        # The canvas gets the room; the panels start as narrow as their tab labels allow, each label
        # whole in this language (a returning user's layout is restored below).
        self.resizeDocks([self.properties_dock], [max(360, self._dock_tabs_width())], Qt.Orientation.Horizontal)
        if geometry := settings.window_geometry():
            self.restoreGeometry(geometry)
        if state := settings.window_state():
            self.restoreState(state)
        self._update_for_document()

    def _dock_tabs_width(self) -> int:
        """The width the strip of tabbed panels needs to show every label without eliding it."""
        bars = [bar for bar in self.findChildren(QTabBar) if bar.count() > 1]
        return max((sum(bar.tabSizeHint(i).width() for i in range(bar.count())) for bar in bars), default=0)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        """An analysis dock, tabbed with the properties panel."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.properties_dock, dock)
        return dock

    # ---- actions and menus ---------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Map…"), self.new_map_dialog, std.New, self.tr("Create an empty map"))
        self.open_action = self._action(self.tr("&Open…"), self.open_map_dialog, std.Open, self.tr("Open a map"))
        self.save_copy_action = self._action(
            self.tr("Save a &Copy…"), self.save_copy_dialog, std.SaveAs,
            self.tr("Save a complete copy of this map to share or keep"),
        )
        self.rename_action = self._action(self.tr("&Rename Map…"), self.rename_map_dialog, None, self.tr("Change the map's title"))
        self.map_settings_action = self._action(
            self.tr("Map &Settings…"), self.map_settings_dialog, None,
            self.tr("The map's title, key account, and how tie quality is scored"),
        )
        self.example_action = self._action(
            self.tr("Open the &Example Map"), self.open_example_copy, None,
            self.tr("Open a fresh copy of the Best Lokalt Røros example"),
        )
        self.new_window_action = self._action(
            self.tr("New &Window"), self.new_window_requested.emit, "Ctrl+Shift+N",
            self.tr("Open another window, to work on two maps side by side"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.quit_all, std.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(std.Redo))
        self.fit_action = self._action(self.tr("&Fit to Map"), self.view.fit_to_map, "Ctrl+0")
        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self.view.zoom(1.25), std.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self.view.zoom(0.8), std.ZoomOut)
        self.about_action = self._action(self.tr("&About Knute"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.new_window_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.example_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy_action)
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.plan_action = self.export_menu.addAction(self.tr("Network &Plan (PDF)…"))
        self.plan_action.setStatusTip(self.tr("The map, findings, coverage and action plan as a PDF for the account review"))
        self.plan_action.triggered.connect(self.export_plan_dialog)
        self.export_menu.addSeparator()
        self.plan_export = PlanExport(self)
        self.plan_export.finished.connect(self._plan_written)
        self.import_export = ImportExport(self, self.import_menu, self.export_menu)
        self.plan_print = PlanPrint(self)
        file_menu.addAction(self.plan_print.action)
        file_menu.addSeparator()
        file_menu.addAction(self.rename_action)
        file_menu.addAction(self.map_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.fit_action)
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addSeparator()
        for dock in (self.properties_dock, self.findings_dock, self.coverage_dock, self.path_finder_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, text in (("", self.tr("System Default")), ("nb", "Norsk bokmål"), ("en", "English")):
            action = language_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

        self.arrange_menu = bar.addMenu(self.tr("&Arrange"))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_map(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear List"), self.settings.clear_recent)

    # ---- opening and creating --------------------------------------------
    def start(self, path: Path | None) -> None:
        """What to show at launch: the given file, else the last map, else the example (first start)."""
        if path is not None:
            self.open_map(path)
            return
        last = self.settings.last_map
        if last is None:
            self.open_example_copy()
        elif last.exists():
            self.open_map(last)
        else:
            self.statusBar().showMessage(self.tr("The last map, %1, is no longer there.").replace("%1", str(last)))

    def open_map(self, path: Path | str) -> bool:
        path = Path(path)
        if self.document is not None and self.document.path.resolve() == path.resolve():
            return True
        if show_elsewhere(self, path):
            return True  # another Knute has it open: that window came to the front, the status bar says so
        try:
            document = Document.open(path)
        except UserError as error:
            self.show_error(self.tr("Could not open the map"), describe(error))
            if not path.exists():
                self.settings.remove_recent(path)
            return False
        self._set_document(document)
        return True

    def new_map(self, path: Path | str, title: str | None = None) -> bool:
        path = Path(path)
        if path.suffix.lower() != ".knute":
            path = path.with_name(path.name + ".knute")
        if self.document is not None and self.document.path.resolve() == path.resolve():
            self.show_error(self.tr("Could not create the map"), self.tr("This map is open: choose another name."))
            return False
        try:
            store = MapStore.create(path, MapSettings(title=title or path.stem), overwrite=True)
            document = Document(store, store.load())
        except UserError as error:
            self.show_error(self.tr("Could not create the map"), describe(error))
            return False
        self._set_document(document)
        return True

    def open_example_copy(self) -> bool:
        try:
            path = copy_example_to(self.documents)
        except OSError as error:
            self.show_error(self.tr("Could not copy the example map"), str(error))
            return False
        opened = self.open_map(path)
        if opened:
            self.statusBar().showMessage(self.tr("A copy of the example map was saved as %1").replace("%1", str(path)), 10000)
        return opened

    def _set_document(self, document: Document) -> None:
        self.undo_stack.clear()
        if self.analysis_controller is not None:
            self.analysis_controller.dispose()
            self.analysis_controller.deleteLater()
            self.analysis_controller = None
        if self.document is not None:
            self.document.close()
        self.document = document
        document.changed.connect(self._document_changed)
        document.write_failed.connect(self._write_failed)
        self.settings.last_map = document.path.resolve()
        self.settings.add_recent(document.path)
        # A big map is painted before its node items are made (MapScene.set_document).
        self.scene.set_document(document, items_later=len(document.network.nodes) > LARGE_MAP_NODES)
        self.properties.set_document(document)
        self.coverage.set_document(document)
        self.path_finder.set_document(document)
        controller = AnalysisController(document, self)
        controller.analysis_updated.connect(self._analysis_updated)
        controller.busy_changed.connect(self.analysis_progress.setVisible)
        self.analysis_controller = controller
        self._update_for_document()
        # A big map is on screen first (from the tie table), then with its node items, frames and
        # badges, then sized by its scores: each step is painted before the next one starts.
        def start() -> None:
            if self.analysis_controller is controller:
                controller.start()

        def make_items() -> None:
            if self.analysis_controller is controller:
                self.scene.make_node_items()
                self.view.after_next_paint(start)

        if controller.in_background:
            self.view.after_next_paint(make_items)
        else:
            QTimer.singleShot(0, start)  # small maps: their scores are in the first frame or the next
        self.document_opened.emit(document)
        self.view.fit_to_map()
        QTimer.singleShot(0, self.view.fit_to_map)  # again once the window has its final size
        if document.store.read_only_notice:
            self.show_error(
                self.tr("Opened read-only"),
                translate(document.store.read_only_notice, name=document.path.name),
                icon=QMessageBox.Icon.Information,
            )

    def _update_for_document(self) -> None:
        doc = self.document
        has_doc = doc is not None
        self.stack.setCurrentWidget(self.view if has_doc else self.welcome)
        for action in (self.save_copy_action, self.fit_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(has_doc)
        writable = has_doc and not doc.read_only  # type: ignore[union-attr]
        self.import_export.update_enabled(has_doc, writable)
        self.plan_action.setEnabled(has_doc)
        self.rename_action.setEnabled(writable)
        self.map_settings_action.setEnabled(writable)
        if doc is None:
            self.setWindowTitle("Knute")
            self.setWindowFilePath("")
            self.counts_label.setText("")
            self.read_only_label.setText("")
            return
        suffix = self.tr(" [read-only]") if doc.read_only else ""
        self.setWindowTitle(f"{doc.title}{suffix} — Knute")
        self.setWindowFilePath(str(doc.path))
        self.read_only_label.setText(self.tr("Read-only") if doc.read_only else "")
        network = doc.network
        self.counts_label.setText(
            self.tr("%1 organisations · %2 contacts · %3 ties")
            .replace("%1", str(sum(1 for _ in network.organisations())))
            .replace("%2", str(sum(1 for _ in network.contacts())))
            .replace("%3", str(len(network.ties)))
        )

    # ---- dialogs ---------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.document.path.parent if self.document else self.documents)

    def new_map_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Map"), self._start_dir(), self.tr("Knute maps (*.knute)"))
        if path:
            self.new_map(path)

    def open_map_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Map"), self._start_dir(), self.tr("Knute maps (*.knute)"))
        if path:
            self.open_map(path)

    def save_copy_dialog(self) -> None:
        if self.document is None:
            return
        suggestion = str(self.document.path.with_name(self.document.path.stem + " copy.knute"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), suggestion, self.tr("Knute maps (*.knute)"))
        if path:
            self.save_copy(path)

    def save_copy(self, path: Path | str) -> bool:
        assert self.document is not None
        path = Path(path)
        if path.suffix.lower() != ".knute":
            path = path.with_name(path.name + ".knute")
        try:
            self.document.save_copy(path)
        except UserError as error:
            self.show_error(self.tr("Could not save the copy"), describe(error))
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(path)), 8000)
        return True

    def import_graphml(self, source: Path | str) -> bool:
        """Import a GraphML file (after the user confirms the summary) as one undo step."""
        return self.import_export.import_file(Path(source), "graphml")

    def rename_map_dialog(self) -> None:
        if self.document is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename Map"), self.tr("Title:"), text=self.document.title)
        if ok:
            self.rename_map(title)

    def rename_map(self, title: str) -> bool:
        assert self.document is not None

        def operation(network):  # type: ignore[no-untyped-def]
            return network.change_settings(dataclasses.replace(network.settings, title=title))

        try:
            perform(self.undo_stack, self.document, self.tr("Rename Map"), operation)
        except UserError as error:
            self.show_error(self.tr("Could not rename the map"), describe(error))
            return False
        return True

    def export_plan_dialog(self) -> None:
        if self.document is not None:
            self.plan_export.dialog_for(self.document.network, self.document.path.with_suffix(".pdf"))

    def _plan_written(self, path: str, error: str) -> None:
        if error:
            self.show_error(self.tr("Could not write the network plan"), error)
        elif path:
            self.statusBar().showMessage(self.tr("Wrote the network plan to %1").replace("%1", path), 10000)
        else:
            self.statusBar().showMessage(self.tr("The network plan was cancelled; no file was written."), 8000)

    def map_settings_dialog(self) -> None:
        if self.document is None:
            return
        dialog = MapSettingsDialog(self.document.network, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(lambda: self.change_map_settings(dialog.result_settings))
        dialog.open()

    def change_map_settings(self, settings: MapSettings | None) -> bool:
        """Apply new map settings (title, account, scoring) as one undoable edit."""
        if self.document is None or settings is None:
            return False
        try:
            perform(self.undo_stack, self.document, self.tr("Change Map Settings"),
                    lambda network: network.change_settings(settings))
        except UserError as error:
            self.show_error(self.tr("Could not change the map settings"), describe(error))
            return False
        return True

    def show_about(self) -> None:
        """Version, licence and the folders of the user's maps and settings (non-blocking; tests read about_box)."""
        self.about_box = AboutDialog(self.documents, self.settings.qsettings.fileName(), self)
        self.about_box.open()

    def show_error(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        """A window-modal message that does not block the event loop (tests read ``message_box``)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    # ---- reactions -------------------------------------------------------
    def _document_changed(self, _changes: list) -> None:
        self._update_for_document()
        self._selection_changed()

    def _analysis_updated(self, analysis: Analysis) -> None:
        self.scene.set_analysis(analysis)
        self.properties.set_analysis(analysis)
        self.findings.set_analysis(analysis)
        self.coverage.set_analysis(analysis)
        self.path_finder.set_analysis(analysis)

    def select_and_centre(self, ids: list[str]) -> None:
        """Select these nodes and ties on the canvas and bring them into view."""
        items = [self.scene.node_items.get(i) or self.scene.tie_items.get(i) for i in ids]  # type: ignore[call-overload]
        items = [i for i in items if i is not None]
        self.scene.clearSelection()
        for item in items:
            item.setSelected(True)
        if not items:
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if rect.width() > visible.width() or rect.height() > visible.height():
            self.view.fitInView(rect.adjusted(-60, -60, 60, 60), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.centerOn(rect.center())

    def show_finding(self, finding: Finding) -> None:
        self.select_and_centre([*finding.people, *finding.ties])

    def _show_paths(self, result: PathResult | None) -> None:
        self.scene.clear_highlights()
        if result is None:
            return
        for name, path, colour in (("strongest", result.strongest, STRONGEST_COLOUR),
                                   ("shortest", result.shortest, SHORTEST_COLOUR)):
            if path is not None:
                self.scene.set_highlight(name, path.nodes, path.ties, colour)

    def _write_failed(self, message: str) -> None:
        QTimer.singleShot(0, self.undo_stack.clear)
        self.show_error(
            self.tr("The change could not be saved"),
            message + "\n\n" + self.tr("The map on screen matches the file. The undo history was cleared."),
        )

    def _selection_changed(self) -> None:
        ids = [getattr(i, "node_id", None) or getattr(i, "tie_id", None) for i in self.scene.selectedItems()]
        self.properties.show_selection([i for i in ids if i])

    def _language_chosen(self, action: QAction) -> None:
        self.settings.language = action.data()
        self.statusBar().showMessage(self.tr("Knute will use the chosen language the next time it starts."), 8000)

    def quit_all(self) -> None:
        """File → Quit closes every Knute window, not just this one."""
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible() and window is not self:
                window.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.analysis_controller is not None:
            self.analysis_controller.dispose()
        if self.document is not None:
            self.document.close()
        super().closeEvent(event)

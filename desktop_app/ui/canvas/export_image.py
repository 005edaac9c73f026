"""File → Export → Canvas as PNG / SVG: the map as it looks on the screen, with the legend.

The picture is the scene rendered the way the view paints it: same colours,
same level of detail for the zoom (a scale of 2x is the screen at twice the
resolution, not a different drawing), hidden and filtered items left out, the
selection left out, highlights (a path being shown) kept. The legend sits in
the bottom-left corner as on the screen. Files are written through QSaveFile,
so a failed export leaves no half-written file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QPointF, QRectF, QSaveFile, QSize, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from . import look
from .legend import MARGIN, LegendContent

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .appearance import CanvasAppearance

SCALES = (1, 2, 4)
MAP_MARGIN = 40.0
"""Scene units of background kept around the whole map."""
MAX_SIDE = 16384
MAX_PIXELS = 50_000_000
"""About 200 MB of image memory: beyond this the export is refused with a reason, before any work."""


@dataclass(frozen=True)
class ImageRequest:
    whole_map: bool = True
    scale: int = 1
    legend: bool = True


def source_rect(scene: QGraphicsScene, view: QGraphicsView, whole_map: bool) -> QRectF:
    """The part of the scene to draw: every visible item plus a margin, or what the view shows."""
    if not whole_map:
        return view.mapToScene(view.viewport().rect()).boundingRect()
    make_items = getattr(scene, "make_node_items", None)
    if make_items is not None:
        make_items()  # a big map just opened: its nodes' items (and labels' bounds) count
    rect = QRectF()
    layer = getattr(scene, "tie_layer", None)
    for item in scene.items():
        if item is not layer and item.isVisible() and item.parentItem() is None:
            rect = rect.united(item.sceneBoundingRect())
    return rect.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN) if not rect.isEmpty() else rect


def output_size(source: QRectF, view_scale: float, scale: float) -> QSize:
    factor = view_scale * scale
    return QSize(max(1, round(source.width() * factor)), max(1, round(source.height() * factor)))


def size_problem(size: QSize) -> str:
    """Why an image this size is refused ('' when it is fine)."""
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE or size.width() * size.height() > MAX_PIXELS:
        return QCoreApplication.translate(
            "ImageExport",
            "%1 × %2 pixels is too large to export. Choose a smaller scale, zoom out, or export the visible area.",
        ).replace("%1", str(size.width())).replace("%2", str(size.height()))
    return ""


def render_canvas(painter: QPainter, scene: QGraphicsScene, source: QRectF, target: QRectF,
                  legend: LegendContent | None, legend_scale: float, screen_lod: float) -> None:
    """Draw ``source`` of the scene into ``target`` as the view would, then the legend."""
    make_items = getattr(scene, "make_node_items", None)
    if make_items is not None:
        make_items()  # close in, nodes draw themselves: a big map just opened gets its items first
    layer = getattr(scene, "tie_layer", None)
    lod = target.width() / source.width() if source.width() > 0 else 1.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(target, scene.backgroundBrush())
    # Node items keep a pixmap of themselves for the screen; an export draws them afresh (vector
    # text in an SVG, the export's own resolution, no selection), then the screen's caches return.
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    look.RENDER.exporting = True
    try:
        for item, _mode in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if layer is not None:
            layer.prepare_for(lod)
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        look.RENDER.exporting = False
        for item, mode in cached:
            item.setCacheMode(mode)
        if layer is not None:
            layer.prepare_for(screen_lod)
    if legend is not None:
        painter.save()
        painter.translate(target.left() + MARGIN * legend_scale,
                          target.bottom() - (legend.size.height() + MARGIN) * legend_scale)
        painter.scale(legend_scale, legend_scale)
        legend.draw(painter, QPointF(0, 0))
        painter.restore()


class ImageExport(QObject):
    """The two export actions, their dialog, and the writing of the files."""

    def __init__(self, window: MainWindow, appearance: CanvasAppearance) -> None:
        super().__init__(window)
        self.window = window
        self.appearance = appearance
        self.dialog: ExportImageDialog | None = None
        self.png_action = QAction(self.tr("Canvas as &PNG Image…"), window)
        self.png_action.setStatusTip(self.tr("Save the map as it looks on the screen, as a PNG image"))
        self.png_action.triggered.connect(lambda: self.open_dialog("png"))
        self.svg_action = QAction(self.tr("Canvas as &SVG Drawing…"), window)
        self.svg_action.setStatusTip(self.tr("Save the map as it looks on the screen, as an SVG vector drawing"))
        self.svg_action.triggered.connect(lambda: self.open_dialog("svg"))
        menu = window.export_menu
        actions = menu.actions()
        plan = getattr(window, "plan_action", None)
        before = actions[actions.index(plan) + 1] if plan in actions and actions.index(plan) + 1 < len(actions) else None
        for action in (self.png_action, self.svg_action):
            if before is None:
                menu.addAction(action)
            else:
                menu.insertAction(before, action)
        window.document_opened.connect(lambda document: self._set_enabled(document is not None))
        self._set_enabled(window.document is not None)

    def _set_enabled(self, enabled: bool) -> None:
        self.png_action.setEnabled(enabled)
        self.svg_action.setEnabled(enabled)

    # ---- the dialog -------------------------------------------------------------
    def open_dialog(self, kind: str) -> None:
        if self.window.document is None:
            return
        dialog = ExportImageDialog(kind, self, self.window)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._chosen(kind, dialog.request()))
        dialog.open()

    def _chosen(self, kind: str, request: ImageRequest) -> None:
        document = self.window.document
        if document is None:
            return
        suggestion = str(document.path.with_suffix(f".{kind}"))
        if kind == "png":
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Canvas as PNG"), suggestion,
                                                  self.tr("PNG images (*.png)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Canvas as SVG"), suggestion,
                                                  self.tr("SVG drawings (*.svg)"))
        if path:
            self.export(kind, Path(path), request)

    # ---- writing ----------------------------------------------------------------
    def size_for(self, request: ImageRequest) -> QSize:
        view = self.window.view
        return output_size(self._source(request), view.transform().m11(), request.scale)

    def _source(self, request: ImageRequest) -> QRectF:
        """What to draw; the whole map gets room below it for the legend, so the legend covers nothing."""
        view = self.window.view
        source = source_rect(self.window.scene, view, request.whole_map)
        if request.whole_map and request.legend and not source.isEmpty():
            room = (self.appearance.legend_content().size.height() + MARGIN) / view.transform().m11()
            source.setBottom(source.bottom() + room)
        return source

    def export(self, kind: str, path: Path, request: ImageRequest) -> bool:
        """Write the PNG or SVG; on failure show why and leave no file. Returns whether it was written."""
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        view = self.window.view
        scene = self.window.scene
        source = self._source(request)
        scale = request.scale if kind == "png" else 1
        size = output_size(source, view.transform().m11(), scale)
        if source.isEmpty():
            self.window.show_error(self.tr("Could not export the canvas"), self.tr("The map is empty: there is nothing to draw."))
            return False
        if problem := size_problem(size):
            self.window.show_error(self.tr("Could not export the canvas"), problem)
            return False
        legend = self.appearance.legend_content() if request.legend else None
        file = QSaveFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.WriteOnly):
            self.window.show_error(self.tr("Could not export the canvas"),
                                   self.tr("%1 cannot be written: %2").replace("%1", str(path)).replace("%2", file.errorString()))
            return False
        target = QRectF(0, 0, size.width(), size.height())
        dpi = view.logicalDpiX()
        if kind == "png":
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            if image.isNull():
                file.cancelWriting()
                self.window.show_error(self.tr("Could not export the canvas"), self.tr("There is not enough memory for an image this large."))
                return False
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            image.fill(QColor(scene.backgroundBrush().color()))
            painter = QPainter(image)
            render_canvas(painter, scene, source, target, legend, scale, view.transform().m11())
            painter.end()
            written = image.save(file, "PNG")
        else:
            generator = QSvgGenerator()
            generator.setOutputDevice(file)
            generator.setSize(size)
            generator.setViewBox(target)
            generator.setResolution(dpi)
            generator.setTitle(self.window.document.title if self.window.document else "Knute")
            generator.setDescription(self.tr("A relationship map exported from Knute"))
            painter = QPainter(generator)
            render_canvas(painter, scene, source, target, legend, 1.0, view.transform().m11())
            written = painter.end()
        if not written or not file.commit():
            file.cancelWriting()
            self.window.show_error(self.tr("Could not export the canvas"),
                                   self.tr("%1 cannot be written: %2").replace("%1", str(path)).replace("%2", file.errorString()))
            return False
        self.window.statusBar().showMessage(self.tr("Exported the canvas to %1").replace("%1", str(path)), 8000)
        return True


class ExportImageDialog(QDialog):
    """Area (whole map or what is visible), scale for PNG, legend; shows the size it will have."""

    def __init__(self, kind: str, export: ImageExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.export = export
        self.setWindowTitle(self.tr("Export Canvas as PNG") if kind == "png" else self.tr("Export Canvas as SVG"))
        self.whole = QRadioButton(self.tr("The &whole map"))
        self.visible = QRadioButton(self.tr("The &visible area"))
        self.whole.setChecked(True)
        self.area_group = QButtonGroup(self)
        self.area_group.addButton(self.whole)
        self.area_group.addButton(self.visible)
        self.scale = QComboBox()
        for factor in SCALES:
            self.scale.addItem(self.tr("%1× the screen").replace("%1", str(factor)), factor)
        self.scale.setCurrentIndex(1 if kind == "png" else 0)
        self.legend = QCheckBox(self.tr("Include the &legend"))
        self.legend.setChecked(True)
        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        form = QFormLayout()
        area = QVBoxLayout()
        area.addWidget(self.whole)
        area.addWidget(self.visible)
        form.addRow(self.tr("Area:"), area)
        if kind == "png":
            form.addRow(self.tr("Resolution:"), self.scale)
        form.addRow("", self.legend)
        form.addRow("", self.size_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.whole.toggled.connect(self._update_size)
        self.scale.currentIndexChanged.connect(self._update_size)
        self._update_size()

    def request(self) -> ImageRequest:
        scale = int(self.scale.currentData()) if self.kind == "png" else 1
        return ImageRequest(whole_map=self.whole.isChecked(), scale=scale, legend=self.legend.isChecked())

    def _update_size(self) -> None:
        size = self.export.size_for(self.request())
        problem = size_problem(size)
        if problem:
            self.size_label.setText(problem)
            self.size_label.setStyleSheet("color: #B3261E;")
        else:
            text = (self.tr("%1 × %2 pixels") if self.kind == "png" else self.tr("%1 × %2 units (vector)"))
            self.size_label.setText(text.replace("%1", str(size.width())).replace("%2", str(size.height())))
            self.size_label.setStyleSheet("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

"""How the canvas draws: level of detail, the batched tie layer, colour modes, labels, parallel ties, dates.

Rendering is checked on pictures: the scene is rendered into an image at a
given zoom and the pixels where a label, a node or a tie should (or should
not) be are counted.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from desktop_app import style
from desktop_app.domain.entities import Contact, Tie
from desktop_app.domain.enums import Attitude
from desktop_app.storage import MapStore
from desktop_app.ui.canvas import look
from desktop_app.ui.canvas.items import LABEL_FULL, LABEL_NAME, LABEL_NONE, NO_CONTENTS, ContactItem, TieItem
from desktop_app.ui.canvas.labels import place_labels
from desktop_app.ui.canvas.scene import MapScene
from desktop_app.ui.canvas.tie_layer import ensure_layer
from desktop_app.ui.commands import perform
from desktop_app.ui.document import Document

BACKGROUND = QColor("#F7F8FA")


def render(scene: MapScene, source: QRectF, scale: float) -> QImage:
    """The part ``source`` of the scene at this zoom, as the view would paint it."""
    size = QSize(round(source.width() * scale), round(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return image


def count(image: QImage, test, area: QRectF | None = None) -> int:
    rect = (area or QRectF(0, 0, image.width(), image.height())).toAlignedRect()
    found = 0
    for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height())):
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width())):
            if test(image.pixelColor(x, y)):
                found += 1
    return found


def dark(c: QColor) -> bool:
    """Label ink (#1F2430), not a tie (#5A6270) or a tint."""
    return c.red() < 70 and c.green() < 70 and c.blue() < 90


def not_background(c: QColor) -> bool:
    return abs(c.red() - BACKGROUND.red()) + abs(c.green() - BACKGROUND.green()) + abs(c.blue() - BACKGROUND.blue()) > 30


def make_map(path: Path, entities: list) -> Path:
    store = MapStore.create(path)
    network = store.load()
    changes = []
    for entity in entities:
        changes += network.add(entity)
    store.apply(changes)
    store.close()
    return path


@pytest.fixture
def pair_map(tmp_path: Path) -> tuple[Path, Contact, Contact, Tie]:
    """Two loose contacts 400 apart, one tie between them, nothing else that draws."""
    kari = Contact(name="Kari Nordmann", title="Daglig leder", influence=4, attitude=Attitude.SUPPORTER, x=0, y=0)
    ola = Contact(name="Ola Hansen", title="Kjøkkensjef", influence=2, attitude=Attitude.SCEPTIC, x=400, y=0)
    tie = Tie(source_id=kari.id, target_id=ola.id, trust=5, acquaintance=5, last_contact=dt.date(2025, 3, 10))
    return make_map(tmp_path / "pair.knute", [kari, ola, tie]), kari, ola, tie


@pytest.fixture
def scene(qtbot, pair_map):
    path = pair_map[0]
    document = Document.open(path)
    scene = MapScene()
    scene.set_document(document)
    layer = ensure_layer(scene)
    layer.synced()
    yield scene
    scene.set_document(None)
    document.close()


def label_area(item: ContactItem, scale: float) -> QRectF:
    """Where the name goes, in the image rendered from QRectF(-100, -100, 600, 300) at ``scale``."""
    rect = item.label_rect(LABEL_NAME)
    return QRectF((rect.left() + 100) * scale, (rect.top() + 100) * scale, rect.width() * scale, rect.height() * scale)


def test_labels_are_drawn_close_in_and_left_out_far_out(scene, pair_map):
    kari = scene.node_items[pair_map[1].id]
    source = QRectF(-100, -100, 600, 300)
    near = render(scene, source, 1.0)
    assert count(near, dark, label_area(kari, 1.0)) > 40  # the name is there
    far = render(scene, source, look.LABEL_LOD * 0.8)
    assert count(far, dark, label_area(kari, look.LABEL_LOD * 0.8)) == 0
    # ...but the node itself is still drawn
    centre = QRectF(100 * look.LABEL_LOD * 0.8 - 3, 100 * look.LABEL_LOD * 0.8 - 3, 6, 6)
    assert count(far, not_background, centre) > 20


def test_far_out_the_layer_draws_nodes_and_ties_and_items_paint_nothing(scene, pair_map, qtbot):
    from desktop_app.ui.canvas.view import MapView

    view = MapView(scene)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.resetTransform()
    view.scale(0.1, 0.1)
    view.centerOn(200, 0)
    view.viewport().repaint()
    qtbot.waitUntil(lambda: all(bool(i.flags() & NO_CONTENTS) for i in scene.node_items.values()))
    image = view.viewport().grab().toImage()
    for node_id in (pair_map[1].id, pair_map[2].id):
        p = view.mapFromScene(scene.node_items[node_id].pos())
        assert count(image, not_background, QRectF(p.x() - 1, p.y() - 1, 3, 3)) >= 4
    middle = view.mapFromScene(QPointF(200, 0))
    assert count(image, not_background, QRectF(middle.x() - 1, middle.y() - 2, 3, 5)) > 0  # the tie
    # Zoomed back in, the items draw themselves again.
    view.resetTransform()
    view.viewport().repaint()
    qtbot.waitUntil(lambda: not any(bool(i.flags() & NO_CONTENTS) for i in scene.node_items.values()))


def test_ties_are_drawn_by_the_layer_and_paint_themselves_only_when_selected(scene, pair_map):
    tie = scene.tie_items[pair_map[3].id]
    assert tie.flags() & NO_CONTENTS
    image = render(scene, QRectF(-100, -100, 600, 300), 1.0)
    assert count(image, not_background, QRectF(295, 98, 10, 5)) > 10  # the middle of the tie
    tie.setSelected(True)
    scene.tie_layer.selection_changed(set())
    assert not tie.flags() & NO_CONTENTS
    selected = render(scene, QRectF(-100, -100, 600, 300), 1.0)
    blue = count(selected, lambda c: c.blue() > 180 and c.red() < 80, QRectF(295, 95, 10, 10))
    assert blue > 5


def test_hidden_ties_and_nodes_are_not_drawn(scene, pair_map):
    ola = pair_map[2]
    scene.set_hidden("test", [ola.id])
    scene.tie_layer.invalidate()
    for scale in (1.0, 0.1):  # close in (items and layer) and far out (layer only)
        image = render(scene, QRectF(-100, -100, 600, 300), scale)
        tie_middle = QRectF(300 * scale - 2, 100 * scale - 2, 5, 5)
        ola_centre = QRectF(500 * scale - 2, 100 * scale - 2, 5, 5)
        assert count(image, not_background, tie_middle) == 0
        assert count(image, not_background, ola_centre) == 0


def test_the_last_contact_date_shows_on_the_tie_when_zoomed_in(scene, pair_map):
    tie = scene.tie_items[pair_map[3].id]
    middle = tie.line_geometry().pointAt(0.5)
    source = QRectF(-100, -100, 600, 300)
    near, far = look.DATE_LOD * 1.25, look.DATE_LOD * 0.7

    def box(scale: float) -> QRectF:
        return QRectF((middle.x() + 100) * scale - 30, (middle.y() + 100) * scale - 8, 60, 16)

    def differing(a: QImage, b: QImage, area: QRectF) -> int:
        return sum(1 for y in range(int(area.top()), int(area.bottom()))
                   for x in range(int(area.left()), int(area.right())) if a.pixel(x, y) != b.pixel(x, y))

    near_dated, far_dated = render(scene, source, near), render(scene, source, far)
    perform_edit(scene, lambda net: net.update(_replace(net.ties[pair_map[3].id], last_contact=None)))
    near_undated, far_undated = render(scene, source, near), render(scene, source, far)
    assert differing(near_dated, near_undated, box(near)) > 20  # the date label was there
    assert differing(far_dated, far_undated, box(far)) == 0  # far out, no date is drawn


def _replace(entity, **fields):
    import dataclasses

    return dataclasses.replace(entity, **fields)


def perform_edit(scene: MapScene, operation) -> None:
    from PySide6.QtGui import QUndoStack

    perform(QUndoStack(), scene.document, "edit", operation)
    QApplication.processEvents()


def test_three_parallel_ties_do_not_overlap(tmp_path, qtbot):
    a = Contact(name="Anne", x=0, y=0)
    b = Contact(name="Berit", x=300, y=0)
    ties = [Tie(source_id=a.id, target_id=b.id, type=kind, trust=5)
            for kind in ("professional", "personal", "other")]
    document = Document.open(make_map(tmp_path / "par.knute", [a, b, *ties]))
    scene = MapScene()
    scene.set_document(document)
    try:
        lines = sorted((scene.tie_items[t.id].line_geometry() for t in ties), key=lambda line: line.p1().y())
        widths = [scene.tie_items[t.id].line_pen.widthF() for t in ties]
        for upper, lower in itertools.pairwise(lines):
            gap = lower.p1().y() - upper.p1().y()
            assert gap >= max(widths) + 1  # apart by more than a line's width: no overlap
    finally:
        scene.set_document(None)
        document.close()


def test_overlapping_labels_keep_the_more_important_one(tmp_path, qtbot):
    big = Contact(name="Randi Slaggvold", title="Finansdirektør", influence=5, x=0, y=0)
    small = Contact(name="Per Pedersen", title="Controller", influence=1, x=60, y=20)
    far = Contact(name="Tuva Kisvold", title="Rådgiver", influence=1, x=800, y=0)
    document = Document.open(make_map(tmp_path / "crowd.knute", [big, small, far]))
    scene = MapScene()
    scene.set_document(document)
    try:
        reduced = place_labels(scene.node_items.values())
        items = scene.node_items
        assert items[big.id].label_mode == LABEL_FULL
        assert items[small.id].label_mode in (LABEL_NONE, LABEL_NAME)
        assert items[far.id].label_mode == LABEL_FULL
        assert reduced == 1
        placed = [items[i].label_rect(items[i].label_mode) for i in (big.id, small.id)
                  if items[i].label_mode != LABEL_NONE]
        assert len(placed) < 2 or not placed[0].intersects(placed[1])
    finally:
        scene.set_document(None)
        document.close()


def test_colour_by_attitude_changes_fills_and_is_remembered(make_window, pair_map, qtbot, app_settings):
    window = make_window()
    window.open_map(pair_map[0])
    kari = window.scene.node_items[pair_map[1].id]
    category_fill = QColor(kari.fill)
    assert window.appearance.colour_actions[style.COLOUR_BY_CATEGORY].isChecked()
    window.appearance.colour_actions[style.COLOUR_BY_ATTITUDE].trigger()
    assert kari.fill != category_fill
    assert kari.fill == look.lighter(style.ATTITUDE_COLOURS[Attitude.SUPPORTER], 0.15)
    ola = window.scene.node_items[pair_map[2].id]
    assert ola.fill == look.lighter(style.ATTITUDE_COLOURS[Attitude.SCEPTIC], 0.15)
    assert app_settings.qsettings.value("canvas/colour_by") == style.COLOUR_BY_ATTITUDE
    # Items made later (an undo, a new contact) follow the mode too.
    perform(window.undo_stack, window.document, "add", lambda net: net.add(Contact(name="Ny", x=50, y=300)))
    new = next(i for i in window.scene.node_items.values() if isinstance(i, ContactItem) and i.name == "Ny")
    assert new.colour_mode == style.COLOUR_BY_ATTITUDE
    assert new.outline_dashed  # unknown attitude: dashed outline as a second cue
    # A new window (the next start) opens in the remembered mode.
    again = make_window()
    assert again.appearance.colour_mode == style.COLOUR_BY_ATTITUDE
    assert again.appearance.colour_actions[style.COLOUR_BY_ATTITUDE].isChecked()


def test_a_bad_remembered_colour_mode_falls_back_to_category(make_window, app_settings):
    app_settings.qsettings.setValue("canvas/colour_by", "rainbow")
    window = make_window()
    assert window.appearance.colour_mode == style.COLOUR_BY_CATEGORY


def test_attitude_mode_draws_the_glyph(scene, pair_map):
    kari = scene.node_items[pair_map[1].id]
    source = QRectF(-60, -60, 120, 120)
    before = render(scene, source, 2.0)
    kari.set_colour_mode(style.COLOUR_BY_ATTITUDE)
    after = render(scene, source, 2.0)
    r = kari.diameter / 2
    glyph = QRectF((r * 0.72 + 60 - 7) * 2, (-r * 0.72 + 60 - 7) * 2, 28, 28)
    white_before = count(before, lambda c: c.red() > 245 and c.green() > 245 and c.blue() > 245, glyph)
    white_after = count(after, lambda c: c.red() > 245 and c.green() > 245 and c.blue() > 245, glyph)
    assert white_after > white_before + 50  # the white glyph badge


def test_a_tie_item_keeps_working_for_hit_testing(scene, pair_map):
    tie = scene.tie_items[pair_map[3].id]
    assert isinstance(tie, TieItem)
    found = scene.items(QPointF(200, 0))
    assert tie in found
    assert scene.tie_layer not in scene.items(QPointF(200, 40))
    assert scene.itemsBoundingRect().contains(scene.tie_layer.boundingRect())
    assert Qt.MouseButton.NoButton == scene.tie_layer.acceptedMouseButtons()


def test_the_far_out_raster_sums_each_line_once_per_pixel():
    import numpy as np

    from desktop_app.ui.canvas import tie_raster

    total = tie_raster.accumulate(np.array([1.0, 5.0]), np.array([2.0, -10.0]), np.array([8.0, 5.0]),
                                  np.array([2.0, 30.0]), np.array([1.0, 0.5]), 10, 6)
    assert total.shape == (6, 10)
    assert total[2, 1:9].tolist() == [1.0] * 4 + [1.5] + [1.0] * 3  # the horizontal line, crossed at x=5
    assert total[:, 5].sum() == pytest.approx(1.0 + 6 * 0.5)  # the vertical one, clipped to the 6 rows
    assert total.sum() == pytest.approx(8 * 1.0 + 6 * 0.5)
    outside = tie_raster.accumulate(np.array([-5.0]), np.array([-5.0]), np.array([-1.0]), np.array([-1.0]),
                                    np.array([1.0]), 10, 6)
    assert not outside.any()
    # dense places stay readable: a hundred ties are darker than one, and never black
    one = tie_raster.to_image(np.array([[tie_raster.ONE_TIE]]), QColor("#000000"))
    many = tie_raster.to_image(np.array([[tie_raster.ONE_TIE * 100]]), QColor("#000000"))
    assert one.pixelColor(0, 0).alpha() < many.pixelColor(0, 0).alpha() <= round(255 * tie_raster.FAR_OUT[2]) + 1


def test_a_filter_takes_the_ties_off_the_canvas_at_once(make_window, pair_map):
    window = make_window()
    window.open_map(pair_map[0])
    QApplication.processEvents()
    view = window.view
    view.resetTransform()
    view.centerOn(200, 0)
    middle = view.mapFromScene(QPointF(200, 0))
    box = QRectF(middle.x() - 2, middle.y() - 2, 5, 5)
    assert count(view.viewport().grab().toImage(), not_background, box) > 5
    window.scene.set_hidden("test", [pair_map[2].id])  # what Filter and collapsing do
    assert count(view.viewport().grab().toImage(), not_background, box) == 0
    window.scene.set_hidden("test", [])
    assert count(view.viewport().grab().toImage(), not_background, box) > 5

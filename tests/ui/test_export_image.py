"""File → Export → Canvas as PNG / SVG: the chosen size, what is drawn and what is left out, and failures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from desktop_app.ui.canvas.export_image import ExportImageDialog, ImageRequest, source_rect

BACKGROUND = QColor("#F7F8FA")


@pytest.fixture
def window(make_window, small_map):
    window = make_window()
    assert window.open_map(small_map)
    QApplication.processEvents()
    window.view.resetTransform()  # 100 %: labels and names are drawn
    window.view.centerOn(250, 100)
    return window


def node_named(window, name: str):
    network = window.document.network
    return window.scene.node_items[next(n.id for n in network.nodes.values() if n.name == name)]


def fill_point(item) -> QPointF:
    """A point inside the node's fill, clear of its initials or name."""
    rect = item.overview_rect()
    return QPointF(rect.left() + 6, rect.center().y())


def image_point(window, image: QImage, scene_point: QPointF, scale: float, whole_map: bool = True) -> tuple[int, int]:
    source = source_rect(window.scene, window.view, whole_map)  # the map's own top-left: room is added below
    factor = window.view.transform().m11() * scale
    return round((scene_point.x() - source.left()) * factor), round((scene_point.y() - source.top()) * factor)


def coloured(c: QColor) -> bool:
    return abs(c.red() - BACKGROUND.red()) + abs(c.green() - BACKGROUND.green()) + abs(c.blue() - BACKGROUND.blue()) > 40


def test_png_of_the_whole_map_has_the_chosen_size_and_the_nodes(window, tmp_path):
    export = window.appearance.export
    path = tmp_path / "map.png"
    assert export.export("png", path, ImageRequest(whole_map=True, scale=2, legend=False))
    image = QImage(str(path))
    source = source_rect(window.scene, window.view, True)
    assert (image.width(), image.height()) == (round(source.width() * 2), round(source.height() * 2))
    for name in ("Kari Nordmann", "Ola Hansen", "Rørosmat", "Bergstadens Hotell"):
        x, y = image_point(window, image, fill_point(node_named(window, name)), 2)
        assert coloured(image.pixelColor(x, y)), name
    assert not coloured(image.pixelColor(2, 2))  # the margin is background
    assert "map.png" in window.statusBar().currentMessage()


def test_png_of_the_visible_area_is_the_viewport_times_the_scale(window, tmp_path):
    path = tmp_path / "view.png"
    assert window.appearance.export.export("png", path, ImageRequest(whole_map=False, scale=4, legend=True))
    image = QImage(str(path))
    viewport = window.view.viewport()
    assert (image.width(), image.height()) == (viewport.width() * 4, viewport.height() * 4)


def test_the_whole_map_gets_room_for_the_legend_below_it(window, tmp_path):
    export = window.appearance.export
    with_legend, without = tmp_path / "with.png", tmp_path / "without.png"
    export.export("png", with_legend, ImageRequest(whole_map=True, scale=1, legend=True))
    export.export("png", without, ImageRequest(whole_map=True, scale=1, legend=False))
    a, b = QImage(str(with_legend)), QImage(str(without))
    legend = window.appearance.legend_content().size
    assert a.width() == b.width() and a.height() >= b.height() + legend.height()
    # The map part is the same picture (up to antialiasing of lines clipped a little differently):
    # the legend covers none of it.
    differ = sum(1 for y in range(0, b.height(), 3) for x in range(0, b.width(), 3)
                 if not close(a.pixelColor(x, y), b.pixelColor(x, y)))
    assert differ < (b.width() // 3) * (b.height() // 3) * 0.002


def close(c: QColor, d: QColor) -> bool:
    return abs(c.red() - d.red()) + abs(c.green() - d.green()) + abs(c.blue() - d.blue()) <= 60


def test_the_legend_is_in_the_picture_when_asked_for(window, tmp_path):
    export = window.appearance.export
    with_legend, without = tmp_path / "with.png", tmp_path / "without.png"
    export.export("png", with_legend, ImageRequest(whole_map=False, scale=1, legend=True))
    export.export("png", without, ImageRequest(whole_map=False, scale=1, legend=False))
    a, b = QImage(str(with_legend)), QImage(str(without))
    legend = window.appearance.legend_content().size
    corner = (15, a.height() - int(legend.height()) + 5)  # inside the legend card, bottom-left
    assert a.pixelColor(*corner) == QColor("#FFFFFF")
    assert a.pixelColor(*corner) != b.pixelColor(*corner) or coloured(b.pixelColor(*corner))


def test_the_selection_is_not_drawn_and_hidden_items_are_left_out(window, tmp_path):
    export = window.appearance.export
    plain = tmp_path / "plain.png"
    export.export("png", plain, ImageRequest(whole_map=False, legend=False))
    kari = node_named(window, "Kari Nordmann")
    kari.setSelected(True)
    for tie in window.scene.tie_items.values():
        tie.setSelected(True)
    selected = tmp_path / "selected.png"
    export.export("png", selected, ImageRequest(whole_map=False, legend=False))
    assert QImage(str(plain)) == QImage(str(selected))
    window.scene.clearSelection()
    window.scene.set_hidden("test", [kari.node_id])
    QApplication.processEvents()
    hidden = tmp_path / "hidden.png"
    export.export("png", hidden, ImageRequest(whole_map=False, legend=False))
    image = QImage(str(hidden))
    x, y = image_point(window, image, fill_point(kari), 1, whole_map=False)
    assert QImage(str(plain)).pixelColor(x, y) == kari.fill  # Kari was drawn here...
    assert image.pixelColor(x, y) != kari.fill  # ...and hidden, is not


def test_svg_is_xml_with_the_names_as_text(window, tmp_path):
    path = tmp_path / "map.svg"
    assert window.appearance.export.export("svg", path, ImageRequest(whole_map=True, legend=True))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = " ".join("".join(element.itertext()) for element in root.iter() if element.tag.endswith("text"))
    for name in ("Kari Nordmann", "Ola Hansen", "Rørosmat", "Strong"):
        assert name in text


def test_svg_leaves_hidden_nodes_out(window, tmp_path):
    window.scene.set_hidden("test", [node_named(window, "Ola Hansen").node_id])
    QApplication.processEvents()
    path = tmp_path / "filtered.svg"
    assert window.appearance.export.export("svg", path, ImageRequest(whole_map=True, legend=False))
    content = path.read_text(encoding="utf-8")
    assert "Kari Nordmann" in content and "Ola Hansen" not in content


def test_an_unwritable_place_is_refused_with_a_message_and_no_file(window, tmp_path):
    path = tmp_path / "no such folder" / "map.png"
    assert not window.appearance.export.export("png", path, ImageRequest())
    assert window.message_box is not None and "cannot be written" in window.message_box.text()
    assert not path.exists() and not path.parent.exists()


def test_a_picture_too_large_is_refused_before_any_work(window, tmp_path):
    window.view.scale(8, 8)  # 800 %: the whole map would be tens of thousands of pixels wide
    path = tmp_path / "huge.png"
    assert not window.appearance.export.export("png", path, ImageRequest(whole_map=True, scale=4))
    assert "too large" in window.message_box.text()
    assert not path.exists()


def test_the_menu_and_dialog_write_the_chosen_picture(window, tmp_path, monkeypatch, qtbot):
    export = window.appearance.export
    assert export.png_action in window.export_menu.actions()
    assert export.svg_action in window.export_menu.actions()
    assert export.png_action.isEnabled()
    target = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    export.png_action.trigger()
    dialog = export.dialog
    assert isinstance(dialog, ExportImageDialog)
    qtbot.waitExposed(dialog)
    dialog.visible.setChecked(True)
    dialog.scale.setCurrentIndex(dialog.scale.findData(4))
    viewport = window.view.viewport()
    assert f"{viewport.width() * 4} × {viewport.height() * 4}" in dialog.size_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    written = Path(str(target) + ".png")
    qtbot.waitUntil(written.exists)
    image = QImage(str(written))
    assert (image.width(), image.height()) == (viewport.width() * 4, viewport.height() * 4)


def test_the_dialog_refuses_a_size_too_large(window, qtbot):
    window.view.scale(8, 8)
    window.appearance.export.png_action.trigger()
    dialog = window.appearance.export.dialog
    dialog.scale.setCurrentIndex(dialog.scale.findData(4))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "too large" in dialog.size_label.text()
    dialog.visible.setChecked(True)
    dialog.scale.setCurrentIndex(dialog.scale.findData(1))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_export_actions_follow_the_open_map(make_window):
    window = make_window()
    assert not window.appearance.export.png_action.isEnabled()
    assert not window.appearance.export.svg_action.isEnabled()


def test_far_out_export_draws_the_overview(window, tmp_path):
    """A far-out view exports as drawn on screen: the batched overview, nodes still there."""
    window.view.resetTransform()
    window.view.scale(0.2, 0.2)
    path = tmp_path / "far.png"
    assert window.appearance.export.export("png", path, ImageRequest(whole_map=True, scale=1, legend=False))
    image = QImage(str(path))
    for name in ("Kari Nordmann", "Ola Hansen"):
        x, y = image_point(window, image, fill_point(node_named(window, name)), 1)
        assert coloured(image.pixelColor(x, y)), name
    # and the screen is back to its own level of detail afterwards
    assert window.scene.tie_layer._items_overview is (window.view.transform().m11() < 0.3)

"""The legend overlay: shown by default, toggled from the View menu (remembered), follows the colour mode."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from desktop_app import style
from desktop_app.domain.enums import ActorCategory
from desktop_app.i18n.labels import label
from desktop_app.ui.canvas.legend import LegendContent


def words(content: LegendContent) -> list[str]:
    return [w for _x, _y, _kind, _value, w in content.cells]


def test_the_legend_shows_by_default_and_the_menu_hides_it(make_window, small_map, app_settings, tmp_path):
    window = make_window()
    window.open_map(small_map)
    legend = window.appearance.legend
    assert legend.isVisible()
    action = window.appearance.legend_action
    assert action in window.view_menu.actions() and action.isChecked()
    action.trigger()
    assert not legend.isVisible()
    assert app_settings.qsettings.value("canvas/legend", type=bool) is False
    again = make_window()  # the next start remembers
    assert again.open_map(shutil.copy(small_map, tmp_path / "copy.knute"))
    assert not again.appearance.legend.isVisible()
    again.appearance.legend_action.trigger()
    assert again.appearance.legend.isVisible()


def test_no_legend_without_a_map(make_window):
    window = make_window()
    assert window.document is None
    assert not window.appearance.legend.isVisible()


def test_the_legend_follows_the_colour_mode_and_the_map(make_window, small_map):
    window = make_window()
    window.open_map(small_map)
    content = window.appearance.legend.content
    # The small map has our organisation and a customer: only those two categories are listed.
    assert label(ActorCategory.OWN) in words(content)
    assert label(ActorCategory.CUSTOMER) in words(content)
    assert label(ActorCategory.SUPPLIER) not in words(content)
    assert "Strong" in words(content) and "Unrated" in words(content)
    assert "Directed (reports to, supplier of)" in words(content)
    window.appearance.colour_actions[style.COLOUR_BY_ATTITUDE].trigger()
    content = window.appearance.legend.content
    assert content.mode == style.COLOUR_BY_ATTITUDE
    assert {"Supporter", "Neutral", "Sceptic", "Unknown"} <= set(words(content))
    assert label(ActorCategory.OWN) not in words(content)


def test_the_legend_stays_in_its_corner_when_the_map_scrolls_and_zooms(make_window, small_map, qtbot):
    window = make_window()
    window.open_map(small_map)
    legend = window.appearance.legend
    before = legend.geometry()
    viewport = window.view.viewport().geometry()
    assert before.left() - viewport.left() == 10 and viewport.bottom() - before.bottom() == 10
    window.view.zoom(2.0)
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().value() + 50)
    assert legend.geometry() == before
    window.resize(window.width() - 100, window.height() - 80)
    qtbot.waitUntil(lambda: window.view.viewport().geometry().bottom() - legend.geometry().bottom() == 10)


def test_the_legend_lets_the_mouse_through_and_reads_on_a_light_background(make_window, small_map, qtbot):
    window = make_window()
    window.open_map(small_map)
    legend = window.appearance.legend
    assert legend.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    image = legend.grab().toImage()
    inside = image.pixelColor(QPoint(image.width() // 2, 3))
    assert inside.lightness() > 240  # a white card
    ink = QColor(style.LABEL_COLOUR)
    darkest = min((image.pixelColor(x, y).lightness() for x in range(image.width())
                   for y in range(image.height())), default=255)
    assert darkest <= ink.lightness() + 30  # dark text on it


def test_legend_sizes_fit_their_words():
    for mode in style.COLOUR_MODES:
        content = LegendContent(mode, list(style.CATEGORY_COLOURS))
        assert content.size.width() < 420 and content.size.height() < 320
        for x, _y, _kind, _value, _text in content.cells:
            assert x < content.size.width()

"""Dark mode: a dark Fusion palette for the widgets, while the map canvas stays light and readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from desktop_app.style import LABEL_COLOUR
from desktop_app.ui.theme import Theme, requested_scheme


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def theme(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    theme = Theme(qapp)
    yield theme
    qapp.setStyle(style)
    qapp.setPalette(palette)
    theme.deleteLater()


def test_dark_scheme_gives_dark_readable_widgets(theme, qapp, make_window, small_map):
    assert theme.apply(Qt.ColorScheme.Dark) is True
    window = make_window()
    window.start(small_map)
    palette = window.palette()
    assert qapp.style().name().lower() == "fusion"
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    for text, ground in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
                         (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase)):
        assert contrast(palette.color(text), palette.color(ground)) >= 4.5, text
    # The canvas keeps its light ground, so the labels and category colours stay legible.
    canvas = window.scene.backgroundBrush().color()
    assert canvas.lightness() > 200
    assert contrast(canvas, QColor(LABEL_COLOUR)) >= 7
    window.grab().save(str(small_map.with_name("dark.png")))


def test_back_to_light_restores_the_native_look(theme, qapp):
    native = qapp.style().name()
    theme.apply(Qt.ColorScheme.Dark)
    assert theme.apply(Qt.ColorScheme.Light) is False
    assert qapp.style().name() == native
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_unknown_scheme_leaves_the_look_alone(theme, qapp):
    before = qapp.palette().color(QPalette.ColorRole.Window)
    assert theme.apply(Qt.ColorScheme.Unknown) is False
    assert qapp.palette().color(QPalette.ColorRole.Window) == before


@pytest.mark.parametrize(("value", "expected"), [("dark", Qt.ColorScheme.Dark), ("Light", Qt.ColorScheme.Light)])
def test_the_environment_overrides_the_system(qapp, monkeypatch, value, expected):
    monkeypatch.setenv("KNUTE_COLOR_SCHEME", value)
    assert requested_scheme(qapp) == expected


def test_a_bad_override_falls_back_to_the_system(qapp, monkeypatch):
    monkeypatch.setenv("KNUTE_COLOR_SCHEME", "purple")
    assert requested_scheme(qapp) == qapp.styleHints().colorScheme()

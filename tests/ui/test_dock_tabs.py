"""The tabbed panels on the right: at the default window size every tab label shows whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabBar

from desktop_app.ui.translator import load_translator


def dock_tab_bars(window) -> list[QTabBar]:
    return [bar for bar in window.findChildren(QTabBar) if bar.isVisible() and bar.count() > 1]


@pytest.mark.parametrize("language", ["en", "nb"])
def test_every_dock_tab_label_is_whole_at_the_default_size(qapp, make_window, small_map, language):
    translator = load_translator(language, qapp) if language == "nb" else None
    if translator is not None:
        qapp.installTranslator(translator)
    try:
        window = make_window()
        window.start(small_map)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1280, 800)
        bars = dock_tab_bars(window)
        assert len(bars) == 1 and bars[0].count() == 5  # Properties, Findings, Coverage, Path Finder, Action Plan
        bar = bars[0]
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), f"{bar.tabText(i)!r} is elided"
        assert bar.tabText(0) == ("Egenskaper" if language == "nb" else "Properties")
        assert window.view.width() >= 800, "the canvas keeps most of the window"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)

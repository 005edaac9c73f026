"""Fit to map: the whole map with room around it, kept fitted while the window resizes until the user zooms or scrolls."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.canvas.view import FIT_MARGIN_PX


def _shown(view):  # type: ignore[no-untyped-def]
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _map_on_screen(view):  # type: ignore[no-untyped-def]
    return view.mapFromScene(view.map_scene().shown_nodes_rect()).boundingRect()


def _fitted(view) -> bool:  # type: ignore[no-untyped-def]
    """The whole map shows, at least FIT_MARGIN_PX from the viewport's edges, and it touches the margin on one axis."""
    on_screen, viewport = _map_on_screen(view), view.viewport().rect()
    inside = viewport.adjusted(FIT_MARGIN_PX - 1, FIT_MARGIN_PX - 1, -FIT_MARGIN_PX + 1, -FIT_MARGIN_PX + 1)
    slack = min(viewport.width() - on_screen.width(), viewport.height() - on_screen.height())
    return inside.contains(on_screen) and slack <= 2 * FIT_MARGIN_PX + 4 + 80 * view.current_scale()


def test_a_map_stays_fitted_while_the_window_resizes(make_window, small_map, qtbot):
    window = make_window()
    window.resize(1100, 760)
    assert window.open_map(small_map)
    view = window.view
    qtbot.waitUntil(lambda: _fitted(view))
    for width, height in ((900, 600), (1300, 900), (760, 700)):
        before = view.current_scale()
        window.resize(width, height)
        qtbot.waitUntil(lambda: _fitted(view))
        assert view.current_scale() != before or (width, height) == (760, 700)


def test_a_map_zoomed_by_the_user_is_left_as_it_is_on_resize(make_window, small_map, qtbot):
    window = make_window()
    window.resize(1100, 760)
    assert window.open_map(small_map)
    view = window.view
    qtbot.waitUntil(lambda: _fitted(view))
    view.zoom(1.5)
    zoomed = view.current_scale()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.view.viewport().width() < 700)
    assert view.current_scale() == zoomed
    view.fit_to_map()
    assert _fitted(view)


def test_a_big_map_is_fitted_with_room_on_screen(make_window, qtbot, tmp_path: Path):
    from benchmarks.generate import generate_network, write_map

    path = write_map(tmp_path / "wide.knute", generate_network(1200, 80, 3000, seed=11))
    window = make_window()
    window.resize(1100, 760)
    assert window.open_map(path)
    view = window.view
    assert view.current_scale() < 0.1, "far out: 40 scene units would be under 4 pixels"
    qtbot.waitUntil(lambda: _fitted(view))
    assert _shown(view).contains(view.map_scene().shown_nodes_rect())

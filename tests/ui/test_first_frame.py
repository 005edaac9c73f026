"""Opening a big map shows it first and scores it after; opening builds no tie items."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt

from benchmarks.generate import generate_network, write_map


class PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_a_big_map_is_painted_before_its_scores_are_computed(make_window, qtbot, tmp_path: Path):
    path = write_map(tmp_path / "big.knute", generate_network(1200, 80, 3000, seed=3))
    window = make_window()
    log: list[str] = []
    watcher = PaintLog(log)
    window.view.viewport().installEventFilter(watcher)
    window.analysis_progress.setVisible(False)
    assert window.open_map(path)
    controller = window.analysis_controller
    assert controller.in_background, "1,280 nodes: a big map"
    controller.analysis_updated.connect(lambda _analysis: log.append("analysis"))
    qtbot.waitUntil(lambda: "analysis" in log, timeout=10000)
    assert "paint" in log and log.index("paint") < log.index("analysis"), log
    with_actions = {a.tie_id for a in window.document.network.actions.values() if a.tie_id}
    assert set(window.scene.tie_items.made) <= with_actions, "only ties carrying an overdue badge have items"
    assert len(window.scene.tie_items) == len(window.document.network.ties)
    window.view.viewport().removeEventFilter(watcher)


class PendingLog(QObject):
    """Notes, at every paint of the viewport, whether the scene's node items were still to come."""

    def __init__(self, scene) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.scene = scene
        self.pending_at_paint: list[bool] = []
        self.scored_at_paint: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.pending_at_paint.append(self.scene.node_items.pending)  # reading the flag makes nothing
            self.scored_at_paint.append(self.scene.analysis is not None)
        return False


def _marks(scene) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((fill.rgba(), outline.rgba(), round_, rect.getRect()) for fill, outline, round_, rect in scene.node_marks())


def _table_nodes(scene) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    table = scene.tie_table
    return {node_id: (table.nx[row], table.ny[row], table.half_w[row], table.half_h[row], bool(table.round[row]))
            for node_id, row in table.node_rows.items()}


def _opened_before_its_items(make_window, tmp_path: Path, seed: int):  # type: ignore[no-untyped-def]
    """A window that has just opened a 1,280-node map: painted from the tie table, no node items yet."""
    network = generate_network(1200, 80, 3000, seed=seed)
    path = write_map(tmp_path / f"big-{seed}.knute", network)
    window = make_window()
    assert window.open_map(path)
    assert window.scene.node_items.pending and not window.scene.node_items.made
    return window, network


def test_a_big_map_is_painted_before_its_node_items_are_made(make_window, qtbot, tmp_path: Path):
    network = generate_network(1200, 80, 3000, seed=5)
    path = write_map(tmp_path / "big.knute", network)
    window = make_window()
    log = PendingLog(window.scene)
    window.view.viewport().installEventFilter(log)
    assert window.open_map(path)
    assert window.scene.node_items.pending, "a 1,280-node map: the items come after the first frame"
    qtbot.waitUntil(lambda: window.scene.analysis is not None, timeout=10000)
    window.view.viewport().removeEventFilter(log)
    assert log.pending_at_paint and log.pending_at_paint[0] is True, "the first frame came before the items"
    steps = list(zip(log.pending_at_paint, log.scored_at_paint, strict=True))
    assert (False, False) in steps, f"a frame with the items and before the scores: {steps}"
    assert set(window.scene.node_items) == set(network.nodes)
    # What follows the items' sync came after them: organisation frames and overdue badges.
    qtbot.waitUntil(lambda: bool(window.frames.frames), timeout=10000)
    today = window.action_plan.today()
    overdue = {a.node_id for a in window.document.network.actions.values() if a.node_id and a.overdue_on(today)}
    assert overdue, "the generated map has overdue actions on people"
    assert set(window.action_plan.badges.node_badges) == overdue


def test_the_first_frame_draws_the_nodes_as_their_items_will(qtbot, tmp_path: Path):
    """The far-out picture of a map whose items are still to come equals the one its items give, in both colour modes."""
    from desktop_app import style
    from desktop_app.ui.canvas.scene import MapScene
    from desktop_app.ui.document import Document

    path = write_map(tmp_path / "marks.knute", generate_network(300, 30, 600, seed=8))
    document = Document.open(path, read_only=True)
    try:
        for mode in (style.COLOUR_BY_CATEGORY, style.COLOUR_BY_ATTITUDE):
            scene = MapScene()
            scene.colour_mode = mode
            scene.set_document(document, items_later=True)
            assert scene.node_items.pending and not scene.node_items.made
            from_model, table_from_model = _marks(scene), _table_nodes(scene)
            scene.make_node_items()
            assert not scene.node_items.pending and len(scene.node_items.made) == len(document.network.nodes)
            assert _marks(scene) == from_model
            assert _table_nodes(scene) == table_from_model
            scene._load_table_nodes()  # the items' own outlines, written again
            assert _table_nodes(scene) == table_from_model
            assert len({fill for fill, *_ in from_model}) > 3, "the map has several colours to compare"
            scene.set_document(None)
    finally:
        document.close()


def test_a_click_before_the_items_are_made_selects_the_node_under_it(make_window, qtbot, tmp_path: Path):
    window, network = _opened_before_its_items(make_window, tmp_path, seed=6)
    organisation = max((n for n in network.organisations()), key=lambda o: len(network.members_of(o.id)))
    where = window.view.mapFromScene(organisation.x, organisation.y)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not window.scene.node_items.pending
    assert [i.node_id for i in window.scene.selectedItems()] == [organisation.id]


def test_zooming_in_before_the_items_are_made_makes_them(make_window, qtbot, tmp_path: Path):
    """Close in, nodes paint themselves: the picture never lacks them."""
    window, _network = _opened_before_its_items(make_window, tmp_path, seed=6)
    view = window.view
    assert view.current_scale() < 0.3
    view.zoom(0.25 / view.current_scale())
    assert window.scene.node_items.pending, "still far out: the tie layer draws the nodes"
    view.zoom(1.0 / view.current_scale())
    assert not window.scene.node_items.pending


def test_an_edit_before_the_items_are_made_is_followed(make_window, qtbot, tmp_path: Path):
    from desktop_app.domain.entities import Contact

    window, _network = _opened_before_its_items(make_window, tmp_path, seed=7)
    newcomer = Contact(name="Tora Tidlig", x=12.0, y=34.0)
    window.document.edit(lambda net: net.add(newcomer))
    assert not window.scene.node_items.pending, "the scene made its items to follow the edit"
    assert window.scene.node_items[newcomer.id].pos().toTuple() == (12.0, 34.0)
    assert set(window.scene.node_items) == set(window.document.network.nodes)


def test_exporting_right_after_opening_draws_every_node(make_window, qtbot, tmp_path: Path):
    from PySide6.QtGui import QImage

    from desktop_app.ui.canvas.export_image import ImageRequest

    window, network = _opened_before_its_items(make_window, tmp_path, seed=9)
    out = tmp_path / "now.png"
    assert window.appearance.export.export("png", out, ImageRequest(whole_map=True, scale=1, legend=False))
    assert not window.scene.node_items.pending, "the export made the items before drawing"
    assert len(window.scene.node_items) == len(network.nodes)
    assert not QImage(str(out)).isNull()


def test_a_big_map_with_collapsed_organisations_never_shows_their_people(make_window, qtbot, tmp_path: Path):
    network = generate_network(1200, 80, 3000, seed=10)
    path = write_map(tmp_path / "collapsed.knute", network)
    organisation = max(network.organisations(), key=lambda o: len(network.members_of(o.id)))
    window = make_window()
    window.settings.set_collapsed_organisations(path, {organisation.id})
    log = PendingLog(window.scene)
    window.view.viewport().installEventFilter(log)
    assert window.open_map(path)
    qtbot.waitUntil(lambda: bool(log.pending_at_paint))
    window.view.viewport().removeEventFilter(log)
    assert log.pending_at_paint[0] is False, "the items, and the hiding, came before the first frame"
    members = network.members_of(organisation.id)
    assert members and not any(window.scene.node_items[m.id].isVisible() for m in members)

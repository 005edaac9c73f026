"""The analysis in the window: findings, coverage and what-if, path finder, scores on the canvas."""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from benchmarks.generate import generate_network, write_map
from desktop_app.analysis import FindingKind
from desktop_app.examples import copy_example_to
from desktop_app.ui.canvas.items import ContactItem
from desktop_app.ui.panels.path_finder import SHORTEST_COLOUR, STRONGEST_COLOUR


@pytest.fixture
def example(make_window, tmp_path: Path):
    window = make_window()
    path = copy_example_to(tmp_path)
    assert window.open_map(path)
    return window, path


def node_id(window, name: str) -> str:
    return next(n.id for n in window.document.network.nodes.values() if n.name == name)


def test_findings_panel_names_the_single_point_of_failure_and_a_click_selects_it(qtbot, example) -> None:
    window, _ = example
    panel = window.findings
    row = panel.row_of(
        lambda f: f.kind is FindingKind.SINGLE_POINT_OF_FAILURE and "Hege Smeltholm" in f.message
        and "Trond Kobbhaug" in f.message
    )
    assert row == 0, "the most severe finding comes first"
    item = panel.list.item(row)
    assert "Hege Smeltholm" in item.text()
    assert "→" in item.text(), "the suggested action is shown"
    assert not item.icon().isNull()
    window.findings_dock.raise_()
    qtbot.waitUntil(panel.list.isVisible)
    hege = window.scene.node_items[node_id(window, "Hege Smeltholm")]
    assert not hege.isSelected()
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert hege.isSelected()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(hege.scenePos())


def test_path_finder_shows_the_strongest_and_the_shortest_path_and_highlights_both(example) -> None:
    window, _ = example
    kari, siri = node_id(window, "Kari Kobberud"), node_id(window, "Siri Malmhaug")
    finder = window.path_finder
    assert finder.from_box.currentData() is None, "from our people by default"
    finder.choose(kari, siri)
    assert finder.path_names("strongest") == ["Kari Kobberud", "Ola Malmstein", "Bjørn Kisbakken", "Siri Malmhaug"]
    assert finder.path_names("shortest") == ["Kari Kobberud", "Siri Malmhaug"]
    assert "Bjørn Kisbakken" in finder.strongest_label.text()
    strong_nodes, strong_ties = window.scene.highlighted("strongest")
    short_nodes, short_ties = window.scene.highlighted("shortest")
    assert len(strong_nodes) == 4 and len(strong_ties) == 3
    assert short_nodes == {kari, siri} and len(short_ties) == 1
    bjorn = window.scene.node_items[node_id(window, "Bjørn Kisbakken")]
    assert bjorn.highlights == [STRONGEST_COLOUR]
    assert window.scene.tie_items[next(iter(short_ties))].highlights == [SHORTEST_COLOUR]
    finder.clear_button.click()
    assert window.scene.highlighted("strongest") == (frozenset(), frozenset())
    assert bjorn.highlights == []


def test_what_if_hege_leaves_shows_lost_access_and_leaves_the_map_alone(example) -> None:
    window, path = example
    network = window.document.network
    before_entities = (dict(network.nodes), dict(network.ties))
    before_file = hashlib.sha256(path.read_bytes()).hexdigest()
    window.coverage.choose_leaver(node_id(window, "Hege Smeltholm"))
    result = window.coverage.what_if_result
    assert result is not None
    assert node_id(window, "Trond Kobbhaug") in result.lost
    assert "Trond Kobbhaug" in window.coverage.what_if_label.text()
    assert (dict(network.nodes), dict(network.ties)) == before_entities
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before_file
    assert window.undo_stack.count() == 0


def test_coverage_panel_shows_the_account(example) -> None:
    window, _ = example
    assert window.coverage.field_text("Account") == "Bergstadens Hotell"
    assert window.coverage.field_text("Reached by any tie") == "2 of 2 (100 %)"
    assert window.coverage.targets.topLevelItemCount() == 2


def test_an_edit_updates_the_analysis_and_the_properties_panel(qtbot, example) -> None:
    window, _ = example
    network = window.document.network
    hege, trond = node_id(window, "Hege Smeltholm"), node_id(window, "Trond Kobbhaug")
    tie = next(t for t in network.ties_of(hege) if trond in (t.source_id, t.target_id))
    window.scene.tie_items[tie.id].setSelected(True)
    old = window.properties.field_text("Quality")
    assert old is not None

    def rate_all_one(net):  # type: ignore[no-untyped-def]
        replaced = dataclasses.replace(tie, acquaintance=1, availability=1, trust=1, support=1)
        return net.update(replaced)

    with qtbot.waitSignal(window.analysis_controller.analysis_updated) as blocker:
        window.document.edit(rate_all_one)
    assert blocker.args[0].qualities[tie.id].quality == 0
    assert window.properties.field_text("Quality") == "0 / 100"
    assert window.properties.field_text("Class") == "weak"
    assert "mean rating 1" in window.properties.field_text("How it is scored")


def test_node_size_follows_importance(example) -> None:
    window, _ = example
    importance = window.analysis_controller.analysis.importance
    contacts = [(importance[i].score, item) for i, item in window.scene.node_items.items() if isinstance(item, ContactItem)]
    low, high = min(contacts, key=lambda c: c[0]), max(contacts, key=lambda c: c[0])
    assert high[0] > low[0]
    assert high[1].diameter > low[1].diameter
    assert high[1].boundingRect().width() >= high[1].diameter


def test_contact_properties_show_importance(example) -> None:
    window, _ = example
    window.scene.node_items[node_id(window, "Hege Smeltholm")].setSelected(True)
    assert window.properties.field_text("Importance").endswith("/ 100")


def test_a_large_map_computes_structure_in_a_worker(qtbot, make_window, tmp_path: Path) -> None:
    path = write_map(tmp_path / "large.knute", generate_network(contacts=1500, organisations=150, ties=5000))
    window = make_window()

    def has_structure(analysis) -> bool:  # type: ignore[no-untyped-def]
        return analysis.structure is not None and not analysis.structure_stale

    assert window.open_map(path)
    controller = window.analysis_controller
    assert controller.in_background
    # The map paints first; the quick tier follows at once; the structure arrives later from the worker.
    qtbot.waitUntil(lambda: controller.analysis is not None)
    assert controller.analysis.structure is None
    assert controller.busy
    assert window.analysis_progress.isVisibleTo(window)
    assert window.findings.list.count() == len(controller.analysis.findings)
    with qtbot.waitSignal(controller.analysis_updated, timeout=30000, check_params_cb=has_structure):
        pass
    assert controller.worker_thread is not None and controller.worker_thread != threading.get_ident()
    assert not controller.busy
    assert not window.analysis_progress.isVisibleTo(window)

    # An edit: the quick tier updates at once (structure marked stale), then the worker catches up.
    tie = next(iter(window.document.network.ties.values()))
    with qtbot.waitSignal(controller.analysis_updated, timeout=30000, check_params_cb=has_structure):
        window.document.edit(lambda net: net.update(dataclasses.replace(tie, trust=5, acquaintance=5)))
        assert controller.analysis.structure_stale
    assert controller.analysis.qualities[tie.id].base is not None

"""``Analyzer.set_structure`` redoes only what the structure affects, and gives what a full analysis gives."""

from __future__ import annotations

import dataclasses

from desktop_app.analysis import Analyzer, analyze
from desktop_app.analysis.metrics import compute_structure
from desktop_app.domain.entities import Contact, Tie

from .builders import TODAY, sample_map


def test_set_structure_after_edits_equals_a_full_analysis() -> None:
    m = sample_map()
    network = m.network
    analyzer = Analyzer(network, today=TODAY)
    analyzer.run()
    for edit in (
        lambda: network.add(Tie(source_id=m.ids["Kari"], target_id=m.ids["Advisor"], trust=4)),
        lambda: network.add(Contact(name="Ny", organisation_id=m.ids["Rema"], influence=5)),
        lambda: network.update(dataclasses.replace(network.nodes[m.ids["Hege"]], influence=1)),
        lambda: network.remove(network.nodes[m.ids["Buyer"]]),
    ):
        analyzer.update(edit())
        fresh = analyzer.set_structure(compute_structure(analyzer.snapshot()))
        full = analyze(network, today=TODAY)
        assert not fresh.structure_stale
        assert fresh.importance == full.importance
        assert fresh.structure == full.structure
        assert fresh.findings == full.findings and fresh.coverages == full.coverages
        assert fresh.qualities == full.qualities and fresh.graph == full.graph


def test_set_structure_does_not_redo_the_quick_tier(monkeypatch) -> None:
    m = sample_map()
    analyzer = Analyzer(m.network, today=TODAY)
    analyzer.update([])
    from desktop_app.analysis import analyzer as module

    calls: list[int] = []
    real = module.access_state
    monkeypatch.setattr(module, "access_state", lambda *a, **k: calls.append(1) or real(*a, **k))
    analyzer.set_structure(compute_structure(analyzer.snapshot()))
    assert calls == []

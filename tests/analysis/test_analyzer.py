"""The Analyzer's quick update after an edit equals a fresh analysis; the structure is marked stale."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop_app.analysis import Analyzer, analyze
from desktop_app.domain.entities import Contact, Interaction, Tie

from .builders import TODAY, sample_map


def same(a, b) -> None:
    assert a.qualities == b.qualities
    assert a.graph == b.graph
    assert [(f.kind, f.severity, f.message, f.people, f.ties) for f in a.findings] == \
        [(f.kind, f.severity, f.message, f.people, f.ties) for f in b.findings]
    assert a.coverages == b.coverages


def test_update_after_each_kind_of_edit_matches_a_full_analysis() -> None:
    m = sample_map()
    network = m.network
    analyzer = Analyzer(network, today=TODAY)
    first = analyzer.run()
    assert not first.structure_stale
    tie = network.ties[next(t for t, q in first.qualities.items() if network.ties[t].source_id == m.ids["Ola"]
                            and network.ties[t].target_id == m.ids["Buyer"])]
    edits = [
        lambda: network.update(dataclasses.replace(tie, acquaintance=5, availability=5, trust=5, support=5)),
        lambda: network.add(Tie(source_id=m.ids["Kari"], target_id=m.ids["Advisor"], trust=4)),
        lambda: network.add(Interaction(tie_id=tie.id, date=TODAY - dt.timedelta(days=1))),
        lambda: network.add(Contact(name="New", organisation_id=m.ids["Rema"])),
        lambda: network.remove(network.nodes[m.ids["Buyer"]]),
        lambda: network.change_settings(dataclasses.replace(network.settings, strong_threshold=90)),
        lambda: network.update(dataclasses.replace(network.nodes[m.ids["Hege"]], influence=5)),
    ]
    for edit in edits:
        changes = edit()
        quick = analyzer.update(changes)
        assert quick.structure_stale
        same(quick, analyze(network, today=TODAY))
    network.revert(changes)
    undone = analyzer.update([c.inverse() for c in reversed(changes)])
    same(undone, analyze(network, today=TODAY))


def test_set_structure_clears_the_stale_flag_and_analysis_leaves_the_map_alone() -> None:
    m = sample_map()
    before = (dict(m.network.nodes), dict(m.network.ties), m.network.settings)
    analyzer = Analyzer(m.network, today=TODAY)
    analyzer.run()
    stale = analyzer.update([])
    assert stale.structure_stale
    from desktop_app.analysis.metrics import compute_structure

    fresh = analyzer.set_structure(compute_structure(analyzer.snapshot()))
    assert not fresh.structure_stale and fresh.structure.node_count == len(m.network.nodes)
    assert (dict(m.network.nodes), dict(m.network.ties), m.network.settings) == before

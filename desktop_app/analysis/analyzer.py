"""One analysis of a map, and an ``Analyzer`` that keeps it current while the map is edited.

Two tiers, so an edit never waits for the heavy part:

* **Quick** (tie qualities, the person graph, reach, single points of
  failure, coverage, findings, importance): redone by ``Analyzer.update`` after
  every edit, only for what the changes touched where that is possible
  (about 0.1 s on the 5,000-person benchmark map).
* **Structure** (betweenness, eigenvector, constraint, communities,
  components, path lengths: ``metrics.compute_structure``): about 0.5 s on that
  map. After ``update`` the previous structure is kept and
  ``Analysis.structure_stale`` is True: the centralities in ``structure`` and
  the network-position part of ``importance`` describe the map as it was
  before the edit. A GUI recomputes it in the background from
  ``Analyzer.snapshot()`` (plain arrays, safe to hand to a worker thread) with
  ``compute_structure`` and gives it back with ``Analyzer.set_structure``.

Nothing here changes the map.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..domain.changes import Added, Change, Removed, SettingsChanged, Updated
from ..domain.entities import Contact, Interaction, Organisation, Tie
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from . import findings as simple
from . import findings_access as access
from .coverage import (
    AccessState,
    Coverage,
    WhatIf,
    access_state,
    account_targets,
    accounts,
    coverage,
    customers,
    entry_organisations,
    what_if,
)
from .findings import Finding, ordered, ours_of
from .graph import PersonGraph, Projection, person_graph, projection, updated
from .importance import Importance, importance, positions
from .metrics import Structure, compute_structure
from .paths import PathResult, find_paths, our_people
from .quality import TieQuality, tie_qualities


@dataclass(frozen=True)
class Analysis:
    today: dt.date
    qualities: Mapping[TieId, TieQuality]
    graph: PersonGraph
    """The person graph (read only)."""
    sources: tuple[NodeId, ...]
    """Our people."""
    account_ids: tuple[NodeId, ...]
    state: AccessState
    coverages: tuple[Coverage, ...]
    findings: tuple[Finding, ...]
    importance: Mapping[NodeId, Importance]
    structure: Structure | None
    structure_stale: bool

    def coverage_of(self, account_id: NodeId) -> Coverage | None:
        return next((c for c in self.coverages if c.account_id == account_id), None)

    def paths(self, network: Network, source_id: NodeId | None, target_id: NodeId) -> PathResult:
        return find_paths(network, self.graph, self.qualities, source_id, target_id)

    def what_if(self, network: Network, person_id: NodeId, account_id: NodeId | None = None) -> WhatIf:
        account = account_id or (self.account_ids[0] if self.account_ids else None)
        if account is None:
            raise ValueError("what_if needs an account")
        return what_if(network, self.graph, self.qualities, account, self.sources, person_id, self.coverage_of(account))


def analyze(network: Network, *, today: dt.date | None = None, account_id: NodeId | None = None) -> Analysis:
    """The full analysis of ``network`` (quick tier and structure)."""
    return Analyzer(network, today=today, account_id=account_id).run()


class Analyzer:
    """Keeps an analysis of one live network up to date through its edits."""

    def __init__(self, network: Network, *, today: dt.date | None = None, account_id: NodeId | None = None) -> None:
        self.network = network
        self.today = today or dt.date.today()
        self.account_id = account_id
        self._qualities: dict[TieId, TieQuality] = {}
        self._graph: PersonGraph = {}
        self._structure: Structure | None = None
        self._stale = False
        self._positions: dict[NodeId, float] | None = None
        self._last: Analysis | None = None
        """The analysis ``_quick`` gave for the map as it is now (``set_structure`` changes only what it affects)."""

    def run(self) -> Analysis:
        self._qualities = tie_qualities(self.network, self.today)
        self._graph = person_graph(self.network, self._qualities)
        self._structure = compute_structure(self.snapshot())
        self._positions = None
        self._stale = False
        return self._quick()

    def update(self, changes: Sequence[Change]) -> Analysis:
        """Redo the quick tier after ``changes`` (already applied to the network); keep the structure."""
        if not self._qualities or any(isinstance(c, SettingsChanged) for c in changes):
            self._qualities = tie_qualities(self.network, self.today)
            self._graph = person_graph(self.network, self._qualities)
        else:
            ties, pairs, nodes = self._touched(changes)
            qualities = dict(self._qualities)
            for tie_id in ties:
                qualities.pop(tie_id, None)
            qualities.update(tie_qualities(self.network, self.today, ties))
            self._qualities = qualities
            self._graph = updated(self._graph, self.network, qualities, pairs, nodes)
        self._stale = self._structure is not None
        return self._quick()

    def snapshot(self) -> Projection:
        """The structure graph as arrays, for ``compute_structure`` in a worker."""
        return projection(self.network, self._qualities)

    def set_structure(self, structure: Structure) -> Analysis:
        """The analysis with ``structure`` (of the map as it is now: ``update`` has seen every change).

        Only importance depends on the structure: the rest of the last quick tier is kept.
        """
        self._structure = structure
        self._positions = None
        self._stale = False
        if self._last is None:
            return self._quick()
        self._positions = positions(self.network, structure.nodes)
        self._last = dataclasses.replace(
            self._last, importance=importance(self.network, structure.nodes, self._positions),
            structure=structure, structure_stale=False,
        )
        return self._last

    def _touched(self, changes: Sequence[Change]) -> tuple[set[TieId], set[tuple[NodeId, NodeId]], set[NodeId]]:
        ties: set[TieId] = set()
        pairs: set[tuple[NodeId, NodeId]] = set()
        nodes: set[NodeId] = set()
        for change in changes:
            entities = [change.before, change.after] if isinstance(change, Updated) else [change.entity]  # type: ignore[union-attr]
            for entity in entities:
                if isinstance(entity, Tie):
                    ties.add(entity.id)
                    pairs.add((entity.source_id, entity.target_id))
                elif isinstance(entity, Interaction):
                    tie = self.network.ties.get(entity.tie_id)
                    ties.add(entity.tie_id)
                    if tie is not None:
                        pairs.add((tie.source_id, tie.target_id))
                elif isinstance(entity, (Contact, Organisation)) and isinstance(change, (Added, Removed)):
                    nodes.add(entity.id)
        return ties, pairs, nodes

    def _quick(self) -> Analysis:
        network = self.network
        account_ids = self._accounts()
        sources = tuple(our_people(network))
        targets = [c.id for a in account_ids for c in account_targets(network, a)]
        others = [o.id for o in customers(network) if o.id not in account_ids]
        state = access_state(
            self._graph, sources, targets, [c.id for o in others for c in account_targets(network, o)],
        )
        entries = entry_organisations(network, state)
        coverages = tuple(coverage(network, state, self._qualities, a, entries) for a in account_ids)
        ours = ours_of(network)
        found: list[Finding] = []
        if sources:
            found += access.single_points(network, state, ours)
            found += access.reach(network, coverages)
            found += access.reach(network, [coverage(network, state, self._qualities, o, entries) for o in others], lower=True)
            found += access.concentration(network, coverages, sources)
        found += simple.isolated(network)
        found += simple.stale(network, self._qualities, ours, set(state.targets))
        found += simple.sceptics(network, set(account_ids))
        found += simple.coopetition(network)
        metrics = self._structure.nodes if self._structure else None
        if self._positions is None:
            self._positions = positions(network, metrics)
        self._last = Analysis(
            today=self.today, qualities=self._qualities, graph=self._graph, sources=sources,
            account_ids=account_ids, state=state, coverages=coverages, findings=ordered(found),
            importance=importance(network, metrics, self._positions), structure=self._structure, structure_stale=self._stale,
        )
        return self._last

    def _accounts(self) -> tuple[NodeId, ...]:
        if self.account_id and isinstance(self.network.nodes.get(self.account_id), Organisation):
            return (self.account_id,)
        return tuple(o.id for o in accounts(self.network))

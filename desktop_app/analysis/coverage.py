"""Account coverage: how well our people reach an account's decision makers and influencers.

* ``strong_share``: targets with a route of strong ties from one of our
  people (every tie on it at or above the strong threshold), in percent.
* ``any_share``: targets reached at all, by any route of ties between people.
* ``holders``: the distinct people of ours through whom the targets are
  reached: the first person of each target's strongest route. ``entry_people``:
  our people with a tie of their own to someone at the account.
* ``routes`` per target: 0 unreached, 1 when a single person (of ours or
  theirs) could cut it off, 2 when there are at least two independent routes.

``what_if`` answers "what if this person leaves?" on a copy of the person
graph without them; the map is not touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..domain.entities import Contact, Organisation
from ..domain.enums import ActorCategory, BuyingRole
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from .access import BridgeRisk, CutRisk, reach_levels, vulnerabilities
from .graph import PersonGraph, without
from .paths import Path, dijkstra, strength_cost, trace
from .quality import TieQuality

TARGET_ROLES = (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER)


@dataclass(frozen=True, slots=True)
class TargetAccess:
    person: NodeId
    role: BuyingRole
    level: int | None
    """2 strong route, 1 medium, 0 only weak or unrated ties, None not reached."""
    routes: int
    route: Path | None
    """The strongest route from our people."""

    @property
    def holder(self) -> NodeId | None:
        return self.route.nodes[0] if self.route else None


@dataclass(frozen=True)
class Coverage:
    account_id: NodeId
    targets: tuple[TargetAccess, ...]
    holders: tuple[NodeId, ...]
    entry_people: tuple[NodeId, ...]

    @property
    def total(self) -> int:
        return len(self.targets)

    @property
    def reached_strong(self) -> int:
        return sum(1 for t in self.targets if t.level == 2)

    @property
    def reached_any(self) -> int:
        return sum(1 for t in self.targets if t.level is not None)

    @property
    def strong_share(self) -> float:
        return 100.0 * self.reached_strong / self.total if self.total else 0.0

    @property
    def any_share(self) -> float:
        return 100.0 * self.reached_any / self.total if self.total else 0.0

    def target(self, person: NodeId) -> TargetAccess | None:
        return next((t for t in self.targets if t.person == person), None)


@dataclass(frozen=True)
class WhatIf:
    person: NodeId
    before: Coverage
    after: Coverage
    lost: tuple[NodeId, ...]
    """Targets reached before and not after."""
    weakened: tuple[NodeId, ...]
    """Targets still reached, but no longer by a route of strong ties."""
    broken_routes: tuple[tuple[NodeId, Path, Path | None], ...]
    """(target, strongest route before, strongest route after or None) for routes through the person."""


def account_targets(network: Network, account_id: NodeId) -> list[Contact]:
    """The account's decision makers and influencers, decision makers first."""
    people = [c for c in network.members_of(account_id) if c.role in TARGET_ROLES]
    return sorted(people, key=lambda c: (TARGET_ROLES.index(c.role), c.name, c.id))  # type: ignore[arg-type]


def customers(network: Network) -> list[Organisation]:
    return sorted((o for o in network.organisations() if o.category is ActorCategory.CUSTOMER), key=lambda o: o.name)


def accounts(network: Network) -> list[Organisation]:
    """The account of the map, or, when none is set, every customer organisation."""
    account = network.nodes.get(network.settings.account_id) if network.settings.account_id else None
    if isinstance(account, Organisation):
        return [account]
    return customers(network)


@dataclass(frozen=True)
class AccessState:
    """Reach, strongest routes and single points of failure from our people to a set of targets.

    Computed once for all the targets of all accounts, then read per account.
    """

    graph: PersonGraph
    sources: tuple[NodeId, ...]
    targets: frozenset[NodeId]
    levels: dict[NodeId, int]
    previous: dict[NodeId, NodeId]
    routed: frozenset[NodeId]
    """People whose strongest route is known (``previous`` leads back to one of ours)."""
    cuts: tuple[CutRisk, ...]
    bridges: tuple[BridgeRisk, ...]

    @property
    def single_route(self) -> set[NodeId]:
        return set().union(*(c.lost for c in self.cuts))


def access_state(
    graph: PersonGraph, sources: Sequence[NodeId], targets: Iterable[NodeId], also: Iterable[NodeId] = (),
) -> AccessState:
    """Reach and single points of failure for ``targets``; routes also to the weakly reached of ``also``.

    (The other customers' people only need a route when it is worth a finding.)
    """
    sources = tuple(s for s in sources if s in graph)
    targets = frozenset(t for t in targets if t in graph)
    levels = reach_levels(graph, sources)
    wanted = {t for t in targets if t in levels} | {t for t in also if levels.get(t) == 0}
    best, previous = dijkstra(graph, sources, strength_cost, 0.0, wanted)
    cuts, bridges = vulnerabilities(graph, sources, targets)
    return AccessState(
        graph, sources, targets, levels, previous, frozenset(wanted & best.keys()), tuple(cuts), tuple(bridges),
    )


def entry_organisations(network: Network, state: AccessState) -> dict[NodeId, set[NodeId]]:
    """For each of our people, the organisations of the people they have a tie with."""
    return {
        s: {c.organisation_id for c in (network.nodes[o] for o in state.graph[s]) if c.organisation_id}  # type: ignore[union-attr]
        for s in state.sources
    }


def coverage(
    network: Network, state: AccessState, qualities: Mapping[TieId, TieQuality], account_id: NodeId,
    entries: Mapping[NodeId, set[NodeId]] | None = None,
) -> Coverage:
    """Coverage of one account from a state whose targets include the account's.

    ``entries`` is ``entry_organisations(network, state)`` when covering many accounts.
    """
    single = state.single_route
    access = []
    for person in account_targets(network, account_id):
        level = state.levels.get(person.id)
        route = trace(state.graph, state.previous, person.id, qualities) if person.id in state.routed else None
        routes = 0 if level is None else (1 if person.id in single else 2)
        access.append(TargetAccess(person.id, person.role, level, routes, route))  # type: ignore[arg-type]
    holders = tuple(dict.fromkeys(a.holder for a in access if a.holder is not None))
    entries = entries if entries is not None else entry_organisations(network, state)
    entry = tuple(s for s in state.sources if account_id in entries[s])
    return Coverage(account_id, tuple(access), holders, entry)


def account_coverage(
    network: Network, graph: PersonGraph, qualities: Mapping[TieId, TieQuality], account_id: NodeId,
    sources: Sequence[NodeId],
) -> Coverage:
    targets = [c.id for c in account_targets(network, account_id)]
    return coverage(network, access_state(graph, sources, targets), qualities, account_id)


def what_if(
    network: Network, graph: PersonGraph, qualities: Mapping[TieId, TieQuality], account_id: NodeId,
    sources: Sequence[NodeId], person_id: NodeId, before: Coverage | None = None,
) -> WhatIf:
    """Coverage and routes lost if ``person_id`` left; nothing is changed."""
    before = before or account_coverage(network, graph, qualities, account_id, sources)
    after = account_coverage(
        network, without(graph, person_id), qualities, account_id, [s for s in sources if s != person_id],
    )
    lost, weakened, broken = [], [], []
    for old in before.targets:
        new = after.target(old.person)
        if old.person == person_id:
            continue
        if old.level is not None and (new is None or new.level is None):
            lost.append(old.person)
        elif old.level == 2 and new is not None and new.level != 2:
            weakened.append(old.person)
        if old.route is not None and person_id in old.route.nodes:
            broken.append((old.person, old.route, new.route if new else None))
    return WhatIf(person_id, before, after, tuple(lost), tuple(weakened), tuple(broken))

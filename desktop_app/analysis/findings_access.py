"""Findings about access from our people to the accounts' decision makers and influencers.

The accounts are the map's account (``MapSettings.account_id``) or, when none
is set, every customer organisation: a KAM without a chosen account still
wants to know where any customer hangs on one person. Nothing here is found
when the map has none of our people (there is no "us" to reach from).

* ``single_point_of_failure``: a person (ours or theirs) whose loss cuts all
  our people off from one or more targets (``access.vulnerabilities``). High
  when a decision maker is lost, medium when only influencers are.
* ``bridge``: one tie whose loss does the same. Left out when it says no
  more than a single point of failure at one of its ends (same people lost):
  the tie is then listed on that finding instead.
* ``unreached``: no route at all (decision maker high, influencer medium).
* ``weak_access``: every route has a weak or unrated tie (decision maker
  medium, influencer low).
  These two are also given for the decision makers and influencers of every
  other customer organisation, one step less severe: a KAM wants to know
  about Rema 1000's buyer-side even while the account is Coop.
* ``concentration``: one of our people holds the strongest route to more than
  ``CONCENTRATION_SHARE`` of an account's reached targets (at least two),
  while there are other people of ours who could share them. Medium.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..domain.enums import BuyingRole
from ..domain.ids import NodeId
from ..domain.network import Network
from .coverage import AccessState, Coverage
from .findings import Finding, FindingKind, Severity, person, role_rank
from .text import Chain, Names, RoleCounts, Text

CONCENTRATION_SHARE = 0.5
"""'Most of the coverage': more than half of the reached targets through one person."""


def _lost(network: Network, people: frozenset[NodeId]) -> tuple[list[NodeId], RoleCounts, bool]:
    ordered = sorted(people, key=lambda p: role_rank(network, p))
    roles = Counter(network.nodes[p].role for p in ordered)  # type: ignore[union-attr]
    counts = RoleCounts(((BuyingRole.DECISION_MAKER, roles[BuyingRole.DECISION_MAKER]),
                         (BuyingRole.INFLUENCER, roles[BuyingRole.INFLUENCER])))
    return ordered, counts, roles[BuyingRole.DECISION_MAKER] > 0


def single_points(network: Network, state: AccessState, ours: set[NodeId]) -> list[Finding]:
    merged: dict[NodeId, list] = {}
    found: list[Finding] = []
    for bridge in state.bridges:
        ends = [c for c in state.cuts if c.person in bridge.ends and c.lost == bridge.lost]
        if ends:
            merged.setdefault(ends[0].person, []).append(bridge.tie_id)
            continue
        lost, counts, decider = _lost(network, bridge.lost)
        a, b = bridge.ends
        text = Text.of(
            "Your access to {people} hangs on one tie, between {a} and {b}. If it breaks, you lose access to {lost}.",
            people=Names(tuple(person(network, p) for p in lost)), a=network.name_of(a), b=network.name_of(b),
            lost=counts,
        )
        action = Text.of("Tend the tie between {a} and {b}, and build a second route to {people}.",
                         a=network.name_of(a), b=network.name_of(b), people=Names(tuple(network.name_of(p) for p in lost)))
        severity = Severity.HIGH if decider else Severity.MEDIUM
        found.append(Finding(FindingKind.BRIDGE, severity, text, (a, b, *lost), (bridge.tie_id,), action))
    for cut in state.cuts:
        lost, counts, decider = _lost(network, cut.lost)
        name = network.name_of(cut.person)
        text = Text.of(
            "Only {name} connects you to {people}. If {name} leaves, you lose access to {lost}.",
            name=name, people=Names(tuple(person(network, p) for p in lost)), lost=counts,
        )
        names = Names(tuple(network.name_of(p) for p in lost))
        if cut.person in ours:
            action = Text.of("Introduce a colleague to {people}, so the relationship does not hang on {name} alone.",
                             people=names, name=name)
        else:
            action = Text.of("Build a second route to {people} that does not go through {name}: ask {name} to "
                             "introduce one of your colleagues.", people=names, name=name)
        severity = Severity.HIGH if decider else Severity.MEDIUM
        found.append(Finding(FindingKind.SINGLE_POINT_OF_FAILURE, severity, text, (cut.person, *lost),
                             tuple(merged.get(cut.person, ())), action))
    return found


def reach(network: Network, coverages: Sequence[Coverage], *, lower: bool = False) -> list[Finding]:
    """Unreached and weakly reached targets; ``lower`` for customers other than the account."""
    found = []
    for cov in coverages:
        for target in cov.targets:
            decider = target.role is BuyingRole.DECISION_MAKER
            who = person(network, target.person)
            name = network.name_of(target.person)
            if target.level is None:
                text = Text.of("None of your people reaches {person}.", person=who)
                action = Text.of("Find someone who knows {name} and ask for an introduction.", name=name)
                severity = _severity(decider, lower, Severity.HIGH)
                found.append(Finding(FindingKind.UNREACHED, severity, text, (target.person,), (), action))
            elif target.level == 0 and target.route is not None:
                route = target.route
                text = Text.of("You reach {person} only through weak or unrated ties (best route: {route}).",
                               person=who, route=Chain(tuple(network.name_of(n) for n in route.nodes)))
                action = Text.of("Strengthen the weakest tie on the route to {name}, or build a stronger route.",
                                 name=name)
                severity = _severity(decider, lower, Severity.MEDIUM)
                found.append(Finding(FindingKind.WEAK_ACCESS, severity, text, route.nodes, route.ties, action))
    return found


def _severity(decider: bool, lower: bool, top: Severity) -> Severity:
    """``top`` for a decision maker of the account, one step down per 'influencer' and per 'other customer'."""
    steps = (not decider) + lower
    scale = [Severity.HIGH, Severity.MEDIUM, Severity.LOW]
    return scale[min(scale.index(top) + steps, 2)]


def concentration(network: Network, coverages: Sequence[Coverage], ours: Sequence[NodeId]) -> list[Finding]:
    if len(ours) < 2:
        return []
    found = []
    for cov in coverages:
        holders = Counter(t.holder for t in cov.targets if t.holder is not None)
        reached = sum(holders.values())
        if reached < 2:
            continue
        holder, count = max(holders.items(), key=lambda kv: (kv[1], network.name_of(kv[0])))
        if count / reached <= CONCENTRATION_SHARE:
            continue
        name, account = network.name_of(holder), network.name_of(cov.account_id)
        text = Text.of(
            "Most of your access to {account} runs through {name}: {count} of the {reached} decision makers "
            "and influencers you reach.", account=account, name=name, count=count, reached=reached,
        )
        action = Text.of("Involve a colleague in the relationships with {account}, so they do not all hang on {name}.",
                         account=account, name=name)
        people = (holder, *(t.person for t in cov.targets if t.holder == holder))
        found.append(Finding(FindingKind.CONCENTRATION, Severity.MEDIUM, text, people, (), action))
    return found

"""Which nodes and ties a view filter hides. No Qt; a filter never changes the map.

The criteria list what to *hide* (what the user unticked), so an empty filter
shows everything and a value added to the domain later is shown until someone
hides it. ``None`` stands for "not set": no category, no buying-centre role.

* A contact follows its organisation's actor category (a contact without an
  organisation, or in an organisation without a category, counts as "none").
* Buying-centre role and attitude apply to contacts only; organisations have
  neither and are never hidden by them.
* A tie is hidden by its type or its strength class, and whenever one of its
  ends is hidden (a line to nowhere tells nothing).
* The strength class comes from the analysis; ties it has not scored yet
  (no analysis, or one from before the last edit) are scored here the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..domain.entities import Contact, Organisation, Tie
from ..domain.enums import ActorCategory, Attitude, BuyingRole, TieType
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from .quality import TieClass, TieQuality, tie_quality, weights_of


@dataclass(frozen=True, slots=True)
class FilterCriteria:
    """What to hide. The default hides nothing."""

    categories: frozenset[ActorCategory | None] = field(default_factory=frozenset)
    roles: frozenset[BuyingRole | None] = field(default_factory=frozenset)
    attitudes: frozenset[Attitude] = field(default_factory=frozenset)
    tie_types: frozenset[TieType] = field(default_factory=frozenset)
    tie_classes: frozenset[TieClass] = field(default_factory=frozenset)

    @property
    def active(self) -> bool:
        return bool(self.categories or self.roles or self.attitudes or self.tie_types or self.tie_classes)


@dataclass(frozen=True, slots=True)
class FilterResult:
    hidden_nodes: frozenset[NodeId]
    hidden_ties: frozenset[TieId]
    """Every hidden tie, including those hidden only because an end is hidden."""
    shown_contacts: int
    total_contacts: int
    shown_organisations: int
    total_organisations: int
    shown_ties: int
    total_ties: int


def category_of(network: Network, node: Contact | Organisation) -> ActorCategory | None:
    """An organisation's category; a contact's organisation's category."""
    if isinstance(node, Organisation):
        return node.category
    org = network.organisation_of(node)
    return org.category if org else None


def node_hidden(network: Network, node: Contact | Organisation, criteria: FilterCriteria) -> bool:
    if criteria.categories and category_of(network, node) in criteria.categories:
        return True
    if isinstance(node, Contact):
        return node.role in criteria.roles or node.attitude in criteria.attitudes
    return False


def tie_class(network: Network, tie: Tie, qualities: Mapping[TieId, TieQuality] | None,
              today: dt.date | None = None) -> TieClass:
    """The strength class the analysis gave the tie, or the same scoring done now if it has none."""
    found = qualities.get(tie.id) if qualities is not None else None
    if found is not None:
        return found.tie_class
    if all(rating is None for rating in tie.ratings.values()):
        return TieClass.UNRATED
    settings = network.settings
    day = today or dt.date.today()
    return tie_quality(tie, settings, network.last_contact(tie.id), day, weights_of(settings)).tie_class


def apply_filter(
    network: Network, criteria: FilterCriteria,
    qualities: Mapping[TieId, TieQuality] | None = None, today: dt.date | None = None,
) -> FilterResult:
    """Hidden node and tie ids for ``criteria``, with the counts a status line needs."""
    hidden_nodes: set[NodeId] = set()
    contacts = shown_contacts = organisations = shown_organisations = 0
    for node in network.nodes.values():
        hidden = criteria.active and node_hidden(network, node, criteria)
        if hidden:
            hidden_nodes.add(node.id)
        if isinstance(node, Contact):
            contacts += 1
            shown_contacts += not hidden
        else:
            organisations += 1
            shown_organisations += not hidden
    hidden_ties: set[TieId] = set()
    if criteria.active:
        for tie in network.ties.values():
            if (
                tie.source_id in hidden_nodes or tie.target_id in hidden_nodes
                or tie.type in criteria.tie_types
                or (criteria.tie_classes and tie_class(network, tie, qualities, today) in criteria.tie_classes)
            ):
                hidden_ties.add(tie.id)
    return FilterResult(
        frozenset(hidden_nodes), frozenset(hidden_ties),
        shown_contacts, contacts, shown_organisations, organisations,
        len(network.ties) - len(hidden_ties), len(network.ties),
    )

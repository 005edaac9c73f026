"""Nodes and edges read from a graph file (GraphML, GEXF) turned into entities of a map.

The readers decode their XML into RawNode and RawEdge (attribute name ->
value); the Builder maps the attributes (README, "GraphML import") to
entities, collecting every problem with its place. Values are forgiving about
form (``"4"``, ``4`` and ``4.0`` are the rating 4; ``Decision maker`` is
decision_maker) and strict about meaning: the entities judge what comes out.

Ids: a node or edge with a ``knute_id`` (what Knute's export writes) keeps
that id when the map has no entity with it yet, so export -> import into a new
map gives the same map; every other entity gets a new id.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ..domain.changes import Added, Change
from ..domain.entities import Contact, Node, Organisation, Tie
from ..domain.enums import ActorCategory, Attitude, BuyingRole, Closeness, Resource, TieReason, TieType
from ..domain.errors import UserError
from ..domain.ids import NodeId, TieId, new_node_id, new_tie_id
from ..domain.network import Network, PairKey, pair_key
from ..domain.values import Label
from ..i18n import translate
from .errors import InteropError, located
from .layout import place

PERSON_KINDS = ("person", "contact")
ORGANISATION_KINDS = ("organisation", "organization")
TIE_RATINGS = ("acquaintance", "availability", "trust", "support", "cooperation", "competition")
LIST_SEPARATOR = ";"
"""Between the items of a list attribute (tags, resources, reasons): ``kunde; hotell``."""
MAX_ID = 200

Problems = list[tuple[int, UserError]]
"""Each problem with the document position of its element, to list them in file order."""


@dataclass(frozen=True, slots=True)
class RawNode:
    order: int
    xml_id: str
    data: dict[str, Any]
    group: str | None
    """The yEd group node this node sits in, if any."""
    is_group: bool

    def where(self, problem: UserError) -> tuple[int, UserError]:
        label = text(self.data.get("label")).strip()
        if label and label != self.xml_id:
            return self.order, located("Node {node} ({label})", problem, node=self.xml_id, label=label)
        return self.order, located("Node {node}", problem, node=self.xml_id)


@dataclass(frozen=True, slots=True)
class RawEdge:
    order: int
    xml_id: str
    source: str
    target: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return self.xml_id or f"{self.source} → {self.target}"

    def where(self, problem: UserError) -> tuple[int, UserError]:
        return self.order, located("Edge {edge}", problem, edge=self.name)


PERSON, ORGANISATION = "person", "organisation"


class Builder:
    """Turns raw nodes and edges into Added changes, collecting every problem."""

    def __init__(self, network: Network, problems: Problems) -> None:
        self.network = network
        self.problems = problems
        self.ids: dict[str, NodeId] = {}
        self.kinds: dict[str, str | None] = {}
        self.names: dict[str, str] = {}
        self.organisation_by_name: dict[str, NodeId] = {}
        self.organisation_by_xml_id: dict[str, NodeId] = {}
        self.created: dict[str, Organisation] = {}
        self.unplaced: set[NodeId] = set()
        self.tie_ids: set[str] = set()

    def build(self, raw_nodes: list[RawNode], raw_edges: list[RawEdge]) -> list[Change]:
        unique: list[RawNode] = []
        used: set[str] = set()
        for raw in raw_nodes:
            if raw.xml_id in self.ids:
                self.problems.append(raw.where(InteropError("Another node of the file has the same id.")))
                continue
            unique.append(raw)
            self.ids[raw.xml_id] = NodeId(_own_id(raw.data, used, self.network.nodes) or new_node_id())
            self.kinds[raw.xml_id] = self._kind(raw)
            self.names[raw.xml_id] = _name(raw)
        for raw in unique:
            if self.kinds[raw.xml_id] == ORGANISATION:
                self.organisation_by_name.setdefault(self.names[raw.xml_id].casefold(), self.ids[raw.xml_id])
                self.organisation_by_xml_id[raw.xml_id] = self.ids[raw.xml_id]
        for existing in self.network.organisations():
            self.organisation_by_name.setdefault(existing.name.casefold(), existing.id)

        organisations = _present(self._make(r, self._organisation) for r in unique if self.kinds[r.xml_id] == ORGANISATION)
        contacts = _present(self._make(r, self._contact) for r in unique if self.kinds[r.xml_id] == PERSON)
        nodes: list[Node] = [*organisations, *self.created.values(), *contacts]
        self.unplaced.update(o.id for o in self.created.values())
        ties = self._ties(raw_edges)
        if self.problems:
            return []
        positions = place(nodes, self.unplaced, self.network)
        nodes = [dataclasses.replace(n, x=positions[n.id][0], y=positions[n.id][1]) if n.id in positions else n
                 for n in nodes]
        return [Added(e) for e in (*nodes, *ties)]

    def _kind(self, raw: RawNode) -> str | None:
        value = raw.data.get("kind")
        if missing(value):
            return ORGANISATION if raw.is_group else PERSON
        word = norm(text(value))
        if word in PERSON_KINDS:
            return PERSON
        if word in ORGANISATION_KINDS:
            return ORGANISATION
        self.problems.append(raw.where(InteropError(
            "Unknown kind '{value}' (allowed: person, organisation).", value=value
        )))
        return None

    def _make(self, raw: RawNode, factory: Any) -> Node | None:
        try:
            return factory(raw)
        except UserError as exc:
            self.problems.append(raw.where(exc))
            return None

    def _position(self, raw: RawNode, node_id: NodeId) -> dict[str, Any]:
        x, y = raw.data.get("x"), raw.data.get("y")
        if missing(x) or missing(y):
            self.unplaced.add(node_id)
            return {}
        return {"x": number(x), "y": number(y)}

    def _common(self, raw: RawNode) -> dict[str, Any]:
        """The fields every node has (Knute's own export writes them all)."""
        d = raw.data
        node_id = self.ids[raw.xml_id]
        return {
            "id": node_id, "name": self.names[raw.xml_id],
            "tags": split_list(d.get("tags")), "resources": [choice(r, Resource) for r in split_list(d.get("resources"))],
            "is_example": flag(d.get("is_example")), **self._position(raw, node_id),
        }

    def _organisation(self, raw: RawNode) -> Organisation:
        d = raw.data
        return Organisation(
            description=text(d.get("description")),
            category=choice(d.get("category"), ActorCategory),
            employees=number(d.get("employees")) if not missing(d.get("employees")) else None,
            revenue_mnok=number(d.get("revenue_mnok")) if not missing(d.get("revenue_mnok")) else None,
            website=text(d.get("website")),
            notes=notes(d.get("notes"), ("E-mail", d.get("email")), ("Phone", d.get("phone"))),
            **self._common(raw),
        )

    def _contact(self, raw: RawNode) -> Contact:
        d = raw.data
        return Contact(
            title=text(d.get("title")),
            organisation_id=self._organisation_of(raw),
            email=text(d.get("email")),
            phone=text(d.get("phone")),
            role=choice(d.get("role"), BuyingRole),
            attitude=choice(d.get("attitude"), Attitude),
            influence=rating(d.get("influence")),
            notes=notes(d.get("notes"), ("Description", d.get("description"))),
            **self._common(raw),
        )

    def _organisation_of(self, raw: RawNode) -> NodeId | None:
        """The person's organisation: named by the file, or the yEd group around them."""
        name = text(raw.data.get("organisation")).strip()
        if name:
            key = name.casefold()
            found = self.organisation_by_name.get(key) or self.organisation_by_xml_id.get(name)
            if found:
                return found
            if key not in self.created:
                self.created[key] = Organisation(name=name)
            return self.created[key].id
        if raw.group is not None and self.kinds.get(raw.group) == ORGANISATION:
            return self.ids[raw.group]
        return None

    def _ties(self, raw_edges: Iterable[RawEdge]) -> list[Tie]:
        ties: list[Tie] = []
        first: dict[PairKey, RawEdge] = {}
        for raw in raw_edges:
            tie = self._tie(raw)
            if tie is None:
                continue
            key = pair_key(tie)
            if key in first:
                earlier = first[key]
                self.problems.append(raw.where(InteropError(
                    "The file already has a '{type}' tie between {a} and {b} (edge {first}).",
                    type=tie.type.value, a=self.names[raw.source], b=self.names[raw.target],
                    first=earlier.name,
                )))
                continue
            first[key] = raw
            ties.append(tie)
        return ties

    def _tie(self, raw: RawEdge) -> Tie | None:
        if not raw.source or not raw.target:
            self.problems.append(raw.where(InteropError("It needs a source and a target.")))
            return None
        absent = [end for end in dict.fromkeys((raw.source, raw.target)) if end not in self.ids]
        for end in absent:
            self.problems.append(raw.where(InteropError(
                "It refers to node '{node}', which is not in the file.", node=end
            )))
        if absent:
            return None
        d = raw.data
        try:
            return Tie(
                id=TieId(_own_id(d, self.tie_ids, self.network.ties) or new_tie_id()),
                source_id=self.ids[raw.source],
                target_id=self.ids[raw.target],
                type=choice(d.get("type"), TieType) or TieType.PROFESSIONAL,
                closeness=choice(d.get("closeness"), Closeness),
                reasons=[choice(r, TieReason) for r in split_list(d.get("reasons"))],
                last_contact=None if missing(d.get("last_contact")) else d.get("last_contact"),
                notes=text(d.get("notes")) or text(d.get("label")),
                is_example=flag(d.get("is_example")),
                **{name: rating(d.get(name)) for name in TIE_RATINGS},
            )
        except UserError as exc:
            self.problems.append(raw.where(exc))
            return None


def _own_id(data: dict[str, Any], used: set[str], taken: dict[Any, Any]) -> str | None:
    """The entity's ``knute_id`` when it is free (not in the map, not used earlier in the file)."""
    value = data.get("knute_id")
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID:
        return None
    value = value.strip()
    if value in used or value in taken:
        return None
    used.add(value)
    return value


# ---- forgiving coercions: the entities judge what comes out ---------------
def missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _name(raw: RawNode) -> str:
    return text(raw.data.get("label")).strip() or raw.xml_id


def norm(word: str) -> str:
    """'Decision maker', 'decision-maker' and 'decision_maker' are one word."""
    return "".join(ch for ch in word.casefold() if ch.isalnum())


@cache
def _spellings(vocabulary: type[StrEnum]) -> dict[str, StrEnum]:
    return {norm(member.value): member for member in vocabulary}


def choice(value: Any, vocabulary: type[StrEnum]) -> Any:
    """The vocabulary member ``value`` names in any spelling, or ``value`` for the entity to refuse."""
    if missing(value):
        return None
    if isinstance(value, str):
        exact = vocabulary._value2member_map_.get(value)
        if exact is not None:
            return exact
        return _spellings(vocabulary).get(norm(value), value.strip())
    return value


def number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            found = float(value.strip())
        except ValueError:
            return value
        return found if math.isfinite(found) else value
    return value


def rating(value: Any) -> Any:
    """'4' and 4.0 are the rating 4; anything else goes to the entity as it is, to be refused."""
    if missing(value):
        return None
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return number(value)
    return value


def flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "yes")
    return bool(value)


def split_list(value: Any) -> list[str]:
    """A list attribute: the items between ``;``, blank ones left out."""
    if missing(value):
        return []
    return [item.strip() for item in text(value).split(LIST_SEPARATOR) if item.strip()]


def notes(value: Any, *extras: tuple[str, Any]) -> str:
    """The notes, plus fields the entity has no place for, each on a labelled line."""
    parts = [text(value).strip()]
    parts += [f"{translate(Label(label))}: {text(extra).strip()}" for label, extra in extras if not missing(extra)]
    return "\n\n".join(p for p in parts if p)


def _present(items: Iterable[Any]) -> list[Any]:
    return [item for item in items if item is not None]

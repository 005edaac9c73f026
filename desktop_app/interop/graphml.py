"""Import of GraphML files (yEd, Gephi, networkx, Cytoscape...) into a map.

What is read, by the name of the GraphML key (``attr.name``); every attribute
is optional, other attributes are ignored:

Nodes
  ``label``          the name (yEd's node label works too); default: the node id
  ``kind``           ``person`` (default) or ``organisation``; a yEd group node
                     defaults to an organisation and the people inside it are
                     its members
  ``organisation``   for a person: the name of their organisation. It links
                     the person to an organisation node of the file or an
                     organisation already in the map (same name, ignoring
                     case); when there is none, the organisation is created
  ``title``          a person's job title
  ``role``           decision_maker, influencer, buyer, user, gatekeeper, champion
  ``attitude``       supporter, neutral, sceptic, unknown
  ``influence``      1-5
  ``category``       for an organisation: own, customer, supplier, competitor,
                     complementor, authority, economic, sociocultural
  ``x``, ``y``       position (yEd's node geometry works too); nodes without
                     one are placed near their organisation, beside the map
  ``email``, ``phone``, ``description``, ``notes``
                     kept where the entity has the field, otherwise added to
                     its notes (a person's description, an organisation's
                     e-mail and phone)
Edges
  ``type``           professional (default), personal, reports_to, member_of,
                     supplier_of, partner, competitor, other
  ``acquaintance``, ``availability``, ``trust``, ``support``,
  ``cooperation``, ``competition``
                     1-5
  ``closeness``      close, distant
  ``last_contact``   a date, 2026-03-31
  ``notes``          text (yEd's edge label goes there when there are no notes)
  Edges keep the file's direction: source -> target.

Values are forgiving about form (``"4"``, ``4`` and ``4.0`` are the rating 4;
``Decision maker`` is decision_maker) and strict about meaning: a value the
map cannot hold (rating 7, unknown role, a tie to a node the file does not
declare, a node tied to itself, the same tie twice) is reported with the id
of its node or edge. Every problem in the file is reported at once, and
nothing is imported until there are none.

Ids in the file are not ours: every imported entity gets a new id.

Safety: the bytes are parsed with defusedxml, which refuses document type
definitions (and with them entity expansion bombs and external entities),
before networkx's GraphML reader decodes keys, types and yEd graphics.
"""

from __future__ import annotations

import dataclasses
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import defusedxml
import defusedxml.ElementTree as SafeET
import networkx as nx
from networkx.readwrite.graphml import GraphMLReader

from ..domain.changes import Added, Change
from ..domain.entities import Contact, Node, Organisation, Tie
from ..domain.enums import ActorCategory, Attitude, BuyingRole, Closeness, TieType
from ..domain.errors import UserError
from ..domain.ids import NodeId, new_node_id
from ..domain.network import Network, PairKey, pair_key
from ..domain.values import Label
from ..i18n import translate
from .errors import GraphMLImportError, InteropError, located
from .importing import ImportSummary, apply_import
from .layout import place

if TYPE_CHECKING:
    from ..storage import MapStore

__all__ = ["GraphMLImportError", "ImportSummary", "import_graphml", "read_graphml"]

NS = GraphMLReader.NS_GRAPHML
PERSON_KINDS = ("person", "contact")
ORGANISATION_KINDS = ("organisation", "organization")
TIE_RATINGS = ("acquaintance", "availability", "trust", "support", "cooperation", "competition")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


Problems = list[tuple[int, UserError]]
"""Each problem with the document position of its element, to list them in file order."""


@dataclass(frozen=True, slots=True)
class _RawNode:
    order: int
    xml_id: str
    data: dict[str, Any]
    group: str | None
    """The yEd group node this node sits in, if any."""
    is_group: bool

    def where(self, problem: UserError) -> tuple[int, UserError]:
        label = _text(self.data.get("label")).strip()
        if label and label != self.xml_id:
            return self.order, located("Node {node} ({label})", problem, node=self.xml_id, label=label)
        return self.order, located("Node {node}", problem, node=self.xml_id)


@dataclass(frozen=True, slots=True)
class _RawEdge:
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


# ---- public API ------------------------------------------------------------
def read_graphml(source: Path, network: Network) -> list[Change]:
    """The changes that add the file's contents to ``network``, which is left untouched.

    Raises GraphMLImportError listing every problem in the file, or
    InteropError when the file cannot be read at all.
    """
    source = Path(source)
    root = _parse(_read_bytes(source), source.name)
    problems: Problems = []
    nodes, edges = _read_graph(root, problems)
    changes = _Builder(network, problems).build(nodes, edges)
    if problems:
        raise GraphMLImportError(source.name, [p for _, p in sorted(problems, key=lambda p: p[0])])
    return changes


def import_graphml(store: MapStore, network: Network, source: Path) -> ImportSummary:
    """Add the contents of ``source`` to the map, in memory and in the file, as one edit."""
    return apply_import(store, network, read_graphml(source, network))


# ---- bytes to XML ----------------------------------------------------------
def _read_bytes(source: Path) -> bytes:
    name = source.name
    if source.is_dir():
        raise InteropError("{name} is a folder, not a GraphML file.", name=name)
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise InteropError("The file {name} does not exist.", name=name) from None
    except PermissionError:
        raise InteropError("You do not have permission to read {name}.", name=name) from None
    except OSError as exc:
        raise InteropError("{name} could not be read ({reason}).", name=name, reason=exc.strerror or exc) from exc


def _parse(data: bytes, name: str) -> ET.Element:
    """The GraphML root, parsed by defusedxml so a hostile file cannot expand or fetch entities."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DTDForbidden:
        problem = InteropError(
            "The file contains a document type declaration (DTD). Knute refuses those for safety: "
            "they can hold entities that expand without end or read other files."
        )
    except defusedxml.DefusedXmlException:
        problem = InteropError("The file declares XML entities. Knute refuses those for safety.")
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        problem = InteropError(
            "The file is not valid XML (line {line}, column {column}: {reason}).",
            line=line, column=column + 1, reason=reason,
        )
    else:
        if root.tag == "graphml":
            # Some tools omit the namespace; networkx's reader needs it.
            for element in root.iter():
                if isinstance(element.tag, str) and not element.tag.startswith("{"):
                    element.tag = _q(element.tag)
        if root.tag == _q("graphml"):
            return root
        problem = InteropError(
            "The file is XML, but not GraphML (it starts with <{tag}>).", tag=root.tag.rpartition("}")[2]
        )
    raise GraphMLImportError(name, [problem])


# ---- XML to raw nodes and edges -------------------------------------------
def _read_graph(root: ET.Element, problems: Problems) -> tuple[list[_RawNode], list[_RawEdge]]:
    """The nodes and edges of the file's first graph, in file order, with their data decoded."""
    reader = GraphMLReader(node_type=str)
    keys, node_defaults, edge_defaults = _read_keys(root, reader, problems)
    nodes: list[_RawNode] = []
    edges: list[_RawEdge] = []
    graph = root.find(_q("graph"))
    if graph is None:
        problems.append((-1, InteropError("The file contains no graph.")))
        return nodes, edges
    decoder = _Decoder(reader, keys)

    def walk(graph_xml: ET.Element, group: str | None) -> None:
        for element in graph_xml:
            if element.tag == _q("node"):
                data, failures = decoder(element)
                inner = element.find(_q("graph"))
                node = _RawNode(
                    len(nodes) + len(edges), element.get("id") or f"#{len(nodes) + 1}",
                    {**node_defaults, **data}, group, inner is not None,
                )
                nodes.append(node)
                problems.extend(node.where(f) for f in failures)
                if inner is not None:
                    walk(inner, node.xml_id)
            elif element.tag == _q("edge"):
                data, failures = decoder(element)
                edge = _RawEdge(
                    len(nodes) + len(edges), element.get("id") or "", element.get("source") or "", element.get("target") or "",
                    {**edge_defaults, **data},
                )
                edges.append(edge)
                problems.extend(edge.where(f) for f in failures)

    walk(graph, None)
    return nodes, edges


Keys = dict[str, dict[str, Any]]
"""Key id -> {"name", "type", "for"}: the form networkx's reader decodes data with."""


def _read_keys(
    root: ET.Element, reader: GraphMLReader, problems: Problems
) -> tuple[Keys, dict[str, Any], dict[str, Any]]:
    """The declared keys and their defaults (networkx reads the defaults but does not apply them)."""
    keys: Keys = {}
    node_defaults: dict[str, Any] = {}
    edge_defaults: dict[str, Any] = {}
    for key in root.findall(_q("key")):
        key_id = key.get("id") or ""
        yfiles = key.get("yfiles.type")
        name = yfiles or key.get("attr.name")
        type_name = "yfiles" if yfiles else key.get("attr.type") or "string"
        python_type = reader.python_type.get(type_name)
        if name is None:
            problems.append((-1, located("Key {key}", InteropError("It has no name (attr.name)."), key=key_id)))
            continue
        if python_type is None:
            problems.append((-1, located("Key {key}", InteropError(
                "Unknown data type '{type}' (allowed: string, int, long, float, double, boolean).", type=type_name,
            ), key=key_id)))
            continue
        scope = key.get("for") or "all"
        keys[key_id] = {"name": name, "type": python_type, "for": scope}
        default = key.find(_q("default"))
        if default is not None and default.text is not None:
            value = _convert(default.text, python_type, reader)
            if scope in ("node", "all"):
                node_defaults[name] = value
            if scope in ("edge", "all"):
                edge_defaults[name] = value
    return keys, node_defaults, edge_defaults


def _convert(text: str, python_type: type, reader: GraphMLReader) -> Any:
    """``text`` as the declared type, or the text itself for the domain to judge."""
    if python_type is bool:
        return reader.convert_bool.get(text.strip().lower(), text)
    try:
        return python_type(text)
    except ValueError:
        return text


class _Decoder:
    """networkx's decoding of one element's data (types, yEd labels and geometry).

    networkx gives up on the first value that does not fit its declared type;
    then each value is decoded alone and a misfit is kept as text, so the
    domain's own message says what is wrong with it.
    """

    def __init__(self, reader: GraphMLReader, keys: Keys) -> None:
        self.reader = reader
        self.keys = keys

    def __call__(self, element: ET.Element) -> tuple[dict[str, Any], list[UserError]]:
        try:
            return self.reader.decode_data_elements(self.keys, element), []
        except (ValueError, KeyError, TypeError, nx.NetworkXError):
            pass
        data: dict[str, Any] = {}
        failures: list[UserError] = []
        for item in element.findall(_q("data")):
            key = item.get("key") or ""
            if key not in self.keys:
                failures.append(InteropError("It has data for the key '{key}', which the file does not declare.", key=key))
                continue
            single = ET.Element(element.tag)
            single.append(item)
            try:
                data.update(self.reader.decode_data_elements(self.keys, single))
            except (ValueError, KeyError, TypeError):
                data[self.keys[key]["name"]] = item.text or ""
        return data, failures


# ---- raw values to entities ------------------------------------------------
PERSON, ORGANISATION = "person", "organisation"


class _Builder:
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

    def build(self, raw_nodes: list[_RawNode], raw_edges: list[_RawEdge]) -> list[Change]:
        unique: list[_RawNode] = []
        for raw in raw_nodes:
            if raw.xml_id in self.ids:
                self.problems.append(raw.where(InteropError("Another node of the file has the same id.")))
                continue
            unique.append(raw)
            self.ids[raw.xml_id] = new_node_id()
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

    def _kind(self, raw: _RawNode) -> str | None:
        value = raw.data.get("kind")
        if _missing(value):
            return ORGANISATION if raw.is_group else PERSON
        word = _norm(_text(value))
        if word in PERSON_KINDS:
            return PERSON
        if word in ORGANISATION_KINDS:
            return ORGANISATION
        self.problems.append(raw.where(InteropError(
            "Unknown kind '{value}' (allowed: person, organisation).", value=value
        )))
        return None

    def _make(self, raw: _RawNode, factory: Any) -> Node | None:
        try:
            return factory(raw)
        except UserError as exc:
            self.problems.append(raw.where(exc))
            return None

    def _position(self, raw: _RawNode, node_id: NodeId) -> dict[str, Any]:
        x, y = raw.data.get("x"), raw.data.get("y")
        if _missing(x) or _missing(y):
            self.unplaced.add(node_id)
            return {}
        return {"x": _number(x), "y": _number(y)}

    def _organisation(self, raw: _RawNode) -> Organisation:
        d = raw.data
        node_id = self.ids[raw.xml_id]
        return Organisation(
            id=node_id,
            name=self.names[raw.xml_id],
            description=_text(d.get("description")),
            category=_choice(d.get("category"), ActorCategory),
            notes=_notes(d.get("notes"), ("E-mail", d.get("email")), ("Phone", d.get("phone"))),
            **self._position(raw, node_id),
        )

    def _contact(self, raw: _RawNode) -> Contact:
        d = raw.data
        node_id = self.ids[raw.xml_id]
        return Contact(
            id=node_id,
            name=self.names[raw.xml_id],
            title=_text(d.get("title")),
            organisation_id=self._organisation_of(raw),
            email=_text(d.get("email")),
            phone=_text(d.get("phone")),
            role=_choice(d.get("role"), BuyingRole),
            attitude=_choice(d.get("attitude"), Attitude),
            influence=_rating(d.get("influence")),
            notes=_notes(d.get("notes"), ("Description", d.get("description"))),
            **self._position(raw, node_id),
        )

    def _organisation_of(self, raw: _RawNode) -> NodeId | None:
        """The person's organisation: named by the file, or the yEd group around them."""
        name = _text(raw.data.get("organisation")).strip()
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

    def _ties(self, raw_edges: Iterable[_RawEdge]) -> list[Tie]:
        ties: list[Tie] = []
        first: dict[PairKey, _RawEdge] = {}
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

    def _tie(self, raw: _RawEdge) -> Tie | None:
        if not raw.source or not raw.target:
            self.problems.append(raw.where(InteropError("It needs a source and a target.")))
            return None
        missing = [end for end in dict.fromkeys((raw.source, raw.target)) if end not in self.ids]
        for end in missing:
            self.problems.append(raw.where(InteropError(
                "It refers to node '{node}', which is not in the file.", node=end
            )))
        if missing:
            return None
        d = raw.data
        try:
            return Tie(
                source_id=self.ids[raw.source],
                target_id=self.ids[raw.target],
                type=_choice(d.get("type"), TieType) or TieType.PROFESSIONAL,
                closeness=_choice(d.get("closeness"), Closeness),
                last_contact=None if _missing(d.get("last_contact")) else d.get("last_contact"),
                notes=_text(d.get("notes")) or _text(d.get("label")),
                **{name: _rating(d.get(name)) for name in TIE_RATINGS},
            )
        except UserError as exc:
            self.problems.append(raw.where(exc))
            return None


# ---- forgiving coercions: the entities judge what comes out ---------------
def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _name(raw: _RawNode) -> str:
    return _text(raw.data.get("label")).strip() or raw.xml_id


def _norm(word: str) -> str:
    """'Decision maker', 'decision-maker' and 'decision_maker' are one word."""
    return "".join(ch for ch in word.casefold() if ch.isalnum())


def _choice(value: Any, vocabulary: type[StrEnum]) -> Any:
    """The vocabulary member ``value`` names in any spelling, or ``value`` for the entity to refuse."""
    if _missing(value):
        return None
    if isinstance(value, str):
        for member in vocabulary:
            if _norm(member.value) == _norm(value):
                return member
        return value.strip()
    return value


def _number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return value
        return number if math.isfinite(number) else value
    return value


def _rating(value: Any) -> Any:
    """'4' and 4.0 are the rating 4; anything else goes to the entity as it is, to be refused."""
    if _missing(value):
        return None
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return _number(value)
    return value


def _notes(notes: Any, *extras: tuple[str, Any]) -> str:
    """The notes, plus fields the entity has no place for, each on a labelled line."""
    parts = [_text(notes).strip()]
    parts += [f"{translate(Label(label))}: {_text(value).strip()}" for label, value in extras if not _missing(value)]
    return "\n\n".join(p for p in parts if p)


def _present(items: Iterable[Any]) -> list[Any]:
    return [item for item in items if item is not None]

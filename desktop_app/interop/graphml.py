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

Ids: a node or edge with a ``knute_id`` (Knute's own export) keeps it when the
map has no entity with that id; every other entity gets a new id. Knute's
export also writes ``tags``, ``resources``, ``reasons`` (items separated by
``;``), ``website``, ``employees``, ``revenue_mnok`` and ``is_example``, which
are read back, so export -> import into a new map gives the same map.

Safety: the bytes are checked first (xml_safety.py: any document type
definition is refused, and with it entity expansion bombs and external
entities), before networkx's GraphML reader decodes keys, types and yEd
graphics.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.network import Network
from ..memory import paused_gc
from .errors import GraphMLImportError, InteropError, located
from .files import read_bytes
from .graph_build import Builder, Problems, RawEdge, RawNode
from .importing import ImportSummary, apply_import
from .progress import Progress, report
from .xml_safety import local_name, safe_root

if TYPE_CHECKING:
    # imported where used: networkx costs 0.2 s, and the window imports this module at start-up
    from networkx.readwrite.graphml import GraphMLReader

    from ..storage import MapStore

__all__ = ["GraphMLImportError", "ImportSummary", "import_graphml", "read_graphml"]

NS = "http://graphml.graphdrawing.org/xmlns"
"""``GraphMLReader.NS_GRAPHML``."""


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


# ---- public API ------------------------------------------------------------
def read_graphml(source: Path, network: Network, *, progress: Progress | None = None) -> list[Change]:
    """The changes that add the file's contents to ``network``, which is left untouched.

    Raises GraphMLImportError listing every problem in the file, or
    InteropError when the file cannot be read at all; ImportCancelled when
    ``progress`` said stop.
    """
    source = Path(source)
    data = read_bytes(source)
    report(progress, 0.05)
    with paused_gc():
        root = _parse(data, source.name)
        report(progress, 0.4)
        problems: Problems = []
        nodes, edges = _read_graph(root, problems)
        report(progress, 0.7)
        changes = Builder(network, problems).build(nodes, edges)
    if problems:
        raise GraphMLImportError(source.name, [p for _, p in sorted(problems, key=lambda p: p[0])])
    report(progress, 1.0)
    return changes


def import_graphml(store: MapStore, network: Network, source: Path) -> ImportSummary:
    """Add the contents of ``source`` to the map, in memory and in the file, as one edit."""
    return apply_import(store, network, read_graphml(source, network))


# ---- bytes to XML ----------------------------------------------------------
def _parse(data: bytes, name: str) -> ET.Element:
    """The GraphML root, parsed so that a hostile file cannot expand or fetch entities (xml_safety.py)."""
    try:
        root = safe_root(data)
    except InteropError as problem:
        raise GraphMLImportError(name, [problem]) from None
    if root.tag == "graphml":
        # Some tools omit the namespace; networkx's reader needs it.
        for element in root.iter():
            if isinstance(element.tag, str) and not element.tag.startswith("{"):
                element.tag = _q(element.tag)
    if root.tag == _q("graphml"):
        return root
    raise GraphMLImportError(name, [InteropError(
        "The file is XML, but not GraphML (it starts with <{tag}>).", tag=local_name(root.tag)
    )])


# ---- XML to raw nodes and edges -------------------------------------------
def _read_graph(root: ET.Element, problems: Problems) -> tuple[list[RawNode], list[RawEdge]]:
    """The nodes and edges of the file's first graph, in file order, with their data decoded."""
    from networkx.readwrite.graphml import GraphMLReader

    reader = GraphMLReader(node_type=str)
    keys, node_defaults, edge_defaults = _read_keys(root, reader, problems)
    nodes: list[RawNode] = []
    edges: list[RawEdge] = []
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
                node = RawNode(
                    len(nodes) + len(edges), element.get("id") or f"#{len(nodes) + 1}",
                    {**node_defaults, **data}, group, inner is not None,
                )
                nodes.append(node)
                problems.extend(node.where(f) for f in failures)
                if inner is not None:
                    walk(inner, node.xml_id)
            elif element.tag == _q("edge"):
                data, failures = decoder(element)
                edge = RawEdge(
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
        from networkx import NetworkXError

        self.reader = reader
        self.keys = keys
        self.misfits = (ValueError, KeyError, TypeError, NetworkXError)

    def __call__(self, element: ET.Element) -> tuple[dict[str, Any], list[UserError]]:
        try:
            return self.reader.decode_data_elements(self.keys, element), []
        except self.misfits:
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

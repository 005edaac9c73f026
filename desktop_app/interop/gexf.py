"""Import of GEXF files (Gephi, networkx) with the same mapping as GraphML (README).

Node and edge attributes are read by their title, exactly like GraphML keys;
a node's ``viz:position`` is its position when it has no ``x``/``y`` attribute
(Gephi's y axis points up, Knute's down); an edge's ``tie_type`` is its tie
type (GEXF keeps ``type`` for directed/undirected). Ids work as with GraphML
(``knute_id`` kept when free, else a new id).

An edge is one tie whatever its GEXF ``type``: a ``mutual`` edge is not read
as two ties, and a graph mixing directed and undirected edges (Gephi writes
such graphs, and so does Knute: mutual ties are undirected) is read as it is,
though networkx refuses both; which way a tie runs is its tie type's business.

Safety: xml_safety.py checks the bytes first and refuses document type
definitions (entity bombs, external entities); only then does networkx's
GEXF reader decode them.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.changes import Change
from ..domain.network import Network
from ..memory import paused_gc
from .errors import ImportProblemsError, InteropError
from .files import read_bytes
from .graph_build import Builder, Problems, RawEdge, RawNode
from .importing import ImportSummary, apply_import
from .progress import Progress, report
from .xml_safety import local_name, safe_root

if TYPE_CHECKING:
    # imported where used: networkx costs 0.2 s, and the window imports this module at start-up
    import networkx as nx

    from ..storage import MapStore


class GEXFImportError(ImportProblemsError):
    """A GEXF file that cannot be imported as it is."""


def _checked(data: bytes, name: str) -> bytes:
    """The document, safe to hand to networkx: checked (xml_safety.py), every edge made plainly directed."""
    try:
        root = safe_root(data)
    except InteropError as problem:
        raise GEXFImportError(name, [problem]) from None
    if local_name(root.tag) != "gexf":
        raise GEXFImportError(name, [InteropError(
            "The file is XML, but not GEXF (it starts with <{tag}>).", tag=local_name(root.tag),
        )])
    for graph in root.iter():
        if local_name(graph.tag) == "graph":
            graph.set("defaultedgetype", "directed")
        elif local_name(graph.tag) == "edge":
            graph.attrib.pop("type", None)
    return ET.tostring(root, encoding="utf-8")


def _graph(data: bytes, name: str) -> nx.Graph:
    import networkx as nx

    safe = _checked(data, name)
    try:
        return nx.read_gexf(io.BytesIO(safe), node_type=str)
    except (nx.NetworkXError, KeyError, ValueError, TypeError, AttributeError, IndexError, ET.ParseError) as exc:
        raise GEXFImportError(name, [InteropError(
            "The file is not valid GEXF ({reason}).", reason=str(exc) or type(exc).__name__,
        )]) from None


def _node_data(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in data.items() if k != "viz"}
    position = (data.get("viz") or {}).get("position") or {}
    if ("x" not in out or "y" not in out) and "x" in position and "y" in position:
        out["x"], out["y"] = position["x"], -position["y"]
    return out


def read_gexf(source: Path, network: Network, *, progress: Progress | None = None) -> list[Change]:
    """The changes that add the file's contents to ``network``, which is left untouched."""
    source = Path(source)
    data = read_bytes(source)
    report(progress, 0.05)
    with paused_gc():
        graph = _graph(data, source.name)
        report(progress, 0.6)
        changes = _changes(graph, network, source.name)
    report(progress, 1.0)
    return changes


def _changes(graph: nx.Graph, network: Network, name: str) -> list[Change]:
    nodes = [
        RawNode(order, str(node_id), _node_data(data), None, False)
        for order, (node_id, data) in enumerate(graph.nodes(data=True))
    ]
    edges: list[RawEdge] = []
    for u, v, data in graph.edges(data=True):
        data = dict(data)
        if "tie_type" in data:
            data["type"] = data.pop("tie_type")
        edges.append(RawEdge(len(nodes) + len(edges), str(data.pop("id", "")), str(u), str(v), data))
    problems: Problems = []
    changes = Builder(network, problems).build(nodes, edges)
    if problems:
        raise GEXFImportError(name, [p for _, p in sorted(problems, key=lambda p: p[0])])
    return changes


def import_gexf(store: MapStore, network: Network, source: Path) -> ImportSummary:
    return apply_import(store, network, read_gexf(source, network))

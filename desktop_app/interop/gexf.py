"""Import of GEXF files (Gephi, networkx) with the same mapping as GraphML (README).

Node and edge attributes are read by their title, exactly like GraphML keys;
a node's ``viz:position`` is its position when it has no ``x``/``y`` attribute
(Gephi's y axis points up, Knute's down); an edge's ``tie_type`` is its tie
type (GEXF keeps ``type`` for directed/undirected). Ids in the file are not
ours: every imported entity gets a new id, as with GraphML.

Safety: defusedxml checks the bytes first and refuses document type
definitions (entity bombs, external entities); only then does networkx's
GEXF reader decode them.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING, Any

import defusedxml
import defusedxml.ElementTree as SafeET
import networkx as nx

from ..domain.changes import Change
from ..domain.network import Network
from .errors import ImportProblemsError, InteropError
from .files import read_bytes
from .graphml import Problems, _Builder, _RawEdge, _RawNode
from .importing import ImportSummary, apply_import

if TYPE_CHECKING:
    from ..storage import MapStore


class GEXFImportError(ImportProblemsError):
    """A GEXF file that cannot be imported as it is."""


def _check_xml(data: bytes, name: str) -> None:
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
        problem = InteropError(
            "The file is not valid XML (line {line}, column {column}: {reason}).",
            line=line, column=column + 1, reason=str(exc).split(":")[0],
        )
    else:
        tag = root.tag.rpartition("}")[2] if isinstance(root.tag, str) else ""
        if tag == "gexf":
            return
        problem = InteropError("The file is XML, but not GEXF (it starts with <{tag}>).", tag=tag)
    raise GEXFImportError(name, [problem])


def _graph(data: bytes, name: str) -> nx.Graph:
    _check_xml(data, name)
    try:
        return nx.read_gexf(io.BytesIO(data), node_type=str)
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


def read_gexf(source: Path, network: Network) -> list[Change]:
    """The changes that add the file's contents to ``network``, which is left untouched."""
    source = Path(source)
    graph = _graph(read_bytes(source), source.name)
    nodes = [
        _RawNode(order, str(node_id), _node_data(data), None, False)
        for order, (node_id, data) in enumerate(graph.nodes(data=True))
    ]
    edges: list[_RawEdge] = []
    for u, v, data in graph.edges(data=True):
        data = dict(data)
        if "tie_type" in data:
            data["type"] = data.pop("tie_type")
        edges.append(_RawEdge(len(nodes) + len(edges), str(data.pop("id", "")), str(u), str(v), data))
    problems: Problems = []
    changes = _Builder(network, problems).build(nodes, edges)
    if problems:
        raise GEXFImportError(source.name, [p for _, p in sorted(problems, key=lambda p: p[0])])
    return changes


def import_gexf(store: MapStore, network: Network, source: Path) -> ImportSummary:
    return apply_import(store, network, read_gexf(source, network))

"""Export of a map as GraphML or GEXF, for Gephi, yEd, Cytoscape and networkx.

Attributes use the names the GraphML import reads (README, "GraphML import"),
so an exported map imports back with its labels, kinds, organisations,
categories, roles, ratings, qualities and positions. ``knute_id`` carries each
entity's id (and the importer keeps it), and ``tags``, ``resources``,
``reasons`` (items separated by ``;``), ``website``, ``employees``,
``revenue_mnok`` and ``is_example`` complete the fields, so export -> import
into a new map gives the same map. GEXF also gets the positions as
``viz:position``, which Gephi draws from, and each edge's GEXF ``type``:
``directed`` for reports-to and supplier-of, ``undirected`` for the mutual
tie types, so Gephi draws one line without an arrow for them (one edge per
tie either way).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.entities import Node, Organisation, Tie
from ..domain.network import Network
from ..domain.plain import plain
from .files import write_atomically
from .graph_build import LIST_SEPARATOR

if TYPE_CHECKING:
    # imported where used: networkx costs 0.2 s, and the window imports this module at start-up
    import networkx as nx

TIE_FIELDS = (
    "acquaintance", "availability", "trust", "support", "cooperation", "competition",
    "closeness", "last_contact", "notes",
)


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Without unset values (GraphML has no null) and with lists as text."""
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        value = plain(value)
        if value is None or value == "" or value == []:
            continue
        out[name] = f"{LIST_SEPARATOR} ".join(value) if isinstance(value, list) else value
    return out


def _node_attrs(network: Network, node: Node) -> dict[str, Any]:
    common = {"knute_id": node.id, "label": node.name, "x": node.x, "y": node.y,
              "notes": node.notes, "tags": node.tags, "resources": node.resources,
              "is_example": node.is_example or None}
    if isinstance(node, Organisation):
        return _clean({**common, "kind": "organisation", "category": node.category,
                       "description": node.description, "website": node.website,
                       "employees": node.employees, "revenue_mnok": node.revenue_mnok})
    org = network.nodes.get(node.organisation_id) if node.organisation_id else None
    return _clean({**common, "kind": "person", "organisation": org.name if org else None,
                   "title": node.title, "email": node.email, "phone": node.phone, "role": node.role,
                   "attitude": node.attitude, "influence": node.influence})


def _tie_attrs(tie: Tie) -> dict[str, Any]:
    attrs = {name: getattr(tie, name) for name in TIE_FIELDS}
    return _clean({"knute_id": tie.id, "type": tie.type, "reasons": tie.reasons, **attrs,
                   "is_example": tie.is_example or None})


def to_graph(network: Network, *, viz: bool = False) -> nx.MultiDiGraph:
    """The map as a networkx graph: directed, so each tie keeps its source -> target.

    With ``viz`` (GEXF) positions are also ``viz`` data, and the tie type is
    ``tie_type``, because GEXF keeps an edge's ``type`` for directed/undirected
    (mutual tie types are undirected edges; the edge's GEXF id is the tie's).
    """
    import networkx as nx

    graph = nx.MultiDiGraph(name=network.settings.title)
    nodes: list[Node] = sorted((*network.organisations(), *network.contacts()), key=lambda n: n.id)
    for node in nodes:
        attrs = _node_attrs(network, node)
        if viz:
            attrs["viz"] = {"position": {"x": node.x, "y": -node.y, "z": 0.0}}
        graph.add_node(node.id, **attrs)
    for tie in sorted(network.ties.values(), key=lambda t: t.id):
        attrs = _tie_attrs(tie)
        if viz:
            attrs["tie_type"] = attrs.pop("type")
            attrs["type"] = "directed" if tie.directed else "undirected"
            attrs["id"] = tie.id
        graph.add_edge(tie.source_id, tie.target_id, key=tie.id, **attrs)
    return graph


def graphml_bytes(network: Network) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(to_graph(network), buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf_bytes(network: Network) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(to_graph(network, viz=True), buffer, encoding="utf-8", version="1.2draft")
    return buffer.getvalue()


def export_graphml(network: Network, dest: Path) -> None:
    write_atomically(Path(dest), graphml_bytes(network))


def export_gexf(network: Network, dest: Path) -> None:
    write_atomically(Path(dest), gexf_bytes(network))


__all__ = ["export_gexf", "export_graphml", "gexf_bytes", "graphml_bytes", "to_graph"]

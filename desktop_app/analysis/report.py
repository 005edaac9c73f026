"""The JSON of ``knute analyze --json`` and ``knute path --json`` (documented in ``JSON.md``).

Plain dicts of plain values, built from the same ``Analysis`` the GUI shows,
so the CLI and the UI cannot disagree. Texts are in the current language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain.entities import Contact, Organisation
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from .analyzer import Analysis, analyze
from .coverage import Coverage
from .graph import person_graph
from .paths import Path, find_paths
from .quality import TieQuality, tie_qualities

SCHEMA = 1
"""Bumped when a key changes meaning or disappears (adding keys does not bump it)."""
REACH = {2: "strong", 1: "medium", 0: "weak", None: "none"}


class NodeNotFoundError(UserError):
    """A name on the command line that matches no node, or several."""


def find_node(network: Network, text: str) -> NodeId:
    """The node whose id or name (case-insensitive) is ``text``; one match or a readable error."""
    if text in network.nodes:
        return NodeId(text)
    wanted = text.strip().casefold()
    found = sorted(n.id for n in network.nodes.values() if n.name.casefold() == wanted)
    if not found:
        raise NodeNotFoundError("There is nobody called {name} in the map.", name=text)
    if len(found) > 1:
        raise NodeNotFoundError("{count} nodes are called {name}: use the id instead.", count=len(found), name=text)
    return found[0]


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _tie(network: Network, tq: TieQuality) -> dict[str, Any]:
    tie = network.ties[tq.tie_id]
    b = tq.breakdown
    return {
        "id": tie.id, "source": network.name_of(tie.source_id), "target": network.name_of(tie.target_id),
        "type": tie.type.value, "quality": _r(tq.quality, 1), "class": tq.tie_class.value,
        "breakdown": {
            "dimensions": {
                name: {"rating": b.ratings[name], "weight": b.weights[name], "points": _r(b.contributions[name], 1)}
                for name in b.ratings
            },
            "base": _r(b.base, 1),
            "last_contact": b.last_contact.isoformat() if b.last_contact else None,
            "days_since_contact": b.days_since_contact,
            "recency_factor": round(b.recency_factor, 3),
            "undated": b.undated,
            "explanation": tq.explain(),
        },
    }


def _path(network: Network, path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    return {
        "names": [network.name_of(n) for n in path.nodes], "ids": list(path.nodes),
        "qualities": [_r(q, 1) for q in path.qualities], "strength": round(path.strength, 1), "hops": path.hops,
    }


def _coverage(network: Network, cov: Coverage) -> dict[str, Any]:
    return {
        "account": network.name_of(cov.account_id),
        "targets": len(cov.targets), "reached_strong": cov.reached_strong, "reached_any": cov.reached_any,
        "strong_share": round(cov.strong_share, 1), "any_share": round(cov.any_share, 1),
        "through": [network.name_of(p) for p in cov.holders],
        "entry_people": [network.name_of(p) for p in cov.entry_people],
        "people": [
            {"name": network.name_of(t.person), "role": t.role.value, "reach": REACH[t.level],
             "independent_routes": t.routes, "route": _path(network, t.route)}
            for t in cov.targets
        ],
    }


def _nodes(network: Network, analysis: Analysis) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    metrics = analysis.structure.nodes if analysis.structure else {}
    contacts, organisations = [], []
    for node in network.nodes.values():
        m = metrics.get(node.id)
        row: dict[str, Any] = {
            "id": node.id, "name": node.name, "importance": round(analysis.importance[node.id].score, 1),
            "degree": m.degree if m else None, "betweenness": _r(m.betweenness if m else None, 6),
            "eigenvector": _r(m.eigenvector if m else None, 6), "constraint": _r(m.constraint if m else None, 4),
            "community": m.community if m else None,
        }
        if isinstance(node, Contact):
            org = network.organisation_of(node)
            row |= {"organisation": org.name if org else None, "role": node.role.value if node.role else None,
                    "attitude": node.attitude.value, "influence": node.influence}
            contacts.append(row)
        elif isinstance(node, Organisation):
            row |= {"category": node.category.value if node.category else None}
            organisations.append(row)
    def key(r: dict[str, Any]) -> tuple[float, str]:
        return (-r["importance"], r["name"])
    return sorted(contacts, key=key), sorted(organisations, key=key)


def analyze_json(network: Network, *, account_id: NodeId | None = None, today: dt.date | None = None) -> dict:
    """Everything ``knute analyze --json`` prints."""
    analysis = analyze(network, today=today, account_id=account_id)
    contacts, organisations = _nodes(network, analysis)
    structure = analysis.structure
    account = account_id or network.settings.account_id
    cov = analysis.coverage_of(account) if account else None
    return {
        "schema": SCHEMA,
        "map": {"title": network.settings.title, "today": analysis.today.isoformat(),
                "account": network.name_of(account) if account else None},
        "contacts": contacts,
        "organisations": organisations,
        "ties": [_tie(network, analysis.qualities[t]) for t in sorted(network.ties, key=lambda t: (
            network.name_of(network.ties[t].source_id), network.name_of(network.ties[t].target_id), t))],
        "findings": [
            {"kind": f.kind.value, "severity": f.severity.value, "message": f.message,
             "people": [network.name_of(p) for p in f.people], "people_ids": list(f.people), "ties": list(f.ties),
             "suggested_action": f.suggested_action}
            for f in analysis.findings
        ],
        "coverage": _coverage(network, cov) if cov else None,
        "metrics": None if structure is None else {
            "nodes": structure.node_count, "links": structure.link_count, "density": round(structure.density, 6),
            "components": [{"size": c.size, "people": c.people, "average_path_length": _r(c.average_path_length, 3)}
                           for c in structure.components],
            "communities": structure.community_count,
            "betweenness": "exact" if structure.betweenness_exact else "sampled",
        },
    }


def path_json(network: Network, source_id: NodeId | None, target_id: NodeId, *, today: dt.date | None = None) -> dict:
    """Everything ``knute path --json`` prints; ``source_id`` None starts from our people."""
    qualities = tie_qualities(network, today or dt.date.today())
    result = find_paths(network, person_graph(network, qualities), qualities, source_id, target_id)
    return {
        "schema": SCHEMA,
        "from": network.name_of(source_id) if source_id else None,
        "to": network.name_of(target_id),
        "strongest": _path(network, result.strongest),
        "shortest": _path(network, result.shortest),
        "differ": result.differ,
    }

"""A fragment of a map for copy, paste and duplicate: nodes, the ties among them, their interactions.

Pasting gives every entity a new id, keeps references inside the fragment,
keeps a contact's organisation when the target map has it, and shifts
positions so the copy does not hide the original. The text form is JSON, so
a fragment travels through the clipboard between two open maps (or two Knute
processes).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .changes import Added, Change
from .entities import Contact, Interaction, Node, Organisation, Tie
from .errors import DomainError
from .ids import new_interaction_id, new_node_id, new_tie_id
from .network import Network
from .plain import plain

MIME_TYPE = "application/x-knute-fragment"
FORMAT = "knute-fragment"
_KINDS: dict[str, type] = {"organisation": Organisation, "contact": Contact, "tie": Tie, "interaction": Interaction}


@dataclass(frozen=True)
class Fragment:
    nodes: tuple[Node, ...]
    ties: tuple[Tie, ...]
    interactions: tuple[Interaction, ...]

    @property
    def empty(self) -> bool:
        return not self.nodes and not self.ties


def extract(network: Network, ids: Iterable[str]) -> Fragment:
    """The chosen nodes, every tie among them (and chosen ties whose ends are chosen), with interactions."""
    chosen = set(ids)
    nodes = tuple(network.nodes[i] for i in sorted(chosen) if i in network.nodes)
    node_ids = {n.id for n in nodes}
    ties = tuple(
        t for t in sorted(network.ties.values(), key=lambda t: t.id)
        if t.source_id in node_ids and t.target_id in node_ids
    )
    interactions = tuple(i for t in ties for i in network.interactions_of(t.id))
    return Fragment(nodes, ties, interactions)


def paste_changes(network: Network, fragment: Fragment, offset: tuple[float, float]) -> tuple[list[Change], list[str]]:
    """Add a copy of the fragment to the network; returns the changes and the new node and tie ids."""
    dx, dy = offset
    new_ids: dict[str, str] = {n.id: new_node_id() for n in fragment.nodes}
    new_ids.update({t.id: new_tie_id() for t in fragment.ties})
    entities: list[Any] = []
    # Organisations first: pasted contacts may belong to them.
    for node in sorted(fragment.nodes, key=lambda n: isinstance(n, Contact)):
        fields: dict[str, Any] = {"id": new_ids[node.id], "x": node.x + dx, "y": node.y + dy, "is_example": False}
        if isinstance(node, Contact) and node.organisation_id:
            org = node.organisation_id
            fields["organisation_id"] = new_ids.get(org) or (org if isinstance(network.nodes.get(org), Organisation) else None)
        entities.append(dataclasses.replace(node, **fields))
    for tie in fragment.ties:
        entities.append(dataclasses.replace(
            tie, id=new_ids[tie.id], source_id=new_ids[tie.source_id], target_id=new_ids[tie.target_id], is_example=False,
        ))
    for interaction in fragment.interactions:
        if interaction.tie_id in new_ids:
            entities.append(dataclasses.replace(interaction, id=new_interaction_id(), tie_id=new_ids[interaction.tie_id]))
    changes: list[Change] = [Added(e) for e in entities]
    network.apply(changes)
    return changes, [new_ids[n.id] for n in fragment.nodes] + [new_ids[t.id] for t in fragment.ties]


# ---- text form ---------------------------------------------------------------
def _kind_name(entity: Any) -> str:
    return next(name for name, kind in _KINDS.items() if isinstance(entity, kind))


def dumps(fragment: Fragment) -> str:
    items = [
        {"kind": _kind_name(e), **{f.name: plain(getattr(e, f.name)) for f in dataclasses.fields(e)}}
        for e in (*fragment.nodes, *fragment.ties, *fragment.interactions)
    ]
    return json.dumps({"format": FORMAT, "items": items}, ensure_ascii=False)


def loads(text: str) -> Fragment:
    """Read a fragment; anything else on the clipboard raises a DomainError a user can read."""
    try:
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError
        nodes, ties, interactions = [], [], []
        for item in doc["items"]:
            fields = dict(item)
            kind = _KINDS[fields.pop("kind")]
            entity = kind(**fields)
            (nodes if kind in (Contact, Organisation) else ties if kind is Tie else interactions).append(entity)
    except DomainError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DomainError("The clipboard does not hold Knute contacts or ties.") from None
    return Fragment(tuple(nodes), tuple(ties), tuple(interactions))

"""Entity <-> row conversion. Rows read from a file are untrusted: entities validate them."""

from __future__ import annotations

import json
from typing import Any

from ..domain.entities import Action, Contact, Interaction, MapSettings, Organisation, Tie
from ..domain.changes import Entity

TABLE_OF: dict[type, str] = {
    Organisation: "nodes",
    Contact: "nodes",
    Tie: "ties",
    Interaction: "interactions",
    Action: "actions",
}

_NODE_COLUMNS = (
    "id", "kind", "name", "notes", "tags", "resources", "x", "y", "is_example",
    "description", "category", "employees", "revenue_mnok", "website",
    "title", "organisation_id", "email", "phone", "role", "attitude", "influence",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "nodes": _NODE_COLUMNS,
    "ties": (
        "id", "source_id", "target_id", "type", "acquaintance", "availability", "trust", "support",
        "closeness", "reasons", "cooperation", "competition", "last_contact", "notes", "is_example",
    ),
    "interactions": ("id", "tie_id", "date", "kind", "note"),
    "actions": ("id", "title", "node_id", "tie_id", "owner_id", "due", "status", "intent", "note"),
}
SETTINGS_COLUMNS = (
    "title", "description", "author", "account_id",
    "weight_acquaintance", "weight_availability", "weight_trust", "weight_support",
    "half_life_days", "strong_threshold", "weak_threshold", "stale_after_days",
)


def _json_list(values: Any) -> str:
    return json.dumps(sorted(str(v) for v in values) if isinstance(values, frozenset) else list(values),
                      ensure_ascii=False)


def _from_json_list(raw: Any) -> list[Any]:
    if raw in (None, ""):
        return []
    value = json.loads(raw)
    if not isinstance(value, list):
        raise ValueError("expected a JSON list")
    return value


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def to_row(entity: Entity) -> dict[str, Any]:
    if isinstance(entity, Organisation):
        return {
            "id": entity.id, "kind": "organisation", "name": entity.name, "notes": entity.notes,
            "tags": _json_list(entity.tags), "resources": _json_list(entity.resources),
            "x": entity.x, "y": entity.y, "is_example": int(entity.is_example),
            "description": entity.description,
            "category": entity.category.value if entity.category else None,
            "employees": entity.employees, "revenue_mnok": entity.revenue_mnok,
            "website": entity.website,
            "title": None, "organisation_id": None, "email": None, "phone": None,
            "role": None, "attitude": None, "influence": None,
        }
    if isinstance(entity, Contact):
        return {
            "id": entity.id, "kind": "contact", "name": entity.name, "notes": entity.notes,
            "tags": _json_list(entity.tags), "resources": _json_list(entity.resources),
            "x": entity.x, "y": entity.y, "is_example": int(entity.is_example),
            "description": None, "category": None, "employees": None, "revenue_mnok": None,
            "website": None,
            "title": entity.title, "organisation_id": entity.organisation_id,
            "email": entity.email, "phone": entity.phone,
            "role": entity.role.value if entity.role else None,
            "attitude": entity.attitude.value, "influence": entity.influence,
        }
    if isinstance(entity, Tie):
        return {
            "id": entity.id, "source_id": entity.source_id, "target_id": entity.target_id,
            "type": entity.type.value, "acquaintance": entity.acquaintance,
            "availability": entity.availability, "trust": entity.trust, "support": entity.support,
            "closeness": entity.closeness.value if entity.closeness else None,
            "reasons": _json_list(entity.reasons), "cooperation": entity.cooperation,
            "competition": entity.competition, "last_contact": _iso(entity.last_contact),
            "notes": entity.notes, "is_example": int(entity.is_example),
        }
    if isinstance(entity, Interaction):
        return {
            "id": entity.id, "tie_id": entity.tie_id, "date": entity.date.isoformat(),
            "kind": entity.kind.value, "note": entity.note,
        }
    if isinstance(entity, Action):
        return {
            "id": entity.id, "title": entity.title, "node_id": entity.node_id,
            "tie_id": entity.tie_id, "owner_id": entity.owner_id, "due": _iso(entity.due),
            "status": entity.status.value, "intent": entity.intent.value if entity.intent else None,
            "note": entity.note,
        }
    raise TypeError(entity)


def node_from_row(row: dict[str, Any]) -> Organisation | Contact:
    common = {
        "id": row["id"], "name": row["name"], "notes": row["notes"] or "",
        "tags": _from_json_list(row["tags"]), "resources": _from_json_list(row["resources"]),
        "x": row["x"], "y": row["y"], "is_example": bool(row["is_example"]),
    }
    if row["kind"] == "organisation":
        return Organisation(
            **common, description=row["description"] or "", category=row["category"],
            employees=row["employees"], revenue_mnok=row["revenue_mnok"], website=row["website"] or "",
        )
    if row["kind"] == "contact":
        return Contact(
            **common, title=row["title"] or "", organisation_id=row["organisation_id"],
            email=row["email"] or "", phone=row["phone"] or "", role=row["role"],
            attitude=row["attitude"], influence=row["influence"],
        )
    raise ValueError(f"unknown node kind {row['kind']!r}")


def tie_from_row(row: dict[str, Any]) -> Tie:
    return Tie(
        id=row["id"], source_id=row["source_id"], target_id=row["target_id"], type=row["type"],
        acquaintance=row["acquaintance"], availability=row["availability"], trust=row["trust"],
        support=row["support"], closeness=row["closeness"], reasons=_from_json_list(row["reasons"]),
        cooperation=row["cooperation"], competition=row["competition"],
        last_contact=row["last_contact"], notes=row["notes"] or "", is_example=bool(row["is_example"]),
    )


def interaction_from_row(row: dict[str, Any]) -> Interaction:
    return Interaction(id=row["id"], tie_id=row["tie_id"], date=row["date"], kind=row["kind"], note=row["note"] or "")


def action_from_row(row: dict[str, Any]) -> Action:
    return Action(
        id=row["id"], title=row["title"], node_id=row["node_id"], tie_id=row["tie_id"],
        owner_id=row["owner_id"], due=row["due"], status=row["status"], intent=row["intent"],
        note=row["note"] or "",
    )


def settings_to_row(settings: MapSettings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in SETTINGS_COLUMNS}


def settings_from_row(row: dict[str, Any]) -> MapSettings:
    return MapSettings(**{name: row[name] for name in SETTINGS_COLUMNS})

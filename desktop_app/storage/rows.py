"""Entity <-> row conversion. Rows read from a file are untrusted: entities validate them."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from typing import Any

from ..domain import values as v
from ..domain.changes import Entity
from ..domain.entities import Action, Contact, Goal, Interaction, MapSettings, Organisation, Tie
from ..domain.enums import Closeness, TieReason, TieType

TABLE_OF: dict[type, str] = {
    Organisation: "nodes",
    Contact: "nodes",
    Tie: "ties",
    Interaction: "interactions",
    Action: "actions",
    Goal: "goals",
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
    "goals": ("id", "organisation_id", "text", "horizon", "strategy"),
}
SELECT_SQL: dict[str, str] = {table: f"SELECT {', '.join(columns)} FROM {table}" for table, columns in COLUMNS.items()}
"""Reads a table's rows in the column order the *_from_row functions unpack."""

SETTINGS_COLUMNS = (
    "title", "description", "author", "account_id",
    "weight_acquaintance", "weight_availability", "weight_trust", "weight_support",
    "half_life_days", "strong_threshold", "weak_threshold", "stale_after_days",
)


def _json_list(values: Any) -> str:
    try:
        return _json_list_cached(values)
    except TypeError:  # unhashable (a list): encoded each time
        return _encode_list(values)


def _encode_list(values: Any) -> str:
    return json.dumps(sorted(str(v) for v in values) if isinstance(values, frozenset) else list(values),
                      ensure_ascii=False)


_json_list_cached = functools.lru_cache(maxsize=4096)(_encode_list)
"""Encoded once per distinct value: most entities share a few lists of tags, resources and reasons."""


@functools.lru_cache(maxsize=4096)
def _from_json_list(raw: Any) -> tuple[Any, ...]:
    """Decoded once per distinct text: most rows share a few lists of tags, resources and reasons."""
    if raw in (None, "", "[]"):
        return ()
    value = json.loads(raw)
    if not isinstance(value, list):
        raise ValueError("expected a JSON list")
    return tuple(value)


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
    if isinstance(entity, Goal):
        return {
            "id": entity.id, "organisation_id": entity.organisation_id, "text": entity.text,
            "horizon": entity.horizon.value, "strategy": entity.strategy,
        }
    raise TypeError(entity)


# The *_from_row functions take plain tuples in COLUMNS order (``SELECT_SQL``):
# unpacking a tuple is much cheaper than looking columns up by name in a sqlite3.Row.


def node_from_row(row: Sequence[Any]) -> Organisation | Contact:
    (id_, kind, name, notes, tags, resources, x, y, is_example, description, category, employees,
     revenue_mnok, website, title, organisation_id, email, phone, role, attitude, influence) = row
    if kind == "organisation":
        return Organisation(
            id=id_, name=name, notes=notes or "", tags=_from_json_list(tags),
            x=x, y=y, is_example=bool(is_example),
            resources=_from_json_list(resources),  # type: ignore[arg-type]  # the entity coerces
            description=description or "", category=category, employees=employees,
            revenue_mnok=revenue_mnok, website=website or "",
        )
    if kind == "contact":
        return Contact(
            id=id_, name=name, notes=notes or "", tags=_from_json_list(tags),
            x=x, y=y, is_example=bool(is_example),
            resources=_from_json_list(resources),  # type: ignore[arg-type]  # the entity coerces
            title=title or "", organisation_id=organisation_id, email=email or "", phone=phone or "",
            role=role, attitude=attitude, influence=influence,
        )
    raise ValueError(f"unknown node kind {kind!r}")


_new = object.__new__
_set = object.__setattr__
_TIE_TYPES = TieType._value2member_map_
_CLOSENESS = Closeness._value2member_map_


@functools.lru_cache(maxsize=4096)
def _reasons(raw: Any) -> frozenset[TieReason] | None:
    """The reasons of a stored list, or None when any is not a known reason."""
    try:
        return frozenset(TieReason._value2member_map_[r] for r in _from_json_list(raw))  # type: ignore[misc]
    except (KeyError, TypeError, ValueError):
        return None


def _plain_rating(value: Any) -> bool:
    return value is None or (type(value) is int and 1 <= value <= 5)


def tie_from_row(row: Sequence[Any]) -> Tie:
    (id_, source_id, target_id, type_, acquaintance, availability, trust, support, closeness, reasons,
     cooperation, competition, last_contact, notes, is_example) = row
    # Fast path for rows that are plainly valid: every check the constructor makes, done
    # inline, then the fields set directly. Anything unusual takes the constructor, which
    # raises the readable error. tests/storage/test_rows_fast_path.py proves both agree.
    kind = _TIE_TYPES.get(type_) if type(type_) is str else None
    close = _CLOSENESS.get(closeness) if type(closeness) is str else None
    why = _reasons(reasons)
    if (
        kind is not None and why is not None and (closeness is None or close is not None)
        and type(source_id) is str and type(target_id) is str and source_id and target_id and source_id != target_id
        and _plain_rating(acquaintance) and _plain_rating(availability) and _plain_rating(trust)
        and _plain_rating(support) and _plain_rating(cooperation) and _plain_rating(competition)
        and (last_contact is None or (type(last_contact) is str and len(last_contact) == 10))
        and type(notes) is str and len(notes) <= v.MAX_TEXT and (not notes or (notes.isascii() and "\x00" not in notes))
    ):
        try:
            day = None if last_contact is None else dt.date.fromisoformat(last_contact)
        except ValueError:
            pass
        else:
            tie = _new(Tie)
            _set(tie, "id", id_)
            _set(tie, "source_id", source_id)
            _set(tie, "target_id", target_id)
            _set(tie, "type", kind)
            _set(tie, "acquaintance", acquaintance)
            _set(tie, "availability", availability)
            _set(tie, "trust", trust)
            _set(tie, "support", support)
            _set(tie, "closeness", close)
            _set(tie, "reasons", why)
            _set(tie, "cooperation", cooperation)
            _set(tie, "competition", competition)
            _set(tie, "last_contact", day)
            _set(tie, "notes", notes)
            _set(tie, "is_example", bool(is_example))
            return tie
    return Tie(
        id=id_, source_id=source_id, target_id=target_id, type=type_,
        acquaintance=acquaintance, availability=availability, trust=trust, support=support,
        closeness=closeness, cooperation=cooperation,
        reasons=_from_json_list(reasons),  # type: ignore[arg-type]  # the entity coerces
        competition=competition, last_contact=last_contact, notes=notes or "", is_example=bool(is_example),
    )


def interaction_from_row(row: Sequence[Any]) -> Interaction:
    id_, tie_id, date, kind, note = row
    return Interaction(id=id_, tie_id=tie_id, date=date, kind=kind, note=note or "")


def action_from_row(row: Sequence[Any]) -> Action:
    id_, title, node_id, tie_id, owner_id, due, status, intent, note = row
    return Action(
        id=id_, title=title, node_id=node_id, tie_id=tie_id, owner_id=owner_id, due=due,
        status=status, intent=intent, note=note or "",
    )


def goal_from_row(row: Sequence[Any]) -> Goal:
    id_, organisation_id, text, horizon, strategy = row
    return Goal(id=id_, organisation_id=organisation_id, text=text, horizon=horizon, strategy=strategy or "")


def settings_to_row(settings: MapSettings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in SETTINGS_COLUMNS}


def settings_from_row(row: dict[str, Any]) -> MapSettings:
    return MapSettings(**{name: row[name] for name in SETTINGS_COLUMNS})

"""Knute's own interchange format: a lossless JSON dump of a map (documented in the README).

Export writes every entity with every field and its id; import gives back the
same map (ids, fields, positions). Into a map that already holds entities, an
entity whose id is already there replaces it when it differs (counted as
updated), and is skipped when it is the same. The map's settings are taken
from the file only when the map is empty, so importing into a working map
never changes its title or weights.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.changes import Added, Change, Entity, SettingsChanged, Updated
from ..domain.entities import Action, Contact, Goal, Interaction, MapSettings, Organisation, Tie
from ..domain.errors import UserError
from ..domain.network import Network
from ..domain.plain import plain as _value
from .errors import ImportProblemsError, InteropError, located
from .files import decode_text, read_bytes, write_atomically
from .merge import MergeSummary, apply_merge
from .progress import Progress, report

if TYPE_CHECKING:
    from ..storage import MapStore

FORMAT = "knute-map"
VERSION = 1
SECTIONS: tuple[tuple[str, type], ...] = (
    ("organisations", Organisation), ("contacts", Contact), ("ties", Tie),
    ("interactions", Interaction), ("actions", Action), ("goals", Goal),
)
"""In dependency order: what an entity refers to comes before it."""


class JSONImportError(ImportProblemsError):
    """A JSON file that is not a Knute map as it is."""


# ---- export ------------------------------------------------------------------
def _fields(entity: Any) -> dict[str, Any]:
    return {f.name: _value(getattr(entity, f.name)) for f in dataclasses.fields(entity)}


def to_dict(network: Network) -> dict[str, Any]:
    """The map as plain JSON values, entities sorted by id so the same map gives the same file."""
    tables: dict[type, Iterable[Any]] = {
        Organisation: network.organisations(), Contact: network.contacts(), Tie: network.ties.values(),
        Interaction: network.interactions.values(), Action: network.actions.values(),
        Goal: network.goals.values(),
    }
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "settings": _fields(network.settings)}
    for section, kind in SECTIONS:
        out[section] = [_fields(e) for e in sorted(tables[kind], key=lambda e: e.id)]
    return out


def dumps(network: Network) -> str:
    return json.dumps(to_dict(network), ensure_ascii=False, indent=2) + "\n"


def export_json(network: Network, dest: Path) -> None:
    write_atomically(Path(dest), dumps(network).encode("utf-8"))


# ---- import ------------------------------------------------------------------
def _where(section: str, index: int, item: Any, problem: UserError) -> UserError:
    entity_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(entity_id, str) and entity_id:
        return located("{section}[{index}] (id {id})", problem, section=section, index=index, id=entity_id)
    return located("{section}[{index}]", problem, section=section, index=index)


def _build(kind: type, item: Any, required_id: bool = True) -> Any:
    if not isinstance(item, dict):
        raise InteropError("It must be a JSON object.")
    names = {f.name for f in dataclasses.fields(kind)}
    unknown = sorted(set(item) - names)
    if unknown:
        raise InteropError("Unknown fields: {fields}.", fields=", ".join(map(str, unknown)))
    if required_id and not (isinstance(item.get("id"), str) and item["id"].strip()):
        raise InteropError("It needs an id (text).")
    for name, value in item.items():
        if isinstance(value, dict):
            raise InteropError("The field {field} cannot be an object.", field=name)
    try:
        return kind(**item)
    except TypeError as exc:  # a required field missing
        raise InteropError("A required field is missing ({reason}).", reason=str(exc).split(": ")[-1]) from None


def parse(data: bytes, name: str) -> tuple[MapSettings, list[Entity]]:
    """The settings and entities of a Knute JSON file; JSONImportError lists every problem."""
    text, _ = decode_text(data)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JSONImportError(name, [InteropError(
            "The file is not valid JSON (line {line}, column {column}: {reason}).",
            line=exc.lineno, column=exc.colno, reason=exc.msg,
        )]) from None
    except RecursionError:
        raise JSONImportError(name, [InteropError("The file is nested too deeply to be a Knute map.")]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise JSONImportError(name, [InteropError("The file is JSON, but not a Knute map (no \"format\": \"knute-map\").")])
    if doc.get("version") != VERSION:
        raise JSONImportError(name, [InteropError(
            "The file is a Knute map of format version {version}; this Knute reads version {supported}.",
            version=doc.get("version"), supported=VERSION,
        )])
    problems: list[UserError] = []
    settings = MapSettings()
    try:
        settings = _build(MapSettings, doc.get("settings", {}), required_id=False)
    except UserError as exc:
        problems.append(located("settings", exc))
    entities: list[Entity] = []
    seen: set[str] = set()
    for section, kind in SECTIONS:
        items = doc.get(section, [])
        if not isinstance(items, list):
            problems.append(located("{section}", InteropError("It must be a list."), section=section))
            continue
        for index, item in enumerate(items):
            try:
                entity = _build(kind, item)
            except UserError as exc:
                problems.append(_where(section, index, item, exc))
                continue
            if entity.id in seen:
                problems.append(_where(section, index, item, InteropError("Another entry of the file has the same id.")))
                continue
            seen.add(entity.id)
            entities.append(entity)
    if problems:
        raise JSONImportError(name, problems)
    return settings, entities


def read_json(source: Path, network: Network, *, progress: Progress | None = None) -> tuple[list[Change], MergeSummary]:
    """The changes that bring the file's map into ``network`` (left untouched), and their summary."""
    source = Path(source)
    settings, entities = parse(read_bytes(source), source.name)
    report(progress, 0.6)
    changes: list[Change] = []
    unchanged = 0
    for entity in entities:
        current = network.entity(type(entity), entity.id)
        if current is not None and type(current) is not type(entity):
            raise JSONImportError(source.name, [InteropError(
                "The id {id} is a contact in one and an organisation in the other (the file and the map).",
                id=entity.id,
            )])
        if current is None:
            changes.append(Added(entity))
        elif current != entity:
            changes.append(Updated(current, entity))
        else:
            unchanged += 1
    if not network.nodes and network.settings != settings:
        changes.append(SettingsChanged(network.settings, settings))  # last: it may name an account
    # A dry run proves every reference (and the uniqueness of ties) before the file is touched.
    try:
        network.apply(changes)
    except UserError as exc:
        raise JSONImportError(source.name, [exc]) from None
    network.revert(changes)
    report(progress, 1.0)
    return changes, MergeSummary.of(changes, unchanged=unchanged)


def import_json(store: MapStore, network: Network, source: Path) -> MergeSummary:
    changes, summary = read_json(source, network)
    apply_merge(store, network, changes)
    return summary

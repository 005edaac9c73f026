"""The first rows of a sheet as they will be imported, for the column-mapping dialog.

Reads the header and about twenty rows without reading the whole file (a
CSV's first megabyte), and renders each row through the chosen mapping exactly
as the import will: the person or tie it becomes, or why it cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe
from ..i18n.labels import label
from .columns import TIES, ColumnMapping, guess, header_key
from .errors import ImportProblemsError
from .files import read_bytes
from .merge import PersonRecord
from .tabular import UNITS, Getter, TableImportError, person_record, sheet_kind, sheet_rows, split_header
from .tie_list import Resolver, TieRecord, tie_record

PREVIEW_ROWS = 20
HEAD_BYTES = 1 << 20
"""Bytes of a CSV read for its preview (the header and the first rows)."""

CONTACT_COLUMNS = ("name", "organisation", "title", "email", "phone", "role", "attitude", "influence", "tags", "notes")
TIE_COLUMNS = ("source", "target", "type", "acquaintance", "availability", "trust", "support", "closeness",
               "cooperation", "competition", "last_contact", "notes")


@dataclass(frozen=True, slots=True)
class TablePreview:
    """The header and the first rows of a sheet."""

    kind: str
    """csv or xlsx."""
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def unit(self) -> str:
        return UNITS[self.kind]

    @property
    def key(self) -> str:
        return header_key(self.header)

    def guess(self, kind: str | None = None) -> ColumnMapping:
        return guess(self.header, kind)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    values: tuple[str, ...]
    """One per column of ``columns(kind)``."""
    problem: str
    """Why the row cannot be read (in the current language), or ""."""


def preview_table(source: Path, limit: int = PREVIEW_ROWS) -> TablePreview:
    """The header and first ``limit`` rows of ``source``; TableImportError when it cannot be read."""
    source = Path(source)
    try:
        data = _head(source)
        kind = sheet_kind(source, data)
        _, rows = sheet_rows(data, kind)
        _, header, body = split_header(rows)
        first: list[tuple[int, tuple[str, ...]]] = []
        try:
            for line, row in body:
                if len(first) >= limit:
                    break
                first.append((line, tuple(row)))
        except UserError:
            if not first:
                raise  # a row near the top cannot be read; further down, the import will say where
    except ImportProblemsError:
        raise
    except UserError as exc:
        raise TableImportError(source.name, [exc]) from None
    return TablePreview(kind, tuple(header), tuple(first))


def _head(source: Path) -> bytes:
    """A CSV's first megabyte, cut after a whole line; an XLSX whole (a zip is read from its end)."""
    if source.is_file() and source.suffix.lower() not in (".xlsx", ".xlsm"):
        try:
            with source.open("rb") as file:
                head = file.read(HEAD_BYTES + 1)
        except OSError:
            return read_bytes(source)  # says why, in the user's words
        if head[:4] != b"PK\x03\x04":
            if len(head) > HEAD_BYTES:
                head = head[: head.rfind(b"\n") + 1] or head[:HEAD_BYTES]
            return head
    return read_bytes(source)


def columns(kind: str) -> tuple[str, ...]:
    """The fields a preview row shows, in order."""
    return TIE_COLUMNS if kind == TIES else CONTACT_COLUMNS


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return label(value)
    return str(value)


def preview_rows(preview: TablePreview, mapping: ColumnMapping, network: Network | None = None) -> list[PreviewRow]:
    """The preview's rows as ``mapping`` imports them; for a tie list, ends looked up in ``network``."""
    get = Getter(mapping)
    resolve = Resolver(network) if network is not None and mapping.kind == TIES else None
    shown: list[PreviewRow] = []
    for line, row in preview.rows:
        where: tuple[str, dict[str, object]] = (preview.unit, {"line": line})
        values = get(row)
        try:
            if mapping.kind == TIES:
                tie: TieRecord = tie_record(values, where)
                fields: dict[str, Any] = {"source": tie.source, "target": tie.target, "type": tie.type, **tie.values}
                if resolve is not None:
                    resolve(tie.source)
                    resolve(tie.target)
            else:
                person: PersonRecord = person_record(values, where)
                fields = {name: getattr(person, name) for name in CONTACT_COLUMNS}
            problem = ""
        except UserError as exc:
            fields = dict(values)
            if mapping.kind != TIES and "name" not in fields:
                fields["name"] = " ".join(p for p in (values.get("first_name"), values.get("last_name")) if p)
            problem = describe(exc)
        shown.append(PreviewRow(line, tuple(_shown(fields.get(name)) for name in columns(mapping.kind)), problem))
    return shown

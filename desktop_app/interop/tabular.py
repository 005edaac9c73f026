"""Import of contact lists from CSV and XLSX sheets (Excel, CRM exports) into a map.

The first row is the header; columns are recognised by their name, in English
or Norwegian, ignoring case and punctuation (``E-mail``, ``e-post``, ``Email
Address`` are one column): name (or first + last name), organisation, title,
e-mail, phone, notes, tags (separated by ``,`` or ``;``). Other columns are
ignored. CSV text is UTF-8 (with or without BOM) or Windows-1252; the
separator is ``,``, ``;`` (Norwegian Excel) or tab, whichever the header uses
most. Rows are merged with the map by the rules in merge.py.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from .errors import ImportProblemsError, InteropError, located
from .files import decode_text, read_bytes
from .merge import MergeSummary, PersonRecord, apply_merge, check_problems, plan_merge

if TYPE_CHECKING:
    from ..storage import MapStore

SEPARATORS = (";", ",", "\t")
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "navn", "fulltnavn", "contact", "kontakt", "displayname"),
    "first": ("firstname", "givenname", "fornavn"),
    "last": ("lastname", "surname", "familyname", "etternavn"),
    "organisation": ("organisation", "organization", "company", "firma", "bedrift", "organisasjon", "account", "kunde"),
    "title": ("title", "jobtitle", "position", "stilling", "tittel", "rolle"),
    "email": ("email", "emailaddress", "mail", "epost", "epostadresse"),
    "phone": ("phone", "telephone", "mobile", "mobilephone", "telefon", "mobil", "tlf"),
    "notes": ("notes", "note", "comment", "comments", "notater", "merknad", "kommentar"),
    "tags": ("tags", "categories", "kategorier", "stikkord"),
}


class TableImportError(ImportProblemsError):
    """A sheet that cannot be imported as it is."""


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _columns(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        word = _norm(title)
        for field, names in COLUMNS.items():
            if word in names and field not in found:
                found[field] = index
    return found


def _csv_rows(data: bytes) -> Iterable[tuple[int, list[str]]]:
    """Each row with the line it starts on."""
    text, _ = decode_text(data)
    first = text.split("\n", 1)[0]
    separator = max(SEPARATORS, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise located("Line {line}", InteropError("It cannot be read ({reason}).", reason=str(exc)), line=line) from None
        yield line, row


def _xlsx_rows(data: bytes) -> Iterable[tuple[int, list[str]]]:
    """Each row of the first sheet with its row number; cells as text."""
    import openpyxl  # loads only for XLSX files

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError, EOFError) as exc:
        raise InteropError("The file is not an Excel workbook (.xlsx) that Knute can read ({reason}).",
                           reason=str(exc) or type(exc).__name__) from None
    except Exception as exc:  # openpyxl raises its own and lxml/zip errors on damaged files
        raise InteropError("The file is not an Excel workbook (.xlsx) that Knute can read ({reason}).",
                           reason=str(exc) or type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, ["" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))
                           for v in row]
    except Exception as exc:
        raise InteropError("The workbook is damaged ({reason}).", reason=str(exc) or type(exc).__name__) from None
    finally:
        book.close()


def parse_rows(rows: Iterable[tuple[int, list[str]]], unit: str = "Line {line}") -> tuple[list[PersonRecord], list[UserError]]:
    records: list[PersonRecord] = []
    problems: list[UserError] = []
    columns: dict[str, int] | None = None
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = _columns(row)
            if "name" not in columns and "first" not in columns and "last" not in columns:
                raise located(unit, InteropError(
                    "The first row names no column for the name (Name, First Name, Last Name, Navn...)."
                ), line=line)
            continue

        def cell(field: str, row: list[str] = row, columns: dict[str, int] = columns) -> str:
            i = columns.get(field)
            return row[i].strip() if i is not None and i < len(row) else ""

        where: tuple[str, dict[str, object]] = (unit, {"line": line})
        name = cell("name") or " ".join(p for p in (cell("first"), cell("last")) if p)
        if not name:
            problems.append(located(unit, InteropError("It has no name."), line=line))
            continue
        tags = tuple(t.strip() for t in cell("tags").replace(";", ",").split(",") if t.strip())
        records.append(PersonRecord(
            where=where, name=name, organisation=cell("organisation"), title=cell("title"),
            email=cell("email"), phone=cell("phone"), notes=cell("notes"), tags=tags,
        ))
    if columns is None:
        raise InteropError("The file is empty.")
    return records, problems


def parse(data: bytes, name: str, kind: str) -> tuple[list[PersonRecord], list[UserError]]:
    try:
        if kind == "xlsx":
            return parse_rows(_xlsx_rows(data), "Row {line}")
        return parse_rows(_csv_rows(data))
    except ImportProblemsError:
        raise
    except UserError as exc:
        raise TableImportError(name, [exc]) from None


def _kind(source: Path, data: bytes) -> str:
    return "xlsx" if source.suffix.lower() == ".xlsx" or data[:4] == b"PK\x03\x04" else "csv"


def read_table(
    source: Path, network: Network, *, skip_bad: bool = False, me: NodeId | None = None,
) -> tuple[list[Change], MergeSummary]:
    source = Path(source)
    data = read_bytes(source)
    records, problems = parse(data, source.name, _kind(source, data))
    skipped = check_problems(source.name, problems, skip_bad)
    return plan_merge(network, records, me=me, skipped=skipped)


def import_table(
    store: MapStore, network: Network, source: Path, *, skip_bad: bool = False, me: NodeId | None = None,
) -> MergeSummary:
    changes, summary = read_table(source, network, skip_bad=skip_bad, me=me)
    apply_merge(store, network, changes)
    return summary


__all__ = ["import_table", "read_table"]

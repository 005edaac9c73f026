"""Import of CSV and XLSX sheets (Excel, CRM exports): contact lists and tie lists.

The first non-blank row is the header. Which column holds what is a
ColumnMapping (columns.py): guessed from the header, chosen by the user in the
window (with a preview), or given as a file to the command line. A contact
list has a person per row (name, or first + last name; organisation, title,
e-mail, phone, buying-centre role, attitude, influence, tags separated by
``,`` or ``;``, notes) merged with the map by the rules in merge.py; a tie
list has a tie per row between people already in the map (tie_list.py).

CSV text is UTF-8 (with or without BOM) or Windows-1252; the separator is
``,``, ``;`` (Norwegian Excel) or tab, whichever the header line uses most.
XLSX: the first sheet. A cell Knute's export protected against formula
injection (``'=...``) reads back without the quote. Large files are read as a
stream, reporting progress (progress.py).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import values as v
from ..domain.changes import Change
from ..domain.enums import Attitude, BuyingRole
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from ..memory import paused_gc
from . import cells
from .columns import CONTACTS, MULTIPLE, TIES, ColumnMapping, guess
from .errors import ImportProblemsError, InteropError, located
from .files import decode_text, read_bytes
from .merge import MergeSummary, PersonRecord, apply_merge, check_problems, plan_merge
from .progress import Progress, Ticker, report
from .tie_list import plan_ties, tie_record

if TYPE_CHECKING:
    from ..storage import MapStore

SEPARATORS = (";", ",", "\t")
UNITS = {"csv": "Line {line}", "xlsx": "Row {line}"}
READ, PARSE = 0.05, 0.75
"""Progress: reading the file ends at READ, parsing its rows at PARSE; merging takes the rest."""

Row = tuple[int, list[str]]
"""A row with the line (CSV) or row number (XLSX) it starts on."""


class TableImportError(ImportProblemsError):
    """A sheet that cannot be imported as it is."""


def sheet_kind(source: Path, head: bytes) -> str:
    return "xlsx" if source.suffix.lower() in (".xlsx", ".xlsm") or head[:4] == b"PK\x03\x04" else "csv"


# ---- rows ----------------------------------------------------------------------
def _lines(text: str, end: str) -> Iterator[str]:
    """The lines of ``text``, each with its end, one at a time (a copy of a 50 MB text costs 200 MB in StringIO)."""
    start = 0
    while True:
        stop = text.find(end, start)
        if stop < 0:
            if start < len(text):
                yield text[start:]
            return
        yield text[start:stop + 1]
        start = stop + 1


def _csv_rows(text: str) -> tuple[int, Iterator[Row]]:
    """The number of lines, and each row with the line it starts on."""
    end = "\n" if "\n" in text or "\r" not in text else "\r"  # "\r" alone: Excel for Mac's "CSV (Macintosh)"
    first = text[: text.find(end)] if end in text else text
    separator = max(SEPARATORS, key=first.count)
    reader = csv.reader(_lines(text, end), delimiter=separator)

    def rows() -> Iterator[Row]:
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise located("Line {line}", InteropError("It cannot be read ({reason}).", reason=str(exc)),
                              line=line) from None
            yield line, row

    return text.count(end) + 1, rows()


def _xlsx_rows(data: bytes) -> tuple[int, Iterator[Row]]:
    """The number of rows (as the sheet says), and each row of the first sheet; cells as text."""
    import openpyxl  # loads only for XLSX files

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        total = sheet.max_row or 0
    except Exception as exc:  # zipfile, openpyxl, lxml: each raises its own on a damaged file
        raise InteropError("The file is not an Excel workbook (.xlsx) that Knute can read ({reason}).",
                           reason=str(exc) or type(exc).__name__) from None

    def rows() -> Iterator[Row]:
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, [_cell_text(value) for value in row]
        except Exception as exc:
            raise InteropError("The workbook is damaged ({reason}).", reason=str(exc) or type(exc).__name__) from None
        finally:
            book.close()

    return total, rows()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def split_header(rows: Iterable[Row]) -> tuple[int, list[str], Iterator[Row]]:
    """The header row (the first non-blank one), its line, and the non-blank rows after it."""
    iterator = iter(rows)
    for line, row in iterator:
        if any(cell.strip() for cell in row):
            return line, [cells.unescape(c).strip() for c in row], (r for r in iterator if any(c.strip() for c in r[1]))
    raise InteropError("The file is empty.")


def sheet_rows(data: bytes, kind: str) -> tuple[int, Iterator[Row]]:
    if kind == "xlsx":
        return _xlsx_rows(data)
    text, _ = decode_text(data)
    return _csv_rows(text)


# ---- rows to records ---------------------------------------------------------------
Fields = dict[str, str]
"""The text of each field a row fills (blank ones left out)."""


class Getter:
    """A row's fields: for each, the first non-empty column mapped to it (notes and tags: all of them, joined)."""

    __slots__ = ("multiple", "single")

    def __init__(self, mapping: ColumnMapping) -> None:
        columns = {f: mapping.columns(f) for f in dict.fromkeys(mapping.fields) if f}
        self.single = [(f, c[0]) for f, c in columns.items() if len(c) == 1]
        self.multiple = [(f, c) for f, c in columns.items() if len(c) > 1]

    def __call__(self, row: Sequence[str]) -> Fields:
        out: Fields = {}
        width = len(row)
        for field, i in self.single:
            if i < width:
                cell = row[i].strip()
                if cell:
                    out[field] = cells.unescape(cell) if cell[0] == "'" else cell
        for field, columns in self.multiple:
            found = [cells.unescape(row[i].strip()) for i in columns if i < width and row[i].strip()]
            if found:
                out[field] = (", " if field == "tags" else "\n").join(found) if field in MULTIPLE else found[0]
        return out


def checked(value: str, field: str) -> str:
    """``value`` if the map can hold it (the common case, cheaply); else the domain's message."""
    if len(value) > v.MAX_TEXT or "\x00" in value:
        v.text(value, field)
    return value


def person_record(values: Fields, where: tuple[str, dict[str, object]]) -> PersonRecord:
    get = values.get
    name = get("name") or " ".join(p for p in (get("first_name"), get("last_name")) if p)
    if not name:
        raise InteropError("It has no name.")
    role, attitude, influence, tags = get("role"), get("attitude"), get("influence"), get("tags")
    return PersonRecord(
        where=where, name=checked(name, "Name"), organisation=checked(get("organisation", ""), "Organisation"),
        title=checked(get("title", ""), "Title"), email=checked(get("email", ""), "E-mail"),
        phone=checked(get("phone", ""), "Phone"), notes=checked(get("notes", ""), "Notes"),
        tags=cells.items(tags) if tags else (),
        role=cells.choice(role, BuyingRole, "Buying-centre role") if role else None,
        attitude=cells.choice(attitude, Attitude, "Attitude") if attitude else None,
        influence=cells.rating(influence, "Influence") if influence else None,
    )


def records(
    rows: Iterable[Row], mapping: ColumnMapping, unit: str, ticker: Ticker | None = None,
) -> tuple[list[Any], list[UserError]]:
    """The records of the rows (people or ties, as ``mapping`` says) and the rows that cannot be read."""
    get = Getter(mapping)
    make = tie_record if mapping.kind == TIES else person_record
    tick = ticker or Ticker(None)
    found: list[Any] = []
    problems: list[UserError] = []
    for line, row in rows:
        tick(line)
        where: tuple[str, dict[str, object]] = (unit, {"line": line})
        try:
            found.append(make(get(row), where))
        except UserError as exc:
            problems.append(located(unit, exc, line=line))
    return found, problems


@dataclass(frozen=True, slots=True)
class ParsedSheet:
    mapping: ColumnMapping
    records: list[Any]
    """PersonRecord for a contact list, TieRecord for a tie list."""
    problems: list[UserError]
    """Rows that cannot be read, each with its line."""


def parse(
    data: bytes, name: str, kind: str, mapping: ColumnMapping | None = None, progress: Progress | None = None,
) -> ParsedSheet:
    """Every row of the sheet as a record or a located problem; TableImportError when the sheet is unusable."""
    unit = UNITS[kind]
    try:
        total, rows = sheet_rows(data, kind)
        del data
        line, header, body = split_header(rows)
        if mapping is None:
            mapping = guess(header)
            if mapping.problem() is not None:
                raise located(unit, InteropError(
                    "The first row names no column for the name (Name, First Name, Last Name, Navn...)."
                ), line=line)
        problem = mapping.problem()
        if problem is not None:
            raise problem
        ticker = Ticker(progress, start=READ, end=PARSE, total=total)
        found, problems = records(body, mapping, unit, ticker)
    except ImportProblemsError:
        raise
    except UserError as exc:
        raise TableImportError(name, [exc]) from None
    return ParsedSheet(mapping, found, problems)


def read_table(
    source: Path, network: Network, *, skip_bad: bool = False, me: NodeId | None = None,
    mapping: ColumnMapping | None = None, progress: Progress | None = None,
) -> tuple[list[Change], MergeSummary]:
    """The changes a contact list or tie list brings into ``network`` (left untouched), and their summary.

    ``mapping`` says which column holds what (default: guessed from the header).
    """
    source = Path(source)
    box = [read_bytes(source)]  # handed on, not kept: once decoded, the bytes can go
    kind = sheet_kind(source, box[0][:4])
    report(progress, READ)
    with paused_gc():
        sheet = parse(box.pop(), source.name, kind, mapping, progress)
        rest = Ticker(progress, start=PARSE, end=1.0, total=len(sheet.records))
        if sheet.mapping.kind == TIES:
            planned = plan_ties(network, source.name, sheet.records, sheet.problems, skip_bad=skip_bad, ticker=rest)
        else:
            skipped = check_problems(source.name, sheet.problems, skip_bad)
            planned = plan_merge(network, sheet.records, me=me, skipped=skipped, ticker=rest)
    rest.finish()
    return planned


def import_table(
    store: MapStore, network: Network, source: Path, *, skip_bad: bool = False, me: NodeId | None = None,
    mapping: ColumnMapping | None = None,
) -> MergeSummary:
    changes, summary = read_table(source, network, skip_bad=skip_bad, me=me, mapping=mapping)
    apply_merge(store, network, changes)
    return summary


__all__ = ["CONTACTS", "TIES", "ParsedSheet", "TableImportError", "import_table", "parse", "read_table"]

"""Import of LinkedIn's ``Connections.csv`` (Settings → Data privacy → Get a copy of your data).

LinkedIn writes a few lines of notes above the header ("Notes:", a sentence
about e-mail addresses, a blank line); the header is the first line that
starts with ``First Name``. Columns: First Name, Last Name, URL, Email
Address, Company, Position, Connected On (``01 Mar 2024``). Each connection
becomes a person (Company their organisation, Position their title, URL kept
in the notes), merged with the map by the rules in merge.py; with ``me`` (the
importing user, a contact of the map) each gets a tie from ``me`` dated with
the connection date.
"""

from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from .cells import first_date
from .errors import ImportProblemsError, InteropError, located
from .files import decode_text
from .merge import MergeSummary, PersonRecord, apply_merge, read_people
from .progress import Progress, Ticker

if TYPE_CHECKING:
    from ..storage import MapStore

HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
DATE_FORMATS = ("%d %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d %B %Y")


class LinkedInImportError(ImportProblemsError):
    """A LinkedIn export that cannot be imported as it is."""


@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date | None:
    """Cached: a network of 20,000 has a few hundred distinct dates, and strptime is slow."""
    text = text.strip()
    if not text:
        return None
    found = first_date(text, DATE_FORMATS)
    if found is not None:
        return found
    raise InteropError("'{value}' in Connected On is not a date like 01 Mar 2024.", value=text[:40])


def parse(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[PersonRecord], list[UserError]]:
    text, _ = decode_text(data)
    lines = text.splitlines()
    tick = Ticker(progress, start=0.1, end=0.7, total=len(lines))
    header_at = next((i for i, line in enumerate(lines[:50]) if line.lstrip('\ufeff"').startswith("First Name")), None)
    if header_at is None:
        raise LinkedInImportError(name, [InteropError(
            "No header line starting with First Name was found: this is not LinkedIn's Connections.csv.",
        )])
    reader = csv.reader(lines[header_at:])
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        raise LinkedInImportError(name, [located("Line {line}", InteropError(
            "It cannot be read ({reason}).", reason=str(exc)), line=header_at + 1)]) from None
    missing = [h for h in ("First Name", "Last Name") if h not in header]
    if missing:
        raise LinkedInImportError(name, [located("Line {line}", InteropError(
            "The header lacks the columns {columns}.", columns=", ".join(missing)), line=header_at + 1)])
    col = {h: header.index(h) for h in HEADER if h in header}
    records: list[PersonRecord] = []
    problems: list[UserError] = []
    while True:
        line = header_at + reader.line_num + 1
        tick(line)
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(located("Line {line}", InteropError("It cannot be read ({reason}).", reason=str(exc)), line=line))
            break
        if not any(cell.strip() for cell in row):
            continue

        def cell(column: str, row: list[str] = row) -> str:
            i = col.get(column)
            return row[i].strip() if i is not None and i < len(row) else ""

        where: tuple[str, dict[str, object]] = ("Line {line}", {"line": line})
        try:
            name_text = " ".join(p for p in (cell("First Name"), cell("Last Name")) if p)
            if not name_text:
                raise InteropError("It has no name (First Name, Last Name).")
            url = cell("URL")
            records.append(PersonRecord(
                where=where, name=name_text, organisation=cell("Company"), title=cell("Position"),
                email=cell("Email Address"), notes=f"LinkedIn: {url}" if url else "",
                connected_on=_date(cell("Connected On")),
            ))
        except UserError as exc:
            problems.append(located(where[0], exc, **where[1]))
    return records, problems


def read_linkedin(
    source: Path, network: Network, *, skip_bad: bool = False, me: NodeId | None = None,
    progress: Progress | None = None,
) -> tuple[list[Change], MergeSummary]:
    return read_people(parse, source, network, skip_bad=skip_bad, me=me, progress=progress, parsed_at=0.7)


def import_linkedin(
    store: MapStore, network: Network, source: Path, *, skip_bad: bool = False, me: NodeId | None = None,
) -> MergeSummary:
    changes, summary = read_linkedin(source, network, skip_bad=skip_bad, me=me)
    apply_merge(store, network, changes)
    return summary

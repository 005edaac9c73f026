"""Export of a map's contacts, organisations, ties and actions as CSV files or an Excel workbook.

Knute's one table export (the CLI's ``--to csv|xlsx`` and File → Export use it).

XLSX: one sheet each (Contacts, Organisations, Ties, Actions). CSV holds one
table per file: ``OUT`` gets the contacts, and ``OUT`` with
``-organisations``, ``-ties`` and ``-actions`` before the suffix the rest.

Choices, for people who open the files in a spreadsheet:

* UTF-8 with a byte order mark, so Excel reads æ ø å correctly (without it,
  Excel guesses the ANSI code page).
* ``;`` between fields, quoted by the ``csv`` module as needed (RFC 4180
  otherwise): Excel in a Norwegian (or any decimal-comma) locale splits a
  double-clicked file into columns only on ``;``. Knute's own import reads
  ``;``, ``,`` and tab alike, and Data → From Text/CSV reads it everywhere.
* Against formula injection (OWASP "CSV injection"), text that a spreadsheet
  would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or
  a carriage return) gets a leading ``'``; Knute's import takes it off again.
* Headers and values as stored (English field names, vocabulary as in
  DOMAIN.md), so the contacts file reads back as a contact list and the ties
  file as a tie list (``Source``, ``Target``, ...), linking by name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..domain.network import Network
from ..domain.plain import plain
from .cells import FORMULA_START
from .files import write_atomically

Table = tuple[str, list[str], list[list[Any]]]


def safe(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def tables(network: Network) -> list[Table]:
    name = network.name_of
    contacts = sorted(network.contacts(), key=lambda c: (c.name.casefold(), c.id))
    organisations = sorted(network.organisations(), key=lambda o: (o.name.casefold(), o.id))
    ties = sorted(network.ties.values(), key=lambda t: (name(t.source_id).casefold(), name(t.target_id).casefold()))
    actions = sorted(network.actions.values(), key=lambda a: (str(a.due or "9999"), a.title))
    return [
        ("Contacts", ["Name", "Organisation", "Title", "E-mail", "Phone", "Role", "Attitude", "Influence", "Tags", "Notes", "Id"],
         [[c.name, name(c.organisation_id) if c.organisation_id else "", c.title, c.email, c.phone, c.role, c.attitude,
           c.influence, c.tags, c.notes, c.id] for c in contacts]),
        ("Organisations", ["Name", "Category", "Description", "Employees", "Revenue (MNOK)", "Website", "Tags", "Notes", "Id"],
         [[o.name, o.category, o.description, o.employees, o.revenue_mnok, o.website, o.tags, o.notes, o.id]
          for o in organisations]),
        ("Ties", ["Source", "Target", "Type", "Acquaintance", "Availability", "Trust", "Support", "Closeness",
                  "Cooperation", "Competition", "Last contact", "Notes", "Id"],
         [[name(t.source_id), name(t.target_id), t.type, t.acquaintance, t.availability, t.trust, t.support,
           t.closeness, t.cooperation, t.competition, t.last_contact, t.notes, t.id] for t in ties]),
        ("Actions", ["What", "For", "Owner", "Due", "Status", "Intent", "Note", "Id"],
         [[a.title, name(a.node_id) if a.node_id else "", name(a.owner_id) if a.owner_id else "", a.due, a.status,
           a.intent, a.note, a.id] for a in actions]),
    ]


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_paths(dest: Path) -> list[Path]:
    dest = Path(dest)
    return [dest] + [dest.with_name(f"{dest.stem}-{part}{dest.suffix or '.csv'}")
                     for part in ("organisations", "ties", "actions")]


def export_csv(network: Network, dest: Path) -> None:
    for path, (_, header, rows) in zip(csv_paths(dest), tables(network), strict=True):
        write_atomically(path, _csv(header, rows))


def export_xlsx(network: Network, dest: Path) -> None:
    import openpyxl  # loads only for XLSX

    book = openpyxl.Workbook(write_only=True)
    for title, header, rows in tables(network):
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append([safe(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(Path(dest), buffer.getvalue())

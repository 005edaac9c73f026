"""Contacts, ties and actions as CSV files for a spreadsheet.

Choices, for people who open the file in Excel:

* UTF-8 with a byte order mark, so Excel reads æ ø å correctly (without the
  BOM it guesses the ANSI code page).
* Comma-separated, every field quoted as needed by the ``csv`` module
  (RFC 4180). Excel in a Norwegian locale expects ``;`` when a file is
  double-clicked; a ``sep=,`` first line would fix that but makes Excel
  ignore the BOM, which is worse. Data → From Text/CSV reads it either way.
* Headers and vocabulary in the chosen language (this is for reading, not
  for a round trip: the interop formats are for that).
* Against formula injection (OWASP "CSV injection"), a cell whose text
  starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading single quote, so a spreadsheet shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..analysis import Analysis, analyze
from ..analysis.quality import CLASS_NAMES
from ..analysis.text import number
from ..domain.network import Network
from ..i18n import translate
from ..i18n.labels import label
from ..interop.files import write_atomically
from .context import in_language

BOM = "\ufeff"
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
KINDS = ("contacts", "ties", "actions")


def safe(value: object) -> str:
    """The cell as text, defused if a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(RISKY_STARTS) else text


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe(h) for h in header])
    writer.writerows([safe(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8")


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def contacts_csv(network: Network, *, language: str = "en", analysis: Analysis | None = None) -> bytes:
    analysis = analysis or analyze(network)
    with in_language(language):
        header = [translate("Name"), translate("Organisation"), translate("Title"), translate("E-mail"),
                  translate("Phone"), translate("Role"), translate("Attitude"), translate("Influence"),
                  translate("Importance"), translate("Tags"), translate("Notes")]
        rows = []
        for c in sorted(network.contacts(), key=lambda c: c.name.casefold()):
            org = network.organisation_of(c)
            found = analysis.importance.get(c.id)
            rows.append([c.name, org.name if org else "", c.title, c.email, c.phone, label(c.role), label(c.attitude),
                         _int(c.influence), number(found.score) if found else "", ", ".join(c.tags), c.notes])
        return _csv(header, rows)


def ties_csv(network: Network, *, language: str = "en", analysis: Analysis | None = None) -> bytes:
    analysis = analysis or analyze(network)
    with in_language(language):
        header = [translate("From"), translate("To"), translate("Type"), translate("Quality"), translate("Class"),
                  translate("Acquaintance"), translate("Availability"), translate("Trust"), translate("Support"),
                  translate("Closeness"), translate("Cooperation"), translate("Competition"),
                  translate("Last contact"), translate("Notes")]
        rows = []
        for tie in network.ties.values():
            q = analysis.qualities.get(tie.id)
            rows.append([
                network.name_of(tie.source_id), network.name_of(tie.target_id), label(tie.type),
                "" if q is None or q.quality is None else number(q.quality, 1),
                translate(CLASS_NAMES[q.tie_class]) if q else "",
                *(_int(r) for r in tie.ratings.values()), label(tie.closeness), _int(tie.cooperation),
                _int(tie.competition), _date(q.last_contact if q else tie.last_contact), tie.notes,
            ])
        return _csv(header, rows)


def actions_csv(network: Network, *, language: str = "en") -> bytes:
    with in_language(language):
        header = [translate("What"), translate("For"), translate("Owner"), translate("Due"), translate("Status"),
                  translate("Intent"), translate("Note")]
        rows = []
        for a in sorted(network.actions.values(), key=lambda a: (a.due is None, a.due or dt.date.min, a.title)):
            if a.tie_id and a.tie_id in network.ties:
                tie = network.ties[a.tie_id]
                target = f"{network.name_of(tie.source_id)} – {network.name_of(tie.target_id)}"
            else:
                target = network.name_of(a.node_id) if a.node_id else ""
            rows.append([a.title, target, network.name_of(a.owner_id) if a.owner_id else "", _date(a.due),
                         label(a.status), label(a.intent), a.note])
        return _csv(header, rows)


def write_csv(path: str | Path, kind: str, network: Network, *, language: str = "en",
              analysis: Analysis | None = None) -> Path:
    """Write one of ``KINDS`` to ``path`` atomically."""
    if kind == "contacts":
        data = contacts_csv(network, language=language, analysis=analysis)
    elif kind == "ties":
        data = ties_csv(network, language=language, analysis=analysis)
    elif kind == "actions":
        data = actions_csv(network, language=language)
    else:
        raise ValueError(f"unknown CSV export {kind!r}; one of {', '.join(KINDS)}")
    path = Path(path)
    write_atomically(path, data)
    return path

"""Import of vCard address books (``.vcf``, 2.1, 3.0 and 4.0, many cards) into a map.

What is read: FN (else N) as the name, the first ORG unit as the organisation,
TITLE, the first EMAIL and TEL (the preferred one when marked), NOTE, and
CATEGORIES as tags. vobject parses each card (unfolding lines, decoding
quoted-printable and escapes); the file is first cut into cards here, so a
broken card is reported with its number and line and the others still read.
Quoted-printable soft line breaks (a line ending in ``=``, as Outlook writes
them) are joined before vobject sees them, since it does not join them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import vobject

from ..domain.changes import Change
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from .errors import ImportProblemsError, InteropError, located
from .files import decode_text
from .merge import MergeSummary, PersonRecord, apply_merge, read_people
from .progress import Progress, Ticker

if TYPE_CHECKING:
    from ..storage import MapStore

MAX_CARD_CHARS = 1_000_000
"""A card longer than this is not an address card (a photo is at most a few hundred kB)."""


class VCardImportError(ImportProblemsError):
    """A vCard file that cannot be imported as it is."""


def _cards(text: str) -> list[tuple[int, str]]:
    """Each card's first line number and its text, with quoted-printable soft breaks joined."""
    cards: list[tuple[int, str]] = []
    current: list[str] | None = None
    start = 0
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            current, start = [line.strip()], i + 1
        elif current is not None:
            if "QUOTED-PRINTABLE" in line.partition(":")[0].upper():
                while line.endswith("=") and i + 1 < len(lines):
                    i += 1
                    line = line[:-1] + lines[i]
            current.append(line)
            if upper == "END:VCARD":
                cards.append((start, "\r\n".join(current) + "\r\n"))
                current = None
        i += 1
    if current is not None:
        cards.append((start, "\r\n".join(current) + "\r\n"))
    return cards


def _first(card: Any, name: str) -> Any:
    items = card.contents.get(name) or []
    preferred = [i for i in items if "PREF" in [str(t).upper() for t in i.params.get("TYPE", [])] or "PREF" in i.params]
    return (preferred or items or [None])[0]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip()


def _record(card: Any, where: tuple[str, dict[str, object]]) -> PersonRecord:
    fn, n = _first(card, "fn"), _first(card, "n")
    name = _text(fn.value) if fn is not None else ""
    if not name and n is not None:
        name = " ".join(p for p in (_text(n.value.given), _text(n.value.additional), _text(n.value.family)) if p)
    org = _first(card, "org")
    organisation = ""
    if org is not None:
        units = org.value if isinstance(org.value, list) else [org.value]
        organisation = _text(units[0]) if units else ""
    if not name:
        name = organisation
    if not name:
        raise InteropError("The card has no name (FN or N).")
    tags: list[str] = []
    for item in card.contents.get("categories", []):
        tags += [_text(t) for t in (item.value if isinstance(item.value, list) else [item.value]) if _text(t)]
    return PersonRecord(
        where=where, name=name, organisation=organisation,
        title=_text(getattr(_first(card, "title"), "value", "")),
        email=_text(getattr(_first(card, "email"), "value", "")),
        phone=_text(getattr(_first(card, "tel"), "value", "")),
        notes=_text(getattr(_first(card, "note"), "value", "")),
        tags=tuple(tags),
    )


def parse(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[PersonRecord], list[UserError]]:
    """The people of the file and the problems of its broken cards (each with its place)."""
    text, _ = decode_text(data)
    cards = _cards(text)
    tick = Ticker(progress, start=0.1, end=0.8, total=len(cards))
    if not cards:
        raise VCardImportError(name, [InteropError("The file contains no vCard (no BEGIN:VCARD line).")])
    records: list[PersonRecord] = []
    problems: list[UserError] = []
    for index, (line, card_text) in enumerate(cards, start=1):
        tick(index)
        where: tuple[str, dict[str, object]] = ("Card {card} (line {line})", {"card": index, "line": line})
        try:
            if len(card_text) > MAX_CARD_CHARS:
                raise InteropError("The card is too long ({size} characters).", size=len(card_text))
            if not card_text.rstrip().upper().endswith("END:VCARD"):
                raise InteropError("The card has no END:VCARD line (the file may be cut short).")
            card = vobject.readOne(card_text)
            records.append(_record(card, where))
        except UserError as exc:
            problems.append(located(where[0], exc, **where[1]))
        except Exception as exc:  # vobject raises ParseError, ValueError, KeyError... on bad cards
            at = getattr(exc, "lineNumber", None)
            reason = InteropError("It cannot be read ({reason}).", reason=_reason(exc))
            if isinstance(at, int):
                problems.append(located("Card {card} (line {line})", reason, card=index, line=line + at - 1))
            else:
                problems.append(located(where[0], reason, **where[1]))
    return records, problems


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def read_vcard(
    source: Path, network: Network, *, skip_bad: bool = False, me: NodeId | None = None,
    progress: Progress | None = None,
) -> tuple[list[Change], MergeSummary]:
    return read_people(parse, source, network, skip_bad=skip_bad, me=me, progress=progress, parsed_at=0.8)


def import_vcard(
    store: MapStore, network: Network, source: Path, *, skip_bad: bool = False, me: NodeId | None = None,
) -> MergeSummary:
    changes, summary = read_vcard(source, network, skip_bad=skip_bad, me=me)
    apply_merge(store, network, changes)
    return summary

"""The text of a spreadsheet cell as a value of the map, forgiving about form and strict about meaning.

Vocabularies accept the stored value and the display names in English and
bokmål, in any case and punctuation (``Decision maker``, ``decision_maker``,
``Beslutningstaker``); ratings accept ``4`` and ``4.0``; dates ISO
(``2026-03-31``), Norwegian (``31.03.2026``) or LinkedIn's ``31 Mar 2026``.
What does not fit raises the domain's own message (a DomainError naming the
field), so a row is reported the way the entity would refuse it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cache, lru_cache
from typing import TypeVar

from ..domain import values as v
from ..i18n.catalogue import NB
from ..i18n.labels import ENGLISH
from .columns import norm

E = TypeVar("E", bound=StrEnum)
DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""Cells a spreadsheet would run as a formula; Knute's export puts a ``'`` before them."""


def unescape(text: str) -> str:
    """A cell as the export wrote it, without the ``'`` that kept a spreadsheet from running it."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


@cache
def _names(cls: type[StrEnum]) -> dict[str, StrEnum]:
    found: dict[str, StrEnum] = {}
    for member in cls:
        english = ENGLISH.get(member, "")
        for name in (member.value, english, NB.get(english, "")):
            if name:
                found.setdefault(norm(name), member)
    return found


def choice(text: str, cls: type[E], field: str) -> E | None:
    """The member ``text`` names, None when blank; the domain's message when it names none."""
    text = text.strip()
    if not text:
        return None
    member = _names(cls).get(norm(text))
    if member is None:
        return v.optional_enum(cls, text, field)  # raises, listing the allowed values
    return member  # type: ignore[return-value]


def rating(text: str, field: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value: object = int(text)
    except ValueError:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = text
    return v.rating(value, field)


def first_date(text: str, formats: tuple[str, ...]) -> dt.date | None:
    """The date in the first of these strptime formats that reads the text; None if none does."""
    for form in formats:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=4096)
def date(text: str, field: str) -> dt.date | None:
    """Cached: a sheet repeats its dates, and strptime is slow."""
    text = text.strip()
    if not text:
        return None
    found = first_date(text, DATE_FORMATS)
    # Else ISO, or an Excel date and time; else the domain's message.
    return found if found is not None else v.optional_date(text, field)


def items(text: str) -> tuple[str, ...]:
    """Tags: separated by ``,`` or ``;``."""
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())

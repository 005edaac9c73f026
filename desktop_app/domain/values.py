"""Checks and coercions shared by the entities; each failure is a readable DomainError."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from .errors import DomainError

E = TypeVar("E", bound=StrEnum)

MAX_TEXT = 100_000
"""Longest text field accepted; guards the file against pasted megabytes."""

MAX_NUMBER = 10**12
"""Largest count or amount accepted; SQLite integers end at 2**63, dates at year 9999."""


class Label(str):
    """A field name inside a message; presenters translate it like the message."""


def text(value: Any, field: str, *, required: bool = False) -> str:
    if type(value) is str and not value and not required:
        return value  # most fields are empty: skip the checks below
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DomainError("{field} must be text.", field=Label(field))
    if required and not value.strip():
        raise DomainError("{field} cannot be empty.", field=Label(field))
    if len(value) > MAX_TEXT:
        raise DomainError(
            "{field} is too long ({length} characters; at most {limit}).",
            field=Label(field), length=len(value), limit=MAX_TEXT,
        )
    # A NUL or a lone surrogate (from a broken paste) cannot be stored as UTF-8 text.
    if "\x00" in value or not (value.isascii() or _encodable(value)):
        raise DomainError("{field} contains characters that cannot be saved.", field=Label(field))
    return value


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def enum(cls: type[E], value: Any, field: str) -> E:
    # One dict look-up instead of Enum.__call__: a StrEnum member hashes and compares
    # as its text, so this finds both stored text and members (a quarter of load time).
    try:
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        pass
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise DomainError(
            "{field}: unknown value '{value}' (allowed: {allowed}).",
            field=Label(field), value=value, allowed=allowed,
        ) from None


def optional_enum(cls: type[E], value: Any, field: str) -> E | None:
    if value is None or value == "":
        return None
    return enum(cls, value, field)


def enum_set(cls: type[E], values: Any, field: str) -> frozenset[E]:
    if values is None or (not values and type(values) in (list, tuple, frozenset)):
        return frozenset()
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise DomainError("{field} must be a list.", field=Label(field))
    return frozenset(enum(cls, v, field) for v in values)


def rating(value: Any, field: str) -> int | None:
    """A 1-5 rating, or None for 'not rated' (missing is not zero)."""
    if type(value) is int and 1 <= value <= 5:
        return value
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise DomainError(
                "{field} must be a whole number from 1 to 5, not '{value}'.",
                field=Label(field), value=value,
            )
    if not 1 <= value <= 5:
        raise DomainError(
            "{field} must be a whole number from 1 to 5, not '{value}'.",
            field=Label(field), value=value,
        )
    return value


def coordinate(value: Any, field: str) -> float:
    if type(value) is float and -1e7 <= value <= 1e7:
        return value  # NaN fails the comparison and takes the full check
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DomainError("{field} must be a number.", field=Label(field))
    value = float(value)
    if not math.isfinite(value) or abs(value) > 1e7:
        raise DomainError("{field} is outside the drawing area.", field=Label(field))
    return value


def optional_number(value: Any, field: str, *, integer: bool = False) -> float | int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DomainError("{field} must be a number.", field=Label(field))
    if not math.isfinite(value) or value < 0:
        raise DomainError("{field} must be zero or more.", field=Label(field))
    if value > MAX_NUMBER:
        raise DomainError("{field} is too large (at most {limit}).", field=Label(field), limit=MAX_NUMBER)
    if integer:
        if isinstance(value, float) and not value.is_integer():
            raise DomainError("{field} must be a whole number.", field=Label(field))
        return int(value)
    return float(value)


def tags(values: Any, field: str = "Tags") -> tuple[str, ...]:
    if values is None or (not values and type(values) in (list, tuple)):
        return ()
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise DomainError("{field} must be a list.", field=Label(field))
    out: list[str] = []
    for v in values:
        v = text(v, field).strip()
        if v and v not in out:
            out.append(v)
    return tuple(out)


def optional_date(value: Any, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    return date(value, field)


def date(value: Any, field: str) -> dt.date:
    if value is None or value == "":
        raise DomainError("{field} is required.", field=Label(field))
    if type(value) is str and len(value) == 10:  # the stored form, 2026-03-31
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise DomainError(
        "{field} must be a date like 2026-03-31, not '{value}'.",
        field=Label(field), value=value,
    )

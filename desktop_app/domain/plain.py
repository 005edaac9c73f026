"""Entity field values as plain JSON-like values, shared by copy/paste and the exporters."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """Enums as their stored text, sets as sorted lists, tuples as lists, dates as ``YYYY-MM-DD``."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (frozenset, set)):
        return sorted(plain(v) for v in value)
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value

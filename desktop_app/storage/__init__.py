"""The .knute file: one map in one SQLite file, written through sqlite-utils."""

from .errors import (
    CorruptMapError,
    DiskFullError,
    MapLockedError,
    NewerVersionError,
    NotAKnuteMapError,
    ReadOnlyMapError,
    StorageError,
)
from .store import MapStore

__all__ = [
    "CorruptMapError",
    "DiskFullError",
    "MapLockedError",
    "MapStore",
    "NewerVersionError",
    "NotAKnuteMapError",
    "ReadOnlyMapError",
    "StorageError",
]

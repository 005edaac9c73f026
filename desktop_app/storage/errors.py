"""Storage errors the user can act on. Anything else that escapes storage is a bug.

``classify`` turns a raw sqlite3/OS error into one of these where the cause is
in the environment (disk full, locked, read-only, corrupt).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..domain.errors import UserError


class StorageError(UserError):
    """A problem with the map file that the user can do something about."""


class NotAKnuteMapError(StorageError):
    pass


class NewerVersionError(StorageError):
    pass


class CorruptMapError(StorageError):
    pass


class ReadOnlyMapError(StorageError):
    pass


class MapLockedError(StorageError):
    pass


class DiskFullError(StorageError):
    pass


class MissingFileError(StorageError):
    pass


def classify(exc: BaseException, path: Path | str) -> StorageError | None:
    """The user-facing error for ``exc``, or None when it is a bug."""
    name = Path(path).name
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError("The disk is full: {name} could not be written. Free some space and try again.", name=name)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ReadOnlyMapError("You do not have permission to write {name}.", name=name)
        if exc.errno == errno.ENOENT:
            return MissingFileError("The file {name} does not exist.", name=name)
        return None
    if isinstance(exc, sqlite3.Error):
        message = str(exc).lower()
        code = getattr(exc, "sqlite_errorcode", None)
        if "database or disk is full" in message or code == sqlite3.SQLITE_FULL:
            return DiskFullError("The disk is full: your last change to {name} was not saved. Free some space and try again.", name=name)
        if "locked" in message or "busy" in message:
            return MapLockedError("{name} is open in another Knute window or program. Close it there and try again.", name=name)
        if "readonly" in message or "read-only" in message:
            return ReadOnlyMapError("{name} is read-only: changes cannot be saved.", name=name)
        if "malformed" in message or "corrupt" in message or code == sqlite3.SQLITE_CORRUPT:
            return CorruptMapError("{name} is damaged and cannot be read.", name=name)
        if "not a database" in message or code == sqlite3.SQLITE_NOTADB:
            return NotAKnuteMapError("{name} is not a Knute map.", name=name)
        if "unable to open" in message or "disk i/o error" in message:
            return StorageError("{name} could not be read or written (the disk reported an error).", name=name)
    return None

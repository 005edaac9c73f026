"""Read a candidate file's SQLite header without opening it with SQLite.

Opening a foreign or empty file with SQLite in read-write mode could alter it
(an empty file would become a database); sniffing the header first means we
only ever hand SQLite files that claim to be Knute maps.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from .errors import CorruptMapError, MissingFileError, NewerVersionError, NotAKnuteMapError, StorageError
from .schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    user_version: int
    application_id: int
    page_size: int
    page_count: int


def read_header(path: Path) -> Header:
    name = path.name
    try:
        if path.is_dir():
            raise NotAKnuteMapError("{name} is a folder, not a Knute map.", name=name)
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError:
        raise MissingFileError("The file {name} does not exist.", name=name) from None
    except PermissionError:
        raise StorageError("You do not have permission to read {name}.", name=name) from None
    if not raw:
        raise NotAKnuteMapError("{name} is empty: it is not a Knute map.", name=name)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise NotAKnuteMapError("{name} is not a Knute map.", name=name)
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", raw[28:32])[0]
    user_version = struct.unpack(">i", raw[60:64])[0]
    application_id = struct.unpack(">i", raw[68:72])[0]
    return Header(user_version, application_id, page_size, page_count)


def check_header(path: Path) -> Header:
    """The header of a Knute map this version can open, or a StorageError saying why not."""
    header = read_header(path)
    name = path.name
    if header.application_id != APPLICATION_ID:
        raise NotAKnuteMapError(
            "{name} is a database of another program, not a Knute map.", name=name
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            "{name} was saved by a newer version of Knute (file format {found}; this version reads up to {supported}). Update Knute to open it.",
            name=name, found=header.user_version, supported=SCHEMA_VERSION,
        )
    if header.page_size < 512 or header.page_size & (header.page_size - 1):
        raise NotAKnuteMapError("{name} is damaged and cannot be read.", name=name)
    size = path.stat().st_size
    if header.page_count and size < header.page_count * header.page_size:
        raise CorruptMapError(
            "{name} is incomplete (it may have been cut off while copying or downloading) and cannot be opened.",
            name=name,
        )
    return header

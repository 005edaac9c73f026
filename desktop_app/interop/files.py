"""Reading and writing the files importers and exporters work on, with errors the user can act on."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InteropError


def read_bytes(source: Path) -> bytes:
    """The whole file; a missing, unreadable or folder path is an InteropError naming it."""
    name = source.name
    if source.is_dir():
        raise InteropError("{name} is a folder, not a file.", name=name)
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise InteropError("The file {name} does not exist.", name=name) from None
    except PermissionError:
        raise InteropError("You do not have permission to read {name}.", name=name) from None
    except OSError as exc:
        raise InteropError("{name} could not be read ({reason}).", name=name, reason=exc.strerror or exc) from exc


def write_atomically(dest: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``dest``, then rename: never a half-written export."""
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise InteropError("The folder {folder} does not exist.", folder=str(dest.parent))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except PermissionError:
        raise InteropError("You do not have permission to write {name}.", name=dest.name) from None
    except OSError as exc:
        raise InteropError("{name} could not be written ({reason}).", name=dest.name, reason=exc.strerror or exc) from exc


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read in: UTF-8 (with or without BOM), else Windows-1252.

    Windows-1252 decodes almost any byte, so it is the fallback Norwegian Excel
    and Outlook files need; the five bytes it leaves undefined decode as Latin-1.
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"

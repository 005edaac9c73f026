"""Files that are not healthy Knute maps: refused with the right error, naming the file, left untouched."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.i18n import describe, set_language
from desktop_app.storage import (
    CorruptMapError,
    MapStore,
    NewerVersionError,
    NotAKnuteMapError,
    StorageError,
)
from desktop_app.storage.errors import MissingFileError
from desktop_app.storage.schema import SCHEMA_VERSION

from .helpers import FIXTURES, FileState

V1 = FIXTURES / f"schema_v{SCHEMA_VERSION}.knute"  # a healthy map of the current version
NAME = "x.knute"


def _random_bytes(size: int) -> bytes:
    return random.Random(20260331).randbytes(size)


def text_file(path: Path) -> None:
    path.write_text("Møtereferat\nDette er ikke et kart.\n", encoding="utf-8")


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def other_sqlite_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, grams INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('rømmegrøt', 500)")
    conn.commit()
    conn.close()


def truncated_map(path: Path) -> None:
    data = V1.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def newer_map(path: Path) -> None:
    shutil.copyfile(V1, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def magic_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + _random_bytes(8000))


def knute_header_then_garbage(path: Path) -> None:
    data = V1.read_bytes()
    path.write_bytes(data[:100] + _random_bytes(len(data) - 100))


def damaged_page(path: Path) -> None:
    data = bytearray(V1.read_bytes())
    data[3 * 4096 : 3 * 4096 + 2000] = _random_bytes(2000)
    path.write_bytes(bytes(data))


BAD_AT_OPEN: list[tuple[Callable[[Path], None], type[StorageError], str]] = [
    (text_file, NotAKnuteMapError, "x.knute is not a Knute map."),
    (empty_file, NotAKnuteMapError, "x.knute is empty: it is not a Knute map."),
    (other_sqlite_db, NotAKnuteMapError, "x.knute is a database of another program, not a Knute map."),
    (truncated_map, CorruptMapError,
     "x.knute is incomplete (it may have been cut off while copying or downloading) and cannot be opened."),
    (newer_map, NewerVersionError, f"x.knute was saved by a newer version of Knute (file format {SCHEMA_VERSION + 1}"),
    (magic_then_garbage, NotAKnuteMapError, "x.knute is a database of another program, not a Knute map."),
    (knute_header_then_garbage, CorruptMapError, "x.knute is damaged and cannot be read."),
    (damaged_page, CorruptMapError, "x.knute is damaged and cannot be read."),
]


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize(("make", "error", "message"), BAD_AT_OPEN, ids=[m.__name__ for m, _, _ in BAD_AT_OPEN])
def test_refused_at_open_untouched(
    tmp_path: Path, make: Callable[[Path], None], error: type[StorageError], message: str, read_only: bool,
) -> None:
    path = tmp_path / NAME
    make(path)
    before = FileState.of(path)
    with pytest.raises(error) as info:
        MapStore.open(path, read_only=read_only)
    assert type(info.value) is error
    assert str(info.value).startswith(message)
    assert info.value.params["name"] == NAME
    assert FileState.of(path) == before, "the file or its folder changed"


@pytest.mark.parametrize("make", [m for m, _, _ in BAD_AT_OPEN], ids=[m.__name__ for m, _, _ in BAD_AT_OPEN])
def test_message_names_the_file_in_bokmaal_too(tmp_path: Path, make: Callable[[Path], None]) -> None:
    path = tmp_path / NAME
    make(path)
    with pytest.raises(StorageError) as info:
        MapStore.open(path)
    set_language("nb")
    text = describe(info.value)
    assert NAME in text and text != str(info.value), text


def _poke(path: Path, sql: str) -> None:
    """Write a value the schema allows but the domain does not, as another tool might."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "detail"),
    [
        ("UPDATE nodes SET role = 'emperor' WHERE kind = 'contact'", "Buying-centre role: unknown value 'emperor'"),
        ("UPDATE nodes SET tags = 'not json'", "Expecting value"),
        ("UPDATE nodes SET tags = '{\"a\": 1}'", "expected a JSON list"),
        ("UPDATE ties SET type = 'friendship'", "Tie type: unknown value 'friendship'"),
        ("UPDATE interactions SET date = 'last week'", "Date must be a date like 2026-03-31"),
        ("UPDATE actions SET status = 'forgotten'", "Status: unknown value 'forgotten'"),
        ("UPDATE map SET weak_threshold = 90", "The weak threshold must be below the strong threshold."),
        ("UPDATE nodes SET kind = 'contact' WHERE kind = 'organisation'", "belongs to an organisation"),
        ("DELETE FROM map", None),
    ],
)
def test_invalid_values_refused_at_load_untouched(tmp_path: Path, sql: str, detail: str | None) -> None:
    path = tmp_path / NAME
    shutil.copyfile(V1, path)
    _poke(path, sql)
    before = FileState.of(path)
    with MapStore.open(path) as store, pytest.raises(CorruptMapError) as info:
        store.load()
    if detail is None:
        assert str(info.value) == "x.knute is damaged: its map settings are missing."
    else:
        assert str(info.value).startswith("x.knute contains data Knute cannot read: ")
        assert detail in info.value.params["detail"]
    assert info.value.params["name"] == NAME
    assert FileState.of(path) == before


def test_missing_table_refused(tmp_path: Path) -> None:
    path = tmp_path / NAME
    shutil.copyfile(V1, path)
    _poke(path, "DROP TABLE actions")
    before = FileState.of(path)
    with pytest.raises(CorruptMapError) as info:
        MapStore.open(path)
    assert str(info.value) == "x.knute is damaged: parts of the map are missing."
    assert FileState.of(path) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError) as info:
        MapStore.open(tmp_path / NAME)
    assert str(info.value) == "The file x.knute does not exist."
    assert list(tmp_path.iterdir()) == [], "opening must not create the file"


def test_folder_named_like_a_map(tmp_path: Path) -> None:
    (tmp_path / NAME).mkdir()
    with pytest.raises(NotAKnuteMapError) as info:
        MapStore.open(tmp_path / NAME)
    assert str(info.value) == "x.knute is a folder, not a Knute map."

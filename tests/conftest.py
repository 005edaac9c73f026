"""Shared fixtures. Qt runs offscreen; set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KNUTE_LANG", "en")

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.storage import MapStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def map_path(tmp_path: Path) -> Path:
    return tmp_path / "test.knute"


@pytest.fixture
def store(map_path: Path) -> Iterator[MapStore]:
    s = MapStore.create(map_path)
    yield s
    s.close()

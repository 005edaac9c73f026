"""Shared fixtures. Qt runs offscreen; set before anything imports Qt."""

from __future__ import annotations

import os
import sys

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


# WORKAROUND: after every test has passed and the summary is printed, tearing down the
# process-wide QApplication that pytest-qt keeps (with the windows, thread pools and
# fonts of ~1,400 tests behind it) segfaults inside Qt's static destructors, after
# Python's own finalisation — no Python frame is involved and faulthandler sees nothing.
# The app's real exit is covered by the frozen build's smoke test, which must exit 0.
# End the test process with pytest's own exit status instead of running those destructors.
def pytest_sessionfinish(session, exitstatus):
    session.config._knute_exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    status = getattr(config, "_knute_exit_status", None)
    if status is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)

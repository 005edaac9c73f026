"""Shared helpers of the report tests: the example map, PDF text per page, poppler tools."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "best_lokalt.knute"


def example() -> Network:
    store = MapStore.open(EXAMPLE, read_only=True)
    try:
        return store.load()
    finally:
        store.close()


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded, so wrapped sentences can be found."""
    return " ".join(text.split())


def run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(a) for a in args], capture_output=True, timeout=120, check=False)

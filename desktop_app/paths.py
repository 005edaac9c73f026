"""Where Knute's bundled resources and the user's files live."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "Knute"
EXAMPLE_FILE_NAME = "Best Lokalt Røros.knute"


def resource(*parts: str) -> Traversable:
    return resources.files("desktop_app.resources").joinpath(*parts)


def bundled_example() -> Traversable:
    return resource("examples", "best_lokalt.knute")


def documents_dir() -> Path:
    """The user's documents folder (falls back to home when the platform has none)."""
    try:
        folder = Path(platformdirs.user_documents_dir())
    except Exception:
        folder = Path.home()
    return folder if folder.is_dir() else Path.home()


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

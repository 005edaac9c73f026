"""The bundled example map and the user's own copy of it."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from .paths import EXAMPLE_FILE_NAME, bundled_example


def unique_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name (2)``, ``name (3)``... if taken: never overwrite the user's file."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def copy_example_to(folder: Path) -> Path:
    """Copy the bundled example into ``folder``; the bundled file itself is never edited."""
    folder.mkdir(parents=True, exist_ok=True)
    target = unique_path(folder, EXAMPLE_FILE_NAME)
    with resources.as_file(bundled_example()) as source:
        shutil.copyfile(source, target)
    return target

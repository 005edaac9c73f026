"""The wheel must carry every package and the resources (see pyproject.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "desktop_app").rglob("__init__.py")
    }
    assert found | {"desktop_app.resources"} == set(config["packages"])
    assert config["package-dir"]["desktop_app.resources"] == "resources"


def test_every_resource_folder_is_shipped():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = set(config["package-data"]["desktop_app.resources"])
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert {f"{folder}/*" for folder in folders} <= patterns

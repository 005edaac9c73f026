"""The MIT licence pyproject declares is in the repository, the bundle and the .deb."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def test_the_licence_file_is_the_mit_licence_pyproject_declares():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Copyright (c) 2026 The Knute developers" in text
    assert tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"] == {"text": "MIT"}


def test_no_installer_names_a_made_up_mail_address():
    for path in (ROOT / "installers").rglob("*"):
        if path.is_file() and path.suffix not in (".png", ".ico", ".icns"):
            assert "@localhost" not in path.read_text(encoding="utf-8", errors="replace"), path


@pytest.mark.skipif(not (DIST / "knute").is_dir(), reason="no frozen bundle (installers/linux/build.sh)")
def test_the_bundle_carries_the_licence():
    assert (DIST / "knute" / "_internal" / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(
        encoding="utf-8")


@pytest.mark.skipif(not list(DIST.glob("knute_*.deb")) or shutil.which("dpkg-deb") is None,
                    reason="no .deb (installers/linux/build.sh) or no dpkg-deb")
def test_the_deb_carries_the_licence_text_and_an_honest_maintainer(tmp_path):
    deb = sorted(DIST.glob("knute_*.deb"))[-1]
    maintainer = subprocess.run(["dpkg-deb", "--field", str(deb), "Maintainer"], capture_output=True, text=True,
                                check=True).stdout.strip()
    assert maintainer == "The Knute developers"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    copyright_text = (tmp_path / "usr" / "share" / "doc" / "knute" / "copyright").read_text(encoding="utf-8")
    assert "License: MIT" in copyright_text
    assert " Permission is hereby granted, free of charge" in copyright_text
    assert (tmp_path / "opt" / "knute" / "_internal" / "LICENSE").is_file()

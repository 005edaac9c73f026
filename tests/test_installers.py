"""The pieces the installers are built from: translations compiled to .qm, icons, the file type, the manifests."""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
sys.path.insert(0, str(INSTALLERS))

import build_qm  # noqa: E402
import render_icons  # noqa: E402


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("qm")
    build_qm.compile_translations(out)
    return out


def test_lrelease_compiles_one_qm_per_language(qm_dir):
    assert sorted(p.name for p in qm_dir.iterdir()) == [f"knute_{lang}.qm" for lang in build_qm.languages()]


def test_the_qm_holds_every_finished_message_of_both_ts_files(qapp, qm_dir):
    from PySide6.QtCore import QTranslator

    from desktop_app.ui.translator import load_ts

    translator = QTranslator()
    assert translator.load(str(qm_dir / "knute_nb.qm"))
    table = load_ts("nb")
    assert len(table) > 50
    for (context, source), forms in table.items():
        if len(forms) == 1:
            assert translator.translate(context, source) == forms[0], (context, source)
    assert translator.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own buttons, from qt_nb.ts


def test_the_translator_prefers_a_bundled_qm(qapp, qm_dir, monkeypatch, tmp_path):
    from desktop_app.ui import translator as module

    (tmp_path / "translations").mkdir()
    monkeypatch.setattr(module, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert isinstance(module.load_translator("nb"), module.TsTranslator)  # no .qm: the .ts reader
    (tmp_path / "translations" / "knute_nb.qm").write_bytes((qm_dir / "knute_nb.qm").read_bytes())
    compiled = module.load_translator("nb")
    assert not isinstance(compiled, module.TsTranslator)
    assert compiled.translate("MainWindow", "&File") == "&Fil"


def test_a_broken_qm_falls_back_to_the_ts(qapp, monkeypatch, tmp_path):
    from desktop_app.ui import translator as module

    real = module.resource
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "knute_nb.qm").write_bytes(b"not a qm file")
    monkeypatch.setattr(module, "resource",
                        lambda *parts: tmp_path.joinpath(*parts) if parts[-1].endswith(".qm") else real(*parts))
    fallback = module.load_translator("nb")
    assert isinstance(fallback, module.TsTranslator)
    assert fallback.translate("MainWindow", "&File") == "&Fil"


def test_icons_render_for_every_system(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(INSTALLERS / "render_icons.py"), str(tmp_path)], check=True, env=env,
                   capture_output=True, timeout=120)
    for size in render_icons.HICOLOR_SIZES:
        for name in ("knute", "application-x-knute"):
            png = (tmp_path / "png" / str(size) / f"{name}.png").read_bytes()
            assert png[:8] == b"\x89PNG\r\n\x1a\n"
            assert struct.unpack(">II", png[16:24]) == (size, size)
    for stem in ("knute", "knute-document"):
        ico = (tmp_path / f"{stem}.ico").read_bytes()
        assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(render_icons.ICO_SIZES))
        icns = (tmp_path / f"{stem}.icns").read_bytes()
        assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_desktop_entry_opens_knute_maps():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(INSTALLERS / "linux" / "knute.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "knute %f"
    assert desktop["Icon"] == "knute"
    assert "application/x-knute" in desktop["MimeType"].split(";")
    assert desktop["Name"] == "Knute" and desktop["Comment[nb]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(INSTALLERS / "linux" / "knute.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info is not installed")
def test_a_map_is_known_by_its_name_and_by_its_content(tmp_path):
    """Qt reads the same shared-mime-info database as the file managers."""
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(INSTALLERS / "linux" / "knute-mime.xml", tmp_path / "mime" / "packages" / "knute.xml")
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True)
    example = ROOT / "resources" / "examples" / "best_lokalt.knute"
    for name in ("map.knute", "renamed", "renamed.sqlite"):
        shutil.copy(example, tmp_path / name)
    import sqlite3

    sqlite3.connect(tmp_path / "other.sqlite").execute("create table t (x)").connection.close()
    shutil.copy(tmp_path / "other.sqlite", tmp_path / "other")
    script = ("import sys\nfrom PySide6.QtCore import QCoreApplication, QMimeDatabase\napp = QCoreApplication([])\n"
              "db = QMimeDatabase()\nprint(' '.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "XDG_DATA_DIRS": "/usr/share", "QT_QPA_PLATFORM": "offscreen"}
    files = [str(tmp_path / n) for n in ("map.knute", "renamed", "renamed.sqlite", "other.sqlite", "other")]
    result = subprocess.run([sys.executable, "-c", script, *files], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["application/x-knute"] * 3 + ["application/vnd.sqlite3"] * 2, result.stderr


def test_the_mac_bundle_declares_and_opens_the_knute_type():
    with (INSTALLERS / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    exported = info["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeIdentifier"] == "no.knute.map"
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["knute"]
    assert "public.database" in exported["UTTypeConformsTo"]
    document = info["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == ["no.knute.map"]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"


def test_the_windows_installer_is_per_user_and_associates_knute_files():
    script = (INSTALLERS / "windows" / "knute.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'Root: HKCU; Subkey: "Software\\Classes\\.knute"' in script
    assert "{app}\\knute-document.ico" in script
    assert "[Icons]" in script and "{group}\\Knute" in script

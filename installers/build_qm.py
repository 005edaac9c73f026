"""Compile the .ts translations into .qm files with pyside6-lrelease (part of every installer build).

For each language, Knute's own strings (``knute_<lang>.ts``) and the Qt dialog
strings Qt ships no bokmål for (``qt_<lang>.ts``) go into ONE ``knute_<lang>.qm``,
so the app installs a single native QTranslator. Unfinished entries are left out,
as the .ts reader of the editable install does. The .qm files are build output
(``build/qm/``), never committed.

    python installers/build_qm.py [OUT_DIR]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
DEFAULT_OUT = ROOT / "build" / "qm"
# pyside6-lrelease without relying on PATH or the console script (venvs, Windows, macOS).
LRELEASE = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


def languages(sources: Path = SOURCES) -> list[str]:
    return sorted(p.stem.removeprefix("knute_") for p in sources.glob("knute_*.ts"))


def compile_translations(out: Path = DEFAULT_OUT, sources: Path = SOURCES) -> list[Path]:
    """Write ``knute_<lang>.qm`` for every ``knute_<lang>.ts``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages(sources):
        inputs = [sources / f"knute_{language}.ts"]
        if (sources / f"qt_{language}.ts").is_file():
            inputs.append(sources / f"qt_{language}.ts")
        target = out / f"knute_{language}.qm"
        result = subprocess.run(
            [*LRELEASE, "-silent", "-nounfinished", *map(str, inputs), "-qm", str(target)],
            capture_output=True, text=True,
        )
        if result.returncode != 0 or not target.is_file() or target.stat().st_size < 100:
            raise RuntimeError(f"pyside6-lrelease failed for {language}: {result.stdout}{result.stderr}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_translations(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT):
        print(path)

"""Start-up of the frozen app and the size of the bundle (build it first: installers/linux/build.sh).

    python benchmarks/bench_startup.py [BUNDLE_DIR] [--runs N]

Start-up is the wall time from launching ``knute MAP`` to the line the app prints
once its window has painted itself (``KNUTE_SMOKE_TEST=1``, offscreen, the
example map, a fresh home folder each run). The first run reads the bundle from
disk unless the page cache still holds it (this script cannot drop the cache);
the median is over the runs after it. The CLI start (``knute --version``) is
the floor: the frozen Python and the bootloader.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_paint(exe: Path, source_map: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        target = Path(home) / "map.knute"
        shutil.copyfile(source_map, target)
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/.config", "QT_QPA_PLATFORM": "offscreen",
               "KNUTE_SMOKE_TEST": "1", "LANG": "C.UTF-8"}
        started = time.perf_counter()
        process = subprocess.Popen([str(exe), str(target)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        took = time.perf_counter() - started
        process.wait(timeout=60)
        if "smoke test: painted" not in line or process.returncode != 0:
            raise SystemExit(f"the frozen app did not paint the map: {line!r} (exit {process.returncode})")
        return took


def time_command(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "knute"))
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    bundle = Path(options.bundle)
    exe = bundle / ("knute.exe" if sys.platform == "win32" else "knute")
    if not exe.is_file():
        print(f"no frozen bundle at {bundle}: run installers/linux/build.sh first", file=sys.stderr)
        return 1
    example = bundle / "_internal" / "desktop_app" / "resources" / "examples" / "best_lokalt.knute"

    size = folder_size(bundle)
    print(f"bundle {bundle}: {size / 2**20:.1f} MiB ({size / 1e6:.1f} MB), "
          f"{sum(1 for p in bundle.rglob('*') if p.is_file())} files")
    for package in sorted((ROOT / "dist").glob("knute*.deb")) + sorted((ROOT / "dist").glob("knute-*.tar.gz")):
        print(f"{package.name}: {package.stat().st_size / 2**20:.1f} MiB")
    biggest = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                      for p in (bundle / "_internal").iterdir() if not p.is_symlink()), reverse=True)[:6]
    print("largest parts: " + ", ".join(f"{name} {bytes_ / 2**20:.1f} MiB" for bytes_, name in biggest))

    first = time_to_paint(exe, example)
    runs = [time_to_paint(exe, example) for _ in range(options.runs)]
    cli = [time_command([str(exe), "--version"]) for _ in range(options.runs)]
    print(f"start to first painted window (example map, offscreen): first run {first:.2f} s, "
          f"median of {len(runs)} {statistics.median(runs):.2f} s (min {min(runs):.2f}, max {max(runs):.2f})")
    print(f"knute --version: median {statistics.median(cli):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Trim the ICU data library of the Linux bundle to what Knute needs (installers/knute.spec runs it).

Qt's Linux wheels link ICU with all of its data, 32 MB: collation, time zone
names, currencies, units... for some 800 locales, and the East Asian
double-byte converters. Knute speaks English and bokmål, so this keeps the
root, English and Norwegian (nb, nn, no) locale data plus everything that is not
per-locale, drops the East Asian converter tables and the transliteration rules
(Qt uses neither), and writes the result into
a new ``libicudata.so.NN`` that exports the same ``icudtNN_dat`` symbol. Any
other locale falls back to the root data, as ICU does for a locale it lacks.

Before the bundle's library is replaced, the trimmed one is loaded in front of
Qt (LD_PRELOAD) and must give the same bokmål and English collation and
bokmål time zone names as the original; otherwise the bundle keeps the
original. Needs binutils (nm, readelf), a C compiler driver (cc) and ICU's
``icupkg`` (Debian: icu-devtools); without them it does nothing.

    python installers/linux/trim_icu.py BUNDLE/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = {"root", "en", "en_GB", "en_US", "en_001", "en_150", "nb", "nb_NO", "nn", "nn_NO", "no", "no_NO",
                "no_NO_NY"}
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
EAST_ASIAN_CONVERTERS = re.compile(r"^(cns-|euc-|gb18030|ibm-(13[6-9]\d|33722|5471|5478|93[035]|943|949|954|964|970)_|"
                                   r"icu-internal-(25546|compound)|iso-ir-165|jisx-)")
CHECK = """
from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringDecoder, QTimeZone
print([QStringDecoder(name).isValid() for name in ("windows-1252", "ISO-8859-15", "IBM850", "macintosh")])
words = ["å", "z", "a", "ø", "æ", "Ola", "ola", "Ærlig", "Åse"]
for name in ("nb_NO", "en_GB", "nn_NO"):
    print(sorted(words, key=QCollator(QLocale(name)).sortKey))
print(QTimeZone(QByteArray(b"Europe/Oslo")).displayName(QTimeZone.TimeType.StandardTime,
      QTimeZone.NameType.LongName, QLocale("nb_NO")))
"""


def removable(item: str) -> bool:
    if item.startswith("translit/"):
        return True  # transliteration: Qt never asks ICU for it
    stem, suffix = os.path.splitext(os.path.basename(item))
    if suffix == ".res":
        return bool(LOCALE_ITEM.match(stem)) and stem not in KEEP_LOCALES
    return suffix == ".cnv" and bool(EAST_ASIAN_CONVERTERS.match(stem))


def extract(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes."""
    symbols = subprocess.run(["nm", "-D", "-S", str(library)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", symbols, re.M)
    if not match:
        raise ValueError(f"{library} exports no icudtNN_dat")
    address, size, name = int(match[1], 16), int(match[2], 16), match[3]
    headers = subprocess.run(["readelf", "-lW", str(library)], check=True, capture_output=True, text=True).stdout
    data = library.read_bytes()
    for line in headers.splitlines():
        parts = line.split()
        if parts[:1] == ["LOAD"]:
            offset, vaddr, size_in_file = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if vaddr <= address < vaddr + size_in_file:
                start = offset + address - vaddr
                return name, data[start:start + size]
    raise ValueError(f"{name} is not in a loaded segment of {library}")


def build(library: Path, work: Path) -> Path:
    symbol, data = extract(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the package name the items are filed under
    full = work / "full" / f"{package}.dat"
    full.parent.mkdir()
    full.write_bytes(data)
    items = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True, text=True).stdout.split()
    remove = {i for i in items if removable(i)}
    trimmed = work / "trimmed" / f"{package}.dat"  # icupkg files the items under the output's name
    trimmed.parent.mkdir()
    for _attempt in range(10):
        (work / "remove.txt").write_text("\n".join(sorted(remove)) + "\n")
        result = subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(full), str(trimmed)],
                                capture_output=True, text=True)
        if result.returncode == 0:
            break
        # "Item A depends on missing item B": a converter goes with the table it aliases; anything
        # else keeps what it needs.
        broken = re.findall(r"Item (\S+) depends on missing item (\S+)", result.stdout + result.stderr)
        if not broken:
            raise subprocess.CalledProcessError(result.returncode, "icupkg", result.stdout, result.stderr)
        for item, needed in broken:
            if item.endswith(".cnv"):
                remove.add(item)
            else:
                remove.discard(needed)
    else:
        raise ValueError("icupkg kept finding dependencies")
    (work / "data.S").write_text(
        f'    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n    .balign 16\n{symbol}:\n'
        f'    .incbin "{trimmed}"\n    .size {symbol}, .-{symbol}\n    .section .note.GNU-stack,"",@progbits\n'
    )
    output = work / library.name
    subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output),
                    str(work / "data.S")], check=True, capture_output=True)
    return output


def behaviour(preload: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    return subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120).stdout


def main(library: Path) -> int:
    missing = [tool for tool in ("nm", "readelf", "icupkg", "cc") if shutil.which(tool) is None]
    if missing:
        print(f"trim_icu: skipped, {', '.join(missing)} not installed ({library.name} stays whole)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        try:
            trimmed = build(library, Path(folder))
        except (subprocess.CalledProcessError, ValueError) as error:
            detail = getattr(error, "stderr", b"") or b""
            print(f"trim_icu: could not trim, keeping {library.name} whole: {error}\n"
                  f"{detail.decode(errors='replace') if isinstance(detail, bytes) else detail}", file=sys.stderr)
            return 0
        expected, got = behaviour(None), behaviour(trimmed)
        if not expected.strip() or got != expected:
            print(f"trim_icu: the trimmed data behaves differently, keeping {library.name} whole:\n"
                  f"{expected}---\n{got}", file=sys.stderr)
            return 0
        before = library.stat().st_size
        shutil.copyfile(trimmed, library)
    print(f"trim_icu: {library.name} {before / 2**20:.1f} MiB -> {library.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))

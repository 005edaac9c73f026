"""Fill unfinished entries of a .ts file from tab-separated translation lists.

Each line of a list: ``context<TAB>source<TAB>translation`` (``\\n`` for a line
break; for a plural source give the forms separated by `` || ``). Run after
``scripts/update_translations.sh``; prints what is still unfinished.

    python scripts/fill_translations.py resources/translations/knute_nb.ts LIST.tsv [...]
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree


def read_lists(paths: list[str]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                continue
            context, source, translation = (p.replace("\\n", "\n") for p in parts)
            found[(context, source)] = translation
    return found


def fill(ts_path: Path, translations: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ElementTree.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = translations.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for value in text.split(" || "):
                    ElementTree.SubElement(translation, "numerusform").text = value
                translation.text = None
            else:
                translation.text = text
    ElementTree.indent(tree, "  ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    ts_path, *lists = sys.argv[1:]
    missing = fill(Path(ts_path), read_lists(lists))
    for context, source in missing:
        print(f"unfinished: {context}\t{source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())

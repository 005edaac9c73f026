"""The ``knute`` command: the window, or headless sub-commands over the same layers.

``knute`` or ``knute MAP`` opens the window; ``new``, ``info``, ``import``,
``analyze`` and ``path`` (the last two in ``cli_analysis.py``) work without a display. Nothing here imports Qt (the window is imported only
when it is asked for), and the heavier readers load only for the command that
needs them, so a sub-command starts fast on a server.

Exit codes: 0 done; 1 a problem the user can act on (a one-line message on
stderr, ``knute: ...``); 2 a usage error (argparse). Anything else is a bug
and ends with its traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, cli_analysis, i18n
from .domain.entities import MapSettings
from .domain.errors import UserError
from .i18n import describe, translate
from .storage import MapStore, ReadOnlyMapError, StorageError
from .storage.header import read_header

if TYPE_CHECKING:
    from .domain.network import Network
    from .interop.importing import ImportSummary

    Importer = Callable[[MapStore, Network, Path], ImportSummary]

PROG = "knute"
COMMANDS = ("new", "info", "import", *cli_analysis.COMMANDS)
IMPORT_FORMATS = (".graphml",)


class CommandLineError(UserError):
    """A request the command line cannot carry out as given."""


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``knute analyze map.knute | head``): stop quietly,
        # and keep Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        early, rest = _early_parser().parse_known_args(args)
    except SystemExit as exc:
        return _exit_code(exc)
    i18n.set_language(early.lang if early.lang in i18n.SUPPORTED else i18n.system_language())
    if early.version:
        print(f"{PROG} {__version__}")
        return 0
    language = early.lang if early.lang in i18n.SUPPORTED else None
    if not rest:
        return _run_gui(None, language)
    if len(rest) == 1 and rest[0] not in COMMANDS and not rest[0].startswith("-"):
        return _run_gui(rest[0], language)
    try:
        options = _parser().parse_args(args)
    except SystemExit as exc:
        return _exit_code(exc)
    try:
        return _COMMANDS[options.command](options)
    except UserError as exc:
        _complain(describe(exc))
        return 1


def _run_gui(path: str | None, language: str | None) -> int:
    from .app import run  # Qt loads only for the window

    return run(path, language=language)


# ---- parsing ---------------------------------------------------------------
def _early_parser() -> argparse.ArgumentParser:
    """The options that decide what to do before the full parser exists (its help is translated)."""
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    parser.add_argument("--lang")
    parser.add_argument("--version", action="store_true")
    return parser


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a sub-command's default would otherwise overwrite a --lang given before it.
    common.add_argument(
        "--lang", choices=i18n.SUPPORTED, default=argparse.SUPPRESS,
        help=translate("language of the messages (default: the system's language)"),
    )
    parser = argparse.ArgumentParser(
        prog=PROG, parents=[common],
        description=translate("Relationship maps for key account management. "
                              "Without a command, or with only a map, Knute opens its window."),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    new = commands.add_parser("new", parents=[common], help=translate("create an empty map"))
    new.add_argument("file", metavar="FILE", help=translate("the map file to create"))
    new.add_argument("--title", help=translate("the title of the map (default: the file name)"))

    info = commands.add_parser(
        "info", parents=[common], help=translate("show what a map holds and check that it is healthy"),
    )
    info.add_argument("file", metavar="FILE", help=translate("the map file"))
    info.add_argument("--json", action="store_true", help=translate("write JSON instead of text"))

    imp = commands.add_parser(
        "import", parents=[common], help=translate("add the contents of another file to a map"),
    )
    imp.add_argument("file", metavar="FILE", help=translate("the map file to add to"))
    imp.add_argument("source", metavar="SOURCE", help=translate("the file to import (.graphml)"))
    cli_analysis.add_parsers(commands, common)
    return parser


def _exit_code(exc: SystemExit) -> int:
    code = exc.code
    return code if isinstance(code, int) else (0 if code is None else 1)


def _complain(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


# ---- commands --------------------------------------------------------------
def _new(options: argparse.Namespace) -> int:
    path = Path(options.file)
    if not path.parent.is_dir():
        raise CommandLineError("The folder {folder} does not exist.", folder=str(path.parent))
    settings = MapSettings(title=options.title) if options.title is not None else None
    with MapStore.create(path, settings) as store:
        title = store.load().settings.title
    print(translate("Created {file} (title: {title}).", file=str(path), title=title))
    return 0


def _info(options: argparse.Namespace) -> int:
    path = Path(options.file)
    report: dict[str, Any] = {"file": str(path)}
    try:
        store = MapStore.open(path, read_only=True)
    except UserError as exc:
        if options.json:
            print(json.dumps({**report, "healthy": False, "error": describe(exc)}, ensure_ascii=False, indent=2))
        raise
    with store:
        report["title"] = None
        report["schema_version"] = read_header(path).user_version
        report["counts"] = store.counts()
        report["integrity"] = store.integrity_check()
        report["error"] = None
        try:
            report["title"] = store.load().settings.title
        except StorageError as exc:
            report["error"] = describe(exc)
    report["healthy"] = not report["integrity"] and report["error"] is None
    if options.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_info(report)
    if not report["healthy"]:
        _complain(translate("{file} is not a healthy Knute map.", file=path.name))
        return 1
    return 0


def _print_info(report: dict[str, Any]) -> None:
    counts = report["counts"]
    rows = [
        (translate("Title"), report["title"] if report["title"] is not None else "?"),
        (translate("File format"), str(report["schema_version"])),
        (translate("Organisations"), str(counts["organisations"])),
        (translate("Contacts"), str(counts["contacts"])),
        (translate("Ties"), str(counts["ties"])),
        (translate("Interactions"), str(counts["interactions"])),
        (translate("Actions"), str(counts["actions"])),
    ]
    if report["healthy"]:
        rows.append((translate("Check"), translate("healthy")))
    else:
        found = len(report["integrity"]) + (report["error"] is not None)
        rows.append((translate("Check"), _count(found, "{count} problem found", "{count} problems found")))
    width = max(len(label) for label, _ in rows) + 2
    for label, value in rows:
        print(f"{label + ':':<{width}}{value}")
    for problem in [*report["integrity"], *([report["error"]] if report["error"] else [])]:
        print(f"  {problem}")


def _import(options: argparse.Namespace) -> int:
    map_path, source = Path(options.file), Path(options.source)
    importer = _importer(source.suffix.lower())
    if importer is None:
        raise CommandLineError(
            "Importing {kind} files is not supported yet (supported: {supported}).",
            kind=source.suffix or source.name, supported=", ".join(IMPORT_FORMATS),
        )
    with MapStore.open(map_path) as store:
        if store.read_only:
            raise ReadOnlyMapError("{name} is read-only: changes cannot be saved.", name=map_path.name)
        summary = importer(store, store.load(), source)
    print(translate(
        "Imported {organisations}, {contacts} and {ties} from {source}.",
        organisations=_count(summary.organisations, "{count} organisation", "{count} organisations"),
        contacts=_count(summary.contacts, "{count} contact", "{count} contacts"),
        ties=_count(summary.ties, "{count} tie", "{count} ties"),
        source=source.name,
    ))
    return 0


def _importer(suffix: str) -> Importer | None:
    """The importer for a file suffix, loaded only when asked for (networkx is slow to import)."""
    if suffix == ".graphml":
        from .interop.graphml import import_graphml

        return import_graphml
    return None


def _count(count: int, one: str, many: str) -> str:
    return translate(one if count == 1 else many, count=count)


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _new, "info": _info, "import": _import, **cli_analysis.COMMANDS,
}


if __name__ == "__main__":
    raise SystemExit(main())

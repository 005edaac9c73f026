"""The ``knute`` command: the window, or headless sub-commands over the same layers.

``knute`` or ``knute MAP`` opens the window; ``new``, ``info``, ``import``,
``export``, ``analyze`` and ``path`` (the last two in ``cli_analysis.py``) work without a display. Nothing here imports Qt (the window is imported only
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
from .domain.entities import MapSettings, Organisation
from .domain.errors import UserError
from .i18n import describe, translate
from .storage import MapStore, ReadOnlyMapError, StorageError
from .storage.header import read_header

if TYPE_CHECKING:
    from .domain.network import Network
    from .interop.importing import ImportSummary
    from .interop.merge import MergeSummary

    Importer = Callable[[MapStore, Network, Path, argparse.Namespace], ImportSummary | MergeSummary]
    Exporter = Callable[[Network, Path], None]

PROG = "knute"
COMMANDS = ("new", "info", "import", "export", *cli_analysis.COMMANDS)
IMPORT_FORMATS = ("csv", "xlsx", "vcard", "linkedin", "graphml", "gexf", "json")
SUFFIX_FORMATS = {
    ".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".vcf": "vcard", ".vcard": "vcard",
    ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx",
}
EXPORT_FORMATS = ("graphml", "gexf", "json", "csv", "xlsx", "pdf")


class CommandLineError(UserError):
    """A request the command line cannot carry out as given."""


class UsageError(CommandLineError):
    """Options that do not fit together or a file they name that cannot be used: exit code 2."""


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
    imp.add_argument("source", metavar="SOURCE", help=translate("the file to import"))
    imp.add_argument(
        "--format", choices=IMPORT_FORMATS,
        help=translate("the format of SOURCE (default: from its name; a .csv with LinkedIn's header is linkedin)"),
    )
    imp.add_argument(
        "--skip-bad", action="store_true",
        help=translate("import the good rows and skip the malformed ones (default: import nothing if any is malformed)"),
    )
    imp.add_argument(
        "--me", metavar="NAME",
        help=translate("the contact in the map who is you: people imported get a tie from them (LinkedIn, vCard)"),
    )
    imp.add_argument(
        "--mapping", metavar="M",
        help=translate("csv, xlsx: a JSON file naming the field of each column to read, "
                       "like {\"Navn\": \"name\", \"Firma\": \"organisation\"} (default: guessed from the header)"),
    )

    exp = commands.add_parser("export", parents=[common], help=translate("write a map in another format"))
    exp.add_argument("file", metavar="FILE", help=translate("the map file"))
    exp.add_argument("--to", required=True, choices=EXPORT_FORMATS, help=translate("the format to write"))
    exp.add_argument("out", metavar="OUT", help=translate("the file to write"))
    exp.add_argument("--account", metavar="NAME", help=translate("pdf: the account the plan is for (default: the map's account)"))
    exp.add_argument("--paper", choices=("a4", "letter"), default="a4", help=translate("pdf: paper size"))
    exp.add_argument("--orientation", choices=("portrait", "landscape"), default="portrait",
                     help=translate("pdf: page orientation"))
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
    kind = options.format or _sniff_format(source)
    importer = _importer(kind) if kind else None
    if importer is None:
        raise CommandLineError(
            "Importing {kind} files is not supported yet (supported: {supported}).",
            kind=source.suffix or source.name, supported=", ".join(IMPORT_FORMATS),
        )
    try:
        options.column_mapping = _column_mapping(options, kind, source)
    except UsageError as exc:  # a mapping that does not fit: nothing was touched
        _complain(describe(exc))
        return 2
    with MapStore.open(map_path) as store:
        if store.read_only:
            raise ReadOnlyMapError("{name} is read-only: changes cannot be saved.", name=map_path.name)
        summary = importer(store, store.load(), source, options)
    print(translate(
        "Imported {organisations}, {contacts} and {ties} from {source}.",
        organisations=_count(summary.organisations, "{count} organisation", "{count} organisations"),
        contacts=_count(summary.contacts, "{count} contact", "{count} contacts"),
        ties=_count(summary.ties, "{count} tie", "{count} ties"),
        source=source.name,
    ))
    updated: int = getattr(summary, "updated", 0)
    unchanged: int = getattr(summary, "unchanged", 0)
    skipped: tuple[UserError, ...] = getattr(summary, "skipped", ())
    if updated or unchanged or skipped:
        print(translate(
            "{updated}, {unchanged}, {skipped}.",
            updated=_count(updated, "{count} updated", "{count} updated"),
            unchanged=_count(unchanged, "{count} already in the map", "{count} already in the map"),
            skipped=_count(len(skipped), "{count} skipped", "{count} skipped"),
        ))
        for problem in skipped:
            print(f"  {describe(problem)}")
    return 0


def _sniff_format(source: Path) -> str | None:
    """The format a file's name tells; a CSV whose header is LinkedIn's is a LinkedIn export."""
    kind = SUFFIX_FORMATS.get(source.suffix.lower())
    if kind == "csv" and source.is_file():
        with source.open("rb") as file:
            head = file.read(4096)
        if b"First Name,Last Name" in head:
            return "linkedin"
    return kind


def _column_mapping(options: argparse.Namespace, kind: str, source: Path) -> Any:
    """The ``--mapping`` file as a column mapping of SOURCE's header, checked before the map is opened."""
    if options.mapping is None:
        return None
    if kind not in ("csv", "xlsx"):
        raise UsageError("--mapping is for CSV and Excel files, not {kind}.", kind=kind)
    from .interop.columns import MappingError, from_file
    from .interop.files import read_bytes
    from .interop.sheet_preview import preview_table

    mapping_path = Path(options.mapping)
    try:
        data = read_bytes(mapping_path)
    except UserError as exc:
        raise UsageError("{problem}", problem=describe(exc)) from None
    header = preview_table(source, limit=0).header
    try:
        return from_file(data, header, source.name)
    except MappingError as exc:
        raise UsageError("{mapping}: {problem}", mapping=mapping_path.name, problem=describe(exc)) from None


def _me(network: Network, options: argparse.Namespace) -> Any:
    from .interop.merge import me_by_name

    return me_by_name(network, options.me) if options.me else None


def _importer(kind: str) -> Importer | None:
    """The importer of a format, loaded only when asked for (networkx is slow to import)."""
    if kind == "graphml":
        from .interop.graphml import import_graphml

        return lambda store, network, source, _: import_graphml(store, network, source)
    if kind == "gexf":
        from .interop.gexf import import_gexf

        return lambda store, network, source, _: import_gexf(store, network, source)
    if kind == "json":
        from .interop.json_format import import_json

        return lambda store, network, source, _: import_json(store, network, source)
    if kind == "vcard":
        from .interop.vcard import import_vcard

        return lambda store, network, source, o: import_vcard(
            store, network, source, skip_bad=o.skip_bad, me=_me(network, o))
    if kind == "linkedin":
        from .interop.linkedin import import_linkedin

        return lambda store, network, source, o: import_linkedin(
            store, network, source, skip_bad=o.skip_bad, me=_me(network, o))
    if kind in ("csv", "xlsx"):
        try:
            from .interop.tabular import import_table
        except ImportError:
            return None
        return lambda store, network, source, o: import_table(
            store, network, source, skip_bad=o.skip_bad, me=_me(network, o), mapping=o.column_mapping)
    return None


def _exporter(kind: str) -> Exporter | None:
    """The exporter of a format, loaded only when asked for. Add a format here (e.g. pdf) and to EXPORT_FORMATS."""
    if kind == "json":
        from .interop.json_format import export_json

        return export_json
    if kind in ("graphml", "gexf"):
        from .interop import graph_export

        return graph_export.export_graphml if kind == "graphml" else graph_export.export_gexf
    if kind in ("csv", "xlsx"):
        try:
            from .interop import table_export
        except ImportError:
            return None
        return table_export.export_csv if kind == "csv" else table_export.export_xlsx
    return None


def _export(options: argparse.Namespace) -> int:
    map_path, out = Path(options.file), Path(options.out)
    exporter = None if options.to == "pdf" else _exporter(options.to)
    if exporter is None and options.to != "pdf":
        raise CommandLineError("Exporting to {kind} is not supported yet.", kind=options.to)
    with MapStore.open(map_path, read_only=True) as store:
        network = store.load()
    if exporter is None:
        return _export_plan(network, out, options)
    exporter(network, out)
    print(translate(
        "Exported {organisations}, {contacts} and {ties} to {out}.",
        organisations=_count(sum(1 for _ in network.organisations()), "{count} organisation", "{count} organisations"),
        contacts=_count(sum(1 for _ in network.contacts()), "{count} contact", "{count} contacts"),
        ties=_count(len(network.ties), "{count} tie", "{count} ties"),
        out=out.name,
    ))
    return 0


def _export_plan(network: Network, out: Path, options: argparse.Namespace) -> int:
    """The printed network plan, in the language of the messages (--lang)."""
    from .analysis.report import find_node
    from .report import write_plan

    account = network.settings.account_id
    if options.account is not None:
        account = find_node(network, options.account)
        if not isinstance(network.nodes[account], Organisation):
            raise CommandLineError("{name} is not an organisation.", name=options.account)
    write_plan(out, network, account_id=account, language=i18n.language(), paper=options.paper,
               orientation=options.orientation)
    print(translate("Wrote the network plan to {out}.", out=out.name))
    return 0


def _count(count: int, one: str, many: str) -> str:
    return translate(one if count == 1 else many, count=count)


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": _new, "info": _info, "import": _import, "export": _export, **cli_analysis.COMMANDS,
}


if __name__ == "__main__":
    raise SystemExit(main())

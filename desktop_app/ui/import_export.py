"""File → Import and File → Export: every interchange format, from the window.

An import is planned first (nothing changes), the user sees what it will do
(added, updated, skipped with reasons) and confirms, and then it is applied as
one undoable edit in one transaction. Malformed rows are shown and skipped only
when the user agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ..domain.changes import Added, Change, Updated
from ..domain.entities import Contact, Organisation, Tie
from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe
from ..interop import graph_export, json_format, table_export
from ..interop.errors import ImportProblemsError
from ..interop.gexf import read_gexf
from ..interop.graphml import read_graphml
from ..interop.linkedin import read_linkedin
from ..interop.tabular import read_table
from ..interop.vcard import read_vcard
from .commands import perform

Planner = Callable[[Path, Network, bool], tuple[list[Change], list[UserError]]]


def _plain(reader: Callable[[Path, Network], list[Change]]) -> Planner:
    return lambda source, network, _skip: (reader(source, network), [])


def _merging(reader: Callable[..., tuple[list[Change], object]]) -> Planner:
    def plan(source: Path, network: Network, skip_bad: bool) -> tuple[list[Change], list[UserError]]:
        changes, summary = reader(source, network, skip_bad=skip_bad)
        return changes, list(getattr(summary, "skipped", ()))

    return plan


@dataclass(frozen=True)
class Format:
    key: str
    planner: Planner | None
    exporter: Callable[[Network, Path], None] | None
    suffixes: tuple[str, ...]


FORMATS = (
    Format("graphml", _plain(read_graphml), graph_export.export_graphml, ("graphml", "xml")),
    Format("gexf", _plain(read_gexf), graph_export.export_gexf, ("gexf",)),
    Format("json", _merging(lambda source, network, skip_bad: json_format.read_json(source, network)),
           json_format.export_json, ("json",)),
    Format("vcard", _merging(read_vcard), None, ("vcf", "vcard")),
    Format("linkedin", _merging(read_linkedin), None, ("csv",)),
    Format("csv", _merging(read_table), table_export.export_csv, ("csv",)),
    Format("xlsx", _merging(read_table), table_export.export_xlsx, ("xlsx",)),
)


def counts(changes: list[Change]) -> dict[str, int]:
    added = [c.entity for c in changes if isinstance(c, Added)]
    return {
        "organisations": sum(isinstance(e, Organisation) for e in added),
        "contacts": sum(isinstance(e, Contact) for e in added),
        "ties": sum(isinstance(e, Tie) for e in added),
        "updated": sum(isinstance(c, Updated) for c in changes),
    }


class ImportExport(QObject):
    """Adds the Import and Export menus to a main window and carries them out."""

    def __init__(self, window: QWidget, import_menu: QMenu, export_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        names = {
            "graphml": self.tr("GraphML (yEd, Cytoscape)"),
            "gexf": self.tr("GEXF (Gephi)"),
            "json": self.tr("Knute JSON"),
            "vcard": self.tr("vCard Address Book"),
            "linkedin": self.tr("LinkedIn Connections"),
            "csv": self.tr("CSV Table"),
            "xlsx": self.tr("Excel Workbook"),
        }
        self.import_actions: dict[str, QAction] = {}
        self.export_actions: dict[str, QAction] = {}
        for fmt in FORMATS:
            if fmt.planner is not None:
                action = import_menu.addAction(names[fmt.key] + "…")
                action.triggered.connect(lambda _=False, f=fmt: self.import_dialog(f))
                self.import_actions[fmt.key] = action
            if fmt.exporter is not None:
                action = export_menu.addAction(names[fmt.key] + "…")
                action.triggered.connect(lambda _=False, f=fmt: self.export_dialog(f))
                self.export_actions[fmt.key] = action

    def update_enabled(self, has_document: bool, writable: bool) -> None:
        for action in self.import_actions.values():
            action.setEnabled(writable)
        for action in self.export_actions.values():
            action.setEnabled(has_document)

    # ---- import ----------------------------------------------------------
    def import_dialog(self, fmt: Format) -> None:
        patterns = " ".join(f"*.{s}" for s in fmt.suffixes)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), self.window._start_dir(), f"{fmt.key.upper()} ({patterns})"  # type: ignore[attr-defined]
        )
        if path:
            self.import_file(Path(path), fmt.key)

    def import_file(self, source: Path, key: str) -> bool:
        """Plan, confirm, apply as one undo step. Returns True when something was imported."""
        window = self.window
        document = window.document  # type: ignore[attr-defined]
        fmt = next(f for f in FORMATS if f.key == key)
        assert fmt.planner is not None and document is not None
        skip_bad = False
        try:
            changes, skipped = fmt.planner(source, document.network, skip_bad)
        except ImportProblemsError as error:
            if fmt.planner is None or key in ("graphml", "gexf", "json") or not self._ask_skip(error):
                window.show_error(self.tr("Could not import %1").replace("%1", source.name), describe(error))  # type: ignore[attr-defined]
                return False
            skip_bad = True
            try:
                changes, skipped = fmt.planner(source, document.network, skip_bad)
            except UserError as again:
                window.show_error(self.tr("Could not import %1").replace("%1", source.name), describe(again))  # type: ignore[attr-defined]
                return False
        except UserError as error:
            window.show_error(self.tr("Could not import %1").replace("%1", source.name), describe(error))  # type: ignore[attr-defined]
            return False
        if not changes:
            window.show_error(  # type: ignore[attr-defined]
                self.tr("Nothing to import"), self.tr("Everything in %1 is already in the map.").replace("%1", source.name),
                icon=QMessageBox.Icon.Information,
            )
            return False
        if not self.confirm(source, changes, skipped):
            return False
        try:
            perform(window.undo_stack, document, self.tr("Import %1").replace("%1", source.name),  # type: ignore[attr-defined]
                    lambda network: (network.apply(changes), changes)[1])
        except UserError as error:
            window.show_error(self.tr("Could not import %1").replace("%1", source.name), describe(error))  # type: ignore[attr-defined]
            return False
        window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Imported %1").replace("%1", source.name) + " — " + self.summary_text(changes, skipped).replace("\n", ", "),
            10000,
        )
        QTimer.singleShot(0, window.view.fit_to_map)  # type: ignore[attr-defined]
        return True

    def summary_text(self, changes: list[Change], skipped: list[UserError]) -> str:
        n = counts(changes)
        lines = [
            self.tr("New organisations: %1").replace("%1", str(n["organisations"])),
            self.tr("New contacts: %1").replace("%1", str(n["contacts"])),
            self.tr("New ties: %1").replace("%1", str(n["ties"])),
            self.tr("Updated: %1").replace("%1", str(n["updated"])),
            self.tr("Skipped: %1").replace("%1", str(len(skipped))),
        ]
        lines += ["  • " + describe(problem) for problem in skipped[:20]]
        return "\n".join(lines)

    def confirm(self, source: Path, changes: list[Change], skipped: list[UserError]) -> bool:
        """Ask before applying. Tests replace this to answer."""
        answer = QMessageBox.question(
            self.window, self.tr("Import %1").replace("%1", source.name),
            self.tr("Import this into the map? It is one step you can undo.") + "\n\n" + self.summary_text(changes, skipped),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_skip(self, error: ImportProblemsError) -> bool:
        """Malformed rows are skipped only when the user says so. Tests replace this to answer."""
        answer = QMessageBox.question(
            self.window, self.tr("Some rows cannot be read"),
            describe(error) + "\n\n" + self.tr("Skip these and import the rest?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---- export ----------------------------------------------------------
    def export_dialog(self, fmt: Format) -> None:
        document = self.window.document  # type: ignore[attr-defined]
        suggestion = str(document.path.with_suffix("." + fmt.suffixes[0]))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), suggestion, f"{fmt.key.upper()} (*.{fmt.suffixes[0]})"
        )
        if path:
            self.export_file(Path(path), fmt.key)

    def export_file(self, destination: Path, key: str) -> bool:
        fmt = next(f for f in FORMATS if f.key == key)
        assert fmt.exporter is not None
        try:
            fmt.exporter(self.window.document.network, destination)  # type: ignore[attr-defined]
        except (UserError, OSError) as error:
            text = describe(error) if isinstance(error, UserError) else str(error)
            self.window.show_error(self.tr("Could not export"), text)  # type: ignore[attr-defined]
            return False
        self.window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(destination)), 8000)  # type: ignore[attr-defined]
        return True

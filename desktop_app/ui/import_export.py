"""File → Import and File → Export: every interchange format, from the window.

An import is read and planned in a worker (import_worker.py: progress, Cancel,
nothing changes), the user sees what it will do (added, updated, skipped with
reasons) and confirms, and then it is applied as one undoable edit in one
transaction. Malformed rows are shown and skipped only when the user agrees.
A CSV or Excel sheet first goes through the column-mapping dialog, which
remembers the choice per header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ..domain.changes import Added, Change, Updated
from ..domain.entities import Contact, Organisation, Tie
from ..domain.errors import UserError
from ..domain.network import Network
from ..i18n import describe
from ..interop import graph_export, json_format, table_export
from ..interop.columns import ColumnMapping
from ..interop.errors import ImportProblemsError
from ..interop.gexf import read_gexf
from ..interop.graphml import read_graphml
from ..interop.linkedin import read_linkedin
from ..interop.progress import Progress
from ..interop.sheet_preview import preview_table
from ..interop.tabular import read_table
from ..interop.vcard import read_vcard
from .commands import perform_planned
from .dialogs.column_mapping import ColumnMappingDialog
from .import_worker import ImportOutcome, ImportRunner, Plan
from .write_progress import WriteProgress

Reader = Callable[..., object]
TABLES = ("csv", "xlsx")


def _plain(reader: Reader, source: Path, network: Network, progress: Progress, **_: object) -> Plan:
    return reader(source, network, progress=progress), [], []  # type: ignore[return-value]


def _merging(reader: Reader, source: Path, network: Network, progress: Progress, **options: object) -> Plan:
    """Read with every malformed entry set aside: the window asks before it leaves them out."""
    changes, summary = reader(source, network, skip_bad=True, progress=progress, **options)  # type: ignore[misc]
    return changes, list(summary.skipped), list(summary.malformed)


def _json(source: Path, network: Network, progress: Progress, **_: object) -> Plan:
    changes, _summary = json_format.read_json(source, network, progress=progress)
    return changes, [], []


@dataclass(frozen=True)
class Format:
    key: str
    planner: Callable[..., Plan] | None
    exporter: Callable[[Network, Path], None] | None
    suffixes: tuple[str, ...]


FORMATS = (
    Format("graphml", partial(_plain, read_graphml), graph_export.export_graphml, ("graphml", "xml")),
    Format("gexf", partial(_plain, read_gexf), graph_export.export_gexf, ("gexf",)),
    Format("json", _json, json_format.export_json, ("json",)),
    Format("vcard", partial(_merging, read_vcard), None, ("vcf", "vcard")),
    Format("linkedin", partial(_merging, read_linkedin), None, ("csv",)),
    Format("csv", partial(_merging, read_table), table_export.export_csv, ("csv", "tsv", "txt")),
    Format("xlsx", partial(_merging, read_table), table_export.export_xlsx, ("xlsx",)),
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

    finished = Signal(bool)
    """An import ended: True when something was imported."""

    def __init__(self, window: QWidget, import_menu: QMenu, export_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.runner = ImportRunner(window)
        self.runner.finished.connect(self._planned)
        self.write_progress = WriteProgress(window)
        """Shows the progress of applying a big import, and of undoing it."""
        window.document_opened.connect(self.write_progress.follow)  # type: ignore[attr-defined]
        self.mapping_dialog: ColumnMappingDialog | None = None
        self._document: object | None = None
        self._changed_meanwhile = False
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

    # ---- import: choosing the file and its columns ---------------------------------
    def import_dialog(self, fmt: Format) -> None:
        patterns = " ".join(f"*.{s}" for s in fmt.suffixes)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), self.window._start_dir(), f"{fmt.key.upper()} ({patterns})"  # type: ignore[attr-defined]
        )
        if path:
            self.begin(Path(path), fmt.key)

    def begin(self, source: Path, key: str) -> None:
        """Import interactively: a sheet goes through the column-mapping dialog first."""
        if self.window.document is None or self.runner.busy:  # type: ignore[attr-defined]
            return
        if key not in TABLES:
            self.start(source, key)
            return
        try:
            preview = preview_table(source)
        except UserError as error:
            self._fail(source, error)
            return
        settings = getattr(self.window, "settings", None)
        remembered = ColumnMapping.from_json(settings.column_mapping(preview.key), len(preview.header)) if settings else None
        dialog = ColumnMappingDialog(preview, remembered or preview.guess(), self.window.document.network,  # type: ignore[attr-defined]
                                     source.name, self.window)
        self.mapping_dialog = dialog

        def chosen() -> None:
            mapping = dialog.mapping()
            if settings is not None:
                settings.set_column_mapping(preview.key, mapping.to_json())
            self.start(source, key, mapping)

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self.finished.emit(False))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ---- import: reading in the worker, then the summary ---------------------------
    def start(self, source: Path, key: str, mapping: ColumnMapping | None = None) -> bool:
        """Read and plan ``source`` in the worker; the rest follows when it is done. False if it cannot start."""
        document = self.window.document  # type: ignore[attr-defined]
        fmt = next(f for f in FORMATS if f.key == key)
        if document is None or fmt.planner is None or self.runner.busy:
            return False
        planner = partial(fmt.planner, mapping=mapping) if key in TABLES else fmt.planner
        self._document, self._changed_meanwhile = document, False
        document.changed.connect(self._document_changed)
        self.runner.start(planner, source, document.network)
        return True

    def import_file(self, source: Path, key: str, mapping: ColumnMapping | None = None) -> bool:
        """Import without the mapping dialog (a sheet's columns are guessed unless ``mapping`` says) and wait.

        The window stays live meanwhile; the summary is still confirmed. True when something was imported.
        """
        result: list[bool] = []
        loop = QEventLoop()

        def done(ok: bool) -> None:
            result.append(ok)
            loop.quit()

        self.finished.connect(done)
        try:
            if not self.start(source, key, mapping):
                return False
            if not result:
                loop.exec()
        finally:
            self.finished.disconnect(done)
        return result[0]

    def _document_changed(self, _changes: object) -> None:
        self._changed_meanwhile = True

    def _planned(self, outcome: ImportOutcome) -> None:
        document = self._document
        if document is not None:
            document.changed.disconnect(self._document_changed)  # type: ignore[attr-defined]
        self._document = None
        self.finished.emit(self._apply(outcome, document))

    def _apply(self, outcome: ImportOutcome, document: object) -> bool:
        window = self.window
        source = outcome.source
        if outcome.cancelled:
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Import of %1 cancelled; the map is unchanged.").replace("%1", source.name), 8000)
            return False
        if outcome.error is not None:
            self._fail(source, outcome.error)
            return False
        if document is not window.document or self._changed_meanwhile:  # type: ignore[attr-defined]
            window.show_error(self.tr("Could not import %1").replace("%1", source.name), self.tr(  # type: ignore[attr-defined]
                "The map changed while %1 was being read, so nothing was imported. Import it again."
            ).replace("%1", source.name))
            return False
        changes, skipped = outcome.changes, outcome.skipped
        if outcome.malformed and not self._ask_skip(ImportProblemsError(source.name, outcome.malformed)):
            self._fail(source, ImportProblemsError(source.name, outcome.malformed))
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
            applied = perform_planned(window.undo_stack, document,  # type: ignore[attr-defined, arg-type]
                                      self.tr("Import %1").replace("%1", source.name), changes)
        except UserError as error:
            self._fail(source, error)
            return False
        if not applied:
            window.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Import of %1 cancelled; the map is unchanged.").replace("%1", source.name), 8000)
            return False
        window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Imported %1").replace("%1", source.name) + " — " + self.summary_text(changes, skipped).replace("\n", ", "),
            10000,
        )
        QTimer.singleShot(0, window.view.fit_to_map)  # type: ignore[attr-defined]
        return True

    def _fail(self, source: Path, error: UserError) -> None:
        self.window.show_error(self.tr("Could not import %1").replace("%1", source.name), describe(error))  # type: ignore[attr-defined]

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
        if len(skipped) > 20:
            lines.append("  " + self.tr("… and %1 more").replace("%1", str(len(skipped) - 20)))
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

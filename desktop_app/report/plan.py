"""The printed network plan: ``build_plan`` gives PDF bytes, ``write_plan`` writes a file atomically.

Qt-free: the GUI and the CLI hand over a Network (a snapshot, so this can run
in a worker thread) and get a finished PDF. Progress goes to a callback that
can cancel; a cancelled plan writes nothing.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter, portrait
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from ..analysis import Analysis, analyze
from ..domain.entities import Organisation
from ..domain.enums import ActorCategory
from ..domain.ids import NodeId
from ..domain.network import Network
from ..i18n import translate
from ..interop.files import write_atomically
from . import goals, sections, tables
from . import styles as st
from .context import Context, PlanCancelled, Progress, in_language, long_date
from .fonts import BOLD, REGULAR, register
from .legend import legend_drawing
from .map_figure import map_drawing, positions
from .map_scope import map_scope

PAPERS = {"a4": A4, "letter": letter}
HEADER_GAP = 22.0
# Progress milestones (of 100): analysis, sections, tables, then the layout of pages.
ANALYSED, SECTIONS, TABLES = 15, 25, 45
ROWS_PER_PAGE = 38
"""Rough rows per page, to turn pages laid out into progress."""

__all__ = ["PlanCancelled", "build_plan", "write_plan"]


def build_plan(
    network: Network, *, account_id: NodeId | None = None, language: str = "en", paper: str = "a4",
    orientation: str = "portrait", author: str = "", today: dt.date | None = None, progress: Progress | None = None,
    map_image: bytes | str | Path | None = None, analysis: Analysis | None = None,
) -> bytes:
    """The plan as PDF bytes.

    ``account_id`` defaults to the map's account; ``analysis`` may be passed
    when the caller already has a current one (it must be of this network).
    ``map_image`` (PNG bytes or a path) replaces the vector map, for a caller
    that wants exactly what is on screen; the default vector figure is better.
    Raises PlanCancelled when ``progress`` returns False.
    """
    if paper not in PAPERS or orientation not in ("portrait", "landscape"):
        raise ValueError(f"unknown paper {paper!r} or orientation {orientation!r}")
    register()
    today = today or dt.date.today()
    account = account_id or network.settings.account_id
    if not isinstance(network.nodes.get(account), Organisation):  # type: ignore[arg-type]
        account = None
    with in_language(language):
        page = (landscape if orientation == "landscape" else portrait)(PAPERS[paper])
        buffer = io.BytesIO()
        doc = _document(buffer, network, today, page)
        ctx = Context(network, analysis or _nothing(), account, today, author or network.settings.author,
                      doc.width, doc.height, progress)
        ctx.report(0)
        if analysis is None:
            ctx.analysis = analyze(network, today=today, account_id=account)
        ctx.report(ANALYSED)
        story: list[Flowable] = sections.cover(ctx)
        story += _map_page(ctx, doc, map_image)
        story += [*sections.key_figures(ctx), *sections.coverage(ctx), PageBreak(), *sections.findings(ctx)]
        ctx.report(SECTIONS)
        story += [PageBreak(), *goals.goals(ctx), *tables.actions(ctx)]
        contact_count = len(network.nodes)
        split = SECTIONS + (TABLES - SECTIONS) * contact_count // max(contact_count + len(network.ties), 1)
        story += [PageBreak(), *tables.contacts(ctx, SECTIONS, split), PageBreak(), *tables.ties(ctx, split, TABLES)]
        ctx.report(TABLES)
        pages = max(1, (len(network.nodes) + len(network.ties)) // ROWS_PER_PAGE + 6)

        def on_progress(kind: str, value: int) -> None:
            if kind == "PAGE":
                ctx.report(TABLES + (100 - TABLES - 1) * min(value, pages) // pages)

        doc.setProgressCallBack(on_progress)
        doc.build(story, canvasmaker=_numbered_canvas(network.settings.title, long_date(today)))
        ctx.report(100)
    return buffer.getvalue()


def write_plan(path: str | Path, network: Network, **options: object) -> Path:
    """Build the plan and write it to ``path`` atomically: nothing is written if building fails or is cancelled."""
    data = build_plan(network, **options)  # type: ignore[arg-type]
    path = Path(path)
    write_atomically(path, data)
    return path


def _nothing() -> Analysis:
    return None  # type: ignore[return-value]  # replaced before any section reads it


def _document(buffer: io.BytesIO, network: Network, today: dt.date, page: tuple[float, float]) -> BaseDocTemplate:
    title = network.settings.title
    doc = BaseDocTemplate(buffer, pagesize=page, leftMargin=st.MARGIN, rightMargin=st.MARGIN,
                          topMargin=st.MARGIN + 6, bottomMargin=st.MARGIN + 4, title=title,
                          author=network.settings.author, subject=translate("Network plan"), creator="Knute")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    # The map gets a page of its own, turned when that gives the (usually wide) figure more room.
    turned = (page[1], page[0])
    map_frame = Frame(doc.leftMargin, doc.bottomMargin, turned[0] - doc.leftMargin - doc.rightMargin,
                      turned[1] - doc.topMargin - doc.bottomMargin, id="map", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=page),
                          PageTemplate(id="turned", frames=[map_frame], pagesize=turned)])
    return doc


def _map_page(ctx: Context, doc: BaseDocTemplate, map_image: bytes | str | Path | None) -> list[Flowable]:
    """The map on a page of its own; the page is turned when the figure's shape fits that better."""
    heading = Paragraph(st.text(translate("The map")), st.H1)
    scope = map_scope(ctx.network, ctx.analysis, ctx.account_id)
    if map_image is not None:
        source = io.BytesIO(map_image) if isinstance(map_image, bytes) else str(map_image)
        image = Image(source)
        shape = image.drawWidth / max(image.drawHeight, 1)
    else:
        at = list(positions(ctx.network, scope).values())
        xs, ys = [p[0] for p in at], [p[1] for p in at]
        shape = (max(xs, default=0) - min(xs, default=0) + 1) / (max(ys, default=0) - min(ys, default=0) + 1)
    page_wide = ctx.width > ctx.height
    turn = (shape > 1.15) != page_wide and abs(shape - 1) > 0.15
    frame = doc.pageTemplates[1].frames[0] if turn else doc.pageTemplates[0].frames[0]
    width, height = frame._width, frame._height
    before: list[Flowable] = [NextPageTemplate("turned" if turn else "page"), PageBreak(), heading]
    after: list[Flowable] = [NextPageTemplate("page"), PageBreak()]
    if map_image is not None:
        ratio = min(width / image.drawWidth, (height - 60) / image.drawHeight, 1.0)
        image.drawWidth, image.drawHeight = image.drawWidth * ratio, image.drawHeight * ratio
        return [*before, image, *after]
    categories = {n.category for n in ctx.network.organisations() if n.id in scope.node_ids}
    legend = legend_drawing([c for c in ActorCategory if c in categories], width)
    if scope.whole:
        caption = translate("The whole map: {count} nodes.", count=scope.total)
    else:
        caption = translate("The neighbourhood of {account}: {shown} of {total} nodes (our people, the account's "
                            "people and whom they are tied to, most important first).",
                            account=ctx.network.name_of(scope.account_id) if scope.account_id else "",
                            shown=len(scope.node_ids), total=scope.total) if scope.account_id else translate(
            "The {shown} most important of {total} nodes.", shown=len(scope.node_ids), total=scope.total)
    room = height - 40 - legend.height - 30
    figure = map_drawing(ctx.network, ctx.analysis, scope, width, room)
    return [*before, Paragraph(st.text(caption), st.SMALL), figure, legend, *after]


def _numbered_canvas(title: str, date: str) -> type[Canvas]:
    """A canvas that knows the page count when it saves, for 'Page 3 of 12' (one layout pass, not two)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            # The built-in Helvetica would otherwise be listed (not embedded) as the canvas's first font.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            number = self._pageNumber
            self.saveState()
            self.setFillColor(st.MUTED)
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            if number > 1:
                top = height - st.MARGIN + 4
                self.setFont(BOLD, 7.5)
                self.drawString(st.MARGIN, top, title)
                self.setFont(REGULAR, 7.5)
                self.drawRightString(width - st.MARGIN, top, translate("Network plan"))
                self.line(st.MARGIN, top - 4, width - st.MARGIN, top - 4)
            bottom = st.MARGIN - 4
            self.line(st.MARGIN, bottom + 10, width - st.MARGIN, bottom + 10)
            self.setFont(REGULAR, 7.5)
            self.drawString(st.MARGIN, bottom, f"{title} · {date}")
            self.drawRightString(width - st.MARGIN, bottom, translate("Page {page} of {pages}", page=number,
                                                                      pages=total))
            self.restoreState()

    return NumberedCanvas

"""The long tables of the plan: contacts, ties and the action plan by owner.

Tables repeat their header row on every page they run over (``repeatRows=1``);
cells that would not fit wrap as Paragraphs, the others stay plain strings so
that a 5,000-row table is built in seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph

from ..analysis.quality import CLASS_NAMES
from ..analysis.text import number
from ..domain.entities import Action, Contact
from ..i18n import translate
from ..i18n.labels import label
from . import styles as st
from .context import Context, short_date
from .fonts import BOLD, REGULAR
from .sections import OPEN

PROGRESS_EVERY = 500
"""Rows between two progress reports (and chances to cancel)."""
CHUNK_ABOVE, CHUNK = 600, 400
"""Tables longer than CHUNK_ABOVE rows are laid out in pieces of CHUNK rows (each with its header)."""
TIE_LIMIT = 1500
"""Most ties listed; a larger map lists those of our people and the account first (all are in the CSV)."""


def column_widths(header: Sequence[str], widths: Sequence[float | None], rows: list[list[object]],
                  total: float) -> list[float]:
    """Columns marked None fit their widest cell or header (short words never break); the rest share what is left."""
    fitted: dict[int, float] = {}
    for i, w in enumerate(widths):
        if w is None:
            widest = max((stringWidth(str(r[i]), REGULAR, st.TABLE_FONT_SIZE) for r in rows), default=0.0)
            fitted[i] = max(widest, stringWidth(header[i], BOLD, st.TABLE_FONT_SIZE)) + 2 * st.CELL_PAD + 1
    share = sum(w for w in widths if w is not None)
    left = total - sum(fitted.values())
    return [fitted[i] if w is None else left * w / share for i, w in enumerate(widths)]


def _table(ctx: Context, header: Sequence[str], widths: Sequence[float | None], rows: list[list[object]],
           numeric_from: int | None = None, start: int = 0, end: int = 0) -> list[Flowable]:
    cols = column_widths(header, widths, rows, ctx.width)
    head = [st.cell(h, w, bold=True) for h, w in zip(header, cols, strict=True)]
    data: list[list[object]] = []
    for i, row in enumerate(rows):
        if i % PROGRESS_EVERY == 0 and end > start:
            ctx.report(start + (end - start) * i // max(len(rows), 1))
        data.append([st.cell(v, w) for v, w in zip(row, cols, strict=True)])
    # WORKAROUND: reportlab re-measures every remaining row at each page split, so one table of
    # thousands of rows costs quadratic time (30 s for 20,000 rows); pieces of CHUNK rows keep it linear.
    size = max(len(data), 1) if len(data) <= CHUNK_ABOVE else CHUNK
    tables: list[Flowable] = []
    for first in range(0, max(len(data), 1), size):
        piece = [head, *data[first:first + size]]
        table = LongTable(piece, colWidths=cols, repeatRows=1, hAlign="LEFT")
        table.setStyle(st.table_style(len(piece), numeric_from))
        tables.append(table)
    return tables


def contacts(ctx: Context, start: int, end: int) -> list[Flowable]:
    network = ctx.network

    def key(c: Contact) -> tuple[str, float, str]:
        return (ctx.organisation_name(c).casefold(), -(ctx.importance(c.id) or 0.0), c.name.casefold())

    rows: list[list[object]] = []
    for c in sorted(network.contacts(), key=key):
        importance = ctx.importance(c.id)
        rows.append([c.name, ctx.organisation_name(c), c.title, label(c.role), label(c.attitude),
                     "" if c.influence is None else str(c.influence),
                     "" if importance is None else number(importance)])
    header = [translate("Name"), translate("Organisation"), translate("Title"), translate("Role"),
              translate("Attitude"), translate("Influence"), translate("Importance")]
    widths: list[float | None] = [1.0, 1.0, 1.0, None, None, None, None]
    return [Paragraph(st.text(translate("Contacts")), st.H1),
            *_table(ctx, header, widths, rows, numeric_from=5, start=start, end=end)]


def ties(ctx: Context, start: int, end: int) -> list[Flowable]:
    network, qualities = ctx.network, ctx.analysis.qualities

    def key(tie_id: str) -> tuple[float, str]:
        q = qualities.get(tie_id)  # type: ignore[call-overload]
        return (-(q.quality if q and q.quality is not None else -1.0), network.name_of(network.ties[tie_id].source_id))  # type: ignore[index]

    ordered = sorted(network.ties, key=key)
    note = ""
    if len(ordered) > TIE_LIMIT:
        ours = set(ctx.analysis.sources) | {o.id for o in network.own_organisations()}
        if ctx.account_id:
            ours |= {ctx.account_id, *(c.id for c in network.members_of(ctx.account_id))}
        mine = [t for t in ordered if network.ties[t].source_id in ours or network.ties[t].target_id in ours]
        ordered = mine[:TIE_LIMIT]
        if len(ordered) < len(mine):
            note = " " + translate("Listed: the {shown} strongest of the {total} ties of our people and the account "
                                   "(all {all} ties are in the CSV export).", shown=len(ordered), total=len(mine),
                                   all=len(network.ties))
        else:
            note = " " + translate("Listed: the {total} ties of our people and the account (all {all} ties are in the "
                                   "CSV export).", total=len(mine), all=len(network.ties))
    rows: list[list[object]] = []
    for tie_id in ordered:
        tie = network.ties[tie_id]
        q = qualities.get(tie_id)
        between = f"{network.name_of(tie.source_id)} – {network.name_of(tie.target_id)}"
        rows.append([between, label(tie.type),
                     "" if q is None or q.quality is None else number(q.quality),
                     translate(CLASS_NAMES[q.tie_class]) if q else "",
                     *("" if r is None else str(r) for r in tie.ratings.values()),
                     short_date(q.last_contact if q else tie.last_contact)])
    header = [translate("Between"), translate("Type"), translate("Quality"), translate("Class"),
              translate("Acq."), translate("Avail."), translate("Trust"), translate("Supp."), translate("Last contact")]
    widths: list[float | None] = [1.0, None, None, None, None, None, None, None, None]
    return [Paragraph(st.text(translate("Ties")), st.H1),
            Paragraph(st.text(translate("Quality 0–100 from the four ratings 1–5 (acquaintance, availability, trust, "
                                        "support), adjusted for recency of contact; strongest first.") + note),
                      st.SMALL),
            *_table(ctx, header, widths, rows, numeric_from=2, start=start, end=end)]


def actions(ctx: Context) -> list[Flowable]:
    network = ctx.network
    flow: list[Flowable] = [Paragraph(st.text(translate("Action plan")), st.H1)]
    if not network.actions:
        return [*flow, Paragraph(st.text(translate("No actions planned yet.")), st.BODY)]
    by_owner: dict[str, list[Action]] = {}
    for action in network.actions.values():
        owner = network.name_of(action.owner_id) if action.owner_id else translate("No owner")
        by_owner.setdefault(owner, []).append(action)
    header = [translate("What"), translate("For"), translate("Due"), translate("Status"), translate("Intent")]
    widths: list[float | None] = [0.6, 0.4, None, None, None]
    for owner in sorted(by_owner, key=str.casefold):
        items = sorted(by_owner[owner], key=lambda a: (a.due is None, a.due or ctx.today, a.title))
        rows: list[list[object]] = []
        overdue_rows = []
        for i, a in enumerate(items, start=1):
            late = a.status in OPEN and a.due is not None and a.due < ctx.today
            status = label(a.status) + (" · " + translate("overdue") if late else "")
            what = a.title + (f"\n{a.note}" if a.note else "")
            rows.append([what, _target(ctx, a), short_date(a.due), status, label(a.intent)])
            if late:
                overdue_rows.append(i)
        flow.append(Paragraph(st.text(owner), st.H2))
        pieces = _table(ctx, header, widths, rows)
        for i in overdue_rows:
            piece = pieces[(i - 1) // CHUNK] if len(pieces) > 1 else pieces[0]
            row = (i - 1) % CHUNK + 1 if len(pieces) > 1 else i
            piece.setStyle([("TEXTCOLOR", (2, row), (3, row), st.OVERDUE)])  # type: ignore[attr-defined]
        flow += pieces
    return flow


def _target(ctx: Context, action: Action) -> str:
    network = ctx.network
    if action.tie_id and action.tie_id in network.ties:
        tie = network.ties[action.tie_id]
        return f"{network.name_of(tie.source_id)} – {network.name_of(tie.target_id)}"
    return network.name_of(action.node_id) if action.node_id else ""

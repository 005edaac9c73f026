"""The account goals of the plan, by horizon: this year, 1–2 years, 3–5 years."""

from __future__ import annotations

from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from ..domain.entities import Goal
from ..domain.enums import GoalHorizon
from ..domain.ids import NodeId
from ..i18n import translate
from ..i18n.labels import label
from . import styles as st
from .context import Context
from .tables import column_widths


def goals(ctx: Context) -> list[Flowable]:
    """The account's goals (or, without an account, every organisation's), nearest horizon first."""
    network = ctx.network
    flow: list[Flowable] = [Paragraph(st.text(translate("Account goals")), st.H1)]
    if ctx.account_id:
        owners: list[NodeId] = [ctx.account_id]
    else:
        owners = sorted({g.organisation_id for g in network.goals.values()},
                        key=lambda o: network.name_of(o).casefold())
    chosen = [g for o in owners for g in network.goals_of(o)]
    if not chosen:
        empty = (translate("No goals set for {account} yet.", account=ctx.account_name) if ctx.account_id
                 else translate("No account goals set yet."))
        return [*flow, Paragraph(st.text(empty), st.BODY), Spacer(1, 12)]
    several = len({g.organisation_id for g in chosen}) > 1
    for horizon in GoalHorizon:
        found = [g for g in chosen if g.horizon is horizon]
        if found:
            flow += [Paragraph(st.text(label(horizon)), st.H2), _table(ctx, found, several)]
    return [*flow, Spacer(1, 16)]


def _table(ctx: Context, found: list[Goal], several: bool) -> LongTable:
    header = [translate("Goal"), translate("Strategy")]
    widths: list[float | None] = [0.5, 0.5]
    rows: list[list[object]] = [[g.text, g.strategy] for g in found]
    if several:
        header.insert(0, translate("Account"))
        widths.insert(0, 0.25)
        for row, goal in zip(rows, found, strict=True):
            row.insert(0, ctx.network.name_of(goal.organisation_id))
    cols = column_widths(header, widths, rows, ctx.width)
    data = [[st.cell(h, w, bold=True) for h, w in zip(header, cols, strict=True)]]
    data += [[st.cell(v, w) for v, w in zip(row, cols, strict=True)] for row in rows]
    table = LongTable(data, colWidths=cols, repeatRows=1, hAlign="LEFT")
    table.setStyle(st.table_style(len(data)))
    return table

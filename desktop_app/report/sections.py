"""The prose sections of the plan: cover, key figures, findings, coverage of the account."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..analysis import Coverage, FindingKind, Severity, TieClass
from ..analysis.text import number
from ..domain.enums import ActionStatus
from ..i18n import translate
from ..i18n.labels import label
from . import styles as st
from .context import Context, long_date

SEVERITY_NAMES = {Severity.HIGH: "High", Severity.MEDIUM: "Medium", Severity.LOW: "Low"}
LEVEL_NAMES = {2: "Strong route", 1: "Medium route", 0: "Only weak ties", None: "Not reached"}
OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def cover(ctx: Context) -> list[Flowable]:
    settings = ctx.network.settings
    own = ", ".join(o.name for o in ctx.network.own_organisations())
    rows = []
    if ctx.account_id:
        rows.append((translate("Account"), ctx.account_name))
    if own:
        rows.append((translate("Our organisation"), own))
    if ctx.author:
        rows.append((translate("Author"), ctx.author))
    rows.append((translate("Date"), long_date(ctx.today)))
    table = Table([[Paragraph(st.text(k), st.SMALL), Paragraph(st.text(v), st.BODY)] for k, v in rows],
                  colWidths=[40 * 2.83, ctx.width - 40 * 2.83], hAlign="LEFT")
    table.setStyle([("FONT", (0, 0), (-1, -1), st.REGULAR, 9), ("VALIGN", (0, 0), (-1, -1), "BASELINE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, st.RULE), ("TOPPADDING", (0, 0), (-1, -1), 5)])
    flow: list[Flowable] = [
        Spacer(1, ctx.height * 0.22),
        Paragraph(st.text(translate("Network plan")), st.SUBTITLE),
        Paragraph(st.text(ctx.account_name or settings.title), st.TITLE),
    ]
    if ctx.account_id and settings.title:
        flow.append(Paragraph(st.text(settings.title), st.SUBTITLE))
    flow += [Spacer(1, 18), table]
    if settings.description:
        flow += [Spacer(1, 18), Paragraph(st.text(settings.description), st.SMALL)]
    return flow


def key_figures(ctx: Context) -> list[Flowable]:
    network, analysis = ctx.network, ctx.analysis
    classes = {c: 0 for c in TieClass}
    for quality in analysis.qualities.values():
        classes[quality.tie_class] += 1
    contacts = sum(1 for _ in network.contacts())
    rows: list[tuple[str, str]] = [
        (translate("Contacts"), str(contacts)),
        (translate("Organisations"), str(len(network.nodes) - contacts)),
        (translate("Ties"), str(len(network.ties))),
        (translate("Strong ties"), str(classes[TieClass.STRONG])),
        (translate("Medium ties"), str(classes[TieClass.MEDIUM])),
        (translate("Weak ties"), str(classes[TieClass.WEAK])),
        (translate("Unrated ties"), str(classes[TieClass.UNRATED])),
    ]
    for cov in _coverages(ctx)[:1]:
        rows.append((translate("Decision makers and influencers reached through strong ties"),
                     f"{cov.reached_strong} / {cov.total} ({number(cov.strong_share)} %)"))
        rows.append((translate("Reached at all"), f"{cov.reached_any} / {cov.total} ({number(cov.any_share)} %)"))
    kinds = [f.kind for f in analysis.findings]
    rows.append((translate("Single points of failure (people and ties)"),
                 str(kinds.count(FindingKind.SINGLE_POINT_OF_FAILURE) + kinds.count(FindingKind.BRIDGE))))
    rows.append((translate("Isolated nodes"), str(kinds.count(FindingKind.ISOLATED))))
    if analysis.structure is not None:
        rows.append((translate("Separate parts of the network"), str(len(analysis.structure.components))))
        rows.append((translate("Density"), number(analysis.structure.density, 3)))
    actions = list(network.actions.values())
    overdue = sum(1 for a in actions if a.status in OPEN and a.due and a.due < ctx.today)
    rows.append((translate("Open actions"), str(sum(1 for a in actions if a.status in OPEN))))
    rows.append((translate("Overdue actions"), str(overdue)))
    value_w = 90.0
    table = Table([[Paragraph(st.text(k), st.CELL), v] for k, v in rows], colWidths=[ctx.width - value_w, value_w],
                  hAlign="LEFT")
    style = st.table_style(len(rows), numeric_from=1)
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.white)
    style.add("FONT", (0, 0), (-1, -1), st.REGULAR, st.TABLE_FONT_SIZE + 1, st.TABLE_LEADING + 1)
    style.add("LINEBELOW", (0, 0), (-1, 0), 0, colors.white)  # no header row here
    table.setStyle(style)
    return [Paragraph(st.text(translate("Key figures")), st.H1), table, Spacer(1, 16)]


def findings(ctx: Context) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(st.text(translate("Findings")), st.H1)]
    if not ctx.analysis.findings:
        return [*flow, Paragraph(st.text(translate("No findings: nothing needs attention now.")), st.BODY)]
    flow.append(Paragraph(st.text(translate("Most severe first, each with a suggested action.")), st.SMALL))
    for i, finding in enumerate(ctx.analysis.findings, start=1):
        colour = st.SEVERITY_COLOURS[finding.severity.value].hexval()[2:]
        severity = translate(SEVERITY_NAMES[finding.severity])
        head = Paragraph(f'{i}. <font color="#{colour}"><b>{st.text(severity)}</b></font> · '
                         f"{st.text(finding.message)}", st.FINDING)
        action = Paragraph("→ " + st.text(finding.suggested_action), st.ACTION)
        flow.append(KeepTogether([head, action]))
    return flow


def _coverages(ctx: Context) -> list[Coverage]:
    if ctx.account_id:
        found = ctx.analysis.coverage_of(ctx.account_id)
        return [found] if found else []
    return list(ctx.analysis.coverages)


def coverage(ctx: Context) -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(st.text(translate("Coverage of the account's decision makers")), st.H1)]
    coverages = _coverages(ctx)
    if not coverages:
        return [*flow, Paragraph(st.text(translate("No customer account in the map.")), st.BODY)]
    for cov in coverages:
        flow += _one_coverage(ctx, cov)
    return flow


def _one_coverage(ctx: Context, cov: Coverage) -> list[Flowable]:
    network = ctx.network
    flow: list[Flowable] = [Paragraph(st.text(network.name_of(cov.account_id)), st.H2)]
    if not cov.total:
        return [*flow, Paragraph(st.text(translate("No decision makers or influencers are marked at this account.")),
                                 st.BODY)]
    flow.append(Paragraph(st.text(translate(
        "{strong} of {total} reached through strong ties ({share} %), {any} reached at all, through {holders} of our "
        "people.", strong=cov.reached_strong, total=cov.total, share=number(cov.strong_share), any=cov.reached_any,
        holders=len(cov.holders))), st.BODY))
    widths = [0.26, 0.16, 0.16, 0.14, 0.28]
    cols = [w * ctx.width for w in widths]
    header = [translate("Person"), translate("Role"), translate("Access"), translate("Independent routes"),
              translate("Strongest route")]
    rows: list[list[object]] = [[st.cell(h, w, bold=True) for h, w in zip(header, cols, strict=True)]]
    for target in cov.targets:
        route = " → ".join(network.name_of(n) for n in target.route.nodes) if target.route else ""
        values = [network.name_of(target.person), label(target.role), translate(LEVEL_NAMES[target.level]),
                  str(target.routes), route]
        rows.append([st.cell(v, w) for v, w in zip(values, cols, strict=True)])
    table = Table(rows, colWidths=cols, repeatRows=1, hAlign="LEFT")
    table.setStyle(st.table_style(len(rows)))
    return [*flow, table]

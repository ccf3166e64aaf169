"""Human output: Rich tables that also say what to do next."""

from __future__ import annotations

from datetime import datetime

from tactful.cli.reads import AD_ORIGINS
from tactful.cli.state import console
from tactful.kinds import COMMAND_WORDS, StepKind, StepState

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from tactful.ads import AdReport
    from tactful.policy import RoundPlan, Step

STATE_STYLE = {
    StepState.DUE: "bold green",
    StepState.LATE: "bold yellow",
    StepState.UPCOMING: "cyan",
    StepState.SENT: "dim",
    StepState.CANCELLED: "dim strike",
    StepState.SKIPPED: "dim",
}
COMMAND_KIND = COMMAND_WORDS


def when(moment: datetime, *, all_day: bool = False) -> str:
    return moment.strftime("%a %d %b %Y") if all_day else moment.strftime("%a %d %b %Y %H:%M")


def window(step: Step) -> str:
    all_day = step.kind is StepKind.STATUS_INQUIRY
    return f"{when(step.earliest, all_day=all_day)} → {when(step.latest, all_day=all_day)}"


def next_action(plan: RoundPlan, step: Step) -> str:
    return next_action_for(plan.interview.id, step)


def next_action_for(interview_id: int | None, step: Step) -> str:
    kind = COMMAND_KIND[step.kind]
    return f"tactful draft {interview_id} {kind}   then   tactful sent {interview_id} {kind}"


def render_plans(plans: list[RoundPlan], lang: str = "en") -> None:
    """Each round: a heading, then each step's state and window with its reason below."""
    from rich.padding import Padding
    from rich.text import Text

    out = console()
    for plan in plans:
        iv, app = plan.interview, plan.application
        heading = Text()
        heading.append(f"{app.company} — {app.role}", style="bold")
        heading.append(
            f" · round {iv.round} · interview {iv.id} · {when(iv.starts_at)} · {plan.state}"
        )
        out.print(heading)
        for step in plan.steps:
            line = Text("  ")
            line.append(f"{step.kind!s:<16}")
            line.append(f"{step.state!s:<10}", style=STATE_STYLE[step.state])
            line.append(window(step))
            out.print(line)
            out.print(Padding(Text(step.reason_in(lang), style="dim"), (0, 0, 0, 4), expand=False))
        out.print(Padding(Text(plan.advice_in(lang)), (0, 0, 0, 2), expand=False))
        for step in plan.steps:
            if step.state in (StepState.DUE, StepState.LATE):
                out.print(f"  Next: {next_action(plan, step)}", markup=False)
        out.print()


def render_due(items: list[tuple[RoundPlan, Step]]) -> None:
    out = console()
    if not items:
        out.print("Nothing is due now. 'tactful plan' shows what comes next.")
        return
    from rich.table import Table

    table = Table(title="Due now, most urgent first", title_justify="left")
    for column in ("interview", "company", "role", "step", "state", "until"):
        table.add_column(column)
    for plan, step in items:
        all_day = step.kind is StepKind.STATUS_INQUIRY
        table.add_row(
            str(plan.interview.id),
            plan.application.company,
            plan.application.role,
            str(step.kind),
            f"[{STATE_STYLE[step.state]}]{step.state}[/]",
            when(step.latest, all_day=all_day),
        )
    out.print(table)
    plan, step = items[0]
    out.print(f"Next: {next_action(plan, step)}", markup=False)


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_ad_report(report: AdReport, name: str, limit: int = 60) -> None:
    from rich.markup import escape

    out = console()
    where = ", ".join(report.jurisdictions) or "none"
    origin = AD_ORIGINS[report.jurisdiction_source]
    out.print(
        f"[bold]{escape(name)}[/bold]: score [bold]{report.score}/100[/bold] · "
        f"{report.words} words · {report.language} · jurisdictions: {where} ({origin})"
    )
    coding = report.gender_coding
    out.print(
        f"Gender coding: {coding.verdict} ({len(coding.masculine)} masculine, "
        f"{len(coding.feminine)} feminine words)"
    )
    deductions = ", ".join(f"{c} −{v:g}" for c, v in report.deductions.items() if v)
    if deductions:
        out.print(f"Points off: {deductions}")
    if not report.findings:
        out.print("No findings.")
        return
    out.print("[bold]Findings[/bold] " + escape("(line:column [start–end] in the text as read):"))
    for finding in report.findings[:limit]:
        where_ = (
            "whole ad"
            if finding.line is None
            else (f"{finding.line}:{finding.column} [{finding.start}–{finding.end}]")
        )
        style = _SEVERITY_STYLE[finding.severity]
        fix = f" → {finding.replacement}" if finding.replacement else ""
        out.print(
            f"  [{style}]{finding.severity:<7}[/] {escape(where_)}  "
            f"{finding.category}/{finding.rule}"
        )
        out.print(f"          {escape(finding.message + fix)}")
        out.print(f"          [dim]fix: {escape(finding.suggestion)}[/dim]")
    if len(report.findings) > limit:
        out.print(f"… and {len(report.findings) - limit} more findings (use --json for all)")
    ranked = [(f, g) for f, g in report.ranked_fixes() if g > 0][:10]
    if ranked:
        out.print("[bold]Fixes that raise the score most[/bold] (re-scored without each):")
        for finding, gain in ranked:
            where_ = "" if finding.line is None else f" at {finding.line}:{finding.column}"
            words = f" “{finding.text}”" if finding.text else ""
            out.print(escape(f"  +{gain:g}  {finding.rule}{words}{where_}: {finding.suggestion}"))

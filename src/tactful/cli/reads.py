"""The read commands' bodies, shared by the Typer tree and the fast path (tactful.cli.fast):
`due`, `plan`, `list`, `show`, `check` and `ad check`. No Typer here, and Rich only when it
prints to a terminal or prints what tactful.cli.plain does not lay out itself."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from tactful.cli import plain
from tactful.cli.jsonout import write_object
from tactful.cli.state import State, console, print_json

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Callable

    from tactful.ads import AdReport
    from tactful.core import RoundStateRow
    from tactful.policy import RoundPlan, Step
    from tactful.policy.due import RoundValues
    from tactful.store.state_reading import ApplicationHead

    DueRow = tuple[int | None, str, str, Step]
    """A due step as the table shows it: interview id, company, role, the step."""


def due(state: State, as_json: bool) -> None:
    """What to send now (due or late), most urgent first."""
    tactful = state.api
    if as_json:
        _due_json(state)
        return
    # Plain text (a pipe, a file) from the due steps alone; Rich, when it prints, from plans.
    if _plain(lambda size: plain_due(_due_rows(tactful.due_now()), size)):
        return
    from tactful.cli.render import render_due

    render_due(tactful.due())


def _due_rows(items: list[tuple[RoundValues, Step]]) -> list[DueRow]:
    return [(r[0], r[2], r[3], step) for r, step in items]


def _due_json(state: State) -> None:
    from tactful.cli.due_json import write_due_json

    write_due_json(state, json_indent())


def json_indent() -> int | None:
    """As print_json: indented for a person at a terminal, compact for a pipe."""
    return 2 if sys.stdout.isatty() else None


def plan(state: State, interview_id: int | None, as_json: bool) -> None:
    """The follow-up plan of every interview round (or one), with the reasons."""
    tactful = state.api
    if as_json and interview_id is None:
        from tactful.serialize import plan_json

        lang = tactful.lang
        items = (plan_json(p, lang) for _, plans in tactful.iter_plans() for p in plans)
        write_object(
            sys.stdout.write, [("interviews", None)], "interviews", items, indent=json_indent()
        )
        return
    plans = tactful.plans(interview_id)
    if as_json:
        from tactful.serialize import plan_json

        lang = tactful.lang
        print_json({"interviews": [plan_json(p, lang) for p in plans]})
        return
    if not plans:
        sys.stdout.write("No interview rounds yet: tactful interview add APPLICATION_ID --at ...\n")
        return
    lang = tactful.lang
    if _plain(lambda size: plain_plans(plans, lang, size)):
        return
    from tactful.cli.render import render_plans

    render_plans(plans, lang)


def overview(state: State, as_json: bool) -> None:
    """Every application with its interview rounds (`tactful list`): each round's state is its
    plan's, computed without building plans (`Tactful.iter_overview`)."""
    tactful = state.api
    if as_json:
        items = (item for batch in tactful.iter_overview_json() for item in batch)
        write_object(
            sys.stdout.write, [("applications", None)], "applications", items, indent=json_indent()
        )
        return
    rows = [
        row for heads, rounds in tactful.iter_overview() for row in _overview_rows(heads, rounds)
    ]
    if not rows:
        sys.stdout.write(
            "No applications yet. Add one: tactful application add --company C --role R\n"
        )
        return
    if _plain(lambda size: plain.table(OVERVIEW_COLUMNS, rows, size, title="Applications")):
        return
    from rich.table import Table

    table = Table(title="Applications")
    for column in OVERVIEW_COLUMNS:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console().print(table)


OVERVIEW_COLUMNS = ("id", "company", "role", "closing", "rounds")


def _overview_rows(heads: list[ApplicationHead], states: list[RoundStateRow]) -> list[list[str]]:
    rounds: dict[int, list[str]] = {}
    for application_id, interview_id, number, round_state in states:
        rounds.setdefault(application_id, []).append(
            f"#{interview_id} round {number}: {round_state}"
        )
    return [
        [
            str(id_),
            company,
            role,
            closing.isoformat() if closing else "",
            ", ".join(rounds.get(id_, [])) or "no interview yet",
        ]
        for id_, company, role, closing in heads
    ]


def _gist(text: str, width: int = 60) -> str:
    """A long text on one line: its start and how many words it has (all of it is in --json)."""
    words = text.split()
    line = " ".join(words)
    if len(line) <= width:
        return line
    return f"{line[: width - 12].rsplit(' ', 1)[0]}… ({len(words)} words)"


def show(state: State, application_id: int, as_json: bool) -> None:
    """An application, its rounds and their plans."""
    from tactful.serialize import application_detail_json

    tactful = state.api
    app = tactful.application(application_id)
    plans = tactful.application_plans(application_id)
    if as_json:
        print_json(application_detail_json(app, plans, tactful.lang))
        return
    lang = tactful.lang
    facts = [
        ("Contact", str(app.contact) if app.contact else ""),
        ("Posting", app.url),
        ("Closing date", app.closing_date.isoformat() if app.closing_date else ""),
        ("Holidays of", "-".join(x for x in (app.country, app.subdivision) if x)),
        ("Emails in", {"en": "English", "fr": "French"}.get(app.language, "")),
        ("Notes", app.notes),
        ("Requirements", _gist(app.requirements)),
    ]
    none_yet = f'No interview yet: tactful interview add {app.id} --at "YYYY-MM-DD HH:MM"'

    def write_plain(size: int) -> str:
        company, role = _markup_value(app.company), _markup_value(app.role)
        out = [plain.printed(f"{company} — {role}  (application {app.id})", size)]
        out += [
            plain.printed(f"  {label}: {value}", size, markup=False)
            for label, value in facts
            if value
        ]
        out.append(plain_plans(plans, lang, size) if plans else plain.printed(none_yet, size))
        return "".join(out)

    if _plain(write_plain):
        return
    from tactful.cli.render import render_plans

    out = console()
    out.print(f"[bold]{app.company}[/bold] — {app.role}  (application {app.id})")
    for label, value in facts:
        if value:
            out.print(f"  {label}: {value}", markup=False)
    if plans:
        render_plans(plans, lang)
    else:
        out.print(none_yet)


def _markup_value(text: str) -> str:
    """A value printed inside Rich markup, unescaped: plain only without brackets or
    backslashes (Rich would read those as markup)."""
    if "[" in text or "]" in text or "\\" in text:
        raise plain.Unsupported(text)
    return text


def check(
    state: State,
    source: str,
    *,
    kind: str | None,
    interview: int | None,
    lang: str | None,
    as_json: bool,
) -> int:
    """Check a follow-up email: print the findings and the verdict; 1 when it should be revised."""
    with compiled_matchers("check"):
        from tactful.checks.model import normalise_kind, normalise_lang
        from tactful.cli.inputs import read_email

        kind = normalise_kind(kind)
        lang = normalise_lang(lang)
        text, name = read_email(source)
        return _check(state, text, name, kind, interview, lang, as_json)


def _check(
    state: State,
    text: str,
    name: str,
    kind: str | None,
    interview: int | None,
    lang: str | None,
    as_json: bool,
) -> int:
    from tactful.checks import EmailContext, check_email, kind_for
    from tactful.checks.render import render_report

    context = None
    if interview is not None:
        tactful = state.api
        context = EmailContext(plan=tactful.plan(interview), now=tactful.now())
        if kind is None:
            kind = kind_for(context)
    report = check_email(text, kind=kind, lang=lang, context=context)
    if as_json:
        print_json(report.to_json())
    else:
        sys.stdout.write(render_report(text, report, name))
    return 1 if report.errors else 0


def ad_check(
    state: State, file: str, *, lang: str | None, jurisdictions: list[str], as_json: bool
) -> None:
    """Analyse an ad; Refused (exit 1) when a finding is an error."""
    from tactful.cli.inputs import format_for, read_ad, today
    from tactful.errors import Refused

    text = read_ad(file)
    with compiled_matchers("ad"):
        from tactful.ads import analyse_ad

        report = analyse_ad(
            text,
            today=today(state),
            lang=lang,
            jurisdictions=jurisdictions,
            source_format=format_for(file),
        )
    if as_json:
        print_json(report.to_json())
    else:
        name = "stdin" if file == "-" else file
        if not _plain(lambda size: plain_ad_report(report, name, size)):
            from tactful.cli.render import render_ad_report

            render_ad_report(report, name)
    errors = report.errors
    if errors:
        rules = ", ".join(sorted({f.rule for f in errors}))
        raise Refused(
            f"{len(errors)} error-level finding(s) ({rules}): the ad does not meet a "
            "legal requirement; fix them and check again"
        )


@contextmanager
def compiled_matchers(name: str) -> Iterator[None]:
    """Load the matchers compiled by earlier runs, and keep the ones this run compiled."""
    from tactful.text import regex_cache

    regex_cache.preload(name)
    try:
        yield
    finally:
        regex_cache.persist()


# --- plain output (what Rich prints to a pipe; see tactful.cli.plain) ------------------------


def _plain(write: Callable[[int], str]) -> bool:
    """Print `write(width)` when Rich would print plain text and `write` lays it all out."""
    size = plain.width()
    if size is None:
        return False
    try:
        text = write(size)
    except plain.Unsupported:
        return False
    sys.stdout.write(text)
    return True


AD_ORIGINS = {
    "option": "from --jurisdiction",
    "location": "from the ad's location",
    "none": "no location stated",
}
DUE_COLUMNS = ("interview", "company", "role", "step", "state", "until")


def plain_due(items: list[DueRow], size: int) -> str:
    """The table of due steps, each given as (interview id, company, role, step)."""
    from tactful.cli.render import next_action_for, when
    from tactful.kinds import StepKind

    if not items:
        return plain.printed("Nothing is due now. 'tactful plan' shows what comes next.", size)
    # Many steps close at the same moment; the zone is in the key, as equal instants in two
    # zones are written differently.
    shown: dict[tuple[datetime, object, bool], str] = {}

    def until(moment: datetime, all_day: bool) -> str:
        key = (moment, moment.tzinfo, all_day)
        if key not in shown:
            shown[key] = when(moment, all_day=all_day)
        return shown[key]

    # Rounds that start together share their step objects (tactful.policy.due): each one's
    # cells are written once. The steps live until the table is done, so their ids are theirs.
    cells: dict[int, tuple[str, str, str]] = {}

    def step_cells(s: Step) -> tuple[str, str, str]:
        found = cells.get(id(s))
        if found is None:
            until_ = until(s.latest, s.kind is StepKind.STATUS_INQUIRY)
            found = cells[id(s)] = (str(s.kind), str(s.state), until_)
        return found

    rows = [
        [str(interview_id), company, role, *step_cells(s)]
        for interview_id, company, role, s in items
    ]
    out = plain.table(
        DUE_COLUMNS, rows, size, title="Due now, most urgent first", title_justify="left"
    )
    interview_id, _, _, step = items[0]
    return out + plain.printed(f"Next: {next_action_for(interview_id, step)}", size, markup=False)


def plain_plans(plans: list[RoundPlan], lang: str, size: int) -> str:
    from tactful.cli.render import next_action, when, window
    from tactful.kinds import StepState

    out: list[str] = []
    for p in plans:
        iv, app = p.interview, p.application
        out.append(
            plain.printed(
                f"{app.company} — {app.role} · round {iv.round} · interview {iv.id} · "
                f"{when(iv.starts_at)} · {p.state}",
                size,
                markup=False,
            )
        )
        for step in p.steps:
            line = f"  {step.kind!s:<16}{step.state!s:<10}{window(step)}"
            out.append(plain.printed(line, size, markup=False))
            out.append(plain.padded(step.reason_in(lang), 4, size))
        out.append(plain.padded(p.advice_in(lang), 2, size))
        for step in p.steps:
            if step.state in (StepState.DUE, StepState.LATE):
                out.append(plain.printed(f"  Next: {next_action(p, step)}", size, markup=False))
        out.append("\n")
    return "".join(out)


def plain_ad_report(report: AdReport, name: str, size: int, limit: int = 60) -> str:
    """`tactful.cli.ads.show_report` as Rich prints it to a pipe."""

    def line(text: str) -> str:
        return plain.printed(text, size, markup=False)

    def escaped(text: str) -> str:
        # Rich's escape() then markup gives the text back, except around brackets and
        # backslashes: leave those to Rich.
        if "[" in text or "\\" in text:
            raise plain.Unsupported(text)
        return text

    where = ", ".join(report.jurisdictions) or "none"
    origin = AD_ORIGINS[report.jurisdiction_source]
    coding = report.gender_coding
    out = [
        line(
            f"{escaped(name)}: score {report.score}/100 · {report.words} words · "
            f"{report.language} · jurisdictions: {where} ({origin})"
        ),
        line(
            f"Gender coding: {coding.verdict} ({len(coding.masculine)} masculine, "
            f"{len(coding.feminine)} feminine words)"
        ),
    ]
    deductions = ", ".join(f"{c} −{v:g}" for c, v in report.deductions.items() if v)
    if deductions:
        out.append(line(f"Points off: {deductions}"))
    if not report.findings:
        out.append(line("No findings."))
        return "".join(out)
    out.append(line("Findings (line:column [start–end] in the text as read):"))
    for finding in report.findings[:limit]:
        where_ = (
            "whole ad"
            if finding.line is None
            else f"{finding.line}:{finding.column} [{finding.start}–{finding.end}]"
        )
        fix = f" → {finding.replacement}" if finding.replacement else ""
        out.append(line(f"  {finding.severity:<7} {where_}  {finding.category}/{finding.rule}"))
        out.append(line(f"          {escaped(finding.message + fix)}"))
        out.append(line(f"          fix: {escaped(finding.suggestion)}"))
    if len(report.findings) > limit:
        out.append(line(f"… and {len(report.findings) - limit} more findings (use --json for all)"))
    ranked = [(f, g) for f, g in report.ranked_fixes() if g > 0][:10]
    if ranked:
        out.append(line("Fixes that raise the score most (re-scored without each):"))
        for finding, gain in ranked:
            at = "" if finding.line is None else f" at {finding.line}:{finding.column}"
            words = f" “{finding.text}”" if finding.text else ""
            out.append(
                line(escaped(f"  +{gain:g}  {finding.rule}{words}{at}: {finding.suggestion}"))
            )
    return "".join(out)

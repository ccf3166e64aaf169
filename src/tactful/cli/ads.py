"""`tactful ad …`: the job-ad studio (check, new, jsonld, improve)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tactful.cli import reads
from tactful.cli.common import JsonOption, api, console, print_json, state
from tactful.cli.inputs import read_ad, today
from tactful.cli.render import render_ad_report as show_report
from tactful.errors import BadInput, Refused

if TYPE_CHECKING:
    from tactful.ads import Improvement, MarkupProblem

__all__ = ["ad_app", "read_ad", "register", "show_report", "today"]

ad_app = typer.Typer(
    help="The job-ad studio: check an ad, write one from a spec, validate its markup, improve it.",
    no_args_is_help=True,
)

LangOption = Annotated[
    str | None, typer.Option("--lang", help="Language of the ad: en or fr (default: detected).")
]
JurisdictionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--jurisdiction",
        help="Where the job is (repeatable): FR, DE…, EU, US-CO, US-NY, US-CA, US-WA. "
        "Default: the ad's stated location.",
    ),
]


# --- ad check ---------------------------------------------------------------------------


@ad_app.command("check")
def check(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="The ad: a text, Markdown or HTML file, or -.")],
    lang: LangOption = None,
    jurisdiction: JurisdictionOption = None,
    json_out: JsonOption = False,
) -> None:
    """Analyse an ad: score, gender coding, findings with spans, and the fixes worth most.

    Exit status 1 when a finding is an error (a legal requirement is not met)."""
    reads.ad_check(state(ctx), file, lang=lang, jurisdictions=jurisdiction or [], as_json=json_out)


# --- ad new -------------------------------------------------------------------------------


@ad_app.command("new")
def new(
    ctx: typer.Context,
    spec_file: Annotated[str, typer.Argument(help="The job, as a TOML spec (see docs/examples).")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: md or html.")] = "md",
    jsonld: Annotated[
        str | None, typer.Option("--jsonld", help="Also write the JobPosting JSON-LD here.")
    ] = None,
) -> None:
    """Write a structured, inclusive ad (and its schema.org JobPosting JSON-LD) from a spec."""
    import json

    from tactful.ads import checked_job_posting, load_spec, render_ad
    from tactful.files import write_atomically

    if fmt not in ("md", "html"):
        raise BadInput(f"--format {fmt!r}: use md or html")
    spec = load_spec(read_ad(spec_file), today=today(state(ctx)))
    posting = checked_job_posting(spec)
    text = render_ad(spec, fmt, posting if fmt == "html" else None)
    if jsonld:
        write_atomically(jsonld, json.dumps(posting, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.write(text)


# --- ad jsonld ----------------------------------------------------------------------------


@ad_app.command("jsonld")
def jsonld(
    ctx: typer.Context,
    page: Annotated[
        str, typer.Argument(help="An HTML page with JobPosting markup, or a JSON-LD file (or -).")
    ],
    json_out: JsonOption = False,
) -> None:
    """Validate the schema.org JobPosting markup of a page (JSON-LD, or microdata).

    Exit status 1 when there is none, or when a required property is missing or wrong."""
    from tactful.ads import validate_job_posting
    from tactful.markup import job_postings

    postings = job_postings(read_ad(page))
    when = today(state(ctx))
    results: list[tuple[dict[str, Any], list[MarkupProblem]]] = [
        (p, validate_job_posting(p, today=when)) for p in postings
    ]
    valid = bool(results) and not any(
        pr.level == "error" for _, problems in results for pr in problems
    )
    if json_out:
        print_json(
            {
                "valid": valid,
                "postings": [
                    {
                        "index": index,
                        "title": p.get("title") if isinstance(p.get("title"), str) else None,
                        "valid": not any(pr.level == "error" for pr in problems),
                        "problems": [pr.to_json() for pr in problems],
                    }
                    for index, (p, problems) in enumerate(results, 1)
                ],
            }
        )
    else:
        _show_markup(results)
    if not results:
        raise Refused(
            f"no schema.org JobPosting markup found in {'stdin' if page == '-' else page}: add a "
            "JSON-LD block (tactful ad new --jsonld writes one)"
        )
    if not valid:
        count = sum(pr.level == "error" for _, problems in results for pr in problems)
        raise Refused(f"{count} error(s) in the JobPosting markup: fix the properties listed")


def _show_markup(results: list[tuple[dict[str, Any], list[MarkupProblem]]]) -> None:
    from rich.markup import escape

    out = console()
    if not results:
        out.print("No JobPosting markup found.")
    for index, (posting, problems) in enumerate(results, 1):
        title = posting.get("title") if isinstance(posting.get("title"), str) else "(no title)"
        errors = sum(p.level == "error" for p in problems)
        status = "[red]invalid[/red]" if errors else "[green]valid[/green]"
        out.print(
            f"JobPosting {index}: {escape(str(title))} — {status} "
            f"({errors} errors, {len(problems) - errors} warnings)"
        )
        for problem in problems:
            style = "red" if problem.level == "error" else "yellow"
            out.print(
                f"  [{style}]{problem.level}[/{style}] {escape(problem.property)}: "
                f"{escape(problem.message)}"
            )


# --- ad improve ---------------------------------------------------------------------------


@ad_app.command("improve")
def improve(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="The ad to improve (text, Markdown or HTML).")],
    ai: Annotated[
        bool, typer.Option("--ai", help="Rewrite with the configured AI endpoint.")
    ] = False,
    out: Annotated[
        str | None, typer.Option("--out", help="Write the improved ad to this file.")
    ] = None,
    lang: LangOption = None,
    jurisdiction: JurisdictionOption = None,
    json_out: JsonOption = False,
) -> None:
    """Fix the findings: word-for-word replacements, or an AI rewrite (--ai) that is rejected
    when it scores lower or states facts the original does not. Shows score before → after
    and a diff."""
    from tactful.ads import improve_deterministic, improve_with_ai
    from tactful.files import write_atomically

    text = read_ad(file)
    codes = tuple(jurisdiction or ())
    name = "stdin" if file == "-" else Path(file).name
    result: Improvement
    if ai:
        from tactful.ai import configured_backend

        backend = configured_backend(api(ctx))
        result = improve_with_ai(
            text, backend, today=today(state(ctx)), lang=lang, jurisdictions=codes, name=name
        )
    else:
        result = improve_deterministic(
            text, today=today(state(ctx)), lang=lang, jurisdictions=codes, name=name
        )
    if json_out:
        print_json(result.to_json())
    else:
        _show_improvement(result)
    if not result.accepted:
        raise Refused(f"rewrite rejected: {result.reason}")
    if out:
        write_atomically(out, result.text)


def _show_improvement(result: Improvement) -> None:
    from rich.markup import escape

    output = console()
    verdict = "" if result.accepted else " [red](rejected)[/red]"
    output.print(f"Score: {result.before.score} → {result.after.score}{verdict}")
    if result.method == "deterministic":
        if result.applied:
            output.print(f"{len(result.applied)} word-for-word fix(es) applied.")
        else:
            output.print(
                "No word-for-word fixes to apply; try --ai, or follow the suggestions "
                "of 'tactful ad check'."
            )
    if result.reason:
        output.print(f"Reason: {escape(result.reason)}")
    if result.diff:
        sys.stdout.flush()
        output.file.flush()
        sys.stdout.write(result.diff)


def register(app: typer.Typer) -> None:
    app.add_typer(ad_app, name="ad")

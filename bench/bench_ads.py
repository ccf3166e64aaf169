"""Benchmark: the text engine's speed, in one run (medians of many runs, one core).

    .venv/bin/python bench/bench_ads.py [--runs 2000]

1. A 600-word job ad analysed in-process by the studio, and by Joblint (node) on the same ad,
   side by side (bench/joblint_peer.py says how Joblint is obtained; without node the line says
   the comparison was skipped). The ad is built from the labelled corpus (tests/data/ads):
   whole paragraphs of several ads, cut at 600 words, so it has headings, bullets, coded words
   and findings like a real ad. Each run analyses a slightly different text (one word changed),
   so no cache can answer for it. Joblint's method is also run by CPython (bench/joblint_cpython.py:
   its algorithm written again in Python, its rules read from the same copy), checked to find
   node's issues, and timed: what the peer's own work costs on this interpreter.
2. A 120-word follow-up email checked in-process (target: 0.5 ms or less).
3. A megabyte: an ad of 1 MB analysed, an email of 1 MB refused in one line, and "please"
   repeated over 1 MB, both ways (target: under 2 s, or refused); then the long runs of one
   piece that once cost the square of their length (a rule reading its whole sentence at each
   match, a pattern reading on through every blank line): 1 MB of each as an ad, and 199 kB
   (the longest email checked) of each as an email.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench import joblint_cpython  # noqa: E402
from bench.bench_check_growth import PIECES  # noqa: E402
from bench.joblint_peer import Joblint  # noqa: E402
from tactful.ads import analyse_ad  # noqa: E402
from tactful.checks import check_email  # noqa: E402
from tactful.errors import BadInput  # noqa: E402

SOURCES = [
    "en-01-data-analyst-denver.md",
    "en-13-meritocracy-worldclass.md",
    "en-12-good-remote-support.md",
    "en-10-long-hard.md",
]


def six_hundred_words() -> str:
    """Whole lines of corpus ads, then words of the next line, up to 600 words as the analysis
    counts them."""
    lines: list[str] = []
    for name in SOURCES:
        text = (ROOT / "tests" / "data" / "ads" / name).read_text(encoding="utf-8")
        lines.extend(text.splitlines())
    today = date(2026, 3, 1)
    out: list[str] = []
    for line in lines:
        if analyse_ad("\n".join([*out, line]), today=today).words <= 600:
            out.append(line)
            continue
        words = line.split(" ")
        while words and analyse_ad("\n".join([*out, " ".join(words)]), today=today).words > 600:
            words.pop()
        out.append(" ".join(words))
        break
    return "\n".join(out) + "\n"


def cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


EMAIL_120 = """Dear Ms Patel,

Thank you for meeting with me on Tuesday about the Data Analyst role. I enjoyed hearing how
your team rebuilt the weekly sales dashboard after the warehouse merger, and your plan to move
reporting to the cloud next spring.

I am even more excited about the role now. My four years automating SQL reporting at Norvane
would let me help with that dashboard from the first week, and I would be glad to share a few
examples of that work with you and the team if it helps. Last year I also rebuilt our monthly
revenue report so that it runs in minutes instead of a full day, which freed the finance team
for analysis.

Best regards,
Samuel Okafor
"""


def email_bench(runs: int) -> None:
    words = check_email(EMAIL_120, kind="thank-you").words
    variants = [EMAIL_120.replace("team", f"team{i % 97}", 1) for i in range(runs)]
    for text in variants[:50]:
        check_email(text, kind="thank-you")
    times = []
    for text in variants:
        start = time.perf_counter()
        check_email(text, kind="thank-you")
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        f"email: {words} words, checked in-process: median {median * 1000:.3f} ms; "
        f"p95 {sorted(times)[int(len(times) * 0.95)] * 1000:.3f} ms"
    )


_SQUARE_ONCE = (
    "quota revenue 45 000 € ",
    "feedback all ",
    "young and ",
    "must be able to lift ",
    "x (33) ",
    "Bordeaux (33) ",
    "lead#",
    "lead-",
    "from our denver office ",
    "le poste et vous ambitieux-ambitieux ",
    "\r\n",
)


def megabyte_bench() -> None:
    today = date(2026, 3, 1)
    ad = six_hundred_words()
    cases = [
        ("ad of 1 MB", "ad", ad * (1_000_000 // len(ad))),
        ("1 MB of 'please please …' as an ad", "ad", "please " * 150_000),
        ("email of 1 MB", "email", EMAIL_120 * (1_000_000 // len(EMAIL_120))),
        ("1 MB of 'please please …' as an email", "email", "please " * 150_000),
    ]
    # Runs that once cost the square of their length (a rule reading its whole sentence at each
    # match, a pattern reading on through every blank line): 40 kB of some took 15 s.
    for unit in _SQUARE_ONCE:
        cases.append((f"1 MB of {unit!r} as an ad", "ad", unit * (1_000_000 // len(unit))))
    for unit in PIECES:  # the checker's growth pieces; the longest email checked is 200,000
        text = unit * (199_000 // len(unit))
        cases.append((f"199 kB of {unit!r} as an email", "email", text))
    for label, kind, text in cases:
        start = time.perf_counter()
        try:
            if kind == "ad":
                analyse_ad(text, today=today)
            else:
                check_email(text, kind="status")
            outcome = "analysed" if kind == "ad" else "checked"
        except BadInput as error:
            outcome = f"refused: {error.message}"
        print(f"{label}: {time.perf_counter() - start:.3f} s, {outcome}")


def ported_report(
    ad: str, joblint: Joblint, rules: list[joblint_cpython.Rule], median: float, ported: list[float]
) -> None:
    """Joblint's method by CPython: whether it finds node's issues, and its time beside ours."""
    assert joblint.library is not None
    same = joblint_cpython.utf16_issues(ad, joblint_cpython.lint(ad, rules)) == (
        joblint_cpython.node_issues(joblint.library, joblint.ad_file)
    )
    built = joblint_cpython.compiled(rules)
    joined = joblint_cpython.joined_per_rule(rules)
    scans, joined_scans = [], []
    for _ in range(20):
        start = time.perf_counter()
        joblint_cpython.scans_only(ad, built)
        scans.append(time.perf_counter() - start)
        start = time.perf_counter()
        joblint_cpython.joined_scans(ad, joined)
        joined_scans.append(time.perf_counter() - start)
    ported_median = statistics.median(ported)
    triggers = sum(len(rule["triggers"]) for rule in rules)
    print(
        f"Joblint's method in CPython ({len(rules)} rules, {triggers} triggers; "
        f"{'the same issues as node' if same else 'NOT the same issues as node'}): "
        f"median {ported_median * 1000:.3f} ms over {len(ported)} runs; its regex passes alone "
        f"{statistics.median(scans) * 1000:.3f} ms, or "
        f"{statistics.median(joined_scans) * 1000:.3f} ms with each rule's triggers in one pattern"
    )
    print(f"ratio tactful / Joblint's method in CPython (medians): {median / ported_median:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    ad = six_hundred_words()
    today = date(2026, 3, 1)
    report = analyse_ad(ad, today=today)
    variants = [ad.replace("team", f"team{i % 97}", 1) for i in range(args.runs)]
    for text in variants[:50]:  # warm-up: compile the regexes, fill the allocator
        analyse_ad(text, today=today)
    print(f"ad: {report.words} words, {len(report.findings)} findings, score {report.score}")
    # The machine is shared: tactful and Joblint are timed in alternating blocks, so a change of
    # load weighs on both alike; each side's median is over all of its runs.
    times: list[float] = []
    peer: list[float] = []
    ported: list[float] = []
    blocks = 5
    with Joblint(ad) as joblint:
        rules = [] if joblint.library is None else joblint_cpython.rules_of(joblint.library)
        for block in range(blocks):
            for text in variants[block::blocks]:
                start = time.perf_counter()
                analyse_ad(text, today=today)
                times.append(time.perf_counter() - start)
            if joblint.library is not None:
                data = joblint.time(max(len(variants) // blocks, 1))
                peer.append(float(data["median_ms"]))
                # a tenth as many: the method costs about ten times the analysis here
                for text in variants[block::blocks][::10]:
                    start = time.perf_counter()
                    joblint_cpython.lint(text, rules)
                    ported.append(time.perf_counter() - start)
        median = statistics.median(times)
        p95 = sorted(times)[int(len(times) * 0.95)]
        print(
            f"tactful, in-process: {len(times)} runs; median {median * 1000:.3f} ms; "
            f"p95 {p95 * 1000:.3f} ms; {1 / median:.0f} ads/second"
        )
        if joblint.library is None:
            print(joblint.why)
        else:
            peer_median = statistics.median(peer)
            print(
                f"Joblint (node {data['node']}), in-process: median {peer_median:.3f} ms "
                f"(median of {blocks} blocks); {data['issues']} issues; one node process "
                f"{joblint.cold_process_ms():.0f} ms"
            )
            print(f"ratio tactful / Joblint (medians): {median * 1000 / peer_median:.2f}")
            ported_report(ad, joblint, rules, median, ported)
    email_bench(args.runs)
    megabyte_bench()
    print(
        f"machine: {cpu()}, {os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.system()} {platform.machine()})"
    )
    with contextlib.suppress(OSError):
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

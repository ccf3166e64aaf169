"""Benchmark: analysing a 600-word job ad in-process (median of many runs, one core).

    .venv/bin/python bench/bench_ads.py [--runs 2000]

The ad is built from the labelled corpus (tests/data/ads): whole paragraphs of several ads,
cut at 600 words, so it has headings, bullets, coded words and findings like a real ad. Each
run analyses a slightly different text (one word changed), so no cache can answer for it.
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

from tactful.ads import analyse_ad  # noqa: E402

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
    times = []
    for text in variants:
        start = time.perf_counter()
        analyse_ad(text, today=today)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95)]
    print(f"ad: {report.words} words, {len(report.findings)} findings, score {report.score}")
    print(
        f"runs: {len(times)}; median {median * 1000:.3f} ms; p95 {p95 * 1000:.3f} ms; "
        f"{1 / median:.0f} ads/second"
    )
    print(
        f"machine: {cpu()}, {os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.system()} {platform.machine()})"
    )
    with contextlib.suppress(OSError):
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

"""The benchmark's input is what it claims (a 600-word ad with findings); no timing here."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from tactful.ads import analyse_ad

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_ads.py"


def test_bench_ad_is_600_words_and_analysed() -> None:
    spec = importlib.util.spec_from_file_location("bench_ads", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ad = module.six_hundred_words()
    report = analyse_ad(ad, today=date(2026, 3, 1))
    assert report.words == 600
    assert report.findings
    assert 0 < report.score < 100
    assert report == analyse_ad(ad, today=date(2026, 3, 1))  # deterministic

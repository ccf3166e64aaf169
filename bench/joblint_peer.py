"""Joblint (rowanmanning/joblint, MIT), run by node on the same ad, for bench/bench_ads.py.

How the bench gets it, at bench time and outside the repository (nothing of Joblint is ever
committed here):

1. a copy of its repository: `JOBLINT_DIR` (a checkout or a bare git directory), else the one
   this workplace's `fetch github:rowanmanning/joblint` leaves in /work/.mirror/; anywhere else,
   `git clone https://github.com/rowanmanning/joblint` and point `JOBLINT_DIR` at it;
2. its `lib/` and `package.json` exported into a temporary directory, and its one run-time
   dependency of the library (`extend@3`) installed there by `npm install` from the registry;
3. a small node script that times `joblint(text)` in-process, as the Python side is timed.

When node or npm is missing, or the copy cannot be had, `prepare` says why in one line and the
bench skips the comparison.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

MIRROR = Path("/work/.mirror/rowanmanning+joblint/repo")
TIMER = r"""
const joblint = require(process.argv[2]);
const text = require('fs').readFileSync(process.argv[3], 'utf8');
const runs = parseInt(process.argv[4], 10);
for (let i = 0; i < 50; i++) joblint(text);
const times = [];
let issues = 0;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  issues = joblint(text).issues.length;
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  median_ms: times[Math.floor(times.length / 2)],
  p95_ms: times[Math.floor(times.length * 0.95)],
  issues: issues,
  node: process.version,
}));
"""


def _source() -> Path | None:
    given = os.environ.get("JOBLINT_DIR")
    if given:
        return Path(given)
    return MIRROR if MIRROR.exists() else None


def prepare(workdir: Path) -> tuple[Path | None, str]:
    """Joblint's library installed under `workdir`, or None and the reason in one line."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return None, "Joblint comparison skipped: node and npm are not installed"
    source = _source()
    if source is None:
        return None, (
            "Joblint comparison skipped: no copy of rowanmanning/joblint (set JOBLINT_DIR to a "
            "clone of https://github.com/rowanmanning/joblint)"
        )
    target = workdir / "joblint"
    target.mkdir()
    git_dir = source if (source / "HEAD").exists() and not (source / ".git").exists() else None
    if git_dir is not None:
        archive = subprocess.run(
            ["git", f"--git-dir={git_dir}", "archive", "HEAD", "lib", "package.json"],
            capture_output=True,
            check=False,
        )
        if archive.returncode != 0:
            return None, f"Joblint comparison skipped: cannot read {git_dir}"
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    else:
        shutil.copytree(source / "lib", target / "lib")
        shutil.copy(source / "package.json", target / "package.json")
    install = subprocess.run(
        ["npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "extend@3"],
        cwd=target,
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        last = (install.stderr.strip().splitlines() or ["npm failed"])[-1]
        return None, f"Joblint comparison skipped: npm could not install extend@3 ({last})"
    return target / "lib" / "joblint.js", ""


class Joblint:
    """Joblint installed in a temporary directory for the length of a `with` block."""

    def __init__(self, ad: str) -> None:
        self.ad = ad
        self.why = ""
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.library: Path | None = None

    def __enter__(self) -> Joblint:
        self._tmp = tempfile.TemporaryDirectory(prefix="tactful-joblint-")
        workdir = Path(self._tmp.name)
        self.library, self.why = prepare(workdir)
        self.ad_file = workdir / "ad.txt"
        self.ad_file.write_text(self.ad, encoding="utf-8")
        self.timer = workdir / "timer.js"
        self.timer.write_text(TIMER, encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()

    def time(self, runs: int) -> dict[str, float | int | str]:
        """One node process timing `runs` lints in-process (after 50 warm-up runs)."""
        assert self.library is not None
        result = subprocess.run(
            ["node", str(self.timer), str(self.library), str(self.ad_file), str(runs)],
            capture_output=True,
            text=True,
            check=True,
        )
        data: dict[str, float | int | str] = json.loads(result.stdout)
        return data

    def cold_process_ms(self) -> float:
        """One `node` process that loads Joblint and lints the ad once (median of five)."""
        assert self.library is not None
        once = self.ad_file.with_name("once.js")
        once.write_text(
            f"const j = require({json.dumps(str(self.library))});"
            f"j(require('fs').readFileSync({json.dumps(str(self.ad_file))}, 'utf8'));",
            encoding="utf-8",
        )
        cold = []
        for _ in range(5):
            started = _now()
            subprocess.run(["node", str(once)], check=True)
            cold.append((_now() - started) * 1000)
        return sorted(cold)[2]


def _now() -> float:
    import time

    return time.perf_counter()

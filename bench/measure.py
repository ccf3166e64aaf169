"""Timing whole processes against a floor measured in the same run (the benchmarks' tool).

Every figure is taken from the operating system's own accounting of the finished child
(`os.wait4`: user + system CPU seconds, peak resident memory) next to its wall time. A command
is always compared with its floor in alternation (A, B, A, B…), so a change of load weighs on
both, and the ratio is taken pair by pair; the report gives medians. The machine is shared:
ratios of CPU time are the figures to trust, wall times are shown too.
"""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    rss_mib: float
    status: int
    out_bytes: int
    """How much the command printed: counted, not kept (see `run`)."""


def run(
    command: Sequence[str], *, env: Mapping[str, str] | None = None, stdin: bytes | None = None
) -> Run:
    """Run `command` once, its output read as a pipe reads it (and counted, not kept), reaped
    with os.wait4 so that its own CPU time and peak memory are known.

    The output is not kept because Linux counts the memory of the process that starts a child
    in the child's peak (`ru_maxrss` keeps the high-water mark across exec, and subprocess
    starts children with vfork): the measuring process must stay small for its children's
    peaks to be theirs."""
    started = time.perf_counter()
    read, write = os.pipe()
    child = subprocess.Popen(
        list(command),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=write,
        stderr=subprocess.DEVNULL,
        env=dict(env) if env is not None else None,
    )
    os.close(write)
    if stdin is not None and child.stdin is not None:
        with contextlib.suppress(BrokenPipeError):
            child.stdin.write(stdin)
        child.stdin.close()
    size = 0
    while chunk := os.read(read, 1 << 16):
        size += len(chunk)
    os.close(read)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    return Run(
        wall,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,
        child.returncode,
        size,
    )


@dataclass(frozen=True)
class Pair:
    a: list[Run]
    b: list[Run]

    @property
    def cpu_ratio(self) -> float:
        return statistics.median(
            x.cpu / max(y.cpu, 1e-6) for x, y in zip(self.a, self.b, strict=True)
        )

    @property
    def wall_ratio(self) -> float:
        return statistics.median(
            x.wall / max(y.wall, 1e-6) for x, y in zip(self.a, self.b, strict=True)
        )

    def median(self, side: str, what: str) -> float:
        runs = self.a if side == "a" else self.b
        return float(statistics.median(float(getattr(r, what)) for r in runs))


def compare(
    a: Sequence[str],
    b: Sequence[str],
    *,
    runs: int,
    warmup: int = 1,
    env: Mapping[str, str] | None = None,
    stdin: bytes | None = None,
) -> Pair:
    """A and B in alternation, `warmup` times each first (not counted)."""
    for _ in range(warmup):
        run(a, env=env, stdin=stdin)
        run(b, env=env, stdin=stdin)
    first: list[Run] = []
    second: list[Run] = []
    for _ in range(runs):
        first.append(run(a, env=env, stdin=stdin))
        second.append(run(b, env=env, stdin=stdin))
    return Pair(first, second)


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def machine() -> str:
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()} "
        f"({platform.system()} {platform.machine()})"
    )


def own_peak_mib() -> float:
    """This process's peak memory: no child's measured peak can be below it (see `run`)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    with contextlib.suppress(OSError):
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "unknown"


class Verdicts:
    """Targets met or missed, printed as they come; `exit_status` is 1 when one was missed."""

    def __init__(self) -> None:
        self.missed: list[str] = []

    def check(self, name: str, value: float, limit: float, unit: str = "×") -> None:
        met = value <= limit
        if not met:
            self.missed.append(name)
        mark = "met" if met else "MISSED"
        print(f"  target {name}: {value:.2f}{unit} (≤ {limit:g}{unit}): {mark}")

    def exit_status(self) -> int:
        if self.missed:
            print(f"targets missed: {', '.join(self.missed)}")
        return 1 if self.missed else 0


def bench_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a measured command: its own home, bytecode written and read as an
    installed package has it (PYTHONDONTWRITEBYTECODE dropped)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TACTFUL_HOME=str(home), **extra)
    return env

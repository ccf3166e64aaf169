"""One Chromium (Debian's, never a downloaded one) per test session, a fresh context per test,
and axe-core (from the npm registry, installed once into a cache outside the repository) to audit
each page.

Screenshots go to test-artifacts/screenshots/ (git-ignored) so a person can look at the pages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page

CHROMIUM = os.environ.get("TACTFUL_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"
AXE_VERSION = "4.10"
"""axe-core from the npm registry: any 4.10 or later release of the 4 line."""
AXE_CACHE = (
    Path(os.environ.get("TACTFUL_TEST_CACHE", Path.home() / ".cache" / "tactful-tests"))
    / f"axe-core-{AXE_VERSION}"
)
SERIOUS = ("serious", "critical")
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


def chromium_missing(path: str) -> str | None:
    """One line saying how to get Chromium when it is not at `path`, else None."""
    if shutil.which(path) or Path(path).exists():
        return None
    return (
        f"no Chromium at {path}: run 'make system-deps' (or 'sudo apt-get install -y chromium'),"
        " or point TACTFUL_CHROMIUM at one"
    )


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if (why := chromium_missing(CHROMIUM)) is not None:
        pytest.fail(why, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def axe_source(cache: Path = AXE_CACHE) -> str:
    """axe.min.js, installed with npm into `cache` the first time (never into the repository)."""
    script = cache / "axe.min.js"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("no npm to install axe-core: run 'make system-deps'", pytrace=False)
        with tempfile.TemporaryDirectory(prefix="tactful-axe-") as work:
            done = subprocess.run(
                [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", work,
                 f"axe-core@^{AXE_VERSION}"],
                capture_output=True, text=True, timeout=300,
            )  # fmt: skip
            if done.returncode != 0:
                pytest.fail(f"npm install axe-core failed: {done.stderr.strip()[-300:]}", False)
            cache.mkdir(parents=True, exist_ok=True)
            built = Path(work) / "node_modules" / "axe-core" / "axe.min.js"
            shutil.copyfile(built, script.with_suffix(".tmp"))
            script.with_suffix(".tmp").replace(script)
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def axe() -> str:
    return axe_source()


def audit(page: Page, axe: str, where: str) -> None:
    """axe-core on the page as it is now: no serious or critical violation."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe)
    result = page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map("
        "v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))"
    )
    serious = [v for v in result if v["impact"] in SERIOUS]
    assert not serious, f"{where}: " + json.dumps(serious, indent=1)


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A desktop page in a fresh context; a JavaScript dialog (an XSS) or a CSP violation
    fails the test."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    problems = watch(page)
    yield page
    context.close()
    assert not problems, problems


def watch(page: Page) -> list[str]:
    page.set_default_timeout(10_000)
    problems: list[str] = []

    def dialog(box: Dialog) -> None:  # an alert() is an XSS that ran
        problems.append(f"dialog: {box.message}")
        box.dismiss()

    page.on("dialog", dialog)

    def console(message: ConsoleMessage) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            problems.append(f"{page.url}: {message.text}")

    page.on("console", console)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    return problems


def shot(page: Page, name: str, *, full: bool = True) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path

"""The timeline: names fixed, dates scrolling, opened on today, zoom presets, colours and
patterns a colour-blind reader tells apart, rows that are links naming their dates, 24-hour
windows visible, and 1,000 rounds."""

from __future__ import annotations

import itertools
import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tactful.models import Application, Interview
from tactful.policy import BusinessCalendar, plan_round
from tactful.web.timeline import LOOKS, ROWS_PER_PAGE, in_view, row_svg, scale_for

from .colour import DEFICIENCIES, difference
from .conftest import CLI, Live, serve

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 11, 25, 17, tzinfo=PARIS)
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_every_pair_of_state_colours_stays_apart_for_colour_blind_readers(
    deficiency: str | None,
) -> None:
    """CIEDE2000 ΔE ≥ 10 between every two states, as seen with no deficiency and with full
    protanopia, deuteranopia and tritanopia (Machado 2009); and every state has its own
    pattern too, so none relies on colour alone."""
    for a, b in itertools.combinations(LOOKS, 2):
        delta = difference(LOOKS[a].colour, LOOKS[b].colour, deficiency)
        assert delta >= 10, (deficiency, a, b, round(delta, 1))
    assert len({look.pattern for look in LOOKS.values()}) == len(LOOKS)


def _plan(at: datetime, **fields: object):  # type: ignore[no-untyped-def]
    app = Application(company="Acme", role="Dev", id=1)
    iv = Interview(application_id=1, id=1, starts_at=at, **fields)  # type: ignore[arg-type]
    return plan_round(iv, app, BusinessCalendar(), NOW)


@pytest.mark.parametrize("zoom", ["2w", "2m", "all"])
def test_a_24_hour_window_is_visible_beside_the_interview(zoom: str) -> None:
    plan = _plan(NOW - timedelta(hours=3))
    scale = scale_for([plan], NOW, zoom)
    svg = row_svg(plan, scale, NOW)
    (thank,) = re.findall(
        r'<rect class="tl-window st-due" x="[^"]+" y="(\d+)" width="([\d.]+)"', svg
    )
    assert float(thank[1]) >= 6, "at least 6 px wide at any zoom"
    marker = re.search(
        r'<path class="tl-interview" d="M[\d.-]+ (\d+) L[\d.-]+ \d+ L[\d.-]+ (\d+) Z"', svg
    )
    assert marker
    assert int(marker.group(2)) < int(thank[0]), "the interview sits above the window"


def test_the_default_view_opens_on_today() -> None:
    plans = [_plan(NOW - timedelta(days=d)) for d in range(0, 150, 3)]
    for zoom in ("2w", "2m"):
        scale = scale_for(plans, NOW, zoom)
        assert scale.start <= NOW <= scale.end()
        assert 0 < scale.x(NOW) < scale.width / 3, "today near the left edge, the future ahead"
        assert all(p in plans for p in in_view(plans, scale))
    everything = scale_for(plans, NOW, "all")
    assert everything.start <= min(p.interview.starts_at for p in plans)


def test_a_thousand_rounds(home: Path, cli: CLI, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.bench_web import typical

    export = tmp_path / "export.json"
    export.write_text(json.dumps(typical(1000)))
    assert cli("import", str(export)).code == 0
    import httpx

    _app, server = serve(home)
    with server as url, httpx.Client(base_url=url, timeout=60) as client:
        page = client.get("/timeline")
        assert page.status_code == 200
        assert len(page.content) < 400_000
        rows = re.findall(
            r'<a class="tl-row[^"]*" href="/rounds/\d+" aria-label="([^"]+)"', page.text
        )
        assert 0 < len(rows) <= ROWS_PER_PAGE
        assert all("Interview on" in label and "CET" in label for label in rows)
        assert 'class="tl-now-label"' in page.text, "today is on screen"
        assert 'rel="next"' in page.text or len(rows) < ROWS_PER_PAGE
        for zoom in ("2w", "all"):
            other = client.get("/timeline", params={"zoom": zoom})
            assert other.status_code == 200
            assert f'href="/timeline?zoom={zoom}" aria-current="page"' in other.text
        assert 'data-today-x="' in client.get("/timeline", params={"zoom": "all"}).text


def test_the_page_has_a_legend_a_fixed_column_and_a_list_for_phones(live: Live) -> None:
    live.add_round(live.add_application(company="Acme"))
    page = live.client.get("/timeline").text
    for state, look in LOOKS.items():
        assert f'<pattern id="tl-{state}"' in page
        assert f'fill="{look.colour}"' in page
        assert f'<li data-state="{state}">' in page, "every state in the legend"
    assert '<ol class="tl-list"' in page
    assert 'class="tl-name"' in page
    css = live.client.get("/static/style.css").text
    assert re.search(r"\.tl-name \{[^}]*position: sticky; left: 0", css)
    assert re.search(r"@media \(max-width: 40rem\) \{ \.tl \{ display: none; \} \.tl-list", css)

"""`due --json` writes each due step's JSON directly (tactful.serialize.due_json_text): it must
be exactly what `json.dumps(due_json(...), ensure_ascii=False)` writes, for any company, role,
ids, zone and language."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.models import Application, Interview
from tactful.policy import BusinessCalendar, plan_round
from tactful.serialize import due_json, due_json_text

_TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ['Acme "Data"', "Back\\slash", "tab\there", "new\nline", "Café Ünïcode ✓"]
)


@settings(max_examples=300, deadline=None)
@given(
    company=_TEXT,
    role=_TEXT,
    ids=st.tuples(st.none() | st.integers(0, 10**12), st.none() | st.integers(0, 10**12)),
    round_=st.integers(1, 50),
    zone=st.sampled_from(["Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC"]),
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    later=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40)),
    decision=st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 3, 1)),
    many=st.booleans(),
    lang=st.sampled_from(["en", "fr"]),
)
def test_every_step_is_written_as_json_dumps_writes_it(
    company: str,
    role: str,
    ids: tuple[int | None, int | None],
    round_: int,
    zone: str,
    start: datetime,
    later: timedelta,
    decision: date | None,
    many: bool,
    lang: str,
) -> None:
    starts_at = start.replace(tzinfo=ZoneInfo(zone))
    application = Application(company=company, role=role, id=ids[0])
    interview = Interview(
        application_id=ids[0] or 0,
        starts_at=starts_at,
        id=ids[1],
        round=round_,
        decision_date=decision,
        many_candidates=many,
    )
    plan = plan_round(interview, application, BusinessCalendar(), starts_at + later)
    for step in plan.steps:
        expected = json.dumps(due_json(plan, step, lang), ensure_ascii=False)
        assert due_json_text(plan, step, lang) == expected

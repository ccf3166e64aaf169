"""Export is lossless: export → import into a fresh store → the same export."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tactful import BadInput, Outcome, Person, StepKind, Tactful

text_st = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
name_st = text_st.filter(lambda s: s.strip() != "")
ZONES = ["Europe/Paris", "America/New_York", "Asia/Kolkata"]


@st.composite
def stores(draw: st.DrawFn) -> list[dict[str, Any]]:
    apps = []
    for _ in range(draw(st.integers(1, 3))):
        rounds = []
        for _ in range(draw(st.integers(0, 2))):
            rounds.append(
                {
                    "at": datetime(2026, 1, 1, 9) + timedelta(hours=draw(st.integers(0, 8000))),
                    "tz": draw(st.sampled_from(ZONES)),
                    "detail": draw(text_st),
                    "many": draw(st.booleans()),
                    "decision": draw(st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31))),
                    "interviewers": draw(st.lists(name_st, max_size=2)),
                    "thanks": draw(st.booleans()),
                    "reply": draw(st.none() | st.sampled_from(list(Outcome))),
                }
            )
        apps.append(
            {
                "company": draw(name_st),
                "role": draw(name_st),
                "notes": draw(text_st),
                "closing": draw(st.none() | st.dates(date(2025, 6, 1), date(2027, 12, 31))),
                "rounds": rounds,
            }
        )
    return apps


def fill(api: Tactful, apps: list[dict[str, Any]]) -> None:
    for a in apps:
        app_id = api.add_application(
            company=a["company"],
            role=a["role"],
            notes=a["notes"],
            closing_date=a["closing"],
            country="",
            contact=Person("Rita", "rita@example.com"),
        )
        for r in a["rounds"]:
            iv = api.add_interview(
                app_id,
                at=r["at"],
                timezone=r["tz"],
                detail=r["detail"],
                many_candidates=r["many"],
                decision_date=r["decision"],
                interviewers=[Person(n, "") for n in r["interviewers"]],
            )
            if r["thanks"]:
                api.store.add_follow_up(
                    __import__("tactful").FollowUp(
                        kind=StepKind.THANK_YOU,
                        sent_at=api.interview(iv).starts_at + timedelta(hours=2),
                        interview_id=iv,
                        subject="Thanks",
                        body="Merci ✓",
                    )
                )
            if r["reply"]:
                api.record_reply(iv, at=r["at"] + timedelta(days=3), outcome=r["reply"])
    api.store.add_profile_item("skill", "SQL")


@pytest.mark.sqlite_only  # many homes, one file each; PostgreSQL: test_postgres.py
@given(stores())
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_export_import_round_trip(
    tmp_path_factory: pytest.TempPathFactory, apps: list[dict[str, Any]]
) -> None:
    first = tmp_path_factory.mktemp("a")
    second = tmp_path_factory.mktemp("b")
    now = datetime(2028, 1, 1, tzinfo=ZoneInfo("UTC"))  # after every event: none is in the future
    with Tactful.open(first, now=now) as api:
        fill(api, apps)
        exported = api.export_data()
    with Tactful.open(second, now=now) as api:
        api.import_data(json.loads(json.dumps(exported)))
        assert api.export_data() == exported


def test_import_of_a_damaged_export_changes_nothing(home: Path) -> None:
    with Tactful.open(home) as api:
        api.add_application(company="Keep", role="Me", country="")
        good = api.export_data()
        broken = json.loads(json.dumps(good))
        broken["applications"].append({"company": "X", "role": "Y", "interviews": [{"id": 9}]})
        with pytest.raises(BadInput, match="nothing was imported"):
            api.import_data(broken)
        assert [a.company for a in api.applications()] == ["Keep"]


@pytest.mark.sqlite_only  # a database per home; PostgreSQL: tests/store/test_postgres.py
def test_importing_into_a_store_with_data_adds_with_new_ids(home: Path, tmp_path: Path) -> None:
    with Tactful.open(tmp_path / "src") as api:
        app = api.add_application(company="Acme", role="Dev", country="")
        api.add_interview(app, at="2026-11-25 10:00")
        exported = api.export_data()
    with Tactful.open(home) as api:
        api.add_application(company="Existing", role="Role", country="")
        counts = api.import_data(exported)
        assert counts["applications"] == 1
        assert counts["interviews"] == 1
        assert sorted(a.company for a in api.applications()) == ["Acme", "Existing"]

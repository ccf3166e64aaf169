"""The store on a real PostgreSQL server: the same migrations, the same rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful import Refused, StepKind, Tactful
from tactful.store.database import SCHEMA_HEAD

NOW = "2026-11-26T10:00:00+01:00"


def test_the_follow_up_journey_runs_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    with Tactful.open(tmp_path, postgres_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
        assert [step.kind for _, step in api.due()] == [StepKind.THANK_YOU]
        api.record_sent(round_id, StepKind.THANK_YOU)
        assert api.due() == []
        version = api.store.database.rows("SELECT version_num FROM alembic_version")
        assert version == [(SCHEMA_HEAD,)]


def test_postgres_holds_one_follow_up_of_each_kind(postgres_url: str, tmp_path: Path) -> None:
    with Tactful.open(tmp_path, postgres_url, now=NOW) as api:
        app = api.add_application(company="Acme", role="Data engineer", country="FR")
        round_id = api.add_interview(app, at="2026-11-25 14:00")
        api.record_sent(round_id, StepKind.THANK_YOU)
        with pytest.raises(Refused):
            api.record_sent(round_id, StepKind.THANK_YOU)

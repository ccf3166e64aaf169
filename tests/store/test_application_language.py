"""Each application's language (migration 0004): stored, read back, and the default of drafts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy
from alembic import command
from alembic.config import Config

from tactful import Person, StepKind, Tactful
from tactful.drafts import draft_follow_up
from tactful.store.database import MIGRATIONS, SCHEMA_HEAD


@pytest.mark.sqlite_only
def test_a_store_at_0003_gains_an_empty_language_for_every_application(home: Path) -> None:
    with Tactful.open() as api:
        app_id = api.add_application(company="Acme", role="Analyste")
        path = api.settings.sqlite_path
    assert path is not None
    # Back to schema 0003 with the migrations' own downgrades, as an older tactful left it.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(applications)")}
    assert "language" not in columns
    with Tactful.open() as api:
        assert api.application(app_id).language == ""
        api.edit_application(app_id, language="fr")
    with Tactful.open() as api:
        assert api.application(app_id).language == "fr"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


def test_drafts_follow_the_application_language_over_the_configured_one(home: Path) -> None:
    with Tactful.open(now="2026-11-20T15:00:00+01:00") as api:
        api.config.set("lang", "en")
        app_id = api.add_application(company="Acme", role="Ingénieure données")
        api.edit_application(app_id, language="fr")
        iv = api.add_interview(
            app_id, at="2026-11-20 10:00", interviewers=[Person.parse("Ada <ada@acme.example>")]
        )
        (draft,) = draft_follow_up(api, iv, StepKind.THANK_YOU)
        assert draft.lang == "fr"
        assert "poste d'Ingénieure données" in draft.text
        # Asked for explicitly, another language still wins.
        (english,) = draft_follow_up(api, iv, StepKind.THANK_YOU, lang="en")
        assert english.lang == "en"


def test_the_language_survives_an_export_and_an_import(home: Path, tmp_path: Path) -> None:
    with Tactful.open() as api:
        app_id = api.add_application(company="Acme", role="Analyste")
        api.edit_application(app_id, language="fr")
        data = api.export_data()
    assert data["applications"][0]["language"] == "fr"
    with Tactful.open(tmp_path / "other") as api:
        api.import_data(data)
        assert api.application(app_id).language == "fr"


def test_the_language_is_given_at_once_and_checked_where_it_is_stored(home: Path) -> None:
    from tactful.errors import BadInput

    with Tactful.open() as api:
        app_id = api.add_application(company="Acme", role="Analyste", language=" FR ")
        assert api.application(app_id).language == "fr"
        with pytest.raises(BadInput) as refused:
            api.add_application(company="Acme", role="Analyst", language="de")
        assert refused.value.code == "unknown-language"
        assert [a.id for a in api.applications()] == [app_id]  # nothing half-written
        with pytest.raises(BadInput):
            api.edit_application(app_id, language="xx")
        assert api.application(app_id).language == "fr"
        api.edit_application(app_id, language="")  # back to `config lang`
        assert api.application(app_id).language == ""

"""`BusinessCalendar`, `Settings`, `ConfigKey` and `RoundPlan` were dataclasses; written by hand
(tactful.text.values) they still behave as those dataclasses did: the same `repr`, equality by
their fields, read-only and hashable when they were frozen, copied and pickled whole."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from tactful.config import ConfigKey
from tactful.kinds import RoundState
from tactful.policy.business_days import BusinessCalendar
from tactful.policy.plan import RoundPlan
from tactful.settings import Settings


@dataclass(frozen=True)
class _BusinessCalendar:
    holidays: dict[date, str] = field(default_factory=dict)
    weekend: frozenset[int] = frozenset({5, 6})


@dataclass(frozen=True)
class _Settings:
    home: Path
    database_url: str


@dataclass(frozen=True)
class _ConfigKey:
    name: str
    help: str
    choices: tuple[str, ...] = ()


def _as_reference(text: str) -> str:
    return text.lstrip("_")


def test_the_same_repr_as_the_dataclasses() -> None:
    holidays = {date(2026, 12, 25): "Christmas Day"}
    pairs: list[tuple[object, object]] = [
        (BusinessCalendar(), _BusinessCalendar()),
        (BusinessCalendar(holidays, frozenset({4})), _BusinessCalendar(holidays, frozenset({4}))),
        (Settings(Path("/h"), "sqlite:///x"), _Settings(Path("/h"), "sqlite:///x")),
        (ConfigKey("lang", "help", ("en", "fr")), _ConfigKey("lang", "help", ("en", "fr"))),
    ]
    for ours, reference in pairs:
        assert repr(ours) == _as_reference(repr(reference))


def test_frozen_values_compare_hash_refuse_changes_and_copy() -> None:
    settings = Settings(home=Path("/h"), database_url="sqlite:///x")
    values: list[object] = [
        settings,
        ConfigKey("lang", "help", ("en", "fr")),
        BusinessCalendar({}, frozenset({5, 6})),
    ]
    assert settings == Settings(Path("/h"), "sqlite:///x")
    assert settings != Settings(Path("/h"), "sqlite:///y")
    assert settings != _Settings(Path("/h"), "sqlite:///x")
    assert hash(settings) == hash(Settings(Path("/h"), "sqlite:///x"))
    with pytest.raises(AttributeError):
        settings.folder = "/elsewhere"
    with pytest.raises(TypeError):  # its holidays are a dict, as the dataclass's were
        hash(BusinessCalendar())
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value


def test_a_round_plan_is_a_mutable_record() -> None:
    plan = RoundPlan(None, None, RoundState.ACTIVE, (), "active")  # type: ignore[arg-type]
    same = RoundPlan(None, None, RoundState.ACTIVE, (), "active")  # type: ignore[arg-type]
    assert plan == same
    assert repr(plan) == (
        "RoundPlan(interview=None, application=None, state=<RoundState.ACTIVE: 'active'>, "
        "steps=(), advice_key='active', superseded_by=None, calendar=None)"
    )
    same.superseded_by = 2
    assert plan != same
    with pytest.raises(TypeError):
        hash(plan)
    assert pickle.loads(pickle.dumps(same)) == same

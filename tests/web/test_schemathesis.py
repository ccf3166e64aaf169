"""schemathesis against /openapi.json of a real server on 127.0.0.1: every operation, with
valid and with invalid input, answers what its schema says (status code, content type, body
shape, headers), and never a 5xx. The budget is small on purpose (a few examples per operation
and mode), so it runs in well under a minute.

One of schemathesis's checks is narrowed: "schema-valid data is accepted". A JSON schema cannot
say that a region must belong to the country, or that a reply cannot come before its
interview; for such data the API answers 422 naming the field and the rule. What it must never
do is refuse schema-valid data for a reason the schema could have stated (a required field, a
type, a length, a format): that still fails here.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.specs.openapi.checks import positive_data_acceptance

from .conftest import Live

EXAMPLES = 10
SCHEMA_CODES = frozenset(
    {"required", "wrong-type", "unknown-field", "too-long", "not-one-of", "out-of-range",
     "bad-json", "wrong-format", "invalid", "bad-request"}
)  # fmt: skip
"""Refusals the schema states itself: schema-valid data must never get them."""


@schemathesis.check
def accepted_or_refused_by_a_rule(ctx: Any, response: Any, case: Any) -> bool | None:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    errors = response.json()["errors"]
    stated = [e for e in errors if not e["field"] or e["code"] in SCHEMA_CODES]
    if stated:
        raise AssertionError(f"schema-valid data refused for a reason the schema states: {stated}")
    return None


def test_the_api_keeps_to_its_schema(live: Live) -> None:
    # Something to find: application 1 and round 1 exist, so operations on them get past 404.
    live.add_round(live.add_application(closing_date="2026-11-20"))
    schema = schemathesis.openapi.from_url(live.url + "/openapi.json")
    # .ok() raises on an operation the schema describes wrongly: that fails the test too.
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 20
    checked = 0
    for operation in operations:
        for mode in schemathesis.GenerationMode:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            def run(case: Any) -> None:
                case.call_and_validate(
                    excluded_checks=[positive_data_acceptance],
                    additional_checks=[accepted_or_refused_by_a_rule],
                )

            try:
                run()
            except Unsatisfiable:
                continue  # no invalid input exists for an operation without parameters
            checked += 1
    assert checked >= 2 * len(operations) - 4

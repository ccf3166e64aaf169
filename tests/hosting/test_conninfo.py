"""The libpq connection string tactful derives from its SQLAlchemy URL (the read path and the
job queue both connect with psycopg alone): what libpq reads from it is what SQLAlchemy's own
rendering of the URL gives."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy.engine import make_url

from tactful.hosting.queue import conninfo
from tactful.store.reading import libpq_url

URLS = [
    "postgresql+psycopg://postgres@/tactful_x?host=/tmp/pg",
    "postgresql+psycopg://u:p%40ss@localhost:5432/db",
    "postgresql+psycopg://u:p%2Fw@h/db?sslmode=require&host=/a",
    "postgresql://tactful@db.example:6543/tactful",
    "postgres://tactful@/tactful?host=/run/postgresql",
]


@pytest.mark.parametrize("url", URLS)
def test_libpq_reads_what_sqlalchemy_renders(url: str) -> None:
    from tactful.accounts.hosted import postgres_url

    rendered = make_url(postgres_url(url)).set(drivername="postgresql").render_as_string(False)
    assert conninfo_to_dict(conninfo(url)) == conninfo_to_dict(rendered)


def test_only_the_psycopg_url_has_a_direct_form() -> None:
    assert libpq_url("postgresql+psycopg://u@h/db") == "postgresql://u@h/db"
    assert libpq_url("postgresql://u@h/db") is None  # SQLAlchemy's default driver is psycopg2
    assert libpq_url("sqlite:////tmp/tactful.db") is None

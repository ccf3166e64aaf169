"""The floor of an import: load an export with `json.load` and insert the same rows (every column
tactful writes, the same values as text) with the driver's `executemany`, in one transaction,
into the same empty, migrated store (its constraints, indexes and triggers). No checking, no
models: what any program must at least do to put that file into that database.

    python bench/import_floor.py EXPORT.json sqlite:////path/tactful.db
    python bench/import_floor.py EXPORT.json postgresql+psycopg://...

Only the stdlib's sqlite3 (or psycopg) and json are imported, as the floor should.
"""

from __future__ import annotations

import json
import sys
from typing import Any

APPLICATION = (
    "id, company, role, contact_name, contact_email, url, closing_date, posted_date, country, "
    "subdivision, notes, requirements, created_at, language"
)
INTERVIEW = (
    "id, application_id, round, starts_at, timezone, duration_minutes, decision_date, timeline, "
    "many_candidates, detail, selling_point, forgot, skipped, ical_uid, ical_sequence, "
    "cancelled, created_at"
)
INTERVIEWER = "interview_id, position, name, email"
CREATED = "2026-11-25T16:00:00+00:00"


Rows = list[tuple[Any, ...]]


def rows(data: dict[str, Any]) -> tuple[Rows, Rows, Rows]:
    applications: Rows = []
    interviews: Rows = []
    interviewers: Rows = []
    for a in data["applications"]:
        contact = a.get("contact") or {}
        applications.append(
            (
                a["id"], a["company"], a["role"], contact.get("name", ""),
                contact.get("email", ""), a.get("url", ""), a.get("closing_date"),
                a.get("posted_date"), a.get("country", ""), a.get("subdivision", ""),
                a.get("notes", ""), a.get("requirements", ""), a.get("created_at") or CREATED,
                a.get("language", ""),
            )
        )  # fmt: skip
        for i in a["interviews"]:
            interviews.append(
                (
                    i["id"], a["id"], i["round"], i["starts_at"], i.get("timezone", ""),
                    i.get("duration_minutes", 60), i.get("decision_date"), i.get("timeline", ""),
                    bool(i.get("many_candidates", False)), i.get("detail", ""),
                    i.get("selling_point", ""), i.get("forgot", ""),
                    ",".join(i.get("skipped", [])), i.get("ical_uid", ""),
                    i.get("ical_sequence", 0), bool(i.get("cancelled", False)), CREATED,
                )
            )  # fmt: skip
            interviewers.extend(
                (i["id"], n, p["name"], p["email"]) for n, p in enumerate(i["interviewers"])
            )
    return applications, interviews, interviewers


def main() -> None:
    path, url = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    tables = zip(
        ("applications", "interviews", "interviewers"),
        (APPLICATION, INTERVIEW, INTERVIEWER),
        rows(data),
        strict=True,
    )
    if url.startswith("sqlite:///"):
        import sqlite3

        lite = sqlite3.connect(url.removeprefix("sqlite:///"))
        lite.execute("PRAGMA foreign_keys = ON")
        with lite:
            for table, columns, values in tables:
                marks = ", ".join("?" * (columns.count(",") + 1))
                lite.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
        lite.close()
        return
    import psycopg

    libpq = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(libpq) as connection, connection.cursor() as cursor:
        for table, columns, values in tables:
            marks = ", ".join(["%s"] * (columns.count(",") + 1))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


if __name__ == "__main__":
    main()

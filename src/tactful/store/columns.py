"""The columns the loaders read, in the order they read them: `tactful.store.loader` (into
models), `tactful.store.state_reading` and `tactful.store.due_reading` (into tuples and JSON,
without the models) share them."""

APPLICATION_COLUMNS = (
    "id, company, role, contact_name, contact_email, url, closing_date, posted_date, "
    "country, subdivision, notes, requirements, created_at, language"
)
INTERVIEW_COLUMNS = (
    "id, application_id, round, starts_at, timezone, duration_minutes, decision_date, timeline, "
    "many_candidates, detail, selling_point, forgot, skipped, ical_uid, ical_sequence, cancelled"
)
ROUND_FLAGS = (
    "EXISTS (SELECT 1 FROM replies r WHERE r.interview_id = i.id), "
    "EXISTS (SELECT 1 FROM follow_ups f WHERE f.interview_id = i.id AND f.kind = 'thank-you'), "
    "EXISTS (SELECT 1 FROM follow_ups f WHERE f.interview_id = i.id "
    "AND f.kind = 'status-inquiry')"
)
"""Three columns of a query over `interviews i`: whether the round has a reply, a thank-you
sent and a status inquiry sent."""

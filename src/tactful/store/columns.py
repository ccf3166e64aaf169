"""The columns the loaders read, in the order they read them: `tactful.store.loader` (into
models) and `tactful.store.state_reading` (into JSON, without the models) share them."""

APPLICATION_COLUMNS = (
    "id, company, role, contact_name, contact_email, url, closing_date, posted_date, "
    "country, subdivision, notes, requirements, created_at, language"
)
INTERVIEW_COLUMNS = (
    "id, application_id, round, starts_at, timezone, duration_minutes, decision_date, timeline, "
    "many_candidates, detail, selling_point, forgot, skipped, ical_uid, ical_sequence, cancelled"
)
